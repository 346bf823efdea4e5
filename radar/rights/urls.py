from django.urls import path

from radar.rights.api import RightsCheckView

app_name = "rights_api"

urlpatterns = [
    path("rights/check", RightsCheckView.as_view(), name="check"),
]
