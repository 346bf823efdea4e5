"""Leefloon and equivalent leefloon: same conditions and amounts, different residence status.

The rules are in model/variables/leefloon.py; this module names the facts each condition
needs and says why the household is or is not entitled.
"""

from __future__ import annotations

from radar.rights.messages import APPLY, LEEFLOON_CATEGORIES
from radar.rights.registry import Assessment, Outcome, Reason, Right, at_most, money, names

SOURCES = (
    "https://primabook.mi-is.be/nl/recht-op-maatschappelijke-integratie/de-voorwaarden",
    "https://primabook.mi-is.be/nl/recht-op-maatschappelijke-integratie/berekening-van-de-bestaansmiddelen",
    "https://www.bdas-wwsb.brussels/?p=3288",
    "https://www.mi-is.be/nl/faq/moet-er-voor-de-berekening-van-het-leefloon-rekening-gehouden-worden-met-de-studiebeurs-die-de-0",
)
EQUIVALENT_SOURCES = (
    "https://www.maaseik.be/vreemdelingen",
    "https://www.laakdal.be/financiele-steun-voor-vreemdelingen",
    "http://www.ocmw-info-cpas.be/fiche_FV_nl/laide_financiere_equivalente_au_revenu_dintegration_sociale_eris",
)

NEEDS = (
    "members[applicant].age",
    "members[applicant].residence_status",
    "members[applicant].flags.eu_worker_or_self_employed",
    "members[applicant].flags.months_in_belgium",
    "members[applicant].flags.pregnant",
    "members[applicant].flags.emancipated_by_marriage",
    "members[applicant].flags.willing_to_work",
    "members[applicant].flags.health_or_equity_reasons",
    "members[applicant].flags.other_benefit_rights_exhausted",
    "members[applicant].flags.lives_alone",
    "members[applicant].flags.savings",
    "members[partner].flags.savings",
    "members[applicant].income_monthly_net",
    "members[partner].income_monthly_net",
    "members[partner].residence_status",
    "members[child].age",
    "members[child].income_monthly_net",
    "members[parent].income_monthly_net",
)

VARIABLES = (
    "leefloon_residence_condition",
    "equivalent_leefloon_residence_condition",
    "leefloon_age_condition",
    "leefloon_category",
    "leefloon_category_amount",
    "leefloon_counted_resources",
    "leefloon_discretionary_resources",
    "leefloon_resources_gap",
    "leefloon_counted_income",
    "leefloon_capital_income",
    "leefloon_partner_amount",
)


def _check_residence(a: Assessment, *, equivalent: bool) -> None:
    """Leefloon: Belgian, population register, refugee, subsidiary protection, stateless, or
    EU citizen past the first months (or working). Equivalent leefloon: foreigners' register."""
    applicant = a.facts.applicant
    status_path = a.facts.path(applicant, "residence_status")
    if not a.known(status_path):
        return
    status = a.facts.get(status_path)
    who = {"member": applicant["id"]}
    if status == "no_legal_residence":
        a.require(False, [], yes=None, no=Reason("leefloon.residence_none"))
        return
    if equivalent:
        a.require(
            a.value("equivalent_leefloon_residence_condition"),
            [],
            yes=Reason("equivalent_leefloon.residence_ok", who),
            no=Reason("equivalent_leefloon.residence_leefloon", who),
        )
        return
    if status == "foreigner_foreigners_register_legal_stay":
        a.require(False, [], yes=None, no=Reason("leefloon.residence_foreigners_register", who))
        return
    if status != "eu_citizen":
        a.note(Reason("leefloon.residence_ok", who))
        return
    waiting = a.parameters.leefloon.eu_citizen_waiting_months
    worker = a.facts.path(applicant, "flags.eu_worker_or_self_employed")
    months = a.facts.path(applicant, "flags.months_in_belgium")
    a.require_any(
        [
            (a.facts.get(worker) is True, [worker]),
            ((a.facts.get(months) or 0) > waiting, [months]),
        ],
        yes=Reason("leefloon.residence_ok", who),
        no=Reason("leefloon.residence_eu_first_months", {**who, "months": waiting}),
    )


