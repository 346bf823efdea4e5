"""Family benefits: the Flemish Groeipakket (basisbedrag, sociale toeslag, schoolbonus,
kinderopvangtoeslag, kleutertoeslag, schooltoeslag), the Flemish higher-education grant, the OCMW
tariff in childcare, and the Walloon and Brussels supplément social.

They are personal rights of a child (or a student): each child is assessed on its own (a
sub-assessment), and the household's outcome names the children who have the right and adds up
their amounts. The rules are in model/variables/family.py. Yearly payments (schoolbonus,
kleutertoeslag, schooltoeslag) are shown as a monthly equivalent (yearly / 12) and the reasons
give the yearly amount.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from radar.rights.model.money import cents
from radar.rights.registry import Assessment, Outcome, Reason, Right, at_most, below, money

INCOME = "household_gross_taxable_income_yearly_previous_year"
GROEIPAKKET_SOURCES = (
    "https://www.groeipakket.be/Tegemoetkomingen/Basisbedrag",
    "https://www.groeipakket.be/Bedragen/Indexering",
    "https://www.infino.be/nl/home/groeipakket/basisbedragen",
    "https://www.myfamily.be/nl-be/groeipakket-bedragen",
)
CHILD_NEEDS = (
    "members[child].age",
    "members[child].birth_date",
    "members[child].flags.school.enrolled",
)
SCHOOL_NEEDS = (
    "members[child].flags.school.level",
    "members[child].flags.school.language",
    "members[child].flags.school.recognised_by",
    "members[child].flags.school.enrolled_since",
    "members[child].flags.school.sufficient_attendance",
    "members[child].flags.school.unjustified_absent_half_days",
    "members[child].flags.school.unjustified_absent_half_days_previous_school_year",
)
CHILDCARE_NEEDS = (
    "members[child].flags.childcare.licensed_by",
    "members[child].flags.childcare.language",
    "members[child].flags.childcare.income_related_price",
    "members[child].flags.childcare.days_per_week",
    "members[child].flags.childcare.hours_per_day",
)
ADULT_BENEFITS = ("members[applicant].benefits_received", "members[partner].benefits_received")


# -- Per child, then for the household -------------------------------------------------------------


@dataclass
class Child:
    """One child's assessment, its amount (None: not known) and facts only the amount needs."""

    member: dict[str, Any]
    check: Assessment
    amount: float | None = None
    amount_missing: list[str] = field(default_factory=list)


def _child(a: Assessment, member: dict[str, Any]) -> Child:
    return Child(member, Assessment(a.right, a.facts, a.results, a.parameters))


def _conclude(
    a: Assessment,
    children: list[Child],
    *,
    nobody: Reason,
    yearly: bool = False,
    paid_in_month: int | None = None,
    automatic: bool | None = None,
    to_verify: bool = False,
) -> Outcome:
    """The household's outcome from its own conditions (`a`) and each child's.

    Household conditions fail -> not eligible; household facts missing -> unknown. Otherwise
    the right is eligible when a child has it (to assess when the household's own conditions
    leave discretion), to assess when a child's case is left to the administration, unknown when
    facts of a child are missing, and not eligible when every child fails (or there is none).
    Facts still missing for other children are listed, as they could only add members.
    """
    if a.failures:
        return a.outcome(automatic=automatic)
    holders = [c for c in children if c.check.status == "eligible"]
    assessed = [c for c in children if c.check.status == "to_assess"]
    missing: list[str] = list(a.missing)
    for child in children:
        extra = child.check.missing if child.check.status == "unknown" else []
        if child in holders or child in assessed:
            extra = child.amount_missing
        missing += [path for path in extra if path not in missing]
    reasons = list(a.reasons)
    for child in holders + assessed:
        reasons += child.check.reasons
    if a.missing:
        return Outcome(
            "unknown",
            reasons,
            missing,
            automatic=automatic,
            checked_when_applying=_on_application(a, children),
        )
    if holders or assessed:
        status = "eligible" if holders and not a.discretionary else "to_assess"
        counted = holders if holders else assessed
        amounts = [c.amount for c in counted]
        amount = None if None in amounts or not amounts else sum(amounts)
        amount_yearly = None
        if amount is not None and yearly:
            amount_yearly = amount
            amount = amount / 12
        undecided = any(c.check.status == "unknown" for c in children)
        return Outcome(
            status,
            reasons,
            missing,
            amount_monthly=amount,
            members=[c.member["id"] for c in counted],
            automatic=automatic,
            to_verify=to_verify,
            checked_when_applying=_on_application(a, counted),
            # Children whose facts are missing could add to the amount.
            amount_is_minimum=amount is not None and undecided,
            amount_yearly=amount_yearly,
            paid_in_month=paid_in_month if amount_yearly is not None else None,
        )
    if missing:
        return Outcome(
            "unknown",
            reasons,
            missing,
            automatic=automatic,
            checked_when_applying=_on_application(a, children),
        )
    failures = [reason for child in children for reason in child.check.failures]
    return Outcome("not_eligible", failures or [nobody], automatic=automatic)


def _on_application(a: Assessment, children: list[Child]) -> list[str]:
    paths = list(a.on_application)
    for child in children:
        paths += [p for p in child.check.on_application if p not in paths]
    return paths


def _who(child: Child) -> dict[str, Any]:
    return {"member": child.member["id"]}


