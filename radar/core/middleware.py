from django.conf import settings
from django.contrib.auth.views import redirect_to_login
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.urls import resolve

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

    The API answers 401/403 in JSON instead of redirecting to the login page.
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
        return redirect_to_login(request.get_full_path())

    @staticmethod
    def _is_public(request: HttpRequest) -> bool:
        try:
            match = resolve(request.path_info)
        except Exception:  # noqa: BLE001 - unknown URL: not public, the 404 comes later
            return False
        return match.view_name in PUBLIC_URL_NAMES
