"""Household pages. Thin: parse input, call a selector or service, render."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from radar.core.editing import confirm_removal, save_edit
from radar.core.htmx import require_casework
from radar.core.ids import parse_id
from radar.households import exports, registry, selectors, services
from radar.households.forms import (
    AssignForm,
    HouseholdForm,
    IntakeForm,
    MemberEditForm,
    MemberForm,
    NeedEditForm,
    NeedForm,
    StatusForm,
)
from radar.households.models import Member, Need, Status


@require_casework
def household_list(request: HttpRequest) -> HttpResponse:
    query = request.GET.get("q", "")
    status = request.GET.get("status", "")
    if status not in Status.values:
        status = ""
    mine = request.GET.get("mine") == "1"
    households = selectors.list_households_for(
        user=request.user, query=query, status=status, mine=mine
    ).order_by("name", "id")
    page = Paginator(households, 25).get_page(request.GET.get("page"))
    context = {
        "page": page,
        "query": query,
        "status": status,
        "mine": mine,
        "statuses": Status.choices,
        "now": timezone.now(),
    }
    template = "households/household_list.html"
    if request.htmx:
        template += "#results"
    return render(request, template, context)


@require_casework
def household_export(request: HttpRequest) -> HttpResponse:
    return exports.households_csv_response(
        user=request.user,
        query=request.GET.get("q", ""),
        status=request.GET.get("status", ""),
        mine=request.GET.get("mine") == "1",
    )


@require_casework
@require_http_methods(["GET", "POST"])
def register_intake(request: HttpRequest) -> HttpResponse:
    duplicates = []
    if request.method == "POST":
        form = IntakeForm(request.POST, user=request.user)
        if form.is_valid():
            data = form.cleaned_data
            if not data["confirmed_new"]:
                duplicates = selectors.find_duplicate_members(
                    user=request.user,
                    first_name=data["first_name"],
                    last_name=data["last_name"],
                    birth_date=data["birth_date"],
                    insz=data["insz"],
                )
            if not duplicates:
                household = services.register_intake(
                    user=request.user,
                    team=data["team"],
                    household_name=data["household_name"],
                    channel=data["channel"],
                    received_on=data["received_on"],
                    reason=data["reason"],
                    signalled_by_organisation=data["signalled_by_organisation"],
                    signalled_by_person=data["signalled_by_person"],
                    # Fields the social map and the info point add (households.registry).
                    organisation=data.get("organisation"),
                    contact_person=data.get("contact_person"),
                    info_point_session=data.get("info_point_session"),
                    is_known_to_ocmw=data["is_known_to_ocmw"],
                    address={k: data[k] for k in ("street", "postcode", "city", "neighbourhood")},
                    members=[
                        {
                            "role": data["role"],
                            "first_name": data["first_name"],
                            "last_name": data["last_name"],
                            "birth_date": data["birth_date"],
                            "insz": data["insz"],
                            "phone": data["phone"],
                            "language": data["language"],
                        }
                    ],
                )
                messages.success(request, _("The family is registered."))
                return redirect("households:detail", pk=household.pk)
            # Show the likely duplicates; the same form, confirmed, continues anyway.
            form.data = form.data.copy()
            form.data["confirmed_new"] = "True"
    else:
        form = IntakeForm(user=request.user, initial=_intake_initial(request))
        if request.htmx and "channel" in request.GET:
            # The channel changed: suggest today's info point session, or none.
            return render(request, "households/household_intake.html#session_field", {"form": form})
    return render(
        request, "households/household_intake.html", {"form": form, "duplicates": duplicates}
    )


def _intake_initial(request: HttpRequest) -> dict:
    """Today, ?channel=<id> (htmx), and what the registered apps prefill (the info point
    session from ?session=<id>: households.registry)."""
    initial = {"received_on": timezone.localdate()}
    if parse_id(request.GET.get("channel")) is not None:
        initial["channel"] = parse_id(request.GET.get("channel"))
    for extension in registry.intake_extensions():
        extension.initial(request, initial)
    return initial


def _dossier_context(household, *, user) -> dict:
    """The household's own part of the dossier; the apps that hang off a household add
    their sections and buttons (households.registry, templatetags/dossier.py)."""
    return {
        "household": household,
        "members": list(household.members.all()),
        "intakes": household.intakes.select_related("channel"),
        "history": household.status_changes.select_related("changed_by"),
        "needs": Need.objects.filter(household=household).select_related("domain"),
        "workers": household.assigned_workers.all(),
        "today": timezone.localdate(),
        "losing_contact_days": selectors.losing_contact_days_for(user=user, household=household),
        "dossier_actions": registry.dossier_actions(),
    }


@require_casework
def household_detail(request: HttpRequest, pk: int) -> HttpResponse:
    household = selectors.get_household_for(user=request.user, household_id=pk)
    return render(
        request, "households/household_detail.html", _dossier_context(household, user=request.user)
    )


@require_casework
def family_page(request: HttpRequest, pk: int) -> HttpResponse:
    """The family's own page: what the apps register for it (the plan, radar.plans)."""
    household = selectors.get_household_for(
        user=request.user, household_id=pk, purpose="family page"
    )
    return render(
        request,
        "households/household_family_page.html",
        {"household": household, "today": timezone.localdate()},
    )


