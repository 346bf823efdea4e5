"""Rights that follow from another right (MAF sociaal from the verhoogde tegemoetkoming, the
maintenance contribution from the leefloon, ...): decide the basis right on the same household
and read its outcome, so that an unknown basis gives the same missing facts.

A derived right lists the basis right's `needs` and `variables` in its own (`needs_of`,
`variables_of`), so that the engine computes them and the facts can be asked inline.
"""

from __future__ import annotations

from radar.rights.registry import Assessment, Outcome, Right


def basis(a: Assessment, right: Right) -> Outcome:
    """The outcome of `right` (a federal right) for the household of `a`: decided once per
    household and evaluation (the engine keeps it in the household's results)."""
    outcomes = getattr(a.results, "outcomes", None)
    if outcomes is None:
        return right.decide(Assessment(right, a.facts, a.results, a.parameters))
    outcome = outcomes.get(id(right))
    if outcome is None:
        outcome = outcomes[id(right)] = right.decide(
            Assessment(right, a.facts, a.results, a.parameters)
        )
    return outcome


def record_missing(a: Assessment, outcome: Outcome) -> None:
    """Record the basis right's missing facts as missing for the derived right."""
    a.known(*outcome.missing)


def record_on_application(a: Assessment, outcome: Outcome) -> None:
    """The basis right's conditions checked at application are checked for the derived right."""
    for path in outcome.checked_when_applying:
        if path not in a.on_application:
            a.on_application.append(path)


def needs_of(*rights: Right, own: tuple[str, ...] = ()) -> tuple[str, ...]:
    return tuple(dict.fromkeys(own + tuple(n for right in rights for n in right.needs)))


def variables_of(*rights: Right, own: tuple[str, ...] = ()) -> tuple[str, ...]:
    return tuple(dict.fromkeys(own + tuple(v for right in rights for v in right.variables)))
