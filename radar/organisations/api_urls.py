from rest_framework.routers import DefaultRouter

from radar.organisations.api import OrganisationViewSet

router = DefaultRouter(trailing_slash=True)
router.include_root_view = False
router.register("organisations", OrganisationViewSet, basename="api-organisations")
urlpatterns = router.urls