def _fact(a: Assessment, member: dict[str, Any], rest: str) -> tuple[str, Any]:
    path = a.facts.path(member, rest)
    return path, a.facts.get(path)


def _by_birth_year(a: Assessment, child: Child, variable: str) -> Any:
    """A result that depends on the birth year: None (and the birth date missing) when the age
    alone leaves two answers."""
    value = a.member_value(variable, child.member)
    other = a.member_value(f"{variable}_if_birthday_to_come", child.member)
    if value == other:
        return value
    path = a.facts.path(child.member, "birth_date")
    if a.is_known(path):  # both variants read the birth date: cannot differ
        return value
    if path not in child.amount_missing:
        child.amount_missing.append(path)
    return None


def _check_child_benefit_age(a: Assessment, child: Child) -> int | None:
    """Child benefit by age: every child until 18, on conditions (Radar checks studies) up to 25.
    Returns the age when known."""
    c = child.check
    age_path, age = _fact(a, child.member, "age")
    if not c.known(age_path):
        return None
    p = a.parameters.groeipakket_basisbedrag
    who = _who(child)
    if age < p.unconditional_below_age:
        c.note(Reason("family.child_under_18", who))
    elif age >= p.maximum_age:
        c.require(False, [], yes=None, no=Reason("family.child_too_old", {**who, "age": age}))
    else:
        enrolled_path, enrolled = _fact(a, child.member, "flags.school.enrolled")
        if c.known(enrolled_path):
            if enrolled:
                c.note(Reason("family.child_studies", who))
            else:
                c.discretion(Reason("family.child_other_conditions", who))
    return age


def _children(a: Assessment) -> list[dict[str, Any]]:
    return a.facts.with_role("child")


# -- groeipakket_basisbedrag -----------------------------------------------------------------------


def _old_system_reason(a: Assessment, child: Child) -> Reason:
    old = a.parameters.groeipakket_basisbedrag.old_system
    return Reason(
        "groeipakket.old_system",
        {
            **_who(child),
            "rank_1": money(old.rank_1),
            "rank_2": money(old.rank_2),
            "rank_3": money(old.rank_3),
        },
    )


def decide_basisbedrag(a: Assessment) -> Outcome:
    children = []
    for member in _children(a):
        child = _child(a, member)
        children.append(child)
        _check_child_benefit_age(a, child)
        if child.check.status not in ("eligible", "to_assess"):
            continue
        new_system = _by_birth_year(a, child, "groeipakket_new_system")
        if new_system:
            child.amount = a.parameters.groeipakket_basisbedrag.amount
            child.check.note(
                Reason(
                    "groeipakket_basisbedrag.amount", {**_who(child), "amount": money(child.amount)}
                )
            )
        elif new_system is False:
            child.check.note(_old_system_reason(a, child))
    return _conclude(a, children, nobody=Reason("family.no_child"))


# -- groeipakket_startbedrag -----------------------------------------------------------------------


def decide_startbedrag(a: Assessment) -> Outcome:
    """A member expecting a child, from the month of pregnancy the parameters give: the
    startbedrag, paid once. Rules in model/variables/family.py (groeipakket_startbedrag_*)."""
    p = a.parameters.groeipakket_startbedrag
    expecting = []
    for member in a.facts.members:
        date_path = a.facts.path(member, "flags.expected_birth_date")
        pregnant_path = a.facts.path(member, "flags.pregnant")
        if a.is_known(date_path):
            expecting.append(member)
        elif a.is_known(pregnant_path) and a.facts.get(pregnant_path):
            a.known(date_path)  # pregnant: when is the child expected?
    if a.missing:
        return a.outcome()
    if not expecting:
        a.require(False, [], yes=None, no=Reason("groeipakket_startbedrag.nobody_expecting"))
        return a.outcome()
    month = p.request_from_pregnancy_month
    holders, refusals = [], []
    for member in expecting:
        date = a.facts.get(a.facts.path(member, "flags.expected_birth_date"))
        who = {"member": member["id"], "date": date, "month": month}
        if a.member_value("groeipakket_startbedrag_pregnancy_condition", member):
            holders.append(member)
            a.note(Reason("groeipakket_startbedrag.expecting", {**who, "amount": money(p.amount)}))
        elif a.member_value("groeipakket_startbedrag_months_before_birth", member) < 0:
            refusals.append(Reason("groeipakket_startbedrag.date_passed", who))
        else:
            refusals.append(Reason("groeipakket_startbedrag.too_early", who))
    if not holders:
        for reason in refusals:
            a.require(False, [], yes=None, no=reason)
    return a.outcome(members=[m["id"] for m in holders])


# -- groeipakket_sociale_toeslag -------------------------------------------------------------------


def _check_real_estate(a: Assessment) -> None:
    if a.is_known("housing.other_real_estate") and a.facts.get("housing.other_real_estate"):
        a.discretion(Reason("family.other_real_estate"))


