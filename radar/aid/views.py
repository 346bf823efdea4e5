"""Material aid pages. Thin: parse input, call a selector or service, render."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from radar.aid import selectors, services
from radar.aid.forms import GiveAidForm, RedeemForm, RedemptionUploadForm
from radar.aid.models import Voucher
from radar.core.forms import add_service_error
from radar.core.htmx import require_casework
from radar.households import selectors as household_selectors


@require_casework
@require_http_methods(["GET", "POST"])
def give(request: HttpRequest, pk: int) -> HttpResponse:
    household = household_selectors.get_household_for(user=request.user, household_id=pk)
    municipality = services.municipality_of(household)
    form = GiveAidForm(
        request.POST or None,
        aid_types=selectors.catalogue_for(municipality),
        household=household,
        initial={"given_on": timezone.localdate()},
    )
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            recipient = services.recipient_for_household(household=household)
            if data["voucher_number"]:
                aid_type = data["aid_type"]
                services.issue_voucher(
                    user=request.user,
                    recipient=recipient,
                    aid_type=aid_type,
                    number=data["voucher_number"],
                    value_cents=data["amount"]
                    if data["amount"] is not None
                    else (aid_type.unit_amount_cents or 0) * data["count"],
                    valid_from=data["given_on"],
                    valid_until=data["valid_until"],
                    member=data["member"],
                    need=data["need"],
                )
            else:
                services.give_aid(
                    user=request.user,
                    recipient=recipient,
                    aid_type=data["aid_type"],
                    given_on=data["given_on"],
                    count=data["count"],
                    amount_cents=data["amount"],
                    member=data["member"],
                    need=data["need"],
                    note=data["note"],
                )
        except ValidationError as error:
            add_service_error(form, error)
        else:
            messages.success(request, _("Aid recorded."))
            return redirect("households:detail", pk=household.pk)
    return render(
        request,
        "aid/aid_give.html",
        {"form": form, "household": household, "aid_given": selectors.aid_of(household)[:20]},
    )


@require_http_methods(["GET"])
def budget(request: HttpRequest) -> HttpResponse:
    """The budget lines of the user's municipality this year: team leads and policy."""
    user = request.user
    if not ((user.does_casework and user.is_team_lead) or user.role == "policy"):
        raise PermissionDenied
    try:
        year = int(request.GET.get("year") or timezone.localdate().year)
    except ValueError:
        year = timezone.localdate().year
    year = min(max(year, 2000), 2100)
    return render(
        request,
        "aid/budget_list.html",
        {"lines": selectors.budget_lines_for(user=user, year=year), "year": year},
    )


def _municipality_of_lead(user):
    team = user.teams.select_related("municipality").first()
    return team.municipality if team else None


@require_http_methods(["GET", "POST"])
def vouchers(request: HttpRequest) -> HttpResponse:
    """The municipality's vouchers (numbers and aid only, no family): team leads enter a
    redemption by hand or load a shop's or pharmacy's list."""
    user = request.user
    if not (user.does_casework and user.is_team_lead):
        raise PermissionDenied
    municipality = _municipality_of_lead(user)
    redeem_form = RedeemForm(request.POST if "number" in request.POST else None)
    upload_form = RedemptionUploadForm(
        request.POST if "upload" in request.POST else None,
        request.FILES if "upload" in request.POST else None,
    )
    errors: list = []
    if request.method == "POST" and redeem_form.is_bound and redeem_form.is_valid():
        data = redeem_form.cleaned_data
        voucher = Voucher.objects.filter(municipality=municipality, number=data["number"]).first()
        if voucher is None:
            redeem_form.add_error("number", _("No voucher with this number."))
        else:
            try:
                services.redeem_voucher(
                    user=user,
                    voucher=voucher,
                    redeemed_on=data["redeemed_on"],
                    where=data["where"],
                    amount_cents=data["amount"],
                )
            except ValidationError as error:
                redeem_form.add_error(None, error)
            else:
                messages.success(request, _("Voucher redeemed."))
                return redirect("aid:vouchers")
    if request.method == "POST" and upload_form.is_bound and upload_form.is_valid():
        try:
            count = services.import_redemptions(
                user=user, municipality=municipality, data=upload_form.cleaned_data["file"].read()
            )
        except services.RedemptionFileInvalid as invalid:
            errors = invalid.errors
        else:
            messages.success(request, _("%(count)s vouchers redeemed.") % {"count": count})
            return redirect("aid:vouchers")
    return render(
        request,
        "aid/voucher_list.html",
        {
            "vouchers": selectors.vouchers_for(municipality=municipality)[:200]
            if municipality
            else [],
            "redeem_form": redeem_form,
            "upload_form": upload_form,
            "errors": errors,
        },
    )
