"""Rights pages: the family's rights, its facts, the follow-up, the printable list, the
quick check at the info point, the caseload overview and the non-take-up figures.
Thin: parse input, call a selector or service, render."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from radar.accounts.models import Role
from radar.core import jobs
from radar.core.htmx import require_casework
from radar.households import selectors as household_selectors
from radar.infopoint import selectors as infopoint_selectors
from radar.rights import engine, facts, labels, selectors, services
from radar.rights.exchange import MEMBER, SITUATION, InvalidSituation
from radar.rights.forms import FollowUpForm, QuickCheckForm
from radar.rights.models import FollowUpStatus, NonTakeUpType

PAGE = "rights/household_rights.html"


def _get_household(request: HttpRequest, pk: int, purpose: str = "rights"):
    return household_selectors.get_household_for(
        user=request.user, household_id=pk, purpose=purpose
    )


def _page_context(household, **extra) -> dict:
    context = selectors.household_rights(household=household)
    context.update(
        household=household,
        statuses=FollowUpStatus,
        non_take_up_types=NonTakeUpType.choices,
        today=timezone.localdate(),
        **extra,
    )
    return context


@require_casework
def household_rights(request: HttpRequest, pk: int) -> HttpResponse:
    household = _get_household(request, pk)
    template = PAGE + "#results" if request.htmx else PAGE
    return render(request, template, _page_context(household))


def _answer_values(request: HttpRequest) -> dict:
    values = {key: request.POST.get(key, "") for key in request.POST if key.startswith("amount_")}
    values.update(
        value=request.POST.get("value", ""),
        values=request.POST.getlist("values"),
        none=request.POST.get("none") == "1",
    )
    return values


@require_casework
@require_http_methods(["GET", "POST"])
def household_facts(request: HttpRequest, pk: int) -> HttpResponse:
    """GET: every fact of the dossier, one small form each (step by step). POST: one answer;
    from htmx, the re-rendered results of the rights page."""
    household = _get_household(request, pk)
    if request.method == "POST":
        path = request.POST.get("path", "")
        error = ""
        try:
            services.answer_fact(
                user=request.user,
                household=household,
                path=path,
                form_values=_answer_values(request),
            )
        except ValidationError as invalid:
            error = " ".join(invalid.messages)
        if request.htmx and request.POST.get("next") != "facts":
            context = _page_context(household, answer_error=error, answered=path)
            return render(request, PAGE + "#results", context)
        if error:
            messages.error(request, error)
        else:
            messages.success(request, _("Saved."))
        if request.POST.get("next") == "facts":
            return redirect(reverse("rights:facts", args=[household.pk]) + "#f-" + _slug(path))
        return redirect("rights:household", pk=household.pk)
    return render(
        request,
        "rights/household_facts.html",
        {"household": household, "sections": _fact_sections(household)},
    )


def _slug(path: str) -> str:
    return "".join(c if c.isalnum() else "-" for c in path)


def _fact_sections(household) -> list[tuple[str, list]]:
    """(title, questions with their current value) for the household and each member."""
    members = list(household.members.all())
    situation = facts.situation_for(household, members=members)
    names = facts.member_names(members)
    sections = []
    household_paths = [p for p in facts.leaf_paths(SITUATION) if p != "municipality"]
    sections.append((_("The household"), _questions(household_paths, situation, names, "")))
    by_id = {m["id"]: m for m in situation["members"]}
    for member in members:
        if member.is_unborn:
            continue
        mid = facts.member_id(member)
        paths = [f"members[{mid}].{p}" for p in facts.leaf_paths(MEMBER)]
        if member.birth_date is not None:
            paths.remove(f"members[{mid}].age")
        sections.append((member.full_name, _questions(paths, by_id.get(mid, {}), names, mid)))
    return sections


def _questions(paths, data, names, mid) -> list:
    questions = []
    for path in paths:
        question = selectors.question_for(path, names)
        if question is None:
            continue
        rest = facts.split_path(path)[1] if mid else path
        question.current = facts.get_in(data, rest)
        question.member = ""
        questions.append(question)
    return questions


@require_casework
@require_POST
def follow_up(request: HttpRequest, pk: int) -> HttpResponse:
    household = _get_household(request, pk)
    form = FollowUpForm(request.POST)
    if form.is_valid():
        data = form.cleaned_data
        try:
            services.follow_up_right(
                user=request.user,
                household=household,
                right_id=data["right_id"],
                to_status=data["to_status"],
                on=data["on"],
                where=data["where"],
                reason=data["reason"],
                non_take_up_type=data["non_take_up_type"],
                note=data["note"],
            )
        except ValidationError as invalid:
            messages.error(request, " ".join(invalid.messages))
        else:
            messages.success(request, _("Follow-up saved."))
    else:
        problems = " ".join(str(m) for errors in form.errors.values() for m in errors)
        messages.error(
            request, _("The follow-up could not be saved: %(problems)s") % {"problems": problems}
        )
    anchor = "#right-" + _slug(request.POST.get("right_id", ""))
    return redirect(reverse("rights:household", args=[household.pk]) + anchor)


@require_casework
def household_print(request: HttpRequest, pk: int) -> HttpResponse:
    """The plain-language list for the family: what they may be entitled to, where to go,
    what to bring."""
    household = _get_household(request, pk, purpose="rights list for the family")
    context = selectors.household_rights(household=household)
    context["household"] = household
    context["for_family"] = [r for r in context["results"] if r.is_for_the_family]
    return render(request, "rights/household_print.html", context)


@require_casework
@require_http_methods(["GET", "POST"])
def quick_check(request: HttpRequest) -> HttpResponse:
    """The info point's anonymous check: results on the same page, nothing stored (only a
    count per day and team, and per info point session with ?session=<id>: 404 when the
    session is not of the user's teams). With the person's agreement, go on to the intake."""
    session = None
    if "session" in request.GET:
        session = infopoint_selectors.get_session_for(
            user=request.user, session_id=request.GET["session"]
        )
    form = QuickCheckForm(request.POST or None)
    result = None
    if request.method == "POST" and form.is_valid():
        services.count_quick_check(
            team=session.team if session else request.user.teams.order_by("pk").first(),
            session=session,
        )
        if form.cleaned_data["agrees_to_register"]:
            messages.info(
                request,
                _("Register the family with the facts you just checked; they were not stored."),
            )
            intake = reverse("households:intake")
            return redirect(f"{intake}?session={session.pk}" if session else intake)
        try:
            evaluated = engine.evaluate(form.situation(), translate=_)
        except InvalidSituation as invalid:
            for path, problems in invalid.errors.items():
                form.add_error(None, f"{path}: {' '.join(problems)}")
        else:
            result = _quick_results(evaluated)
    return render(
        request, "rights/quick_check.html", {"form": form, "result": result, "session": session}
    )


def _quick_results(evaluated: dict) -> dict:
    from radar.rights.catalogue import RIGHTS

    results = []
    for right_id, outcome in evaluated["rights"].items():
        domain = RIGHTS[right_id].domain if right_id in RIGHTS else "other"
        missing = []
        for path in outcome["missing"]:
            rest = path.split("].", 1)[-1]
            label = labels.fact_name(rest)
            if label not in missing:
                missing.append(label)
        results.append(
            selectors.RightResult(
                id=right_id,
                name=str(labels.right_name(right_id)),
                domain=domain,
                status=outcome["status"],
                result=outcome,
                reasons=outcome["reasons"],
                missing=missing,
                members=[],
            )
        )
    order = {"eligible": 0, "to_assess": 1, "unknown": 2, "not_eligible": 3}
    results.sort(key=lambda r: order.get(r.status, 4))
    return {"results": results, "reference_date": evaluated["reference_date"]}


@require_casework
def overview(request: HttpRequest) -> HttpResponse:
    """The caseload's possible rights not yet received (last screening) and applications
    waiting for an answer."""
    mine = request.GET.get("scope") != "team"
    households = household_selectors.visible_households(request.user)
    if mine:
        households = households.filter(assigned_workers=request.user)
    possible = selectors.possible_rights_not_received(user=request.user, mine=mine)
    return render(
        request,
        "rights/rights_overview.html",
        {
            "mine": mine,
            "possible": list(possible[:200]),
            "possible_count": possible.count(),
            "waiting": list(selectors.applications_waiting(households=households)[:100]),
            "answer_days": selectors.answer_days(),
            "today": timezone.localdate(),
        },
    )


def figures(request: HttpRequest) -> HttpResponse:
    """Non-take-up figures: team leads (their teams) and policy (counts only, small hidden)."""
    user = request.user
    if not ((user.does_casework and user.is_team_lead) or user.role == Role.POLICY):
        raise PermissionDenied
    return render(request, "rights/rights_figures.html", selectors.non_take_up_figures(user=user))


@require_http_methods(["GET", "POST"])
def screening(request: HttpRequest) -> HttpResponse:
    """A team lead's screening of their teams' caseloads: start one (a background job), see
    its progress (htmx polls ?team=<id>) and the last run. Counts only, no names."""
    user = request.user
    if not (user.does_casework and user.is_team_lead):
        raise PermissionDenied
    teams = list(user.teams.order_by("name"))
    if request.method == "POST":
        team = next((t for t in teams if str(t.pk) == request.POST.get("team")), None)
        if team is None:
            raise PermissionDenied
        try:
            services.start_screening(user=user, team=team)
        except (services.ScreeningRefused, jobs.JobAlreadyRunning) as refused:
            messages.error(request, " ".join(refused.messages))
        return redirect(f"{reverse('rights:screening')}#screening-{team.pk}")
    if request.htmx and "team" in request.GET:
        team = next((t for t in teams if str(t.pk) == request.GET["team"]), None)
        if team is None:
            raise PermissionDenied
        row = selectors.screening_of(team=team)
        return render(request, "rights/screening.html#team_screening", {"row": row})
    return render(
        request,
        "rights/screening.html",
        {"rows": [selectors.screening_of(team=team) for team in teams]},
    )
