from radar.contacts.api import HouseholdContactViewSet
from radar.core.ids import DbIdRouter

# /api/households/<id>/contacts/, named api-households-contacts as before.
router = DbIdRouter()
router.register("households", HouseholdContactViewSet, basename="api-households")
urlpatterns = router.urls
