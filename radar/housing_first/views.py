"""Housing First pages. Thin: parse input, call a selector or service, render."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from radar.accounts.models import Role
from radar.core import audit
from radar.core.forms import add_service_error
from radar.core.htmx import require_casework
from radar.core.services import ConcurrentEditError
from radar.figures.scope import hides_small_counts
from radar.households import selectors as household_selectors
from radar.housing_first import figures, selectors, services
from radar.housing_first.forms import (
    AgendaForm,
    AttendanceForm,
    CandidacyForm,
    CandidacyMoveForm,
    DecisionForm,
    MeetingForm,
    TenancyEventForm,
    TenancyForm,
)

STALE = _("Somebody else changed this since you opened it: reload the page and try again.")


def _household(request, pk, *, log: bool = False):
    """The family (the access layer); its read is logged by the candidacy or tenancy read
    that follows, or here (`log`) on a page that reads neither."""
    return household_selectors.get_household_for(
        user=request.user, household_id=pk, purpose=services.PURPOSE, log=log
    )


# -- Overview and figures --------------------------------------------------------------------


@require_casework
@require_GET
def index(request: HttpRequest) -> HttpResponse:
    """The team's Housing First work: candidacies, tenancies and the commissions."""
    return render(
        request,
        "housing_first/index.html",
        {
            "candidacies": selectors.list_candidacies_for(user=request.user).order_by(
                "status", "-id"
            ),
            "tenancies": selectors.list_tenancies_for(user=request.user),
            "commissions": selectors.visible_commissions(request.user),
        },
    )


@require_GET
def figures_page(request: HttpRequest) -> HttpResponse:
    """Retention, outcomes and the commission's year: team leads (their teams, exact) and
    policy (small counts hidden)."""
    if request.user.role not in (Role.TEAM_LEAD, Role.POLICY):
        raise PermissionDenied
    today = timezone.localdate()
    try:
        year = int(request.GET.get("year", today.year))
    except ValueError:
        year = today.year
    year = min(max(year, 2000), today.year)
    return render(
        request,
        "housing_first/figures.html",
        {
            "as_of": today,
            "year": year,
            "retention": figures.retention_for(request.user, as_of=today),
            "outcomes": figures.outcomes_for(request.user, as_of=today),
            "commission_year": figures.commission_year_for(request.user, year=year),
            "hidden": hides_small_counts(request.user),
            "left_labels": [(r, label) for r, label in figures.left_choices()],
        },
    )


# -- The candidacy ---------------------------------------------------------------------------


@require_casework
@require_http_methods(["GET", "POST"])
def candidacy_new(request: HttpRequest, pk: int) -> HttpResponse:
    household = _household(request, pk, log=True)
    form = CandidacyForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            candidacy = services.prepare_candidacy(
                user=request.user, household=household, **form.cleaned_data
            )
        except ValidationError as error:
            add_service_error(form, error)
        else:
            messages.success(request, _("Candidacy started."))
            return redirect("housing_first:candidacy", pk=household.pk, candidacy_pk=candidacy.pk)
    return render(
        request,
        "housing_first/candidacy_form.html",
        {"form": form, "household": household, "title": _("Prepare a candidacy")},
    )


@require_casework
@require_GET
def candidacy_detail(request: HttpRequest, pk: int, candidacy_pk: int) -> HttpResponse:
    household = _household(request, pk)
    candidacy = selectors.get_candidacy_for(
        user=request.user, candidacy_id=candidacy_pk, household=household
    )
    return render(
        request,
        "housing_first/candidacy_detail.html",
        {
            "household": household,
            "candidacy": candidacy,
            "move_form": CandidacyMoveForm(),
            "actions": candidacy.allowed_next_statuses(),
        },
    )


