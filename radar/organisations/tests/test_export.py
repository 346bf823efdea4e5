"""Exporting the social map: the same columns the import reads, so the file goes round."""

import csv
import io

import pytest
from django.core.management import call_command

from radar.accounts.tests.factories import MunicipalityFactory
from radar.households.tests.factories import life_domain
from radar.organisations import services, social_map_csv
from radar.organisations.models import ContactPerson, Organisation, Service
from radar.organisations.tests.factories import (
    ContactPersonFactory,
    OrganisationFactory,
    SchoolFactory,
    ServiceFactory,
)


def snapshot():
    return (
        sorted(
            Organisation.objects.values_list(
                "external_id", "name", "kind", "municipality__name", "address", "phone",
                "email", "website", "opening_hours", "languages", "description", "is_active",
            )
        ),
        sorted(
            (s.organisation.name, s.name, s.description, s.how_to_reach,
             tuple(sorted(d.code for d in s.life_domains.all())))
            for s in Service.objects.all()
        ),
        sorted(ContactPerson.objects.values_list("organisation__name", "name", "role", "phone",
                                                 "email")),
    )  # fmt: skip


@pytest.fixture
def social_map(db):
    mol = MunicipalityFactory(name="Mol")
    caw = OrganisationFactory(
        name="CAW Kempen",
        kind="caw",
        municipality=mol,
        external_id="SK-1",
        phone="+32 14 33 00 00",
        email="info@caw.example.be",
        website="https://caw.example.be",
        opening_hours="ma-vr 9-12u\nwo 13-16u",
        description='Algemeen welzijnswerk, "zonder drempel".',
    )
    ServiceFactory(
        organisation=caw,
        name="Budgetbegeleiding",
        life_domains=[life_domain("finances"), life_domain("administration")],
    )
    ServiceFactory(organisation=caw, name="Onthaal", life_domains=[])
    ContactPersonFactory(organisation=caw, name="Els Peeters", phone="=cmd")
    school = SchoolFactory(name="Basisschool De Linde", municipality=mol, is_active=False)
    ContactPersonFactory(organisation=school, name="Jan Maes")
    ContactPersonFactory(organisation=school, name="An Claes")
    OrganisationFactory(name="OnderOns", kind="poverty_association")


def export() -> str:
    out = io.StringIO()
    social_map_csv.write_social_map(
        out, Organisation.objects.prefetch_related("services__life_domains", "contact_persons")
    )
    return out.getvalue()


def test_an_exported_social_map_imports_back_to_the_same_map(social_map):
    before = snapshot()
    text = export()
    ContactPerson.objects.all().delete()
    Service.objects.all().delete()
    Organisation.objects.all().delete()

    services.import_social_map(user=None, data=text)

    assert snapshot() == before


def test_importing_its_own_export_changes_nothing(social_map):
    result = services.import_social_map(user=None, data=export())

    assert result.organisations == {"created": 0, "updated": 0, "unchanged": 3}
    assert result.contact_persons["updated"] == 0


def test_the_export_has_the_documented_columns_and_a_row_per_service_or_contact(social_map):
    rows = list(csv.DictReader(io.StringIO(export())))

    assert list(rows[0]) == social_map_csv.COLUMNS
    assert [(r["name"], r["service_name"], r["contact_name"]) for r in rows] == [
        ("Basisschool De Linde", "", "An Claes"),
        ("Basisschool De Linde", "", "Jan Maes"),
        ("CAW Kempen", "Budgetbegeleiding", "Els Peeters"),
        ("CAW Kempen", "Onthaal", ""),
        ("OnderOns", "", ""),
    ]
    assert rows[2]["service_life_domains"] == "finances;administration"


def test_cells_a_spreadsheet_would_run_as_formulas_are_neutralised(social_map):
    rows = list(csv.DictReader(io.StringIO(export())))
    caw = next(r for r in rows if r["contact_name"] == "Els Peeters")

    assert caw["contact_phone"] == "'=cmd"
    assert caw["phone"] == "'+32 14 33 00 00"


def test_the_export_command_writes_the_map(social_map, tmp_path, capsys):
    target = tmp_path / "map.csv"
    call_command("organisations", "export", "--output", str(target))

    assert target.read_bytes().decode("utf-8") == export()
    assert "3 organisations exported" in capsys.readouterr().err
