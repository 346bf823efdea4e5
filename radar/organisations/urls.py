"""Social map pages. Included in config/urls.py with: path("organisations/", include(...))."""

from django.urls import path

from radar.organisations import views

app_name = "organisations"
urlpatterns = [
    path("", views.organisation_list, name="list"),
    path("channels/", views.channel_signals, name="channels"),
    path("export.csv", views.social_map_export, name="export"),
    path("import/", views.social_map_import, name="import"),
    path("<dbid:organisation_pk>/", views.organisation_detail, name="detail"),
]
