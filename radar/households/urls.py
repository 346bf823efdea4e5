from django.urls import path

from radar.households import views

app_name = "households"
urlpatterns = [
    path("", views.household_list, name="list"),
    path("export.csv", views.household_export, name="export"),
    path("new/", views.register_intake, name="intake"),
    path("<dbid:pk>/", views.household_detail, name="detail"),
    path("<dbid:pk>/edit/", views.household_edit, name="edit"),
    path("<dbid:pk>/status/", views.change_status, name="status"),
    path("<dbid:pk>/assign/", views.assign, name="assign"),
    path("<dbid:pk>/our-steps/", views.family_page, name="family_page"),
    path("<dbid:pk>/members/new/", views.member_add, name="member_add"),
    path("<dbid:pk>/members/<dbid:member_pk>/edit/", views.member_edit, name="member_edit"),
    path("<dbid:pk>/members/<dbid:member_pk>/remove/", views.member_remove, name="member_remove"),
    path("<dbid:pk>/needs/new/", views.need_add, name="need_add"),
    path("<dbid:pk>/needs/<dbid:need_pk>/edit/", views.need_edit, name="need_edit"),
    path("<dbid:pk>/needs/<dbid:need_pk>/remove/", views.need_remove, name="need_remove"),
    path("<dbid:pk>/needs/<dbid:need_pk>/state/", views.need_state, name="need_state"),
]
