"""Importing the social map from the page (administrators) and from the command line."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import CommandError, call_command
from django.urls import reverse

from radar.organisations.models import Organisation

GOOD = "name,kind,phone\nCAW Kempen,caw,014 33 00 00\nOnderOns,poverty_association,\n"
BAD = "name,kind,phone\nCAW Kempen,caw,014 33 00 00\nOnderOns,vereniging,\n"


def upload(text: str, name: str = "sociale-kaart.csv") -> SimpleUploadedFile:
    return SimpleUploadedFile(name, text.encode("utf-8"), content_type="text/csv")


def test_an_administrator_imports_a_file_from_the_page(client_for, administrator):
    response = client_for(administrator).post(
        reverse("organisations:import"), {"file": upload(GOOD)}
    )

    assert response.status_code == 302
    assert response["Location"] == reverse("organisations:list")
    assert set(Organisation.objects.values_list("name", flat=True)) == {"CAW Kempen", "OnderOns"}


def test_a_bad_file_shows_every_error_and_imports_nothing(client_for, administrator):
    response = client_for(administrator).post(
        reverse("organisations:import"), {"file": upload(BAD)}
    )

    assert response.status_code == 200
    assert [(e.line, e.column) for e in response.context["errors"]] == [(3, "kind")]
    assert "vereniging" in response.text
    assert not Organisation.objects.exists()


def test_checking_a_file_on_the_page_imports_nothing(client_for, administrator):
    response = client_for(administrator).post(
        reverse("organisations:import"), {"file": upload(GOOD), "dry_run": "on"}
    )

    assert response.status_code == 200
    assert response.context["result"].organisations["created"] == 2
    assert not Organisation.objects.exists()


def test_posting_without_a_file_asks_for_one(client_for, administrator):
    response = client_for(administrator).post(reverse("organisations:import"), {})

    assert response.status_code == 200
    assert response.context["form"].errors["file"]


@pytest.mark.parametrize("role", ["outreacher", "team_lead", "partner", "policy"])
def test_only_administrators_may_import(client_for, request, role):
    user = request.getfixturevalue(role)

    response = client_for(user).post(reverse("organisations:import"), {"file": upload(GOOD)})

    assert response.status_code == 403
    assert not Organisation.objects.exists()


def test_anonymous_visitors_cannot_import(client, db):
    response = client.post(reverse("organisations:import"), {"file": upload(GOOD)})

    assert response.status_code == 302
    assert not Organisation.objects.exists()


def test_the_import_command_loads_a_file(tmp_path, administrator, capsys):
    path = tmp_path / "map.csv"
    path.write_text(GOOD, encoding="utf-8")

    call_command("organisations", "import", str(path), "--user", "administrator")

    assert Organisation.objects.count() == 2
    assert "2 new" in capsys.readouterr().out


def test_the_import_command_reports_bad_rows_and_imports_nothing(tmp_path, db, capsys):
    path = tmp_path / "map.csv"
    path.write_text(BAD, encoding="utf-8")

    with pytest.raises(CommandError) as raised:
        call_command("organisations", "import", str(path), "--language", "en")

    assert raised.value.returncode == 1
    assert "Line 3, column kind: Unknown kind 'vereniging'" in capsys.readouterr().err
    assert not Organisation.objects.exists()


def test_the_import_command_checks_without_writing(tmp_path, db, capsys):
    path = tmp_path / "map.csv"
    path.write_text(GOOD, encoding="utf-8")

    call_command("organisations", "import", str(path), "--dry-run")

    assert not Organisation.objects.exists()
    assert "dry run" in capsys.readouterr().out


def test_the_import_command_refuses_a_missing_file_or_a_non_administrator(tmp_path, outreacher):
    with pytest.raises(CommandError):
        call_command("organisations", "import", str(tmp_path / "missing.csv"))
    path = tmp_path / "map.csv"
    path.write_text(GOOD, encoding="utf-8")
    with pytest.raises(CommandError):
        call_command("organisations", "import", str(path), "--user", "outreacher")
    assert not Organisation.objects.exists()