def decide_sociale_toeslag(a: Assessment) -> Outcome:
    via_benefit = a.value("groeipakket_sociale_toeslag_via_benefit")
    band = a.value("groeipakket_sociale_toeslag_band")
    threshold = a.parameters.groeipakket_sociale_toeslag.income_threshold
    large = a.value("groeipakket_sociale_toeslag_large_family")
    upper = threshold.middle_large_family if large else threshold.middle_small_family
    income = a.facts.get(INCOME)
    passed = a.require_any(
        [(via_benefit, []), (band > 0, [INCOME])],
        yes=None,
        no=Reason(
            "groeipakket_sociale_toeslag.income_above",
            {"income": money(income or 0), "upper": money(upper)},
        ),
    )
    if passed and via_benefit:
        a.note(Reason("groeipakket_sociale_toeslag.via_benefit"))
    elif passed:
        code = "income_low" if band == 1 else "income_middle"
        a.note(
            Reason(
                f"groeipakket_sociale_toeslag.{code}",
                {"income": money(income), "lower": money(threshold.lower), "upper": money(upper)},
            )
        )
    if passed is None and not via_benefit:
        a.known(
            *(
                a.facts.path(m, "benefits_received")
                for m in a.facts.with_role("applicant", "partner")
            )
        )
    _check_real_estate(a)
    per_child = a.value("groeipakket_sociale_toeslag_amount_per_child")
    children = []
    for member in _children(a):
        child = _child(a, member)
        children.append(child)
        _check_child_benefit_age(a, child)
        if child.check.status not in ("eligible", "to_assess") or not passed:
            continue
        new_system = _by_birth_year(a, child, "groeipakket_new_system")
        if new_system:
            child.amount = per_child
            child.check.note(
                Reason(
                    "groeipakket_sociale_toeslag.amount",
                    {**_who(child), "amount": money(per_child)},
                )
            )
        elif new_system is False:
            child.check.note(Reason("groeipakket_sociale_toeslag.transition", _who(child)))
    return _conclude(a, children, nobody=Reason("family.no_child"))


# -- schoolbonus -----------------------------------------------------------------------------------


def decide_schoolbonus(a: Assessment) -> Outcome:
    children = []
    for member in _children(a):
        child = _child(a, member)
        children.append(child)
        _check_child_benefit_age(a, child)
        if child.check.status != "eligible":
            continue
        yearly = _by_birth_year(a, child, "schoolbonus_child_yearly")
        if yearly is not None:
            child.amount = yearly
            child.check.note(Reason("schoolbonus.amount", {**_who(child), "amount": money(yearly)}))
    return _conclude(
        a,
        children,
        nobody=Reason("family.no_child"),
        yearly=True,
        paid_in_month=int(a.parameters.schoolbonus.paid_in_month),
    )


# -- kinderopvangtoeslag ---------------------------------------------------------------------------


OPGROEIEN = ("opgroeien", "kind_en_gezin", "kind en gezin")


def _check_licensed(a: Assessment, child: Child) -> bool | None:
    path, licensed_by = _fact(a, child.member, "flags.childcare.licensed_by")
    return child.check.require(
        str(licensed_by).lower() in OPGROEIEN,
        [path],
        yes=None,
        no=Reason("family.childcare_not_opgroeien", {**_who(child), "licensed_by": licensed_by}),
    )


def _in_childcare(a: Assessment, child: Child) -> bool | None:
    path, days = _fact(a, child.member, "flags.childcare.days_per_week")
    return child.check.require(
        (days or 0) > 0, [path], yes=None, no=Reason("family.no_childcare", _who(child))
    )


def decide_kinderopvangtoeslag(a: Assessment) -> Outcome:
    children = []
    for member in _children(a):
        age_path, age = _fact(a, member, "age")
        if age is not None and age >= 5:
            continue  # school age: no childcare day allowance
        child = _child(a, member)
        children.append(child)
        c = child.check
        who = _who(child)
        if not c.known(age_path):
            continue
        if not _in_childcare(a, child):
            continue
        _check_licensed(a, child)
        language_path, language = _fact(a, member, "flags.childcare.language")
        c.require(
            language == "nl",
            [language_path],
            yes=None,
            no=Reason("family.childcare_not_dutch", who),
        )
        price_path, income_related = _fact(a, member, "flags.childcare.income_related_price")
        c.require(
            income_related is False,
            [price_path],
            yes=None,
            no=Reason("kinderopvangtoeslag.income_related", who),
        )
        hours_path, _ = _fact(a, member, "flags.childcare.hours_per_day")
        day_amount = a.member_value("kinderopvangtoeslag_day_amount", member)
        c.require(
            day_amount > 0, [hours_path], yes=None, no=Reason("kinderopvangtoeslag.too_short", who)
        )
        if age >= 2:
            school_path, enrolled = _fact(a, member, "flags.school.enrolled")
            c.require(
                enrolled is False,
                [school_path],
                yes=None,
                no=Reason("kinderopvangtoeslag.at_school", who),
            )
        if c.status == "eligible":
            child.amount = a.member_value("kinderopvangtoeslag_child", member)
            c.note(
                Reason(
                    "kinderopvangtoeslag.amount",
                    {**who, "day_amount": money(day_amount), "amount": money(child.amount)},
                )
            )
    return _conclude(a, children, nobody=Reason("kinderopvangtoeslag.no_young_child"))


# -- kleutertoeslag and schooltoeslag --------------------------------------------------------------


def _check_flemish_school(a: Assessment, child: Child, *, level: str | None) -> bool | None:
    """Enrolled (at `level`, if given) in a Dutch-language school of the Flemish Community."""
    c = child.check
    who = _who(child)
    member = child.member
    enrolled_path, enrolled = _fact(a, member, "flags.school.enrolled")
    if not c.require(
        enrolled is True, [enrolled_path], yes=None, no=Reason("family.not_enrolled", who)
    ):
        return None
    if level is not None:
        level_path, actual = _fact(a, member, "flags.school.level")
        if not c.require(
            actual == level,
            [level_path],
            yes=None,
            no=Reason("kleutertoeslag.not_kindergarten", who),
        ):
            return None
    community_path, community = _fact(a, member, "flags.school.recognised_by")
    language_path, language = _fact(a, member, "flags.school.language")
    return c.require(
        community == "flemish_community" and language == "nl",
        [community_path, language_path],
        yes=Reason("family.flemish_school", who),
        no=Reason("family.not_flemish_school", who),
    )


