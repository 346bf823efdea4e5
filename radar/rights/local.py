"""Local rights: conditions an administrator writes in the admin, evaluated after the engine.

A local right's `conditions` is a JSON list; every condition must hold:

    [{"fact": "child_age_under", "value": 1},
     {"right": "verhoogde_tegemoetkoming", "status": "eligible"}]

- `{"fact": NAME, "value": V}`: a computed fact of the household (COMPUTED_FACTS below).
- `{"right": ID, "status": S}`: the engine's status of a right (S a status or a list of them).

Each condition is true, false or unknown (a fact is missing). The right is `not_eligible`
when a condition is false, `unknown` (with the missing facts) when one is unknown, else
`eligible`. The result has the shape of the engine's (docs/rights.md), plus `name`,
`domain`, `amount`, `amount_period` and `local: true`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from django.utils.text import format_lazy
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext

from radar.rights.exchange import REGIONS, RIGHT_IDS
from radar.rights.registry import money

STATUSES = ("eligible", "not_eligible", "unknown", "to_assess")
TENURES = ("private_rent", "social_rent", "owner", "informal", "homeless")
SCHOOL_LEVELS = ("kindergarten", "primary", "secondary", "higher")

Check = tuple[bool | None, list[str]]  # (holds? None when unknown, missing fact paths)


def _members(situation: dict[str, Any], *roles: str) -> list[dict[str, Any]]:
    return [m for m in situation.get("members", []) if not roles or m.get("role") in roles]


def _path(member: dict[str, Any], rest: str) -> str:
    return f"members[{member['id']}].{rest}"


def _any_member(members, test: Callable[[dict[str, Any]], bool | None], path: str) -> Check:
    """True if a member passes; unknown if none passes and some are unknown; else false."""
    missing = []
    for member in members:
        result = test(member)
        if result:
            return True, []
        if result is None:
            missing.append(_path(member, path))
    return (None, missing) if missing else (False, [])


def _age_test(check: Callable[[int], bool]) -> Callable[[dict[str, Any]], bool | None]:
    return lambda member: None if member.get("age") is None else check(member["age"])


def _child_age_under(situation, value) -> Check:
    return _any_member(_members(situation, "child"), _age_test(lambda a: a < value), "age")


def _child_age_between(situation, value) -> Check:
    low, high = value
    test = _age_test(lambda a: low <= a <= high)
    return _any_member(_members(situation, "child"), test, "age")


def _children_at_least(situation, value) -> Check:
    return len(_members(situation, "child")) >= value, []


def _household_size_at_least(situation, value) -> Check:
    return len(_members(situation)) >= value, []


def _region(situation, value) -> Check:
    region = situation.get("region")
    return (None, ["region"]) if region is None else (region == value, [])


def _tenure(situation, value) -> Check:
    tenure = situation.get("housing", {}).get("tenure")
    return (None, ["housing.tenure"]) if tenure is None else (tenure == value, [])


def _income_yearly_at_most(situation, value) -> Check:
    key = "household_gross_taxable_income_yearly_previous_year"
    income = situation.get(key)
    return (None, [key]) if income is None else (income <= value, [])


def _single_parent(situation, value) -> Check:
    def test(member):
        flag = member.get("flags", {}).get("single_parent")
        return None if flag is None else flag == value

    return _any_member(_members(situation, "applicant", "partner"), test, "flags.single_parent")


def _receives(situation, value) -> Check:
    def test(member):
        received = member.get("benefits_received")
        return None if received is None else value in received

    return _any_member(_members(situation), test, "benefits_received")


def _child_in_school_level(situation, value) -> Check:
    def test(member):
        level = member.get("flags", {}).get("school", {}).get("level")
        return None if level is None else level == value

    return _any_member(_members(situation, "child"), test, "flags.school.level")


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and value >= 0


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and value >= 0


def _is_age_range(value: Any) -> bool:
    return (
        isinstance(value, list)
        and len(value) == 2
        and all(map(_is_int, value))
        and (value[0] <= value[1])
    )


@dataclass(frozen=True)
class ComputedFact:
    evaluate: Callable[[dict[str, Any], Any], Check]
    accepts: Callable[[Any], bool]
    expected: Any  # a lazy text: what `value` must be
    describe: Any  # a lazy text with {value}, or a function of the value: the condition in words


COMPUTED_FACTS: dict[str, ComputedFact] = {
    "child_age_under": ComputedFact(
        _child_age_under, _is_int, gettext_lazy("a whole number of years"),
        lambda value: ngettext(
            "a child younger than {value} year", "a child younger than {value} years", value
        ).format(value=value),
    ),
    "child_age_between": ComputedFact(
        _child_age_between, _is_age_range, gettext_lazy("a list [from, to] of two ages"),
        gettext_lazy("a child aged {value}"),
    ),
    "children_at_least": ComputedFact(
        _children_at_least, _is_int, gettext_lazy("a whole number"),
        gettext_lazy("at least {value} children"),
    ),
    "household_size_at_least": ComputedFact(
        _household_size_at_least, _is_int, gettext_lazy("a whole number"),
        gettext_lazy("a household of at least {value} people"),
    ),
    "region": ComputedFact(
        _region, lambda v: v in REGIONS, gettext_lazy("one of: flanders, wallonia, brussels"),
        gettext_lazy("living in the region {value}"),
    ),
    "tenure": ComputedFact(
        _tenure, lambda v: v in TENURES,
        format_lazy("{} {}", gettext_lazy("one of:"), ", ".join(TENURES)),
        gettext_lazy("housing: {value}"),
    ),
    "income_yearly_at_most": ComputedFact(
        _income_yearly_at_most, _is_number, gettext_lazy("an amount in EUR"),
        gettext_lazy("a gross taxable income last year of at most {value}"),
    ),
    "single_parent": ComputedFact(
        _single_parent, lambda v: isinstance(v, bool), gettext_lazy("true or false"),
        gettext_lazy("single parent: {value}"),
    ),
    "receives": ComputedFact(
        _receives, lambda v: isinstance(v, str) and bool(v), gettext_lazy("a benefit id"),
        gettext_lazy("someone receives {value}"),
    ),
    "child_in_school_level": ComputedFact(
        _child_in_school_level, lambda v: v in SCHOOL_LEVELS,
        format_lazy("{} {}", gettext_lazy("one of:"), ", ".join(SCHOOL_LEVELS)),
        gettext_lazy("a child in {value}"),
    ),
}  # fmt: skip


def condition_errors(conditions: Any) -> list[str]:
    """Plain-language problems with a conditions document; empty when it is valid."""
    from radar.rights.catalogue import RIGHTS

    if not isinstance(conditions, list):
        return [_('The conditions must be a list: [{"fact": ..., "value": ...}, ...].')]
    errors = []
    for number, condition in enumerate(conditions, start=1):
        prefix = _("Condition %(n)s: ") % {"n": number}
        if not isinstance(condition, dict):
            errors.append(prefix + _("expected an object {...}."))
            continue
        if "fact" in condition:
            fact = COMPUTED_FACTS.get(condition["fact"])
            extra = set(condition) - {"fact", "value"}
            if fact is None:
                errors.append(
                    prefix
                    + _("unknown fact %(fact)r. Known facts: %(known)s.")
                    % {"fact": condition["fact"], "known": ", ".join(COMPUTED_FACTS)}
                )
            elif "value" not in condition:
                errors.append(prefix + _('"value" is missing.'))
            elif not fact.accepts(condition["value"]):
                errors.append(
                    prefix
                    + _("the value of %(fact)s must be %(expected)s.")
                    % {"fact": condition["fact"], "expected": fact.expected}
                )
            if extra:
                errors.append(prefix + _("unknown keys: %(keys)s.") % {"keys": ", ".join(extra)})
        elif "right" in condition:
            known_rights = set(RIGHTS) | set(RIGHT_IDS)
            statuses = condition.get("status", "eligible")
            statuses = statuses if isinstance(statuses, list) else [statuses]
            extra = set(condition) - {"right", "status"}
            if condition["right"] not in known_rights:
                errors.append(
                    prefix + _("unknown right %(right)r.") % {"right": condition["right"]}
                )
            if not statuses or any(s not in STATUSES for s in statuses):
                errors.append(
                    prefix + _("the status must be one of: %(s)s.") % {"s": ", ".join(STATUSES)}
                )
            if extra:
                errors.append(prefix + _("unknown keys: %(keys)s.") % {"keys": ", ".join(extra)})
        else:
            errors.append(prefix + _('expected "fact" and "value", or "right" and "status".'))
    return errors


def _check_right(condition: dict[str, Any], results: dict[str, Any]) -> Check:
    statuses = condition.get("status", "eligible")
    statuses = statuses if isinstance(statuses, list) else [statuses]
    result = results.get(condition["right"])
    if result is None:
        return None, []
    if result["status"] in statuses:
        return True, []
    if result["status"] in ("unknown", "to_assess"):
        return None, list(result.get("missing", []))
    return False, []


def _describe(condition: dict[str, Any]) -> str:
    from radar.rights.labels import right_name, value_name

    if "right" in condition:
        statuses = condition.get("status", "eligible")
        statuses = statuses if isinstance(statuses, list) else [statuses]
        return _("%(right)s: %(status)s") % {
            "right": right_name(condition["right"]),
            "status": " / ".join(str(value_name(s)) for s in statuses),
        }
    value = condition["value"]
    if isinstance(value, list):
        value = "–".join(map(str, value))
    elif isinstance(value, bool):
        value = _("yes") if value else _("no")
    elif isinstance(value, str):
        value = value_name(value)
    describe = COMPUTED_FACTS[condition["fact"]].describe
    if callable(describe):
        return describe(value)
    return str(describe).format(value=value)


def evaluate_local(
    local_right, situation: dict[str, Any], results: dict[str, Any]
) -> dict[str, Any]:
    """The result of one LocalRight for a situation (exchange format, parsed) and the engine's
    results (`rights` of evaluate()). A malformed condition counts as unknown."""
    failed, holding, missing, unknown = [], [], [], False
    for condition in local_right.conditions:
        try:
            if "right" in condition:
                passed, paths = _check_right(condition, results)
            else:
                fact = COMPUTED_FACTS[condition["fact"]]
                passed, paths = fact.evaluate(situation, condition["value"])
            text = _describe(condition)
        except (KeyError, TypeError, ValueError):
            passed, paths, text = None, [], _("a condition that cannot be read")
        if passed is False:
            failed.append(_("Condition not met: %(c)s.") % {"c": text})
        elif passed is None:
            unknown = True
            missing += [p for p in paths if p not in missing]
        else:
            holding.append(_("Condition met: %(c)s.") % {"c": text})
    if failed:
        status, reasons, missing = "not_eligible", failed, []
    elif unknown:
        status, reasons = "unknown", holding
    else:
        status, reasons = "eligible", holding
    amount = float(local_right.amount) if local_right.amount is not None else None
    if amount is not None and status == "eligible":
        reasons.append(
            _("Amount: %(amount)s (%(period)s).")
            % {"amount": money(amount), "period": local_right.get_amount_period_display()}
        )
    return {
        "status": status,
        "amount_monthly": amount
        if status == "eligible" and local_right.amount_period == "month"
        else None,
        "amount": amount if status == "eligible" else None,
        "amount_period": local_right.amount_period,
        "reasons": reasons,
        "missing": missing,
        "apply": local_right.apply,
        "automatic": False,
        "sources": [],
        "members": [],
        "to_verify": False,
        "values_date": local_right.valid_from.isoformat(),
        "name": local_right.name,
        "domain": local_right.domain,
        "local": True,
    }
