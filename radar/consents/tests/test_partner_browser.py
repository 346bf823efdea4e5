"""A partner in a real browser: exactly the consented families, and nothing after withdrawal.

Uses the Playwright setup of radar/core/tests/test_browser.py (Debian's Chromium, live
server). Run with `pytest -m browser`.
"""

import re

import pytest

from radar.consents import services
from radar.consents.tests.factories import ConsentFactory, ExpiredConsentFactory
from radar.core.tests.test_browser import (  # noqa: F401 (fixtures)
    CHROMIUM,
    _log_in,
    browser,
    configured_lists,
    new_context,
)
from radar.households.tests.factories import HouseholdFactory

sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed")
expect = sync_api.expect

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, reset_sequences=True),
    pytest.mark.skipif(not CHROMIUM.exists(), reason=f"Chromium not found at {CHROMIUM}"),
]


def test_a_partner_sees_exactly_the_consented_families_until_withdrawal(
    new_context,  # noqa: F811 (the fixture imported above)
    configured_lists,  # noqa: F811
    shared,
    school,
    caw,
    school_partner,
    outreacher,
):
    consent = ConsentFactory(
        household=shared.household, organisation=school, categories=["contact_details", "needs"]
    )
    also_shared = HouseholdFactory(team=shared.household.team, name="Gezin Gedeeld")
    ConsentFactory(household=also_shared, organisation=school, categories=["contact_details"])
    expired = HouseholdFactory(team=shared.household.team, name="Gezin Verlopen")
    ExpiredConsentFactory(household=expired, organisation=school)
    elsewhere = HouseholdFactory(team=shared.household.team, name="Gezin Elders")
    ConsentFactory(household=elsewhere, organisation=caw)
    page = new_context().new_page()

    _log_in(page, school_partner)
    page.goto("/partner/")

    names = page.locator("main li a").all_inner_texts()
    assert sorted(names) == sorted([shared.household.name, "Gezin Gedeeld"])
    page.click(f"text={shared.household.name}")
    page.wait_for_url(re.compile(rf"/partner/households/{shared.household.pk}/$"))
    expect(page.locator("body")).to_contain_text(shared.canaries["needs"][0])
    body = page.locator("body").inner_text()
    for token in shared.canaries["plan"] + shared.canaries["notes"] + shared.canaries["rights"]:
        assert token not in body

    services.withdraw_consent(user=outreacher, consent=consent)
    response = page.goto(f"/partner/households/{shared.household.pk}/")

    assert response.status == 404
    assert shared.canaries["needs"][0] not in page.content()
    page.goto("/partner/")
    assert page.locator("main li a").all_inner_texts() == ["Gezin Gedeeld"]
