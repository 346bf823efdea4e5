from radar.core.ids import DbIdRouter
from radar.referrals.api import ReferralViewSet

router = DbIdRouter()
router.register("referrals", ReferralViewSet, basename="api-referrals")
urlpatterns = router.urls
