"""The ecogram and case discussion pages. Thin: parse input, call a selector or service,
render. htmx fragments are named partials of the page templates."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.db.models import Prefetch
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from radar.core.editing import save_edit
from radar.core.htmx import require_casework
from radar.households.models import Household
from radar.households.selectors import get_household_for
from radar.network import selectors, services
from radar.network.ecogram import render_ecogram, render_legend
from radar.network.forms import AgreementForm, AgreementStepForm, DiscussionForm, TieForm
from radar.network.models import Agreement, NetworkTie
from radar.plans.models import Goal, Step

ECOGRAM_PAGE = "network/household_network.html"
DISCUSSION_PAGE = "network/discussion_detail.html"


def ecogram_svg(household: Household, members=None):
    """The family's ecogram picture, stored and provided ties together."""
    members = household.members.all() if members is None else members
    return render_ecogram(
        household_name=household.name,
        member_names=[m.first_name for m in members],
        ties=selectors.ties_for(household),
        legend=False,
    )


def _ecogram_context(household: Household, *, form: TieForm) -> dict:
    members = list(household.members.all())
    ties = list(selectors.stored_ties(household))
    return {
        "household": household,
        "svg": ecogram_svg(household, members),
        "legend": render_legend(),
        "ties": [t for t in ties if t.is_active],
        "former_ties": [t for t in ties if not t.is_active],
        "provided_ties": [t for t in selectors.ties_for(household) if t.tie_id is None],
        "form": form,
    }


def _render_editor(request, household, form, *, status=200) -> HttpResponse:
    template = ECOGRAM_PAGE + ("#ecogram_editor" if request.htmx else "")
    return render(request, template, _ecogram_context(household, form=form), status=status)


@require_casework
def ecogram(request: HttpRequest, pk: int) -> HttpResponse:
    household = get_household_for(user=request.user, household_id=pk, purpose="ecogram")
    return render(
        request, ECOGRAM_PAGE, _ecogram_context(household, form=TieForm(household=household))
    )


@require_casework
@require_POST
def tie_add(request: HttpRequest, pk: int) -> HttpResponse:
    household = get_household_for(user=request.user, household_id=pk, purpose="ecogram")
    form = TieForm(request.POST, household=household)
    if form.is_valid():
        try:
            services.add_tie(user=request.user, household=household, **form.cleaned_data)
        except ValidationError as error:
            form.add_error(None, error)
        else:
            if not request.htmx:
                messages.success(request, _("Added to the family's network."))
                return redirect("network:ecogram", pk=household.pk)
            form = TieForm(household=household)
    return _render_editor(request, household, form)


@require_casework
@require_http_methods(["GET", "POST"])
def tie_edit(request: HttpRequest, pk: int, tie_pk: int) -> HttpResponse:
    household = get_household_for(user=request.user, household_id=pk, purpose="ecogram")
    tie = get_object_or_404(NetworkTie, pk=tie_pk, household=household)
    form = TieForm(
        request.POST or None, instance=tie, household=household, initial={"version": tie.version}
    )
    if request.method == "POST" and form.is_valid():
        changes = {field: form.cleaned_data[field] for field in services.TIE_FIELDS}
        if save_edit(
            form,
            instance=tie,
            save=lambda version: services.update_tie(
                user=request.user, tie=tie, expected_version=version, **changes
            ),
        ):
            messages.success(request, _("Saved."))
            return redirect("network:ecogram", pk=household.pk)
    return render(
        request, "network/tie_form.html", {"form": form, "household": household, "tie": tie}
    )


@require_casework
@require_POST
def tie_remove(request: HttpRequest, pk: int, tie_pk: int) -> HttpResponse:
    household = get_household_for(user=request.user, household_id=pk, purpose="ecogram")
    tie = get_object_or_404(NetworkTie, pk=tie_pk, household=household)
    services.remove_tie(user=request.user, tie=tie)
    if request.htmx:
        return _render_editor(request, household, TieForm(household=household))
    messages.success(request, _("Removed from the family's network."))
    return redirect("network:ecogram", pk=household.pk)


@require_casework
def discussion_list(request: HttpRequest) -> HttpResponse:
    discussions = selectors.list_discussions_for(user=request.user)
    page = Paginator(discussions, 25).get_page(request.GET.get("page"))
    show_team = request.user.teams.count() > 1
    return render(request, "network/discussion_list.html", {"page": page, "show_team": show_team})


