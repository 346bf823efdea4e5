"""Plausible input: the windows every date and duration must fall in, written once.

The models' clean() call these (so every ModelForm shows the error on its field, together
with the other errors, and every service that runs full_clean() refuses the same input for
the API and the commands); plain forms put the same functions in their fields' validators.
docs/decisions/0007-plausible-input.md explains the windows.

Why: the date pickers and the API accept any year. A contact dated 01/01/0001 (Brussels
local mean time) is a BC timestamp on PostgreSQL that Python cannot read back, and broke the
family's dossier for good; a year typed as 2052 hides a family from "losing contact".
"""

from __future__ import annotations

import calendar
from collections.abc import Callable, Iterable
from datetime import date, datetime, timedelta
from typing import Any

from django.core.exceptions import ValidationError
from django.utils import formats, timezone
from django.utils.translation import gettext as _

# Radar records casework; none of it happened before this day.
EARLIEST_RECORD = date(2000, 1, 1)
# Nobody Radar helps was born before this day.
EARLIEST_BIRTH = date(1900, 1, 1)
# A pregnancy is known at most ten months ahead of the birth.
DUE_DATE_MONTHS_AHEAD = 10
# A birth not recorded yet: a due date may have passed by this many days (a late baby, a
# worker who hears of the birth at the next visit). Only checked when the date is typed.
DUE_DATE_DAYS_PASSED = 31
# Sessions, case discussions, consents and lead partners may be planned this far ahead.
PLANNING_YEARS_AHEAD = 1
# Due dates of steps and agreements, and ends of consents: at most this far ahead.
PLAN_YEARS_AHEAD = 5
# A contact lasts at least a minute and at most a long day of accompanying a family.
CONTACT_MINUTES = (1, 12 * 60)


def _today() -> date:
    return timezone.localdate()


def _show(day: date) -> str:
    return formats.date_format(day, "SHORT_DATE_FORMAT")


def add_years(day: date, years: int) -> date:
    return add_months(day, 12 * years)


def add_months(day: date, months: int) -> date:
    """The same day `months` later (the month's last day when it is shorter)."""
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    last_day = calendar.monthrange(year, month)[1]
    return day.replace(year=year, month=month, day=min(day.day, last_day))


def _local_date(value: date | datetime) -> date:
    """The calendar day of `value` in Radar's time zone, without converting an implausible
    year (astimezone() overflows for year 1, whose offset is Brussels' mean time)."""
    if not isinstance(value, datetime):
        return value
    if timezone.is_naive(value) or not (EARLIEST_RECORD.year <= value.year <= 9000):
        return value.date()
    return timezone.localtime(value).date()


def check_window(
    value: date | datetime | None,
    *,
    earliest: date | None = None,
    latest: date | None = None,
    too_early: str | None = None,
    too_late: str | None = None,
) -> None:
    """Raise ValidationError (code "too_early" or "too_late") when the day of `value` lies
    outside [earliest, latest]; None passes. The messages may use %(date)s, the bound."""
    if value is None:
        return
    day = _local_date(value)
    if earliest is not None and day < earliest:
        raise ValidationError(
            too_early or _("Check the year: a date before %(date)s is not accepted here."),
            code="too_early",
            params={"date": _show(earliest)},
        )
    if latest is not None and day > latest:
        raise ValidationError(
            too_late or _("Check the year: a date after %(date)s is not accepted here."),
            code="too_late",
            params={"date": _show(latest)},
        )


# -- Dates of things that happened -----------------------------------------------------------


def validate_past_date(value: date | datetime | None) -> None:
    """Something that happened: an intake, a first contact, a step in a right's follow-up.
    From 2000 until today."""
    check_window(
        value,
        earliest=EARLIEST_RECORD,
        latest=_today(),
        too_late=_("This date cannot be in the future."),
    )


def validate_contact_moment(value: datetime | None) -> None:
    """A contact happened: from 2000 until today (any time today)."""
    check_window(
        value,
        earliest=EARLIEST_RECORD,
        latest=_today(),
        too_late=_("A contact cannot be in the future."),
    )


def validate_contact_minutes(value: int | None) -> None:
    low, high = CONTACT_MINUTES
    if value is not None and not low <= value <= high:
        raise ValidationError(
            _("A contact lasts between %(low)s and %(high)s minutes (12 hours)."),
            code="duration",
            params={"low": low, "high": high},
        )


def validate_birth_date(value: date | None) -> None:
    check_window(
        value,
        earliest=EARLIEST_BIRTH,
        latest=_today(),
        too_early=_("Check the year: a birth date before %(date)s is not accepted."),
        too_late=_(
            "A birth date cannot be in the future. For an unborn child, give the expected due date."
        ),
    )


def validate_due_date(value: date | None) -> None:
    """The expected due date of an unborn child: within the next ten months, or passed by a
    month at most (see DUE_DATE_DAYS_PASSED)."""
    today = _today()
    check_window(
        value,
        earliest=today - timedelta(days=DUE_DATE_DAYS_PASSED),
        latest=add_months(today, DUE_DATE_MONTHS_AHEAD),
        too_early=_("This due date has passed: if the child is born, give the birth date."),
        too_late=_("An expected due date lies within the next ten months (until %(date)s)."),
    )


# -- Dates of things planned -----------------------------------------------------------------


def validate_planning_date(value: date | None) -> None:
    """A session, a case discussion, the start of a consent or of a lead partner: from 2000,
    and at most a year ahead."""
    check_window(value, earliest=EARLIEST_RECORD, latest=add_years(_today(), PLANNING_YEARS_AHEAD))


def validate_plan_date(value: date | None) -> None:
    """A due date of a step or an agreement, the end of a consent: from 2000, at most five
    years ahead. Whether a new step may be due in the past is validate_new_due_date."""
    check_window(value, earliest=EARLIEST_RECORD, latest=add_years(_today(), PLAN_YEARS_AHEAD))


def validate_new_due_date(value: date | None, *, planned_on: date | None = None) -> None:
    """A new step is due on the day it is planned (default today) or later; an existing step
    keeps a date that has passed (it is overdue, not wrong)."""
    check_window(
        value,
        earliest=planned_on or _today(),
        too_early=_("A new step cannot be due in the past."),
    )


# -- Running the checks of one row -----------------------------------------------------------


def check_fields(checks: Iterable[tuple[str, Callable[[Any], None], Any]]) -> None:
    """Run (field, validator, value) checks and raise one ValidationError keyed by field
    with every failure, so a form shows all its errors at once. Model.clean() uses this."""
    errors: dict[str, list[ValidationError]] = {}
    for field, validator, value in checks:
        try:
            validator(value)
        except ValidationError as error:
            errors.setdefault(field, []).extend(error.error_list)
    if errors:
        raise ValidationError(errors)


def validate_row(instance, *, exclude: Iterable[str] = ()) -> None:
    """full_clean() for a service about to save `instance`: every field's length, choices
    and validators, the model's clean() and its constraints, with friendly messages.

    Relations are left out: the service was handed loaded objects (checking them would
    cost a query each), and so are `exclude`. Raises ValidationError keyed by field.
    """
    relations = [f.name for f in instance._meta.concrete_fields if f.is_relation]
    instance.full_clean(exclude=[*relations, *exclude], validate_unique=False)
