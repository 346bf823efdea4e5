from django.urls import path

from radar.plans import views

app_name = "plans"
urlpatterns = [
    path("<dbid:pk>/goals/new/", views.goal_add, name="goal_add"),
    path("<dbid:pk>/goals/<dbid:goal_pk>/achieved/", views.goal_toggle, name="goal_toggle"),
    path("<dbid:pk>/goals/<dbid:goal_pk>/edit/", views.goal_edit, name="goal_edit"),
    path("<dbid:pk>/goals/<dbid:goal_pk>/remove/", views.goal_remove, name="goal_remove"),
    path("<dbid:pk>/goals/<dbid:goal_pk>/steps/new/", views.step_add, name="step_add"),
    path("<dbid:pk>/steps/<dbid:step_pk>/toggle/", views.step_toggle, name="step_toggle"),
    path("<dbid:pk>/steps/<dbid:step_pk>/edit/", views.step_edit, name="step_edit"),
    path("<dbid:pk>/steps/<dbid:step_pk>/remove/", views.step_remove, name="step_remove"),
]
