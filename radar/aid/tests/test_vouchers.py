from datetime import date

import pytest
from django.core.exceptions import ValidationError
from django.core.management import call_command
from django.core.management.base import CommandError

from radar.aid import selectors, services
from radar.aid.models import Voucher, VoucherEvent, VoucherStatus
from radar.aid.tests.factories import BudgetLineFactory, RecipientFactory, aid_type


@pytest.fixture
def voucher(municipality):
    recipient = RecipientFactory(municipality=municipality)
    return services.issue_voucher(
        user=None,
        recipient=recipient,
        aid_type=aid_type(municipality, "babykaart"),
        number="BK-001",
        value_cents=28_000,
        valid_from=date(2019, 3, 1),
        valid_until=date(2019, 9, 1),
    )


def test_an_issued_voucher_is_aid_given_for_its_value(voucher):
    assert voucher.status == VoucherStatus.ISSUED
    assert voucher.aid.amount_cents == 28_000
    assert [e.to_status for e in VoucherEvent.objects.filter(voucher=voucher)] == ["issued"]


def test_only_a_voucher_aid_with_a_new_number_can_be_issued(voucher, municipality):
    recipient = voucher.aid.recipient
    with pytest.raises(ValidationError):
        services.issue_voucher(
            user=None,
            recipient=recipient,
            aid_type=aid_type(municipality, "luiers"),
            number="X1",
            value_cents=100,
            valid_from=date(2019, 3, 1),
            valid_until=date(2019, 4, 1),
        )
    with pytest.raises(ValidationError):
        services.issue_voucher(
            user=None,
            recipient=recipient,
            aid_type=aid_type(municipality),
            number="BK-001",
            value_cents=100,
            valid_from=date(2019, 3, 1),
            valid_until=date(2019, 4, 1),
        )
    assert Voucher.objects.count() == 1


def test_a_voucher_redeemed_by_hand_records_where_when_and_how_much(voucher, team_lead):
    voucher = services.redeem_voucher(
        user=team_lead,
        voucher=voucher,
        redeemed_on=date(2019, 4, 2),
        where="Apotheek Centrum",
        amount_cents=27_550,
    )
    assert (voucher.status, voucher.redeemed_cents, voucher.redeemed_where) == (
        "redeemed",
        27_550,
        "Apotheek Centrum",
    )
    with pytest.raises(services.VoucherError):
        services.redeem_voucher(
            user=team_lead, voucher=voucher, redeemed_on=date(2019, 4, 3), where="again"
        )


def test_a_voucher_cannot_be_redeemed_outside_its_validity_or_over_its_value(voucher):
    with pytest.raises(services.VoucherError):
        services.redeem_voucher(user=None, voucher=voucher, redeemed_on=date(2019, 10, 1), where="")
    with pytest.raises(services.VoucherError):
        services.redeem_voucher(
            user=None, voucher=voucher, redeemed_on=date(2019, 4, 1), where="", amount_cents=28_001
        )
    voucher.refresh_from_db()
    assert voucher.status == VoucherStatus.ISSUED


def test_vouchers_past_their_end_expire_and_then_cannot_be_redeemed(voucher):
    assert services.expire_vouchers(today=date(2019, 9, 1)) == 0
    assert services.expire_vouchers(today=date(2019, 9, 2)) == 1
    voucher.refresh_from_db()
    assert voucher.status == VoucherStatus.EXPIRED
    with pytest.raises(services.VoucherError):
        services.redeem_voucher(user=None, voucher=voucher, redeemed_on=date(2019, 4, 1), where="")


def test_a_cancelled_voucher_stays_cancelled(voucher, team_lead):
    services.cancel_voucher(user=team_lead, voucher=voucher, note="lost")
    with pytest.raises(services.VoucherError):
        services.cancel_voucher(user=team_lead, voucher=voucher)


def test_a_pharmacy_list_redeems_its_vouchers(voucher, municipality, tmp_path, capsys):
    path = tmp_path / "apotheek.csv"
    path.write_text("number;date;amount;place\nBK-001;02/04/2019;275,50;Apotheek Centrum\n")
    call_command("aid", "redemptions", str(path), "--municipality", municipality.name)
    voucher.refresh_from_db()
    assert (voucher.status, voucher.redeemed_cents, voucher.redeemed_on) == (
        "redeemed",
        27_550,
        date(2019, 4, 2),
    )


def test_a_pharmacy_list_with_one_bad_line_redeems_nothing(voucher, municipality):
    data = "number,date,amount\nBK-001,2019-04-02,\nBK-999,2019-04-02,\nBK-001,31/02/2019,x\n"
    with pytest.raises(services.RedemptionFileInvalid) as invalid:
        services.import_redemptions(user=None, municipality=municipality, data=data)
    assert {(e.line, e.column) for e in invalid.value.errors} == {
        (3, "number"),
        (4, "number"),
        (4, "date"),
        (4, "amount"),
    }
    voucher.refresh_from_db()
    assert voucher.status == VoucherStatus.ISSUED


