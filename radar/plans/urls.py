from django.urls import path

from radar.plans import views

app_name = "plans"
urlpatterns = [
    path("<dbid:pk>/goals/new/", views.goal_add, name="goal_add"),
    path("<dbid:pk>/goals/<dbid:goal_pk>/achieved/", views.goal_toggle, name="goal_toggle"),
    path("<dbid:pk>/goals/<dbid:goal_pk>/steps/new/", views.step_add, name="step_add"),
    path("<dbid:pk>/steps/<dbid:step_pk>/toggle/", views.step_toggle, name="step_toggle"),
]
