"""Demo data for `radar demo`: Housing First in team north (seed 003). An inclusion
commission with five members and three meetings (two held, one planned), eight
candidacies in every state (being prepared, submitted, withdrawn, not admitted, postponed,
admitted, and one postponed then admitted after re-submission), and five tenancies (three
running, one moved on, one evicted) with their events. Everything goes through the
services, as a worker would enter it."""

from datetime import date, timedelta

from radar.accounts.models import Team, User
from radar.households.models import Household
from radar.housing_first import services
from radar.housing_first.models import (
    CommissionMember,
    Decision,
    EndReason,
    OwnerKind,
    TenancyEvent,
)

Kind = CommissionMember.OrganisationKind
MEMBERS = [
    ("Nathalie Delcourt", "CPAS", Kind.CPAS),
    ("Marc Lefèvre", "Toit & Moi (société de logement)", Kind.HOUSING_COMPANY),
    ("Sylvie Ramos", "AIS Mons-Borinage", Kind.SOCIAL_RENTAL_AGENCY),
    ("Karim Benali", "Relais Social", Kind.CAW),
    ("Dr Anne Piron", "Maison médicale", Kind.HEALTH),
]
DOSSIER = {
    "housing_history": "Trois ans dans une voiture, puis un abri de nuit; expulsés en 2022.",
    "what_was_tried": "Logement de transit, inscription sur les listes du logement social.",
    "life_project": "Avoir un chez-nous, que les enfants reviennent et retournent à l'école.",
    "priorities": "Un logement d'abord. Ensuite l'école pour les petits.",
    "strengths": "Une mère qui se bat pour ses enfants; une grand-mère présente.",
    "children": "Deux enfants placés en famille d'accueil; l'aîné ne va plus à l'école.",
    "network": "La grand-mère, une voisine; voir l'écogramme.",
}