def test_the_redemptions_command_fails_on_a_bad_list(voucher, municipality, tmp_path):
    path = tmp_path / "shop.csv"
    path.write_text("number;date\nNOPE;02/04/2019\n")
    with pytest.raises(CommandError):
        call_command("aid", "redemptions", str(path), "--municipality", municipality.name)


def test_budget_counts_open_vouchers_as_committed_and_redemptions_and_aid_as_spent(
    voucher, municipality
):
    line = BudgetLineFactory(municipality=municipality, budget_cents=40_000)
    recipient = voucher.aid.recipient
    services.give_aid(
        user=None,
        recipient=recipient,
        aid_type=aid_type(municipality, "luiers"),
        given_on=date(2019, 5, 1),
        amount_cents=2_000,
    )
    (status,) = selectors.budget_status([line])
    assert (status.committed_cents, status.spent_cents, status.remaining_cents) == (
        28_000,
        2_000,
        10_000,
    )
    assert not status.is_running_out
    services.redeem_voucher(
        user=None, voucher=voucher, redeemed_on=date(2019, 4, 1), where="", amount_cents=25_000
    )
    (status,) = selectors.budget_status([line])
    assert (status.committed_cents, status.spent_cents, status.remaining_cents) == (
        0,
        27_000,
        13_000,
    )


def test_a_team_lead_is_warned_before_a_budget_line_runs_out(
    municipality, team_lead, outreacher, team_north
):
    line = BudgetLineFactory(municipality=municipality, year=2019, budget_cents=10_000)
    recipient = RecipientFactory(municipality=municipality)
    today = date(2019, 6, 1)
    services.give_aid(
        user=None,
        recipient=recipient,
        aid_type=aid_type(municipality, "luiers"),
        given_on=date(2019, 5, 1),
        amount_cents=9_000,
    )
    assert [s.line for s in selectors.budget_warnings_for(user=team_lead, today=today)] == []
    services.give_aid(
        user=None,
        recipient=recipient,
        aid_type=aid_type(municipality, "luiers"),
        given_on=date(2019, 5, 2),
        amount_cents=1,
    )
    assert [s.line for s in selectors.budget_warnings_for(user=team_lead, today=today)] == [line]
    assert selectors.budget_warnings_for(user=outreacher, today=today) == []


def test_the_team_dashboard_shows_a_line_running_out(municipality, team_lead, client_for):
    from django.utils import timezone

    year = timezone.localdate().year
    BudgetLineFactory(municipality=municipality, year=year, name="Luierfonds", budget_cents=1_000)
    recipient = RecipientFactory(municipality=municipality)
    services.give_aid(
        user=None,
        recipient=recipient,
        aid_type=aid_type(municipality, "luiers"),
        given_on=timezone.localdate(),
        amount_cents=950,
    )
    page = client_for(team_lead).get("/team/")
    assert "Luierfonds" in page.content.decode()
    assert client_for(team_lead).get("/aid/budget/").status_code == 200


def test_a_team_lead_redeems_by_hand_and_by_list_on_the_vouchers_page(
    municipality, team_lead, team_north, client_for
):
    recipient = RecipientFactory(municipality=municipality)
    for number in ("SC-1", "SC-2"):
        services.issue_voucher(
            user=None, recipient=recipient, aid_type=aid_type(municipality, "schoolcheque"),
            number=number, value_cents=1_250, valid_from=date(2019, 9, 1),
            valid_until=date(2019, 12, 31),
        )  # fmt: skip
    client = client_for(team_lead)
    page = client.post(
        "/aid/vouchers/", {"number": "SC-1", "redeemed_on": "2019-09-15", "where": "Boekhandel"}
    )
    assert page.status_code == 302
    assert Voucher.objects.get(number="SC-1").status == VoucherStatus.REDEEMED
    from django.core.files.uploadedfile import SimpleUploadedFile

    bad = SimpleUploadedFile("shop.csv", b"number;date\nSC-1;16/09/2019\n")
    page = client.post("/aid/vouchers/", {"upload": "1", "file": bad})
    assert page.status_code == 200 and "SC-1" in page.content.decode()
    good = SimpleUploadedFile("shop.csv", b"number;date;amount\nSC-2;16/09/2019;12,50\n")
    assert client.post("/aid/vouchers/", {"upload": "1", "file": good}).status_code == 302
    assert Voucher.objects.get(number="SC-2").status == VoucherStatus.REDEEMED


def test_a_voucher_is_issued_from_the_record_aid_page(outreacher, household, client_for):
    municipality = household.team.municipality
    card = aid_type(municipality, "babykaart")
    response = client_for(outreacher).post(
        f"/households/{household.pk}/aid/new/",
        {"aid_type": card.pk, "given_on": "2024-03-01", "count": 1, "amount": "280",
         "voucher_number": "BK-77", "valid_until": "2024-09-01"},
    )  # fmt: skip
    assert response.status_code == 302
    voucher = Voucher.objects.get(number="BK-77")
    assert voucher.value_cents == 28_000 and voucher.aid.recipient.household == household
