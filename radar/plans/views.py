from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from radar.core.editing import confirm_removal, save_edit
from radar.core.htmx import require_casework
from radar.households.selectors import get_household_for
from radar.plans import services
from radar.plans.forms import GoalEditForm, GoalForm, StepEditForm, StepForm
from radar.plans.models import Goal, Step


@require_casework
@require_http_methods(["GET", "POST"])
def goal_add(request: HttpRequest, pk: int) -> HttpResponse:
    household = get_household_for(user=request.user, household_id=pk)
    form = GoalForm(request.POST or None, initial={"domain": request.GET.get("domain")})
    if request.method == "POST" and form.is_valid():
        goal = services.add_goal(user=request.user, household=household, **form.cleaned_data)
        messages.success(request, _("Goal added. Now add the first small step."))
        return redirect("plans:step_add", pk=household.pk, goal_pk=goal.pk)
    return render(request, "plans/goal_form.html", {"form": form, "household": household})


@require_casework
@require_http_methods(["GET", "POST"])
def step_add(request: HttpRequest, pk: int, goal_pk: int) -> HttpResponse:
    household = get_household_for(user=request.user, household_id=pk)
    goal = get_object_or_404(Goal, pk=goal_pk, household=household)
    form = StepForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        services.add_step(user=request.user, goal=goal, **form.cleaned_data)
        messages.success(request, _("Step added."))
        if "add_another" in request.POST:
            return redirect("plans:step_add", pk=household.pk, goal_pk=goal.pk)
        return redirect("households:detail", pk=household.pk)
    return render(
        request, "plans/step_form.html", {"form": form, "household": household, "goal": goal}
    )


@require_casework
@require_POST
def step_toggle(request: HttpRequest, pk: int, step_pk: int) -> HttpResponse:
    household = get_household_for(user=request.user, household_id=pk)
    step = get_object_or_404(Step, pk=step_pk, household=household)
    step = services.mark_step(user=request.user, step=step, is_done=not step.is_done)
    if request.htmx:
        return render(
            request,
            "plans/dossier_plan.html#step_row",
            {"step": step, "household": household, "today": timezone.localdate()},
        )
    return redirect("households:detail", pk=household.pk)


@require_casework
@require_POST
def goal_toggle(request: HttpRequest, pk: int, goal_pk: int) -> HttpResponse:
    household = get_household_for(user=request.user, household_id=pk)
    goal = get_object_or_404(Goal, pk=goal_pk, household=household)
    services.mark_goal_achieved(user=request.user, goal=goal, is_achieved=not goal.is_achieved)
    return redirect("households:detail", pk=household.pk)


def _plan(household) -> str:
    return reverse("households:detail", args=[household.pk]) + "#plan"


@require_casework
@require_http_methods(["GET", "POST"])
def goal_edit(request: HttpRequest, pk: int, goal_pk: int) -> HttpResponse:
    household = get_household_for(user=request.user, household_id=pk)
    goal = get_object_or_404(Goal, pk=goal_pk, household=household)
    form = GoalEditForm(request.POST or None, instance=goal, initial={"version": goal.version})
    if request.method == "POST" and form.is_valid():
        changes = {f: form.cleaned_data[f] for f in services.GOAL_FIELDS}
        if save_edit(
            form,
            instance=goal,
            save=lambda version: services.update_goal(
                user=request.user, goal=goal, expected_version=version, **changes
            ),
        ):
            messages.success(request, _("Saved."))
            return redirect(_plan(household))
    return render(
        request, "plans/goal_form.html", {"form": form, "household": household, "goal": goal}
    )


@require_casework
@require_http_methods(["GET", "POST"])
def goal_remove(request: HttpRequest, pk: int, goal_pk: int) -> HttpResponse:
    household = get_household_for(user=request.user, household_id=pk)
    goal = get_object_or_404(Goal, pk=goal_pk, household=household)
    return confirm_removal(
        request,
        item=goal,
        remove=lambda reason, version: services.remove_goal(
            user=request.user, goal=goal, reason=reason, expected_version=version
        ),
        back=_plan(household),
        row_id=f"goal-{goal.pk}",
        row_tag="article",
    )


@require_casework
@require_http_methods(["GET", "POST"])
def step_edit(request: HttpRequest, pk: int, step_pk: int) -> HttpResponse:
    household = get_household_for(user=request.user, household_id=pk)
    step = get_object_or_404(Step.objects.select_related("goal"), pk=step_pk, household=household)
    form = StepEditForm(request.POST or None, instance=step, initial={"version": step.version})
    if request.method == "POST" and form.is_valid():
        changes = {f: form.cleaned_data[f] for f in services.STEP_FIELDS}
        if save_edit(
            form,
            instance=step,
            save=lambda version: services.update_step(
                user=request.user, step=step, expected_version=version, **changes
            ),
        ):
            messages.success(request, _("Saved."))
            return redirect(_plan(household))
    return render(
        request,
        "plans/step_form.html",
        {"form": form, "household": household, "goal": step.goal, "step": step},
    )


@require_casework
@require_http_methods(["GET", "POST"])
def step_remove(request: HttpRequest, pk: int, step_pk: int) -> HttpResponse:
    household = get_household_for(user=request.user, household_id=pk)
    step = get_object_or_404(Step, pk=step_pk, household=household)
    return confirm_removal(
        request,
        item=step,
        remove=lambda reason, version: services.remove_step(
            user=request.user, step=step, reason=reason, expected_version=version
        ),
        back=_plan(household),
        row_id=f"step-{step.pk}",
    )
