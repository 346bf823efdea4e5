import io
import json
import random
from collections import defaultdict
from datetime import date, datetime

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from radar.aid.models import AidGiven, Recipient
from radar.core.models import AuditEntry
from radar.households.models import Household, Intake, StatusChange
from radar.network.models import NetworkTie
from radar.organisations.models import Organisation
from radar.referrals.models import LeadPartner
from radar.registers import services, workbook

SIX = [
    "babykaart",
    "luiers",
    "septembertoelage",
    "schoolcheque",
    "kinderkleding",
    "attest_individueel_tarief_kinderopvang",
]


def generated_register(seed: int = 2019, families: int = 60, aid_rows: int = 300):
    """A register like Sint-Truiden's: families in outreach and families that only received
    aid, and `aid_rows` rows of the six default aid types in 2019, with dates and amounts in
    every accepted form. Returns the workbook and the expected figures (in cents)."""
    rng = random.Random(seed)
    households, intakes, aid, partners = [], [], [], []
    for n in range(families):
        in_outreach = n % 3 == 0
        households.append(
            [
                f"G{n:03d}",
                f"Gezin {n}",
                f"Straat {n}",
                "3800",
                rng.randint(0, 4),
                "ja" if in_outreach else "nee",
            ]
        )
        if in_outreach:
            day = date(2019, 1 + n % 12, 1 + n % 28)
            cell = [day, day.strftime("%d/%m/%Y"), day.isoformat()][n % 3]
            intakes.append(
                [
                    f"G{n:03d}",
                    cell,
                    ["school", "huis_van_het_kind", "Zelf aangemeld"][n % 3],
                    "Basisschool De Linde" if n % 2 else "",
                    "nee",
                ]
            )
    expected: dict[str, dict] = defaultdict(lambda: {"count": 0, "cents": 0, "families": set()})
    for _ in range(aid_rows):
        n = rng.randrange(families)
        code = rng.choice(SIX)
        count = rng.randint(1, 3)
        cents = 0 if code.startswith("attest") else rng.randint(100, 60_000)
        day = date(2019, rng.randint(1, 12), rng.randint(1, 28))
        amount = (
            ""
            if code.startswith("attest")
            else rng.choice(
                [f"{cents // 100},{cents % 100:02d}", f"{cents / 100:.2f}", cents / 100]
            )
        )
        if isinstance(amount, float) and round(amount * 100) != cents:
            amount = f"{cents / 100:.2f}"
        date_cell = rng.choice(
            [day, datetime(day.year, day.month, day.day), day.strftime("%d/%m/%Y"), day.isoformat()]
        )
        aid.append([f"G{n:03d}", code, date_cell, count, amount])
        expected[code]["count"] += count
        expected[code]["cents"] += cents
        expected[code]["families"].add(n)
    partners.append(["G000", "Thuiscompagnie", "guided_with", "01/02/2019"])
    partners.append(["G003", "CAW Limburg", "lead_partner", "2019-03-01"])
    data = workbook.template_workbook(
        {"households": households, "intakes": intakes, "aid": aid, "partners": partners}
    )
    return data, expected


def _figures(municipality, capsys) -> dict:
    call_command(
        "aid", "figures", "--year", "2019", "--municipality", municipality.name, "--format", "json"
    )
    return json.loads(capsys.readouterr().out)


def test_a_generated_register_gives_back_exactly_its_counts_and_amounts(
    municipality, team_north, team_lead, capsys
):
    data, expected = generated_register()
    result = services.import_registers(
        user=team_lead, data=data, municipality=municipality, team=team_north
    )
    assert result.created["aid"] == 300
    assert result.created["households"] == 20 and result.created["aid_only_families"] == 40
    figures = _figures(municipality, capsys)
    assert figures["year"] == 2019 and figures["municipality"] == municipality.name
    assert figures["aid"] == {
        code: {
            "count": e["count"],
            "amount": f"{e['cents'] // 100}.{e['cents'] % 100:02d}",
            "households": len(e["families"]),
        }
        for code, e in expected.items()
    }
    assert set(figures["aid"]) == set(SIX)


def test_imported_records_go_through_the_services_as_the_importing_user(
    municipality, team_north, team_lead
):
    data, _ = generated_register(families=9, aid_rows=10)
    services.import_registers(user=team_lead, data=data, municipality=municipality, team=team_north)
    households = Household.objects.filter(team=team_north)
    assert households.count() == 3
    assert StatusChange.objects.filter(household__in=households, changed_by=team_lead).count() == 3
    created = AuditEntry.objects.filter(action="create")
    assert created.exists() and set(created.values_list("channel", flat=True)) == {"import"}
    assert set(created.values_list("username", flat=True)) == {"team_lead"}
    # Intakes count in the year of their date, not of the import.
    assert set(Intake.objects.values_list("received_on__year", flat=True)) == {2019}
    assert Organisation.objects.filter(name="Basisschool De Linde").count() == 1
    assert NetworkTie.objects.filter(name="Thuiscompagnie", household__in=households).count() == 1
    lead = LeadPartner.objects.get(organisation__name="CAW Limburg")
    assert lead.from_on == date(2019, 3, 1)
    # Families that only received aid are never casework.
    assert Recipient.objects.filter(household__isnull=True).count() == 6


