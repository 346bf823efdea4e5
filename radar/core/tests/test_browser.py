"""An outreacher's first day with a new family, in a real browser.

Playwright drives Debian's Chromium (/usr/bin/chromium; never `playwright install`)
against pytest-django's live server. Run only these with `pytest -m browser`, skip them
with `-m "not browser"`. Screenshots go to test-results/.
"""

import os
import re
from datetime import timedelta
from pathlib import Path

import pytest
from django.conf import settings
from django.utils import timezone, translation
from django.utils.translation import gettext

from radar.accounts.tests.factories import PASSWORD
from radar.contacts.tests.factories import ContactMomentFactory, contact_type
from radar.households.models import Household
from radar.households.tests.factories import IntakeFactory, NeedFactory, channel, life_domain
from radar.plans.models import Step
from radar.plans.tests.factories import DoneStepFactory, GoalFactory, StepFactory

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
RESULTS = Path(settings.BASE_DIR) / "test-results"
DESKTOP = {"width": 1280, "height": 900}
PHONE = {"width": 390, "height": 844}
TIMEOUT_MS = 15_000
OVERFLOW_TOLERANCE = 2  # px
PHONE_SCREENSHOTS = {"/": "dashboard-phone.png", "/households/": "households-phone.png"}

sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed")
expect = sync_api.expect

pytestmark = [
    pytest.mark.browser,
    # Ids start at 1 in every test, whatever ran before (PostgreSQL sequences survive flushes).
    pytest.mark.django_db(transaction=True, reset_sequences=True),
    pytest.mark.skipif(not CHROMIUM.exists(), reason=f"Chromium not found at {CHROMIUM}"),
]

FAMILY = "Gezin Wouters"
FIRST_STEP = "Schoolfactuur meenemen naar het OCMW"
SECOND_STEP = "Samen de schoolkosten met de school bespreken"

# The browser records Content Security Policy violations for the test to read.
CSP_LISTENER = """
window.__cspViolations = [];
document.addEventListener("securitypolicyviolation", (e) => {
  window.__cspViolations.push(e.violatedDirective + " " + e.blockedURI);
});
"""


@pytest.fixture(scope="module")
def browser():
    # The sync Playwright API runs an asyncio loop in this thread; the ORM calls made by
    # the test itself (fixtures, checks) are still synchronous.
    previous = os.environ.get("DJANGO_ALLOW_ASYNC_UNSAFE")
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield browser
        browser.close()
    if previous is None:
        os.environ.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
    else:
        os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = previous


class Problems:
    """Console errors, uncaught exceptions and CSP violations of every page of a context."""

    def __init__(self, context):
        self.messages: list[str] = []
        self.pages = []
        context.add_init_script(CSP_LISTENER)
        context.on("page", self.watch)

    def watch(self, page):
        self.pages.append(page)
        page.on("console", self.on_console)
        page.on("pageerror", lambda error: self.messages.append(f"page error: {error}"))

    def on_console(self, message):
        if message.type == "error" or "Refused to" in message.text:
            self.messages.append(f"console {message.type}: {message.text} ({message.location})")

    def csp_violations(self, page) -> list[str]:
        return page.evaluate("window.__cspViolations || []")


@pytest.fixture
def new_context(browser, live_server):
    contexts = []

    def make(viewport=DESKTOP, **options):
        context = browser.new_context(
            base_url=live_server.url, viewport=viewport, locale="nl-BE", **options
        )
        context.set_default_timeout(TIMEOUT_MS)
        contexts.append(context)
        return context

    yield make
    for context in contexts:
        context.close()


@pytest.fixture
def configured_lists(transactional_db):
    """Channels, life domains and contact types: a flushed test database lost them."""
    channel("school")
    life_domain("education")
    contact_type("home_visit")


@pytest.fixture
def ann(configured_lists, outreacher):
    return outreacher


def _screenshot(page, name: str) -> Path:
    RESULTS.mkdir(exist_ok=True)
    path = RESULTS / name
    page.screenshot(path=str(path), full_page=True)
    return path


def _log_in(page, user) -> None:
    page.goto("/login/")
    page.fill("input[name=username]", user.username)
    page.fill("input[name=password]", PASSWORD)
    page.click("form[action='/login/'] button[type=submit]")
    page.wait_for_url(re.compile(r"/$"))


def _register_intake(page) -> int:
    page.click("a[href='/households/new/']")
    page.wait_for_url("**/households/new/")
    page.fill("#id_household_name", FAMILY)
    page.fill("#id_first_name", "Nadia")
    page.fill("#id_last_name", "Wouters")
    page.select_option("#id_channel", label="School")
    page.fill("#id_signalled_by_organisation", "Basisschool De Linde")
    page.fill("#id_reason", "De kinderen komen zonder boterhammen naar school.")
    page.click("main form button[type=submit]")
    page.wait_for_url(re.compile(r"/households/\d+/$"))
    expect(page.locator("h1")).to_contain_text(FAMILY)
    return int(re.search(r"/households/(\d+)/$", page.url).group(1))


