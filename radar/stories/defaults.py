"""The default domains of change (MSC: 3 to 5, and an open one), loaded by migration 0002."""

CHANGE_DOMAINS = [
    (
        "rights_and_services",
        "Toegang tot rechten en hulp",
        "Accès aux droits et à l'aide",
        "Access to rights and help",
    ),
    (
        "daily_life",
        "Het dagelijks leven van het gezin",
        "La vie quotidienne de la famille",
        "The family's daily life",
    ),
    ("children", "De kinderen", "Les enfants", "The children"),
    (
        "network",
        "Het netwerk rond het gezin",
        "Le réseau autour de la famille",
        "The network around the family",
    ),
]
OPEN_DOMAIN = (
    "other_change",
    "Elke andere verandering",
    "Tout autre changement",
    "Any other change",
)


def load(model) -> None:
    rows = [*CHANGE_DOMAINS, OPEN_DOMAIN]
    for position, (code, nl, fr, en) in enumerate(rows, start=1):
        model.objects.get_or_create(
            code=code,
            defaults={
                "name_nl": nl,
                "name_fr": fr,
                "name_en": en,
                "position": position * 10,
                "is_open": code == OPEN_DOMAIN[0],
            },
        )
