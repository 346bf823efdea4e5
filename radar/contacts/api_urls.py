from rest_framework.routers import DefaultRouter

from radar.contacts.api import HouseholdContactViewSet

# /api/households/<id>/contacts/, named api-households-contacts as before.
router = DefaultRouter(trailing_slash=True)
router.include_root_view = False
router.register("households", HouseholdContactViewSet, basename="api-households")
urlpatterns = router.urls
