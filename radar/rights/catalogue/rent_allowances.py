"""Flemish rent allowances: huurpremie and huursubsidie (RULES-RESEARCH §13).

The rules are in model/variables/rent_allowances.py; this module names the facts each
condition needs and says why the household is or is not entitled. Both rights exist only in
the Flemish Region (the engine answers for the other regions).
"""

from __future__ import annotations

from radar.rights.messages import APPLY
from radar.rights.registry import Assessment, Outcome, Reason, Right, at_most, money

INCOME = "household_gross_taxable_income_yearly_previous_year"
TENURE = "housing.tenure"
RENT = "housing.rent_monthly"
LEASE = "housing.lease"
DOMICILE = "housing.domiciled_at_rental_address"
LANDLORD = "housing.landlord_is_first_degree_relative_living_at_address"
OWNS = "housing.owns_a_dwelling"
UNFIT = "housing.dwelling_declared_unfit"
SOCIAL = "housing.lives_in_social_housing"
ROOM = "housing.is_room"
HIGHER = "housing.municipality_with_higher_rent_limits"
WAITING_YEARS = "housing.social_housing_waiting_list_years"
UNINTERRUPTED = "housing.waiting_list_uninterrupted"
REFUSED = "housing.refused_social_dwelling"
MOVED_MONTHS = "housing.moved_months_ago"
MOVED_FROM = "housing.moved_from"
SVK = "housing.rented_through_social_rental_agency"

SHARED_NEEDS = (
    INCOME,
    TENURE,
    RENT,
    LEASE,
    DOMICILE,
    LANDLORD,
    OWNS,
    UNFIT,
    SOCIAL,
    ROOM,
    HIGHER,
    "members[child].age",
    "members[child].benefits_received",
    "members[applicant].benefits_received",
)
SHARED_VARIABLES = (
    "rent_allowance_dependants",
    "rent_allowance_income_limit",
    "rent_allowance_income_condition",
    "rent_allowance_maximum_rent",
    "rent_allowance_rent_condition",
)

HUURPREMIE_SOURCES = (
    "https://www.vlaanderen.be/bouwen-wonen-en-energie/huren-en-verhuren/vlaamse-huurpremie-voor-kandidaat-huurders-van-een-sociale-woning/hoeveel-bedraagt-de-vlaamse-huurpremie",
    "https://www.zwevegem.be/huurpremie",
    "https://www.kontich.be/huursubsidiehuurpremie",
    "https://www.knack.be/nieuws/belgie/vanaf-1-november-veranderen-de-huursubsidie-en-de-huurpremie/",
    "https://trends.knack.be/nieuws/bijna-helft-van-wie-recht-heeft-op-huurpremie-vraagt-die-niet-aan/",
    "https://www.belg12.com/2023/01/17/hoe-huurpremie-berekenen/",
)
HUURSUBSIDIE_SOURCES = (
    "https://www.knack.be/nieuws/belgie/vanaf-1-november-veranderen-de-huursubsidie-en-de-huurpremie/",
    "https://www.vastgoedselect.be/post/wijzigingen-huursubsidie-op-komst",
    "https://www.kontich.be/huursubsidiehuurpremie",
    "https://www.belg12.com/2023/01/17/hoe-huurpremie-berekenen/",
)
QUALIFYING_MOVES = ("unfit_dwelling", "unadapted_dwelling", "homeless")


# -- Conditions shared by both rights ------------------------------------------------------------


def _check_lease(a: Assessment, right: str) -> None:
    a.require(
        a.facts.get(LEASE) is True and a.facts.get(DOMICILE) is True,
        [LEASE, DOMICILE],
        yes=None,
        no=Reason(f"{right}.no_lease"),
    )


def _check_exclusions(a: Assessment, right: str) -> None:
    """Not a first-degree relative's house, no dwelling owned, not declared unfit."""
    a.require(a.facts.get(LANDLORD) is False, [LANDLORD], yes=None, no=Reason("rent.landlord"))
    a.require(a.facts.get(OWNS) is False, [OWNS], yes=None, no=Reason("rent.owner"))
    a.require(a.facts.get(UNFIT) is False, [UNFIT], yes=None, no=Reason(f"{right}.unfit"))