def _log_home_visit(page, pk: int) -> None:
    page.click(f"a[href='/households/{pk}/contacts/new/']")
    page.wait_for_url(f"**/households/{pk}/contacts/new/")
    page.select_option("#id_contact_type", label="Huisbezoek")
    page.fill("#id_place", "thuis")
    page.fill("#id_duration_minutes", "45")
    page.fill("#id_note", "Kennismaking; de brief van de school samen gelezen.")
    page.click("main form button[type=submit]")
    page.wait_for_url(re.compile(rf"/households/{pk}/$"))
    expect(page.locator("#contacts")).to_contain_text("Huisbezoek")


def _add_goal_with_two_steps(page, pk: int) -> None:
    page.click(f"a[href='/households/{pk}/goals/new/']")
    page.wait_for_url(f"**/households/{pk}/goals/new/")
    page.select_option("#id_domain", label=life_domain("education").name_nl)
    page.fill("#id_title", "De schoolkosten zijn betaald")
    page.click("main form button[type=submit]")
    page.wait_for_url(re.compile(rf"/households/{pk}/goals/\d+/steps/new/$"))
    due = (timezone.localdate() + timedelta(days=3)).isoformat()
    page.fill("#id_title", FIRST_STEP)
    page.fill("#id_due_on", due)
    page.click("button[name=add_another]")
    page.wait_for_load_state()
    expect(page.locator("#id_title")).to_have_value("")  # an empty form for the next step
    page.fill("#id_title", SECOND_STEP)
    page.select_option("#id_owner", "outreacher")
    page.fill("#id_due_on", due)
    page.click("button[name=save]")
    page.wait_for_url(re.compile(rf"/households/{pk}/$"))


DONE = re.compile(r"\bdone\b")


def _tick_first_step(page) -> None:
    first = page.locator("#plan li.step", has_text=FIRST_STEP)
    second = page.locator("#plan li.step", has_text=SECOND_STEP)
    expect(first).not_to_have_class(DONE)
    navigations = []
    page.on("framenavigated", lambda frame: navigations.append(frame.url))
    first.locator("button.tick").click()
    # htmx swaps the row in place: no page load.
    expect(first).to_have_class(DONE)
    expect(first.locator("button.tick")).to_have_attribute("aria-pressed", "true")
    expect(second).not_to_have_class(DONE)
    assert navigations == [], f"ticking a step loaded a page: {navigations}"


def _first_day(page, user) -> int:
    """Log in, register a family signalled by a school, visit, plan, tick a step."""
    _log_in(page, user)
    pk = _register_intake(page)
    _log_home_visit(page, pk)
    _add_goal_with_two_steps(page, pk)
    _tick_first_step(page)
    return pk


def _horizontal_overflow(page) -> int:
    return page.evaluate(
        "document.documentElement.scrollWidth - document.documentElement.clientWidth"
    )


def test_an_outreacher_registers_a_family_and_plans_small_steps(new_context, ann):
    context = new_context()
    page = context.new_page()

    pk = _first_day(page, ann)

    household = Household.objects.get(pk=pk)
    assert household.name == FAMILY
    assert household.intakes.get().channel.code == "school"
    assert household.contacts.get().contact_type.code == "home_visit"
    assert household.last_reached_at is not None
    steps = Step.objects.filter(household=household).order_by("title")
    assert [(s.title, s.is_done) for s in steps] == [(SECOND_STEP, False), (FIRST_STEP, True)]
    expect(page.locator("html")).to_have_attribute("lang", "nl")

    page.goto("/")
    steps_due = page.locator("#steps-due")
    expect(steps_due).to_contain_text(SECOND_STEP)
    expect(steps_due).to_contain_text(FAMILY)
    expect(steps_due).not_to_contain_text(FIRST_STEP)
    with translation.override("nl"):
        expect(page.locator("#steps-due h2")).to_have_text(gettext("Steps due"))
    expect(page.locator("#recent")).to_contain_text(FAMILY)
    _screenshot(page, "dashboard.png")

    # The same dossier on a phone, with the same session.
    phone = new_context(viewport=PHONE, is_mobile=True, has_touch=True, device_scale_factor=2)
    phone.add_cookies(context.cookies())
    phone_page = phone.new_page()
    phone_page.goto(f"/households/{pk}/")
    expect(phone_page.locator("h1")).to_contain_text(FAMILY)
    _screenshot(phone_page, "dossier-phone.png")
    page.goto(f"/households/{pk}/")
    _screenshot(page, "dossier-desktop.png")


