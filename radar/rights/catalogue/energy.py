"""Energy: the federal social tariff (automatic for protected customers) and the Sociaal
Verwarmingsfonds (heating-oil allowance, on request at the OCMW within 60 days).

The rules are in model/variables/energy.py. The verwarmingsfonds reuses the decision on the
verhoogde tegemoetkoming for its category 1.
"""

from __future__ import annotations

from typing import Any

from radar.rights.catalogue import derived
from radar.rights.catalogue.verhoogde_tegemoetkoming import RIGHTS as VT_RIGHTS
from radar.rights.registry import Assessment, Outcome, Reason, Right, at_most, money

VT = VT_RIGHTS[0]
INCOME = "household_gross_taxable_income_yearly_previous_year"

TARIFF_SOURCES = (
    "https://economie.fgov.be/nl/themas/energie/energieprijzen/sociaal-tarief-voor-energie",
    "https://www.socialsecurity.be/citizen/nl/sociale-bijstand-en-ocmw/hulp-bij-je-energiekosten",
    "https://habitowoonwinkel.be/nl/energie/energieleverancier/energiecontract/sociaal-tarief/",
    "https://www.kontich.be/sociaal-tarief-gas-and-elektriciteit",
    "https://sociale-hulp.be/sociaal-tarief/",
    "https://mc.be/en-marche/vos-droits/une-prime-pour-les-ayants-droits-prives-du-tarif-social",
)
FUND_SOURCES = (
    "https://www.verwarmingsfonds.be/voorwaarden/wie-heeft-recht",
    "https://cpasconnect.be/actualites/actualite/720858527752530596",
    "https://www.verwarmingsfonds.be/index.php/hoeveel-bedraagt-de-toelage",
    "https://verwarmingsfonds.be/index.php/wat-moet-u-doen",
    "https://www.mi-is.be/nl/faq/wie-behoort-tot-de-derde-categorie-van-gerechtigden",
)

# -- Sociaal tarief energie ------------------------------------------------------------------

TARIFF_NEEDS = (
    "members[*].benefits_received",
    "members[child].flags.disability_pillar1_points",
    "housing.tenure",
    "housing.lives_in_social_housing",
    "housing.collective_heating",
)
TARIFF_VARIABLES = (
    "sociaal_tarief_energie",
    "sociaal_tarief_energie_via_benefit",
    "sociaal_tarief_energie_via_child_care_supplement",
    "sociaal_tarief_energie_via_social_housing",
)


def _social_tenant_option(a: Assessment) -> tuple[bool, list[str]]:
    """(passes, facts) for the social tenant with collective heating; a known private tenure
    needs no question about collective heating."""
    tenure = a.facts.get("housing.tenure")
    in_social = a.facts.get("housing.lives_in_social_housing")
    if tenure == "social_rent" or in_social is True:
        known = "housing.tenure" if tenure == "social_rent" else "housing.lives_in_social_housing"
        return a.value("sociaal_tarief_energie_via_social_housing"), [
            known,
            "housing.collective_heating",
        ]
    if tenure is None and in_social is False:
        return False, ["housing.lives_in_social_housing"]
    return False, ["housing.tenure"]


def _benefits(a: Assessment, member: dict[str, Any]) -> list[str]:
    return a.facts.get(a.facts.path(member, "benefits_received"), [])


def decide_sociaal_tarief_energie(a: Assessment) -> Outcome:
    """One member with an opening benefit, a child with at least 4 points in pillar 1, or a
    social tenant with collective heating makes the household a protected customer."""
    opening = a.parameters.sociaal_tarief_energie.opening_benefits
    points = a.parameters.sociaal_tarief_energie.child_minimum_pillar1_points
    by_benefit = [
        m for m in a.facts.members if a.member_value("sociaal_tarief_energie_via_benefit", m)
    ]
    children = [
        m
        for m in a.facts.with_role("child")
        if a.member_value("sociaal_tarief_energie_via_child_care_supplement", m)
    ]
    options = [(m in by_benefit, [a.facts.path(m, "benefits_received")]) for m in a.facts.members]
    options += [
        (m in children, [a.facts.path(m, "flags.disability_pillar1_points")])
        for m in a.facts.with_role("child")
    ]
    social_housing = _social_tenant_option(a)
    options.append(social_housing)
    passed = a.require_any(options, yes=None, no=Reason("sociaal_tarief_energie.none"))
    if passed:
        for member in by_benefit:
            benefits = ", ".join(b for b in _benefits(a, member) if b in opening)
            a.note(
                Reason(
                    "sociaal_tarief_energie.via_benefit",
                    {"member": member["id"], "benefits": benefits},
                )
            )
        for child in children:
            a.note(
                Reason(
                    "sociaal_tarief_energie.via_child", {"member": child["id"], "points": points}
                )
            )
        if social_housing[0] and all(map(a.is_known, social_housing[1])):
            a.note(Reason("sociaal_tarief_energie.via_social_housing"))
    elif passed is False:
        if any("verhoogde_tegemoetkoming" in _benefits(a, m) for m in a.facts.members):
            a.failures.append(Reason("sociaal_tarief_energie.vt_alone"))
    openers = by_benefit + [c for c in children if c not in by_benefit]
    return a.outcome(members=[m["id"] for m in a.facts.members if m in openers])


