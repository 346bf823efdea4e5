from django.conf import settings
from django.contrib.auth import views as auth_views
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.utils import translation
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_POST


@require_POST
def choose_language(request: HttpRequest) -> HttpResponse:
    """Save the user's language; every page after this one is in that language."""
    language = request.POST.get("language", "")
    if language in dict(settings.LANGUAGES):
        request.user.language = language
        request.user.save(update_fields=["language"])
        translation.activate(language)
    next_url = request.POST.get("next", "/")
    # A path on this site only: never another host, nor a view name (redirect() would try
    # to reverse "3119" and fail with a 500).
    if not next_url.startswith("/") or not url_has_allowed_host_and_scheme(
        next_url, allowed_hosts={request.get_host()}
    ):
        next_url = "/"
    response = HttpResponseRedirect(next_url)
    if language in dict(settings.LANGUAGES):
        response.set_cookie(settings.LANGUAGE_COOKIE_NAME, language, samesite="Lax")
    return response


class LogoutView(auth_views.LogoutView):
    """Log out, and have the browser forget what Radar kept on this device: drafts of unsaved
    text (docs/decisions/0010-keep-typing.md). radar.js clears them too when the logout form
    is sent; this header also covers browsers where that script did not run."""

    def post(self, request: HttpRequest, *args, **kwargs) -> HttpResponse:
        response = super().post(request, *args, **kwargs)
        response["Clear-Site-Data"] = '"storage"'
        return response
