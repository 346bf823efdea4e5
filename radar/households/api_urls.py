from rest_framework.routers import DefaultRouter

from radar.households.api import HouseholdViewSet

router = DefaultRouter(trailing_slash=True)
router.include_root_view = False
router.register("households", HouseholdViewSet, basename="api-households")
urlpatterns = router.urls
