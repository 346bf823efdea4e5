from rest_framework.routers import DefaultRouter

from radar.referrals.api import ReferralViewSet

router = DefaultRouter(trailing_slash=True)
router.include_root_view = False
router.register("referrals", ReferralViewSet, basename="api-referrals")
urlpatterns = router.urls