@require_casework
@require_http_methods(["GET", "POST"])
def candidacy_edit(request: HttpRequest, pk: int, candidacy_pk: int) -> HttpResponse:
    household = _household(request, pk)
    candidacy = selectors.get_candidacy_for(
        user=request.user, candidacy_id=candidacy_pk, household=household
    )
    form = CandidacyForm(request.POST or None, instance=candidacy,
                         initial={"version": candidacy.version})  # fmt: skip
    if request.method == "POST" and form.is_valid():
        data = {k: v for k, v in form.cleaned_data.items() if k != "version"}
        try:
            services.update_candidacy(
                user=request.user, candidacy=candidacy, data=data,
                expected_version=form.cleaned_data.get("version"),
            )  # fmt: skip
        except ConcurrentEditError:
            form.add_error(None, STALE)
        except ValidationError as error:
            add_service_error(form, error)
        else:
            messages.success(request, _("Saved."))
            return redirect("housing_first:candidacy", pk=household.pk, candidacy_pk=candidacy.pk)
    return render(
        request,
        "housing_first/candidacy_form.html",
        {"form": form, "household": household, "candidacy": candidacy,
         "title": _("The candidacy")},
    )  # fmt: skip


@require_casework
@require_POST
def candidacy_move(request: HttpRequest, pk: int, candidacy_pk: int) -> HttpResponse:
    household = _household(request, pk)
    candidacy = selectors.get_candidacy_for(
        user=request.user, candidacy_id=candidacy_pk, household=household
    )
    form = CandidacyMoveForm(request.POST)
    if form.is_valid():
        try:
            services.move_candidacy(user=request.user, candidacy=candidacy, **form.cleaned_data)
        except ValidationError as error:
            add_service_error(form, error)
        else:
            messages.success(request, _("Saved."))
            return redirect("housing_first:candidacy", pk=household.pk, candidacy_pk=candidacy.pk)
    return render(
        request,
        "housing_first/candidacy_detail.html",
        {"household": household, "candidacy": candidacy, "move_form": form,
         "actions": candidacy.allowed_next_statuses()},
        status=422,
    )  # fmt: skip


# -- The commission --------------------------------------------------------------------------


@require_casework
@require_http_methods(["GET", "POST"])
def commission_detail(request: HttpRequest, commission_pk: int) -> HttpResponse:
    """The commission's members and meetings; plan a meeting."""
    commission = selectors.get_commission_for(user=request.user, commission_id=commission_pk)
    form = MeetingForm(request.POST or None, initial={"held_on": timezone.localdate()})
    if request.method == "POST" and form.is_valid():
        try:
            meeting = services.plan_meeting(
                user=request.user, commission=commission, **form.cleaned_data
            )
        except ValidationError as error:
            add_service_error(form, error)
        else:
            messages.success(request, _("Meeting planned."))
            return redirect("housing_first:meeting", meeting_pk=meeting.pk)
    return render(
        request,
        "housing_first/commission_detail.html",
        {
            "commission": commission,
            "members": commission.members.all(),
            "meetings": commission.meetings.all(),
            "form": form,
        },
    )


def _meeting_context(request, meeting, **forms) -> dict:
    items = list(meeting.items.all())
    return {
        "meeting": meeting,
        "items": items,
        "members": list(meeting.commission.members.all()),
        "present": {m.pk for m in meeting.present.all()},
        "agenda_form": forms.get("agenda_form")
        or AgendaForm(
            candidacies=selectors.submitted_candidacies_for(
                user=request.user, commission=meeting.commission
            ).exclude(items__meeting=meeting)
        ),
        "attendance_form": forms.get("attendance_form")
        or AttendanceForm(meeting=meeting, initial={"present": list(meeting.present.all())}),
        "decision_forms": {
            item.pk: (
                forms.get("decision_form")
                if forms.get("decision_item") == item.pk
                else DecisionForm(meeting=meeting, prefix=f"item{item.pk}")
            )
            for item in items
            if not item.decision
        },
    }


@require_casework
@require_GET
def meeting_detail(request: HttpRequest, meeting_pk: int) -> HttpResponse:
    meeting = selectors.get_meeting_for(user=request.user, meeting_id=meeting_pk)
    return render(request, "housing_first/meeting_detail.html", _meeting_context(request, meeting))


