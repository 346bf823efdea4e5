"""Personal rights checked member by member (IGO, IVT, IT): one Assessment per member, then one
outcome for the household.

The household is `eligible` when at least one member is (facts still missing for others can
only add members), else `to_assess` when one member is left to the administration, else
`unknown` when facts are missing, else `not_eligible` with every member's failing conditions.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from radar.rights.registry import Assessment, Outcome, Reason

Member = dict[str, Any]
Check = Callable[[Assessment, Member], float | None]


def already_receives(a: Assessment, member: Member, right_id: str) -> bool:
    """Whether the member already receives this benefit (listed, or as an income)."""
    benefits = a.facts.get(a.facts.path(member, "benefits_received")) or ()
    income = a.facts.get(a.facts.path(member, "income_monthly_net")) or {}
    return right_id in benefits or income.get(right_id, 0) > 0


def per_member(a: Assessment, members: Iterable[Member], check: Check, *, none: Reason) -> Outcome:
    """Run `check` for each member on its own Assessment and combine the outcomes. `none` is
    the reason when no member is a candidate at all."""
    checked = []
    for member in members:
        sub = Assessment(a.right, a.facts, a.results, a.parameters)
        amount = check(sub, member)
        checked.append((member, sub, amount))
    if not checked:
        return Outcome(status="not_eligible", reasons=[none])

    def with_status(status: str) -> list[tuple[Member, Assessment, float | None]]:
        return [item for item in checked if item[1].status == status]

    eligible, assess, unknown = map(with_status, ("eligible", "to_assess", "unknown"))
    missing = _unique(path for _, sub, _ in unknown for path in sub.missing)
    for status, group in (("eligible", eligible), ("to_assess", assess)):
        if group:
            shown = eligible + assess
            amounts = [amount for _, _, amount in group if amount is not None]
            subs = [sub for _, sub, _ in shown]
            return Outcome(
                status=status,  # type: ignore[arg-type]
                reasons=[reason for sub in subs for reason in sub.reasons],
                missing=missing,
                amount_monthly=round(sum(amounts), 2) if amounts else None,
                members=[member["id"] for member, _, _ in group],
                checked_when_applying=_unique(p for sub in subs for p in sub.on_application),
                # Members whose facts are missing could add to the amount.
                amount_is_minimum=bool(amounts)
                and (bool(unknown) or any(sub.amount_is_minimum for sub in subs)),
                received=any(sub.received for sub in subs),
            )
    if unknown:
        return Outcome(
            status="unknown",
            reasons=[reason for _, sub, _ in unknown for reason in sub.reasons],
            missing=missing,
            checked_when_applying=_unique(p for _, sub, _ in unknown for p in sub.on_application),
        )
    return Outcome(
        status="not_eligible",
        reasons=[reason for _, sub, _ in checked for reason in sub.failures],
    )


def _unique(paths: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(paths))
