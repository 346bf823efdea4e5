"""Database ids in URLs and query parameters: an id that cannot exist is "not found" (or is
ignored), never a 500. PostgreSQL's bigint stops at 2**63-1, and "²".isdigit() is True while
int("²") fails; radar.core.ids parses ids once for every route and parameter."""

import pytest
from django.urls import URLPattern, URLResolver, get_resolver
from django.urls.resolvers import RoutePattern

from radar.core.ids import MAX_ID, DbIdConverter, parse_id
from radar.households.tests.factories import NeedFactory
from radar.infopoint.tests.factories import InfoPointSessionFactory

TOO_BIG = str(2**63)
SUPERSCRIPT_TWO = "%C2%B2"  # "²"


def _patterns(resolver: URLResolver, prefix: tuple = ()):
    for pattern in resolver.url_patterns:
        chain = (*prefix, pattern.pattern)
        if isinstance(pattern, URLResolver):
            yield from _patterns(pattern, chain)
        elif isinstance(pattern, URLPattern):
            yield chain, pattern


def _is_id(name: str) -> bool:
    return name == "pk" or name.endswith(("_pk", "_id"))


def test_every_url_with_a_database_id_takes_it_through_the_dbid_converter():
    wrong = []
    for chain, pattern in _patterns(get_resolver()):
        if str(chain[0]).startswith("admin/"):
            continue  # the Django admin parses its own object ids
        for part in chain:
            names = (
                part.converters
                if isinstance(part, RoutePattern)
                else dict.fromkeys(part.regex.groupindex)
            )
            for name in filter(_is_id, names):
                converter = part.converters.get(name) if isinstance(part, RoutePattern) else None
                if not isinstance(converter, DbIdConverter):
                    wrong.append(f"{pattern.name}: {''.join(map(str, chain))}")
    assert wrong == []


@pytest.mark.parametrize(
    "value, expected",
    [
        ("12", 12),
        (" 12 ", 12),
        (12, 12),
        (str(MAX_ID), MAX_ID),
        (TOO_BIG, None),
        ("9" * 5000, None),
        ("0", None),
        ("-1", None),
        ("²", None),
        ("١٢", None),  # Arabic-Indic digits: isdigit(), and int() even accepts them
        ("1e3", None),
        ("", None),
        (None, None),
        (True, None),
        (2**63, None),
    ],
)
def test_parse_id_accepts_only_ids_a_database_row_can_have(value, expected):
    assert parse_id(value) == expected


@pytest.mark.parametrize(
    "url",
    [
        "/households/{big}/",
        "/households/{big}/contacts/",
        "/households/{big}/rights/",
        "/households/{pk}/members/{big}/edit/",
        "/households/{pk}/referrals/{big}/",
        "/partner/households/{big}/",
        "/infopoint/{big}/",
        "/organisations/{big}/",
        "/api/households/{big}/",
        "/api/households/{big}/contacts/",
        "/api/referrals/{big}/",
        "/api/organisations/{big}/",
        "/api/referrals/" + SUPERSCRIPT_TWO + "/",
        "/api/households/" + SUPERSCRIPT_TWO + "/",
    ],
)
def test_an_id_no_row_can_have_is_not_found(client_for, outreacher, household, url):
    response = client_for(outreacher).get(url.format(big=TOO_BIG, pk=household.pk))

    assert response.status_code == 404


@pytest.mark.parametrize("value", [SUPERSCRIPT_TWO, TOO_BIG, "abc"])
def test_an_impossible_id_in_a_query_parameter_is_ignored(client_for, outreacher, household, value):
    client = client_for(outreacher)

    assert client.get(f"/households/new/?channel={value}").status_code == 200
    assert client.get(f"/households/new/?session={value}").status_code == 200
    assert client.get(f"/households/{household.pk}/referrals/new/?need={value}").status_code == 200


def test_a_valid_id_in_a_query_parameter_still_works(client_for, outreacher, household):
    need = NeedFactory(household=household, description="Hulp bij de huur")

    response = client_for(outreacher).get(
        f"/households/{household.pk}/referrals/new/?need={need.pk}"
    )

    assert response.status_code == 200
    assert "Hulp bij de huur" in response.content.decode()


def test_an_impossible_life_domain_on_an_info_point_counter_is_not_found(
    client_for, outreacher, team_north
):
    session = InfoPointSessionFactory(team=team_north)
    response = client_for(outreacher).post(
        f"/infopoint/{session.pk}/count/", {"what": "question", "domain": "²"}
    )

    assert response.status_code == 404
