"""Stories of change (MSC) and policy signals. Thin: parse input, call a selector or
service, render."""

from datetime import date

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from radar.core.htmx import require_casework
from radar.stories import selectors, services
from radar.stories.forms import FeedbackForm, MoveForm, PolicySignalForm, RoundForm, StoryForm
from radar.stories.models import PolicySignalStatus, SelectionRound


def _require_reader(request: HttpRequest) -> None:
    if not selectors.may_read(request.user):
        raise PermissionDenied


def _pdf(request: HttpRequest, template: str, context: dict, filename: str) -> HttpResponse:
    try:
        from weasyprint import HTML
    except (ImportError, OSError):
        return HttpResponse(
            _(
                "The PDF cannot be made on this server: WeasyPrint or its system libraries "
                "(pango) are missing. Ask the administrator to install them."
            ),
            status=503,
            content_type="text/plain; charset=utf-8",
        )
    html = render_to_string(template, context, request=request)
    pdf = HTML(string=html, base_url=request.build_absolute_uri("/")).write_pdf()
    response = HttpResponse(pdf, content_type="application/pdf")
    response["Content-Disposition"] = f'inline; filename="{filename}"'
    return response


# Stories of change.


def story_list(request: HttpRequest) -> HttpResponse:
    _require_reader(request)
    return render(
        request,
        "stories/story_list.html",
        {
            "stories": selectors.visible_stories(request.user).select_related("domain")[:200],
            "rounds": selectors.visible_rounds(request.user)[:50],
            "is_committee": selectors.is_committee(request.user),
            "year": timezone.localdate().year,
        },
    )


@require_casework
@require_http_methods(["GET", "POST"])
def story_new(request: HttpRequest) -> HttpResponse:
    form = StoryForm(
        request.POST or None, user=request.user, initial={"told_on": timezone.localdate()}
    )
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            story = services.record_story(user=request.user, **data)
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("The story is saved."))
            return redirect("stories:detail", pk=story.pk)
    return render(request, "stories/story_form.html", {"form": form})


def story_detail(request: HttpRequest, pk: int) -> HttpResponse:
    _require_reader(request)
    story = selectors.get_story_for(user=request.user, story_id=pk)
    today = timezone.localdate()
    return render(
        request,
        "stories/story_detail.html",
        {
            "story": story,
            "is_committee": selectors.is_committee(request.user),
            "feedback_form": FeedbackForm(initial={"given_on": today}),
        },
    )


@require_casework
@require_POST
def story_feedback(request: HttpRequest, pk: int) -> HttpResponse:
    story = selectors.get_story_for(user=request.user, story_id=pk)
    form = FeedbackForm(request.POST)
    if form.is_valid():
        try:
            services.give_feedback(user=request.user, story=story, **form.cleaned_data)
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
        else:
            messages.success(request, _("The feedback is saved."))
    else:
        messages.error(request, _("Give the date and what was told to the teller."))
    return redirect("stories:detail", pk=story.pk)


@require_casework
@require_POST
def story_verify(request: HttpRequest, pk: int) -> HttpResponse:
    story = selectors.get_story_for(user=request.user, story_id=pk)
    note = request.POST.get("verification_note", "")
    try:
        verified_on = date.fromisoformat(request.POST.get("verified_on", ""))
    except ValueError:
        verified_on = timezone.localdate()
    try:
        services.verify_story(user=request.user, story=story, note=note, verified_on=verified_on)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, _("The verification is saved."))
    return redirect("stories:detail", pk=story.pk)


@require_http_methods(["GET", "POST"])
def round_new(request: HttpRequest) -> HttpResponse:
    """A selection round: the team's (casework roles) or the policy committee's."""
    _require_reader(request)
    is_committee = selectors.is_committee(request.user)
    level = SelectionRound.Level.COMMITTEE if is_committee else SelectionRound.Level.TEAM
    stories = list(selectors.selectable_stories(request.user, level))
    form = RoundForm(
        request.POST or None,
        stories=stories,
        teams=None if is_committee else request.user.teams.all(),
        initial={"held_on": timezone.localdate()},
    )
    if request.method == "POST" and form.is_valid():
        try:
            selection_round = services.hold_selection_round(
                user=request.user,
                level=level,
                team=form.cleaned_data.get("team"),
                held_on=form.cleaned_data["held_on"],
                participants=form.cleaned_data["participants"],
                picks=form.picks(),
            )
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("The selection is saved. Tell the tellers."))
            return redirect("stories:round", pk=selection_round.pk)
    return render(
        request,
        "stories/round_form.html",
        {"form": form, "level": level, "stories": stories, "is_committee": is_committee},
    )


