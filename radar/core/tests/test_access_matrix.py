"""Every cell of the access matrix (access_matrix.py), walked with the test client.

Each cell is one request: a role, a URL and method, and a family of the user's own team,
of another team, or none. Besides the status code, every cell checks that:
- another team's family is refused as "not found" and the refusal is in the audit log;
- a refused request changed nothing and read nothing (no "view" entry);
- an allowed read of a family writes exactly one "view" entry;
- no response shows another team's family, and partner, policy, administrator and
  anonymous responses show no family at all.

A second test walks the URL resolver: a new URL fails the suite until it is in the matrix
(or, if it is meant to be public, in radar.core.middleware.PUBLIC_URL_NAMES).
"""

import json
from types import SimpleNamespace

import pytest
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver, reverse

from radar.consents.tests.factories import ConsentFactory
from radar.contacts.models import ContactMoment
from radar.contacts.tests.factories import ContactMomentFactory, contact_type
from radar.core.middleware import PUBLIC_URL_NAMES
from radar.core.models import AuditEntry
from radar.core.tests import access_matrix as m
from radar.households.models import Household
from radar.households.tests.factories import NeedFactory, channel, life_domain
from radar.housing_first.tests.factories import CandidacyFactory, TenancyFactory
from radar.network.tests.factories import AgreementFactory, NetworkTieFactory
from radar.plans.tests.factories import GoalFactory, StepFactory
from radar.referrals.tests.factories import ReferralFactory

OTHER_FAMILY = "Gezin Maes"  # other_household: team south
OWN_FAMILY = "Gezin Janssens"  # household: team north


@pytest.fixture
def world(household, other_household, team_north, team_south):
    """Both families, each with a member, a need, a goal, a step and a contact."""

    def target(family, team):
        goal = GoalFactory(household=family)
        return SimpleNamespace(
            household=family,
            team=team,
            member=family.members.first(),
            need=NeedFactory(household=family),
            goal=goal,
            step=StepFactory(goal=goal),
            channel=channel("school"),
            domain=life_domain(),
            contact_type=contact_type("home_visit"),
            contact=ContactMomentFactory(household=family),
            tie=NetworkTieFactory(household=family),
            agreement=AgreementFactory(household=family),
            referral=ReferralFactory(household=family),
            consent=ConsentFactory(household=family),
        )

    own, other = target(household, team_north), target(other_household, team_south)
    for t in (own, other):  # one running tenancy per family: not on the "none" target
        t.candidacy = CandidacyFactory(household=t.household)
        t.tenancy = TenancyFactory(household=t.household)
    return SimpleNamespace(
        targets={
            m.OWN: own,
            m.OTHER: other,
            m.NONE: target(household, team_north),
            m.OWN_TEAM: own,
            m.OTHER_TEAM: other,
        },
    )


def _url(cell: m.Cell, world) -> str:
    if cell.context == m.NONE:
        make_kwargs = cell.route.url_kwargs
        kwargs = make_kwargs(world.targets[m.NONE]) if make_kwargs else None
        return reverse(cell.route.name, kwargs=kwargs)
    if cell.context in (m.OWN_TEAM, m.OTHER_TEAM):
        return reverse(cell.route.name, kwargs=cell.route.url_kwargs(world.targets[cell.context]))
    family = world.targets[m.OTHER if cell.context == m.OTHER else m.OWN]
    objects_from = world.targets[m.OWN if cell.context == m.OWN else m.OTHER]
    kwargs = {"pk": family.household.pk}
    for name in cell.route.objects:
        kwargs[f"{name}_pk"] = getattr(objects_from, name).pk
    return reverse(cell.route.name, kwargs=kwargs)


def _user(cell: m.Cell, request):
    return None if cell.role == m.ANONYMOUS else request.getfixturevalue(cell.role)


