"""Verhoogde tegemoetkoming: automatic through a benefit, a child's own right through a
disability, or on request after an income test. A personal right: the outcome names members.

The rules are in model/variables/verhoogde_tegemoetkoming.py.
"""

from __future__ import annotations

from typing import Any

from radar.rights.registry import Assessment, Outcome, Reason, Right, money

SOURCES = (
    "https://www.droitsquotidiens.be/fr/question/qui-peut-recevoir-lintervention-majoree-statut-bim",
    "https://www.droitsquotidiens.be/fr/question/combien-dois-je-gagner-pour-recevoir-lintervention-majoree-statut-bim",
    "https://statut-bim.be/pour-qui/",
    "https://partenamut.be/fr/faq/bim",
    "https://www.cm.be/nl/faq-verhoogde-tegemoetkoming",
)

INCOME = "household_gross_taxable_income_yearly_previous_year"

NEEDS = (
    INCOME,
    "members[*].benefits_received",
    "members[*].flags.leefloon_months",
    "members[*].flags.equivalent_leefloon_months",
    "members[*].flags.unemployed_months",
    "members[child].flags.disability_pillar1_points",
)

VARIABLES = (
    "verhoogde_tegemoetkoming",
    "verhoogde_tegemoetkoming_via_benefit",
    "verhoogde_tegemoetkoming_via_disability",
    "verhoogde_tegemoetkoming_household_size",
    "verhoogde_tegemoetkoming_income_ceiling",
    "verhoogde_tegemoetkoming_income_test",
    "verhoogde_tegemoetkoming_reference_month_ceiling",
    "verhoogde_tegemoetkoming_indicator",
)

# Benefits that open the right without an income test; the leefloon ones only after some months.
OPENING_BENEFITS = ("igo", "ivt", "it", "hulp_aan_bejaarden", "leefloon", "equivalent_leefloon")
NO_WAITING = {"igo", "ivt", "it", "hulp_aan_bejaarden"}
ALREADY = "verhoogde_tegemoetkoming"  # in benefits_received: the right is already granted
MONTHS_FLAG = {"leefloon": "leefloon_months", "equivalent_leefloon": "equivalent_leefloon_months"}


def _via_benefit(a: Assessment, member: dict[str, Any]) -> bool | None:
    """Whether this member's benefits open the right (None: facts missing, recorded)."""
    benefits_path = a.facts.path(member, "benefits_received")
    if not a.known(benefits_path):
        return None
    benefits = a.facts.get(benefits_path)
    months_paths = [
        a.facts.path(member, f"flags.{MONTHS_FLAG[benefit]}")
        for benefit in benefits
        if benefit in MONTHS_FLAG
    ]
    if a.member_value("verhoogde_tegemoetkoming_via_benefit", member):
        if all(map(a.is_known, months_paths)) or NO_WAITING & set(benefits):
            return True
    if not a.known(*months_paths):
        return None
    minimum = a.parameters.verhoogde_tegemoetkoming.leefloon_minimum_months
    for path in months_paths:
        a.note(
            Reason(
                "verhoogde_tegemoetkoming.leefloon_too_short",
                {"member": member["id"], "months": a.facts.get(path), "minimum": minimum},
            )
        )
    return False


def _already(a: Assessment, member: dict[str, Any]) -> bool:
    """The member already has the verhoogde tegemoetkoming (declared in benefits_received)."""
    return ALREADY in (a.facts.get(a.facts.path(member, "benefits_received")) or ())


def _benefit_names(a: Assessment, member: dict[str, Any]) -> str:
    benefits = a.facts.get(a.facts.path(member, "benefits_received"))
    return ", ".join(b for b in benefits if b in OPENING_BENEFITS)