def test_the_flow_works_on_a_phone_without_console_errors_or_csp_violations(new_context, ann):
    context = new_context(viewport=PHONE, is_mobile=True, has_touch=True, device_scale_factor=2)
    problems = Problems(context)
    page = context.new_page()

    pk = _first_day(page, ann)

    assert problems.csp_violations(page) == []
    overflow = {}
    pages = ["/", "/households/", "/households/new/", f"/households/{pk}/our-steps/",
             f"/households/{pk}/contacts/", f"/households/{pk}/contacts/new/",
             f"/households/{pk}/goals/new/", f"/households/{pk}/members/new/",
             f"/households/{pk}/status/", f"/households/{pk}/edit/"]  # fmt: skip
    for url in pages:
        page.goto(url)
        page.wait_for_load_state("networkidle")
        overflow[url] = _horizontal_overflow(page)
        assert problems.csp_violations(page) == [], url
        if url in PHONE_SCREENSHOTS:
            _screenshot(page, PHONE_SCREENSHOTS[url])
    assert {url: px for url, px in overflow.items() if px > OVERFLOW_TOLERANCE} == {}
    assert problems.messages == []


def test_the_dossier_fits_a_phone_screen(new_context, ann, household):
    _a_dossier_like_the_flows(household, ann)
    page = new_context(
        viewport=PHONE, is_mobile=True, has_touch=True, device_scale_factor=2
    ).new_page()
    _log_in(page, ann)

    page.goto(f"/households/{household.pk}/")

    expect(page.locator("#plan")).to_contain_text(SECOND_STEP)
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= PHONE["width"] + OVERFLOW_TOLERANCE, f"the dossier is {width}px wide"


def test_ticking_a_step_works_once_ids_pass_a_thousand(new_context, ann, household):
    # With USE_THOUSAND_SEPARATOR, {{ step.pk }} is "1.234": htmx then targets "#step-1.234",
    # an invalid selector, and the tick does nothing. The template must use |unlocalize.
    goal = GoalFactory(household=household, domain=life_domain("education"))
    StepFactory(pk=1234, goal=goal, title=FIRST_STEP)
    page = new_context().new_page()
    _log_in(page, ann)
    page.goto(f"/households/{household.pk}/")

    step = page.locator("#plan li.step", has_text=FIRST_STEP)
    step.locator("button.tick").click()

    expect(step).to_have_class(DONE, timeout=5_000)


def test_the_family_search_form_is_usable_on_a_phone(new_context, ann, household):
    page = new_context(viewport=PHONE, is_mobile=True, has_touch=True).new_page()
    _log_in(page, ann)
    page.goto("/households/")

    search = page.locator("input[name=q]").bounding_box()
    button = page.locator("form[action='/households/'] button[type=submit]").bounding_box()
    status = page.locator("select[name=status]").bounding_box()
    assert button["height"] <= search["height"] * 1.2, "the search button is taller than the field"
    assert status["width"] >= PHONE["width"] / 2, "the status filter is squeezed"


def _a_dossier_like_the_flows(household, user) -> None:
    IntakeFactory(household=household)
    ContactMomentFactory(household=household, worker=user)
    goal = GoalFactory(household=household, domain=life_domain("education"))
    StepFactory(goal=goal, title=SECOND_STEP)
    DoneStepFactory(goal=goal, title=FIRST_STEP, done_by=user)
    NeedFactory(household=household)


def test_switching_to_french_in_the_user_menu(new_context, ann):
    page = new_context().new_page()
    _log_in(page, ann)
    expect(page.locator("html")).to_have_attribute("lang", "nl")

    page.click("header button[name=language][value=fr]")
    page.wait_for_load_state()

    expect(page.locator("html")).to_have_attribute("lang", "fr")
    ann.refresh_from_db()
    assert ann.language == "fr"
    french = _translated("fr", "Steps due")
    if french:
        expect(page.locator("#steps-due h2")).to_have_text(french)
    _screenshot(page, "dashboard-fr.png")


def _translated(language: str, msgid: str) -> str:
    """The translation of msgid if the catalogue has one and it is compiled, else ""."""
    po = Path(settings.BASE_DIR) / "locale" / language / "LC_MESSAGES" / "django.po"
    if not po.exists():
        return ""
    match = re.search(rf'^msgid "{re.escape(msgid)}"\nmsgstr "(.+)"$', po.read_text(), re.M)
    if not match:
        return ""
    with translation.override(language):
        compiled = gettext(msgid)
    return compiled if compiled == match.group(1) else ""
