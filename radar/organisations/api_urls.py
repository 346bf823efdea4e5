from radar.core.ids import DbIdRouter
from radar.organisations.api import OrganisationViewSet

router = DbIdRouter()
router.register("organisations", OrganisationViewSet, basename="api-organisations")
urlpatterns = router.urls
