from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.urls import include, path
from django.utils.translation import gettext_lazy as _
from django.views.i18n import set_language
from drf_spectacular.views import SpectacularAPIView

from radar.accounts.views import LogoutView
from radar.core.views import healthz, help_page

# Radar's own error pages (templates/400.html, 403.html, 404.html, 500.html); the 500 page is
# rendered without a request context or the database.
handler500 = "radar.core.views.server_error"
# Under /api/ a 404 is JSON, like the API's other refusals.
handler404 = "radar.core.views.page_not_found"

admin.site.site_header = _("Radar administration")
admin.site.site_title = _("Radar")
admin.site.index_title = _("Configuration")

urlpatterns = [
    path("", include("radar.dashboards.urls")),
    path("households/", include("radar.households.urls")),
    path("households/", include("radar.contacts.urls")),
    path("households/", include("radar.plans.urls")),
    path("households/", include("radar.referrals.urls")),
    path("households/", include("radar.consents.urls")),
    path("partner/", include("radar.consents.partner_urls")),
    path("", include("radar.rights.page_urls")),
    path("organisations/", include("radar.organisations.urls")),
    path("", include("radar.network.urls")),
    path("infopoint/", include("radar.infopoint.urls")),
    path("", include("radar.aid.urls")),
    path("registers/", include("radar.registers.urls")),
    path("", include("radar.housing_first.urls")),
    path("", include("radar.measurements.urls")),
    path("stories/", include("radar.stories.urls")),
    path("policy-signals/", include("radar.stories.policy_signal_urls")),
    path("accounts/", include("radar.accounts.urls")),
    path("login/", auth_views.LoginView.as_view(redirect_authenticated_user=True), name="login"),
    path("logout/", LogoutView.as_view(), name="logout"),
    path("i18n/setlang/", set_language, name="set_language"),
    path("healthz", healthz, name="healthz"),
    path("help/", help_page, name="help"),
    path("api/", include("radar.households.api_urls")),
    path("api/", include("radar.contacts.api_urls")),
    path("api/", include("radar.plans.api_urls")),
    path("api/", include("radar.rights.urls")),
    path("api/", include("radar.organisations.api_urls")),
    path("api/", include("radar.referrals.api_urls")),
    path("api/", include("radar.aid.api_urls")),
    path("api/", include("radar.housing_first.api_urls")),
    path("api/", include("radar.measurements.api_urls")),
    path("api/schema/", SpectacularAPIView.as_view(), name="api-schema"),
    path("admin/", admin.site.urls),
]
