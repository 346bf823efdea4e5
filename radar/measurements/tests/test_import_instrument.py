"""`radar measurements import-instrument FILE`: criteria texts from a CSV file; a malformed
file is refused with the line and the reason, and nothing is imported. The texts here are
placeholders, never the ZRM's own."""

import pytest
from django.core.management import CommandError, call_command

from radar.core.models import AuditEntry
from radar.measurements import services
from radar.measurements.instrument_file import InstrumentFileInvalid
from radar.measurements.models import Criterion
from radar.measurements.tests.factories import instrument

pytestmark = pytest.mark.django_db

HEADER = "instrument,domain,level,language,text\n"


def _file(tmp_path, body: str, header: str = HEADER):
    path = tmp_path / "criteria.csv"
    path.write_text(header + body, encoding="utf-8")
    return path


def test_an_instrument_file_adds_the_criteria_of_its_cells(tmp_path, administrator):
    instrument("zrm2017")
    path = _file(
        tmp_path,
        'zrm2017,finances,1,nl,"Voorbeeldtekst één, met komma"\n'
        "zrm2017,finances,2,nl,Voorbeeldtekst twee\n"
        "zrm2017,housing,5,fr,Texte d'exemple\n",
    )

    call_command("measurements", "import-instrument", str(path), "--user", "administrator")

    texts = {(c.domain.code, c.level, c.language): c.text for c in Criterion.objects.all()}
    assert texts == {
        ("finances", 1, "nl"): "Voorbeeldtekst één, met komma",
        ("finances", 2, "nl"): "Voorbeeldtekst twee",
        ("housing", 5, "fr"): "Texte d'exemple",
    }
    assert AuditEntry.objects.filter(object_type="measurements.instrument").count() == 1


def test_importing_again_replaces_a_cells_text():
    instrument("zrm2017")
    services.import_criteria(user=None, data=(HEADER + "zrm2017,justice,3,en,Old\n").encode())

    result = services.import_criteria(
        user=None, data=(HEADER + "zrm2017,justice,3,en,New\n").encode()
    )

    assert result["updated"] == 1 and result["created"] == 0
    assert Criterion.objects.get().text == "New"


@pytest.mark.parametrize(
    ("body", "line", "reason"),
    [
        ("zrm2017,finances,1,nl\n", 2, "Expected 5 columns, found 4"),
        ("zrm2017,finances,1,nl,ok\nzrm9999,finances,1,nl,x\n", 3, "Unknown instrument"),
        ("zrm2017,money,1,nl,x\n", 2, "no domain money"),
        ("zrm2017,finances,6,nl,x\n", 2, "no level 6"),
        ("zrm2017,finances,een,nl,x\n", 2, "no level een"),
        ("zrm2017,finances,1,de,x\n", 2, "nl, fr or en"),
        ("zrm2017,finances,1,nl,   \n", 2, "empty"),
        ("zrm2017,finances,1,nl,a\nzrm2017,finances,1,nl,b\n", 3, "already given on line 2"),
        ("zrm2017,finances,1,nl," + "x" * 2001 + "\n", 2, "longer than 2000"),
        ("participatieladder,participation,7,nl,x\n", 2, "no level 7"),
    ],
)
def test_a_malformed_file_is_refused_with_line_and_reason(body, line, reason):
    instrument("zrm2017")
    instrument("participatieladder")

    with pytest.raises(InstrumentFileInvalid) as refused:
        services.import_criteria(user=None, data=(HEADER + body).encode())

    errors = refused.value.errors
    assert [e.line for e in errors] == [line]
    assert reason in errors[0].reason
    assert Criterion.objects.count() == 0


def test_a_file_without_the_header_or_in_another_encoding_is_refused():
    instrument("zrm2017")
    with pytest.raises(InstrumentFileInvalid, match="line 1: The first line must be"):
        services.import_criteria(user=None, data=b"zrm2017,finances,1,nl,x\n")
    with pytest.raises(InstrumentFileInvalid, match="line 2: This is not UTF-8"):
        services.import_criteria(user=None, data=HEADER.encode() + b"zrm2017,finances,1,nl,\xff\n")
    with pytest.raises(InstrumentFileInvalid, match="no criteria"):
        services.import_criteria(user=None, data=HEADER.encode())


def test_the_command_prints_every_problem_and_imports_nothing(tmp_path, capsys):
    instrument("zrm2017")
    path = _file(
        tmp_path, "zrm2017,finances,1,nl,goed\nzrm2017,huis,1,nl,x\nzrm2017,finances,9,nl,x\n"
    )

    with pytest.raises(CommandError, match="2 problem"):
        call_command("measurements", "import-instrument", str(path))

    err = capsys.readouterr().err
    assert "line 3: The instrument has no domain huis." in err
    assert "line 4: The instrument has no level 9." in err
    assert Criterion.objects.count() == 0


def test_the_command_refuses_a_missing_file_and_a_user_who_is_no_administrator(
    tmp_path, outreacher
):
    with pytest.raises(CommandError, match="No such file"):
        call_command("measurements", "import-instrument", str(tmp_path / "none.csv"))
    path = _file(tmp_path, "zrm2017,finances,1,nl,x\n")
    with pytest.raises(CommandError, match="no active administrator"):
        call_command("measurements", "import-instrument", str(path), "--user", "outreacher")
