"""On a phone at the kitchen table (issue 15): 390 px wide, nothing wider than the screen,
the language and logout in reach, families told apart in the list, dossier parts that fold,
a legend that can be read, and the partner's new referral on its landing page."""

import re

import pytest

from radar.accounts.tests.factories import PartnerFactory
from radar.consents.tests.factories import ConsentFactory
from radar.core.tests import test_browser as shared
from radar.core.tests.axe import assert_accessible
from radar.households.tests.factories import HouseholdFactory, NeedFactory
from radar.organisations.tests.factories import OrganisationFactory
from radar.referrals.tests.factories import SentReferralFactory

pytestmark = shared.pytestmark

browser = shared.browser
new_context = shared.new_context
configured_lists = shared.configured_lists
ann = shared.ann
expect = shared.expect

LONG_WORD = "Schuldbemiddelingsaanvraagformulierenverwerkingsprocedurebeschrijving" * 3


@pytest.fixture
def phone(new_context, ann):
    page = new_context(viewport=shared.PHONE).new_page()
    shared._log_in(page, ann)
    return page


def _inside_screen(page, locator) -> bool:
    box = locator.bounding_box()
    width = page.viewport_size["width"]
    return box is not None and box["x"] >= 0 and box["x"] + box["width"] <= width + 1


def test_no_page_is_wider_than_a_phone_even_with_a_long_word(phone, household):
    NeedFactory(household=household, description=LONG_WORD)
    household.neighbourhood = LONG_WORD[:60]
    household.save()
    for url in ["/", "/households/", f"/households/{household.pk}/"]:
        phone.goto(url)
        assert shared._horizontal_overflow(phone) <= shared.OVERFLOW_TOLERANCE, url
    assert_accessible(phone)


def test_the_language_and_logout_are_on_the_screen(phone):
    phone.goto("/")
    for code in ["NL", "FR", "EN"]:
        button = phone.locator("header form button[name=language]", has_text=code)
        assert _inside_screen(phone, button), code
    assert _inside_screen(phone, phone.locator("header button", has_text="Uitloggen"))
    phone.locator("header button[name=language][value=fr]").click()
    phone.wait_for_load_state()
    assert phone.locator("html").get_attribute("lang") == "fr"


def test_two_families_of_the_same_name_are_told_apart(phone, household, team_north, outreacher):
    for street in ["Kerkstraat 1", "Molenweg 7"]:
        HouseholdFactory(
            team=team_north, name="Gezin De Backer", street=street, assigned_workers=[outreacher]
        )
    phone.goto("/households/?q=Backer")
    rows = phone.locator("#results tbody tr").all_inner_texts()
    assert any("Kerkstraat 1" in row for row in rows)
    assert any("Molenweg 7" in row for row in rows)


def test_a_dossier_part_folds_and_stays_folded(phone, household):
    NeedFactory(household=household, description="Huur twee maanden achter")
    phone.goto(f"/households/{household.pk}/")
    button = phone.locator("#needs h2 button.fold")
    expect(button).to_have_attribute("aria-expanded", "true")
    expect(phone.locator("#needs")).to_contain_text("Huur twee maanden achter")

    button.focus()
    phone.keyboard.press("Enter")  # a keyboard alone can fold it
    expect(button).to_have_attribute("aria-expanded", "false")
    expect(phone.locator("#needs-body")).to_be_hidden()

    phone.reload()
    expect(phone.locator("#needs h2 button.fold")).to_have_attribute("aria-expanded", "false")
    phone.locator("#needs h2 button.fold").click()
    expect(phone.locator("#needs-body")).to_be_visible()
    assert_accessible(phone)


def test_the_ecogram_legend_is_readable_on_a_phone(phone, household):
    phone.goto(f"/households/{household.pk}/")
    sizes = phone.eval_on_selector_all(
        "#network svg.ecogram-legend text",
        "(texts) => texts.map((t) => t.getBoundingClientRect().height)",
    )
    assert sizes and min(sizes) >= 12


def test_the_partner_sees_its_new_referral_on_its_landing_page(new_context, household):
    school = OrganisationFactory(name="Basisschool De Linde", kind="school")
    partner = PartnerFactory(username="els", organisation=school, organisation_name=school.name)
    ConsentFactory(household=household, organisation=school, categories=["needs"])
    referral = SentReferralFactory(household=household, organisation=school)
    page = new_context(viewport=shared.PHONE).new_page()

    shared._log_in(page, partner)

    assert re.search(r"/partner/$", page.url)
    link = page.locator(f"#open-referrals ~ ul a[href='/partner/referrals/{referral.pk}/']")
    expect(link).to_be_visible()
    assert shared._horizontal_overflow(page) <= shared.OVERFLOW_TOLERANCE
    assert_accessible(page)
