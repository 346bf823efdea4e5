"""UiTPAS with kansentarief: local criteria (publiq). Most UiTPAS regions grant it with the
verhoogde tegemoetkoming, whose decision is reused; other situations are left to the region.
"""

from __future__ import annotations

from radar.rights.catalogue import derived
from radar.rights.catalogue.verhoogde_tegemoetkoming import RIGHTS as VT_RIGHTS
from radar.rights.registry import Assessment, Outcome, Reason, Right

VT = VT_RIGHTS[0]
SOURCES = (
    "https://www.publiq.be/nl/projecten/uitpas/de-doelgroep-mensen-in-armoede-afbakenen",
    "https://www.uitinoostende.be/uitpaskansentarief",
    "https://www.zonhoven.be/producten/detail/973/uitpas-met-kansentarief",
    "https://www.gemeentepelt.be/uitpas-kansentarief",
    "https://www.beerse.be/producten/detail/579/uitpas-kansenpas",
)
OWN_NEEDS = ("members[*].benefits_received", "situation.collective_debt_settlement")
VARIABLES = ("uitpas_kansentarief_via_vt", "uitpas_kansentarief_other_criterion")


def decide(a: Assessment) -> Outcome:
    """Eligible with the verhoogde tegemoetkoming (the whole household at the address); to be
    assessed by the UiTPAS region with another situation many regions accept; unknown when the
    verhoogde tegemoetkoming is."""
    everyone = [m["id"] for m in a.facts.members]
    vt = derived.basis(a, VT)
    if vt.status == "eligible":
        a.note(Reason("uitpas_kansentarief.vt", {"members": ", ".join(vt.members)}))
        a.note(Reason("uitpas_kansentarief.local"))
        return a.outcome(members=everyone)
    accepted = a.parameters.uitpas_kansentarief.other_accepted_benefits
    other = [
        benefit
        for m in a.facts.members
        for benefit in a.facts.get(a.facts.path(m, "benefits_received"), [])
        if benefit in accepted
    ]
    debt = a.facts.get("situation.collective_debt_settlement") is True
    if other or debt:
        if other:
            benefits = ", ".join(dict.fromkeys(other))
            a.discretion(Reason("uitpas_kansentarief.other", {"benefits": benefits}))
        if debt:
            a.discretion(Reason("uitpas_kansentarief.debt"))
        return a.outcome(members=everyone)
    if vt.status == "to_assess":
        a.discretion(Reason("uitpas_kansentarief.vt_to_assess"))
        return a.outcome(members=everyone)
    if vt.status == "unknown":
        derived.record_missing(a, vt)
        a.known("situation.collective_debt_settlement")
        return a.outcome()
    a.require(
        False,
        ["situation.collective_debt_settlement"],
        yes=None,
        no=Reason("uitpas_kansentarief.none"),
    )
    return a.outcome()


RIGHTS = [
    Right(
        id="uitpas_kansentarief",
        domain="leisure",
        needs=derived.needs_of(VT, own=OWN_NEEDS),
        variables=derived.variables_of(VT, own=VARIABLES),
        parameters=("uitpas_kansentarief", "verhoogde_tegemoetkoming"),
        decide=decide,
        sources=SOURCES,
        automatic=False,
        regions=("flanders",),
    ),
]
