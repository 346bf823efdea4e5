from django.urls import path

from radar.consents import views

app_name = "consents"
urlpatterns = [
    path("<int:pk>/consents/", views.consent_list, name="list"),
    path("<int:pk>/consents/new/", views.consent_record, name="record"),
    path(
        "<int:pk>/consents/<int:consent_pk>/withdraw/",
        views.consent_withdraw,
        name="withdraw",
    ),
]
