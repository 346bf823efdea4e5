from django.urls import path

from radar.consents import views

app_name = "consents"
urlpatterns = [
    path("<dbid:pk>/consents/", views.consent_list, name="list"),
    path("<dbid:pk>/consents/new/", views.consent_record, name="record"),
    path(
        "<dbid:pk>/consents/<dbid:consent_pk>/withdraw/",
        views.consent_withdraw,
        name="withdraw",
    ),
]
