"""The family's network (per household) and the team's case discussions.

Included in config/urls.py with: path("", include("radar.network.urls")).
"""

from django.urls import path

from radar.network import views

app_name = "network"
urlpatterns = [
    # The family's own network: the ecogram of one household.
    path("households/<dbid:pk>/network/", views.ecogram, name="ecogram"),
    path("households/<dbid:pk>/network/ties/new/", views.tie_add, name="tie_add"),
    path("households/<dbid:pk>/network/ties/<dbid:tie_pk>/edit/", views.tie_edit, name="tie_edit"),
    path(
        "households/<dbid:pk>/network/ties/<dbid:tie_pk>/remove/",
        views.tie_remove,
        name="tie_remove",
    ),
    path(
        "households/<dbid:pk>/agreements/<dbid:agreement_pk>/step/",
        views.agreement_step,
        name="agreement_step",
    ),
    # Working together inside the team: joint case discussions.
    path("team/discussions/", views.discussion_list, name="discussion_list"),
    path("team/discussions/new/", views.discussion_add, name="discussion_add"),
    path(
        "team/discussions/<dbid:discussion_pk>/",
        views.discussion_detail,
        name="discussion_detail",
    ),
    path(
        "team/discussions/<dbid:discussion_pk>/agreements/new/",
        views.agreement_add,
        name="agreement_add",
    ),
]