def round_detail(request: HttpRequest, pk: int) -> HttpResponse:
    _require_reader(request)
    selection_round = selectors.get_round_for(user=request.user, round_id=pk)
    return render(request, "stories/round_detail.html", {"round": selection_round})


def story_book(request: HttpRequest) -> HttpResponse:
    """The yearly story book (PDF): only stories whose tellers agreed to a public report."""
    _require_reader(request)
    try:
        year = int(request.GET.get("year", ""))
    except ValueError:
        year = timezone.localdate().year
    if not 2000 <= year <= timezone.localdate().year:
        year = timezone.localdate().year
    stories = selectors.story_book(user=request.user, year=year)
    return _pdf(
        request,
        "stories/story_book.html",
        {"stories": stories, "year": year},
        f"stories-{year}.pdf",
    )


# Policy signals.


def policy_signal_list(request: HttpRequest) -> HttpResponse:
    _require_reader(request)
    signals = selectors.visible_policy_signals(request.user).select_related("domain")
    meetings = sorted(
        {d for d in signals.values_list("brought_on", flat=True) if d is not None}, reverse=True
    )
    return render(
        request,
        "stories/policy_signal_list.html",
        {"signals": signals[:200], "meetings": meetings[:20]},
    )


@require_casework
@require_http_methods(["GET", "POST"])
def policy_signal_new(request: HttpRequest) -> HttpResponse:
    form = PolicySignalForm(request.POST or None, user=request.user)
    if request.method == "POST" and form.is_valid():
        try:
            signal = services.note_policy_signal(user=request.user, **form.cleaned_data)
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("The policy signal is noted."))
            return redirect("policy_signals:detail", pk=signal.pk)
    return render(request, "stories/policy_signal_form.html", {"form": form})


def policy_signal_detail(request: HttpRequest, pk: int, form=None) -> HttpResponse:
    _require_reader(request)
    signal = selectors.get_policy_signal_for(user=request.user, signal_id=pk)
    return render(
        request,
        "stories/policy_signal_detail.html",
        {
            "signal": signal,
            "stories": selectors.linked_stories(user=request.user, signal=signal),
            "form": form or MoveForm(signal=signal),
            "is_closed": signal.status == PolicySignalStatus.CHANGE_MADE,
        },
    )


@require_casework
@require_POST
def policy_signal_move(request: HttpRequest, pk: int) -> HttpResponse:
    """The team moves the signal and writes down the committee's answer (the policy
    committee reads it; its own users change nothing)."""
    signal = selectors.get_policy_signal_for(user=request.user, signal_id=pk)
    form = MoveForm(request.POST, signal=signal)
    if form.is_valid():
        try:
            services.move_policy_signal(user=request.user, signal=signal, **form.cleaned_data)
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("The status is changed."))
            return redirect("policy_signals:detail", pk=signal.pk)
    return policy_signal_detail(request, pk, form=form)


def committee_note(request: HttpRequest) -> HttpResponse:
    """The note (PDF) of the policy signals brought to one committee meeting."""
    _require_reader(request)
    try:
        meeting = date.fromisoformat(request.GET.get("meeting", ""))
    except ValueError:
        meeting = timezone.localdate()
    signals = selectors.committee_note(user=request.user, meeting=meeting)
    is_committee = selectors.is_committee(request.user)
    for signal in signals:
        signal.shown_stories = [
            s for s in signal.stories.all() if s.may_share_with_committee or not is_committee
        ]
    return _pdf(
        request,
        "stories/committee_note.html",
        {"signals": signals, "meeting": meeting},
        f"policy-signals-{meeting.isoformat()}.pdf",
    )