def _request(cell: m.Cell, world, client: Client, url: str):
    route = cell.route
    target = world.targets[m.OWN if cell.context == m.CROSSED else cell.context]
    if route.method == "GET":
        headers = {"HTTP_ACCEPT": "application/json"} if route.api else {}
        return client.get(url, **headers)
    data = route.payload(target) if route.payload else {}
    if route.api:
        return client.generic(route.method, url, json.dumps(data), content_type="application/json")
    return client.post(url, data=data)


def _is_login_redirect(response) -> bool:
    return response.status_code == 302 and response["Location"].startswith(
        reverse("login") + "?next="
    )


def _matches(expected: str, response) -> bool:
    status = response.status_code
    if expected == m.ALLOW:
        redirect = status in (301, 302, 303) and not _is_login_redirect(response)
        return 200 <= status < 300 or redirect
    if expected == m.LOGIN:
        return _is_login_redirect(response)
    if expected == m.ADMIN_LOGIN:
        return status == 302 and response["Location"].startswith(reverse("admin:login"))
    if expected == m.API_ANONYMOUS:
        return status in (401, 403)
    return status == {m.DENY_403: 403, m.DENY_404: 404, m.DENY_405: 405}[expected]


def _body(response) -> str:
    if response.streaming:
        return b"".join(response.streaming_content).decode(errors="replace")
    return response.content.decode(errors="replace")


def _fingerprint(household: Household) -> tuple:
    """Everything a refused POST could have changed on a family."""
    household.refresh_from_db()
    return (
        household.version,
        household.status,
        household.name,
        sorted(household.assigned_workers.values_list("pk", flat=True)),
        sorted(household.members.values_list("pk", "first_name")),
        sorted(household.needs.values_list("pk", "state")),
        sorted(household.goals.values_list("pk", "is_achieved")),
        sorted(household.steps.values_list("pk", "is_done")),
        ContactMoment.objects.filter(household=household).count(),
        sorted(household.network_ties.values_list("pk", "name", "quality", "is_active")),
        sorted(household.agreements.values_list("pk", "step_id")),
        household.case_discussions.count(),
        sorted(household.consents.values_list("pk", "withdrawn_at")),
        sorted(household.candidacies.values_list("pk", "status", "version")),
        sorted(household.tenancies.values_list("pk", "version", "end_on")),
        sorted(e.pk for t in household.tenancies.all() for e in t.events.all()),
    )


def _params() -> list:
    params = []
    for cell in m.cells():
        bug = m.KNOWN_BUGS.get((cell.route.name, cell.route.method, cell.role, cell.context))
        marks = [pytest.mark.xfail(strict=True, reason=bug)] if bug else []
        params.append(pytest.param(cell, id=cell.id, marks=marks))
    return params


@pytest.mark.parametrize("cell", _params())
def test_access_matrix_cell(cell, world, client_for, request):
    user = _user(cell, request)
    url = _url(cell, world)
    client = client_for(user) if user else Client()
    families = [world.targets[m.OWN].household, world.targets[m.OTHER].household]
    before = {h.pk: _fingerprint(h) for h in families}
    last_audit = AuditEntry.objects.order_by("-id").values_list("id", flat=True).first() or 0

    response = _request(cell, world, client, url)

    assert _matches(cell.expected, response), (
        f"{cell.route.method} {url} as {cell.role} ({cell.context} family): "
        f"expected {cell.expected}, got {response.status_code} "
        f"{response.get('Location', '')}"
    )

    body = _body(response)
    assert OTHER_FAMILY not in body, f"{url} shows another team's family to {cell.role}"
    if cell.role not in m.CASEWORK:
        assert OWN_FAMILY not in body, f"{url} shows a named family to {cell.role}"

    entries = list(AuditEntry.objects.filter(id__gt=last_audit))
    other = world.targets[m.OTHER].household
    if cell.expected != m.ALLOW:
        assert before == {h.pk: _fingerprint(h) for h in families}, "a refused request changed data"
        assert not [e for e in entries if e.household_id == other.pk and e.action != "denied"]
    if cell.role not in m.CASEWORK:
        assert [e.action for e in entries if e.action != "denied"] == []
    if cell.context == m.OTHER and cell.expected == m.DENY_404:
        denied = [e for e in entries if e.action == AuditEntry.Action.DENIED]
        assert len(denied) == 1, f"the refusal of {url} is not in the audit log"
        assert denied[0].household_id == other.pk
        assert denied[0].user == user
    if cell.context == m.OTHER_TEAM and cell.expected == m.DENY_404:
        denied = [e for e in entries if e.action == AuditEntry.Action.DENIED]
        assert len(denied) == 1, f"the refusal of {url} is not in the audit log"
        assert denied[0].user == user
    own_read = cell.context in (m.OWN, m.OWN_TEAM) and cell.route.method == "GET"
    if own_read and cell.expected == m.ALLOW:
        views = [e for e in entries if e.action == AuditEntry.Action.VIEW]
        assert len(views) == 1, f"{url}: {len(views)} 'view' audit entries, expected one"
        assert views[0].household_id == world.targets[m.OWN].household.pk
        assert views[0].user == user