@require_casework
@require_http_methods(["GET", "POST"])
def household_edit(request: HttpRequest, pk: int) -> HttpResponse:
    household = selectors.get_household_for(user=request.user, household_id=pk)
    conflict = None
    if request.method == "POST":
        form = HouseholdForm(request.POST, instance=household)
        if form.is_valid():
            changes = {f: form.cleaned_data[f] for f in services.EDITABLE_FIELDS}
            try:
                services.update_household(
                    user=request.user,
                    household=household,
                    expected_version=form.cleaned_data["version"],
                    **changes,
                )
            except services.ConcurrentEditError:
                household.refresh_from_db()
                conflict = household
                form.add_error(
                    None,
                    _(
                        "Someone else saved this family's details while you were editing. "
                        "Your changes are not saved yet: compare them with the current details "
                        "below, and save again to keep yours."
                    ),
                )
                # A deliberate second save may overwrite: it now starts from the current version.
                form.data = form.data.copy()
                form.data["version"] = household.version
            except ValidationError as error:
                form.add_error(None, error)
            else:
                messages.success(request, _("Saved."))
                return redirect("households:detail", pk=household.pk)
    else:
        form = HouseholdForm(instance=household, initial={"version": household.version})
    return render(
        request,
        "households/household_edit.html",
        {"form": form, "household": household, "conflict": conflict},
    )


@require_casework
@require_http_methods(["GET", "POST"])
def change_status(request: HttpRequest, pk: int) -> HttpResponse:
    household = selectors.get_household_for(user=request.user, household_id=pk)
    form = StatusForm(request.POST or None, household=household)
    if request.method == "POST" and form.is_valid():
        try:
            services.change_status(
                user=request.user,
                household=household,
                to_status=form.cleaned_data["to_status"],
                reason=form.cleaned_data["reason"],
                note=form.cleaned_data["note"],
            )
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("Status changed."))
            return redirect("households:detail", pk=household.pk)
    return render(
        request, "households/household_status.html", {"form": form, "household": household}
    )


@require_casework
@require_http_methods(["GET", "POST"])
def member_add(request: HttpRequest, pk: int) -> HttpResponse:
    household = selectors.get_household_for(user=request.user, household_id=pk)
    form = MemberForm(request.POST or None)
    duplicates = []
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        if request.POST.get("confirmed_new") != "1":
            duplicates = [
                m
                for m in selectors.find_duplicate_members(
                    user=request.user,
                    first_name=data["first_name"],
                    last_name=data["last_name"],
                    birth_date=data["birth_date"],
                    insz=data["insz"],
                )
                if m.household_id != household.pk or data["insz"]
            ]
        if not duplicates:
            services.add_member(user=request.user, household=household, **data)
            messages.success(request, _("Member added."))
            return redirect("households:detail", pk=household.pk)
    return render(
        request,
        "households/member_form.html",
        {"form": form, "household": household, "duplicates": duplicates},
    )