def _check_age(a: Assessment) -> None:
    applicant = a.facts.applicant
    who = {"member": applicant["id"]}
    age = a.facts.path(applicant, "age")
    if not a.known(age):
        return
    if a.facts.get(age) >= a.parameters.leefloon.minimum_age:
        a.note(Reason("leefloon.age_ok", who))
        return
    has_child = bool(a.facts.with_role("child"))
    pregnant = a.facts.path(applicant, "flags.pregnant")
    married = a.facts.path(applicant, "flags.emancipated_by_marriage")
    a.require_any(
        [
            (has_child, []),
            (a.facts.get(pregnant) is True, [pregnant]),
            (a.facts.get(married) is True, [married]),
        ],
        yes=Reason("leefloon.age_minor_exception", who),
        no=Reason("leefloon.age_minor", who),
    )


def _check_work_and_other_rights(a: Assessment) -> None:
    """Willingness to work and having claimed other benefits are checked by the OCMW when the
    person applies: unrecorded, they are listed under checked_when_applying; only a recorded
    "no" refuses (or, for work, leaves health or equity reasons to the OCMW)."""
    applicant = a.facts.applicant
    who = {"member": applicant["id"]}
    willing = a.facts.path(applicant, "flags.willing_to_work")
    excused = a.facts.path(applicant, "flags.health_or_equity_reasons")
    if a.is_known(willing) and not a.facts.get(willing):
        if a.facts.get(excused) is True:
            a.discretion(Reason("leefloon.work_excused", who))
        else:  # health or equity reasons could still excuse: a rare, widening route
            a.require(False, [], yes=None, no=Reason("leefloon.work_missing", who))
            a.also_possible_if(excused, reason=Reason("leefloon.also_excused", who))
    else:
        a.checked_at_application(
            willing,
            True,
            yes=Reason("leefloon.work_ok", who),
            no=Reason("leefloon.work_missing", who),
        )
    exhausted = a.facts.path(applicant, "flags.other_benefit_rights_exhausted")
    a.checked_at_application(
        exhausted,
        a.facts.get(exhausted) is True,
        yes=Reason("leefloon.other_rights_ok", who),
        no=Reason("leefloon.other_rights_missing", who),
    )


def _note_resources_not_recorded(a: Assessment) -> bool:
    """Savings are counted by the rule when recorded (leefloon_capital_income); unrecorded, the
    OCMW asks for them when the person applies. The socio-professional integration exemption
    is not assessed: with a salary the amount may be higher (a minimum). Returns whether
    savings were counted (their rule's values are to verify)."""
    adults = [a.facts.applicant] + ([a.facts.partner] if a.facts.partner else [])
    capital = a.parameters.leefloon_capital
    counted = False
    unrecorded = []
    for member in adults:
        path = a.facts.path(member, "flags.savings")
        if not a.is_known(path):
            unrecorded.append(path)
        elif a.facts.get(path) > capital.exempt:
            counted = True
            a.note(
                Reason(
                    "leefloon.savings_counted",
                    {
                        "member": member["id"],
                        "savings": money(a.facts.get(path)),
                        "exempt": money(capital.exempt),
                        "counted": money(a.member_value("leefloon_capital_income", member)),
                    },
                )
            )
    for path in unrecorded:
        a.checked_at_application(path, True, yes=None, no=Reason("leefloon.resources_above"))
    if unrecorded:
        a.note(Reason("leefloon.savings_not_recorded", {"exempt": money(capital.exempt)}))
    earners = [
        member
        for member in adults
        if any(
            (a.facts.get(a.facts.path(member, "income_monthly_net")) or {}).get(kind, 0) > 0
            for kind in ("salary", "self_employment")
        )
    ]
    if earners:
        a.note(Reason("leefloon.spi_not_assessed", {"members": names(earners)}))
        a.amount_is_minimum = True
    return counted


def _category_facts(a: Assessment) -> list[str]:
    """Children's ages decide category 3; without a minor child, a household of more than one
    needs to know whether the applicant shares household matters (lives_alone)."""
    children = a.facts.with_role("child")
    minimum_age = a.parameters.leefloon.minimum_age
    ages = [a.facts.path(child, "age") for child in children]
    if any(a.facts.get(age, minimum_age) < minimum_age for age in ages):
        return []
    facts = ages
    if a.facts.partner is None and len(a.facts.members) > 1:
        facts.append(a.facts.path(a.facts.applicant, "flags.lives_alone"))
    return facts


def _resources_facts(a: Assessment) -> list[str]:
    facts = [a.facts.path(a.facts.applicant, "income_monthly_net")]
    if a.facts.partner is not None:
        facts.append(a.facts.path(a.facts.partner, "income_monthly_net"))
    return facts


