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
from radar.consents.forms import ConsentForm, HandoverNoteForm, PartnerSignalForm
from radar.consents.models import Category, Consent
from radar.core.htmx import require_casework
from radar.households.selectors import get_household_for
from radar.referrals import services as referral_services
from radar.referrals.forms import ACTION_FORMS, move_arguments
from radar.referrals.models import PARTNER_REFERRAL_TRANSITIONS

PARTNER_PAGE_SIZE = 25
PARTNER_PURPOSE = "partner"


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
    open_referrals = selectors.referrals_for_partner(request.user).filter(
        status__in=selectors.PARTNER_OPEN_REFERRAL_STATUSES
    )[:PARTNER_PAGE_SIZE]
    return render(
        request,
        "consents/partner_list.html",
        {"page": page, "views": views, "open_referrals": open_referrals},
    )


@require_partner
@require_GET
def partner_detail(request: HttpRequest, pk: int) -> HttpResponse:
    view = selectors.get_partner_household_for(user=request.user, household_id=pk)
    referrals = selectors.referrals_for_partner(request.user).filter(household_id=view.household_id)
    return render(request, "consents/partner_detail.html", {"view": view, "referrals": referrals})


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


# A referral addressed to the partner's organisation, under an active consent. The partner
# takes the steps of PARTNER_REFERRAL_TRANSITIONS through the worker's service
# (referrals.services.move_referral) and adds hand-over notes.

NOTE_ACTION = "note"
PARTNER_ACTION_FORMS = {**ACTION_FORMS, NOTE_ACTION: HandoverNoteForm}


def _partner_referral_context(user, referral, categories, forms=None, error=None) -> dict:
    forms = forms or {}
    own = user.organisation_id
    show_notes = Category.NOTES in categories
    history = [
        {
            "at": event.changed_at,
            "from": event.get_from_status_display() if event.from_status else "",
            "to": event.get_to_status_display(),
            "is_note": event.is_note,
            "note": event.note
            if show_notes
            or (event.changed_by is not None and event.changed_by.organisation_id == own)
            else "",
        }
        for event in referral.events.select_related("changed_by")
    ]
    actions = [
        (status, label, forms.get(status) or ACTION_FORMS[status]())
        for status, label in PARTNER_REFERRAL_TRANSITIONS.choices_from(referral.status)
    ]
    return {
        "referral": referral,
        "categories": categories,
        "show_name": Category.CONTACT_DETAILS in categories,
        "show_need": Category.NEEDS in categories and referral.need_id is not None,
        "show_notes": show_notes,
        "history": history,
        "actions": actions,
        "note_form": forms.get(NOTE_ACTION) or HandoverNoteForm(),
        "error": error,
    }


@require_partner
@require_GET
def partner_referral(request: HttpRequest, pk: int) -> HttpResponse:
    referral, categories = selectors.get_partner_referral_for(user=request.user, referral_id=pk)
    context = _partner_referral_context(request.user, referral, categories)
    return render(request, "consents/partner_referral.html", context)


@require_partner
@require_POST
def partner_referral_status(request: HttpRequest, pk: int) -> HttpResponse:
    """One status action or a hand-over note, through the referral services."""
    referral, _categories = selectors.get_partner_referral_for(
        user=request.user, referral_id=pk, log=False
    )
    action = request.POST.get("action", "")
    form_class = PARTNER_ACTION_FORMS.get(action)
    forms = {}
    error = None
    if form_class is None:
        error = _("Choose a status action.")
    else:
        form = form_class(request.POST)
        if not form.is_valid():
            forms[action] = form
            error = _("Check the fields of this action.")
        else:
            try:
                if action == NOTE_ACTION:
                    referral_services.add_handover_note(
                        user=request.user,
                        referral=referral,
                        note=form.cleaned_data["note"],
                        purpose=PARTNER_PURPOSE,
                    )
                else:
                    referral_services.move_referral(
                        user=request.user,
                        referral=referral,
                        to_status=action,
                        transitions=PARTNER_REFERRAL_TRANSITIONS,
                        purpose=PARTNER_PURPOSE,
                        **move_arguments(form.cleaned_data),
                    )
            except referral_services.ReferralError as e:
                error = " ".join(e.messages)
    if error is None:
        messages.success(request, _("Saved."))
        return redirect("partner:referral", pk=referral.pk)
    # The page comes back with the error: that is a read, logged once.
    referral, categories = selectors.get_partner_referral_for(user=request.user, referral_id=pk)
    context = _partner_referral_context(request.user, referral, categories, forms, error)
    return render(request, "consents/partner_referral.html", context, status=422)
