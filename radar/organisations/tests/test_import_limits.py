"""Social-map imports that could not finish: a NUL byte (PostgreSQL refuses it in text),
files over the size limits (settings.RADAR_SOCIAL_MAP_MAX_BYTES and _MAX_ROWS), the
progress of a long import on the command line, and a number of queries that does not grow
with the file (20,000 rows took 77 s with a few queries per row)."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import CommandError, call_command
from django.urls import reverse
from django.utils import translation

from radar.accounts.tests.factories import MunicipalityFactory
from radar.households.tests.factories import life_domain
from radar.organisations import services
from radar.organisations.models import ContactPerson, Organisation, Service
from radar.organisations.social_map_csv import SocialMapFileInvalid

HEADER = "external_id,name,municipality,phone,service_name,service_life_domains,contact_name"
NUL_FILE = f"{HEADER}\nSK-1,CAW Kempen,,014 33 00 00,,,\nSK-2,OnderOns,,014\x0033,,,\n"


@pytest.fixture(autouse=True)
def in_english():
    with translation.override("en"):
        yield


def rows(count: int, municipality: str = "") -> str:
    """`count` rows, two per organisation, each with a service and a contact person."""
    lines = [HEADER]
    for i in range(count):
        n, part = divmod(i, 2)
        lines.append(
            f"SK-{n},Organisation {n},{municipality},014 33 00 00,Service {part},"
            f"finances;housing,Contact {n}.{part}"
        )
    return "\n".join(lines) + "\n"


def upload(text: str) -> SimpleUploadedFile:
    return SimpleUploadedFile("map.csv", text.encode("utf-8"), content_type="text/csv")


# -- A NUL byte ---------------------------------------------------------------------------


def test_a_nul_byte_is_an_error_naming_its_line_and_column(db):
    with pytest.raises(SocialMapFileInvalid) as raised:
        services.import_social_map(user=None, data=NUL_FILE.encode("utf-8"))

    assert [str(e) for e in raised.value.errors] == [
        "Line 3, column phone: Contains a NUL character (an invisible control character, "
        "often left by a damaged export). Remove it, for example by saving the file again "
        "as CSV."
    ]
    assert not Organisation.objects.exists()


def test_a_nul_byte_in_the_header_is_an_error_on_line_1(db):
    with pytest.raises(SocialMapFileInvalid) as raised:
        services.import_social_map(user=None, data=b"name,pho\x00ne\nCAW,1\n")

    assert [(e.line, e.column) for e in raised.value.errors] == [(1, "")]


def test_the_page_shows_the_nul_byte_error_and_imports_nothing(client_for, administrator):
    administrator.language = "nl"
    administrator.save()

    response = client_for(administrator).post(
        reverse("organisations:import"), {"file": upload(NUL_FILE)}
    )

    assert response.status_code == 200
    assert "Bevat een NUL-teken" in response.content.decode()
    assert not Organisation.objects.exists()


def test_the_command_reports_the_nul_byte_and_imports_nothing(tmp_path, db, capsys):
    path = tmp_path / "map.csv"
    path.write_bytes(NUL_FILE.encode("utf-8"))

    with pytest.raises(CommandError) as raised:
        call_command("organisations", "import", str(path), "--language", "en")

    assert raised.value.returncode == 1
    assert "Line 3, column phone: Contains a NUL character" in capsys.readouterr().err
    assert not Organisation.objects.exists()


# -- Size limits ----------------------------------------------------------------------------


def test_a_file_with_more_rows_than_the_limit_is_refused_before_any_row_is_checked(db, settings):
    settings.RADAR_SOCIAL_MAP_MAX_ROWS = 3

    services.import_social_map(user=None, data=rows(3).encode())  # at the limit: imported
    with pytest.raises(SocialMapFileInvalid) as raised:
        services.import_social_map(user=None, data=(rows(4) + "x,,nowhere,,,,\n").encode())

    assert [str(e) for e in raised.value.errors] == [
        "The file has more than 3 rows; at most 3 can be imported at once. Split it into "
        "smaller files."
    ]
    assert Organisation.objects.count() == 2


def test_a_file_over_the_size_limit_is_refused_on_the_page(client_for, administrator, settings):
    settings.RADAR_SOCIAL_MAP_MAX_BYTES = 100
    administrator.language = "en"
    administrator.save()

    response = client_for(administrator).post(
        reverse("organisations:import"), {"file": upload(rows(10))}
    )

    assert response.status_code == 200
    body = response.content.decode()
    assert "at most 100\xa0bytes can be imported at once" in body
    assert not Organisation.objects.exists()


def test_the_page_tells_the_limits(client_for, administrator):
    administrator.language = "en"
    administrator.save()

    body = client_for(administrator).get(reverse("organisations:import")).content.decode()

    assert "At most 20.000 rows and 10,0\xa0MB" in body


def test_a_file_over_the_size_limit_is_refused_by_the_command(tmp_path, db, settings, capsys):
    settings.RADAR_SOCIAL_MAP_MAX_BYTES = 100
    path = tmp_path / "map.csv"
    path.write_text(rows(10))

    with pytest.raises(CommandError) as raised:
        call_command("organisations", "import", str(path), "--language", "en")

    assert raised.value.returncode == 1
    assert "at most 100\xa0bytes can be imported at once" in capsys.readouterr().err


# -- Progress and speed ---------------------------------------------------------------------


def test_the_command_shows_its_progress_on_standard_error(tmp_path, db, capsys):
    path = tmp_path / "map.csv"
    path.write_text(rows(4))

    call_command("organisations", "import", str(path))

    err = capsys.readouterr().err
    assert "checking rows: 4/4" in err
    assert "writing organisations: 2/2" in err


def test_the_number_of_queries_does_not_grow_with_the_file(db, django_assert_max_num_queries):
    MunicipalityFactory(name="Mol", nis_code="13025")
    life_domain("finances"), life_domain("housing")
    big = rows(200, municipality="Mol")

    with django_assert_max_num_queries(20):
        first = services.import_social_map(user=None, data=big.encode())
    with django_assert_max_num_queries(20):
        again = services.import_social_map(user=None, data=big.encode())

    assert first.organisations == {"created": 100, "updated": 0, "unchanged": 0}
    assert first.services["created"] == 200 and first.contact_persons["created"] == 200
    assert again.organisations == {"created": 0, "updated": 0, "unchanged": 100}
    assert again.services == {"created": 0, "updated": 0, "unchanged": 200}
    assert again.contact_persons == {"created": 0, "updated": 0, "unchanged": 200}
    assert Service.objects.count() == 200 and ContactPerson.objects.count() == 200
    service = Service.objects.get(organisation__external_id="SK-7", name="Service 1")
    assert set(service.life_domains.values_list("code", flat=True)) == {"finances", "housing"}
    assert Organisation.objects.get(external_id="SK-7").municipality.name == "Mol"
