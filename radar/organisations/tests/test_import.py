"""Loading a municipality's social map from CSV: all or nothing, idempotent, clear errors."""

import pytest
from django.utils import translation

from radar.accounts.tests.factories import MunicipalityFactory
from radar.core.models import AuditEntry
from radar.households.tests.factories import life_domain
from radar.organisations import services
from radar.organisations.models import ContactPerson, Organisation, Service
from radar.organisations.social_map_csv import SocialMapFileInvalid
from radar.organisations.tests.factories import OrganisationFactory

GOOD = "\n".join(
    [
        "external_id,name,kind,municipality,address,phone,email,website,languages,"
        "service_name,service_life_domains,contact_name,contact_role,contact_email",
        "SK-1,CAW Kempen,caw,Mol,Markt 1,014 33 00 00,info@caw.example.be,www.caw.be,"
        '"nl, fr",Budgetbegeleiding,finances;administration,'
        "Els Peeters,maatschappelijk werker,els@caw.example.be",
        "SK-1,CAW Kempen,,,,,,,,Onthaal,social_network,,,",
        "SK-2,Basisschool De Linde,school,Mol,Kerkstraat 3,,,,,,,Jan Maes,zorgcoördinator,",
        ",OnderOns,poverty_association,,,,,,,,,,,",
        "",
    ]
)


@pytest.fixture
def mol(db):
    return MunicipalityFactory(name="Mol", nis_code="13025")


@pytest.fixture(autouse=True)
def in_english():
    """The messages are asserted in the source language; one test switches to French."""
    with translation.override("en"):
        yield


def load(text, user=None, **kwargs):
    return services.import_social_map(user=user, data=text.encode("utf-8"), **kwargs)


def errors_of(text):
    with pytest.raises(SocialMapFileInvalid) as raised:
        load(text)
    return [(e.line, e.column) for e in raised.value.errors], raised.value.errors


def test_a_good_file_loads_organisations_services_and_contact_persons(mol, administrator):
    result = load(GOOD, user=administrator)

    assert result.organisations == {"created": 3, "updated": 0, "unchanged": 0}
    assert result.services["created"] == 2
    assert result.contact_persons["created"] == 2
    caw = Organisation.objects.get(external_id="SK-1")
    assert (caw.name, caw.kind, caw.municipality, caw.website) == (
        "CAW Kempen",
        "caw",
        mol,
        "https://www.caw.be",
    )
    budget = caw.services.get(name="Budgetbegeleiding")
    assert {d.code for d in budget.life_domains.all()} == {"finances", "administration"}
    assert Organisation.objects.get(name="OnderOns").municipality is None
    assert ContactPerson.objects.get(name="Jan Maes").organisation.kind == "school"
    entry = AuditEntry.objects.get(object_type="organisations.organisation")
    assert (entry.user, entry.action, entry.household_id) == (administrator, "update", None)


def test_importing_the_same_file_twice_changes_nothing_the_second_time(mol):
    load(GOOD)
    again = load(GOOD)

    assert again.organisations == {"created": 0, "updated": 0, "unchanged": 3}
    assert again.services == {"created": 0, "updated": 0, "unchanged": 2}
    assert again.contact_persons == {"created": 0, "updated": 0, "unchanged": 2}
    assert Organisation.objects.count() == 3
    assert Service.objects.count() == 2


def test_an_organisation_is_matched_by_external_id_even_when_renamed(mol):
    load(GOOD)
    load(GOOD.replace("CAW Kempen", "CAW De Kempen"))

    assert Organisation.objects.get(external_id="SK-1").name == "CAW De Kempen"
    assert Organisation.objects.count() == 3


def test_without_external_id_an_organisation_is_matched_by_name_and_municipality(mol):
    existing = OrganisationFactory(name="OnderOns", phone="")
    load("name,municipality,phone\nonderons,,014 00 00 00\n")

    existing.refresh_from_db()
    assert existing.phone == "014 00 00 00"
    assert Organisation.objects.count() == 1


def test_columns_left_out_of_the_file_are_left_alone(mol):
    existing = OrganisationFactory(name="OnderOns", phone="014 11 11 11", is_active=False)
    load("name,address\nOnderOns,Dorp 1\n")

    existing.refresh_from_db()
    assert (existing.address, existing.phone, existing.is_active) == (
        "Dorp 1",
        "014 11 11 11",
        False,
    )