@require_casework
@require_http_methods(["GET", "POST"])
def discussion_add(request: HttpRequest) -> HttpResponse:
    if request.method == "POST":
        form = DiscussionForm(request.POST, user=request.user)
        if form.is_valid():
            data = form.cleaned_data
            try:
                discussion = services.record_discussion(user=request.user, **data)
            except ValidationError as error:
                form.add_error(None, error)
            else:
                messages.success(
                    request, _("Case discussion saved. Now write down the agreements.")
                )
                return redirect("network:discussion_detail", discussion_pk=discussion.pk)
    else:
        form = DiscussionForm(
            user=request.user,
            initial={
                "held_on": timezone.localdate(),
                "households": request.GET.getlist("household"),
                "participants": [request.user.pk],
            },
        )
    return render(request, "network/discussion_form.html", {"form": form})


def _discussion_context(discussion, *, agreement_form) -> dict:
    households = list(
        discussion.households.order_by("name", "id").prefetch_related(
            Prefetch("goals", queryset=Goal.objects.select_related("domain"))
        )
    )
    goals = {h.pk: list(h.goals.all()) for h in households}
    agreements = list(
        discussion.agreements.select_related("household", "owner", "step").order_by(
            "household__name", "id"
        )
    )
    for agreement in agreements:
        agreement.goal_choices = goals.get(agreement.household_id, [])
    return {
        "discussion": discussion,
        "households": households,
        "participants": discussion.participants.all(),
        "agreements": agreements,
        "agreement_form": agreement_form,
        "owner_choices": Step.Owner.choices,
    }


@require_casework
def discussion_detail(request: HttpRequest, discussion_pk: int) -> HttpResponse:
    discussion = selectors.get_discussion_for(user=request.user, discussion_id=discussion_pk)
    form = AgreementForm(discussion=discussion)
    return render(
        request,
        DISCUSSION_PAGE,
        _discussion_context(discussion, agreement_form=form),
    )


@require_casework
@require_POST
def agreement_add(request: HttpRequest, discussion_pk: int) -> HttpResponse:
    discussion = selectors.get_discussion_for(
        user=request.user, discussion_id=discussion_pk, log=False
    )
    form = AgreementForm(request.POST, discussion=discussion)
    if form.is_valid():
        try:
            services.add_agreement(user=request.user, discussion=discussion, **form.cleaned_data)
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("Agreement written down."))
            url = reverse("network:discussion_detail", kwargs={"discussion_pk": discussion.pk})
            return redirect(url + "#agreements")
    return render(
        request,
        DISCUSSION_PAGE,
        _discussion_context(discussion, agreement_form=form),
    )


@require_casework
@require_http_methods(["GET", "POST"])
def agreement_step(request: HttpRequest, pk: int, agreement_pk: int) -> HttpResponse:
    household = get_household_for(user=request.user, household_id=pk, purpose="case discussion")
    agreement = get_object_or_404(
        Agreement.objects.select_related("discussion", "owner", "step"),
        pk=agreement_pk,
        household=household,
    )
    form = AgreementStepForm(
        request.POST or None, household=household, initial={"title": agreement.text}
    )
    if request.method == "POST" and form.is_valid():
        try:
            services.turn_agreement_into_step(
                user=request.user,
                agreement=agreement,
                goal=form.cleaned_data["goal"],
                title=form.cleaned_data["title"],
                owner=form.cleaned_data["owner"] or Step.Owner.OUTREACHER,
            )
        except ValidationError as error:
            form.add_error(None, error)
        else:
            if not request.htmx:
                messages.success(request, _("The agreement is now a step in the family's plan."))
                return redirect("network:discussion_detail", discussion_pk=agreement.discussion_id)
    if request.method == "POST" and request.htmx:
        agreement = Agreement.objects.select_related("household", "owner", "step").get(
            pk=agreement.pk
        )
        agreement.goal_choices = list(form.fields["goal"].queryset)
        errors = [message for messages_ in form.errors.values() for message in messages_]
        return render(
            request,
            DISCUSSION_PAGE + "#agreement_row",
            {"agreement": agreement, "step_error": " ".join(errors)},
        )
    return render(
        request,
        "network/agreement_step_form.html",
        {"form": form, "household": household, "agreement": agreement},
    )
