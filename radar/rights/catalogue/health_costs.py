"""Maximumfactuur: the social MAF (households with the verhoogde tegemoetkoming) and the income
MAF (every household, ceiling by income). Both automatic: the health fund keeps the counter.

The rules are in model/variables/health_costs.py; the social MAF reuses the decision on the
verhoogde tegemoetkoming, so an unknown VT gives an unknown social MAF with the same facts.
"""

from __future__ import annotations

from radar.rights.catalogue import derived
from radar.rights.catalogue.verhoogde_tegemoetkoming import RIGHTS as VT_RIGHTS
from radar.rights.registry import Assessment, Outcome, Reason, Right, money

VT = VT_RIGHTS[0]
INCOME = "household_gross_taxable_income_yearly_previous_year"
SOURCES = (
    "https://mc.be/en-marche/vos-droits/soins-de-sante/le-maf-un-plafond-aux-frais-medicaux",
    "http://www.riziv.fgov.be/fr/themes/cout-remboursement/facilite-financiere/Pages/types-maximum-facturer-(MAF)-.aspx",
)


def decide_maf_sociaal(a: Assessment) -> Outcome:
    """Eligible when the verhoogde tegemoetkoming is; unknown or to assess like it."""
    vt = derived.basis(a, VT)
    ceiling = money(a.value("maf_sociaal_ceiling"))
    if vt.status == "eligible":
        a.note(Reason("maf_sociaal.vt", {"members": ", ".join(vt.members), "ceiling": ceiling}))
        return a.outcome(members=vt.members)
    if vt.status == "to_assess":
        a.discretion(Reason("maf_sociaal.vt_to_assess", {"ceiling": ceiling}))
        return a.outcome(members=vt.members)
    if vt.status == "unknown":
        derived.record_missing(a, vt)
        return a.outcome()
    a.require(False, [], yes=None, no=Reason("maf_sociaal.no_vt"))
    return a.outcome()


def decide_maf_inkomen(a: Assessment) -> Outcome:
    """Every household has the income MAF; its ceiling depends on the household's income."""
    a.note(Reason("maf_inkomen.everyone"))
    if a.known(INCOME):
        a.note(
            Reason(
                "maf_inkomen.ceiling",
                {
                    "income": money(a.facts.get(INCOME)),
                    "bracket": a.value("maf_inkomen_bracket"),
                    "ceiling": money(a.value("maf_inkomen_ceiling")),
                },
            )
        )
        a.note(Reason("maf_inkomen.income_year"))
    # Eligible whatever the income: a missing income only hides the ceiling.
    return Outcome(status="eligible", reasons=a.reasons, missing=a.missing)


RIGHTS = [
    Right(
        id="maf_sociaal",
        domain="health",
        needs=derived.needs_of(VT),
        variables=derived.variables_of(VT, own=("maf_sociaal", "maf_sociaal_ceiling")),
        parameters=("maf_sociaal", "verhoogde_tegemoetkoming"),
        decide=decide_maf_sociaal,
        sources=SOURCES + VT.sources,
        automatic=True,
        personal=True,
    ),
    Right(
        id="maf_inkomen",
        domain="health",
        needs=(INCOME,),
        variables=("maf_inkomen_bracket", "maf_inkomen_ceiling"),
        parameters=("maf_inkomen",),
        decide=decide_maf_inkomen,
        sources=SOURCES,
        automatic=True,
    ),
]
