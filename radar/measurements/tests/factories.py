"""Assessments in each state, made through the service (the rules hold in every test)."""

from datetime import date, timedelta

from django.utils import timezone

from radar.households.models import Household
from radar.measurements import services
from radar.measurements.instruments import ensure_shipped
from radar.measurements.models import Assessment, Instrument

ZRM_DOMAINS = [
    "finances", "work_education", "time_use", "housing", "domestic_relations",
    "mental_health", "physical_health", "substance_use", "basic_adl", "instrumental_adl",
    "social_network", "social_participation", "justice",
]  # fmt: skip


def instrument(code: str = "zrm2017") -> Instrument:
    """A shipped instrument, as the data migration made it (again after a transactional
    test emptied the tables)."""
    found = Instrument.objects.filter(code=code).first()
    if found is None:
        ensure_shipped()
        found = Instrument.objects.get(code=code)
    return found


def known_since(household: Household, day: date) -> Household:
    """Date the family's signal back, so that assessments from `day` on are plausible."""
    moment = timezone.make_aware(timezone.datetime.combine(day, timezone.datetime.min.time()))
    Household.objects.filter(pk=household.pk).update(signalled_at=moment)
    household.refresh_from_db()
    return household


def assess(
    household: Household,
    *,
    user,
    on: date | None = None,
    days_ago: int | None = None,
    code: str = "zrm2017",
    member=None,
    family=None,
    **scores: int | None,
) -> Assessment:
    """An assessment through record_assessment; `scores` by domain code."""
    if on is None:
        on = timezone.localdate() - timedelta(days=days_ago or 0)
    return services.record_assessment(
        user=user,
        household=household,
        instrument=instrument(code),
        assessed_on=on,
        member=member,
        scores=scores,
        family_scores=family or {},
    )