def _dependants_facts(a: Assessment) -> list[str]:
    """Children's ages decide who is a dependant; a child of 18 to 24 only with child benefit."""
    facts = []
    for child in a.facts.with_role("child"):
        age = a.facts.path(child, "age")
        facts.append(age)
        if 18 <= a.facts.get(age, 0) < 25:
            facts.append(a.facts.path(child, "benefits_received"))
    return facts


def _check_income(a: Assessment) -> None:
    if not a.known(INCOME, *_dependants_facts(a)):
        return
    income = a.facts.get(INCOME)
    limit = a.value("rent_allowance_income_limit")
    single = len(a.facts.members) == 1
    limits = a.parameters.huurpremie.income_limit
    benefits = a.facts.path(a.facts.applicant, "benefits_received")
    if (
        single
        and not at_most(income, limits.single)
        and at_most(income, limits.single_disabled)
        and not a.known(benefits)
    ):
        return  # a single person with a disability (IVT or IT) has a higher limit
    params = {
        "income": money(income),
        "limit": money(limit),
        "dependants": a.value("rent_allowance_dependants"),
    }
    a.require(
        a.value("rent_allowance_income_condition"),
        [],
        yes=Reason("rent.income_below", params),
        no=Reason("rent.income_above", params),
    )


def _maximum_rent(a: Assessment, *, room: bool, higher: bool) -> float:
    rent = a.parameters.huurpremie.maximum_rent
    base = {
        (False, False): rent.dwelling,
        (False, True): rent.dwelling_higher_municipality,
        (True, False): rent.room,
        (True, True): rent.room_higher_municipality,
    }[(room, higher)]
    dependants = a.value("rent_allowance_dependants")
    return base * (1 + min(rent.increase_per_dependant * dependants, rent.maximum_increase))


def _check_rent(a: Assessment) -> None:
    """The rent is at most the maximum rent. `housing.is_room` is an optional precision: a rented
    home is an independent dwelling unless it says it is a room. Whether the municipality is one
    with higher limits is only asked when it changes the answer."""
    if not a.known(RENT, *_dependants_facts(a)):
        return
    rent = a.facts.get(RENT)
    rooms = [a.facts.get(ROOM, False)]
    highers = [a.facts.get(HIGHER)] if a.is_known(HIGHER) else [False, True]

    def below(room: bool, higher: bool) -> bool:
        return at_most(rent, _maximum_rent(a, room=room, higher=higher))

    if len({below(rooms[0], h) for h in highers}) > 1:
        a.known(HIGHER)
        return
    room, higher = a.facts.get(ROOM, False), a.facts.get(HIGHER, False)
    params = {"rent": money(rent), "maximum": money(_maximum_rent(a, room=room, higher=higher))}
    a.require(
        below(rooms[0], highers[0]),
        [],
        yes=Reason("rent.rent_below", params),
        no=Reason("rent.rent_above", params),
    )


# -- Huurpremie ----------------------------------------------------------------------------------


def _check_private_tenant(a: Assessment, right: str) -> None:
    if a.facts.get(SOCIAL) is True:
        a.require(False, [], yes=None, no=Reason(f"{right}.social_tenant"))
        return
    a.require(
        a.facts.get(TENURE) == "private_rent",
        [TENURE],
        yes=None,
        no=Reason(f"{right}.not_private_tenant"),
    )


def _check_waiting_list(a: Assessment) -> None:
    minimum = a.parameters.huurpremie.waiting_list_minimum_years
    if not a.known(WAITING_YEARS):
        a.known(UNINTERRUPTED)
        return
    years = a.facts.get(WAITING_YEARS)
    params = {"years": f"{years:g}", "minimum": minimum}
    if years < minimum:
        a.require(False, [], yes=None, no=Reason("huurpremie.waiting_list_short", params))
        return
    a.require(
        a.facts.get(UNINTERRUPTED) is True,
        [UNINTERRUPTED],
        yes=Reason("huurpremie.waiting_list_ok", params),
        no=Reason("huurpremie.waiting_list_interrupted"),
    )


