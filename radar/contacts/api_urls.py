from django.urls import path

from radar.contacts.api import ContactView, HouseholdContactViewSet
from radar.core.ids import DbIdRouter

# /api/households/<id>/contacts/, named api-households-contacts as before.
router = DbIdRouter()
router.register("households", HouseholdContactViewSet, basename="api-households")
urlpatterns = [
    *router.urls,
    # One contact: GET, PATCH (correct), DELETE (remove with a reason).
    path(
        "households/<dbid:pk>/contacts/<dbid:contact_pk>/",
        ContactView.as_view(),
        name="api-contact",
    ),
]
