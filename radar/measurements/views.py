"""Measurement pages. Thin: parse input, call a selector or service, render."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from radar.core.htmx import require_casework
from radar.core.ids import parse_id
from radar.households import selectors as household_selectors
from radar.measurements import selectors, services
from radar.measurements.dossier import charts_for
from radar.measurements.forms import AssessmentForm
from radar.measurements.models import Criterion

DEFAULT_INSTRUMENT = "zrm2017"


@require_casework
def household_measurements(request: HttpRequest, pk: int) -> HttpResponse:
    household = household_selectors.get_household_for(user=request.user, household_id=pk)
    return render(
        request,
        "measurements/household_measurements.html",
        {
            "household": household,
            "charts": charts_for(household, plain=False, prefix="radar"),
            "instruments": selectors.active_instruments(),
        },
    )


def _attach_criteria(instrument) -> None:
    language = (get_language() or "nl")[:2]
    by_domain: dict[int, list] = {}
    for criterion in Criterion.objects.filter(domain__instrument=instrument, language=language):
        by_domain.setdefault(criterion.domain_id, []).append(criterion)
    for domain in instrument.domains.all():
        domain.criteria_here = by_domain.get(domain.pk, [])


@require_casework
@require_http_methods(["GET", "POST"])
def assessment_add(request: HttpRequest, pk: int) -> HttpResponse:
    household = household_selectors.get_household_for(user=request.user, household_id=pk)
    code = request.POST.get("instrument") or request.GET.get("instrument") or DEFAULT_INSTRUMENT
    instrument = selectors.get_instrument(code) or selectors.get_instrument(DEFAULT_INSTRUMENT)
    if instrument is None:
        raise PermissionDenied
    _attach_criteria(instrument)
    form = AssessmentForm(
        request.POST or None,
        instrument=instrument,
        household=household,
        initial={"assessed_on": timezone.localdate()},
    )
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        member_id = data.get("member")
        member = household.members.filter(pk=member_id).first() if member_id else None
        try:
            services.record_assessment(
                user=request.user,
                household=household,
                instrument=instrument,
                assessed_on=data["assessed_on"],
                member=member,
                scores=form.scores("level"),
                family_scores=form.scores("family"),
                notes=form.notes(),
                note=data["note"],
            )
        except ValidationError as error:
            for field, problems in error.message_dict.items():
                form.add_error(field if field in form.fields else None, problems)
        else:
            messages.success(request, _("The assessment is saved."))
            return redirect("measurements:household", pk=household.pk)
    return render(
        request,
        "measurements/assessment_form.html",
        {
            "household": household,
            "form": form,
            "instrument": instrument,
            "instruments": selectors.active_instruments(),
        },
    )


def figures(request: HttpRequest) -> HttpResponse:
    """Change over T0/T1 pairs per domain: team leads (their teams) and policy (counts
    only, small ones hidden)."""
    if not selectors.can_see_figures(request.user):
        raise PermissionDenied
    instruments = list(selectors.active_instruments())
    code = request.GET.get("instrument", DEFAULT_INSTRUMENT)
    instrument = next((i for i in instruments if i.code == code), None) or next(
        (i for i in instruments if i.code == DEFAULT_INSTRUMENT), None
    )
    if instrument is None:
        raise PermissionDenied
    team_id = (parse_id(request.GET["team"]) or 0) if request.GET.get("team") else None
    context = selectors.change_figures(user=request.user, instrument=instrument, team_id=team_id)
    context.update(
        {
            "instruments": instruments,
            "teams": selectors.teams_for_figures(request.user),
            "team_id": team_id,
        }
    )
    return render(request, "measurements/measurement_figures.html", context)


@require_casework
@require_http_methods(["GET", "POST"])
def work_steps(request: HttpRequest, pk: int) -> HttpResponse:
    """Tag the steps of the family's plan as steps towards work (seed 004)."""
    from radar.measurements.models import WorkStep
    from radar.organisations.models import Organisation

    household = household_selectors.get_household_for(user=request.user, household_id=pk)
    if request.method == "POST":
        step = get_object_or_404(household.steps.all(), pk=parse_id(request.POST.get("step")) or 0)
        organisation = None
        if request.POST.get("organisation"):
            organisation = get_object_or_404(
                Organisation, pk=parse_id(request.POST["organisation"]) or 0
            )
        try:
            services.tag_work_step(
                user=request.user,
                step=step,
                kind=request.POST.get("kind", ""),
                organisation=organisation,
            )
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
        else:
            messages.success(request, _("The step is saved."))
        return redirect("measurements:work_steps", pk=household.pk)
    tags = {w.step_id: w for w in WorkStep.objects.filter(step__household=household)}
    steps = list(household.steps.select_related("goal").order_by("is_done", "due_on", "id"))
    for step in steps:
        tag = tags.get(step.pk)
        step.work_kind = tag.kind if tag else ""
        step.work_organisation_id = tag.organisation_id if tag else None
    return render(
        request,
        "measurements/work_steps.html",
        {
            "household": household,
            "steps": steps,
            "kinds": WorkStep.Kind.choices,
            "organisations": Organisation.objects.filter(is_active=True).order_by("name")[:500],
        },
    )