# -- Sociaal Verwarmingsfonds ----------------------------------------------------------------

FUND_OWN_NEEDS = (
    "housing.heating",
    "situation.heating_delivery_days_ago",
    INCOME,
    "housing.other_real_estate",
    "housing.other_real_estate_cadastral_income",
    "members[*].income_monthly_net",
    "situation.collective_debt_settlement",
    "situation.cannot_pay_heating_bill",
)
FUND_VARIABLES = (
    "verwarmingsfonds",
    "verwarmingsfonds_fuel_condition",
    "verwarmingsfonds_delivery_condition",
    "verwarmingsfonds_dependants",
    "verwarmingsfonds_income_ceiling",
    "verwarmingsfonds_counted_income",
    "verwarmingsfonds_low_income",
    "verwarmingsfonds_vt_category",
    "verwarmingsfonds_debt_category",
    "verwarmingsfonds_maximum_allowance",
)


def _check_fuel(a: Assessment) -> None:
    fuels = a.parameters.verwarmingsfonds.fuels
    heating = a.facts.get("housing.heating")
    if heating in (None, "unknown"):
        if "housing.heating" not in a.missing:
            a.missing.append("housing.heating")
        return
    a.require(
        heating in fuels,
        [],
        yes=Reason("verwarmingsfonds.fuel_ok"),
        no=Reason("verwarmingsfonds.fuel_no"),
    )


def _dependant_facts(a: Assessment) -> list[str]:
    return [
        a.facts.path(m, "income_monthly_net") for m in a.facts.members if m["role"] != "applicant"
    ]


def _real_estate_facts(a: Assessment) -> list[str]:
    if a.facts.get("housing.other_real_estate") is True:
        return ["housing.other_real_estate", "housing.other_real_estate_cadastral_income"]
    if a.facts.get("housing.other_real_estate") is False:
        return ["housing.other_real_estate"]
    if a.is_known("housing.other_real_estate_cadastral_income"):
        return ["housing.other_real_estate_cadastral_income"]
    return ["housing.other_real_estate"]


