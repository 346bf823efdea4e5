"""Rights pages. Included in config/urls.py with: path("", include("radar.rights.page_urls"))."""

from django.urls import path

from radar.rights import views

app_name = "rights"
urlpatterns = [
    path("households/<dbid:pk>/rights/", views.household_rights, name="household"),
    path("households/<dbid:pk>/rights/facts/", views.household_facts, name="facts"),
    path("households/<dbid:pk>/rights/follow-up/", views.follow_up, name="follow_up"),
    path("households/<dbid:pk>/rights/for-the-family/", views.household_print, name="print"),
    path("rights/", views.overview, name="overview"),
    path("rights/quick-check/", views.quick_check, name="quick_check"),
    path("rights/figures/", views.figures, name="figures"),
    path("rights/screening/", views.screening, name="screening"),
]
