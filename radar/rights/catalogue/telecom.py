"""Sociaal internetaanbod (social internet offer), on request at a participating operator.
The rules are in model/variables/telecom.py.
"""

from __future__ import annotations

from radar.rights.registry import Assessment, Outcome, Reason, Right, money

SOURCES = (
    "https://ibpt.be/verbraucher/sozialtarif",
    "https://www.hemiksem.be/sociaal-telefoontarief",
    "https://www.okra.be/nodes/hetvernieuwdsociaaltelecomtarief/nl",
    "https://www.plusmagazine.be/nl/multimedia/vanaf-1-maart-sociaal-tarief-voor-internetaansluitingen/",
    "https://economie.fgov.be/nl/themas/energie/energieprijzen/sociaal-tarief-voor-energie",
)
EXISTING = "situation.existing_social_telecom_tariff_in_household"
NEEDS = (
    "members[*].benefits_received",
    "members[child].flags.disability_pillar1_points",
    EXISTING,
)
VARIABLES = (
    "sociaal_internettarief",
    "sociaal_internettarief_category",
    "sociaal_internettarief_no_existing_tariff",
    "sociaal_internettarief_via_benefit",
    "sociaal_internettarief_via_child_care_supplement",
)


def decide(a: Assessment) -> Outcome:
    """A member in one of the categories (OCMW aid, DG Personen met een handicap, help to the
    elderly, IGO, a child with at least 4 points in pillar 1), and nobody in the household
    already has the old or new social telecom tariff."""
    p = a.parameters.sociaal_internettarief
    opening = p.opening_benefits
    by_benefit = [
        m for m in a.facts.members if a.member_value("sociaal_internettarief_via_benefit", m)
    ]
    children = [
        m
        for m in a.facts.with_role("child")
        if a.member_value("sociaal_internettarief_via_child_care_supplement", m)
    ]
    options = [(m in by_benefit, [a.facts.path(m, "benefits_received")]) for m in a.facts.members]
    options += [
        (m in children, [a.facts.path(m, "flags.disability_pillar1_points")])
        for m in a.facts.with_role("child")
    ]
    passed = a.require_any(options, yes=None, no=Reason("sociaal_internettarief.none"))
    if passed:
        for member in by_benefit:
            benefits = a.facts.get(a.facts.path(member, "benefits_received"), [])
            a.note(
                Reason(
                    "sociaal_internettarief.via_benefit",
                    {
                        "member": member["id"],
                        "benefits": ", ".join(b for b in benefits if b in opening),
                    },
                )
            )
        for child in children:
            a.note(
                Reason(
                    "sociaal_internettarief.via_child",
                    {"member": child["id"], "points": p.child_minimum_pillar1_points},
                )
            )
    elif passed is False and any(
        "verhoogde_tegemoetkoming" in a.facts.get(a.facts.path(m, "benefits_received"), [])
        for m in a.facts.members
    ):
        a.failures.append(Reason("sociaal_internettarief.vt_alone"))
    a.require(
        a.value("sociaal_internettarief_no_existing_tariff"),
        [EXISTING],
        yes=None,
        no=Reason("sociaal_internettarief.existing"),
    )
    if a.status == "eligible":
        a.note(
            Reason(
                "sociaal_internettarief.price",
                {"internet": money(p.internet_price_cap), "bundle": money(p.bundle_price_cap)},
            )
        )
    openers = by_benefit + [c for c in children if c not in by_benefit]
    return a.outcome(members=[m["id"] for m in a.facts.members if m in openers])


RIGHTS = [
    Right(
        id="sociaal_internettarief",
        domain="telecom",
        needs=NEEDS,
        variables=VARIABLES,
        parameters=("sociaal_internettarief",),
        decide=decide,
        sources=SOURCES,
        automatic=False,
    ),
]
