from django.urls import path

from radar.aid.api import AidFiguresView, BudgetView, HouseholdAidViewSet
from radar.core.ids import DbIdRouter

# /api/households/<id>/aid/ (api-households-aid), /api/aid/figures/, /api/aid/budget/.
router = DbIdRouter()
router.register("households", HouseholdAidViewSet, basename="api-households")
urlpatterns = [
    *router.urls,
    path("aid/figures/", AidFiguresView.as_view(), name="api-aid-figures"),
    path("aid/budget/", BudgetView.as_view(), name="api-aid-budget"),
]
