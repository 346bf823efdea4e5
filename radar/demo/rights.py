"""The demo municipality's local rights, as an administrator would define them in the admin."""

from datetime import date

from radar.accounts.models import Municipality
from radar.rights.models import LocalRight

LOCAL_RIGHTS = [
    {
        "slug": "babykaart",
        "name_nl": "Babykaart",
        "name_fr": "Carte bébé",
        "name_en": "Baby card",
        "domain": "family",
        "conditions": [
            {"fact": "child_age_under", "value": 1},
            {"right": "verhoogde_tegemoetkoming", "status": "eligible"},
        ],
        "amount": "250.00",
        "amount_period": "once",
        "apply_nl": "Bij het OCMW, met de geboorteakte. De kaart geldt in de Radarbeekse winkels.",
        "apply_fr": "Au CPAS, avec l'acte de naissance. La carte vaut dans les magasins locaux.",
        "apply_en": "At the OCMW, with the birth certificate. The card is valid in local shops.",
    },
    {
        "slug": "septembertoelage",
        "name_nl": "Septembertoelage",
        "name_fr": "Allocation de rentrée",
        "name_en": "September allowance",
        "domain": "education",
        "conditions": [
            {"fact": "child_in_school_level", "value": "primary"},
            {"right": "verhoogde_tegemoetkoming", "status": "eligible"},
        ],
        "amount": "75.00",
        "amount_period": "once",
        "apply_nl": "Vraag het aan bij je outreacher of aan het onthaal van het OCMW vóór 30/9.",
        "apply_fr": "Demandez-la à votre travailleur ou à l'accueil du CPAS avant le 30/9.",
        "apply_en": "Ask your outreacher or the OCMW front desk before 30/9.",
    },
    {
        "slug": "schoolcheques",
        "name_nl": "Schoolcheques",
        "name_fr": "Chèques scolaires",
        "name_en": "School cheques",
        "domain": "education",
        "conditions": [
            {"fact": "child_age_between", "value": [3, 18]},
            {"fact": "income_yearly_at_most", "value": 25000},
        ],
        "amount": "50.00",
        "amount_period": "yearly",
        "apply_nl": "Met het rekeningafschrift van de school, bij de sociale dienst.",
        "apply_fr": "Avec le décompte de l'école, au service social.",
        "apply_en": "With the school's bill, at the social service.",
    },
]


def create_local_rights(municipality: Municipality, *, today: date) -> None:
    for data in LOCAL_RIGHTS:
        LocalRight.objects.get_or_create(
            municipality=municipality,
            slug=data["slug"],
            defaults={**data, "valid_from": today.replace(month=1, day=1)},
        )
