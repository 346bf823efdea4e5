"""The default configurable lists, in Dutch, French and English.

Loaded by data migrations; administrators can rename, reorder and extend them.
"""

CHANNELS = [
    ("school", "School", "École", "School"),
    (
        "poverty_association",
        "Armoedevereniging",
        "Association de lutte contre la pauvreté",
        "Poverty association",
    ),
    (
        "huis_van_het_kind",
        "Huis van het Kind",
        "Maison de l'Enfant (Huis van het Kind)",
        "Family centre (Huis van het Kind)",
    ),
    (
        "colleague",
        "Collega sociale dienst",
        "Collègue du service social",
        "Social-service colleague",
    ),
    ("partner", "Partnerorganisatie", "Organisation partenaire", "Partner organisation"),
    ("self", "Zelf aangemeld", "Démarche personnelle", "Self"),
    ("info_point", "Mobiel infopunt", "Point info mobile", "Mobile info point"),
    ("street", "Straat / huisbezoek", "Rue / visite à domicile", "Street / home visit"),
    ("other", "Andere", "Autre", "Other"),
]

LIFE_DOMAINS = [
    ("finances", "Financiën", "Finances", "Finances"),
    ("housing", "Wonen", "Logement", "Housing"),
    ("health", "Gezondheid", "Santé", "Health"),
    ("education", "Onderwijs", "Enseignement", "Education"),
    ("work", "Werk", "Travail", "Work"),
    ("family_relations", "Gezinsrelaties", "Relations familiales", "Family relations"),
    ("social_network", "Sociaal netwerk", "Réseau social", "Social network"),
    (
        "leisure",
        "Vrije tijd en participatie",
        "Loisirs et participation",
        "Leisure and participation",
    ),
    ("administration", "Administratie", "Administration", "Administration"),
    ("justice", "Justitie", "Justice", "Justice"),
]

CONTACT_TYPES = [
    ("home_visit", "Huisbezoek", "Visite à domicile", "Home visit"),
    ("school", "Op school", "À l'école", "At school"),
    ("info_point", "Infopunt", "Point info", "Info point"),
    ("street", "Op straat", "En rue", "Street"),
    ("waiting_room", "Wachtzaal", "Salle d'attente", "Waiting room"),
    ("phone", "Telefoon", "Téléphone", "Phone"),
    ("message", "Bericht (sms, e-mail)", "Message (sms, e-mail)", "Message (text, e-mail)"),
    ("office", "Kantoor", "Bureau", "Office"),
    ("neutral_place", "Neutrale plek", "Lieu neutre", "Neutral place"),
]


def load(model, rows) -> None:
    for position, (code, nl, fr, en) in enumerate(rows, start=1):
        model.objects.get_or_create(
            code=code,
            defaults={"name_nl": nl, "name_fr": fr, "name_en": en, "position": position * 10},
        )