def test_a_successful_dossier_read_writes_exactly_one_view_entry(client_for, outreacher, household):
    response = client_for(outreacher).get(reverse("households:detail", args=[household.pk]))

    assert response.status_code == 200
    entries = AuditEntry.objects.filter(household_id=household.pk)
    assert [(e.action, e.user, e.channel) for e in entries] == [("view", outreacher, "web")]


def test_another_teams_dossier_is_refused_as_not_found_and_logged(
    client_for, outreacher, other_household
):
    response = client_for(outreacher).get(reverse("households:detail", args=[other_household.pk]))
    missing = client_for(outreacher).get(reverse("households:detail", args=[987654]))

    assert response.status_code == missing.status_code == 404
    denied = AuditEntry.objects.get(household_id=other_household.pk)
    assert (denied.action, denied.user) == ("denied", outreacher)


# The resolver walk.


def _named_urls(resolver=None, namespace="", prefix=""):
    """(namespace, full name or None, route, callback) for every URL pattern, through includes."""
    resolver = resolver or get_resolver()
    for pattern in resolver.url_patterns:
        route = prefix + str(pattern.pattern)
        if isinstance(pattern, URLResolver):
            inner = namespace
            if pattern.namespace:
                inner = f"{namespace}{pattern.namespace}:"
            yield from _named_urls(pattern, inner, route)
        elif isinstance(pattern, URLPattern):
            name = f"{namespace}{pattern.name}" if pattern.name else None
            yield namespace, name, route, pattern.callback


def _covered_elsewhere(namespace: str) -> bool:
    return namespace in m.COVERED_ELSEWHERE


def _is_static(callback) -> bool:
    return callback.__module__ in {"django.views.static", "django.contrib.staticfiles.views"}


def test_every_named_url_is_in_the_access_matrix():
    missing = []
    unnamed = []
    for namespace, name, route, callback in _named_urls():
        if _is_static(callback) or _covered_elsewhere(namespace):
            continue
        if name is None:
            unnamed.append(f"/{route}")
        elif not (name in m.matrix_names() or name in PUBLIC_URL_NAMES):
            missing.append(f"{name!r} (/{route})")
    assert not unnamed, (
        "URL patterns without a name cannot be checked for access: give them a name and a "
        "row in radar/core/tests/access_matrix.py: " + ", ".join(sorted(set(unnamed)))
    )
    assert not missing, (
        "These URLs are not in the access matrix. Add a Route for each method to MATRIX in "
        "radar/core/tests/access_matrix.py saying what every role may do (or, if anyone may "
        "reach it without logging in, add it to PUBLIC_URL_NAMES in radar/core/middleware.py): "
        + ", ".join(sorted(set(missing)))
    )


def test_every_url_in_the_access_matrix_still_exists():
    names = {name for _namespace, name, _route, _callback in _named_urls() if name}
    assert m.matrix_names() - names == set()


def test_the_matrix_has_a_cell_for_every_role():
    for route in m.MATRIX:
        assert set(route.expect) == set(m.ROLES), route.name