def _automatic_outside_flanders(a: Assessment) -> bool | None:
    """FONS pays families living in Brussels only on request."""
    return False if a.facts.get("region") == "brussels" else None


def decide_kleutertoeslag(a: Assessment) -> Outcome:
    p = a.parameters.kleutertoeslag
    children = []
    for member in _children(a):
        age_path, age = _fact(a, member, "age")
        if age is not None and not 2 <= age <= 4:
            continue
        child = _child(a, member)
        children.append(child)
        c = child.check
        who = _who(child)
        if not c.known(age_path):
            continue
        round_ = _by_birth_year(a, child, "kleutertoeslag_round")
        if round_ is None:
            c.known(*child.amount_missing)
            continue
        if not c.require(round_ > 0, [], yes=None, no=Reason("kleutertoeslag.not_this_year", who)):
            continue
        if not _check_flemish_school(a, child, level="kindergarten"):
            continue
        if round_ == 1:
            since_path, _ = _fact(a, member, "flags.school.enrolled_since")
            birth_path = a.facts.path(member, "birth_date")
            c.require(
                a.member_value("kleutertoeslag_enrolled_in_time", member),
                [since_path, birth_path],
                yes=Reason(
                    "kleutertoeslag.first",
                    {**who, "months": p.enrolment_months_after_third_birthday},
                ),
                no=Reason(
                    "kleutertoeslag.enrolled_late",
                    {**who, "months": p.enrolment_months_after_third_birthday},
                ),
            )
        else:
            attendance_path, present = _fact(a, member, "flags.school.sufficient_attendance")
            half_days = {
                "first": p.attendance_half_days.first_class,
                "second": p.attendance_half_days.second_class,
            }
            c.require(
                present is True,
                [attendance_path],
                yes=Reason("kleutertoeslag.second", {**who, **half_days}),
                no=Reason("kleutertoeslag.not_present", {**who, **half_days}),
            )
        child.amount = p.amount
        if c.status == "eligible":
            c.note(Reason("kleutertoeslag.amount", {**who, "amount": money(p.amount)}))
    return _conclude(
        a,
        children,
        nobody=Reason("kleutertoeslag.no_toddler"),
        yearly=True,
        automatic=_automatic_outside_flanders(a),
    )


SCHOOL_LEVELS = ("kindergarten", "primary", "secondary")


def _check_attendance(a: Assessment, child: Child, level: str) -> None:
    c = child.check
    who = _who(child)
    p = a.parameters.schooltoeslag
    member = child.member
    if level == "kindergarten":
        path, present = _fact(a, member, "flags.school.sufficient_attendance")
        c.checked_at_application(
            path, present is True, yes=None, no=Reason("schooltoeslag.kindergarten_absent", who)
        )
        return
    path, absent = _fact(a, member, "flags.school.unjustified_absent_half_days")
    if level == "primary":
        maximum = p.primary_maximum_unjustified_half_days
        c.checked_at_application(
            path,
            absent is not None and absent <= maximum,
            yes=None,
            no=Reason(
                "schooltoeslag.primary_absent", {**who, "absent": absent, "maximum": maximum}
            ),
        )
        return
    limit = p.secondary_unjustified_half_days
    if not c.is_known(path):
        c.checked_at_application(
            path,
            True,
            yes=None,
            no=Reason("schooltoeslag.secondary_absent", {**who, "limit": limit}),
        )
        return
    if absent < limit:
        return
    before_path, before = _fact(
        a, member, "flags.school.unjustified_absent_half_days_previous_school_year"
    )
    c.checked_at_application(
        before_path,
        before is not None and before < limit,
        yes=None,
        no=Reason("schooltoeslag.secondary_absent", {**who, "limit": limit}),
    )


def _check_school_for_schooltoeslag(a: Assessment, child: Child, level: str) -> None:
    c = child.check
    who = _who(child)
    member = child.member
    enrolled_path, enrolled = _fact(a, member, "flags.school.enrolled")
    # Enrolment and attendance are checked by the payer: unrecorded, they don't hold it back.
    if (
        c.checked_at_application(
            enrolled_path, enrolled is True, yes=None, no=Reason("family.not_enrolled", who)
        )
        is False
    ):
        return
    community_path, community = _fact(a, member, "flags.school.recognised_by")
    language_path, language = _fact(a, member, "flags.school.language")
    if not c.known(community_path, language_path):
        return
    if community == "flemish_community" and language == "nl":
        c.note(Reason("family.flemish_school", who))
    elif level == "secondary" and community != "flemish_community":
        c.discretion(Reason("schooltoeslag.other_community_secondary", who))
    else:
        c.require(False, [], yes=None, no=Reason("family.not_flemish_school", who))


def _schooltoeslag_points_facts(a: Assessment) -> list[str]:
    """Facts that could add points (a member in higher education beyond the first, a member with
    a severe disability), when not known."""
    paths = []
    for member in a.facts.members:
        for rest in ("flags.school.level", "flags.disability_pillar1_points"):
            path = a.facts.path(member, rest)
            if not a.is_known(path):
                paths.append(path)
    return paths


