"""The register import page: upload, preview with every problem listed, confirm.

Thin: the checks and the writing are radar.registers.services.import_registers. Between
the preview and the confirmation the workbook waits in the user's session (at most 5 MB),
with its hash in the form, so exactly the previewed file is imported.
"""

import base64
import hashlib

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from radar.accounts.models import Team
from radar.registers import services, workbook
from radar.registers.forms import RegisterUploadForm

SESSION_KEY = "registers_import"


def _teams(user):
    if user.is_administrator:
        return Team.objects.select_related("municipality").order_by("municipality__name", "name")
    return user.teams.select_related("municipality").order_by("name")


def _check(request: HttpRequest):
    if not services.may_import(request.user):
        raise PermissionDenied


@require_http_methods(["GET", "POST"])
def import_page(request: HttpRequest) -> HttpResponse:
    _check(request)
    teams = _teams(request.user)
    context: dict = {"errors": [], "result": None, "token": ""}
    if request.method == "POST" and "token" in request.POST:
        return _confirm(request, teams)
    form = RegisterUploadForm(request.POST or None, request.FILES or None, teams=teams)
    if request.method == "POST" and form.is_valid():
        team = form.cleaned_data["team"]
        data = form.cleaned_data["file"].read()
        try:
            result = services.import_registers(
                user=request.user, data=data, municipality=team.municipality, team=team,
                dry_run=True,
            )  # fmt: skip
        except workbook.RegisterFileInvalid as invalid:
            context["errors"] = invalid.errors
        except services.ImportRefused as refused:
            raise PermissionDenied from refused
        else:
            token = hashlib.sha256(data).hexdigest()
            request.session[SESSION_KEY] = {
                "token": token,
                "team": team.pk,
                "data": base64.b64encode(data).decode("ascii"),
            }
            context.update(result=result.as_dict(), token=token, team=team)
    context["form"] = form
    return render(request, "registers/register_import.html", context)


def _confirm(request: HttpRequest, teams) -> HttpResponse:
    pending = request.session.get(SESSION_KEY) or {}
    team = teams.filter(pk=pending.get("team")).first()
    if not pending or pending.get("token") != request.POST.get("token") or team is None:
        messages.error(request, _("Upload the workbook again: the preview has expired."))
        return redirect("registers:import")
    data = base64.b64decode(pending["data"])
    try:
        result = services.import_registers(
            user=request.user, data=data, municipality=team.municipality, team=team
        )
    except workbook.RegisterFileInvalid as invalid:
        form = RegisterUploadForm(teams=teams)
        return render(
            request,
            "registers/register_import.html",
            {"form": form, "errors": invalid.errors, "result": None, "token": ""},
        )
    del request.session[SESSION_KEY]
    created = result.as_dict()
    messages.success(
        request,
        _(
            "The registers are imported: %(households)s families in outreach, %(aid_only)s "
            "families that only received aid, %(intakes)s intakes, %(aid)s aid and "
            "%(partners)s partners added."
        )
        % {
            "households": created["households"]["created"],
            "aid_only": created["aid_only_families"]["created"],
            "intakes": created["intakes"]["created"],
            "aid": created["aid"]["created"],
            "partners": created["partners"]["created"],
        },
    )
    return redirect("registers:import")


@require_http_methods(["GET"])
def template_download(request: HttpRequest) -> HttpResponse:
    _check(request)
    language = (get_language() or "en")[:2]
    response = HttpResponse(
        workbook.template_workbook(language=language),
        content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    )
    response["Content-Disposition"] = 'attachment; filename="radar-registers.xlsx"'
    return response
