"""The default aid catalogue of a municipality (seed 000, Sint-Truiden), in nl, fr and en.

Loaded for every existing municipality by a data migration and for a new one by
services.ensure_default_catalogue (the register import and the demo call it); administrators
rename, price and extend it in the admin. Amounts are in cents; None: the amount varies.
"""

# code, kind, unit amount (cents) or None, per child, budget line code, nl, fr, en
CATALOGUE = [
    ("babykaart", "voucher", None, True, "kinderarmoede",
     "Babykaart", "Carte bébé", "Baby card"),
    ("luiers", "in_kind", None, True, "kinderarmoede",
     "Luiers", "Langes", "Diapers"),
    ("septembertoelage", "cash", None, True, "kinderarmoede",
     "Septembertoelage", "Allocation de rentrée", "September allowance"),
    ("schoolcheque", "voucher", None, True, "kinderarmoede",
     "Schoolcheque", "Chèque scolaire", "School cheque"),
    ("kinderkleding", "in_kind", None, True, "kinderarmoede",
     "Kinderkleding", "Vêtements pour enfants", "Child clothing"),
    ("attest_individueel_tarief_kinderopvang", "certificate", 0, True, "",
     "Attest individueel tarief kinderopvang", "Attestation de tarif individuel pour l'accueil "
     "de l'enfant", "Certificate for the income-related childcare rate"),
    ("voedselpakket", "in_kind", None, False, "materiele_hulp",
     "Voedselpakket", "Colis alimentaire", "Food parcel"),
    ("energiepremie", "cash", None, False, "energie",
     "Energiepremie", "Prime énergie", "Energy allowance"),
]  # fmt: skip

CODES = [row[0] for row in CATALOGUE]


def load(aid_type_model, municipality) -> int:
    """Add the default entries missing from `municipality`'s catalogue; returns how many."""
    added = 0
    for position, (code, kind, amount, per_child, budget, nl, fr, en) in enumerate(
        CATALOGUE, start=1
    ):
        _, created = aid_type_model.objects.get_or_create(
            municipality=municipality,
            code=code,
            defaults={
                "kind": kind,
                "unit_amount_cents": amount,
                "is_per_child": per_child,
                "budget_code": budget,
                "name_nl": nl,
                "name_fr": fr,
                "name_en": en,
                "position": position * 10,
            },
        )
        added += created
    return added