def _check_schooltoeslag_income(a: Assessment) -> bool | None:
    if not a.known(INCOME):
        return None
    income = a.facts.get(INCOME)
    points = a.value("schooltoeslag_points")
    maximum = a.value("schooltoeslag_income_maximum")
    params = {"income": money(income), "points": points, "maximum": money(maximum)}
    if at_most(income, maximum):
        a.note(Reason("schooltoeslag.income_below", params))
        return True
    table = a.parameters.schooltoeslag
    top = table.maximum_points
    unknown = _schooltoeslag_points_facts(a)
    could_reach = min(points + len(unknown), top)
    if unknown and at_most(income, table.income_maximum[f"points_{could_reach}"]):
        a.known(*unknown)
        return None
    if points > top:
        a.discretion(Reason("schooltoeslag.many_points", params))
        return True
    a.require(False, [], yes=None, no=Reason("schooltoeslag.income_above", params))
    return False


def decide_schooltoeslag(a: Assessment) -> Outcome:
    p = a.parameters.schooltoeslag
    income_ok = _check_schooltoeslag_income(a)
    _check_real_estate(a)
    primary_yearly = a.value("schooltoeslag_primary_yearly")
    children = []
    for member in _children(a):
        age_path, age = _fact(a, member, "age")
        if age is not None and age < p.minimum_age:
            continue
        child = _child(a, member)
        children.append(child)
        c = child.check
        who = _who(child)
        if _check_child_benefit_age(a, child) is None:
            continue
        level_path, level = _fact(a, member, "flags.school.level")
        if not c.require(
            level in SCHOOL_LEVELS,
            [level_path],
            yes=None,
            no=Reason("schooltoeslag.not_at_school", who),
        ):
            continue
        _check_school_for_schooltoeslag(a, child, level)
        _check_attendance(a, child, level)
        if level == "secondary" and age > p.secondary_last_age:
            c.require(
                False,
                [],
                yes=None,
                no=Reason("schooltoeslag.too_old", {**who, "age": p.secondary_last_age}),
            )
        elif level == "secondary" and age == p.secondary_last_age:
            c.discretion(Reason("schooltoeslag.turns_22", {**who, "age": p.secondary_last_age}))
        if level == "primary" and income_ok:
            child.amount = primary_yearly
            c.note(Reason("schooltoeslag.primary_amount", {**who, "amount": money(primary_yearly)}))
        elif income_ok:
            average = p.average[level] if level in ("kindergarten", "secondary") else None
            c.note(Reason("schooltoeslag.amount_varies", {**who, "average": money(average or 0)}))
    income = a.facts.get(INCOME)
    partial = (
        income is not None
        and not at_most(income, a.value("schooltoeslag_income_minimum"))
        and at_most(income, a.value("schooltoeslag_income_maximum"))
    )
    return _conclude(
        a, children, nobody=Reason("schooltoeslag.no_pupil"), yearly=True, to_verify=partial
    )


# -- studietoelage_hoger_onderwijs -----------------------------------------------------------------


RESIDENCE_OPEN = ("belgian", "recognised_refugee")


def decide_studietoelage(a: Assessment) -> Outcome:
    students = []
    for member in a.facts.members:
        level_path, level = _fact(a, member, "flags.school.level")
        if level != "higher":
            age_path, age = _fact(a, member, "age")
            ages = a.parameters.studietoelage_hoger_onderwijs.ask_studies_at_age
            if level is None and (age is None or ages.minimum <= age <= ages.maximum):
                maybe = _child(a, member)  # could be a student: ask (the age first if unknown)
                maybe.check.known(age_path, level_path)
                students.append(maybe)
            continue
        student = _child(a, member)
        students.append(student)
        c = student.check
        who = _who(student)
        enrolled_path, enrolled = _fact(a, member, "flags.school.enrolled")
        community_path, community = _fact(a, member, "flags.school.recognised_by")
        if not c.require(
            enrolled is True, [enrolled_path], yes=None, no=Reason("family.not_enrolled", who)
        ):
            continue
        c.require(
            community == "flemish_community",
            [community_path],
            yes=Reason("studietoelage_hoger_onderwijs.flemish_institution", who),
            no=Reason("studietoelage_hoger_onderwijs.not_flemish_institution", who),
        )
        status_path, status = _fact(a, member, "residence_status")
        if c.known(status_path):
            if status == "no_legal_residence":
                c.require(
                    False,
                    [],
                    yes=None,
                    no=Reason("studietoelage_hoger_onderwijs.no_residence", who),
                )
            elif status not in RESIDENCE_OPEN:
                c.discretion(Reason("studietoelage_hoger_onderwijs.residence_conditions", who))
        c.discretion(
            Reason(
                "studietoelage_hoger_onderwijs.income_test",
                {
                    **who,
                    "supplement": money(
                        a.parameters.studietoelage_hoger_onderwijs.groeipakket_supplement
                    ),
                },
            )
        )
    return _conclude(a, students, nobody=Reason("studietoelage_hoger_onderwijs.no_student"))


# -- kinderopvang_ocmw_tarief ----------------------------------------------------------------------


