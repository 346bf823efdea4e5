from django.contrib import messages
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from radar.contacts import services
from radar.contacts.forms import ContactEditForm, ContactForm
from radar.contacts.models import ContactMoment
from radar.core.editing import confirm_removal, save_edit
from radar.core.htmx import require_casework
from radar.households.selectors import get_household_for


@require_casework
@require_http_methods(["GET", "POST"])
def contact_add(request: HttpRequest, pk: int) -> HttpResponse:
    household = get_household_for(user=request.user, household_id=pk)
    initial = {"occurred_at": timezone.localtime().replace(second=0, microsecond=0)}
    if request.GET.get("type"):
        initial["contact_type"] = request.GET["type"]
    form = ContactForm(request.POST or None, household=household, initial=initial)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            services.record_contact(
                user=request.user,
                household=household,
                contact_type=data["contact_type"],
                occurred_at=data["occurred_at"],
                is_reached=data["is_reached"],
                place=data["place"],
                duration_minutes=data["duration_minutes"],
                participants=data["participants"],
                other_participants=data["other_participants"],
                note=data["note"],
            )
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(
                request,
                _("Contact saved.") if data["is_reached"] else _("Attempt saved: keep trying."),
            )
            return redirect("households:detail", pk=household.pk)
    return render(
        request, "contacts/contactmoment_form.html", {"form": form, "household": household}
    )


@require_casework
def contact_list(request: HttpRequest, pk: int) -> HttpResponse:
    household = get_household_for(user=request.user, household_id=pk)
    contacts = (
        ContactMoment.objects.filter(household=household)
        .select_related("contact_type", "worker")
        .prefetch_related("participants")
    )
    page = Paginator(contacts, 50).get_page(request.GET.get("page"))
    return render(
        request, "contacts/contactmoment_list.html", {"household": household, "page": page}
    )


@require_casework
@require_http_methods(["GET", "POST"])
def contact_edit(request: HttpRequest, pk: int, contact_pk: int) -> HttpResponse:
    household = get_household_for(user=request.user, household_id=pk)
    contact = get_object_or_404(ContactMoment, pk=contact_pk, household=household)
    form = ContactEditForm(
        request.POST or None,
        household=household,
        instance=contact,
        initial={"version": contact.version},
    )
    if request.method == "POST" and form.is_valid():
        changes = {f: form.cleaned_data[f] for f in services.CONTACT_FIELDS}
        if save_edit(
            form,
            instance=contact,
            save=lambda version: services.correct_contact(
                user=request.user,
                contact=contact,
                expected_version=version,
                participants=form.cleaned_data["participants"],
                **changes,
            ),
        ):
            messages.success(request, _("Saved."))
            return redirect(reverse("households:detail", args=[household.pk]) + "#contacts")
    return render(
        request,
        "contacts/contactmoment_form.html",
        {"form": form, "household": household, "contact": contact},
    )


@require_casework
@require_http_methods(["GET", "POST"])
def contact_remove(request: HttpRequest, pk: int, contact_pk: int) -> HttpResponse:
    household = get_household_for(user=request.user, household_id=pk)
    contact = get_object_or_404(ContactMoment, pk=contact_pk, household=household)
    return confirm_removal(
        request,
        item=contact,
        remove=lambda reason, version: services.remove_contact(
            user=request.user, contact=contact, reason=reason, expected_version=version
        ),
        back=reverse("households:detail", args=[household.pk]) + "#contacts",
        row_id=f"contact-{contact.pk}",
    )
