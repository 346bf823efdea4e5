from django.db import connection
from django.http import HttpRequest, HttpResponse, HttpResponseServerError, JsonResponse
from django.shortcuts import render
from django.template import loader
from django.utils.html import format_html
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views import defaults
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET


@never_cache
@require_GET
def healthz(request: HttpRequest) -> JsonResponse:
    """200 when the database answers, 503 otherwise. No personal data.

    Served by radar.core.middleware.HealthCheckMiddleware before sessions and authentication
    (which read the database); the URL stays for reverse() and the access matrix."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except Exception:  # noqa: BLE001 - any database failure means unhealthy
        return JsonResponse({"status": "error", "database": "unavailable"}, status=503)
    return JsonResponse({"status": "ok", "database": "ok"})


def page_not_found(request: HttpRequest, exception: Exception | None = None):
    """handler404: Radar's 404 page; under /api/ the API's JSON answer, like every other
    refusal of the API (a URL the resolver does not match, such as `/api/referrals/²/`)."""
    if request.path.startswith("/api/"):
        return JsonResponse({"detail": _("Not found.")}, status=404)
    return defaults.page_not_found(request, exception)


def server_error(request: HttpRequest, template_name: str = "500.html") -> HttpResponseServerError:
    """handler500: templates/500.html in the active language, rendered without a request
    context and without the database (either may be what failed); a bare page if even the
    template fails."""
    try:
        html = loader.get_template(template_name).render()
    except Exception:  # noqa: BLE001 - the error page must never fail in turn
        html = format_html(
            '<!doctype html><html lang="{}"><title>Radar</title><h1>{}</h1></html>',
            get_language() or "nl",
            _("Something went wrong"),
        )
    return HttpResponseServerError(html)


@require_GET
def help_page(request: HttpRequest) -> HttpResponse:
    """How Radar works, in plain words, for every logged-in user (the text adapts to the role
    in the template)."""
    return render(request, "help.html")