def test_a_second_import_of_the_same_file_adds_nothing(municipality, team_north, team_lead):
    data, _ = generated_register(families=12, aid_rows=40)
    services.import_registers(user=team_lead, data=data, municipality=municipality, team=team_north)
    counts = [
        m.objects.count()
        for m in (Household, Intake, AidGiven, Recipient, LeadPartner, NetworkTie, Organisation)
    ]
    again = services.import_registers(
        user=team_lead, data=data, municipality=municipality, team=team_north
    )
    assert sum(again.created.values()) == 0
    assert again.unchanged["aid"] == 40
    assert counts == [
        m.objects.count()
        for m in (Household, Intake, AidGiven, Recipient, LeadPartner, NetworkTie, Organisation)
    ]


def test_a_workbook_with_one_bad_row_writes_nothing_and_names_sheet_row_and_column(
    municipality, team_north, team_lead
):
    data, _ = generated_register(families=12, aid_rows=40)
    book = workbook.load_workbook(io.BytesIO(data))
    book["aid"]["C20"] = "31/02/2019"
    out = io.BytesIO()
    book.save(out)
    with pytest.raises(workbook.RegisterFileInvalid) as invalid:
        services.import_registers(
            user=team_lead, data=out.getvalue(), municipality=municipality, team=team_north
        )
    assert [(e.sheet, e.row, e.column) for e in invalid.value.errors] == [("aid", 20, "date")]
    assert not Household.objects.exists() and not AidGiven.objects.exists()
    assert not Recipient.objects.exists() and not Organisation.objects.exists()


def test_every_problem_is_listed_in_the_users_language(municipality, team_north, team_lead):
    from django.utils import translation

    data = workbook.template_workbook(
        {
            "households": [
                ["A1", "Gezin A", "", "", "twee", "misschien"],
                ["A1", "", "", "", 1, "nee"],
            ],
            "intakes": [
                ["A1", "2019-13-01", "telepathy", "", "nee"],
                ["ZZ", "01/01/2019", "school", "", ""],
            ],
            "aid": [
                ["A1", "gouden_kooi", "01/01/2019", 0, "12,345"],
                ["A1", "babykaart", "01/01/2019", 1, ""],
            ],
            "partners": [["A1", "", "boss", ""]],
        }
    )
    with translation.override("fr"), pytest.raises(workbook.RegisterFileInvalid) as invalid:
        services.import_registers(
            user=team_lead, data=data, municipality=municipality, team=team_north
        )
    found = {(e.sheet, e.row, e.column) for e in invalid.value.errors}
    assert {
        ("households", 2, "children"),
        ("households", 2, "in_outreach"),
        ("households", 3, "ref"),
        ("households", 3, "family_name"),
        ("intakes", 2, "date"),
        ("intakes", 2, "channel"),
        ("intakes", 3, "household_ref"),
        ("aid", 2, "aid_type"),
        ("aid", 2, "count"),
        ("aid", 2, "amount"),
        ("aid", 3, "amount"),
        ("partners", 2, "organisation"),
        ("partners", 2, "role"),
    } <= found
    assert any("Répondez" in e.message or "oui" in e.message for e in invalid.value.errors)
    assert not Recipient.objects.exists()


def test_dutch_and_french_headers_and_sheet_names_are_accepted(municipality, team_north, team_lead):
    for language in ("nl", "fr"):
        data = workbook.template_workbook(
            {
                "households": [[f"{language}1", "Gezin X", "", "", 1, "non"]],
                "aid": [[f"{language}1", "luiers", "05/05/2019", 2, "10"]],
            },
            language=language,
        )
        result = services.import_registers(
            user=team_lead, data=data, municipality=municipality, team=team_north
        )
        assert result.created["aid"] == 1
    assert AidGiven.objects.count() == 2


def test_only_team_leads_and_administrators_import(municipality, outreacher, policy):
    data, _ = generated_register(families=3, aid_rows=2)
    for user in (outreacher, policy):
        with pytest.raises(services.ImportRefused):
            services.import_registers(user=user, data=data, municipality=municipality)


def test_a_file_that_is_not_a_workbook_is_refused(municipality, team_lead):
    with pytest.raises(workbook.RegisterFileInvalid):
        services.import_registers(user=team_lead, data=b"ref;name\n", municipality=municipality)


def test_the_command_imports_and_a_dry_run_writes_nothing(
    municipality, team_north, team_lead, tmp_path
):
    data, _ = generated_register(families=6, aid_rows=12)
    path = tmp_path / "register.xlsx"
    path.write_bytes(data)
    args = [
        "import",
        "registers",
        str(path),
        "--municipality",
        municipality.name,
        "--team",
        team_north.name,
        "--user",
        team_lead.username,
    ]
    call_command(*args, "--dry-run", stdout=io.StringIO(), stderr=io.StringIO())
    assert not AidGiven.objects.exists()
    call_command(*args, stdout=io.StringIO(), stderr=io.StringIO())
    assert AidGiven.objects.count() == 12
    with pytest.raises(CommandError):
        call_command(
            "import",
            "registers",
            str(path),
            "--municipality",
            "Nowhere",
            "--user",
            team_lead.username,
        )


def test_progress_is_reported_up_to_the_total(municipality, team_north, team_lead):
    data, _ = generated_register(families=6, aid_rows=120)
    seen = []
    services.import_registers(
        user=team_lead,
        data=data,
        municipality=municipality,
        team=team_north,
        progress=lambda done, total: seen.append((done, total)),
    )
    assert seen[-1][0] == seen[-1][1] == 6 + 2 + 120 + 2
