"""The structure of the instruments Radar ships: domains and levels, never criteria texts.

Loaded by the data migration 0002 and, in transactional tests, again by `load_shipped()`.
The ZRM 2017's domain names and level labels are short factual labels (docs/measurements.md
and docs/decisions/0017-measuring-change.md); its criteria per cell are © GGD
Amsterdam and are imported by each organisation from the file it received
(`radar measurements import-instrument FILE`).
"""

from typing import Any

ZRM_2017: dict[str, Any] = {
    "code": "zrm2017",
    "name_nl": "Zelfredzaamheid-Matrix (ZRM) 2017",
    "name_fr": "Matrice d'autonomie (ZRM) 2017",
    "name_en": "Self-Sufficiency Matrix (ZRM) 2017",
    "version": "2017",
    "source": "GGD Amsterdam, Zelfredzaamheid-Matrix 2017 (Lauriks et al.)",
    "licence_note": (
        "© GGD Amsterdam. Radar ships the domains and the level labels only. The criteria "
        "per cell are imported from the file your organisation received from GGD Amsterdam "
        "(zrm@ggd.amsterdam.nl). Do not change the instrument: a changed copy is a custom "
        "instrument under another name."
    ),
    "subject": "either",
    "levels": [
        (1, "acute problematiek", "problématique aiguë", "acute problems"),
        (2, "niet zelfredzaam", "pas autonome", "not self-sufficient"),
        (3, "beperkt zelfredzaam", "autonomie limitée", "limited self-sufficiency"),
        (4, "voldoende zelfredzaam", "suffisamment autonome", "sufficiently self-sufficient"),
        (5, "volledig zelfredzaam", "pleinement autonome", "fully self-sufficient"),
    ],
    # code, professional nl/fr/en, plain nl/fr/en
    "domains": [
        ("finances", "Financiën", "Finances", "Finances", "Geldzaken", "Mon argent", "Money"),
        (
            "work_education",
            "Werk & opleiding",
            "Travail et formation",
            "Work and education",
            "Werk en opleiding",
            "Travail et études",
            "Work and learning",
        ),
        (
            "time_use",
            "Tijdsbesteding",
            "Occupation du temps",
            "Use of time",
            "Tijdsbesteding",
            "Mes journées",
            "How I spend my time",
        ),
        ("housing", "Huisvesting", "Logement", "Housing", "Woning", "Mon logement", "My home"),
        (
            "domestic_relations",
            "Huiselijke relaties",
            "Relations familiales",
            "Domestic relations",
            "Relaties thuis",
            "Les relations à la maison",
            "Relations at home",
        ),
        (
            "mental_health",
            "Geestelijke gezondheid",
            "Santé mentale",
            "Mental health",
            "Hoe ik me voel",
            "Comment je me sens",
            "How I feel",
        ),
        (
            "physical_health",
            "Lichamelijke gezondheid",
            "Santé physique",
            "Physical health",
            "Mijn lichaam",
            "Mon corps",
            "My body",
        ),
        (
            "substance_use",
            "Middelengebruik",
            "Usage de substances",
            "Substance use",
            "Alcohol en drugs",
            "Alcool et drogues",
            "Alcohol and drugs",
        ),
        (
            "basic_adl",
            "Basale ADL",
            "AVQ de base",
            "Basic ADL",
            "Zelfzorg",
            "Prendre soin de moi",
            "Looking after myself",
        ),
        (
            "instrumental_adl",
            "Instrumentele ADL",
            "AVQ instrumentales",
            "Instrumental ADL",
            "Dagelijkse activiteiten",
            "Les tâches de tous les jours",
            "Everyday tasks",
        ),
        (
            "social_network",
            "Sociaal netwerk",
            "Réseau social",
            "Social network",
            "Mensen rond mij",
            "Les gens autour de moi",
            "People around me",
        ),
        (
            "social_participation",
            "Maatschappelijke participatie",
            "Participation sociale",
            "Social participation",
            "Meedoen in de samenleving",
            "Participer à la société",
            "Taking part in society",
        ),
        (
            "justice",
            "Justitie",
            "Justice",
            "Justice",
            "Politie en gerecht",
            "Police et justice",
            "Police and courts",
        ),
    ],
}

PARTICIPATIELADDER: dict[str, Any] = {
    "code": "participatieladder",
    "name_nl": "Participatieladder",
    "name_fr": "Échelle de participation",
    "name_en": "Participation ladder",
    "version": "1",
    "source": "Participatieladder (Divosa/Movisie): six rungs from isolation to paid work",
    "licence_note": "The rung names are published descriptions; no criteria texts are shipped.",
    "subject": "person",
    "levels": [
        (1, "geïsoleerd", "isolé", "isolated"),
        (
            2,
            "sociale contacten buiten de deur",
            "contacts sociaux hors de chez soi",
            "social contacts outside the home",
        ),
        (
            3,
            "deelname aan georganiseerde activiteiten",
            "participation à des activités organisées",
            "taking part in organised activities",
        ),
        (4, "onbetaald werk", "travail non rémunéré", "unpaid work"),
        (
            5,
            "betaald werk met ondersteuning",
            "travail rémunéré avec soutien",
            "paid work with support",
        ),
        (6, "betaald werk", "travail rémunéré", "paid work"),
    ],
    "domains": [
        (
            "participation",
            "Participatie",
            "Participation",
            "Participation",
            "Meedoen",
            "Participer",
            "Taking part",
        ),
    ],
}

SHIPPED = (ZRM_2017, PARTICIPATIELADDER)


def load_shipped(instrument_model, level_model, domain_model) -> None:
    """Create the shipped instruments that are missing (the models are passed in so that a
    data migration can use its historical ones). Existing rows are left as they are."""
    for spec in SHIPPED:
        fields = {
            k: spec[k]
            for k in ("name_nl", "name_fr", "name_en", "version", "source", "licence_note")
        }
        instrument, created = instrument_model.objects.get_or_create(
            code=spec["code"], defaults={**fields, "subject": spec["subject"]}
        )
        if not created:
            continue
        level_model.objects.bulk_create(
            level_model(instrument=instrument, value=v, label_nl=nl, label_fr=fr, label_en=en)
            for v, nl, fr, en in spec["levels"]
        )
        domain_model.objects.bulk_create(
            domain_model(
                instrument=instrument,
                code=code,
                position=position,
                professional_nl=p_nl,
                professional_fr=p_fr,
                professional_en=p_en,
                plain_nl=nl,
                plain_fr=fr,
                plain_en=en,
            )
            for position, (code, p_nl, p_fr, p_en, nl, fr, en) in enumerate(spec["domains"], 1)
        )


def ensure_shipped() -> None:
    """load_shipped() with the current models (tests that empty the tables)."""
    from radar.measurements.models import Domain, Instrument, Level

    load_shipped(Instrument, Level, Domain)
