"""Every change to instruments and assessments goes through one of these use cases.

Callers reach the household through radar.households.selectors.get_household_for first.
"""

from collections.abc import Mapping
from datetime import date
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from radar.accounts.models import User
from radar.core import audit
from radar.core.validators import validate_row
from radar.households.models import Household, Member
from radar.measurements import instrument_file
from radar.measurements.models import Assessment, Criterion, Domain, Instrument, Score

PURPOSE = "measurement"


def intake_date_of(household: Household) -> date:
    """The first day the household can be assessed: its earliest intake, else the day it
    was signalled."""
    first = household.intakes.order_by("received_on").values_list("received_on", flat=True).first()
    return first or timezone.localdate(household.signalled_at)


@transaction.atomic
def record_assessment(
    *,
    user: User,
    household: Household,
    instrument: Instrument,
    assessed_on: date,
    scores: Mapping[str, int | None],
    family_scores: Mapping[str, int | None] | None = None,
    notes: Mapping[str, str] | None = None,
    member: Member | None = None,
    note: str = "",
    channel: str = "web",
) -> Assessment:
    """Record one assessment: a level (or None: not scored) per domain code, and the
    family's own level where they scored too (co-scoring).

    Raises ValidationError, and writes nothing, for a date before the household's intake
    (intake_date_of) or in the future, an unknown or inactive instrument, a member of
    another household, an instrument that scores households only given a member (or persons
    only given none), an unknown domain code, a level the instrument does not have, or no
    level at all.
    """
    errors: dict[str, list[str]] = {}
    if not instrument.is_active:
        errors.setdefault("instrument", []).append(_("This instrument is no longer in use."))
    if member is not None and member.household_id != household.pk:
        errors.setdefault("member", []).append(_("This person is not in this household."))
    if member is not None and instrument.subject == Instrument.Subject.HOUSEHOLD:
        errors.setdefault("member", []).append(_("This instrument scores the whole household."))
    if member is None and instrument.subject == Instrument.Subject.PERSON:
        errors.setdefault("member", []).append(_("This instrument scores one person: choose who."))
    today = timezone.localdate()
    if assessed_on > today:
        errors.setdefault("assessed_on", []).append(_("This date cannot be in the future."))
    else:
        first = intake_date_of(household)
        if assessed_on < first:
            errors.setdefault("assessed_on", []).append(
                _("The family came in on %(date)s: an assessment cannot be earlier.")
                % {"date": first.strftime("%d/%m/%Y")}
            )
    domains = {d.code: d for d in instrument.domains.all()}
    levels = set(instrument.level_values)
    family_scores = family_scores or {}
    notes = notes or {}
    for what, given in (("scores", scores), ("family_scores", family_scores), ("notes", notes)):
        unknown = sorted(set(given) - set(domains))
        if unknown:
            errors.setdefault(what, []).append(
                _("Unknown domain: %(codes)s.") % {"codes": ", ".join(unknown)}
            )
    for what, given in (("scores", scores), ("family_scores", family_scores)):
        wrong = sorted(
            code for code, level in given.items() if level is not None and level not in levels
        )
        if wrong:
            errors.setdefault(what, []).append(
                _("Not a level of this instrument for: %(codes)s.") % {"codes": ", ".join(wrong)}
            )
    if not any(level is not None for level in scores.values()):
        errors.setdefault("scores", []).append(_("Score at least one domain."))
    if errors:
        raise ValidationError(errors)
    assessment = Assessment(
        household=household,
        member=member,
        instrument=instrument,
        assessed_on=assessed_on,
        assessed_by=user,
        is_co_scored=any(v is not None for v in family_scores.values()),
        note=note,
        created_by=user,
    )
    validate_row(assessment)
    assessment.save()
    Score.objects.bulk_create(
        Score(
            assessment=assessment,
            domain=domain,
            level=scores.get(code),
            family_level=family_scores.get(code),
            note=(notes.get(code) or "")[:500],
        )
        for code, domain in domains.items()
        if scores.get(code) is not None or family_scores.get(code) is not None or notes.get(code)
    )
    audit.record(
        user=user,
        action=audit.Action.CREATE,
        obj=assessment,
        purpose=PURPOSE,
        channel=channel,
        detail={"instrument": instrument.code, "member": member.pk if member else None},
    )
    return assessment