@require_casework
@require_POST
def meeting_agenda(request: HttpRequest, meeting_pk: int) -> HttpResponse:
    meeting = selectors.get_meeting_for(user=request.user, meeting_id=meeting_pk)
    form = AgendaForm(
        request.POST,
        candidacies=selectors.submitted_candidacies_for(
            user=request.user, commission=meeting.commission
        ),
    )
    if form.is_valid():
        try:
            services.put_on_agenda(
                user=request.user, meeting=meeting, candidacy=form.cleaned_data["candidacy"]
            )
        except ValidationError as error:
            add_service_error(form, error)
        else:
            messages.success(request, _("On the agenda."))
            return redirect("housing_first:meeting", meeting_pk=meeting.pk)
    meeting = selectors.get_meeting_for(user=request.user, meeting_id=meeting_pk, log=False)
    return render(request, "housing_first/meeting_detail.html",
                  _meeting_context(request, meeting, agenda_form=form), status=422)  # fmt: skip


@require_casework
@require_POST
def meeting_attendance(request: HttpRequest, meeting_pk: int) -> HttpResponse:
    meeting = selectors.get_meeting_for(user=request.user, meeting_id=meeting_pk)
    form = AttendanceForm(request.POST, meeting=meeting)
    if form.is_valid():
        services.record_attendance(
            user=request.user, meeting=meeting, present=form.cleaned_data["present"]
        )
        messages.success(request, _("Attendance saved."))
        return redirect("housing_first:meeting", meeting_pk=meeting.pk)
    return render(request, "housing_first/meeting_detail.html",
                  _meeting_context(request, meeting, attendance_form=form), status=422)  # fmt: skip


@require_casework
@require_POST
def meeting_decide(request: HttpRequest, meeting_pk: int, item_pk: int) -> HttpResponse:
    meeting = selectors.get_meeting_for(user=request.user, meeting_id=meeting_pk)
    item = next((i for i in meeting.items.all() if i.pk == item_pk), None)
    if item is None:
        raise selectors.MeetingNotFound(_("No such item on this meeting's agenda."))
    form = DecisionForm(request.POST, meeting=meeting, prefix=f"item{item.pk}")
    if form.is_valid():
        try:
            services.decide_candidacy(user=request.user, item=item, **form.cleaned_data)
        except ValidationError as error:
            add_service_error(form, error)
        else:
            messages.success(request, _("Decision saved."))
            return redirect("housing_first:meeting", meeting_pk=meeting.pk)
    meeting = selectors.get_meeting_for(user=request.user, meeting_id=meeting_pk, log=False)
    context = _meeting_context(request, meeting, decision_form=form, decision_item=item.pk)
    return render(request, "housing_first/meeting_detail.html", context, status=422)


def minutes_html(meeting) -> str:
    """The minutes of a meeting (from get_meeting_for) as HTML, in the commission's
    language: the family's name where the commission agreed to it, initials otherwise."""
    items = list(meeting.items.all())
    for item in items:
        name = item.candidacy.household.name
        item.shown_name = name if item.name_agreed else selectors.initials(name)
    with translation.override(meeting.commission.language):
        return render_to_string(
            "housing_first/minutes.html",
            {
                "meeting": meeting,
                "items": items,
                "members": list(meeting.commission.members.all()),
                "present": {m.pk for m in meeting.present.all()},
                "today": timezone.localdate(),
            },
        )


@require_casework
@require_GET
def meeting_minutes(request: HttpRequest, meeting_pk: int) -> HttpResponse:
    """The minutes as a PDF in the commission's language; a family's name only where the
    commission agreed, initials otherwise. 503 when WeasyPrint's libraries are missing."""
    meeting = selectors.get_meeting_for(user=request.user, meeting_id=meeting_pk)
    try:
        from weasyprint import HTML
    except (ImportError, OSError):
        return HttpResponse(
            _("The PDF cannot be made on this server: WeasyPrint or its system libraries "
              "(pango) are missing. Ask the administrator to install them."),
            status=503,
            content_type="text/plain; charset=utf-8",
        )  # fmt: skip
    html = minutes_html(meeting)
    pdf = HTML(string=html, base_url=request.build_absolute_uri("/")).write_pdf()
    audit.record(
        user=request.user,
        action=audit.Action.EXPORT,
        obj=meeting,
        purpose="housing first minutes",
        detail={"language": meeting.commission.language},
    )
    response = HttpResponse(pdf, content_type="application/pdf")
    response["Content-Disposition"] = f'inline; filename="minutes-{meeting.pk}.pdf"'
    return response


