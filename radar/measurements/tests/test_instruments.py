import csv
import os
from pathlib import Path

import pytest
from django.core.exceptions import ValidationError

from radar.measurements import services
from radar.measurements.models import Criterion, Instrument
from radar.measurements.tests.factories import ZRM_DOMAINS, instrument

REPOSITORY = Path(__file__).resolve().parents[3]

pytestmark = pytest.mark.django_db


def test_the_zrm_2017_ships_its_13_domains_and_5_levels():
    zrm = instrument("zrm2017")

    assert [d.code for d in zrm.domains.all()] == ZRM_DOMAINS
    assert [(lv.value, lv.label_nl) for lv in zrm.levels.all()] == [
        (1, "acute problematiek"),
        (2, "niet zelfredzaam"),
        (3, "beperkt zelfredzaam"),
        (4, "voldoende zelfredzaam"),
        (5, "volledig zelfredzaam"),
    ]
    housing = zrm.domains.get(code="housing")
    assert (housing.professional_nl, housing.plain_nl) == ("Huisvesting", "Woning")
    assert housing.professional_fr and housing.professional_en and housing.plain_fr
    assert "GGD Amsterdam" in zrm.licence_note
    assert not zrm.is_custom


def test_the_participatieladder_has_six_rungs_from_isolated_to_paid_work():
    ladder = instrument("participatieladder")

    assert [lv.value for lv in ladder.levels.all()] == [1, 2, 3, 4, 5, 6]
    assert ladder.levels.first().label_nl == "geïsoleerd"
    assert ladder.levels.last().label_nl == "betaald werk"
    assert ladder.subject == Instrument.Subject.PERSON


def test_no_criteria_text_is_shipped():
    instrument("zrm2017")

    assert Criterion.objects.count() == 0


def test_no_instrument_file_with_zrm_criteria_is_in_the_repository():
    """Criteria texts of the ZRM are © GGD Amsterdam: no tracked file holds a row of the
    instrument file format for zrm2017 (test files write placeholder texts at run time)."""
    tracked = []
    for folder, dirs, files in os.walk(REPOSITORY):
        dirs[:] = [d for d in dirs if not d.startswith(".") and d != "node_modules"]
        tracked += [str((Path(folder) / f).relative_to(REPOSITORY)) for f in files]
    offending = []
    for name in tracked:
        path = REPOSITORY / name
        if path.suffix not in {".csv", ".json", ".yaml", ".yml", ".txt", ".py", ".md"}:
            continue
        if name.startswith("radar/measurements/tests/"):  # placeholder texts only
            continue
        try:
            text = path.read_text(errors="ignore")
        except OSError:
            continue
        for line in text.splitlines():
            stripped = line.strip().strip("\"'")
            if not stripped.startswith("zrm2017,"):
                continue
            cells = next(csv.reader([stripped]))
            # A criteria text is a sentence; the format's examples hold "...".
            if len(cells) >= 5 and len(cells[4]) >= 15:
                offending.append(f"{name}: {line[:60]}")
    assert offending == []


def test_a_custom_instrument_may_not_be_called_zrm(administrator):
    zrm = instrument("zrm2017")

    with pytest.raises(ValidationError, match="may not be called ZRM"):
        services.copy_as_custom(user=administrator, instrument=zrm, code="zrm-local", name="Onze")
    with pytest.raises(ValidationError, match="may not be called ZRM"):
        services.copy_as_custom(
            user=administrator, instrument=zrm, code="eigen", name="Onze ZRM light"
        )
    assert not Instrument.objects.filter(is_custom=True).exists()


def test_a_custom_copy_keeps_the_structure_under_its_own_name(administrator):
    zrm = instrument("zrm2017")

    copy = services.copy_as_custom(
        user=administrator, instrument=zrm, code="zelfredzaam-mol", name="Zelfredzaamheid Mol"
    )

    assert copy.is_custom
    assert [d.code for d in copy.domains.all()] == ZRM_DOMAINS
    assert copy.levels.count() == 5
    assert zrm.domains.count() == 13  # the original is untouched
