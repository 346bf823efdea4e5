"""Juridische tweedelijnsbijstand (pro-deo lawyer), fully or partly free, on request at the
Bureau voor Juridische Bijstand. The rules are in model/variables/legal_aid.py.
"""

from __future__ import annotations

from radar.rights.registry import Assessment, Outcome, Reason, Right, money

SOURCES = (
    "https://www.tribunaux-rechtbanken.be/fr/frais-tarifs/aide-juridique-de-premiere-ligne-aide-juridique-de-deuxieme-ligne-assistance",
    "https://www.vlaanderen.be/juridische-tweedelijnsbijstand-pro-deoadvocaat",
    "https://latribune.avocats.be/index.php/fr/aide-juridique-de-deuxieme-ligne-montants-au-1er-septembre-2022?page=1",
    "https://www.droitsquotidiens.be/fr/question/quels-sont-les-revenus-pris-en-compte-pour-laide-juridique-si-je-vis-avec-mes-enfants",
    "http://www.aidejuridiquebruxelles.be/index.php/conditions-d-acces-a-l-aide-juridique-de-deuxieme-ligne",
    "http://advocaatclaessens.be/Pro%20Deo.html",
)

NEEDS = (
    "members[applicant].age",
    "members[applicant].benefits_received",
    "members[applicant].flags.lives_alone",
    "members[child].age",
    "members[applicant].income_monthly_net",
    "members[partner].income_monthly_net",
    "members[child].income_monthly_net",
    "members[parent].income_monthly_net",
    "members[other_adult].income_monthly_net",
    "situation.collective_debt_settlement",
)
VARIABLES = (
    "juridische_tweedelijnsbijstand",
    "juridische_tweedelijnsbijstand_gedeeltelijk",
    "juridische_bijstand_minor",
    "juridische_bijstand_benefit_presumption",
    "juridische_bijstand_debt_presumption",
    "juridische_bijstand_is_single",
    "juridische_bijstand_dependants",
    "juridische_bijstand_counted_income",
    "juridische_bijstand_full_ceiling",
    "juridische_bijstand_partial_ceiling",
    "juridische_bijstand_income_counts",
)


def _presumption(a: Assessment) -> tuple[str | None, list[str]]:
    """The presumption that applies ('minor', 'benefit', 'debt'), or None, and the facts that
    could still open one. Collective debt settlement is only used when known to be true."""
    applicant = a.facts.applicant
    age = a.facts.path(applicant, "age")
    benefits = a.facts.path(applicant, "benefits_received")
    if a.is_known(age) and a.value("juridische_bijstand_minor"):
        return "minor", []
    if a.is_known(benefits) and a.value("juridische_bijstand_benefit_presumption"):
        return "benefit", []
    if a.facts.get("situation.collective_debt_settlement") is True:
        return "debt", []
    return None, [path for path in (age, benefits) if not a.is_known(path)]


def _means_facts(a: Assessment) -> list[str]:
    """Whose income counts: applicant, partner, children (adult ones count, minors are
    dependants: their age is needed) and, without a partner, the other adults when the
    applicant forms a household with them (lives_alone)."""
    facts = [a.facts.path(a.facts.applicant, "income_monthly_net")]
    if a.facts.partner is not None:
        facts.append(a.facts.path(a.facts.partner, "income_monthly_net"))
    for child in a.facts.with_role("child"):
        age = a.facts.path(child, "age")
        facts.append(age)
        if (
            not a.is_known(age)
            or a.facts.get(age) >= a.parameters.juridische_tweedelijnsbijstand.minor_age
        ):
            facts.append(a.facts.path(child, "income_monthly_net"))
    others = a.facts.with_role("parent", "other_adult")
    if others and a.facts.partner is None:
        lives_alone = a.facts.path(a.facts.applicant, "flags.lives_alone")
        facts.append(lives_alone)
        if a.facts.get(lives_alone) is False:
            facts += [a.facts.path(m, "income_monthly_net") for m in others]
    return facts


def _means_params(a: Assessment) -> dict:
    return {
        "income": money(a.value("juridische_bijstand_counted_income")),
        "full": money(a.value("juridische_bijstand_full_ceiling")),
        "partial": money(a.value("juridische_bijstand_partial_ceiling")),
        "dependants": a.value("juridische_bijstand_dependants"),
    }


def _note_presumption(a: Assessment, presumption: str) -> None:
    who = {"member": a.facts.applicant["id"]}
    a.note(Reason(f"juridische_tweedelijnsbijstand.presumption_{presumption}", who))


def decide_full(a: Assessment) -> Outcome:
    """Fully free: a presumption (minor; leefloon, equivalent leefloon, IGO, IVT; collective debt
    settlement, to verify), or tested means at most the full ceiling."""
    presumption, presumption_facts = _presumption(a)
    if presumption:
        _note_presumption(a, presumption)
        return a.outcome(members=[a.facts.applicant["id"]], to_verify=presumption == "debt")
    means = _means_facts(a)
    below = (
        a.value("juridische_bijstand_income_below_full_ceiling")
        if all(map(a.is_known, means))
        else False
    )
    params = _means_params(a) if all(map(a.is_known, means)) else {}
    a.require_any(
        [(False, presumption_facts), (below, means)],
        yes=Reason("juridische_tweedelijnsbijstand.below_full", params),
        no=Reason("juridische_tweedelijnsbijstand.above_full", params),
    )
    return a.outcome(members=[a.facts.applicant["id"]])


def decide_partial(a: Assessment) -> Outcome:
    """Partly free: no presumption, and tested means above the full ceiling but at most the
    partial ceiling."""
    presumption, presumption_facts = _presumption(a)
    if presumption:
        a.require(
            False,
            [],
            yes=None,
            no=Reason("juridische_tweedelijnsbijstand_gedeeltelijk.full_applies"),
        )
        return a.outcome()
    means = _means_facts(a)
    if a.known(*presumption_facts, *means):
        params = _means_params(a)
        full = a.value("juridische_tweedelijnsbijstand")
        partial = a.value("juridische_tweedelijnsbijstand_gedeeltelijk")
        if full:
            a.require(
                False,
                [],
                yes=None,
                no=Reason("juridische_tweedelijnsbijstand_gedeeltelijk.below_full", params),
            )
        else:
            a.require(
                partial,
                [],
                yes=Reason("juridische_tweedelijnsbijstand_gedeeltelijk.between", params),
                no=Reason("juridische_tweedelijnsbijstand_gedeeltelijk.above_partial", params),
            )
    return a.outcome(members=[a.facts.applicant["id"]])


RIGHTS = [
    Right(
        id="juridische_tweedelijnsbijstand",
        domain="justice",
        needs=NEEDS,
        variables=VARIABLES + ("juridische_bijstand_income_below_full_ceiling",),
        parameters=("juridische_tweedelijnsbijstand",),
        decide=decide_full,
        sources=SOURCES,
        automatic=False,
    ),
    Right(
        id="juridische_tweedelijnsbijstand_gedeeltelijk",
        domain="justice",
        needs=NEEDS,
        variables=VARIABLES,
        parameters=("juridische_tweedelijnsbijstand",),
        decide=decide_partial,
        sources=SOURCES,
        automatic=False,
    ),
]
