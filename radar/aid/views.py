"""Material aid pages. Thin: parse input, call a selector or service, render."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from radar.aid import selectors, services
from radar.aid.forms import GiveAidForm
from radar.core.htmx import require_casework
from radar.households import selectors as household_selectors


@require_casework
@require_http_methods(["GET", "POST"])
def give(request: HttpRequest, pk: int) -> HttpResponse:
    household = household_selectors.get_household_for(user=request.user, household_id=pk)
    municipality = services.municipality_of(household)
    form = GiveAidForm(
        request.POST or None,
        aid_types=selectors.catalogue_for(municipality),
        household=household,
        initial={"given_on": timezone.localdate()},
    )
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            services.give_aid(
                user=request.user,
                recipient=services.recipient_for_household(household=household),
                aid_type=data["aid_type"],
                given_on=data["given_on"],
                count=data["count"],
                amount_cents=data["amount"],
                member=data["member"],
                note=data["note"],
            )
        except ValidationError as error:
            if hasattr(error, "error_dict"):
                for field, errors in error.error_dict.items():
                    form.add_error(field if field in form.fields else None, errors)
            else:
                form.add_error(None, error)
        else:
            messages.success(request, _("Aid recorded."))
            return redirect("households:detail", pk=household.pk)
    return render(
        request,
        "aid/aid_give.html",
        {"form": form, "household": household, "aid_given": selectors.aid_of(household)[:20]},
    )


@require_http_methods(["GET"])
def budget(request: HttpRequest) -> HttpResponse:
    """The budget lines of the user's municipality this year: team leads and policy."""
    user = request.user
    if not ((user.does_casework and user.is_team_lead) or user.role == "policy"):
        raise PermissionDenied
    try:
        year = int(request.GET.get("year") or timezone.localdate().year)
    except ValueError:
        year = timezone.localdate().year
    year = min(max(year, 2000), 2100)
    return render(
        request,
        "aid/budget_list.html",
        {"lines": selectors.budget_lines_for(user=user, year=year), "year": year},
    )
