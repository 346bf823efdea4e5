"""axe-core (WCAG 2.1 A and AA) on the pages an outreacher uses most, at 390 and 1280 px.

No serious or critical violation. The crawl of every page of the access matrix per role is
issue 15's; every new page adds itself here or checks itself with
`radar.core.tests.axe.check_page_at_widths` in its own browser test.
"""

import pytest

from radar.contacts.tests.factories import ContactMomentFactory
from radar.core.tests import test_browser as shared
from radar.core.tests.axe import assert_accessible, axe_violations, check_page_at_widths
from radar.households.tests.factories import NeedFactory
from radar.plans.tests.factories import GoalFactory, StepFactory

pytestmark = shared.pytestmark

browser = shared.browser
new_context = shared.new_context
configured_lists = shared.configured_lists
ann = shared.ann


@pytest.fixture
def page(new_context, ann, household):
    context = new_context()
    page = context.new_page()
    shared._log_in(page, ann)
    return page


def test_the_outreachers_pages_have_no_serious_violations(page, household):
    contact = ContactMomentFactory(household=household)
    need = NeedFactory(household=household)
    goal = GoalFactory(household=household)
    StepFactory(goal=goal)
    pk = household.pk
    for url in [
        "/",
        "/households/",
        f"/households/{pk}/",
        f"/households/{pk}/contacts/new/",
        f"/households/{pk}/contacts/{contact.pk}/remove/",
        f"/households/{pk}/needs/{need.pk}/remove/",
        f"/households/{pk}/goals/new/",
        "/help/",
    ]:
        check_page_at_widths(page, url)


def test_axe_finds_a_violation_when_there_is_one(page):
    """The check can fail: an image without alt text and an unlabeled field are found."""
    page.goto("/")
    page.evaluate(
        """() => {
          const img = document.createElement("img");
          img.src = "/static/none.png";
          document.querySelector("main").appendChild(img);
          const input = document.createElement("input");
          document.querySelector("main").appendChild(input);
        }"""
    )
    found = {v["id"] for v in axe_violations(page)}
    assert "image-alt" in found
    with pytest.raises(AssertionError, match="image-alt"):
        assert_accessible(page)