def test_a_file_with_bad_rows_imports_nothing_and_names_every_bad_cell(mol):
    bad = (
        "name,kind,municipality,email,service_name,service_life_domains,is_active\n"
        "CAW Kempen,caw,Mol,info@caw.example.be,Budget,finances,yes\n"
        "Bad school,schol,Atlantis,not-an-email,,housing,maybe\n"
        ",caw,,,,,\n"
    )
    cells, errors = errors_of(bad)

    assert cells == [
        (3, "kind"),
        (3, "municipality"),
        (3, "email"),
        (3, "is_active"),
        (3, "service_life_domains"),
        (4, "name"),
    ]
    assert "schol" in errors[0].message and "poverty_association" in errors[0].message
    assert str(errors[0]).startswith("Line 3, column kind: ")
    assert Organisation.objects.count() == 0
    assert Service.objects.count() == 0
    assert not AuditEntry.objects.exists()


def test_a_bad_row_after_good_ones_leaves_the_existing_map_untouched(mol):
    load(GOOD)
    changed = GOOD.replace("014 33 00 00", "014 99 99 99") + ",Nieuw,xyz" + "," * 11 + "\n"

    cells, _errors = errors_of(changed)

    assert cells == [(6, "kind")]
    assert Organisation.objects.get(external_id="SK-1").phone == "014 33 00 00"
    assert not Organisation.objects.filter(name="Nieuw").exists()


def test_an_unknown_column_or_a_missing_name_column_is_refused_at_the_header(db):
    _cells, errors = errors_of("naam,telefoon\nCAW,014\n")

    assert {(e.line, e.column) for e in errors} == {(1, "naam"), (1, "telefoon"), (1, "name")}


def test_rows_of_one_organisation_must_agree(mol):
    text = "external_id,name,phone\nSK-9,CAW,014 1\nSK-9,CAW,014 2\n"

    cells, errors = errors_of(text)

    assert cells == [(3, "phone")]
    assert "line 2" in errors[0].message


def test_an_external_id_used_by_another_organisation_of_the_same_name_is_refused(mol):
    OrganisationFactory(name="VDAB", external_id="OLD-1")

    cells, _errors = errors_of("external_id,name\nNEW-1,VDAB\n")

    assert cells == [(2, "external_id")]


def test_a_service_column_without_the_service_name_is_an_error(db):
    cells, _errors = errors_of("name,service_description\nCAW,Hulp bij papieren\n")

    assert cells == [(2, "service_name")]


def test_text_longer_than_the_field_is_an_error(db):
    cells, errors = errors_of("name\n" + "x" * 201 + "\n")

    assert cells == [(2, "name")]
    assert "200" in errors[0].message


def test_an_empty_file_is_an_error(db):
    cells, _errors = errors_of("")
    assert cells == [(1, "")]
    cells, _errors = errors_of("name,phone\n\n")
    assert cells == [(2, "")]


def test_a_spreadsheet_file_with_semicolons_bom_and_windows_encoding_loads(mol):
    text = "\ufeffname;kind;municipality;service_name;service_life_domains\n"
    text += "Huis van het Kind Mol;huis_van_het_kind;13025;Opvoedingsondersteuning;Gezinsrelaties\n"
    services.import_social_map(user=None, data=text.encode("utf-8"))
    services.import_social_map(
        user=None, data="name;address\nCAW;Rue de l'Église 2\n".encode("cp1252")
    )

    huis = Organisation.objects.get(name="Huis van het Kind Mol")
    assert huis.municipality == mol
    assert [d.code for d in huis.services.get().life_domains.all()] == ["family_relations"]
    assert Organisation.objects.get(name="CAW").address == "Rue de l'Église 2"


def test_a_dry_run_counts_but_writes_nothing(mol):
    result = load(GOOD, dry_run=True)

    assert result.organisations["created"] == 3
    assert Organisation.objects.count() == 0
    assert not AuditEntry.objects.exists()


def test_error_messages_are_in_the_users_language(db):
    with translation.override("fr"):
        with pytest.raises(SocialMapFileInvalid) as raised:
            load("name,kind\nCAW,xyz\n")
        expected = translation.gettext("Unknown kind '%(value)s'. Use one of: %(choices)s.")
    assert expected.startswith("Type inconnu")
    assert raised.value.errors[0].message == expected % {
        "value": "xyz",
        "choices": ", ".join(Organisation.Kind.values),
    }


def test_a_life_domain_may_be_given_by_its_name(db):
    load("name,service_name,service_life_domains\nCAW,Huisvesting,Wonen | health\n")

    service = Service.objects.get()
    assert {d.code for d in service.life_domains.all()} == {life_domain().code, "health"}
