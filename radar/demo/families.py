"""Demo data for `radar demo`: a fictional municipality to try Radar, and a large one to
benchmark it.

Everything here is invented: the municipality (Radarbeek, postcode 9999), its streets,
its schools and partners, and every family. Names are common Belgian first names and
surnames put together at random; the INSZ numbers are only checksum-valid.

Two modes:

* `create_small_demo` builds about 60 families through the real services
  (register_intake, change_status, record_contact, add_need, add_goal, ...), so audit
  entries, the status history and the denormalised contact markers are exactly what the
  application itself would write.
* `create_bulk_households` adds many households (100,000 for the benchmark) with
  bulk_create in batches: members, intakes, status history, ~10 contacts each, needs,
  goals and steps, with the fields the services would have kept (`last_reached_at`,
  `last_attempt_at`, status, `version`) computed from the generated history
  (radar/demo/tests/test_bulk_matches_services.py holds the two paths together). No audit
  entries are written for those.

Both are deterministic for a given seed (relative to today's date).
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta

from django.contrib.auth.hashers import make_password
from django.db import connection, transaction
from django.utils import timezone

from radar.accounts.models import Municipality, Role, Team, User
from radar.contacts import services as contact_services
from radar.contacts.models import ContactMoment, ContactType
from radar.core import audit
from radar.demo.aid import create_aid_demo
from radar.demo.consents import create_consent_demo
from radar.demo.housing_first import create_housing_first_demo
from radar.demo.measurements import create_measurement_demo
from radar.demo.network import create_network_demo as create_ecograms_and_discussions
from radar.demo.rights import create_local_rights
from radar.demo.social_map import create_referral_demo, create_social_map_demo
from radar.households import services as household_services
from radar.households.models import (
    ACTIVE_STATUSES,
    Channel,
    ClosingReason,
    Household,
    Intake,
    LifeDomain,
    Member,
    Need,
    Status,
    StatusChange,
)
from radar.households.selectors import losing_contact_threshold
from radar.plans import services as plan_services
from radar.plans.models import Goal, Step

MUNICIPALITY_NAME = "Demo OCMW Radarbeek"
NIS_CODE = "99999"  # not a real NIS code
CITY = "Radarbeek"
POSTCODE = "9999"  # not a real Belgian postcode
PASSWORD = "radar-demo"  # noqa: S105 (the documented demo password)
TEAM_NORTH = "Team Noord"
TEAM_SOUTH = "Team Zuid"

# username, first name, last name, role, team, language, organisation
USERS = [
    ("outreacher1", "Sofie", "Vermeersch", Role.OUTREACHER, TEAM_NORTH, "nl", ""),
    ("outreacher2", "Camille", "Lejeune", Role.OUTREACHER, TEAM_SOUTH, "fr", ""),
    ("teamlead1", "Marleen", "Goossens", Role.TEAM_LEAD, TEAM_NORTH, "nl", ""),
    ("colleague1", "Jonas", "De Wilde", Role.COLLEAGUE, TEAM_NORTH, "nl", ""),
    ("partner1", "Fatima", "Ouali", Role.PARTNER, None, "nl", "CAW Demo"),
    # A team places a policy user in the municipality: its figures, never a family.
    ("policy1", "Pieter", "Claeys", Role.POLICY, TEAM_NORTH, "nl", ""),
    ("admin1", "Annelies", "Wouters", Role.ADMINISTRATOR, None, "nl", ""),
]
USERNAMES = [row[0] for row in USERS]

# --------------------------------------------------------------------------------------
# Fictional people and places
# --------------------------------------------------------------------------------------


def _names(text: str) -> tuple[str, ...]:
    return tuple(name.strip() for name in text.split(","))


@dataclass(frozen=True)
class Origin:
    surnames: tuple[str, ...]
    men: tuple[str, ...]
    women: tuple[str, ...]
    boys: tuple[str, ...]
    girls: tuple[str, ...]
    languages: tuple[str, ...]


ORIGINS: dict[str, Origin] = {
    "flemish": Origin(
        surnames=_names(
            "Peeters, Janssens, Maes, Jacobs, Mertens, Willems, Claes, Goossens, Wouters, De "
            "Smet, Vermeulen, Van den Broeck, Hermans, Aerts, Michiels, Verstraeten, Lemmens, "
            "Pauwels, Van Damme, De Backer, Verhoeven, Cools, Segers, Van Dyck, Smolders"
        ),
        men=_names("Kevin, Bart, Tom, Steven, Dieter, Kristof, Jens, Wim, Glenn"),
        women=_names("Sarah, Kelly, Evelien, Sanne, Lien, Nathalie, Joke, Inge, Jana"),
        boys=_names("Lucas, Noah, Arthur, Louis, Lars, Finn, Mats, Stan, Wout"),
        girls=_names("Emma, Olivia, Marie, Lotte, Fien, Noor, Ella, Lina, Nore"),
        languages=("Nederlands",),
    ),
    "walloon": Origin(
        surnames=_names(
            "Dubois, Lambert, Dupont, Martin, Leclercq, Renard, Lejeune, Simon, Laurent, Mathieu, "
            "Gérard, Collard, François, Fontaine"
        ),
        men=_names("Julien, Sébastien, Nicolas, Maxime, Grégory, Olivier, Damien"),
        women=_names("Aurélie, Céline, Mélanie, Virginie, Sophie, Laetitia, Manon"),
        boys=_names("Théo, Hugo, Nathan, Léon, Jules, Gabriel, Mathis"),
        girls=_names("Léa, Chloé, Camille, Zoé, Louise, Alice, Juliette"),
        languages=("Frans", "Frans, Nederlands"),
    ),
    "moroccan": Origin(
        surnames=_names(
            "El Amrani, Benali, Bouzid, El Idrissi, Azzouzi, Ouahabi, Chaouki, El Khattabi, "
            "Haddouchi, Aarab"
        ),
        men=_names("Mohamed, Youssef, Rachid, Karim, Hamza, Said, Mustafa"),
        women=_names("Fatima, Khadija, Nadia, Samira, Houda, Latifa, Meryem"),
        boys=_names("Adam, Ayoub, Ilyas, Amine, Rayan, Bilal, Zakaria"),
        girls=_names("Yasmine, Aya, Lina, Sara, Nour, Salma, Malak"),
        languages=("Arabisch, Nederlands", "Tamazight", "Arabisch, Frans"),
    ),
    "turkish": Origin(
        surnames=_names("Yilmaz, Demir, Kaya, Öztürk, Çelik, Aydin, Arslan, Doğan"),
        men=_names("Mehmet, Ahmet, Emre, Murat, Hakan, Serkan"),
        women=_names("Ayşe, Elif, Zeynep, Emine, Hatice, Merve"),
        boys=_names("Yusuf, Emir, Efe, Kerem, Mert"),
        girls=_names("Elif, Defne, Zehra, Ecrin, Azra"),
        languages=("Turks", "Turks, Nederlands"),
    ),
    "congolese": Origin(
        surnames=_names("Mukendi, Kabongo, Ilunga, Tshibanda, Kalala, Mbuyi, Lukusa"),
        men=_names("Patrick, Jean-Pierre, Christian, Fiston, Papy"),
        women=_names("Grâce, Esther, Divine, Christelle, Nadège"),
        boys=_names("Junior, Exaucé, Glody, Merveille, Prince"),
        girls=_names("Gloria, Précieuse, Benedicte, Naomie, Ornella"),
        languages=("Frans, Lingala", "Lingala", "Swahili, Frans"),
    ),
    "newcomers": Origin(
        surnames=_names(
            "Al-Hassan, Haddad, Ahmadi, Rahimi, Tesfaye, Gebremedhin, Osman, Noori, Yonas, "
            "Al-Khalil"
        ),
        men=_names("Ahmad, Omar, Mahmoud, Ali, Samuel, Dawit, Habib"),
        women=_names("Rania, Layla, Zahra, Mariam, Saba, Selam, Farida"),
        boys=_names("Ibrahim, Hassan, Mustafa, Yonatan, Elias"),
        girls=_names("Rahaf, Hiba, Hana, Mahlet, Asma"),
        languages=("Arabisch", "Dari", "Tigrinya", "Pashto", "Arabisch, Engels"),
    ),
    "east_european": Origin(
        surnames=_names("Nowak, Kowalski, Popescu, Ionescu, Wiśniewski, Dimitrov, Horvat"),
        men=_names("Piotr, Tomasz, Andrei, Bogdan, Ivan, Marek"),
        women=_names("Anna, Katarzyna, Elena, Ioana, Maria, Agnieszka"),
        boys=_names("Jakub, Filip, David, Luca, Mihai"),
        girls=_names("Zuzanna, Maja, Sofia, Ana, Daria"),
        languages=("Pools", "Roemeens", "Bulgaars", "Pools, Engels"),
    ),
}
ORIGIN_WEIGHTS = {
    "flemish": 42,
    "walloon": 12,
    "moroccan": 12,
    "turkish": 7,
    "congolese": 8,
    "newcomers": 10,
    "east_european": 9,
}

NEIGHBOURHOODS = {
    TEAM_NORTH: {
        "Noorderwijk": ("Bakenstraat", "Kompasplein", "Noorderlichtlaan", "Poolsterstraat"),
        "De Baken": ("Seinpostlaan", "Vuurtorenweg", "Lichtboeistraat"),
        "Stationswijk": ("Peilstraat", "Antennestraat", "Spoorbakenlaan", "Seinhuisplein"),
    },
    TEAM_SOUTH: {
        "Zuiderpark": ("Golflengtestraat", "Zendmastlaan", "Radiostraat"),
        "Molenhoek": ("Signaalweg", "Frequentieplein", "Ontvangerstraat"),
        "Ter Radar": ("Echoloodlaan", "Sonarstraat", "Kompasnaaldweg"),
    },
}

CHANNEL_SOURCES = {
    "school": (
        "Basisschool De Vuurtoren",
        "GO! Basisschool Het Kompas",
        "Sint-Radarcollege",
        "Freinetschool De Windroos",
    ),
    "poverty_association": ("Armoedevereniging De Baken", "Vereniging Samen Sterk Radarbeek"),
    "huis_van_het_kind": ("Huis van het Kind Radarbeek", "Consultatiebureau Noorderwijk"),
    "colleague": ("Sociale dienst OCMW Radarbeek", "Dienst schuldbemiddeling OCMW"),
    "partner": ("CAW Demo", "Wijkgezondheidscentrum De Radar", "Sociaal verhuurkantoor Demo"),
    "self": ("",),
    "info_point": ("Mobiel infopunt Zuiderpark", "Mobiel infopunt Stationswijk"),
    "street": ("",),
    "other": ("Huisarts", "Wijkagent", "Buurtwerk Radarbeek"),
}

INTAKE_REASONS = (
    "De kinderen komen vaak zonder boterhammen naar school.",
    "Moeder vroeg aan de schoolpoort hulp bij een stapel onbetaalde facturen.",
    "Het gezin krijgt een uithuiszetting en weet niet waar naartoe.",
    "Zwangere vrouw zonder huisarts en zonder ziekteverzekering.",
    "Schoolfacturen al maanden niet betaald; de juf maakt zich zorgen.",
    "Het gezin woont in een vochtige woning; de jongste heeft astma.",
    "Vader verloor zijn werk en de energiefactuur loopt op.",
    "Nieuw in de gemeente, kent de diensten niet, spreekt nog weinig Nederlands.",
    "Kwam langs op het infopunt met vragen over het groeipakket.",
    "De buurvrouw merkt dat de kinderen 's avonds alleen zijn.",
    "Gezin wil geen contact met het OCMW, maar aanvaardt een gesprek op school.",
    "Vraag naar kinderopvang om Nederlandse les te kunnen volgen.",
)

# Per life-domain code: needs, goals and steps (in Dutch, the default language).
DOMAIN_CONTENT: dict[str, tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]] = {
    "finances": (
        (
            "Schulden bij de energieleverancier",
            "Geen zicht op inkomsten en uitgaven",
            "Recht op leefloon nog niet aangevraagd",
            "Verhoogde tegemoetkoming niet aangevraagd",
        ),
        ("Budget op orde krijgen", "Leefloon aanvragen", "Schuldhulpverlening opstarten"),
        (
            "Rekeninguittreksels van drie maanden verzamelen",
            "Afspraak bij budgetbegeleiding",
            "Verhoogde tegemoetkoming aanvragen bij het ziekenfonds",
            "Afbetalingsplan met de energieleverancier bespreken",
        ),
    ),
    "housing": (
        (
            "Vocht en schimmel in de woning",
            "Dreigende uithuiszetting",
            "Te kleine woning voor het gezin",
        ),
        ("Een gezonde woning vinden", "Uithuiszetting voorkomen"),
        (
            "Inschrijven bij de sociale huisvestingsmaatschappij",
            "Woningcontrole aanvragen",
            "Huurwaarborg bespreken met het OCMW",
        ),
    ),
    "health": (
        ("Geen vaste huisarts", "Tandzorg te duur", "Kind met astma zonder opvolging"),
        ("Een vaste huisarts voor het hele gezin", "Tandzorg voor de kinderen"),
        (
            "Huisarts zoeken in de buurt",
            "Kennismaking bij het wijkgezondheidscentrum",
            "Ziekteverzekering in orde brengen",
        ),
    ),
    "education": (
        ("Schoolfacturen niet betaald", "Kind spijbelt", "Schooltoeslag niet aangevraagd"),
        ("De kinderen gaan elke dag naar school", "Schooltoeslag ontvangen"),
        (
            "Gesprek met de zorgcoördinator van de school",
            "Schooltoeslag aanvragen",
            "Inschrijven in de huiswerkklas",
        ),
    ),
    "work": (
        ("Wil werken maar spreekt nog weinig Nederlands", "Diploma niet erkend"),
        ("Nederlandse les volgen", "Vrijwilligerswerk als opstap naar werk"),
        (
            "Inschrijven bij het Huis van het Nederlands",
            "Kennismaking bij de Werkwinkel",
            "Vrijwilligerswerk zoeken bij de kringwinkel",
        ),
    ),
    "family_relations": (
        ("Spanningen tussen de ouders", "Alleenstaande moeder is overbelast"),
        ("Meer rust in het gezin",),
        ("Kennismaking met opvoedingsondersteuning", "Afspraak bij het CAW"),
    ),
    "social_network": (
        ("Weinig mensen om op terug te vallen", "Geïsoleerd sinds de verhuis"),
        ("Een netwerk in de buurt opbouwen",),
        (
            "Samen naar de ontmoetingsavond van de armoedevereniging",
            "Buddy zoeken via het buurthuis",
        ),
    ),
    "leisure": (
        ("Kinderen doen niet mee aan activiteiten", "Geen geld voor de sportclub"),
        ("De kinderen naar een vrijetijdsactiviteit",),
        ("UiTPAS met kansentarief aanvragen", "Inschrijven voor de speelpleinwerking"),
    ),
    "administration": (
        ("Brieven worden niet geopend", "Identiteitskaart vervallen"),
        ("Administratie op orde",),
        ("Samen de post sorteren", "Afspraak bij de dienst burgerzaken"),
    ),
    "justice": (
        ("Lopende procedure bij de jeugdrechter", "Onbetaalde boete"),
        ("Juridisch advies krijgen",),
        ("Afspraak bij de eerstelijnsbijstand", "Pro-Deoadvocaat aanvragen"),
    ),
}
GENERIC_CONTENT = (
    ("Vraag van het gezin",),
    ("Samen een oplossing zoeken",),
    ("Gesprek met het gezin", "Informatie opzoeken"),
)

PLACES = {
    "home_visit": ("Thuis",),
    "school": ("Basisschool De Vuurtoren", "GO! Basisschool Het Kompas", "Sint-Radarcollege"),
    "info_point": ("Mobiel infopunt Zuiderpark", "Mobiel infopunt Stationswijk"),
    "street": ("Kompasplein", "Speelplein Noorderwijk", "Markt Radarbeek"),
    "waiting_room": ("Wachtzaal OCMW Radarbeek", "Wachtzaal consultatiebureau"),
    "office": ("OCMW Radarbeek",),
    "neutral_place": ("Buurthuis De Baken", "Bibliotheek Radarbeek", "Koffiebar Het Anker"),
}
REACHED_NOTES = (
    "Kort gesprek aan de schoolpoort; mama wil volgende week verder praten.",
    "Samen de brieven van de voorbije maand doorgenomen.",
    "Aanvraag schooltoeslag samen ingevuld.",
    "Papa vertelde over het verlies van zijn werk; afspraak gemaakt voor een huisbezoek.",
    "De kinderen waren erbij; rustige sfeer.",
    "Warme overdracht naar het CAW: samen op kantoor langsgegaan.",
    "Moeder was moe maar wilde graag praten over de woning.",
    "Budgetoverzicht gemaakt; de energiefactuur is de grootste zorg.",
    "",
)
UNREACHED_NOTES = (
    "Niemand thuis; briefje in de bus gelaten.",
    "Telefoon niet opgenomen.",
    "Niet op de afspraak; sms gestuurd.",
    "Deur niet opengedaan, licht brandde wel.",
    "",
)
STEP_PARTNERS = ("CAW Demo", "Werkwinkel Radarbeek", "Wijkgezondheidscentrum De Radar")

CONTACT_HOURS = (9, 10, 11, 13, 14, 15, 16)

# --------------------------------------------------------------------------------------
# Helpers
# --------------------------------------------------------------------------------------


def make_insz(birth: date, male: bool, rng: random.Random) -> str:
    """A checksum-valid INSZ for this birth date and sex (see radar.households.insz)."""
    serial = rng.randrange(1, 997)
    if (serial % 2 == 1) != male:
        serial += 1
    base = f"{birth:%y%m%d}{serial:03d}"
    number = int(base) + (2_000_000_000 if birth.year >= 2000 else 0)
    return f"{base}{97 - number % 97:02d}"


def _birth_date(today: date, age: int, rng: random.Random) -> date:
    return today - timedelta(days=age * 365 + rng.randint(0, 364))


@dataclass
class Family:
    name: str
    origin: str
    street: str
    postcode: str
    city: str
    neighbourhood: str
    phone: str
    is_known_to_ocmw: bool
    members: list[dict] = field(default_factory=list)

    @property
    def address(self) -> dict[str, str]:
        return {
            "street": self.street,
            "postcode": self.postcode,
            "city": self.city,
            "neighbourhood": self.neighbourhood,
        }


def make_family(
    rng: random.Random, today: date, team_name: str, *, insz_share: float, unborn: bool = False
) -> Family:
    """A fictional family: parents, children (and perhaps a child on the way), an address."""
    origin_key = rng.choices(list(ORIGIN_WEIGHTS), weights=list(ORIGIN_WEIGHTS.values()))[0]
    origin = ORIGINS[origin_key]
    kind = rng.choices(
        ["single_mother", "couple", "single_father", "grandmother"], weights=[36, 50, 7, 7]
    )[0]
    mother_surname = rng.choice(origin.surnames)
    father_surname = rng.choice(origin.surnames)
    language = rng.choice(origin.languages)
    phone = f"0499 {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)}"
    members: list[dict] = []

    def add(role, first, last, birth=None, expected=None, male=False, lang=""):
        insz = ""
        if birth and rng.random() < insz_share:
            insz = make_insz(birth, male, rng)
        members.append(
            {
                "role": role,
                "first_name": first,
                "last_name": last,
                "birth_date": birth,
                "expected_on": expected,
                "language": lang,
                "insz": insz,
            }
        )

    mother_age = rng.randint(19, 45)
    if kind in ("single_mother", "couple"):
        add(
            Member.Role.PARENT,
            rng.choice(origin.women),
            mother_surname,
            _birth_date(today, mother_age, rng),
            lang=language,
        )
    children_surname = mother_surname
    if kind in ("couple", "single_father"):
        add(
            Member.Role.PARENT,
            rng.choice(origin.men),
            father_surname,
            _birth_date(today, mother_age + rng.randint(0, 6), rng),
            male=True,
            lang=language,
        )
        children_surname = father_surname
    if kind == "grandmother":
        add(
            Member.Role.OTHER_ADULT,
            rng.choice(origin.women),
            mother_surname,
            _birth_date(today, rng.randint(52, 70), rng),
            lang=language,
        )
    n_children = rng.choices([0, 1, 2, 3, 4, 5], weights=[5, 25, 30, 22, 12, 6])[0]
    if kind == "grandmother":
        n_children = max(1, n_children)
    # Children a year or more apart, born when the mother was at least 18.
    max_child_age = max(0, min(17, mother_age - 18))
    n_children = min(n_children, max_child_age + 1)
    for age in sorted(rng.sample(range(max_child_age + 1), n_children), reverse=True):
        male = rng.random() < 0.5
        add(
            Member.Role.CHILD,
            rng.choice(origin.boys if male else origin.girls),
            children_surname,
            _birth_date(today, age, rng),
            male=male,
        )
    if unborn:
        add(
            Member.Role.CHILD,
            "Baby",
            children_surname,
            expected=today + timedelta(days=rng.randint(20, 160)),
        )
    if kind == "couple" and mother_surname != father_surname and rng.random() < 0.3:
        name = f"{father_surname} - {mother_surname}"
    else:
        name = children_surname if kind != "grandmother" else mother_surname
    neighbourhood = rng.choice(list(NEIGHBOURHOODS[team_name]))
    street = f"{rng.choice(NEIGHBOURHOODS[team_name][neighbourhood])} {rng.randint(1, 180)}"
    if rng.random() < 0.15:
        street += f" bus {rng.randint(1, 12)}"
    return Family(
        name=name,
        origin=origin_key,
        street=street,
        postcode=POSTCODE,
        city=CITY,
        neighbourhood=neighbourhood,
        phone=phone if rng.random() < 0.7 else "",
        is_known_to_ocmw=rng.random() < 0.35,
        members=members,
    )


def _weekday_back(today: date, days_ago: int) -> int:
    """Move a Saturday or Sunday back to the Friday before (outreach works on weekdays)."""
    weekday = (today - timedelta(days=days_ago)).weekday()
    return days_ago + (weekday - 4 if weekday >= 5 else 0)


def _moment(today: date, days_ago: int, hour: int, minute: int) -> datetime:
    return timezone.make_aware(
        datetime.combine(today - timedelta(days=days_ago), time(hour, minute))
    )


@dataclass
class History:
    """What happened to one family: signal, contacts and status changes, oldest first."""

    signalled_at: datetime
    contacts: list[tuple[datetime, bool]]  # (occurred_at, is_reached)
    changes: list[tuple[str, str, datetime, str]]  # (from, to, at, closing reason)
    status: str
    closing_reason: str

    @property
    def status_changed_at(self) -> datetime:
        return self.changes[-1][2] if self.changes else self.signalled_at

    @property
    def last_reached_at(self) -> datetime | None:
        return max((at for at, reached in self.contacts if reached), default=None)

    @property
    def last_attempt_at(self) -> datetime | None:
        return max((at for at, _ in self.contacts), default=None)


def _path_to(status: str, rng: random.Random) -> list[str]:
    """The statuses a family went through after 'signalled', ending in `status`."""
    if status == Status.SIGNALLED:
        return []
    if status == Status.IN_CONTACT:
        return [Status.IN_CONTACT]
    if status == Status.IN_GUIDANCE:
        return [Status.IN_CONTACT, Status.IN_GUIDANCE]
    if status == Status.HANDED_OVER:
        return rng.choice(
            [
                [Status.IN_CONTACT, Status.HANDED_OVER],
                [Status.IN_CONTACT, Status.IN_GUIDANCE, Status.HANDED_OVER],
            ]
        )
    if status == Status.FOLLOW_UP:
        return [Status.IN_CONTACT, Status.IN_GUIDANCE, Status.HANDED_OVER, Status.FOLLOW_UP]
    return rng.choice(
        [
            [Status.CLOSED],  # never reached
            [Status.IN_CONTACT, Status.CLOSED],
            [Status.IN_CONTACT, Status.IN_GUIDANCE, Status.CLOSED],
            [Status.IN_CONTACT, Status.IN_GUIDANCE, Status.CLOSED],
            [Status.IN_CONTACT, Status.IN_GUIDANCE, Status.HANDED_OVER, Status.CLOSED],
        ]
    )


def plan_history(
    rng: random.Random,
    *,
    status: str,
    losing: bool,
    today: date,
    max_age: int,
    contacts: tuple[int, int],
    threshold: int | None = None,
) -> History:
    """A plausible timeline for a family that ends in `status` today.

    `losing`: an active family whose last successful contact is older than the
    losing-contact threshold (with perhaps a few unanswered attempts since).
    `contacts`: the range of contact moments before the last one.
    `threshold`: the losing-contact days (default: households.selectors.losing_contact_threshold,
    the one rule the "losing contact" lists use).
    """
    threshold = threshold or losing_contact_threshold()

    def moment(days_ago: int) -> datetime:
        return _moment(today, days_ago, rng.choice(CONTACT_HOURS), rng.choice((0, 15, 30, 45)))

    path = _path_to(status, rng)
    closing_reason = ""
    changes: list[tuple[str, str, datetime, str]] = []
    if not path or path == [Status.CLOSED]:
        # Never reached: a new signal, or closed after repeated attempts.
        if status == Status.SIGNALLED:
            if losing:
                age, attempts, close_day = rng.randint(threshold + 4, threshold + 90), 3, None
            else:
                age, attempts, close_day = rng.randint(1, threshold - 3), 2, None
            n = rng.randint(0, attempts) if not losing else rng.randint(1, attempts)
            lowest = 1
        else:
            close_day = rng.randint(5, max(6, max_age // 3))
            n = rng.randint(3, 5)
            age = close_day + n + rng.randint(20, 120)
            lowest = close_day + 1
        days = sorted(
            {_weekday_back(today, d) for d in rng.sample(range(lowest, age), min(n, age - lowest))}
            if age > lowest
            else set(),
            reverse=True,
        )
        contact_list = [(moment(d), False) for d in days]
        signal_day = max([age, *(d + 1 for d in days)])
        signalled_at = _moment(today, _weekday_back(today, signal_day), 8, rng.choice((0, 30)))
        if status == Status.CLOSED:
            closing_reason = ClosingReason.UNREACHABLE
            at = _moment(today, _weekday_back(today, close_day), 17, rng.choice((0, 15, 30)))
            changes.append((Status.SIGNALLED, Status.CLOSED, at, closing_reason))
        return History(signalled_at, contact_list, changes, status, closing_reason)

    closes = path[-1] == Status.CLOSED
    steps = [s for s in path if s != Status.CLOSED]
    close_day = None
    if closes:
        close_day = rng.randint(3, max(4, max_age // 2))
        last_day = close_day + rng.randint(1, 20)
    elif status in ACTIVE_STATUSES and losing:
        last_day = rng.randint(threshold + 3, threshold + 60)
    elif status in ACTIVE_STATUSES:
        last_day = rng.randint(1, max(1, threshold - 4))
    else:  # handed over: the partner has the lead now
        last_day = rng.randint(1, 150)
    n = max(rng.randint(*contacts), len(steps) + 1)
    before = rng.choice((0, 0, 0, 1, 1, 2))  # attempts before the first real contact
    span = max(n + before + 5, rng.randint(n * 4, max(n * 4, max_age - last_day)))
    sample = rng.sample(range(last_day + 1, last_day + span), n + before - 1)
    days = sorted({_weekday_back(today, d) for d in [last_day, *sample]}, reverse=True)
    last = len(days) - 1
    reached = [i == last or (i >= before and rng.random() < 0.8) for i in range(len(days))]
    for i in range(len(days)):
        if sum(reached) >= len(steps):
            break
        reached[i] = True
    contact_list = [(moment(d), r) for d, r in zip(days, reached, strict=True)]
    if losing and status in ACTIVE_STATUSES:
        tail = rng.randint(0, 3)
        tail_days = sorted(
            {
                _weekday_back(today, d)
                for d in rng.sample(range(1, days[-1]), min(tail, days[-1] - 1))
            },
            reverse=True,
        )
        tail_days = [d for d in tail_days if d < days[-1]]
        contact_list += [(moment(d), False) for d in tail_days]
    signal_day = _weekday_back(today, days[0] + rng.randint(1, 14))
    signalled_at = _moment(today, signal_day, 8, rng.choice((0, 30)))
    reached_at = [at for at, r in contact_list if r]
    previous = Status.SIGNALLED
    for i, to_status in enumerate(steps):
        at = reached_at[(i * len(reached_at)) // len(steps)] + timedelta(minutes=rng.randint(5, 60))
        changes.append((previous, to_status, at, ""))
        previous = to_status
    if closes:
        closing_reason = rng.choice(
            [
                ClosingReason.NEED_ANSWERED,
                ClosingReason.NEED_ANSWERED,
                ClosingReason.FAMILY_DECLINED,
                ClosingReason.MOVED,
                ClosingReason.OTHER,
            ]
        )
        at = _moment(today, _weekday_back(today, close_day), 17, rng.choice((0, 15, 30)))
        changes.append((previous, Status.CLOSED, at, closing_reason))
    return History(signalled_at, contact_list, changes, status, closing_reason)


def _domain_content(domain: LifeDomain):
    return DOMAIN_CONTENT.get(domain.code, GENERIC_CONTENT)


def _step_timing(rng: random.Random, today: date, *, active: bool):
    """(due_on, done_on) for one step: done, overdue, due this week, later or undated."""
    kind = rng.choices(
        ["done", "overdue", "this_week", "later", "undated"],
        weights=[35, 15, 22, 18, 10] if active else [100, 0, 0, 0, 0],
    )[0]
    if kind == "done":
        due = today - timedelta(days=rng.randint(3, 90))
        return due, due - timedelta(days=rng.randint(0, 5))
    if kind == "overdue":
        return today - timedelta(days=rng.randint(1, 25)), None
    if kind == "this_week":
        return today + timedelta(days=rng.randint(0, 6)), None
    if kind == "later":
        return today + timedelta(days=rng.randint(10, 70)), None
    return None, None


def _step_owner(rng: random.Random) -> tuple[str, str]:
    owner = rng.choices(
        [Step.Owner.FAMILY, Step.Owner.OUTREACHER, Step.Owner.PARTNER], weights=[50, 35, 15]
    )[0]
    return owner, rng.choice(STEP_PARTNERS) if owner == Step.Owner.PARTNER else ""


def _need_state(rng: random.Random, status: str) -> str:
    if status == Status.CLOSED:
        return rng.choice([Need.State.ANSWERED, Need.State.ANSWERED, Need.State.NOT_ANSWERED])
    if status in (Status.HANDED_OVER, Status.FOLLOW_UP):
        return rng.choice([Need.State.IN_PROGRESS, Need.State.ANSWERED])
    return rng.choice([Need.State.OPEN, Need.State.OPEN, Need.State.IN_PROGRESS])


# --------------------------------------------------------------------------------------
# The small demo, through the services
# --------------------------------------------------------------------------------------


def demo_exists() -> bool:
    return Municipality.objects.filter(name=MUNICIPALITY_NAME).exists()


class DemoConflict(Exception):
    """A demo username is already taken by a user outside the demo."""


def create_base() -> tuple[dict[str, Team], dict[str, User]]:
    """The demo municipality, its two teams and seven users (no families yet)."""
    taken = list(User.objects.filter(username__in=USERNAMES).values_list("username", flat=True))
    if taken:
        raise DemoConflict(
            f"user(s) {', '.join(sorted(taken))} already exist outside the demo; "
            "nothing was created"
        )
    municipality = Municipality.objects.create(name=MUNICIPALITY_NAME, nis_code=NIS_CODE)
    teams = {
        name: Team.objects.create(municipality=municipality, name=name)
        for name in (TEAM_NORTH, TEAM_SOUTH)
    }
    # One hash for the shared demo password: seven PBKDF2 rounds would cost seconds.
    password = make_password(PASSWORD)
    users = {}
    for username, first, last, role, team, language, organisation in USERS:
        user = User.objects.create(
            username=username,
            first_name=first,
            last_name=last,
            email=f"{username}@radarbeek.example",
            role=role,
            language=language,
            organisation_name=organisation,
            password=password,
            is_staff=role == Role.ADMINISTRATOR,
            is_superuser=role == Role.ADMINISTRATOR,
        )
        if team:
            user.teams.add(teams[team])
        users[username] = user
    return teams, users


def load_base() -> tuple[dict[str, Team], dict[str, User]]:
    municipality = Municipality.objects.get(name=MUNICIPALITY_NAME)
    teams = {t.name: t for t in Team.objects.filter(municipality=municipality)}
    users = {u.username: u for u in User.objects.filter(username__in=USERNAMES)}
    return teams, users


# (team, assigned usernames, number of families): 60 families in all.
SMALL_GROUPS = [
    (TEAM_NORTH, ("outreacher1",), 20),
    (TEAM_NORTH, ("outreacher1", "colleague1"), 2),
    (TEAM_NORTH, ("teamlead1",), 6),
    (TEAM_NORTH, ("colleague1",), 3),
    (TEAM_NORTH, (), 3),
    (TEAM_SOUTH, ("outreacher2",), 23),
    (TEAM_SOUTH, (), 3),
]
STATUS_CYCLE = [
    Status.IN_GUIDANCE,
    Status.IN_CONTACT,
    Status.SIGNALLED,
    Status.IN_GUIDANCE,
    Status.HANDED_OVER,
    Status.IN_CONTACT,
    Status.CLOSED,
    Status.FOLLOW_UP,
    Status.IN_GUIDANCE,
    Status.IN_CONTACT,
]


@transaction.atomic
def create_small_demo(*, seed: int = 2024) -> dict[str, int]:
    """The demo municipality, its teams and users and ~60 families, through the services."""
    rng = random.Random(seed)
    today = timezone.localdate()
    teams, users = create_base()
    channels = list(Channel.objects.filter(is_active=True).order_by("position", "code"))
    contact_types = list(ContactType.objects.filter(is_active=True).order_by("position", "code"))
    domains = list(LifeDomain.objects.filter(is_active=True).order_by("position", "code"))
    leads = {TEAM_NORTH: users["teamlead1"], TEAM_SOUTH: users["outreacher2"]}
    counts = {"households": 0, "contacts": 0, "needs": 0, "goals": 0, "steps": 0}
    index = 0
    unborn_left = 2
    for team_name, usernames, size in SMALL_GROUPS:
        for j in range(size):
            status = STATUS_CYCLE[index % len(STATUS_CYCLE)]
            losing = status in ACTIVE_STATUSES and j % 4 == 1
            unborn = unborn_left > 0 and team_name == TEAM_NORTH and j in (3, 7)
            unborn_left -= unborn
            channel = channels[index] if index < len(channels) else rng.choice(channels)
            _create_demo_household(
                rng,
                today=today,
                team=teams[team_name],
                workers=[users[u] for u in usernames],
                lead=leads[team_name],
                status=status,
                losing=losing,
                unborn=unborn,
                channel=channel,
                channels=channels,
                contact_types=contact_types,
                domains=domains,
                counts=counts,
            )
            index += 1
    create_local_rights(teams[TEAM_NORTH].municipality, today=today)
    counts.update(
        create_social_map_demo(
            rng=rng, today=today, teams=teams, users=users, neighbourhoods=NEIGHBOURHOODS
        )
    )
    counts.update(create_referral_demo(rng=rng, today=today, teams=teams, users=users))
    counts.update(create_ecograms_and_discussions(rng=rng, today=today, teams=teams, users=users))
    counts.update(create_consent_demo(today=today, teams=teams, users=users, team_name=TEAM_NORTH))
    counts.update(
        create_aid_demo(rng=rng, today=today, teams=teams, users=users, team_name=TEAM_NORTH)
    )
    counts.update(
        create_housing_first_demo(today=today, teams=teams, users=users, team_name=TEAM_NORTH)
    )
    counts.update(create_measurement_demo(rng=rng, today=today, teams=teams, users=users))
    return counts


def _create_demo_household(
    rng: random.Random,
    *,
    today: date,
    team: Team,
    workers: list[User],
    lead: User,
    status: str,
    losing: bool,
    unborn: bool,
    channel: Channel,
    channels: list[Channel],
    contact_types: list[ContactType],
    domains: list[LifeDomain],
    counts: dict[str, int],
) -> Household:
    family = make_family(rng, today, team.name, insz_share=0.4, unborn=unborn)
    history = plan_history(
        rng,
        status=status,
        losing=losing,
        today=today,
        max_age=400,
        contacts=(2, 9),
        threshold=losing_contact_threshold(team.municipality),
    )
    actor = workers[0] if workers else lead
    organisation = rng.choice(CHANNEL_SOURCES.get(channel.code, ("",)))
    household = household_services.register_intake(
        user=actor,
        team=team,
        household_name=family.name,
        channel=channel,
        received_on=timezone.localdate(history.signalled_at),
        reason=rng.choice(INTAKE_REASONS),
        signalled_by_organisation=organisation,
        signalled_by_person=_contact_person(rng) if organisation else "",
        is_known_to_ocmw=family.is_known_to_ocmw,
        address=family.address,
        members=family.members,
        assign_to_me=bool(workers),
    )
    if len(workers) > 1:
        household_services.assign_workers(user=lead, household=household, workers=workers)
    # The intake happened in the past: date the signal and its history entry back.
    Household.objects.filter(pk=household.pk).update(
        signalled_at=history.signalled_at,
        status_changed_at=history.signalled_at,
        phone=family.phone,
    )
    StatusChange.objects.filter(household=household).update(changed_at=history.signalled_at)
    household.refresh_from_db()
    if rng.random() < 0.15:
        # A second signal from another channel: families are often seen by several services.
        second = rng.choice(channels)
        intake = Intake.objects.create(
            household=household,
            received_on=timezone.localdate(history.signalled_at)
            + timedelta(days=rng.randint(1, 20)),
            channel=second,
            signalled_by_organisation=rng.choice(CHANNEL_SOURCES.get(second.code, ("",))),
            reason=rng.choice(INTAKE_REASONS),
            created_by=actor,
        )
        audit.record(
            user=actor,
            action=audit.Action.CREATE,
            obj=intake,
            purpose=household_services.PURPOSE,
        )
    members = list(household.members.all())
    adults = [m for m in members if m.role != Member.Role.CHILD]
    events = [(at, 0, ("contact", reached)) for at, reached in history.contacts]
    events += [(at, 1, ("status", to, reason)) for _, to, at, reason in history.changes]
    for at, _order, event in sorted(events, key=lambda e: (e[0], e[1])):
        if event[0] == "contact":
            reached = event[1]
            contact_type = rng.choice(contact_types)
            contact_services.record_contact(
                user=actor,
                household=household,
                contact_type=contact_type,
                occurred_at=at,
                is_reached=reached,
                place=rng.choice(PLACES.get(contact_type.code, ("",))),
                duration_minutes=rng.choice((10, 15, 20, 30, 45, 60, 90)) if reached else None,
                participants=rng.sample(adults, min(len(adults), rng.randint(1, 2)))
                if reached and adults
                else (),
                note=rng.choice(REACHED_NOTES if reached else UNREACHED_NOTES),
            )
            counts["contacts"] += 1
        else:
            _, to_status, reason = event
            household = household_services.change_status(
                user=actor, household=household, to_status=to_status, reason=reason, at=at
            )
    if status != Status.SIGNALLED and history.last_reached_at:
        for domain in rng.sample(domains, rng.randint(1, 3)):
            need = household_services.add_need(
                user=actor,
                household=household,
                domain=domain,
                description=rng.choice(_domain_content(domain)[0]),
                priority=rng.choice((1, 2, 2, 3)),
            )
            state = _need_state(rng, status)
            if state != Need.State.OPEN:
                household_services.set_need_state(user=actor, need=need, state=state)
            counts["needs"] += 1
    if status in (Status.IN_GUIDANCE, Status.FOLLOW_UP, Status.HANDED_OVER) or (
        status == Status.IN_CONTACT and rng.random() < 0.4
    ):
        active = status in ACTIVE_STATUSES
        for domain in rng.sample(domains, rng.randint(1, 2)):
            _, goals, steps = _domain_content(domain)
            goal = plan_services.add_goal(
                user=actor, household=household, domain=domain, title=rng.choice(goals)
            )
            counts["goals"] += 1
            all_done = True
            for title in rng.sample(steps, min(len(steps), rng.randint(2, 4))):
                owner, owner_name = _step_owner(rng)
                due_on, done_on = _step_timing(rng, today, active=active)
                step = plan_services.add_step(
                    user=actor,
                    goal=goal,
                    title=title,
                    owner=owner,
                    owner_name=owner_name,
                    due_on=due_on,
                    # History: the step was planned before it fell due.
                    planned_on=min(due_on, today) if due_on else None,
                )
                if done_on:
                    plan_services.mark_step(user=actor, step=step, is_done=True, on=done_on)
                all_done = all_done and bool(done_on)
                counts["steps"] += 1
            if all_done and rng.random() < 0.7:
                plan_services.mark_goal_achieved(user=actor, goal=goal, is_achieved=True)
    counts["households"] += 1
    return household


def _contact_person(rng: random.Random) -> str:
    origin = ORIGINS[rng.choice(("flemish", "flemish", "walloon", "moroccan"))]
    first = rng.choice(origin.women + origin.men)
    return f"{first} {rng.choice(origin.surnames)}"


# --------------------------------------------------------------------------------------
# The large municipality, in bulk
# --------------------------------------------------------------------------------------

BULK_STATUS_WEIGHTS = {
    Status.SIGNALLED: 8,
    Status.IN_CONTACT: 22,
    Status.IN_GUIDANCE: 30,
    Status.HANDED_OVER: 10,
    Status.FOLLOW_UP: 6,
    Status.CLOSED: 24,
}
# Who a bulk household of each team is assigned to (nobody: unassigned), with weights.
BULK_ASSIGNMENT = {
    TEAM_NORTH: [
        (("outreacher1",), 45),
        (("outreacher1", "colleague1"), 5),
        (("teamlead1",), 20),
        (("colleague1",), 15),
        ((), 15),
    ],
    TEAM_SOUTH: [(("outreacher2",), 90), ((), 10)],
}
BULK_NORTH_SHARE = 0.85
BULK_LOSING_SHARE = 0.12


def create_bulk_households(
    count: int,
    *,
    seed: int = 2024,
    batch_size: int = 5000,
    progress: Callable[[str], None] | None = None,
) -> dict[str, int]:
    """Add `count` households to the demo municipality, in bulk.

    Work goes in chunks of `batch_size` households, one transaction each, so memory
    stays flat whatever the count. Households and goals go through bulk_create (their
    ids are needed for the rows that point to them); the large child tables (contacts,
    members, status history, ...) are written as plain rows with executemany, or COPY
    on PostgreSQL: Django's per-value preparation in bulk_create would otherwise take
    most of the time. Returns the number of rows written per table.
    """
    teams, users = load_base()
    # Another seed for every run, so `demo --households N` twice adds other families.
    rng = random.Random(seed * 7919 + Household.objects.count())
    refs = _BulkRefs(
        today=timezone.localdate(),
        now=timezone.now(),
        teams=teams,
        users=users,
        channels=list(Channel.objects.filter(is_active=True)),
        contact_types=list(ContactType.objects.filter(is_active=True)),
        domains=list(LifeDomain.objects.filter(is_active=True)),
        threshold=losing_contact_threshold(teams[TEAM_NORTH].municipality),
    )
    totals: dict[str, int] = {}
    done = 0
    while done < count:
        size = min(batch_size, count - done)
        with transaction.atomic():
            written = _bulk_chunk(rng, refs, size, batch_size)
        for table, n in written.items():
            totals[table] = totals.get(table, 0) + n
        done += size
        if progress:
            progress(f"  {done:,} / {count:,} households")
    if connection.vendor == "postgresql":
        # Fresh planner statistics and visibility map, as autovacuum would make them a little
        # later (without the map, counts can't be read from an index alone: ADR 0013).
        # VACUUM can't run in a transaction (a test's), ANALYZE can.
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE" if connection.in_atomic_block else "VACUUM ANALYZE")
    return totals


@dataclass
class _BulkRefs:
    today: date
    now: datetime
    teams: dict[str, Team]
    users: dict[str, User]
    channels: list[Channel]
    contact_types: list[ContactType]
    domains: list[LifeDomain]
    threshold: int


def _adapters() -> tuple[Callable, Callable]:
    """Functions turning an aware datetime and a date into what the database takes.

    SQLite gets Django's own text format (naive UTC); PostgreSQL takes the objects.
    """
    if connection.vendor == "sqlite":

        def adapt_datetime(value):
            if value is None:
                return None
            return value.astimezone(UTC).replace(tzinfo=None).isoformat(" ")

        def adapt_date(value):
            return value.isoformat() if value is not None else None

        return adapt_datetime, adapt_date
    return (lambda value: value), (lambda value: value)


def _insert_rows(model, fields: tuple[str, ...], rows: list[tuple], batch_size: int) -> int:
    """INSERT plain rows (values already adapted) into the table of `model`."""
    if not rows:
        return 0
    quote = connection.ops.quote_name
    table = quote(model._meta.db_table)
    columns = ", ".join(quote(model._meta.get_field(name).column) for name in fields)
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            with cursor.cursor.copy(f"COPY {table} ({columns}) FROM STDIN") as copy:
                for row in rows:
                    copy.write_row(row)
        else:
            placeholders = ", ".join(["%s"] * len(fields))
            # Table and column names come from the models, quoted; values are parameters.
            sql = f"INSERT INTO {table} ({columns}) VALUES ({placeholders})"  # noqa: S608
            for start in range(0, len(rows), batch_size):
                cursor.executemany(sql, rows[start : start + batch_size])
    return len(rows)


MEMBER_FIELDS = _names(
    "household, role, first_name, last_name, birth_date, expected_on, language, phone, "
    "insz, created_by, created_at, modified_at"
)
INTAKE_FIELDS = _names(
    "household, received_on, channel, signalled_by_organisation, signalled_by_person, "
    "reason, created_by, created_at, modified_at"
)
STATUS_CHANGE_FIELDS = _names(
    "household, from_status, to_status, changed_at, changed_by, reason, note"
)
CONTACT_FIELDS = _names(
    "household, occurred_at, contact_type, place, duration_minutes, other_participants, "
    "is_reached, note, worker, created_by, created_at, modified_at"
)
NEED_FIELDS = _names(
    "household, domain, description, priority, state, created_by, created_at, modified_at"
)
STEP_FIELDS = _names(
    "goal, household, title, owner, owner_name, due_on, is_done, done_on, done_by, "
    "created_by, created_at, modified_at"
)


def _bulk_chunk(rng: random.Random, refs: _BulkRefs, size: int, batch_size: int) -> dict:
    today = refs.today
    adapt_dt, adapt_date = _adapters()
    now = adapt_dt(refs.now)
    statuses = list(BULK_STATUS_WEIGHTS)
    status_weights = list(BULK_STATUS_WEIGHTS.values())
    assignment = {
        team: ([a for a, _ in options], [w for _, w in options])
        for team, options in BULK_ASSIGNMENT.items()
    }
    leads = {TEAM_NORTH: refs.users["teamlead1"], TEAM_SOUTH: refs.users["outreacher2"]}
    contact_types = [(ct.pk, PLACES.get(ct.code, ("",))) for ct in refs.contact_types]

    households: list[Household] = []
    plans: list[tuple[Family, list[int], History, bool]] = []
    for _ in range(size):
        team_name = TEAM_NORTH if rng.random() < BULK_NORTH_SHARE else TEAM_SOUTH
        options, weights = assignment[team_name]
        assigned = [refs.users[u].pk for u in rng.choices(options, weights=weights)[0]]
        status = rng.choices(statuses, weights=status_weights)[0]
        losing = status in ACTIVE_STATUSES and rng.random() < BULK_LOSING_SHARE
        family = make_family(rng, today, team_name, insz_share=0.25, unborn=rng.random() < 0.02)
        history = plan_history(
            rng,
            status=status,
            losing=losing,
            today=today,
            max_age=1100,
            contacts=(5, 16),
            threshold=refs.threshold,
        )
        workers = assigned or [leads[team_name].pk]
        households.append(
            Household(
                team=refs.teams[team_name],
                name=family.name,
                phone=family.phone,
                is_known_to_ocmw=family.is_known_to_ocmw,
                status=status,
                status_changed_at=history.status_changed_at,
                closing_reason=history.closing_reason,
                signalled_at=history.signalled_at,
                last_reached_at=history.last_reached_at,
                last_attempt_at=history.last_attempt_at,
                # As change_status keeps it: one more for every status change after the signal.
                version=1 + len(history.changes),
                created_by_id=workers[0],
                **family.address,
            )
        )
        plans.append((family, workers, history, bool(assigned)))
    Household.objects.bulk_create(households, batch_size=batch_size)

    assignments, members, intakes, changes, contacts, needs = [], [], [], [], [], []
    goals: list[Goal] = []
    goal_steps: list[list[tuple]] = []
    for household, (family, workers, history, assigned) in zip(households, plans, strict=True):
        hid = household.pk
        worker = workers[0]
        if assigned:
            assignments += [(hid, w) for w in workers]
        for m in family.members:
            members.append(
                (
                    hid,
                    m["role"],
                    m["first_name"],
                    m["last_name"],
                    adapt_date(m["birth_date"]),
                    adapt_date(m["expected_on"]),
                    m["language"],
                    "",
                    m["insz"],
                    worker,
                    now,
                    now,
                )
            )
        channel = rng.choice(refs.channels)
        organisation = rng.choice(CHANNEL_SOURCES.get(channel.code, ("",)))
        intakes.append(
            (
                hid,
                adapt_date(timezone.localdate(history.signalled_at)),
                channel.pk,
                organisation,
                _contact_person(rng) if organisation else "",
                rng.choice(INTAKE_REASONS),
                worker,
                now,
                now,
            )
        )
        changes.append(
            (hid, "", Status.SIGNALLED.value, adapt_dt(history.signalled_at), worker, "", "")
        )
        for from_status, to_status, at, reason in history.changes:
            changes.append((hid, from_status, to_status, adapt_dt(at), worker, reason, ""))
        for at, reached in history.contacts:
            type_id, places = rng.choice(contact_types)
            contacts.append(
                (
                    hid,
                    adapt_dt(at),
                    type_id,
                    rng.choice(places),
                    rng.choice((15, 30, 45, 60)) if reached else None,
                    "",
                    reached,
                    rng.choice(REACHED_NOTES if reached else UNREACHED_NOTES),
                    worker,
                    worker,
                    now,
                    now,
                )
            )
        if history.status == Status.SIGNALLED or not history.last_reached_at:
            continue
        for domain in rng.sample(refs.domains, rng.randint(1, 2)):
            needs.append(
                (
                    hid,
                    domain.pk,
                    rng.choice(_domain_content(domain)[0]),
                    rng.choice((1, 2, 2, 3)),
                    _need_state(rng, history.status),
                    worker,
                    now,
                    now,
                )
            )
        if history.status in (Status.IN_GUIDANCE, Status.FOLLOW_UP) and rng.random() < 0.5:
            domain = rng.choice(refs.domains)
            _, goal_titles, step_titles = _domain_content(domain)
            steps = []
            for title in rng.sample(step_titles, min(len(step_titles), rng.randint(2, 3))):
                owner, owner_name = _step_owner(rng)
                due_on, done_on = _step_timing(rng, today, active=True)
                steps.append(
                    (
                        hid,
                        title,
                        owner,
                        owner_name,
                        adapt_date(due_on),
                        done_on is not None,
                        adapt_date(done_on),
                        worker if done_on else None,
                        worker,
                        now,
                        now,
                    )
                )
            goals.append(
                Goal(
                    household_id=hid,
                    domain=domain,
                    title=rng.choice(goal_titles),
                    is_achieved=all(step[5] for step in steps),
                    created_by_id=worker,
                )
            )
            goal_steps.append(steps)

    through = Household.assigned_workers.through
    written = {"households": len(households)}
    written["assignments"] = _insert_rows(through, ("household", "user"), assignments, batch_size)
    written["members"] = _insert_rows(Member, MEMBER_FIELDS, members, batch_size)
    written["intakes"] = _insert_rows(Intake, INTAKE_FIELDS, intakes, batch_size)
    written["status changes"] = _insert_rows(
        StatusChange, STATUS_CHANGE_FIELDS, changes, batch_size
    )
    written["contacts"] = _insert_rows(ContactMoment, CONTACT_FIELDS, contacts, batch_size)
    written["needs"] = _insert_rows(Need, NEED_FIELDS, needs, batch_size)
    Goal.objects.bulk_create(goals, batch_size=batch_size)
    written["goals"] = len(goals)
    steps = [
        (goal.pk, *step)
        for goal, goal_step_list in zip(goals, goal_steps, strict=True)
        for step in goal_step_list
    ]
    written["steps"] = _insert_rows(Step, STEP_FIELDS, steps, batch_size)
    return written
