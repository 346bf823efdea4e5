"""Inkomensgarantie voor ouderen (IGO): a personal right of each member of pension age
(applicant, partner or a parent living in). RULES-RESEARCH §14.

The rules are in model/variables/igo.py. The amount is an estimate: the Pension Service also
counts savings and property, and applies exemptions Radar does not model.
"""

from __future__ import annotations

from radar.rights.catalogue.member_checks import Member, already_receives, per_member
from radar.rights.messages import APPLY
from radar.rights.registry import Assessment, Outcome, Reason, Right, money

SOURCES = (
    "https://www.wikifin.be/nl/pensioen-en-pensioenvoorbereiding/wettelijk-pensioen/inkomensgarantie-voor-ouderen-igo",
    "https://www.sfpd.fgov.be/fr/droit-a-la-pension/grapa",
    "https://www.ternat.be/inkomensgarantievoorouderen",
    "https://www.okra.be/info-en-advies/pensioen-en-inkomen/inkomensgarantie-voor-ouderen",
    "https://www.knokke-heist.be/inkomensgarantie-voor-ouderen",
    "https://wikiwiph.aviq.be/Pages/Garantie-de-revenus-aux-personnes-%C3%A2g%C3%A9es-(GRAPA).aspx",
)

CANDIDATE_ROLES = ("applicant", "partner", "parent")
NEEDS = tuple(
    f"members[{role}].{fact}"
    for role in CANDIDATE_ROLES
    for fact in (
        "age",
        "birth_date",
        "residence_status",
        "benefits_received",
        "income_monthly_net",
        "flags.years_resident_in_belgium",
        "flags.uninterrupted_years_resident_in_belgium",
    )
) + ("members[other_adult].income_monthly_net",)

VARIABLES = (
    "igo_age_condition",
    "igo_age_condition_if_birthday_to_come",
    "igo_pension_age",
    "igo_nationality_condition",
    "igo_sharing_persons",
    "igo_resources_share",
    "igo_maximum_amount",
    "igo_calculated",
)

IGO_STATUSES = ("belgian", "eu_citizen", "recognised_refugee", "stateless")


def _sharing_with(a: Assessment, member: Member) -> list[Member]:
    """The other people whose resources are shared out with this member's (see the variable
    igo_sharing_persons): own children and parents are not cohabitants."""
    group = {"applicant": ("applicant", "partner"), "partner": ("applicant", "partner")}.get(
        member["role"], ("parent",)
    )
    return [m for m in a.facts.with_role(*group, "other_adult") if m["id"] != member["id"]]


def _check_nationality(a: Assessment, member: Member, who: dict) -> None:
    status_path = a.facts.path(member, "residence_status")
    if not a.known(status_path):
        return
    status = a.facts.get(status_path)
    if status == "no_legal_residence":
        a.require(False, [], yes=None, no=Reason("igo.no_legal_residence", who))
    elif status in IGO_STATUSES:
        a.note(Reason("igo.nationality_ok", who))
    else:
        benefits = a.facts.path(member, "benefits_received")
        a.require(
            "pension" in (a.facts.get(benefits) or ()),
            [benefits],
            yes=Reason("igo.nationality_pension", who),
            no=Reason("igo.nationality_no", who),
        )


def _check_residence(a: Assessment, member: Member, who: dict) -> None:
    igo = a.parameters.igo
    years = a.facts.path(member, "flags.years_resident_in_belgium")
    uninterrupted = a.facts.path(member, "flags.uninterrupted_years_resident_in_belgium")
    params = {
        **who,
        "years": a.facts.get(years),
        "minimum": igo.minimum_years_resident,
        "uninterrupted": igo.minimum_uninterrupted_years_resident,
    }
    if not a.require(
        (a.facts.get(years) or 0) >= igo.minimum_years_resident,
        [years],
        yes=None,
        no=Reason("igo.residence_short", params),
    ):
        return
    if a.is_known(uninterrupted):  # asked only when given: most people of 10 years qualify
        params["years"] = a.facts.get(uninterrupted)
        a.require(
            a.facts.get(uninterrupted) >= igo.minimum_uninterrupted_years_resident,
            [uninterrupted],
            yes=None,
            no=Reason("igo.residence_interrupted", params),
        )
    if not a.failures:
        a.note(Reason("igo.residence_ok", {**params, "years": a.facts.get(years)}))


def _check_resources(a: Assessment, member: Member, who: dict) -> float | None:
    others = _sharing_with(a, member)
    if not a.known(*(a.facts.path(m, "income_monthly_net") for m in (member, *others))):
        return None
    maximum = money(a.member_value("igo_maximum_amount", member))
    if others:
        a.note(
            Reason(
                "igo.shared",
                {**who, "others": ", ".join(m["id"] for m in others), "maximum": maximum},
            )
        )
    else:
        a.note(Reason("igo.alone", {**who, "maximum": maximum}))
    amount = round(a.member_value("igo_calculated", member), 2)
    params = {
        **who,
        "pension_share": f"{round(a.parameters.igo.pension_counted_share * 100, 2):g}",
        "resources": money(a.member_value("igo_resources_share", member)),
        "amount": money(amount),
        "maximum": maximum,
    }
    a.require(
        amount > 0,
        [],
        yes=Reason("igo.resources_below", params),
        no=Reason("igo.resources_above", params),
    )
    return amount


def _age_reached(a: Assessment, member: Member) -> bool | None:
    """Whether the member has reached their legal pension age (by year of birth); None when the
    age is unknown, or when only the age is given and it leaves the year of birth open."""
    if not a.is_known(a.facts.path(member, "age")):
        return None
    reached = a.member_value("igo_age_condition", member)
    if reached != a.member_value("igo_age_condition_if_birthday_to_come", member):
        return None
    return bool(reached)


def check_member(a: Assessment, member: Member) -> float | None:
    who = {"member": member["id"]}
    if already_receives(a, member, "igo"):
        a.note(Reason("igo.already", who))
        a.received = True
        return None
    age = a.facts.path(member, "age")
    if a.known(age):
        if _age_reached(a, member) is None:
            a.known(a.facts.path(member, "birth_date"))  # the age leaves the pension age open
        else:
            minimum = a.member_value("igo_pension_age", member)
            a.note(Reason("igo.age_ok", {**who, "age": a.facts.get(age), "minimum": minimum}))
    _check_nationality(a, member, who)
    _check_residence(a, member, who)
    return _check_resources(a, member, who)


def decide(a: Assessment) -> Outcome:
    """Each applicant, partner or parent who has reached their pension age, or may have (age
    unknown, or an age that leaves the year of birth open), is checked on their own."""
    candidates = [
        member
        for member in a.facts.with_role(*CANDIDATE_ROLES)
        if already_receives(a, member, "igo") or _age_reached(a, member) is not False
    ]
    ages = a.parameters.igo.pension_age
    none = Reason("igo.age_none", {"minimum": f"{ages.first}–{ages.third}"})
    return per_member(a, candidates, check_member, none=none)


RIGHTS = [
    Right(
        id="igo",
        domain="income",
        needs=NEEDS,
        variables=VARIABLES,
        parameters=("igo",),
        decide=decide,
        sources=SOURCES,
        automatic=False,
        personal=True,
    ),
]

assert all(right.id in APPLY for right in RIGHTS)
