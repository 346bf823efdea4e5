from django.urls import path

from radar.core.ids import DbIdRouter
from radar.households.api import HouseholdViewSet, MemberView, NeedView

router = DbIdRouter()
router.register("households", HouseholdViewSet, basename="api-households")
# One member or need: GET, PATCH (correct), DELETE (remove with a reason). Contacts, goals
# and steps: contacts/api_urls.py, plans/api_urls.py.
urlpatterns = [
    *router.urls,
    path("households/<dbid:pk>/members/<dbid:member_pk>/", MemberView.as_view(), name="api-member"),
    path("households/<dbid:pk>/needs/<dbid:need_pk>/", NeedView.as_view(), name="api-need"),
]