def _percent(share: float) -> str:
    return _number(round(share * 100, 2))


def _number(value: float) -> str:
    return f"{value:g}"


def decide_huurpremie(a: Assessment) -> Outcome:
    _check_private_tenant(a, "huurpremie")
    _check_lease(a, "huurpremie")
    _check_exclusions(a, "huurpremie")
    _check_waiting_list(a)
    if a.facts.get(REFUSED) is True:
        a.require(False, [], yes=None, no=Reason("huurpremie.refused"))
    _check_income(a)
    _check_rent(a)
    amount = None
    if a.status in ("eligible", "to_assess"):
        amount = round(a.value("huurpremie_calculated"), 2)
        p = a.parameters.huurpremie
        params = {
            "amount": money(amount),
            "maximum": money(a.value("huurpremie_maximum_premium")),
            "share": _percent(p.reference_rent_share),
            "divisor": _number(p.own_contribution_income_divisor),
        }
        a.require(
            amount > 0,
            [],
            yes=Reason("huurpremie.amount", params),
            no=Reason("huurpremie.amount_zero", {"divisor": params["divisor"]}),
        )
    return a.outcome(amount=amount, members=[a.facts.applicant["id"]])


# -- Huursubsidie --------------------------------------------------------------------------------


def _check_tenant_or_agency(a: Assessment) -> None:
    if a.facts.get(SVK) is True:
        a.note(Reason("huursubsidie.social_rental_agency"))
        return
    _check_private_tenant(a, "huursubsidie")


def _check_move(a: Assessment) -> None:
    months = a.parameters.huursubsidie.months_to_apply
    a.require_any(
        [
            (a.facts.get(MOVED_FROM) in QUALIFYING_MOVES, [MOVED_FROM]),
            (a.facts.get(SVK) is True, [SVK]),
        ],
        yes=Reason("huursubsidie.move_ok"),
        no=Reason("huursubsidie.move_other"),
    )
    moved = a.facts.get(MOVED_MONTHS)
    a.require(
        moved is not None and moved < months,
        [MOVED_MONTHS],
        yes=Reason("huursubsidie.in_time", {"months": moved, "limit": months}),
        no=Reason("huursubsidie.too_late", {"months": moved, "limit": months}),
    )


def decide_huursubsidie(a: Assessment) -> Outcome:
    _check_tenant_or_agency(a)
    _check_move(a)
    _check_lease(a, "huursubsidie")
    _check_exclusions(a, "huursubsidie")
    _check_income(a)
    _check_rent(a)
    if a.status in ("eligible", "to_assess"):
        a.note(Reason("huursubsidie.amount_unknown"))
    return a.outcome(members=[a.facts.applicant["id"]])


RIGHTS = [
    Right(
        id="huurpremie",
        domain="housing",
        needs=(*SHARED_NEEDS, WAITING_YEARS, UNINTERRUPTED, REFUSED),
        variables=(*SHARED_VARIABLES, "huurpremie_maximum_premium", "huurpremie_calculated"),
        parameters=("huurpremie",),
        decide=decide_huurpremie,
        sources=HUURPREMIE_SOURCES,
        automatic=False,
        regions=("flanders",),
    ),
    Right(
        id="huursubsidie",
        domain="housing",
        needs=(*SHARED_NEEDS, MOVED_MONTHS, MOVED_FROM, SVK),
        variables=SHARED_VARIABLES,
        parameters=(
            "huursubsidie",
            "huurpremie.income_limit",
            "huurpremie.maximum_rent",
        ),
        decide=decide_huursubsidie,
        sources=HUURSUBSIDIE_SOURCES,
        automatic=False,
        regions=("flanders",),
    ),
]

assert all(right.id in APPLY for right in RIGHTS)