def _structure() -> dict[str, tuple[set[str], set[int]]]:
    structure: dict[str, tuple[set[str], set[int]]] = {}
    for instrument in Instrument.objects.prefetch_related("domains", "levels"):
        structure[instrument.code] = (
            {d.code for d in instrument.domains.all()},
            {level.value for level in instrument.levels.all()},
        )
    return structure


@transaction.atomic
def import_criteria(*, user: User | None, data: bytes, channel: str = "cli") -> dict[str, Any]:
    """Import the criteria texts of an instrument file (radar.measurements.instrument_file):
    each cell and language in the file is added or replaced; cells not in the file stay.

    Raises instrument_file.InstrumentFileInvalid (every problem with its line) and writes
    nothing then. Returns {"created": n, "updated": n, "instruments": [codes]}.
    """
    rows = instrument_file.parse(data, structure=_structure())
    domains = {
        (d.instrument.code, d.code): d
        for d in Domain.objects.select_related("instrument").filter(
            instrument__code__in={r.instrument for r in rows}
        )
    }
    created = updated = 0
    for row in rows:
        _criterion, was_created = Criterion.objects.update_or_create(
            domain=domains[(row.instrument, row.domain)],
            level=row.level,
            language=row.language,
            defaults={"text": row.text},
        )
        created += was_created
        updated += not was_created
    codes = sorted({r.instrument for r in rows})
    for instrument in Instrument.objects.filter(code__in=codes):
        audit.record(
            user=user,
            action=audit.Action.UPDATE,
            obj=instrument,
            purpose="instrument import",
            channel=channel,
            detail={"criteria_created": created, "criteria_updated": updated},
        )
    return {"created": created, "updated": updated, "instruments": codes}


@transaction.atomic
def copy_as_custom(
    *, user: User | None, instrument: Instrument, code: str, name: str
) -> Instrument:
    """A custom copy of `instrument` (domains, levels, criteria) that the organisation may
    change. Raises ValidationError when the code is taken or the code or name is that of a
    published instrument (a changed ZRM is never called ZRM)."""
    copy = Instrument(
        code=code,
        name_nl=name,
        version="",
        source=_("Custom copy of %(name)s") % {"name": instrument.code},
        licence_note=instrument.licence_note,
        subject=instrument.subject,
        is_custom=True,
    )
    copy.full_clean()
    copy.save()
    for level in instrument.levels.all():
        level.pk = None
        level.instrument = copy
        level.save()
    for domain in instrument.domains.prefetch_related("criteria"):
        criteria = list(domain.criteria.all())
        domain.pk = None
        domain.instrument = copy
        domain.save()
        Criterion.objects.bulk_create(
            Criterion(domain=domain, level=c.level, language=c.language, text=c.text)
            for c in criteria
        )
    audit.record(
        user=user,
        action=audit.Action.CREATE,
        obj=copy,
        purpose="instrument copy",
        detail={"from": instrument.code},
    )
    return copy


@transaction.atomic
def tag_work_step(*, user: User, step: Any, kind: str, organisation: Any = None) -> Any:
    """Tag a step of the family's plan as a step towards work (or change its kind and
    organisation); `kind` "" removes the tag. Returns the WorkStep, or None when removed.
    Raises ValidationError for an unknown kind or an inactive organisation."""
    from radar.measurements.models import WorkStep

    if kind == "":
        WorkStep.objects.filter(step=step).delete()
        audit.record(
            user=user,
            action=audit.Action.UPDATE,
            obj=step,
            purpose=PURPOSE,
            detail={"work_step": None},
        )
        return None
    if kind not in WorkStep.Kind.values:
        raise ValidationError({"kind": _("Choose a kind of step towards work.")})
    if organisation is not None and not organisation.is_active:
        raise ValidationError({"organisation": _("This organisation is no longer active.")})
    work_step, _created = WorkStep.objects.update_or_create(
        step=step, defaults={"kind": kind, "organisation": organisation, "created_by": user}
    )
    audit.record(
        user=user, action=audit.Action.UPDATE, obj=step, purpose=PURPOSE, detail={"work_step": kind}
    )
    return work_step
