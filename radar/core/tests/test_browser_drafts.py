"""Nothing typed is lost: drafts kept on the device (docs/decisions/0010-keep-typing.md).

A contact note survives an expired session (log in again, it is offered back), a lost
connection (a message instead of the browser's error page) and is cleared once saved, on
logout, after seven days, and is never shown to another user of the same browser. Same
Chromium and fixtures as test_browser.py; run with `pytest -m browser`.
"""

import re

from django.contrib.sessions.models import Session
from django.utils import translation
from django.utils.translation import gettext

from radar.accounts.tests.factories import PASSWORD
from radar.contacts.models import ContactMoment
from radar.contacts.tests.factories import contact_type
from radar.core.tests import axe
from radar.core.tests import test_browser as shared
from radar.network.models import NetworkTie

pytestmark = shared.pytestmark

# The fixtures of test_browser.py, shared by name.
browser = shared.browser
new_context = shared.new_context
configured_lists = shared.configured_lists
ann = shared.ann
expect = shared.expect

NOTE = "Mama vertelt dat de huur twee maanden achterstaat; samen de brief van de huisbaas gelezen."
DRAFT_KEYS = "Object.keys(localStorage).filter((k) => k.startsWith('radar.draft.'))"
EIGHT_DAYS_AGO = """() => {
  for (const key of Object.keys(localStorage).filter((k) => k.startsWith('radar.draft.'))) {
    const draft = JSON.parse(localStorage.getItem(key));
    draft.t = Date.now() - 8 * 24 * 60 * 60 * 1000;
    localStorage.setItem(key, JSON.stringify(draft));
  }
}"""


def _nl(msgid: str) -> str:
    with translation.override("nl"):
        return gettext(msgid)


RESTORED = "Your unsaved text was restored. Check it, then save."
OFFLINE = "No connection: your text is kept on this device; try again."
SESSION_ENDED = "Your session has ended. Log in again: your unsaved text is kept on this device."


def _fill_login(page, user) -> None:
    page.fill("input[name=username]", user.username)
    page.fill("input[name=password]", PASSWORD)
    page.click("form[action='/login/'] button[type=submit]")


def _log_in(page, user) -> None:
    page.goto("/login/")
    _fill_login(page, user)
    page.wait_for_url(re.compile(r"/$"))


def _type_a_contact(page, household) -> str:
    url = f"/households/{household.pk}/contacts/new/"
    page.goto(url)
    page.select_option("#id_contact_type", label="Huisbezoek")
    page.fill("#id_duration_minutes", "45")
    page.fill("#id_note", NOTE)
    return url


def _save(page, household) -> None:
    page.click("main form button[type=submit]")
    page.wait_for_url(re.compile(rf"/households/{household.pk}/$"))


def _drafts(page) -> list[str]:
    return page.evaluate(DRAFT_KEYS)


def test_a_note_typed_as_the_session_expired_is_offered_back_after_logging_in(
    new_context, ann, household
):
    context = new_context()
    problems = shared.Problems(context)
    page = context.new_page()
    _log_in(page, ann)
    url = _type_a_contact(page, household)
    Session.objects.all().delete()  # the session expires while Ann types

    page.click("main form button[type=submit]")

    page.wait_for_url(re.compile(r"/login/\?next="))
    assert ContactMoment.objects.count() == 0
    expect(page.locator(".draft-notice")).to_have_text(_nl(SESSION_ENDED))
    _fill_login(page, ann)
    page.wait_for_url(f"**{url}")  # back on the form, not on the dashboard
    expect(page.locator("#id_note")).to_have_value(NOTE)
    expect(page.locator("#id_duration_minutes")).to_have_value("45")
    expect(page.locator("#id_contact_type")).to_have_value(str(contact_type("home_visit").pk))
    expect(page.locator(".draft-notice[role=status]")).to_contain_text(_nl(RESTORED))

    _save(page, household)

    assert ContactMoment.objects.get().note == NOTE
    assert _drafts(page) == []
    page.goto(url)
    expect(page.locator("#id_note")).to_have_value("")
    expect(page.locator(".draft-notice")).to_have_count(0)
    assert problems.csp_violations(page) == []
    assert problems.messages == []


def test_saving_without_a_connection_keeps_the_text_and_says_so(new_context, ann, household):
    context = new_context()
    problems = shared.Problems(context)
    page = context.new_page()
    _log_in(page, ann)
    url = _type_a_contact(page, household)
    context.set_offline(True)

    page.click("main form button[type=submit]")

    expect(page.locator(".draft-notice[role=alert]")).to_have_text(_nl(OFFLINE))
    assert page.url.endswith(url)
    expect(page.locator("#id_note")).to_have_value(NOTE)
    assert len(_drafts(page)) == 1
    assert ContactMoment.objects.count() == 0

    context.set_offline(False)
    expect(page.locator(".draft-notice")).to_have_count(0)
    _save(page, household)

    assert ContactMoment.objects.get().note == NOTE
    assert _drafts(page) == []
    assert problems.csp_violations(page) == []
    assert problems.messages == []


