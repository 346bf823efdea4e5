"""Tegemoetkoming in het onderhoudsgeld: the OCMW pays back half of the maintenance a person
entitled to the (equivalent) leefloon pays for the children, at most 1 100 euro a year.

The basis right is reused: receiving the (equivalent) leefloon, or the leefloon decision on the
same household (an unknown leefloon gives the same missing facts). Rules in
model/variables/maintenance_contribution.py.
"""

from __future__ import annotations

from radar.rights.catalogue import derived
from radar.rights.catalogue.leefloon import RIGHTS as LEEFLOON_RIGHTS
from radar.rights.registry import Assessment, Outcome, Reason, Right, money

LEEFLOON, EQUIVALENT = LEEFLOON_RIGHTS
SOURCES = (
    "https://www.vlaanderen.be/hulp-bij-het-betalen-van-onderhoudsgeld-of-alimentatie",
    *LEEFLOON.sources,
)
FLAGS = "members[applicant].flags."
OWN_NEEDS = (
    "members[applicant].benefits_received",
    FLAGS + "child_maintenance_owed_under_decision_or_agreement",
    FLAGS + "child_maintenance_paid_monthly",
    FLAGS + "proof_of_payment",
    FLAGS + "maintenance_child_lives_in_belgium",
)
VARIABLES = (
    "tegemoetkoming_onderhoudsgeld_basis",
    "tegemoetkoming_onderhoudsgeld_owed",
    "tegemoetkoming_onderhoudsgeld_paid_in_full",
    "tegemoetkoming_onderhoudsgeld_child_in_belgium",
    "tegemoetkoming_onderhoudsgeld_capped_amount",
    "tegemoetkoming_onderhoudsgeld_leefloon_amount",
    "tegemoetkoming_onderhoudsgeld_leefloon",
)


def _check_basis(a: Assessment) -> None:
    """Receives the (equivalent) leefloon, or the leefloon decision says so."""
    applicant = a.facts.applicant
    who = {"member": applicant["id"]}
    benefits = a.facts.get(a.facts.path(applicant, "benefits_received"), [])
    if {"leefloon", "equivalent_leefloon"} & set(benefits):
        a.note(Reason("tegemoetkoming_onderhoudsgeld_leefloon.receives", who))
        return
    outcomes = [derived.basis(a, LEEFLOON), derived.basis(a, EQUIVALENT)]
    statuses = {outcome.status for outcome in outcomes}
    if "eligible" in statuses:
        a.note(Reason("tegemoetkoming_onderhoudsgeld_leefloon.entitled", who))
        basis = next(outcome for outcome in outcomes if outcome.status == "eligible")
        derived.record_on_application(a, basis)
    elif "to_assess" in statuses:
        a.discretion(Reason("tegemoetkoming_onderhoudsgeld_leefloon.leefloon_to_assess", who))
    elif "unknown" in statuses:
        for outcome in outcomes:
            derived.record_missing(a, outcome)
    else:
        a.require(
            False,
            [],
            yes=None,
            no=Reason("tegemoetkoming_onderhoudsgeld_leefloon.no_leefloon", who),
        )


def decide(a: Assessment) -> Outcome:
    """(Equivalent) leefloon; maintenance for the children owed under a judgment, deed or
    agreement, paid in full with proof, for a child living in Belgium. Half of it, at most
    1 100 euro a year."""
    applicant = a.facts.applicant
    who = {"member": applicant["id"]}
    path = a.facts.path
    _check_basis(a)
    # The judgment, deed or agreement (a copy) and the proof of payment are checked by the
    # OCMW when the person applies: unrecorded, they don't hold the right back.
    a.checked_at_application(
        path(applicant, "flags.child_maintenance_owed_under_decision_or_agreement"),
        a.value("tegemoetkoming_onderhoudsgeld_owed"),
        yes=Reason("tegemoetkoming_onderhoudsgeld_leefloon.owed", who),
        no=Reason("tegemoetkoming_onderhoudsgeld_leefloon.not_owed", who),
    )
    paid_path = path(applicant, "flags.child_maintenance_paid_monthly")
    paid = a.facts.get(paid_path) or 0
    a.require(
        paid > 0,
        [paid_path],
        yes=None,
        no=Reason("tegemoetkoming_onderhoudsgeld_leefloon.nothing_paid", who),
    )
    a.checked_at_application(
        path(applicant, "flags.proof_of_payment"),
        a.facts.get(path(applicant, "flags.proof_of_payment")) is True,
        yes=Reason("tegemoetkoming_onderhoudsgeld_leefloon.proof", who),
        no=Reason("tegemoetkoming_onderhoudsgeld_leefloon.no_proof", who),
    )
    a.require(
        a.value("tegemoetkoming_onderhoudsgeld_child_in_belgium"),
        [path(applicant, "flags.maintenance_child_lives_in_belgium")],
        yes=Reason("tegemoetkoming_onderhoudsgeld_leefloon.child_in_belgium", who),
        no=Reason("tegemoetkoming_onderhoudsgeld_leefloon.child_abroad", who),
    )
    amount = round(a.value("tegemoetkoming_onderhoudsgeld_capped_amount"), 2)
    if a.status in ("eligible", "to_assess"):
        p = a.parameters.tegemoetkoming_onderhoudsgeld_leefloon
        a.note(
            Reason(
                "tegemoetkoming_onderhoudsgeld_leefloon.amount",
                {
                    "paid": money(paid),
                    "amount": money(amount),
                    "share": round(p.share * 100),
                    "maximum": money(p.yearly_maximum),
                },
            )
        )
    return a.outcome(amount=amount, members=[applicant["id"]])


RIGHTS = [
    Right(
        id="tegemoetkoming_onderhoudsgeld_leefloon",
        domain="income",
        needs=derived.needs_of(LEEFLOON, own=OWN_NEEDS),
        variables=derived.variables_of(LEEFLOON, own=VARIABLES),
        parameters=("tegemoetkoming_onderhoudsgeld_leefloon", "leefloon"),
        decide=decide,
        sources=SOURCES,
        automatic=False,
    ),
]
