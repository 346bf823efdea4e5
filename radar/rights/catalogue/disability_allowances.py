"""IVT and IT: federal allowances for persons with a disability, personal rights of members
aged 21 to 64 (RULES-RESEARCH §15).

The rules are in model/variables/disability_allowances.py. The means test is not modelled (the
amounts and limits were not found), so a member who meets the other conditions is `to_assess`:
DG Persons with disabilities decides, and Radar gives no amount.
"""

from __future__ import annotations

from radar.rights.catalogue.member_checks import Member, already_receives, per_member
from radar.rights.messages import APPLY
from radar.rights.registry import Assessment, Outcome, Reason, Right

SOURCES = (
    "https://www.harelbeke.be/huisvanwelzijn/producten/inkomensvervangende-en-integratietegemoetkoming-personen-met-een-beperking",
    "https://www.brasschaat.be/inkomensvervangende-enof-integratietegemoetkoming",
    "https://www.peer.be/integratietegemoetkoming-voor-personen-met-een-beperking",
    "https://www.herentals.be/ocmw/tegemoetkoming-handicap",
    "https://kuurne.prod.drk.be/sociaal_huis/producten/inkomensvervangende-en-integratietegemoetkoming",
)

COMMON_NEEDS = (
    "members[*].age",
    "members[*].residence_status",
    "members[*].benefits_received",
    "members[*].income_monthly_net",
)


def _check_nationality(a: Assessment, member: Member, who: dict) -> None:
    status = a.facts.path(member, "residence_status")
    if not a.known(status):
        return
    if a.facts.get(status) == "subsidiary_protection":
        a.discretion(Reason("disability.residence_check", who))
        return
    a.require(
        a.member_value("disability_allowance_nationality_condition", member),
        [],
        yes=None,
        no=Reason("disability.residence_no", who),
    )


def _candidates(a: Assessment, right_id: str) -> list[Member]:
    """Members who already receive the allowance, or whose age is unknown or 21 to 64."""
    limits = getattr(a.parameters, right_id)
    return [
        member
        for member in a.facts.members
        if already_receives(a, member, right_id)
        or limits.minimum_age
        <= a.facts.get(a.facts.path(member, "age"), limits.minimum_age)
        <= limits.maximum_age
    ]


def _none(a: Assessment, right_id: str) -> Reason:
    limits = getattr(a.parameters, right_id)
    return Reason(
        "disability.age_none",
        {
            "minimum": limits.minimum_age,
            "maximum": limits.maximum_age,
            "limit": limits.maximum_age + 1,
        },
    )


def check_ivt(a: Assessment, member: Member) -> None:
    who = {"member": member["id"]}
    if already_receives(a, member, "ivt"):
        a.note(Reason("ivt.already", who))
        a.received = True
        return None
    a.known(a.facts.path(member, "age"))
    _check_nationality(a, member, who)
    capacity = a.facts.path(member, "flags.earning_capacity_at_most_one_third")
    a.require(
        a.facts.get(capacity) is True,
        [capacity],
        yes=Reason("ivt.capacity_ok", who),
        no=Reason("ivt.capacity_no", who),
    )
    if a.status in ("eligible", "to_assess"):
        a.discretion(Reason("disability.means_test", who))
    return None


def check_it(a: Assessment, member: Member) -> None:
    who = {"member": member["id"]}
    if already_receives(a, member, "it"):
        a.note(Reason("it.already", who))
        a.received = True
        return None
    a.known(a.facts.path(member, "age"))
    _check_nationality(a, member, who)
    points_path = a.facts.path(member, "flags.self_reliance_points")
    points = a.facts.get(points_path)
    params = {
        **who,
        "points": points,
        "minimum": a.parameters.it.minimum_points,
        "category": a.member_value("it_category", member),
    }
    a.require(
        a.member_value("it_points_condition", member),
        [points_path],
        yes=Reason("it.points_ok", params),
        no=Reason("it.points_low", params),
    )
    if a.status in ("eligible", "to_assess"):
        a.discretion(Reason("disability.means_test", who))
    return None


def decide_ivt(a: Assessment) -> Outcome:
    return per_member(a, _candidates(a, "ivt"), check_ivt, none=_none(a, "ivt"))


def decide_it(a: Assessment) -> Outcome:
    return per_member(a, _candidates(a, "it"), check_it, none=_none(a, "it"))


RIGHTS = [
    Right(
        id="ivt",
        domain="income",
        needs=(*COMMON_NEEDS, "members[*].flags.earning_capacity_at_most_one_third"),
        variables=("disability_allowance_nationality_condition", "ivt_possible"),
        parameters=("ivt",),
        decide=decide_ivt,
        sources=SOURCES,
        automatic=False,
        personal=True,
    ),
    Right(
        id="it",
        domain="income",
        needs=(*COMMON_NEEDS, "members[*].flags.self_reliance_points"),
        variables=(
            "disability_allowance_nationality_condition",
            "it_points_condition",
            "it_category",
            "it_possible",
        ),
        parameters=("it",),
        decide=decide_it,
        sources=SOURCES,
        automatic=False,
        personal=True,
    ),
]

assert all(right.id in APPLY for right in RIGHTS)