def create_housing_first_demo(
    *, today: date, teams: dict[str, Team], users: dict[str, User], team_name: str
) -> dict[str, int]:
    """The commission, its meetings, eight candidacies and five tenancies. Returns counts."""
    team = teams[team_name]
    worker = users["outreacher1"]
    families = list(
        Household.objects.filter(team=team).exclude(candidacies__isnull=False).order_by("id")
    )[:10]
    if len(families) < 10:
        return {}
    commission = services.create_commission(
        user=worker, team=team, name="Commission d'inclusion Housing First", language="fr"
    )
    members = [
        services.add_member(
            user=worker, commission=commission, name=n, organisation=o, organisation_kind=k
        )
        for n, o, k in MEMBERS
    ]
    first = services.plan_meeting(
        user=worker, commission=commission, held_on=today - timedelta(days=200), place="Mons"
    )
    second = services.plan_meeting(
        user=worker, commission=commission, held_on=today - timedelta(days=120), place="Mons"
    )
    third = services.plan_meeting(
        user=worker, commission=commission, held_on=today + timedelta(days=14), place="Boussu"
    )
    services.record_attendance(user=worker, meeting=first, present=members)
    services.record_attendance(user=worker, meeting=second, present=members[:4])

    candidacies = [
        services.prepare_candidacy(user=worker, household=family, **DOSSIER)
        for family in families[:8]
    ]

    def submit(candidacy, days_ago):
        return services.submit_candidacy(
            user=worker, candidacy=candidacy, on=today - timedelta(days=days_ago)
        )

    def decide(meeting, candidacy, decision, **extra):
        item = services.put_on_agenda(user=worker, meeting=meeting, candidacy=candidacy)
        return services.decide_candidacy(user=worker, item=item, decision=decision, **extra)

    preparing, submitted, withdrawn, refused, postponed, admitted, moved, again = candidacies
    # 1: being prepared. 2: submitted, on the agenda of the planned meeting.
    submit(submitted, 10)
    services.put_on_agenda(user=worker, meeting=third, candidacy=submitted)
    # 3: withdrawn.
    services.withdraw_candidacy(
        user=worker, candidacy=withdrawn, note="La famille a trouvé un logement chez un proche."
    )
    # 4, 6, 7, 8 at the first meeting.
    for candidacy in (refused, admitted, moved, again):
        submit(candidacy, 230)
    decide(
        first, refused, Decision.NOT_ADMITTED,
        reasons="Vous avez déjà un accompagnement au logement qui fonctionne: nous vous "
        "proposons de le poursuivre avec le CPAS.",
    )  # fmt: skip
    decide(first, admitted, Decision.ADMITTED, name_agreed=True, not_taking_part=[members[1]])
    decide(first, moved, Decision.ADMITTED)
    decide(
        first, again, Decision.POSTPONED,
        what_is_needed="L'avis du SAJ sur le retour des enfants.",
        needed_by=today - timedelta(days=140),
    )  # fmt: skip
    # 8 re-submitted and admitted, 5 postponed at the second meeting.
    submit(again, 135)
    decide(second, again, Decision.ADMITTED)
    submit(postponed, 130)
    decide(
        second, postponed, Decision.POSTPONED,
        what_is_needed="Un budget établi avec la médiation de dettes.",
        needed_by=today + timedelta(days=30),
    )  # fmt: skip

    def house(family, candidacy, days_ago, street, owner, rent):
        return services.start_tenancy(
            user=worker, household=family, candidacy=candidacy,
            start_on=today - timedelta(days=days_ago), street=street, postcode="7300",
            city="Boussu", owner_kind=owner, rent_cents=rent,
            guidance_team="Assistante sociale CPAS, infirmière, éducatrice (Relais Social)",
        )  # fmt: skip

    running = house(families[5], admitted, 190, "Rue des Alliés 4", OwnerKind.SOCIAL_RENTAL_AGENCY,
                    52000)  # fmt: skip
    moved_on = house(families[6], moved, 180, "Rue Neuve 12", OwnerKind.HOUSING_COMPANY, 41000)
    evicted = house(families[7], again, 100, "Place du Marché 3", OwnerKind.PRIVATE, 65000)
    older = house(families[8], None, 800, "Rue de la Gare 21", OwnerKind.HOUSING_COMPANY, 39000)
    house(families[9], None, 420, "Chemin des Dames 8", OwnerKind.SOCIAL_RENTAL_AGENCY, 47500)

    events = [
        (running, TenancyEvent.Kind.ARREARS, 150, "Deux mois de loyer en retard."),
        (running, TenancyEvent.Kind.ARREARS_UNDER_CONTROL, 90, "Plan d'apurement respecté."),
        (running, TenancyEvent.Kind.CHILD_RETURNED, 60, "Léa est revenue de placement."),
        (running, TenancyEvent.Kind.SCHOOL_RESTARTED, 55, "Léa a repris l'école."),
        (running, TenancyEvent.Kind.EVALUATION, 30, "Avec le SAJ, l'école et l'AIS."),
        (evicted, TenancyEvent.Kind.NEIGHBOUR_COMPLAINT, 60, "Bruit la nuit."),
        (evicted, TenancyEvent.Kind.ARREARS, 45, "Quatre mois de loyer en retard."),
        (older, TenancyEvent.Kind.REPAIR, 300, "Chaudière remplacée par la société."),
        (older, TenancyEvent.Kind.EVALUATION, 200, "Évaluation annuelle avec les partenaires."),
    ]
    for tenancy, kind, days_ago, note in events:
        services.record_tenancy_event(
            user=worker, tenancy=tenancy, kind=kind,
            occurred_on=today - timedelta(days=days_ago), note=note,
        )  # fmt: skip
    services.end_tenancy(
        user=worker, tenancy=moved_on, end_on=today - timedelta(days=20),
        end_reason=EndReason.MOVED_ON,
        end_note="Logement social attribué: la famille continue sans accompagnement intensif.",
    )  # fmt: skip
    services.end_tenancy(
        user=worker, tenancy=evicted, end_on=today - timedelta(days=5),
        end_reason=EndReason.EVICTED,
    )  # fmt: skip
    return {
        "Housing First candidacies": len(candidacies),
        "commission meetings": 3,
        "tenancies": 5,
        "tenancy events": len(events),
    }
