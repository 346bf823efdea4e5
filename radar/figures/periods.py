"""The period a record counts in: the period of the event's own date, everywhere.

An intake counts in the year of its `received_on`, an info point session in that of its
`held_on`, a contact in that of its `occurred_at`: never in the year it was typed in, nor in
the year the family was first signalled. Every page with yearly (or monthly, or report-period)
counts filters with `Period.filter(field)`, so an intake dated 2025 counts in 2025 on every page.
"""

import datetime
from dataclasses import dataclass

from django.db.models import Q
from django.utils import timezone


@dataclass(frozen=True)
class Period:
    """The days from `start` up to, not including, `end`."""

    start: datetime.date
    end: datetime.date

    def __post_init__(self):
        if self.end < self.start:
            raise ValueError(f"A period ends after it starts: {self.start} to {self.end}.")

    @classmethod
    def year(cls, year: int) -> "Period":
        return cls(datetime.date(year, 1, 1), datetime.date(year + 1, 1, 1))

    @classmethod
    def quarter(cls, year: int, quarter: int) -> "Period":
        first = 3 * (quarter - 1) + 1
        return cls(datetime.date(year, first, 1), _month_after(year, first + 2))

    @classmethod
    def month(cls, year: int, month: int) -> "Period":
        return cls(datetime.date(year, month, 1), _month_after(year, month))

    @classmethod
    def between(cls, first: datetime.date, last: datetime.date) -> "Period":
        """From `first` to `last`, both days included (a yearly report's reporting period)."""
        return cls(first, last + datetime.timedelta(days=1))

    @classmethod
    def this_year(cls, today: datetime.date | None = None) -> "Period":
        return cls.year((today or timezone.localdate()).year)

    def __contains__(self, day: datetime.date) -> bool:
        return self.start <= day < self.end

    def filter(self, field: str) -> Q:
        """Records whose date `field` (a DateField, or a path to one) falls in the period."""
        return Q(**{f"{field}__gte": self.start, f"{field}__lt": self.end})

    def filter_moment(self, field: str) -> Q:
        """Records whose DateTimeField `field` falls in the period, in the local time zone:
        a contact at 23:30 on 31 December (Brussels time) counts in December."""
        return Q(
            **{
                f"{field}__gte": _local_midnight(self.start),
                f"{field}__lt": _local_midnight(self.end),
            }
        )


def _month_after(year: int, month: int) -> datetime.date:
    return datetime.date(year + month // 12, month % 12 + 1, 1)


def _local_midnight(day: datetime.date) -> datetime.datetime:
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time.min))