# -- The tenancy -----------------------------------------------------------------------------


@require_casework
@require_http_methods(["GET", "POST"])
def tenancy_new(request: HttpRequest, pk: int) -> HttpResponse:
    household = _household(request, pk, log=True)
    admitted = next((c for c in selectors.candidacies_of(household) if c.is_admitted), None)
    form = TenancyForm(request.POST or None, initial={"start_on": timezone.localdate()})
    if request.method == "POST" and form.is_valid():
        try:
            tenancy = services.start_tenancy(
                user=request.user, household=household, candidacy=admitted,
                **form.service_data(),
            )  # fmt: skip
        except ValidationError as error:
            add_service_error(form, error)
        else:
            messages.success(request, _("Tenancy recorded."))
            return redirect("housing_first:tenancy", pk=household.pk, tenancy_pk=tenancy.pk)
    return render(
        request,
        "housing_first/tenancy_form.html",
        {"form": form, "household": household, "title": _("Record a tenancy")},
    )


@require_casework
@require_GET
def tenancy_detail(request: HttpRequest, pk: int, tenancy_pk: int) -> HttpResponse:
    household = _household(request, pk)
    tenancy = selectors.get_tenancy_for(
        user=request.user, tenancy_id=tenancy_pk, household=household
    )
    return render(
        request,
        "housing_first/tenancy_detail.html",
        {"household": household, "tenancy": tenancy, "event_form": TenancyEventForm(
            initial={"occurred_on": timezone.localdate()})},
    )  # fmt: skip


@require_casework
@require_http_methods(["GET", "POST"])
def tenancy_edit(request: HttpRequest, pk: int, tenancy_pk: int) -> HttpResponse:
    """Correct the tenancy, or record how and when the family left."""
    household = _household(request, pk)
    tenancy = selectors.get_tenancy_for(
        user=request.user, tenancy_id=tenancy_pk, household=household
    )
    form = TenancyForm(request.POST or None, instance=tenancy,
                       initial={"version": tenancy.version})  # fmt: skip
    if request.method == "POST" and form.is_valid():
        try:
            services.update_tenancy(
                user=request.user, tenancy=tenancy, data=form.service_data(),
                expected_version=form.cleaned_data.get("version"),
            )  # fmt: skip
        except ConcurrentEditError:
            form.add_error(None, STALE)
        except ValidationError as error:
            add_service_error(form, error)
        else:
            messages.success(request, _("Saved."))
            return redirect("housing_first:tenancy", pk=household.pk, tenancy_pk=tenancy.pk)
    return render(
        request,
        "housing_first/tenancy_form.html",
        {"form": form, "household": household, "tenancy": tenancy, "title": _("The tenancy")},
    )


@require_casework
@require_POST
def tenancy_event(request: HttpRequest, pk: int, tenancy_pk: int) -> HttpResponse:
    household = _household(request, pk)
    tenancy = selectors.get_tenancy_for(
        user=request.user, tenancy_id=tenancy_pk, household=household
    )
    form = TenancyEventForm(request.POST)
    if form.is_valid():
        try:
            services.record_tenancy_event(user=request.user, tenancy=tenancy, **form.cleaned_data)
        except ValidationError as error:
            add_service_error(form, error)
        else:
            messages.success(request, _("Saved."))
            return redirect("housing_first:tenancy", pk=household.pk, tenancy_pk=tenancy.pk)
    return render(
        request,
        "housing_first/tenancy_detail.html",
        {"household": household, "tenancy": tenancy, "event_form": form},
        status=422,
    )
