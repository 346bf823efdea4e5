from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.auth.views import redirect_to_login
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import render, resolve_url
from django.urls import resolve
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _

from radar.core.views import healthz

# URL names anyone may reach without logging in. The access-matrix test reads this list.
PUBLIC_URL_NAMES = frozenset({"login", "healthz", "set_language", "javascript-catalog"})

CONTENT_SECURITY_POLICY = "; ".join(
    [
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "form-action 'self'",
        "frame-ancestors 'none'",
        "base-uri 'self'",
        "object-src 'none'",
    ]
)


class SecurityHeadersMiddleware:
    """A strict Content Security Policy, and no caching of pages with personal data."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        response.headers.setdefault("Content-Security-Policy", CONTENT_SECURITY_POLICY)
        response.headers.setdefault(
            "Permissions-Policy", "camera=(), microphone=(), geolocation=()"
        )
        if not request.path.startswith("/" + settings.STATIC_URL.lstrip("/")):
            response.headers.setdefault("Cache-Control", "no-store, private")
        return response


class LoginRequiredMiddleware:
    """Login required everywhere, except the few public URL names above.

    The API answers 401/403 in JSON instead of redirecting to the login page. A form sent
    after the session expired leads, once logged in, back to the page it was typed on,
    where the browser offers the unsaved text back (docs/decisions/0010-keep-typing.md).
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if request.user.is_authenticated or self._is_public(request):
            return self.get_response(request)
        if request.path.startswith("/api/"):
            # Token authentication happens inside DRF; let the API decide.
            return self.get_response(request)
        if request.path.startswith("/" + settings.STATIC_URL.lstrip("/")):
            return self.get_response(request)
        if request.headers.get("HX-Request"):
            return JsonResponse({"detail": "login required"}, status=401)
        return redirect_to_login(self._return_path(request))

    @staticmethod
    def _return_path(request: HttpRequest) -> str:
        """Where to go after logging in: the page asked for, or for a form sent (POST), the
        page the form was on (its Referer, same site only), not the URL it was sent to."""
        referer = request.headers.get("Referer", "")
        if request.method == "POST" and url_has_allowed_host_and_scheme(
            referer, allowed_hosts={request.get_host()}, require_https=request.is_secure()
        ):
            page = urlsplit(referer)
            if page.path.startswith("/") and page.path != resolve_url(settings.LOGIN_URL):
                return page.path + (f"?{page.query}" if page.query else "")
        return request.get_full_path()

    @staticmethod
    def _is_public(request: HttpRequest) -> bool:
        try:
            match = resolve(request.path_info)
        except Exception:  # noqa: BLE001 - unknown URL: not public, the 404 comes later
            return False
        return match.view_name in PUBLIC_URL_NAMES


class HealthCheckMiddleware:
    """`/healthz` answers before sessions and authentication touch the database, so a
    request with a session cookie also gets 503 (not 500) when the database is down.
    Put it first, right after SecurityMiddleware."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if request.path_info == "/healthz":
            return healthz(request)
        return self.get_response(request)


class RejectNulCharactersMiddleware:
    """400 for a query string with a NUL character (`?q=%00`), on every page and endpoint.

    PostgreSQL refuses NUL in text, so such a search would otherwise end in a 500. Forms
    and the API's serializers already refuse NUL in what is posted.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if any(
            "\x00" in key or any("\x00" in value for value in values)
            for key, values in request.GET.lists()
        ):
            message = _(
                "The web address contains a character that is not allowed (NUL). "
                "Remove it and try again."
            )
            if request.path.startswith("/api/"):
                return JsonResponse({"detail": message}, status=400)
            return render(request, "400.html", {"message": message}, status=400)
        return self.get_response(request)
