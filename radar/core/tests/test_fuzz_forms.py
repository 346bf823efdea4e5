"""A Hypothesis-driven fuzzer for every form of every page.

Discovery: every GET page of the access matrix (access_matrix.MATRIX) that a role may open,
opened as that role in the world of fuzz_world.py (an outreacher, a team lead, a partner
with a consented family, a policy officer); every <form method=post> on it is parsed
(fuzzing.post_forms: names, input types, select and radio options, hidden fields such as
the CSRF token and the record's version). Each distinct form (by the URL it posts to and
its field names) is fuzzed as the first role that reaches it.

Cases: a valid base (the access matrix's payload for that URL, over the values the page
filled in), with one to all of its fields replaced by hostile values (fuzzing.values_for:
NUL, right-to-left marks, emoji, 10,000 characters, SQL and HTML, 1e308, -1, 2**63, 2**64,
0001-01-01, 9999-12-31, 31/02/2026, ids that do not exist or pass 2**63 for selects).
Every POST runs in a savepoint rolled back afterwards. A status >= 500, or an exception,
is a finding; the test asserts none in at least MIN_CASES cases.
"""

import os
from types import SimpleNamespace
from urllib.parse import urljoin, urlsplit

import pytest
from django.test import Client
from django.urls import Resolver404, resolve, reverse
from hypothesis import given
from hypothesis import strategies as st

from radar.contacts.tests.factories import contact_type
from radar.core.tests import access_matrix as m
from radar.core.tests.fuzz_world import build_world
from radar.core.tests.fuzzing import (
    CSRF_FIELD,
    Form,
    Tally,
    fuzz_settings,
    post_forms,
    rolled_back,
    values_for,
)
from radar.households.tests.factories import channel, life_domain

MIN_CASES = 2_000
PER_FORM = 50  # examples per distinct form: about 45 forms -> 2,100 or more
FORM_ROLES = ("outreacher", "team_lead", "partner", "policy")
# Forms that end the session or leave Radar's pages: posting them would log the fuzzer out.
SKIPPED_ACTIONS = {"logout", "set_language", "accounts:language", "organisations:import"}


def _target(world):
    from radar.housing_first.tests.factories import CandidacyFactory, TenancyFactory

    own = world.own
    return SimpleNamespace(
        candidacy=CandidacyFactory(household=own.household),
        tenancy=TenancyFactory(household=own.household),
        household=own.household,
        team=world.teams[0],
        member=own.member,
        need=own.need,
        goal=own.goal,
        step=own.step,
        contact=own.contact,
        tie=own.tie,
        agreement=own.agreement,
        referral=own.referral,
        consent=own.consent,
        channel=channel("school"),
        domain=life_domain("housing"),
        contact_type=contact_type("home_visit"),
    )


def _page_url(route: m.Route, role: str, target) -> str | None:
    """The URL of a GET page for a role that may open it, on the own family or team."""
    by_context = route.expect.get(role, {})
    for context in (m.OWN, m.NONE, m.OWN_TEAM):
        if by_context.get(context) != m.ALLOW:
            continue
        if context == m.OWN:
            kwargs = {"pk": target.household.pk}
            kwargs.update({f"{name}_pk": getattr(target, name).pk for name in route.objects})
            return reverse(route.name, kwargs=kwargs)
        kwargs = route.url_kwargs(target) if route.url_kwargs else None
        return reverse(route.name, kwargs=kwargs)
    return None


def _payloads(target) -> dict[str, dict]:
    """The access matrix's valid POST payload per URL name (a base to make hostile)."""
    payloads = {}
    for route in m.MATRIX:
        if route.method == "POST" and route.payload and not route.api:
            if route.url_kwargs:  # some make the records their payload names (t.hf_item)
                route.url_kwargs(target)
            payloads.setdefault(route.name, route.payload(target))
    return payloads


def _extra_pages(target) -> list[tuple[str, str]]:
    """Pages the matrix's personas cannot open (they have no consent) but the world's can."""
    return [("partner", reverse("partner:referral", kwargs={"pk": target.referral.pk}))]


def discover_forms(world, clients) -> list[tuple[str, str, Form, dict]]:
    """(role, action URL, form, base data) for every distinct form a role reaches."""
    target = _target(world)
    payloads = _payloads(target)
    seen, found = set(), []
    pages = [
        (role, _page_url(route, role, target))
        for role in FORM_ROLES
        for route in m.MATRIX
        if route.method == "GET" and not route.api and not route.name.startswith("admin:")
    ]
    for role, url in [*pages, *_extra_pages(target)]:
        if url is None:
            continue
        response = clients[role].get(url)
        if response.status_code != 200 or "html" not in response.get("Content-Type", ""):
            continue
        for form in post_forms(response.content.decode()):
            action = urlsplit(urljoin(url, form.action or url)).path
            try:
                name = resolve(action).view_name
            except Resolver404:
                continue
            key = (name, tuple(sorted(f.name for f in form.fields)))
            if name in SKIPPED_ACTIONS or key in seen:
                continue
            seen.add(key)
            base = {f.name: f.value for f in form.fields if f.kind != "submit"}
            base = {k: v for k, v in base.items() if v != "" or k == CSRF_FIELD}
            base.update(payloads.get(name, {}))
            found.append((role, action, form, base))
    return found


def _strategy(form: Form, base: dict):
    fuzzable = [f for f in form.fields if f.name != CSRF_FIELD and f.kind != "submit"]
    if not fuzzable:
        return st.just(dict(base))
    hostile = {f.name: values_for(f) for f in fuzzable}
    names = [f.name for f in fuzzable]

    @st.composite
    def data(draw):
        chosen = draw(st.lists(st.sampled_from(names), min_size=1, max_size=len(names),
                               unique=True))  # fmt: skip
        values = dict(base)
        for name in chosen:
            value = draw(hostile[name])
            if value is None:
                values.pop(name, None)
            else:
                values[name] = value
        return values

    return data()


def _fuzz_form(client: Client, label: str, action: str, form: Form, base: dict, tally: Tally,
               examples: int) -> None:  # fmt: skip
    @fuzz_settings(examples)
    @given(data=_strategy(form, base))
    def run(data):
        with rolled_back():
            try:
                response = client.post(action, data)
            except Exception as error:  # noqa: BLE001 - a server error is a finding, not a crash
                tally.count(label, 500)
                tally.found(f"{label} {type(error).__name__}: {error}"[:300], repr(data)[:2000])
                return
            tally.count(label, response.status_code)
            if response.status_code >= 500:
                tally.found(f"{label} {response.status_code}", repr(data)[:2000])

    run()


def fuzz_forms(world, examples: int = PER_FORM) -> Tally:
    clients = {}
    for role in FORM_ROLES:
        clients[role] = Client()
        clients[role].force_login(world.users[role],
                                  backend="django.contrib.auth.backends.ModelBackend")  # fmt: skip
    tally = Tally()
    for role, action, form, base in discover_forms(world, clients):
        label = f"{role} POST {action} [{resolve(action).view_name}]"
        _fuzz_form(clients[role], label, action, form, base, tally, examples)
    return tally


@pytest.mark.django_db
def test_form_fuzzing_finds_no_server_error():
    world = build_world()
    examples = int(os.environ.get("RADAR_FUZZ_FORM_EXAMPLES", PER_FORM))
    tally = fuzz_forms(world, examples)
    print(tally.summary())  # shown with pytest -s
    assert not tally.findings, tally.report()
    assert tally.cases >= MIN_CASES, (
        f"only {tally.cases} form cases in {len(tally.by_target)} forms"
    )