def _category(a: Assessment) -> tuple[str, list[str]]:
    """'yes', 'assess', 'no' or 'unknown' (with the facts to ask), and the reasons recorded."""
    ceiling_facts = [INCOME, *_dependant_facts(a)]
    params = {
        "ceiling": money(a.value("verwarmingsfonds_income_ceiling")),
        "dependants": a.value("verwarmingsfonds_dependants"),
    }
    missing: list[str] = []

    # Category 1: verhoogde tegemoetkoming (+ income test unless single or everyone has VT).
    vt = derived.basis(a, VT)
    cat1 = "no"
    if vt.status == "eligible":
        everyone = set(vt.members) == {m["id"] for m in a.facts.members}
        single = not a.facts.with_role("partner", "parent", "other_adult")
        if everyone or (single and a.facts.applicant["id"] in vt.members):
            a.note(
                Reason("verwarmingsfonds.category_1_no_test", {"members": ", ".join(vt.members)})
            )
            return "yes", []
        if all(map(a.is_known, ceiling_facts)):
            if at_most(a.facts.get(INCOME), a.value("verwarmingsfonds_income_ceiling")):
                a.note(
                    Reason(
                        "verwarmingsfonds.category_1", {**params, "members": ", ".join(vt.members)}
                    )
                )
                return "yes", []
        else:
            cat1 = "unknown"
            missing += [f for f in ceiling_facts if not a.is_known(f)]
    elif vt.status == "to_assess":
        cat1 = "assess"
    elif vt.status == "unknown":
        cat1 = "unknown"
        missing += vt.missing

    # Category 2: low income, counting 3 x the cadastral income of other real estate.
    cat2_facts = ceiling_facts + _real_estate_facts(a)
    cat2 = "unknown"
    if all(map(a.is_known, ceiling_facts)) and not at_most(
        a.facts.get(INCOME), a.value("verwarmingsfonds_income_ceiling")
    ):
        # Above the ceiling already without the cadastral income: no need to ask for it.
        cat2 = "no"
        counted = {"income": money(a.facts.get(INCOME)), **params}
        a.failures.append(Reason("verwarmingsfonds.income_above", counted))
    elif all(map(a.is_known, cat2_facts)):
        counted = {"income": money(a.value("verwarmingsfonds_counted_income")), **params}
        if a.value("verwarmingsfonds_low_income"):
            a.note(Reason("verwarmingsfonds.category_2", counted))
            return "yes", []
        cat2 = "no"
        a.failures.append(Reason("verwarmingsfonds.income_above", counted))
    else:
        missing += [f for f in cat2_facts if not a.is_known(f)]

    # Category 3: debt settlement and unable to pay; the OCMW confirms the state of need.
    debt = "situation.collective_debt_settlement"
    unpaid = "situation.cannot_pay_heating_bill"
    if a.facts.get(debt) is True and a.facts.get(unpaid) is True:
        a.failures = [r for r in a.failures if r.code != "verwarmingsfonds.income_above"]
        a.discretion(Reason("verwarmingsfonds.category_3"))
        return "assess", []
    cat3 = "no" if (a.facts.get(debt) is False or a.facts.get(unpaid) is False) else "unknown"
    if cat3 == "unknown":
        missing += [f for f in (debt, unpaid) if not a.is_known(f)]

    if cat1 == "assess":
        a.failures = [r for r in a.failures if r.code != "verwarmingsfonds.income_above"]
        a.discretion(Reason("verwarmingsfonds.category_1_to_assess"))
        return "assess", []
    if "unknown" in (cat1, cat2, cat3):
        a.failures = [r for r in a.failures if r.code != "verwarmingsfonds.income_above"]
        a.known(*dict.fromkeys(missing))
        return "unknown", missing
    if not any(r.code == "verwarmingsfonds.income_above" for r in a.failures):
        a.failures.append(Reason("verwarmingsfonds.no_category"))
    return "no", []


def decide_verwarmingsfonds(a: Assessment) -> Outcome:
    """Heating fuel the fund pays for, delivery at most 60 days ago, and one of the three
    categories (VT, low income, debt). Category 3 is left to the OCMW (state of need)."""
    _check_fuel(a)
    days = "situation.heating_delivery_days_ago"
    limit = a.parameters.verwarmingsfonds.application_days
    # The request within 60 days of the delivery is checked by the OCMW on the invoice.
    a.checked_at_application(
        days,
        a.value("verwarmingsfonds_delivery_condition"),
        yes=Reason("verwarmingsfonds.delivery_ok", {"days": a.facts.get(days), "limit": limit}),
        no=Reason("verwarmingsfonds.delivery_late", {"days": a.facts.get(days), "limit": limit}),
    )
    _category(a)
    maximum = a.value("verwarmingsfonds_maximum_allowance")
    if a.status in ("eligible", "to_assess"):
        a.note(Reason("verwarmingsfonds.amount", {"maximum": money(maximum)}))
    return a.outcome()


RIGHTS = [
    Right(
        id="sociaal_tarief_energie",
        domain="energy",
        needs=TARIFF_NEEDS,
        variables=TARIFF_VARIABLES,
        parameters=("sociaal_tarief_energie",),
        decide=decide_sociaal_tarief_energie,
        sources=TARIFF_SOURCES,
        automatic=True,
    ),
    Right(
        id="verwarmingsfonds",
        domain="energy",
        needs=derived.needs_of(VT, own=FUND_OWN_NEEDS),
        variables=derived.variables_of(VT, own=FUND_VARIABLES),
        parameters=("verwarmingsfonds", "verhoogde_tegemoetkoming"),
        decide=decide_verwarmingsfonds,
        sources=FUND_SOURCES,
        automatic=False,
    ),
]
