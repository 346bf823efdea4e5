"""Demo data for `radar demo`: self-reliance measurements (T0 and, after three months, T1),
stories of change with selection rounds, and policy signals. Everything goes through the
services, as a worker would enter it."""

import random
from datetime import date, timedelta

from radar.accounts.models import Team, User
from radar.households.models import Household, LifeDomain
from radar.measurements import services as measurement_services
from radar.measurements.models import Instrument
from radar.stories import services as story_services
from radar.stories.models import ChangeDomain, PolicySignalStatus, SelectionRound

STORIES = [
    (
        "daily_life",
        "Weer een eigen sleutel",
        "We hebben na een jaar bij familie weer een eigen huis.",
        "Mijn kinderen hebben weer een eigen kamer. Ze slapen beter en ik ook.",
    ),
    (
        "rights_and_services",
        "De brief van het ziekenfonds",
        "Samen met Ann hebben we de verhoogde tegemoetkoming aangevraagd.",
        "Ik durf nu naar de dokter te gaan zonder te rekenen.",
    ),
    (
        "children",
        "Naar de turnclub",
        "Lotte gaat elke woensdag turnen met de vrijetijdspas.",
        "Ze heeft vriendinnen buiten school. Ze lacht weer.",
    ),
    (
        "network",
        "Een buurvrouw die helpt",
        "De buurvrouw haalt de kinderen op als ik moet werken.",
        "Ik sta er niet meer alleen voor.",
    ),
    (
        "other_change",
        "Nederlandse les",
        "Ik volg nu twee keer per week Nederlandse les.",
        "Ik kan zelf met de juf praten op het oudercontact.",
    ),
]
REASON = (
    "Dit verhaal toont hoe een kleine, concrete stap het hele gezin weer ademruimte gaf. "
    "De verteller zegt zelf wat er veranderde, en dat maakt het sterk."
)
SIGNALS = [
    (
        "education",
        "Schoolfacturen komen te laat",
        "Gezinnen krijgen de schoolfactuur pas na de vervaldag en betalen dan een aanmaningskost.",
        "Een moeder van drie kinderen kreeg in mei de facturen van september tot maart samen.",
        14,
    ),
    (
        "housing",
        "Huurwaarborg blokkeert verhuizen",
        "Gezinnen vinden een betere woning maar kunnen de huurwaarborg niet voorschieten.",
        "Een gezin bleef in een vochtige woning "
        "omdat de waarborg van de vorige woning nog niet vrijgegeven was.",
        9,
    ),
]


def _level(rng: random.Random, low: int, high: int) -> int:
    return max(1, min(5, rng.randint(low, high)))


def create_measurement_demo(
    *, rng: random.Random, today: date, teams: dict[str, Team], users: dict[str, User]
) -> dict[str, int]:
    """T0 on every second family, T1 where three months have passed, the participatieladder
    for one adult in every fourth; stories, rounds and policy signals per team."""
    counts = {"assessments": 0, "stories": 0, "selection rounds": 0, "policy signals": 0}
    zrm = Instrument.objects.get(code="zrm2017")
    ladder = Instrument.objects.get(code="participatieladder")
    domains = [d.code for d in zrm.domains.all()]
    for team in teams.values():
        worker = (
            User.objects.filter(teams=team, role__in=["outreacher", "team_lead"])
            .order_by("username")
            .first()
        )
        if worker is None:
            continue
        households = list(Household.objects.filter(team=team).order_by("name", "id"))
        for index, household in enumerate(households[::2]):
            first = measurement_services.intake_date_of(household)
            t0 = {code: _level(rng, 1, 3) for code in rng.sample(domains, 9)}
            measurement_services.record_assessment(
                user=worker,
                household=household,
                instrument=zrm,
                assessed_on=first,
                scores=t0,
                family_scores={c: _level(rng, v - 1, v + 1) for c, v in t0.items()}
                if index % 3 == 0
                else None,
            )
            counts["assessments"] += 1
            t1_on = first + timedelta(days=rng.randint(95, 140))
            if t1_on <= today:
                t1 = {c: _level(rng, v - 1, v + 2) for c, v in t0.items()}
                measurement_services.record_assessment(
                    user=worker,
                    household=household,
                    instrument=zrm,
                    assessed_on=t1_on,
                    scores=t1,
                )
                counts["assessments"] += 1
            adult = household.members.exclude(role="child").first()
            if adult is not None and index % 2 == 0:
                rung = rng.randint(1, 3)
                measurement_services.record_assessment(
                    user=worker,
                    household=household,
                    instrument=ladder,
                    assessed_on=first,
                    member=adult,
                    scores={"participation": rung},
                )
                counts["assessments"] += 1
                if t1_on <= today:
                    measurement_services.record_assessment(
                        user=worker,
                        household=household,
                        instrument=ladder,
                        assessed_on=t1_on,
                        member=adult,
                        scores={"participation": min(6, rung + rng.randint(0, 2))},
                    )
                    counts["assessments"] += 1
        counts.update(_stories_and_signals(rng, today, team, worker, households, counts))
    return counts


def _stories_and_signals(rng, today, team, worker, households, counts) -> dict[str, int]:
    picks = []
    for index, (domain_code, title, what, why) in enumerate(STORIES):
        household = households[index] if index < len(households) else None
        story = story_services.record_story(
            user=worker,
            team=team,
            domain=ChangeDomain.objects.get(code=domain_code),
            title=title,
            teller="family",
            teller_name="",
            household=household,
            told_on=today - timedelta(days=rng.randint(10, 200)),
            what_happened=what,
            why_it_matters=why,
            may_share_with_team=True,
            may_share_with_committee=index != 3,
            may_publish=index in (0, 2, 4),
        )
        counts["stories"] += 1
        if index < 3:
            picks.append((story.domain, story, REASON))
    team_round = story_services.hold_selection_round(
        user=worker,
        level=SelectionRound.Level.TEAM,
        team=team,
        held_on=today - timedelta(days=7),
        participants="Het outreachteam",
        picks=picks,
    )
    counts["selection rounds"] += 1
    for selection in team_round.selections.all():
        story_services.give_feedback(
            user=worker,
            story=selection.story,
            given_on=today - timedelta(days=5),
            note="Verteld dat het team dit verhaal koos, en waarom.",
        )
    intakes = [i for h in households[:6] for i in h.intakes.all()]
    for index, (domain_code, title, seen, example, families) in enumerate(SIGNALS):
        signal = story_services.note_policy_signal(
            user=worker,
            team=team,
            title=title,
            domain=LifeDomain.objects.get(code=domain_code),
            what_was_seen=seen,
            examples=example,
            families=families,
            seen_since=today - timedelta(days=300),
            intakes=intakes[index::2],
        )
        counts["policy signals"] += 1
        if index == 0:
            story_services.move_policy_signal(
                user=worker,
                signal=signal,
                to_status=PolicySignalStatus.BROUGHT,
                brought_on=today - timedelta(days=30),
            )
            story_services.move_policy_signal(
                user=worker,
                signal=signal,
                to_status=PolicySignalStatus.ANSWERED,
                answer="De scholen sturen de factuur voortaan maandelijks.",
                answered_on=today - timedelta(days=20),
            )
    return counts
