"""Consent pages on the dossier (casework) and the partner's own pages. Thin."""

from functools import wraps

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from radar.accounts.models import Role
from radar.consents import selectors, services
from radar.consents.forms import ConsentForm, PartnerSignalForm
from radar.consents.models import Consent
from radar.core.htmx import require_casework
from radar.households.selectors import get_household_for

PARTNER_PAGE_SIZE = 25


def require_partner(view):
    """Only partner users reach the partner pages; everybody else gets 403 before any lookup.

    What a partner then sees is decided by radar.consents.selectors alone.
    """

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        user = request.user
        if not (user.is_authenticated and user.is_active and user.role == Role.PARTNER):
            raise PermissionDenied
        return view(request, *args, **kwargs)

    return wrapper


# Casework: the consents of one family.


@require_casework
@require_GET
def consent_list(request: HttpRequest, pk: int) -> HttpResponse:
    household = get_household_for(user=request.user, household_id=pk)
    consents = household.consents.select_related("organisation", "recorded_by", "withdrawn_by")
    return render(
        request,
        "consents/consent_list.html",
        {"household": household, "consents": consents, "today": timezone.localdate()},
    )


@require_casework
@require_http_methods(["GET", "POST"])
def consent_record(request: HttpRequest, pk: int) -> HttpResponse:
    household = get_household_for(user=request.user, household_id=pk)
    form = ConsentForm(request.POST or None, initial={"valid_from": timezone.localdate()})
    if request.method == "POST" and form.is_valid():
        try:
            services.record_consent(user=request.user, household=household, **form.cleaned_data)
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("Consent recorded."))
            return redirect("consents:list", pk=household.pk)
    return render(request, "consents/consent_form.html", {"form": form, "household": household})


@require_casework
@require_POST
def consent_withdraw(request: HttpRequest, pk: int, consent_pk: int) -> HttpResponse:
    household = get_household_for(user=request.user, household_id=pk)
    consent = get_object_or_404(Consent, pk=consent_pk, household=household)
    try:
        services.withdraw_consent(user=request.user, consent=consent)
    except ValidationError:
        messages.info(request, _("This consent was already withdrawn."))
    else:
        messages.success(request, _("Consent withdrawn: the organisation no longer sees it."))
    return redirect("consents:list", pk=household.pk)


# Partner pages.


@require_partner
@require_GET
def partner_list(request: HttpRequest) -> HttpResponse:
    page = Paginator(selectors.partner_households(request.user), PARTNER_PAGE_SIZE).get_page(
        request.GET.get("page")
    )
    views = selectors.list_partner_households_for(user=request.user, households=page.object_list)
    return render(request, "consents/partner_list.html", {"page": page, "views": views})


@require_partner
@require_GET
def partner_detail(request: HttpRequest, pk: int) -> HttpResponse:
    view = selectors.get_partner_household_for(user=request.user, household_id=pk)
    return render(request, "consents/partner_detail.html", {"view": view})


@require_partner
@require_GET
def partner_signal_list(request: HttpRequest) -> HttpResponse:
    signals = selectors.list_partner_signals_for(request.user)
    return render(request, "consents/partner_signal_list.html", {"signals": signals})


@require_partner
@require_http_methods(["GET", "POST"])
def partner_signal_new(request: HttpRequest) -> HttpResponse:
    form = PartnerSignalForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        if not selectors.is_partner(request.user):
            raise PermissionDenied
        try:
            services.signal_family(user=request.user, **form.cleaned_data)
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("Thank you: the outreach team received your signal."))
            return redirect("partner:signals")
    return render(request, "consents/partner_signal_form.html", {"form": form})