def decide(a: Assessment) -> Outcome:
    """Who has the right, in this order: the household (applicant, partner, children) through a
    benefit of the applicant or partner; any member through their own benefit; a child through a
    disability; the household through the income test, or to assess on the current income."""
    core = a.facts.with_role("applicant", "partner", "child")
    eligible: list[str] = []
    automatic = False

    opened_by = None
    for member in a.facts.with_role("applicant", "partner"):
        if _already(a, member):
            a.note(Reason("verhoogde_tegemoetkoming.household_already", {"member": member["id"]}))
            opened_by = member
            eligible = [m["id"] for m in core]
            break
    for member in a.facts.with_role("applicant", "partner"):
        if opened_by is not None:
            break
        if _via_benefit(a, member):
            opened_by = member
            break
    if opened_by is not None and not eligible:
        reason = Reason(
            "verhoogde_tegemoetkoming.household_via_benefit",
            {"member": opened_by["id"], "benefits": _benefit_names(a, opened_by)},
        )
        a.note(reason)
        eligible = [member["id"] for member in core]
        automatic = True

    for member in a.facts.with_role("child", "parent", "other_adult"):
        if member["id"] in eligible:
            continue
        if _already(a, member):
            a.note(Reason("verhoogde_tegemoetkoming.own_already", {"member": member["id"]}))
            eligible.append(member["id"])
        elif a.is_known(a.facts.path(member, "benefits_received")) and _via_benefit(a, member):
            a.note(
                Reason(
                    "verhoogde_tegemoetkoming.own_via_benefit",
                    {"member": member["id"], "benefits": _benefit_names(a, member)},
                )
            )
            eligible.append(member["id"])
            automatic = True
        elif member["role"] == "child" and a.member_value(
            "verhoogde_tegemoetkoming_via_disability", member
        ):
            points = a.parameters.verhoogde_tegemoetkoming.disability_minimum_pillar1_points
            a.note(
                Reason(
                    "verhoogde_tegemoetkoming.disability",
                    {"member": member["id"], "points": points},
                )
            )
            eligible.append(member["id"])

    if opened_by is None:
        size = a.value("verhoogde_tegemoetkoming_household_size")
        if a.known(INCOME):
            income = a.facts.get(INCOME)
            ceiling = a.value("verhoogde_tegemoetkoming_income_ceiling")
            params = {"income": money(income), "ceiling": money(ceiling), "size": size}
            if a.value("verhoogde_tegemoetkoming_income_test"):
                a.note(Reason("verhoogde_tegemoetkoming.income_below", params))
                eligible = [m["id"] for m in core] + [i for i in eligible if i not in core_ids(a)]
            else:
                a.note(Reason("verhoogde_tegemoetkoming.income_above", params))
                if a.value("verhoogde_tegemoetkoming_indicator"):
                    ceiling = a.value("verhoogde_tegemoetkoming_reference_month_ceiling")
                    a.discretion(
                        Reason(
                            "verhoogde_tegemoetkoming.indicator",
                            {"ceiling": money(ceiling), "size": size},
                        )
                    )
                elif not a.missing:
                    a.note(Reason("verhoogde_tegemoetkoming.no_benefit"))

    if eligible:
        # Someone has the right: what is still unknown could only add members.
        received = any(_already(a, m) for m in a.facts.members if m["id"] in eligible)
        return Outcome(
            status="eligible",
            reasons=a.reasons,
            missing=a.missing,
            members=_in_household_order(a, eligible),
            automatic=automatic,
            received=received,
        )
    if a.discretionary and not a.missing:
        return a.outcome(members=[m["id"] for m in core], automatic=False)
    if not a.missing:
        _require_everyone_known(a)
    if a.missing:
        return a.outcome()
    return Outcome(
        status="not_eligible",
        reasons=a.reasons + a.hints,
        automatic=False,
        also_possible_if=list(a.widening),
    )


def _require_everyone_known(a: Assessment) -> None:
    """Before saying no: another adult's own benefit, or a child's severe disability, gives
    them the right whatever the household's income."""
    others = a.facts.with_role("parent", "other_adult")
    children = a.facts.with_role("child")
    a.known(*(a.facts.path(member, "benefits_received") for member in others))
    # A child's disability is a rare route that can only widen the right: "also possible if".
    points = a.parameters.verhoogde_tegemoetkoming.disability_minimum_pillar1_points
    a.also_possible_if(
        *(a.facts.path(child, "flags.disability_pillar1_points") for child in children),
        reason=Reason("verhoogde_tegemoetkoming.also_disability", {"points": points}),
    )


def core_ids(a: Assessment) -> set[str]:
    return {m["id"] for m in a.facts.with_role("applicant", "partner", "child")}


def _in_household_order(a: Assessment, member_ids: list[str]) -> list[str]:
    return [m["id"] for m in a.facts.members if m["id"] in member_ids]


RIGHTS = [
    Right(
        id="verhoogde_tegemoetkoming",
        domain="health",
        needs=NEEDS,
        variables=VARIABLES,
        parameters=("verhoogde_tegemoetkoming",),
        decide=decide,
        sources=SOURCES,
        automatic=False,
        personal=True,
    ),
]
