"""The world around the demo families: the social map, info point sessions and referrals.

Called by radar.demo.families.create_small_demo after the families exist; goes through each
app's services so the audit log and counts are as in real use.
"""

import random
from datetime import date, time, timedelta

from radar.accounts.models import Team, User
from radar.households.models import Household, LifeDomain, Need
from radar.infopoint import services as infopoint_services
from radar.organisations import services as organisation_services
from radar.organisations.models import Organisation
from radar.referrals import services as referral_services

# name, kind, address, phone, languages, services: (name, life domain codes), contact person
SOCIAL_MAP = [
    (
        "CAW Demo",
        "caw",
        "Bakenstraat 12, 2999 Radarbeek",
        "011 00 10 10",
        "nl, fr, en",
        [("Onthaal en begeleiding", ["family_relations", "housing", "finances"])],
        ("Fatima Ouali", "maatschappelijk werker"),
    ),
    (
        "OCMW Radarbeek - schuldbemiddeling",
        "debt_mediation",
        "Marktplein 1, 2999 Radarbeek",
        "011 00 20 20",
        "nl, fr",
        [
            ("Budgetbegeleiding", ["finances"]),
            ("Collectieve schuldenregeling", ["finances", "justice"]),
        ],
        ("Bart Peeters", "schuldbemiddelaar"),
    ),
    (
        "Huis van het Kind Radarbeek",
        "huis_van_het_kind",
        "Kompasplein 3, 2999 Radarbeek",
        "011 00 30 30",
        "nl, fr, ar",
        [("Consultatiebureau", ["health"]), ("Opvoedingsondersteuning", ["family_relations"])],
        ("Leen Maes", "coördinator"),
    ),
    (
        "Basisschool De Vuurtoren",
        "school",
        "Vuurtorenweg 8, 2999 Radarbeek",
        "011 00 40 40",
        "nl",
        [("Zorgcoördinatie", ["education"])],
        ("Griet Janssens", "zorgcoördinator"),
    ),
    (
        "GO! Basisschool Het Kompas",
        "school",
        "Seinpostlaan 21, 2999 Radarbeek",
        "011 00 41 41",
        "nl",
        [("Zorgcoördinatie", ["education"])],
        ("Tom Willems", "zorgcoördinator"),
    ),
    (
        "CLB Radarbeek",
        "clb",
        "Peilstraat 5, 2999 Radarbeek",
        "011 00 50 50",
        "nl",
        [("Leerlingenbegeleiding", ["education", "health"])],
        ("Ilse Claes", "CLB-medewerker"),
    ),
    (
        "Armoedevereniging OnderOns Radarbeek",
        "poverty_association",
        "Sonarstraat 2, 2999 Radarbeek",
        "011 00 60 60",
        "nl",
        [("Ontmoeting en inspraak", ["social_network", "leisure"])],
        ("Rita Hermans", "vrijwilliger"),
    ),
    (
        "Woonmaatschappij Radarland",
        "housing_company",
        "Radiostraat 40, 2999 Radarbeek",
        "011 00 70 70",
        "nl",
        [("Sociale huur", ["housing"])],
        ("Koen Mertens", "huurdersbegeleider"),
    ),
    (
        "VDAB Radarbeek",
        "vdab",
        "Signaalweg 9, 2999 Radarbeek",
        "011 00 80 80",
        "nl, fr, en",
        [("Trajectbegeleiding werk", ["work"]), ("Nederlandse les (NT2)", ["education", "work"])],
        ("Sara Wuyts", "trajectbegeleider"),
    ),
    (
        "Ziekenfonds Demo",
        "mutuality",
        "Echoloodlaan 14, 2999 Radarbeek",
        "011 00 90 90",
        "nl, fr",
        [("Sociale dienst ziekenfonds", ["health", "administration"])],
        ("Nadia Amrani", "sociaal werker"),
    ),
]

SESSIONS_PER_NEIGHBOURHOOD = 3


