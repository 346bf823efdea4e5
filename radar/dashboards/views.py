from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render

from radar.accounts.models import Role
from radar.dashboards import selectors


def dashboard(request: HttpRequest) -> HttpResponse:
    """The start page: a worker's own families; policy users see figures without names."""
    user = request.user
    if user.does_casework:
        scope = "team" if request.GET.get("scope") == "team" else "mine"
        context = selectors.outreacher_dashboard(user=user, scope=scope)
        return render(request, "dashboards/dashboard.html", context)
    if user.role == Role.POLICY:
        return render(request, "dashboards/figures.html", selectors.municipality_figures(user=user))
    if user.role == Role.PARTNER:
        # A partner starts where its work is: the families shared with it and its referrals.
        return redirect("partner:list")
    return render(request, "dashboards/welcome.html")


def team_dashboard(request: HttpRequest) -> HttpResponse:
    if not (request.user.does_casework and request.user.is_team_lead):
        raise PermissionDenied
    return render(request, "dashboards/team.html", selectors.team_dashboard(user=request.user))