def decide_kinderopvang_ocmw_tarief(a: Assessment) -> Outcome:
    p = a.parameters.kinderopvang_ocmw_tarief
    children = []
    for member in _children(a):
        age_path, age = _fact(a, member, "age")
        days_path = a.facts.path(member, "flags.childcare.days_per_week")
        if age is not None and age >= 4 and not a.is_known(days_path):
            continue  # past the childcare age and no childcare mentioned
        child = _child(a, member)
        children.append(child)
        c = child.check
        if not c.known(age_path) or not _in_childcare(a, child):
            continue
        _check_licensed(a, child)
        price_path, income_related = _fact(a, member, "flags.childcare.income_related_price")
        if (
            c.require(
                income_related is True,
                [price_path],
                yes=None,
                no=Reason("kinderopvang_ocmw_tarief.not_income_related", _who(child)),
            )
            and c.status != "not_eligible"
        ):
            c.discretion(
                Reason(
                    "kinderopvang_ocmw_tarief.enquiry",
                    {
                        **_who(child),
                        "share": f"{p.share_of_income_tariff:.0%}",
                        "standard": money(p.standard_minimum_day),
                        "lowest": money(p.lowest_day),
                    },
                )
            )
    applicant = a.facts.applicant
    benefits_path = a.facts.path(applicant, "benefits_received")
    if a.is_known(benefits_path) and "leefloon" in a.facts.get(benefits_path):
        a.note(Reason("kinderopvang_ocmw_tarief.leefloon"))
    return _conclude(a, children, nobody=Reason("kinderopvang_ocmw_tarief.no_childcare"))


# -- af_wallonie_supplement_social -----------------------------------------------------------------


def decide_af_wallonie(a: Assessment) -> Outcome:
    p = a.parameters.af_wallonie_supplement_social
    benefit_paths = [a.facts.path(m, "benefits_received") for m in a.facts.members]
    with_vt = any(
        "verhoogde_tegemoetkoming" in (a.facts.get(path) or ())
        for path in benefit_paths
        if a.is_known(path)
    )
    band = a.value("af_wallonie_supplement_band")
    income = a.facts.get(INCOME)
    passed = a.require_any(
        [(with_vt, []), (band > 0, [INCOME])],
        yes=None,
        no=Reason(
            "af_wallonie_supplement_social.income_above",
            {"income": money(income or 0), "upper": money(p.income_threshold.upper)},
        ),
    )
    if passed is None and not with_vt:
        a.known(*benefit_paths)
    to_verify = False
    if passed and band == 1:
        per_child = p.amount.lower_income
        a.note(
            Reason(
                "af_wallonie_supplement_social.income_low",
                {"income": money(income), "lower": money(p.income_threshold.lower)},
            )
        )
    elif passed and with_vt:
        per_child = p.amount.lower_income
        to_verify = True
        a.note(Reason("af_wallonie_supplement_social.via_vt"))
    elif passed:
        per_child = p.amount.middle_income
        a.note(
            Reason(
                "af_wallonie_supplement_social.income_middle",
                {
                    "income": money(income),
                    "lower": money(p.income_threshold.lower),
                    "upper": money(p.income_threshold.upper),
                },
            )
        )
    children = []
    for member in _children(a):
        child = _child(a, member)
        children.append(child)
        _check_child_benefit_age(a, child)
        if child.check.status not in ("eligible", "to_assess") or not passed:
            continue
        new_model = _by_birth_year(a, child, "af_wallonie_new_model")
        if new_model:
            child.amount = per_child
            child.check.note(
                Reason(
                    "af_wallonie_supplement_social.amount",
                    {**_who(child), "amount": money(per_child)},
                )
            )
        elif new_model is False:
            child.check.note(Reason("af_wallonie_supplement_social.old_model", _who(child)))
    if passed:
        a.note(
            Reason(
                "af_wallonie_supplement_social.invalid_parent",
                {"amount": money(p.amount.invalid_parent)},
            )
        )
    return _conclude(a, children, nobody=Reason("family.no_child"), to_verify=to_verify)


# -- af_bruxelles_supplement_social ---------------------------------------------------------------


def decide_af_bruxelles(a: Assessment) -> Outcome:
    p = a.parameters.af_bruxelles_supplement_social
    band = a.value("af_bruxelles_supplement_band")
    income = a.facts.get(INCOME)
    passed = a.require(
        band > 0,
        [INCOME],
        yes=None,
        no=Reason(
            "af_bruxelles_supplement_social.income_above",
            {"income": money(income or 0), "upper": money(p.income_threshold.upper)},
        ),
    )
    if passed:
        code = "income_low" if band == 1 else "income_middle"
        a.note(
            Reason(
                f"af_bruxelles_supplement_social.{code}",
                {
                    "income": money(income),
                    "lower": money(p.income_threshold.lower),
                    "upper": money(p.income_threshold.upper),
                },
            )
        )
    real_estate = "housing.other_real_estate"
    ki_path = "housing.other_real_estate_cadastral_income"
    ki_params = {"maximum": money(p.cadastral_income_maximum)}
    if a.is_known(ki_path):
        a.require(
            below(a.facts.get(ki_path), p.cadastral_income_maximum),
            [],
            yes=None,
            no=Reason("af_bruxelles_supplement_social.cadastral_income", ki_params),
        )
    elif a.known(real_estate) and a.facts.get(real_estate):
        a.discretion(Reason("af_bruxelles_supplement_social.real_estate", ki_params))
    if a.is_known("housing.tenure") and a.facts.get("housing.tenure") == "owner":
        a.discretion(Reason("af_bruxelles_supplement_social.real_estate", ki_params))

    children = []
    for member in _children(a):
        child = _child(a, member)
        children.append(child)
        _check_child_benefit_age(a, child)
    holders = [c for c in children if c.check.status in ("eligible", "to_assess")]
    undecided = any(c.check.status == "unknown" for c in children)
    if passed and holders and not undecided:
        # Every child's age is known: the number of children and the table give each amount.
        single = a.value("af_bruxelles_single_parent")
        count = a.value("af_bruxelles_entitled_children")
        for child in holders:
            amount = a.member_value("af_bruxelles_supplement_child", child.member)
            if cents(amount) == 0:
                child.check.require(
                    False,
                    [],
                    yes=None,
                    no=Reason("af_bruxelles_supplement_social.middle_one_child", _who(child)),
                )
                continue
            child.amount = amount
            child.check.note(
                Reason(
                    "af_bruxelles_supplement_social.amount",
                    {**_who(child), "amount": money(amount), "children": count},
                )
            )
        if single and count >= 2:
            a.note(Reason("af_bruxelles_supplement_social.single_parent"))
    elif passed and holders:
        a.note(Reason("af_bruxelles_supplement_social.amount_varies"))
    return _conclude(a, children, nobody=Reason("family.no_child"))


