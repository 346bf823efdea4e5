from django.urls import path

from radar.plans import views

app_name = "plans"
urlpatterns = [
    path("<int:pk>/goals/new/", views.goal_add, name="goal_add"),
    path("<int:pk>/goals/<int:goal_pk>/achieved/", views.goal_toggle, name="goal_toggle"),
    path("<int:pk>/goals/<int:goal_pk>/steps/new/", views.step_add, name="step_add"),
    path("<int:pk>/steps/<int:step_pk>/toggle/", views.step_toggle, name="step_toggle"),
]
