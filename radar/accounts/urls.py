from django.urls import path

from radar.accounts import views

app_name = "accounts"
urlpatterns = [
    path("language/", views.choose_language, name="language"),
]