def _first_degree_adults(a: Assessment) -> list[dict]:
    minimum_age = a.parameters.leefloon.minimum_age
    return [
        member
        for member in a.facts.with_role("parent", "child")
        if member["role"] == "parent" or a.facts.get(a.facts.path(member, "age"), 0) >= minimum_age
    ]


def _check_resources(a: Assessment) -> float | None:
    """Category amount minus counted resources; the income of parents and adult children is
    left to the OCMW's discretion (to_assess) when it exceeds the category 1 amount."""
    category_known = a.known(*_category_facts(a))
    resources_known = a.known(*_resources_facts(a))
    if not category_known:
        return None
    category = a.value("leefloon_category")
    category_amount = a.value("leefloon_category_amount")
    a.note(
        Reason(
            "leefloon.category",
            {
                "category": category,
                "category_name": LEEFLOON_CATEGORIES[category],
                "amount": money(category_amount),
            },
        )
    )
    if not resources_known:
        return None
    resources = a.value("leefloon_counted_resources")
    # The amount is only shown when every other condition holds, so the gap is the amount.
    amount = round(a.value("leefloon_resources_gap"), 2)
    passed = a.require(
        amount > 0,
        [],
        yes=Reason(
            "leefloon.resources_below", {"resources": money(resources), "leefloon": money(amount)}
        ),
        no=Reason("leefloon.resources_above", {"resources": money(resources)}),
    )
    first_degree = _first_degree_adults(a)
    if passed and a.known(*(a.facts.path(m, "income_monthly_net") for m in first_degree)):
        category_1 = a.parameters.leefloon.amount.category_1
        earning = [
            m
            for m in first_degree
            if not at_most(a.member_value("leefloon_counted_income", m), category_1)
        ]
        if earning:
            a.discretion(
                Reason(
                    "leefloon.first_degree_income",
                    {
                        "members": names(earning),
                        "category_1": money(category_1),
                        "leefloon": money(amount),
                    },
                )
            )
    return amount


def _decide(a: Assessment, *, equivalent: bool) -> Outcome:
    _check_residence(a, equivalent=equivalent)
    _check_age(a)
    _check_work_and_other_rights(a)
    amount = _check_resources(a)
    savings_counted = amount is not None and _note_resources_not_recorded(a)
    members = [a.facts.applicant["id"]]
    if amount is not None and not equivalent and a.facts.partner is not None:
        amount, members = _add_partner(a, amount, members)
    return a.outcome(amount=amount, members=members, to_verify=savings_counted)


def _add_partner(a: Assessment, amount: float, members: list[str]) -> tuple[float, list[str]]:
    """In category 1 the partner has a right of their own (leefloon_partner_amount): the
    household's amount is both partners' total. The partner's residence status decides it;
    unrecorded, the amount is a minimum."""
    partner = a.facts.partner
    assert partner is not None
    if a.value("leefloon_category") != 1:
        return amount, members
    own = round(a.value("leefloon_partner_amount"), 2)
    if own > 0:
        a.note(Reason("leefloon.partner_own", {"member": partner["id"], "amount": money(own)}))
        return round(amount + own, 2), members + [partner["id"]]
    if not a.is_known(a.facts.path(partner, "residence_status")):
        a.amount_is_minimum = True
        a.note(Reason("leefloon.partner_status", {"member": partner["id"]}))
    return amount, members


def decide_leefloon(a: Assessment) -> Outcome:
    return _decide(a, equivalent=False)


def decide_equivalent_leefloon(a: Assessment) -> Outcome:
    return _decide(a, equivalent=True)


RIGHTS = [
    Right(
        id="leefloon",
        domain="income",
        needs=NEEDS,
        variables=VARIABLES,
        parameters=("leefloon",),  # leefloon_capital: to_verify only when savings count
        decide=decide_leefloon,
        sources=SOURCES,
        automatic=False,
    ),
    Right(
        id="equivalent_leefloon",
        domain="income",
        needs=NEEDS,
        variables=VARIABLES,
        parameters=("leefloon",),  # leefloon_capital: to_verify only when savings count
        decide=decide_equivalent_leefloon,
        sources=EQUIVALENT_SOURCES + SOURCES,
        automatic=False,
    ),
]

assert all(right.id in APPLY for right in RIGHTS)