# -- The rights ------------------------------------------------------------------------------------


def _right(
    id: str,
    *,
    needs: tuple[str, ...],
    variables: tuple[str, ...],
    decide: Callable[[Assessment], Outcome],
    sources: tuple[str, ...],
    regions: tuple[str, ...],
    automatic: bool,
    domain: str = "family",
    parameters: tuple[str, ...] | None = None,
) -> Right:
    return Right(
        id=id,
        domain=domain,
        needs=needs,
        variables=variables,
        parameters=parameters or (id,),
        decide=decide,
        sources=sources,
        automatic=automatic,
        regions=regions,
        personal=True,
    )


BIRTH = ("birth_year", "birth_year_if_birthday_to_come", "groeipakket_age_condition")

RIGHTS = [
    _right(
        "groeipakket_basisbedrag",
        needs=CHILD_NEEDS,
        variables=BIRTH + ("groeipakket_new_system", "groeipakket_new_system_if_birthday_to_come"),
        decide=decide_basisbedrag,
        sources=GROEIPAKKET_SOURCES,
        regions=("flanders",),
        automatic=True,
    ),
    _right(
        "groeipakket_startbedrag",
        needs=("members[*].flags.pregnant", "members[*].flags.expected_birth_date"),
        variables=(
            "groeipakket_startbedrag_pregnancy_condition",
            "groeipakket_startbedrag_months_before_birth",
            "groeipakket_startbedrag_amount",
        ),
        decide=decide_startbedrag,
        sources=(
            "https://www.groeipakket.be/Bedragen/Indexering",
            "https://www.myfamily.be/nl-be/groeipakket-bedragen",
            "https://lokeren.be/subsites/kind-en-opvang/huis-van-het-kind-0-21-jaar/groeipakket",
        ),
        regions=("flanders",),
        automatic=False,
    ),
    _right(
        "groeipakket_sociale_toeslag",
        needs=CHILD_NEEDS + (INCOME, "housing.other_real_estate") + ADULT_BENEFITS,
        variables=BIRTH
        + (
            "groeipakket_new_system",
            "groeipakket_new_system_if_birthday_to_come",
            "groeipakket_sociale_toeslag_band",
            "groeipakket_sociale_toeslag_via_benefit",
            "groeipakket_sociale_toeslag_large_family",
            "groeipakket_sociale_toeslag_amount_per_child",
        ),
        decide=decide_sociale_toeslag,
        sources=(
            "https://www.groeipakket.be/tegemoetkomingen/sociale-toeslag",
            "https://www.fons.be/faq/voorwaarden/ik-heb-een-laag-inkomen-heb-ik-recht-op-een-sociale-toeslag",
            "https://www.myfamily.be/sociale-toeslagen/",
            "https://www.begijnendijk.be/producten/detail/91/de-sociale-toeslag-groeipakket",
        ),
        regions=("flanders",),
        automatic=True,
        parameters=("groeipakket_sociale_toeslag",),
    ),
    _right(
        "schoolbonus",
        needs=CHILD_NEEDS,
        variables=BIRTH
        + ("schoolbonus_child_yearly", "schoolbonus_child_yearly_if_birthday_to_come"),
        decide=decide_schoolbonus,
        sources=(
            "https://www.landen.be/groeipakket-schoolbonus",
            "https://www.groeipakket.be/faq/algemeen/verschil-schoolbonus-en-schooltoeslag",
        ),
        regions=("flanders",),
        automatic=True,
    ),
    _right(
        "kinderopvangtoeslag",
        needs=CHILD_NEEDS + CHILDCARE_NEEDS,
        variables=("kinderopvangtoeslag_day_amount", "kinderopvangtoeslag_child"),
        decide=decide_kinderopvangtoeslag,
        sources=(
            "https://www.kortenberg.be/de-kinderopvangtoeslag-groeipakket",
            "https://www.groeipakket.be/tegemoetkomingen/participatietoeslagen-voor-kinderen-in-brussel",
        ),
        regions=("flanders", "brussels"),
        automatic=True,
    ),
    _right(
        "kleutertoeslag",
        needs=CHILD_NEEDS + SCHOOL_NEEDS,
        variables=(
            "kleutertoeslag_round",
            "kleutertoeslag_round_if_birthday_to_come",
            "kleutertoeslag_enrolled_in_time",
        ),
        decide=decide_kleutertoeslag,
        sources=(
            "https://www.fons.be/toeslagen-Groeipakket/kleutertoeslag",
            "https://www.begijnendijk.be/producten/detail/93/de-kleutertoeslag-groeipakket",
            "https://www.groeipakket.be/tegemoetkomingen/participatietoeslagen-voor-kinderen-in-brussel",
            "https://www.sint-gregoriuscollege.be/groeipakket/",
        ),
        regions=("flanders", "brussels"),
        automatic=True,
        domain="education",
    ),
    _right(
        "schooltoeslag",
        needs=CHILD_NEEDS
        + SCHOOL_NEEDS
        + (
            INCOME,
            "housing.other_real_estate",
            "members[*].flags.school.level",
            "members[*].flags.disability_pillar1_points",
        ),
        variables=(
            "schooltoeslag_points",
            "schooltoeslag_income_minimum",
            "schooltoeslag_income_maximum",
            "schooltoeslag_primary_yearly",
        ),
        decide=decide_schooltoeslag,
        sources=(
            "https://www.groeipakket.be/en/benefits-groeipakket/school-supplement/%20family-size-and-the-income-thresholds",
            "https://groeipakket.be/nl/punten-van-je-gezin",
            "https://www.fons.be/toeslagen-Groeipakket/Schooltoeslag/Financi%C3%ABle-voorwaarde",
            "https://gpedia.groeipakket.be/nl/thema/selectieve/bedragen-van-de/theorie/bedragen-voor-de-0",
            "https://aalst.be/geld-hulp-en-advies/geld/school-en-studietoelage",
        ),
        regions=("flanders", "brussels"),
        automatic=True,
        domain="education",
    ),
    _right(
        "studietoelage_hoger_onderwijs",
        needs=(
            "members[*].age",
            "members[*].residence_status",
            "members[*].flags.school.level",
            "members[*].flags.school.enrolled",
            "members[*].flags.school.recognised_by",
        ),
        variables=("studietoelage_study_condition",),
        decide=decide_studietoelage,
        sources=(
            "https://studietoelagen.be/voorwaarden-en-bedragen/kom-ik-in-aanmerking",
            "https://huisvanhetkindroeselare.be/studietoelage-hoger-onderwijs",
            "https://www.niel.be/product/643/studietoelage-voor-het-hoger-onderwijs",
            "https://www.laarne.be/producten/detail/41/studietoelage-voor-het-hoger-onderwijs",
        ),
        regions=("flanders", "brussels"),
        automatic=False,
        domain="education",
    ),
    _right(
        "kinderopvang_ocmw_tarief",
        needs=("members[child].age", "members[applicant].benefits_received") + CHILDCARE_NEEDS,
        variables=("kinderopvang_ocmw_tarief_childcare_condition",),
        decide=decide_kinderopvang_ocmw_tarief,
        sources=(
            "https://www.vvsg.be/samenleven-gezin-welzijn/kinderopvang-en-gezinsbeleid/ocmw-tarief-kinderopvang",
            "https://kinderopvangbrugge.be/nl/individueel-verminderd-tarief-kinderopvang",
            "https://www.dehaan.be/verminderd-tarief-voor-kinderopvang",
        ),
        regions=("flanders",),
        automatic=False,
    ),
    _right(
        "af_wallonie_supplement_social",
        needs=CHILD_NEEDS + (INCOME, "members[*].benefits_received"),
        variables=BIRTH
        + (
            "af_wallonie_supplement_band",
            "af_wallonie_new_model",
            "af_wallonie_new_model_if_birthday_to_come",
        ),
        decide=decide_af_wallonie,
        sources=(
            "https://www.droitsquotidiens.be/fr/question/jai-peu-de-revenus-ai-je-droit-un-supplement-dallocations-familiales-wallonie?o=8132",
            "https://mc.be/en-marche/vos-droits/familles/quelles-allocations-familiales-pour-les-familles-modestes",
            "https://www.parentia.be/fr-WA/allocations-familiales/plus-dinfos-sur-le-modele-wallon-partir-de-2020?set_language_cookie=fr-WA",
        ),
        regions=("wallonia",),
        automatic=True,
    ),
    _right(
        "af_bruxelles_supplement_social",
        needs=CHILD_NEEDS
        + (
            INCOME,
            "housing.other_real_estate",
            "housing.other_real_estate_cadastral_income",
            "housing.tenure",
            "members[applicant].flags.single_parent",
        ),
        variables=(
            "af_bruxelles_supplement_band",
            "groeipakket_age_condition",
            "af_bruxelles_entitled_children",
            "af_bruxelles_single_parent",
            "af_bruxelles_supplement_child",
        ),
        decide=decide_af_bruxelles,
        sources=(
            "https://www.droitsquotidiens.be/fr/question/ai-je-droit-un-supplement-dallocations-familiales-si-jai-peu-de-revenus-bruxelles",
            "https://www.bruxelles-j.be/ton-autonomie/tu-es-mineur/quels-sont-les-montants-des-allocations-familiales-peux-tu-percevoir-tes-allocations-toi-meme",
        ),
        regions=("brussels",),
        automatic=True,
    ),
]
