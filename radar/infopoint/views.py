"""Info point pages. Thin: parse input, call a selector or service, render."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpRequest, HttpResponse, HttpResponseBadRequest
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from radar.core.editing import save_edit
from radar.core.htmx import require_casework
from radar.core.ids import parse_id
from radar.households.models import LifeDomain
from radar.infopoint import selectors, services
from radar.infopoint.forms import SessionForm

DETAIL = "infopoint/session_detail.html"


def _neighbourhoods(user) -> list[str]:
    return list(
        selectors.visible_sessions(user)
        .order_by("neighbourhood")
        .values_list("neighbourhood", flat=True)
        .distinct()[:100]
    )


@require_casework
def session_list(request: HttpRequest) -> HttpResponse:
    sessions = selectors.list_sessions_for(user=request.user)[:100]
    return render(
        request,
        "infopoint/session_list.html",
        {"sessions": sessions, "today": timezone.localdate()},
    )


@require_casework
@require_http_methods(["GET", "POST"])
def session_new(request: HttpRequest) -> HttpResponse:
    form = SessionForm(
        request.POST or None,
        user=request.user,
        initial={"held_on": timezone.localdate(), "staff": [request.user]},
    )
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            session = services.create_session(
                user=request.user,
                team=data["team"],
                held_on=data["held_on"],
                start_time=data["start_time"],
                end_time=data["end_time"],
                neighbourhood=data["neighbourhood"],
                location=data["location"],
                staff=data["staff"],
                notes=data["notes"],
            )
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("The session is saved. Count visitors and questions here."))
            return redirect("infopoint:detail", pk=session.pk)
    return render(
        request,
        "infopoint/session_form.html",
        {"form": form, "neighbourhoods": _neighbourhoods(request.user)},
    )


@require_casework
@require_http_methods(["GET", "POST"])
def session_edit(request: HttpRequest, pk: int) -> HttpResponse:
    session = selectors.get_session_for(user=request.user, session_id=pk)
    form = SessionForm(
        request.POST or None,
        user=request.user,
        instance=session,
        initial={"staff": session.staff.all(), "version": session.version},
    )
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        if save_edit(
            form,
            instance=session,
            save=lambda version: services.update_session(
                user=request.user,
                session=session,
                staff=data["staff"],
                expected_version=version,
                **{f: data[f] for f in services.EDITABLE_FIELDS},
            ),
        ):
            messages.success(request, _("The session is saved."))
            return redirect("infopoint:detail", pk=session.pk)
    return render(
        request,
        "infopoint/session_form.html",
        {
            "form": form,
            "session": session,
            "summary": selectors.session_summary(user=request.user, session=session),
            "neighbourhoods": _neighbourhoods(request.user),
        },
    )


@require_casework
def session_detail(request: HttpRequest, pk: int) -> HttpResponse:
    session = selectors.get_session_for(user=request.user, session_id=pk)
    return render(
        request,
        DETAIL,
        {
            "session": session,
            "summary": selectors.session_summary(user=request.user, session=session),
            "staff": session.staff.order_by("first_name", "username"),
        },
    )


@require_casework
@require_POST
def session_count(request: HttpRequest, pk: int) -> HttpResponse:
    """One tap on a +1 (or -1) button: a visitor, or a question about a life domain.
    htmx gets the counters back; without JavaScript the page reloads."""
    session = selectors.get_session_for(user=request.user, session_id=pk)
    try:
        by = int(request.POST.get("by", "1"))
    except ValueError:
        by = 0
    if by not in services.ALLOWED_STEPS:
        return HttpResponseBadRequest(_("Count by one."))
    what = request.POST.get("what", "")
    if what == "visitor":
        services.count_visitor(user=request.user, session=session, by=by)
    elif what == "question":
        domain = get_object_or_404(LifeDomain, pk=parse_id(request.POST.get("domain")) or 0)
        services.count_question(user=request.user, session=session, domain=domain, by=by)
    else:
        return HttpResponseBadRequest(_("Count a visitor or a question."))
    if request.htmx:
        session.refresh_from_db(fields=["visitors"])
        return render(
            request,
            f"{DETAIL}#counters",
            {
                "session": session,
                "summary": selectors.session_summary(user=request.user, session=session),
            },
        )
    return redirect("infopoint:detail", pk=session.pk)


def figures(request: HttpRequest) -> HttpResponse:
    """Per neighbourhood over time: team leads (their teams) and policy (counts only)."""
    if not selectors.can_see_figures(request.user):
        raise PermissionDenied
    this_year = timezone.localdate().year
    try:
        year = int(request.GET.get("year", ""))
    except ValueError:
        year = this_year
    if not 2000 <= year <= this_year + 1:
        year = this_year
    context = selectors.neighbourhood_figures(
        user=request.user, year=year, period=request.GET.get("by", "month")
    )
    context["years"] = range(this_year, this_year - 5, -1)
    return render(request, "infopoint/infopoint_figures.html", context)
