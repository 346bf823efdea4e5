from radar.core.ids import DbIdRouter
from radar.households.api import HouseholdViewSet

router = DbIdRouter()
router.register("households", HouseholdViewSet, basename="api-households")
urlpatterns = router.urls