def test_a_form_with_errors_keeps_its_draft_until_it_is_saved(new_context, ann, household):
    page = new_context().new_page()
    _log_in(page, ann)
    url = f"/households/{household.pk}/contacts/new/"
    page.goto(url)
    page.fill("#id_note", NOTE)

    page.click("main form button[type=submit]")  # no contact type: the form comes back

    expect(page.locator(".errorlist")).not_to_have_count(0)
    expect(page.locator("#id_note")).to_have_value(NOTE)
    expect(page.locator(".draft-notice")).to_have_count(0)  # nothing to restore: it is there
    assert len(_drafts(page)) == 1
    page.select_option("#id_contact_type", label="Huisbezoek")
    _save(page, household)
    assert _drafts(page) == []


def test_logging_out_clears_the_drafts(new_context, ann, household):
    page = new_context().new_page()
    _log_in(page, ann)
    url = _type_a_contact(page, household)
    page.goto("/")  # leaves without saving
    assert len(_drafts(page)) == 1

    page.click("form[action='/logout/'] button[type=submit]")

    page.wait_for_url("**/login/")
    assert _drafts(page) == []
    _log_in(page, ann)
    page.goto(url)
    expect(page.locator("#id_note")).to_have_value("")
    expect(page.locator(".draft-notice")).to_have_count(0)


def test_another_user_of_the_same_browser_never_sees_the_draft(
    new_context, ann, colleague, household
):
    context = new_context()
    page = context.new_page()
    _log_in(page, ann)
    url = _type_a_contact(page, household)
    context.clear_cookies()  # Ann walks away without logging out; Chris takes the laptop

    _log_in(page, colleague)
    page.goto(url)

    expect(page.locator("#id_note")).to_have_value("")
    expect(page.locator(".draft-notice")).to_have_count(0)
    assert page.content().count(NOTE) == 0
    page.fill("#id_place", "op kantoor")  # Chris's own draft does not replace Ann's
    assert len(_drafts(page)) == 2

    context.clear_cookies()
    _log_in(page, ann)
    page.goto(url)
    expect(page.locator("#id_note")).to_have_value(NOTE)
    expect(page.locator("#id_place")).to_have_value("")


def test_drafts_older_than_seven_days_are_forgotten(new_context, ann, household):
    page = new_context().new_page()
    _log_in(page, ann)
    url = _type_a_contact(page, household)
    page.evaluate(EIGHT_DAYS_AGO)

    page.goto(url)

    expect(page.locator("#id_note")).to_have_value("")
    expect(page.locator(".draft-notice")).to_have_count(0)
    assert _drafts(page) == []


def test_discarding_a_restored_draft_empties_the_form(new_context, ann, household):
    page = new_context().new_page()
    _log_in(page, ann)
    url = _type_a_contact(page, household)
    page.goto(url)
    expect(page.locator("#id_note")).to_have_value(NOTE)

    page.locator(".draft-notice button").click()

    expect(page.locator("#id_note")).to_have_value("")
    expect(page.locator(".draft-notice")).to_have_count(0)
    assert _drafts(page) == []


def test_an_htmx_form_sent_after_the_session_expired_comes_back_after_logging_in(
    new_context, ann, household
):
    page = new_context().new_page()
    _log_in(page, ann)
    url = f"/households/{household.pk}/network/"
    page.goto(url)
    form = page.locator(f"form[action='{url}ties/new/']")
    form.locator("[name=name]").fill("Tante Fatima")
    form.locator("[name=note]").fill("Past op de kinderen op woensdag.")
    Session.objects.all().delete()

    form.locator("button[type=submit]").click()

    page.wait_for_url(re.compile(r"/login/\?next="))
    _fill_login(page, ann)
    page.wait_for_url(f"**{url}")
    expect(form.locator("[name=name]")).to_have_value("Tante Fatima")
    expect(form.locator("[name=note]")).to_have_value("Past op de kinderen op woensdag.")
    form.locator("button[type=submit]").click()  # htmx swaps the editor in place
    expect(page.locator("#ecogram-editor table")).to_contain_text("Tante Fatima")
    assert NetworkTie.objects.get().name == "Tante Fatima"
    assert _drafts(page) == []


def _accessible_at_both_widths(page) -> None:
    """axe-core on the page as it is (a notice shown by radar.js), at phone and desktop width."""
    for viewport in (axe.PHONE, axe.DESKTOP):
        page.set_viewport_size(viewport)
        violations = axe.axe_violations(page)
        assert not violations, f"axe-core at {viewport['width']} px:\n{axe.describe(violations)}"


def test_the_offered_back_draft_notice_is_accessible(new_context, ann, household):
    page = new_context().new_page()
    _log_in(page, ann)
    url = _type_a_contact(page, household)

    page.goto(url)

    expect(page.locator(".draft-notice[role=status]")).to_contain_text(_nl(RESTORED))
    _accessible_at_both_widths(page)


def test_the_offline_notice_is_accessible(new_context, ann, household):
    context = new_context()
    page = context.new_page()
    _log_in(page, ann)
    _type_a_contact(page, household)
    context.set_offline(True)

    page.click("main form button[type=submit]")

    expect(page.locator(".draft-notice[role=alert]")).to_have_text(_nl(OFFLINE))
    _accessible_at_both_widths(page)


def test_the_session_ended_notice_is_accessible(new_context, ann, household):
    page = new_context().new_page()
    _log_in(page, ann)
    _type_a_contact(page, household)
    Session.objects.all().delete()

    page.click("main form button[type=submit]")

    page.wait_for_url(re.compile(r"/login/\?next="))
    expect(page.locator(".draft-notice")).to_have_text(_nl(SESSION_ENDED))
    _accessible_at_both_widths(page)