@require_casework
@require_http_methods(["GET", "POST"])
def member_edit(request: HttpRequest, pk: int, member_pk: int) -> HttpResponse:
    household = selectors.get_household_for(user=request.user, household_id=pk)
    member = get_object_or_404(Member, pk=member_pk, household=household)
    form = MemberEditForm(
        request.POST or None, instance=member, initial={"version": member.version}
    )
    if request.method == "POST" and form.is_valid():
        changes = {f: form.cleaned_data[f] for f in services.MEMBER_FIELDS}
        if save_edit(
            form,
            instance=member,
            save=lambda version: services.update_member(
                user=request.user, member=member, expected_version=version, **changes
            ),
        ):
            messages.success(request, _("Saved."))
            return redirect("households:detail", pk=household.pk)
    return render(
        request,
        "households/member_form.html",
        {"form": form, "household": household, "member": member},
    )


@require_casework
@require_http_methods(["GET", "POST"])
def member_remove(request: HttpRequest, pk: int, member_pk: int) -> HttpResponse:
    household = selectors.get_household_for(user=request.user, household_id=pk)
    member = get_object_or_404(Member, pk=member_pk, household=household)
    return confirm_removal(
        request,
        item=member,
        remove=lambda reason, version: services.remove_member(
            user=request.user, member=member, reason=reason, expected_version=version
        ),
        back=reverse("households:detail", args=[household.pk]) + "#members",
        row_id=f"member-{member.pk}",
        row_tag="tr",
        colspan=6,
    )


@require_casework
@require_http_methods(["GET", "POST"])
def need_add(request: HttpRequest, pk: int) -> HttpResponse:
    household = selectors.get_household_for(user=request.user, household_id=pk)
    form = NeedForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        services.add_need(user=request.user, household=household, **form.cleaned_data)
        messages.success(request, _("Need added."))
        return redirect("households:detail", pk=household.pk)
    return render(request, "households/need_form.html", {"form": form, "household": household})


@require_casework
@require_http_methods(["GET", "POST"])
def need_edit(request: HttpRequest, pk: int, need_pk: int) -> HttpResponse:
    household = selectors.get_household_for(user=request.user, household_id=pk)
    need = get_object_or_404(Need, pk=need_pk, household=household)
    form = NeedEditForm(request.POST or None, instance=need, initial={"version": need.version})
    if request.method == "POST" and form.is_valid():
        changes = {f: form.cleaned_data[f] for f in NeedEditForm.Meta.fields}
        if save_edit(
            form,
            instance=need,
            save=lambda version: services.update_need(
                user=request.user, need=need, expected_version=version, **changes
            ),
        ):
            messages.success(request, _("Saved."))
            return redirect(reverse("households:detail", args=[household.pk]) + "#needs")
    return render(
        request, "households/need_form.html", {"form": form, "household": household, "need": need}
    )


@require_casework
@require_http_methods(["GET", "POST"])
def need_remove(request: HttpRequest, pk: int, need_pk: int) -> HttpResponse:
    household = selectors.get_household_for(user=request.user, household_id=pk)
    need = get_object_or_404(Need, pk=need_pk, household=household)
    return confirm_removal(
        request,
        item=need,
        remove=lambda reason, version: services.remove_need(
            user=request.user, need=need, reason=reason, expected_version=version
        ),
        back=reverse("households:detail", args=[household.pk]) + "#needs",
        row_id=f"need-{need.pk}",
        row_tag="tr",
        colspan=5,
    )


@require_casework
@require_POST
def need_state(request: HttpRequest, pk: int, need_pk: int) -> HttpResponse:
    household = selectors.get_household_for(user=request.user, household_id=pk)
    need = get_object_or_404(Need.objects.select_related("domain"), pk=need_pk, household=household)
    try:
        services.set_need_state(user=request.user, need=need, state=request.POST.get("state", ""))
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    if request.htmx:
        return render(
            request,
            "households/dossier_needs.html#need_row",
            {"need": need, "household": household},
        )
    return redirect("households:detail", pk=household.pk)


@require_casework
@require_http_methods(["GET", "POST"])
def assign(request: HttpRequest, pk: int) -> HttpResponse:
    household = selectors.get_household_for(user=request.user, household_id=pk)
    form = AssignForm(
        request.POST or None,
        household=household,
        initial={"workers": household.assigned_workers.all()},
    )
    if request.method == "POST" and form.is_valid():
        services.assign_workers(
            user=request.user, household=household, workers=form.cleaned_data["workers"]
        )
        messages.success(request, _("Saved."))
        return redirect("households:detail", pk=household.pk)
    return render(
        request, "households/household_assign.html", {"form": form, "household": household}
    )
