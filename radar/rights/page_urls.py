"""Rights pages. Included in config/urls.py with: path("", include("radar.rights.page_urls"))."""

from django.urls import path

from radar.rights import views

app_name = "rights"
urlpatterns = [
    path("households/<int:pk>/rights/", views.household_rights, name="household"),
    path("households/<int:pk>/rights/facts/", views.household_facts, name="facts"),
    path("households/<int:pk>/rights/follow-up/", views.follow_up, name="follow_up"),
    path("households/<int:pk>/rights/for-the-family/", views.household_print, name="print"),
    path("rights/", views.overview, name="overview"),
    path("rights/quick-check/", views.quick_check, name="quick_check"),
    path("rights/figures/", views.figures, name="figures"),
]
