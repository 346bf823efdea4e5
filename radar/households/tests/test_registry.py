"""The apps that hang off a household register their sections and buttons on its pages
(households.registry); households shows them in their order without importing them."""

import re

import pytest
from django.core.exceptions import ImproperlyConfigured

from radar.households import registry
from radar.plans.tests.factories import GoalFactory

DOSSIER_ORDER = [
    "members",
    "network",
    "plan",
    "measurements",
    "work",
    "needs",
    "case-discussions",
    "referrals",
    "aid",
    "housing-first",
    "contacts",
    "intakes",
    "history",
]
BUTTON_ORDER = [
    "/contacts/new/",
    "/goals/new/",
    "/measurements/new/",
    "/status/",
    "/edit/",
    "/our-steps/",
    "/rights/",
    "/consents/",
]


@pytest.fixture
def own_registry(monkeypatch):
    """The registry as the apps filled it, restored after the test."""
    monkeypatch.setattr(registry, "_sections", dict(registry._sections))
    monkeypatch.setattr(registry, "_actions", dict(registry._actions))


def test_the_dossier_shows_every_app_s_section_in_order(client_for, outreacher, household):
    html = client_for(outreacher).get(f"/households/{household.pk}/").content.decode()

    assert re.findall(r'<section id="([\w-]+)"', html) == DOSSIER_ORDER


def test_the_dossier_shows_every_app_s_button_in_order(client_for, outreacher, household):
    html = client_for(outreacher).get(f"/households/{household.pk}/").content.decode()
    actions = html[html.index('<div class="actions">') :]
    actions = actions[: actions.index("</div>")]

    links = re.findall(rf'href="/households/{household.pk}(/[\w/-]+)" role="button"', actions)
    assert links == BUTTON_ORDER


def test_the_family_page_shows_the_plan(client_for, outreacher, household):
    GoalFactory(household=household, title="Een vaste huisarts")

    html = client_for(outreacher).get(f"/households/{household.pk}/our-steps/").content.decode()

    assert "<h2>Een vaste huisarts</h2>" in html


def test_a_registered_section_appears_at_its_place(own_registry, client_for, outreacher, household):
    registry.register_section(
        registry.Section(
            name="second_history",
            order=85,
            template="households/dossier_history.html",
            context=lambda *, request, household, page: {"history": []},
        )
    )

    html = client_for(outreacher).get(f"/households/{household.pk}/").content.decode()

    assert re.findall(r'<section id="([\w-]+)"', html) == [
        *DOSSIER_ORDER[:-1],
        "history",
        "history",
    ]


def test_two_different_sections_under_one_name_are_refused(own_registry):
    with pytest.raises(ImproperlyConfigured, match="members"):
        registry.register_section(
            registry.Section(name="members", order=11, template="households/dossier_members.html")
        )


def test_registering_the_same_section_again_changes_nothing(own_registry):
    before = registry.sections_for(registry.DOSSIER)

    for section in before:
        registry.register_section(section)

    assert registry.sections_for(registry.DOSSIER) == before
