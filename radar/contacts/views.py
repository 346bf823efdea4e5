from django.contrib import messages
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from radar.contacts import services
from radar.contacts.forms import ContactForm
from radar.contacts.models import ContactMoment
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
