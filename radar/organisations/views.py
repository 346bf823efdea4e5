"""Social map pages. Thin: parse input, call a selector or service, render.

Any logged-in user reads the map (it holds no family data); signal figures follow the
rules in selectors; only administrators import.
"""

import io

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from radar.core.spreadsheets import EXCEL_BOM, EXCEL_DELIMITER
from radar.figures.scope import hides_small_counts, teams_in_scope
from radar.organisations import selectors, services, social_map_csv
from radar.organisations.forms import OrganisationSearchForm, SocialMapImportForm
from radar.organisations.models import Organisation


def organisation_list(request: HttpRequest) -> HttpResponse:
    form = OrganisationSearchForm(request.GET or None)
    filters = form.filters()
    organisations = selectors.list_organisations_for(user=request.user, **filters)
    page = Paginator(organisations, 25).get_page(request.GET.get("page"))
    template = "organisations/organisation_list.html"
    if request.htmx:
        template += "#results"
    return render(request, template, {"form": form, "page": page, **filters})


def organisation_detail(request: HttpRequest, organisation_pk: int) -> HttpResponse:
    organisation = selectors.get_organisation_for(
        user=request.user, organisation_id=organisation_pk
    )
    by_month = selectors.signals_by_month_for(user=request.user, organisation=organisation)
    return render(
        request,
        "organisations/organisation_detail.html",
        {
            "organisation": organisation,
            "by_month": by_month,
            "by_year": selectors.signals_by_year_for(user=request.user, organisation=organisation),
            "over_time": selectors.can_see_signals_over_time(request.user),
        },
    )


def channel_signals(request: HttpRequest) -> HttpResponse:
    if not selectors.can_see_channel_figures(request.user):
        raise PermissionDenied
    this_year = timezone.localdate().year
    try:
        year = int(request.GET.get("year", this_year))
    except ValueError:
        year = this_year
    year = min(max(year, 2000), this_year)
    rows = selectors.list_channel_signal_counts_for(user=request.user, year=year)
    return render(
        request,
        "organisations/organisation_channels.html",
        {
            "rows": rows,
            "year": year,
            "years": range(this_year, this_year - 6, -1),
            "never": sum(1 for r in rows if not r.has_signals),
            "hidden": hides_small_counts(request.user),
            "has_scope": teams_in_scope(request.user).exists(),
        },
    )


def social_map_export(request: HttpRequest) -> HttpResponse:
    buffer = io.StringIO()
    buffer.write(EXCEL_BOM)
    social_map_csv.write_social_map(
        buffer,
        selectors.list_organisations_for(user=request.user, include_inactive=True),
        delimiter=EXCEL_DELIMITER,
    )
    response = HttpResponse(buffer.getvalue(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="radar-social-map.csv"'
    return response


@require_http_methods(["GET", "POST"])
def social_map_import(request: HttpRequest) -> HttpResponse:
    if not request.user.is_administrator:
        raise PermissionDenied
    errors: list[social_map_csv.RowError] = []
    result = None
    if request.method == "POST":
        form = SocialMapImportForm(request.POST, request.FILES)
    else:
        form = SocialMapImportForm()
    if form.is_bound and form.is_valid():
        dry_run = form.cleaned_data["dry_run"]
        try:
            result = services.import_social_map(
                user=request.user, data=form.cleaned_data["file"].read(), dry_run=dry_run
            )
        except social_map_csv.SocialMapFileInvalid as invalid:
            errors = invalid.errors
        else:
            if not dry_run:
                messages.success(request, _import_summary(result))
                return redirect("organisations:list")
    return render(
        request,
        "organisations/organisation_import.html",
        {
            "form": form,
            "errors": errors,
            "result": result,
            "columns": social_map_csv.COLUMNS,
            "kinds": Organisation.Kind.choices,
        },
    )


def _import_summary(result: services.ImportResult) -> str:
    o, s, c = result.organisations, result.services, result.contact_persons
    return _(
        "The social map is imported: %(o_new)s new and %(o_changed)s changed organisations, "
        "%(s_new)s new and %(s_changed)s changed services, %(c_new)s new and %(c_changed)s "
        "changed contact persons."
    ) % {
        "o_new": o["created"],
        "o_changed": o["updated"],
        "s_new": s["created"],
        "s_changed": s["updated"],
        "c_new": c["created"],
        "c_changed": c["updated"],
    }
