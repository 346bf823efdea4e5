"""The period a record counts in: that of the event's own date."""

import datetime

import pytest
from django.utils import timezone

from radar.figures.periods import Period


def test_a_year_a_quarter_and_a_month_run_up_to_the_first_day_after():
    assert Period.year(2025) == Period(datetime.date(2025, 1, 1), datetime.date(2026, 1, 1))
    assert Period.quarter(2025, 4) == Period(datetime.date(2025, 10, 1), datetime.date(2026, 1, 1))
    assert Period.month(2024, 2) == Period(datetime.date(2024, 2, 1), datetime.date(2024, 3, 1))
    assert Period.between(datetime.date(2025, 3, 1), datetime.date(2025, 3, 31)) == Period.month(
        2025, 3
    )


def test_the_last_day_is_in_and_the_first_day_after_is_out():
    year = Period.year(2025)

    assert datetime.date(2025, 12, 31) in year
    assert datetime.date(2026, 1, 1) not in year
    assert datetime.date(2025, 1, 1) in year


def test_a_period_cannot_end_before_it_starts():
    with pytest.raises(ValueError):
        Period(datetime.date(2025, 2, 1), datetime.date(2025, 1, 1))


def test_this_year_is_the_local_year():
    assert Period.this_year(datetime.date(2025, 6, 1)) == Period.year(2025)
    assert Period.this_year() == Period.year(timezone.localdate().year)


def test_a_moment_counts_in_the_local_day_it_happened():
    q = Period.year(2025).filter_moment("occurred_at")
    (low_field, low), (high_field, high) = sorted(q.children)

    assert (low_field, high_field) == ("occurred_at__gte", "occurred_at__lt")
    # Midnight in Brussels, not in UTC: 23:30 on 31 December local time is still 2025.
    assert low == timezone.make_aware(datetime.datetime(2025, 1, 1))
    assert high.utcoffset() == datetime.timedelta(hours=1)
