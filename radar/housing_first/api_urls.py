from django.urls import path

from radar.core.ids import DbIdRouter
from radar.housing_first.api import CandidacyViewSet, RetentionView, TenancyViewSet

router = DbIdRouter()
router.register(
    "housing-first/candidacies", CandidacyViewSet, basename="api-housing-first-candidacies"
)
router.register("housing-first/tenancies", TenancyViewSet, basename="api-housing-first-tenancies")
urlpatterns = [
    path("housing-first/retention/", RetentionView.as_view(), name="api-housing-first-retention"),
    *router.urls,
]
