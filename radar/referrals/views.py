"""Referral pages. Thin: parse input, call a selector or service, render."""

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from radar.core import audit
from radar.core.htmx import require_casework
from radar.core.ids import parse_id
from radar.households import selectors as household_selectors
from radar.households.models import Need
from radar.referrals import selectors, services
from radar.referrals.forms import ACTION_FORMS, LeadPartnerForm, ReferralForm, move_arguments
from radar.referrals.models import ReferralStatus

LETTER_LANGUAGES = ("nl", "fr", "en")
# Free-text member languages, as workers write them, to a letter language.
_LANGUAGE_NAMES = {
    "nl": "nl", "nederlands": "nl", "dutch": "nl", "vlaams": "nl", "néerlandais": "nl",
    "fr": "fr", "frans": "fr", "french": "fr", "français": "fr", "francais": "fr",
    "en": "en", "engels": "en", "english": "en", "anglais": "en",
}  # fmt: skip


def letter_language(members, user) -> str:
    """The family's language for the letter: the first member's language if it is nl, fr or
    en (written as a code or a name), else the user's own language."""
    for member in members:
        code = _LANGUAGE_NAMES.get((member.language or "").strip().lower())
        if code in LETTER_LANGUAGES:
            return code
    return user.language if user.language in LETTER_LANGUAGES else "nl"


@require_casework
def referral_list(request: HttpRequest, pk: int) -> HttpResponse:
    household = household_selectors.get_household_for(user=request.user, household_id=pk)
    return render(
        request,
        "referrals/referral_list.html",
        {
            "household": household,
            "referrals": selectors.referrals_of(household),
            "awaiting": list(
                selectors.referrals_awaiting_first_contact(request.user, households=household)
            ),
            "lead_partners": selectors.lead_partners_of(household),
        },
    )


@require_casework
@require_http_methods(["GET", "POST"])
def referral_new(request: HttpRequest, pk: int) -> HttpResponse:
    household = household_selectors.get_household_for(user=request.user, household_id=pk)
    need = None
    need_id = parse_id(request.GET.get("need") or request.POST.get("need"))
    if need_id is not None:
        need = get_object_or_404(Need.objects.select_related("domain"), pk=need_id,
                                 household=household)  # fmt: skip
    # The social map searched by the need's life domain; any active organisation is valid.
    searching_by_domain = request.method == "GET" and request.GET.get("all") != "1"
    domain = need.domain if need is not None and searching_by_domain else None
    form = ReferralForm(
        request.POST or None, household=household, domain=domain, initial={"need": need}
    )
    if request.method == "POST" and form.is_valid():
        try:
            referral = services.refer_household(
                user=request.user, household=household, **form.cleaned_data
            )
        except services.ReferralError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("Referral proposed."))
            return redirect("referrals:detail", pk=household.pk, referral_pk=referral.pk)
    return render(
        request,
        "referrals/referral_form.html",
        {"form": form, "household": household, "need": need, "by_domain": domain is not None},
    )


def _detail_context(household, referral, *, forms=None) -> dict:
    forms = forms or {}
    actions = [
        (status, ReferralStatus(status).label, forms.get(status) or ACTION_FORMS[status]())
        for status in referral.allowed_next_statuses()
    ]
    return {"household": household, "referral": referral, "actions": actions}


@require_casework
def referral_detail(request: HttpRequest, pk: int, referral_pk: int) -> HttpResponse:
    household = household_selectors.get_household_for(user=request.user, household_id=pk)
    referral = selectors.get_referral_for(household=household, referral_id=referral_pk)
    return render(request, "referrals/referral_detail.html", _detail_context(household, referral))


@require_casework
@require_POST
def referral_move(request: HttpRequest, pk: int, referral_pk: int) -> HttpResponse:
    """One status action; htmx gets the status panel back (#referral_status)."""
    household = household_selectors.get_household_for(user=request.user, household_id=pk)
    referral = selectors.get_referral_for(household=household, referral_id=referral_pk)
    to_status = request.POST.get("to_status", "")
    forms = {}
    form_class = ACTION_FORMS.get(to_status)
    error = None
    if form_class is None:
        error = _("Choose a status action.")
    else:
        form = form_class(request.POST)
        if form.is_valid():
            try:
                services.move_referral(
                    user=request.user,
                    referral=referral,
                    to_status=to_status,
                    **move_arguments(form.cleaned_data),
                )
            except services.ReferralError as e:
                error = " ".join(e.messages)
        else:
            forms[to_status] = form
            error = _("Check the fields of this action.")
    if error is None and not request.htmx:
        messages.success(request, _("Saved."))
        return redirect("referrals:detail", pk=household.pk, referral_pk=referral.pk)
    referral = selectors.get_referral_for(household=household, referral_id=referral_pk)
    context = _detail_context(household, referral, forms=forms)
    context["error"] = error
    template = "referrals/referral_detail.html"
    if request.htmx:
        template += "#referral_status"
    return render(request, template, context, status=200 if error is None else 422)


@require_casework
def referral_letter(request: HttpRequest, pk: int, referral_pk: int) -> HttpResponse:
    """The referral letter as a PDF, for a partner without a login, in the family's language.

    Answers 503 when WeasyPrint's system libraries (pango) are missing."""
    household = household_selectors.get_household_for(user=request.user, household_id=pk)
    referral = selectors.get_referral_for(household=household, referral_id=referral_pk)
    try:
        from weasyprint import HTML
    except (ImportError, OSError):
        return HttpResponse(
            _("The PDF cannot be made on this server: WeasyPrint or its system libraries "
              "(pango) are missing. Ask the administrator to install them."),
            status=503,
            content_type="text/plain; charset=utf-8",
        )  # fmt: skip
    members = list(household.members.all())
    language = letter_language(members, request.user)
    with translation.override(language):
        html = render_to_string(
            "referrals/referral_letter.html",
            {
                "household": household,
                "referral": referral,
                "parents": [m for m in members if m.role != "child"],
                "worker": request.user,
                "today": timezone.localdate(),
                "language": language,
            },
        )
    pdf = HTML(string=html, base_url=request.build_absolute_uri("/")).write_pdf()
    audit.record(
        user=request.user,
        action=audit.Action.EXPORT,
        obj=referral,
        purpose="referral letter",
        detail={"language": language},
    )
    response = HttpResponse(pdf, content_type="application/pdf")
    response["Content-Disposition"] = f'inline; filename="referral-{referral.pk}.pdf"'
    return response


@require_casework
@require_http_methods(["GET", "POST"])
def lead_partner(request: HttpRequest, pk: int) -> HttpResponse:
    household = household_selectors.get_household_for(user=request.user, household_id=pk)
    form = LeadPartnerForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.set_lead_partner(user=request.user, household=household, **form.cleaned_data)
        except services.ReferralError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("Lead partner saved."))
            return redirect("households:detail", pk=household.pk)
    return render(
        request,
        "referrals/lead_partner_form.html",
        {
            "form": form,
            "household": household,
            "lead_partners": selectors.lead_partners_of(household),
        },
    )