def create_social_map_demo(
    *,
    rng: random.Random,
    today: date,
    teams: dict[str, Team],
    users: dict[str, User],
    neighbourhoods: dict[str, dict[str, tuple[str, ...]]],
) -> dict[str, int]:
    admin = users["admin1"]
    municipality = next(iter(teams.values())).municipality
    domains = {d.code: d for d in LifeDomain.objects.all()}
    organisations = {}
    for name, kind, address, phone, languages, services, (person, role) in SOCIAL_MAP:
        organisation = organisation_services.create_organisation(
            user=admin,
            name=name,
            kind=kind,
            address=address,
            phone=phone,
            languages=languages,
            municipality=municipality,
            channel="cli",
        )
        for service_name, codes in services:
            organisation_services.add_service(
                user=admin,
                organisation=organisation,
                name=service_name,
                life_domains=[domains[c] for c in codes if c in domains],
                channel="cli",
            )
        organisation_services.add_contact_person(
            user=admin, organisation=organisation, name=person, role=role, channel="cli"
        )
        organisations[name] = organisation
    partner = users["partner1"]
    partner.organisation = organisations["CAW Demo"]
    partner.save(update_fields=["organisation"])

    sessions = 0
    for team_name, places in neighbourhoods.items():
        team = teams[team_name]
        staff = [u for u in users.values() if u.teams.filter(pk=team.pk).exists()][:2]
        for neighbourhood in places:
            for k in range(SESSIONS_PER_NEIGHBOURHOOD):
                session = infopoint_services.create_session(
                    user=staff[0],
                    team=team,
                    neighbourhood=neighbourhood,
                    held_on=today - timedelta(days=14 * k + rng.randint(0, 6)),
                    location=f"{rng.choice(places[neighbourhood])} (markt)",
                    start_time=time(9, 30),
                    end_time=time(12, 0),
                    staff=staff,
                )
                for _ in range(rng.randint(4, 14)):
                    infopoint_services.count_visitor(user=staff[0], session=session)
                for code in rng.sample(sorted(domains), 4):
                    for _ in range(rng.randint(1, 4)):
                        infopoint_services.count_question(
                            user=staff[0], session=session, domain=domains[code]
                        )
                sessions += 1
    return {"organisations": len(organisations), "info_point_sessions": sessions}


# The path of a referral to each state, as the worker would walk it.
REFERRAL_PATHS = {
    "proposed": [],
    "sent": ["send"],
    "accepted": ["send", "accept"],
    "declined": ["send", "decline"],
    "first_contact_confirmed": ["send", "accept", "first_contact"],
    "outcome_recorded": ["send", "accept", "first_contact", "outcome"],
    "closed": ["send", "accept", "first_contact", "outcome", "close"],
}


def create_referral_demo(
    *, rng: random.Random, today: date, teams: dict[str, Team], users: dict[str, User]
) -> dict[str, int]:
    """Referrals in every state, from needs of the demo families, and a lead partner on some."""
    organisations = list(
        Organisation.objects.exclude(kind="school").prefetch_related("contact_persons")
    )
    households = list(
        Household.objects.filter(team__in=teams.values(), needs__isnull=False)
        .distinct()
        .order_by("pk")
    )
    referrals = leads = 0
    for index, household in enumerate(households[: 3 * len(REFERRAL_PATHS)]):
        worker = household.assigned_workers.first() or users["teamlead1"]
        if not worker.does_casework:
            continue
        state = list(REFERRAL_PATHS)[index % len(REFERRAL_PATHS)]
        need = Need.objects.filter(household=household).first()
        organisation = rng.choice(organisations)
        person = organisation.contact_persons.first()
        referral = referral_services.refer_household(
            user=worker,
            household=household,
            organisation=organisation,
            need=need,
            contact_person=person,
            receiver_name=person.name if person else "",
            introduced_how=rng.choice(["joint_visit", "phone_call_together", "accompanied"]),
            handover_note="Samen gebeld; de familie kent de naam van de ontvanger.",
        )
        for step in REFERRAL_PATHS[state]:
            if step == "send":
                referral_services.send_referral(user=worker, referral=referral)
            elif step == "accept":
                referral_services.accept_referral(user=worker, referral=referral)
            elif step == "decline":
                referral_services.decline_referral(
                    user=worker, referral=referral, reason="Wachtlijst van drie maanden."
                )
            elif step == "first_contact":
                referral_services.confirm_first_contact(
                    user=worker, referral=referral, first_contact_on=today - timedelta(days=3)
                )
            elif step == "outcome":
                referral_services.record_outcome(
                    user=worker, referral=referral, need_answered=index % 2 == 0
                )
            elif step == "close":
                referral_services.close_referral(user=worker, referral=referral)
        referrals += 1
        if index % 4 == 0 and person:
            referral_services.set_lead_partner(
                user=worker,
                household=household,
                organisation=organisation,
                contact_person=person,
                person_name=person.name,
                from_on=today - timedelta(days=30),
            )
            leads += 1
    return {"referrals": referrals, "lead_partners": leads}
