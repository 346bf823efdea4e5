"""A team lead brings in the team's Excel register in a real browser: upload, preview,
confirm; and axe-core on every new page of material aid and the register import."""

from datetime import date

import pytest

from radar.aid import services as aid_services
from radar.aid.models import AidGiven, Recipient
from radar.aid.tests.factories import BudgetLineFactory, aid_type
from radar.core.tests import test_browser as shared
from radar.core.tests.axe import assert_accessible, check_page_at_widths
from radar.registers import workbook

pytestmark = shared.pytestmark

browser = shared.browser
new_context = shared.new_context
configured_lists = shared.configured_lists

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def _register() -> bytes:
    return workbook.template_workbook(
        {
            "households": [
                ["S1", "Gezin Smets", "Kerkstraat 2", "3800", 2, "ja"],
                ["S2", "Gezin Claes", "", "3800", 1, "nee"],
            ],
            "intakes": [["S1", date(2019, 3, 4), "school", "Basisschool De Linde", "nee"]],
            "aid": [
                ["S1", "babykaart", "05/03/2019", 1, "280,00"],
                ["S2", "schoolcheque", "2019-09-01", 3, "37.50"],
            ],
            "partners": [["S1", "Thuiscompagnie", "guided_with", "01/04/2019"]],
        }
    )


@pytest.fixture
def page(new_context, configured_lists, team_lead):
    page = new_context().new_page()
    shared._log_in(page, team_lead)
    return page


def test_a_team_lead_uploads_the_register_sees_the_preview_and_confirms(page, municipality):
    page.goto("/registers/import/")
    check_page_at_widths(page, "/registers/import/")
    page.set_input_files(
        "#id_file", files=[{"name": "register.xlsx", "mimeType": XLSX, "buffer": _register()}]
    )
    page.click("main form button[type=submit]")
    preview = page.locator("#preview")
    preview.wait_for()
    assert not AidGiven.objects.exists(), "the preview wrote something"
    cells = preview.locator("tbody tr").all_inner_texts()
    assert any(line.split("\t")[1:] == ["2", "0"] for line in cells), cells  # aid: 2 new
    for width in (390, 1280):
        page.set_viewport_size({"width": width, "height": 900})
        assert_accessible(page)
    page.click("#preview button[type=submit]")
    page.wait_for_url("**/registers/import/")
    assert AidGiven.objects.count() == 2
    assert Recipient.objects.filter(household__isnull=False).count() == 1
    assert page.locator(".messages, [role=status]").first.is_visible()


def test_a_bad_row_is_listed_with_its_sheet_row_and_column_and_nothing_is_written(page):
    data = workbook.template_workbook(
        {"households": [["S1", "Gezin Smets", "", "", 2, "misschien"]]}
    )
    page.goto("/registers/import/")
    page.set_input_files(
        "#id_file", files=[{"name": "register.xlsx", "mimeType": XLSX, "buffer": data}]
    )
    page.click("main form button[type=submit]")
    alert = page.locator("[role=alert]")
    alert.wait_for()
    assert "in_outreach" in alert.inner_text()
    assert_accessible(page)
    assert not Recipient.objects.exists()


def test_the_aid_pages_have_no_serious_violations(
    page, new_context, municipality, team_north, team_lead, outreacher, household
):
    from django.utils import timezone

    BudgetLineFactory(municipality=municipality, year=timezone.localdate().year, budget_cents=1_000)
    aid_services.give_aid(
        user=team_lead,
        recipient=aid_services.recipient_for_household(household=household),
        aid_type=aid_type(municipality, "luiers"),
        given_on=timezone.localdate(),
        amount_cents=990,
    )
    for url in ["/aid/budget/", "/aid/vouchers/", "/team/"]:
        check_page_at_widths(page, url)
    ann = new_context().new_page()
    shared._log_in(ann, outreacher)
    for url in [
        f"/households/{household.pk}/",
        f"/households/{household.pk}/aid/new/",
        f"/households/{household.pk}/our-steps/",
    ]:
        check_page_at_widths(ann, url)
