"""Demo data for `radar demo`: an ecogram on some families and the teams' case
discussions with agreements, one of them already a step. Everything goes through the
services, as a worker would enter it."""

import random
from datetime import date, timedelta

from radar.accounts.models import Team, User
from radar.households.models import Household
from radar.network import services
from radar.network.models import CaseDiscussion, NetworkTie
from radar.plans.models import Goal

Kind = NetworkTie.Kind
Quality = NetworkTie.Quality

# name, kind, relation, quality
PEOPLE = [
    ("Oma Rita", Kind.RELATIVE, "grootmoeder", Quality.SUPPORTS),
    ("Tante Nadia", Kind.RELATIVE, "tante", Quality.BOTH),
    ("Ex-partner", Kind.RELATIVE, "vader van de kinderen", Quality.STRAINS),
    ("Buurvrouw Josée", Kind.NEIGHBOUR, "buurvrouw", Quality.SUPPORTS),
    ("Buurman", Kind.NEIGHBOUR, "onderbuur", Quality.STRAINS),
    ("Samira", Kind.FRIEND, "vriendin van school", Quality.SUPPORTS),
    ("Jan", Kind.VOLUNTEER, "vrijwilliger huiswerkklas", Quality.SUPPORTS),
    ("Linda", Kind.EXPERT_BY_EXPERIENCE, "ervaringsdeskundige", Quality.SUPPORTS),
    ("Juf Els", Kind.PROFESSIONAL, "klasleerkracht", Quality.NEUTRAL),
    ("Huisarts", Kind.PROFESSIONAL, "huisarts", Quality.SUPPORTS),
    ("Voetbalclub", Kind.OTHER, "trainer", Quality.NEUTRAL),
]
AGREEMENTS = [
    "Samen de brief van de huisbaas lezen en een afbetalingsplan voorstellen.",
    "Contact opnemen met het CLB over de afwezigheden.",
    "Verhoogde tegemoetkoming nakijken bij het ziekenfonds.",
    "Warme overdracht naar de schuldbemiddeling voorbereiden.",
]


def create_network_demo(
    *, rng: random.Random, today: date, teams: dict[str, Team], users: dict[str, User]
) -> dict[str, int]:
    """Ecograms on every third family, two case discussions per team. Returns counts."""
    counts = {"network ties": 0, "case discussions": 0, "agreements": 0}
    for team in teams.values():
        workers = list(
            User.objects.filter(teams=team, pk__in=[u.pk for u in users.values()])
            .filter(role__in=["outreacher", "team_lead", "colleague"])
            .order_by("username")
        )
        if not workers:
            continue
        households = list(Household.objects.filter(team=team).order_by("name", "id"))
        for household in households[::3]:
            members = list(household.members.all())
            for name, kind, relation, quality in rng.sample(PEOPLE, rng.randint(3, 7)):
                services.add_tie(
                    user=workers[0],
                    household=household,
                    name=name,
                    kind=kind,
                    relation=relation,
                    quality=quality,
                    member=rng.choice(members) if members and rng.random() < 0.3 else None,
                )
                counts["network ties"] += 1
        for weeks_ago, kind in ((6, CaseDiscussion.Kind.INTERVISION),
                                (2, CaseDiscussion.Kind.CASE_CONFERENCE)):  # fmt: skip
            discussed = rng.sample(households, min(3, len(households)))
            discussion = services.record_discussion(
                user=workers[0],
                team=team,
                held_on=today - timedelta(weeks=weeks_ago),
                kind=kind,
                households=discussed,
                participants=workers,
                other_participants="supervisor (extern)" if kind == "intervision" else "",
                notes="Besproken: wat loopt goed, waar zit het vast, wie neemt wat op.",
            )
            counts["case discussions"] += 1
            for household in discussed:
                agreement = services.add_agreement(
                    user=workers[0],
                    discussion=discussion,
                    household=household,
                    text=rng.choice(AGREEMENTS),
                    owner=rng.choice(workers),
                    due_on=today + timedelta(days=rng.randint(3, 21)),
                )
                counts["agreements"] += 1
                goal = Goal.objects.filter(household=household).first()
                if goal is not None and rng.random() < 0.5:
                    services.turn_agreement_into_step(
                        user=workers[0], agreement=agreement, goal=goal
                    )
    return counts
