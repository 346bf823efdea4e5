"""In a browser: a team's MSC selection round with its reasons, and a policy signal through
to the committee's answer; every page checked with axe-core at phone and desktop width."""

import re

from django.utils import timezone

from radar.core.tests import test_browser as shared
from radar.core.tests.axe import check_page_at_widths
from radar.households.tests.factories import life_domain
from radar.stories.tests.factories import WHY, change_domain, story

pytestmark = shared.pytestmark
expect = shared.expect

browser = shared.browser
new_context = shared.new_context
configured_lists = shared.configured_lists
ann = shared.ann


def test_a_team_round_picks_a_story_with_its_reasons(new_context, ann, team_north, policy):
    change_domain()
    own = story(team_north, ann, title="Weer een eigen sleutel", committee_ok=True)
    story(team_north, ann, title="Naar de turnclub", domain="children")
    page = new_context().new_page()
    shared._log_in(page, ann)

    page.goto("/stories/rounds/new/")
    page.select_option("#id_team", str(team_north.pk))
    page.fill("#id_participants", "Ann, Bart en Chris")
    page.select_option("#id_story_daily_life", str(own.pk))
    page.fill("#id_reason_daily_life", "Kort.")
    page.click("main form[method=post] button[type=submit]")
    expect(page.locator("main")).to_contain_text("volzinnen")
    page.fill("#id_reason_daily_life", WHY)
    page.click("main form[method=post] button[type=submit]")
    page.wait_for_url(re.compile(r"/stories/rounds/\d+/$"))
    expect(page.locator("p.reason")).to_contain_text(WHY)
    round_url = page.url.split(page.url.split("/stories/")[0])[1]

    for url in ["/stories/", "/stories/new/", "/stories/rounds/new/", round_url,
                f"/stories/{own.pk}/"]:  # fmt: skip
        check_page_at_widths(page, url)

    committee = new_context().new_page()
    shared._log_in(committee, policy)
    committee.goto(f"/stories/{own.pk}/")
    expect(committee.locator("h1")).to_contain_text("Weer een eigen sleutel")
    expect(committee.locator("main")).not_to_contain_text("Marie")  # the teller's name
    for url in ["/stories/", "/stories/rounds/new/", f"/stories/{own.pk}/"]:
        check_page_at_widths(committee, url)


def test_a_policy_signal_goes_through_to_the_committees_answer(
    new_context, ann, policy, team_north
):
    life_domain("education")
    page = new_context().new_page()
    shared._log_in(page, ann)
    today = timezone.localdate().isoformat()

    page.goto("/policy-signals/new/")
    page.select_option("#id_team", str(team_north.pk))
    page.select_option("#id_domain", label="Onderwijs")
    page.fill("#id_title", "Schoolfacturen komen te laat")
    page.fill("#id_what_was_seen", "Gezinnen krijgen de factuur pas na de vervaldag.")
    page.fill("#id_families", "12")
    page.click("main form button[type=submit]")
    page.wait_for_url(re.compile(r"/policy-signals/\d+/$"))
    detail = page.url
    expect(page.locator("#signal-status")).to_have_text("genoteerd")

    page.select_option("#id_to_status", "brought")
    page.fill("#id_brought_on", today)
    page.click("#move button[type=submit]")
    expect(page.locator("#signal-status")).to_have_text("naar het beleidscomité gebracht")
    page.select_option("#id_to_status", "answered")
    page.click("#move button[type=submit]")
    expect(page.locator("main")).to_contain_text("Noteer het antwoord")
    page.select_option("#id_to_status", "answered")
    page.fill("#id_answer", "De school stuurt de factuur voortaan elke maand.")
    page.fill("#id_answered_on", today)
    page.click("#move button[type=submit]")
    expect(page.locator("#signal-status")).to_have_text("beantwoord")
    expect(page.locator("#answer")).to_contain_text("elke maand")

    path = detail[detail.index("/policy-signals/") :]
    for url in ["/policy-signals/", "/policy-signals/new/", path]:
        check_page_at_widths(page, url)
    committee = new_context().new_page()
    shared._log_in(committee, policy)
    committee.goto(path)
    expect(committee.locator("#answer")).to_contain_text("elke maand")
    check_page_at_widths(committee, path)
