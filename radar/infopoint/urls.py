"""Included in config/urls.py with: path("infopoint/", include("radar.infopoint.urls"))."""

from django.urls import path

from radar.infopoint import views

app_name = "infopoint"
urlpatterns = [
    path("", views.session_list, name="list"),
    path("new/", views.session_new, name="new"),
    path("figures/", views.figures, name="figures"),
    path("<dbid:pk>/", views.session_detail, name="detail"),
    path("<dbid:pk>/edit/", views.session_edit, name="edit"),
    path("<dbid:pk>/count/", views.session_count, name="count"),
]
