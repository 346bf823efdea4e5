from django.urls import path

from radar.households import views

app_name = "households"
urlpatterns = [
    path("", views.household_list, name="list"),
    path("export.csv", views.household_export, name="export"),
    path("new/", views.register_intake, name="intake"),
    path("<int:pk>/", views.household_detail, name="detail"),
    path("<int:pk>/edit/", views.household_edit, name="edit"),
    path("<int:pk>/status/", views.change_status, name="status"),
    path("<int:pk>/assign/", views.assign, name="assign"),
    path("<int:pk>/our-steps/", views.family_page, name="family_page"),
    path("<int:pk>/members/new/", views.member_add, name="member_add"),
    path("<int:pk>/members/<int:member_pk>/edit/", views.member_edit, name="member_edit"),
    path("<int:pk>/needs/new/", views.need_add, name="need_add"),
    path("<int:pk>/needs/<int:need_pk>/state/", views.need_state, name="need_state"),
]
