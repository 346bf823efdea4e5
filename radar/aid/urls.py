from django.urls import path

from radar.aid import views

app_name = "aid"
urlpatterns = [
    path("households/<dbid:pk>/aid/new/", views.give, name="give"),
    path("aid/budget/", views.budget, name="budget"),
    path("aid/vouchers/", views.vouchers, name="vouchers"),
]
