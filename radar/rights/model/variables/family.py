"""Family benefits: the Flemish Groeipakket (basisbedrag, sociale toeslag, schoolbonus and the
participatietoeslagen kinderopvangtoeslag, kleutertoeslag, schooltoeslag), the Flemish higher
education grant, the OCMW tariff in childcare, and the Walloon and Brussels supplément social.

One variable per condition, so that Radar can tell which one fails. Per-child amounts are person
variables; the catalogue (catalogue/family.py) adds them up over the children who have the right.

Birth year. Several rules depend on the year of birth (born in 2019 or later; age on 31 December
of the previous year). When `birth_date` is not given, `age` on the reference date leaves two
possible birth years: the variables without suffix assume the birthday of this year has passed,
the `_if_birthday_to_come` variants that it has not. When both give the same result, the age is
enough; otherwise the catalogue asks for the birth date.
"""

import numpy
from openfisca_core.model_api import MONTH, Variable, max_, min_, select, where

from radar.rights.model.entities import Household, Person
from radar.rights.model.money import at_most, below
from radar.rights.model.vocabulary import Community, Language, SchoolLevel

GROEIPAKKET = (
    "Decreet van 27 april 2018 tot regeling van de toelagen in het kader van het gezinsbeleid"
)
WALLOON_DECREE = "Décret wallon du 8 février 2018 (prestations familiales)"
BRUSSELS_ORDINANCE = "Ordonnance bruxelloise du 25 avril 2019 (prestations familiales)"
KNOWN_DATE_FROM = numpy.datetime64("1900-01-01")

# Payment in reasons is yearly for the schoolbonus, kleutertoeslag and schooltoeslag; Radar shows
# a monthly equivalent (yearly / 12). Childcare days: weeks in a month on average.
WEEKS_PER_MONTH = 52 / 12


def _year(dates):
    return dates.astype("datetime64[Y]").astype(int) + 1970


def _previous_year_income(household, period):
    return household("household_gross_taxable_income", period.this_year.offset(-1))


# -- Birth year ---------------------------------------------------------------------------------


class birth_date_known(Variable):
    value_type = bool
    entity = Person
    definition_period = MONTH
    label = "The birth date was given"

    def formula(person, period):
        return person("birth_date", period) >= KNOWN_DATE_FROM


class birth_year(Variable):
    value_type = int
    entity = Person
    definition_period = MONTH
    label = "Year of birth (from the birth date; else from the age, birthday of this year passed)"

    def formula(person, period):
        from_age = period.start.year - person("age", period)
        return where(
            person("birth_date_known", period), _year(person("birth_date", period)), from_age
        )


class birth_year_if_birthday_to_come(Variable):
    value_type = int
    entity = Person
    definition_period = MONTH
    label = "Year of birth (from the birth date; else from the age, birthday of this year to come)"

    def formula(person, period):
        from_age = period.start.year - person("age", period) - 1
        return where(
            person("birth_date_known", period), _year(person("birth_date", period)), from_age
        )


def _age_on_31_december_previous_year(person, period, birth_year_variable):
    return period.start.year - 1 - person(birth_year_variable, period)


# -- Groeipakket: who has it ---------------------------------------------------------------------


class groeipakket_age_condition(Variable):
    value_type = bool
    entity = Person
    definition_period = MONTH
    label = "A child of the household who has the Groeipakket by age (or by age and studies)"
    reference = [
        f"{GROEIPAKKET}, art. 8-9",
        "https://www.groeipakket.be/Tegemoetkomingen/Basisbedrag",
    ]

    def formula_2019_01(person, period, parameters):
        """Every child without conditions until 18; from 18 up to 25 on conditions, of which Radar
        checks the studies (enrolled in a school or institution). The other conditions (job
        seeker, apprenticeship, specific support needs) are left to the payer."""
        p = parameters(period).groeipakket_basisbedrag
        age = person("age", period)
        return person.has_role(Household.CHILD) * (
            (age < p.unconditional_below_age)
            + (age < p.maximum_age) * person("school_enrolled", period)
        )


def _new_system(person, period, parameters, birth_year_variable):
    first_year = parameters(period).groeipakket_basisbedrag.new_system_from_birth_year
    return person(birth_year_variable, period) >= first_year


class groeipakket_new_system(Variable):
    value_type = bool
    entity = Person
    definition_period = MONTH
    label = "Born in 2019 or later: the Groeipakket amounts (older children: transition amounts)"
    reference = [GROEIPAKKET]

    def formula_2019_01(person, period, parameters):
        return _new_system(person, period, parameters, "birth_year")


class groeipakket_new_system_if_birthday_to_come(Variable):
    value_type = bool
    entity = Person
    definition_period = MONTH
    label = "groeipakket_new_system when the birthday of this year is still to come"
    reference = [GROEIPAKKET]

    def formula_2019_01(person, period, parameters):
        return _new_system(person, period, parameters, "birth_year_if_birthday_to_come")


class groeipakket_basisbedrag_child(Variable):
    value_type = float
    entity = Person
    definition_period = MONTH
    unit = "currency-EUR"
    label = "Groeipakket basisbedrag of a child born in 2019 or later, per month (else 0)"
    reference = [GROEIPAKKET, "https://www.groeipakket.be/Tegemoetkomingen/Basisbedrag"]

    def formula_2019_01(person, period, parameters):
        amount = parameters(period).groeipakket_basisbedrag.amount
        entitled = person("groeipakket_age_condition", period)
        return where(entitled * person("groeipakket_new_system", period), amount, 0)


class groeipakket_children(Variable):
    value_type = int
    entity = Household
    definition_period = MONTH
    label = "Children in the family with the Groeipakket"

    def formula_2019_01(household, period):
        return household.sum(household.members("groeipakket_age_condition", period))


# -- Groeipakket sociale toeslag -----------------------------------------------------------------


class groeipakket_sociale_toeslag_via_benefit(Variable):
    value_type = bool
    entity = Household
    definition_period = MONTH
    label = "The applicant or partner lives on the leefloon, the IVT or the IGO"
    reference = ["https://www.begijnendijk.be/producten/detail/91/de-sociale-toeslag-groeipakket"]

    def formula_2019_01(household, period, parameters):
        """The sociale toeslag is paid for the months in which the household's income consisted of
        the leefloon, the IVT or the IGO (opening_benefits), whatever the income of the tax
        assessment."""
        members = household.members
        benefits = parameters(period).groeipakket_sociale_toeslag.opening_benefits
        on_benefit = sum(members(f"receives_{benefit}", period) for benefit in benefits)
        adult = members.has_role(Household.APPLICANT) + members.has_role(Household.PARTNER)
        return household.any(on_benefit * adult)


class groeipakket_sociale_toeslag_large_family(Variable):
    value_type = bool
    entity = Household
    definition_period = MONTH
    label = "Three or more children in the family (higher amounts and upper threshold)"
    reference = [GROEIPAKKET, "https://www.groeipakket.be/tegemoetkomingen/sociale-toeslag"]

    def formula_2019_01(household, period, parameters):
        minimum = parameters(period).groeipakket_sociale_toeslag.large_family_children
        return household("groeipakket_children", period) >= minimum


class groeipakket_sociale_toeslag_band(Variable):
    value_type = int
    entity = Household
    definition_period = MONTH
    label = "Sociale toeslag band: 1 full (low income or benefit), 2 reduced, 0 none"
    reference = [GROEIPAKKET, "https://www.groeipakket.be/tegemoetkomingen/sociale-toeslag"]

    def formula_2019_01(household, period, parameters):
        """Band 1 when the gross taxable income is at most the lower threshold (or the household
        lives on the leefloon, IVT or IGO). Band 2 above it, up to the upper threshold of a family
        with 1 or 2 children, or of a family with 3 or more children at least one of whom was
        born in 2019 or later. Otherwise 0."""
        threshold = parameters(period).groeipakket_sociale_toeslag.income_threshold
        income = _previous_year_income(household, period)
        large = household("groeipakket_sociale_toeslag_large_family", period)
        members = household.members
        has_new_system_child = household.any(
            members("groeipakket_age_condition", period) * members("groeipakket_new_system", period)
        )
        upper = where(large, threshold.middle_large_family, threshold.middle_small_family)
        middle = at_most(income, upper) * (~large + has_new_system_child)
        low = at_most(income, threshold.lower) + household(
            "groeipakket_sociale_toeslag_via_benefit", period
        )
        return select([low, middle], [1, 2], default=0)


class groeipakket_sociale_toeslag_amount_per_child(Variable):
    value_type = float
    entity = Household
    definition_period = MONTH
    unit = "currency-EUR"
    label = "Sociale toeslag per child born in 2019 or later, per month, for the household's band"
    reference = [GROEIPAKKET, "https://www.groeipakket.be/tegemoetkomingen/sociale-toeslag"]

    def formula_2019_01(household, period, parameters):
        amount = parameters(period).groeipakket_sociale_toeslag.amount
        band = household("groeipakket_sociale_toeslag_band", period)
        large = household("groeipakket_sociale_toeslag_large_family", period)
        return select(
            [band == 1, band == 2],
            [
                where(large, amount.lower_large_family, amount.lower_small_family),
                where(large, amount.middle_large_family, amount.middle_small_family),
            ],
            default=0,
        )


class groeipakket_sociale_toeslag_child(Variable):
    value_type = float
    entity = Person
    definition_period = MONTH
    unit = "currency-EUR"
    label = "Sociale toeslag of a child born in 2019 or later, per month (else 0)"
    reference = [GROEIPAKKET]

    def formula_2019_01(person, period):
        per_child = person.household("groeipakket_sociale_toeslag_amount_per_child", period)
        entitled = person("groeipakket_age_condition", period)
        return where(entitled * person("groeipakket_new_system", period), per_child, 0)


# -- Schoolbonus ----------------------------------------------------------------------------------


def _schoolbonus(person, period, parameters, birth_year_variable):
    """The amount of the child's age band on 31 December of the previous year."""
    p = parameters(period).schoolbonus
    age = _age_on_31_december_previous_year(person, period, birth_year_variable)
    amount = select(
        [
            age >= p.band_from_age.age_18_24,
            age >= p.band_from_age.age_12_17,
            age >= p.band_from_age.age_5_11,
        ],
        [p.amount.age_18_24, p.amount.age_12_17, p.amount.age_5_11],
        default=p.amount.age_0_4,
    )
    return where(person("groeipakket_age_condition", period), amount, 0)


class schoolbonus_child_yearly(Variable):
    value_type = float
    entity = Person
    definition_period = MONTH
    unit = "currency-EUR"
    label = "Schoolbonus of a child with the Groeipakket, paid once in August"
    reference = [GROEIPAKKET, "https://www.landen.be/groeipakket-schoolbonus"]

    def formula_2019_01(person, period, parameters):
        """By the child's age on 31 December of the previous year: 0-4, 5-11, 12-17, 18-24."""
        return _schoolbonus(person, period, parameters, "birth_year")


class schoolbonus_child_yearly_if_birthday_to_come(Variable):
    value_type = float
    entity = Person
    definition_period = MONTH
    unit = "currency-EUR"
    label = "schoolbonus_child_yearly when the birthday of this year is still to come"
    reference = [GROEIPAKKET]

    def formula_2019_01(person, period, parameters):
        return _schoolbonus(person, period, parameters, "birth_year_if_birthday_to_come")


# -- Kinderopvangtoeslag ------------------------------------------------------------------------


class kinderopvangtoeslag_childcare_condition(Variable):
    value_type = bool
    entity = Person
    definition_period = MONTH
    label = "In Dutch-language childcare licensed by Opgroeien whose price is not income-related"
    reference = [GROEIPAKKET, "https://www.kortenberg.be/de-kinderopvangtoeslag-groeipakket"]

    def formula_2019_01(person, period):
        licensed_by = numpy.char.lower(person("childcare_licensed_by", period).astype(str))
        opgroeien = numpy.isin(licensed_by, ["opgroeien", "kind_en_gezin", "kind en gezin"])
        dutch = person("childcare_language", period) == Language.nl
        return opgroeien * dutch * ~person("childcare_income_related_price", period)


class kinderopvangtoeslag_not_at_school(Variable):
    value_type = bool
    entity = Person
    definition_period = MONTH
    label = "The child does not go to (kinder)school yet"
    reference = [GROEIPAKKET, "https://www.kortenberg.be/de-kinderopvangtoeslag-groeipakket"]

    def formula_2019_01(person, period):
        return ~person("school_enrolled", period)


class kinderopvangtoeslag_day_amount(Variable):
    value_type = float
    entity = Person
    definition_period = MONTH
    unit = "currency-EUR"
    label = "Kinderopvangtoeslag per childcare day: full from 5 hours, half from 3 to 5 hours"
    reference = [GROEIPAKKET, "https://www.kortenberg.be/de-kinderopvangtoeslag-groeipakket"]

    def formula_2019_01(person, period, parameters):
        p = parameters(period).kinderopvangtoeslag
        hours = person("childcare_hours_per_day", period)
        return select(
            [hours >= p.full_day_minimum_hours, hours >= p.half_day_minimum_hours],
            [p.day_amount, p.day_amount * p.half_day_share],
            default=0,
        )


class kinderopvangtoeslag_child(Variable):
    value_type = float
    entity = Person
    definition_period = MONTH
    unit = "currency-EUR"
    label = "Kinderopvangtoeslag of a child, per month (estimate: days a week x 52 / 12)"
    reference = [GROEIPAKKET, "https://www.kortenberg.be/de-kinderopvangtoeslag-groeipakket"]

    def formula_2019_01(person, period):
        """Paid per day of attendance, automatically from the attendance data; Radar estimates a
        month from the usual days a week."""
        conditions = (
            person("groeipakket_age_condition", period)
            * person("kinderopvangtoeslag_childcare_condition", period)
            * person("kinderopvangtoeslag_not_at_school", period)
        )
        days = person("childcare_days_per_week", period) * WEEKS_PER_MONTH
        return where(conditions, days * person("kinderopvangtoeslag_day_amount", period), 0)


# -- Kleutertoeslag and schooltoeslag: the school --------------------------------------------------


class flemish_dutch_language_school(Variable):
    value_type = bool
    entity = Person
    definition_period = MONTH
    label = "Enrolled in a Dutch-language school recognised by the Flemish Community"
    reference = [GROEIPAKKET, "https://www.fons.be/participatietoeslagen"]

    def formula(person, period):
        return (
            person("school_enrolled", period)
            * (person("school_recognised_by", period) == Community.flemish_community)
            * (person("school_language", period) == Language.nl)
        )


def _kleutertoeslag_round(person, period, parameters, birth_year_variable):
    p = parameters(period).kleutertoeslag
    age = _age_on_31_december_previous_year(person, period, birth_year_variable)
    return select(
        [age == p.first_age_on_31_december, age == p.second_age_on_31_december], [1, 2], default=0
    )


class kleutertoeslag_round(Variable):
    value_type = int
    entity = Person
    definition_period = MONTH
    label = "Which kleutertoeslag this year: 1 (turns 3), 2 (turns 4), 0 none"
    reference = [GROEIPAKKET, "https://www.fons.be/toeslagen-Groeipakket/kleutertoeslag"]

    def formula_2019_01(person, period, parameters):
        """The first for a child 2 years old on 31 December of the previous year, the second for a
        child 3 years old then (RULES-RESEARCH §21)."""
        return _kleutertoeslag_round(person, period, parameters, "birth_year")


class kleutertoeslag_round_if_birthday_to_come(Variable):
    value_type = int
    entity = Person
    definition_period = MONTH
    label = "kleutertoeslag_round when the birthday of this year is still to come"
    reference = [GROEIPAKKET]

    def formula_2019_01(person, period, parameters):
        return _kleutertoeslag_round(person, period, parameters, "birth_year_if_birthday_to_come")


class kleutertoeslag_school_condition(Variable):
    value_type = bool
    entity = Person
    definition_period = MONTH
    label = "Enrolled in a Dutch-language kindergarten recognised by the Flemish Community"
    reference = [GROEIPAKKET, "https://www.fons.be/toeslagen-Groeipakket/kleutertoeslag"]

    def formula_2019_01(person, period):
        kindergarten = person("school_level", period) == SchoolLevel.kindergarten
        return kindergarten * person("flemish_dutch_language_school", period)


class kleutertoeslag_enrolled_in_time(Variable):
    value_type = bool
    entity = Person
    definition_period = MONTH
    label = "Enrolled at the latest two months after the third birthday"
    reference = [
        GROEIPAKKET,
        "https://www.begijnendijk.be/producten/detail/93/de-kleutertoeslag-groeipakket",
    ]

    def formula_2019_01(person, period, parameters):
        months = parameters(period).kleutertoeslag.enrolment_months_after_third_birthday
        born = person("birth_date", period)
        born_month = born.astype("datetime64[M]")
        day_in_month = born - born_month.astype("datetime64[D]")
        deadline = (born_month + 36 + int(months)).astype("datetime64[D]") + day_in_month
        return person("school_enrolled_since", period) <= deadline


class kleutertoeslag_child_yearly(Variable):
    value_type = float
    entity = Person
    definition_period = MONTH
    unit = "currency-EUR"
    label = "Kleutertoeslag of a child this year (paid once, not income-related)"
    reference = [GROEIPAKKET, "https://www.fons.be/toeslagen-Groeipakket/kleutertoeslag"]

    def formula_2019_01(person, period, parameters):
        """The year it turns 3: enrolled in time in a recognised Dutch-language kindergarten. The
        year it turns 4: still enrolled and present enough (150 half-days in the first class or
        185 in the second)."""
        amount = parameters(period).kleutertoeslag.amount
        school = person("kleutertoeslag_school_condition", period)
        round_ = person("kleutertoeslag_round", period)
        first = (round_ == 1) * school * person("kleutertoeslag_enrolled_in_time", period)
        second = (round_ == 2) * school * person("school_sufficient_attendance", period)
        return where(first + second, amount, 0)


# -- Schooltoeslag ---------------------------------------------------------------------------------


class schooltoeslag_school_condition(Variable):
    value_type = bool
    entity = Person
    definition_period = MONTH
    label = "A pupil of kindergarten, primary or secondary school of the Flemish Community in Dutch"
    reference = [GROEIPAKKET, "https://aalst.be/geld-hulp-en-advies/geld/school-en-studietoelage"]

    def formula_2019_09(person, period):
        level = person("school_level", period)
        basic_or_secondary = (
            (level == SchoolLevel.kindergarten)
            + (level == SchoolLevel.primary)
            + (level == SchoolLevel.secondary)
        )
        return basic_or_secondary * person("flemish_dutch_language_school", period)


class schooltoeslag_attendance_condition(Variable):
    value_type = bool
    entity = Person
    definition_period = MONTH
    label = "Present enough at school for the schooltoeslag"
    reference = [GROEIPAKKET, "https://www.vlaanderen.be/schooltoeslag"]

    def formula_2019_09(person, period, parameters):
        """Kindergarten: the attendance rules of the child's age (`sufficient_attendance`).
        Primary: at most 29 unjustified absent half-days. Secondary: lost only after two
        consecutive school years with 30 or more (RULES-RESEARCH §21)."""
        p = parameters(period).schooltoeslag
        level = person("school_level", period)
        absent = person("school_unjustified_absent_half_days", period)
        absent_before = person("school_unjustified_absent_half_days_previous_school_year", period)
        secondary_lost = (absent >= p.secondary_unjustified_half_days) * (
            absent_before >= p.secondary_unjustified_half_days
        )
        return select(
            [
                level == SchoolLevel.kindergarten,
                level == SchoolLevel.primary,
                level == SchoolLevel.secondary,
            ],
            [
                person("school_sufficient_attendance", period),
                absent <= p.primary_maximum_unjustified_half_days,
                ~secondary_lost,
            ],
            default=False,
        )


class schooltoeslag_age_condition(Variable):
    value_type = bool
    entity = Person
    definition_period = MONTH
    label = (
        "At least 3, and in secondary school at most the age of the school year the pupil turns 22"
    )
    reference = [GROEIPAKKET, "https://aalst.be/geld-hulp-en-advies/geld/school-en-studietoelage"]

    def formula_2019_09(person, period, parameters):
        p = parameters(period).schooltoeslag
        age = person("age", period)
        secondary = person("school_level", period) == SchoolLevel.secondary
        return (age >= p.minimum_age) * (~secondary + (age <= p.secondary_last_age))


class schooltoeslag_points(Variable):
    value_type = int
    entity = Household
    definition_period = MONTH
    label = "Points of the family for the schooltoeslag income limits"
    reference = ["https://groeipakket.be/nl/punten-van-je-gezin"]

    def formula_2019_09(household, period):
        """1 starting point; 1 per child (taken as fiscally dependent); 1 per member in higher
        education, minus 1 (never below 0); 1 per member with a disability of 66 % or more
        (4 points or more in pillar 1). Example: a single parent with 2 children: 3 points."""
        members = household.members
        children = household.nb_persons(Household.CHILD)
        higher = household.sum(members("school_level", period) == SchoolLevel.higher)
        disabled = household.sum(members("disability_pillar1_points", period) >= 4)
        return 1 + children + max_(higher - 1, 0) + disabled


def _by_points(table, points):
    capped = min_(points, 10)
    return select([capped == n for n in range(11)], [table[f"points_{n}"] for n in range(11)])


class schooltoeslag_income_minimum(Variable):
    value_type = float
    entity = Household
    definition_period = MONTH
    unit = "currency-EUR"
    label = "Income at or below which the full schooltoeslag is paid, for the family's points"
    reference = [
        "https://www.fons.be/toeslagen-Groeipakket/Schooltoeslag/Financi%C3%ABle-voorwaarde"
    ]

    def formula_2019_09(household, period, parameters):
        table = parameters(period).schooltoeslag.income_minimum
        return _by_points(table, household("schooltoeslag_points", period))


class schooltoeslag_income_maximum(Variable):
    value_type = float
    entity = Household
    definition_period = MONTH
    unit = "currency-EUR"
    label = "Highest income with a schooltoeslag (the minimum amount), for the family's points"
    reference = [
        "https://www.fons.be/toeslagen-Groeipakket/Schooltoeslag/Financi%C3%ABle-voorwaarde"
    ]

    def formula_2019_09(household, period, parameters):
        table = parameters(period).schooltoeslag.income_maximum
        return _by_points(table, household("schooltoeslag_points", period))


class schooltoeslag_income_condition(Variable):
    value_type = bool
    entity = Household
    definition_period = MONTH
    label = "The family's gross taxable income is at most the maximum for its points"
    reference = [
        "https://www.fons.be/toeslagen-Groeipakket/Schooltoeslag/Financi%C3%ABle-voorwaarde"
    ]

    def formula_2019_09(household, period):
        income = _previous_year_income(household, period)
        return at_most(income, household("schooltoeslag_income_maximum", period))


class schooltoeslag_exceptional(Variable):
    value_type = bool
    entity = Household
    definition_period = MONTH
    label = "Very low income mainly from replacement income, maintenance, leefloon or IVT"
    reference = [
        "https://gpedia.groeipakket.be/nl/thema/selectieve/bedragen-van-de/theorie/bedragen-voor-de-0"
    ]

    def formula_2019_09(household, period, parameters):
        """Income below a tenth of the maximum, and at least 70 % of the net income of the
        applicant and partner is a replacement income, maintenance, the leefloon or the IVT."""
        p = parameters(period).schooltoeslag.exceptional
        members = household.members
        replacement_kinds = (
            "unemployment_benefit",
            "sickness_benefit",
            "pension",
            "leefloon",
            "equivalent_leefloon",
            "ivt",
            "igo",
            "maintenance_received",
            "child_maintenance_received",
        )
        replacement = sum(members(f"net_income_{kind}", period) for kind in replacement_kinds)
        total = (
            replacement
            + members("net_income_salary", period)
            + members("net_income_self_employment", period)
            + members("net_income_other", period)
        )
        adult = members.has_role(Household.APPLICANT) + members.has_role(Household.PARTNER)
        replacement_total = household.sum(replacement * adult)
        income_total = household.sum(total * adult)
        income = _previous_year_income(household, period)
        low = below(
            income, p.income_share_of_maximum * household("schooltoeslag_income_maximum", period)
        )
        mostly_replacement = (income_total > 0) * (
            replacement_total >= p.replacement_income_share * income_total
        )
        return low * mostly_replacement


class schooltoeslag_primary_yearly(Variable):
    value_type = float
    entity = Household
    definition_period = MONTH
    unit = "currency-EUR"
    label = "Schooltoeslag of a pupil in primary school for the family's income, per school year"
    reference = [
        "https://gpedia.groeipakket.be/nl/thema/selectieve/bedragen-van-de/theorie/bedragen-voor-de-0"
    ]

    def formula_2019_09(household, period, parameters):
        """Full amount at or below the income minimum; between the minimum and the maximum it falls
        in proportion to (maximum - income) / (maximum - minimum), down to the minimum amount at
        the maximum (Radar's reading of RULES-RESEARCH §6); the exceptional amount for a very low
        income mainly from benefits; nothing above the maximum."""
        p = parameters(period).schooltoeslag.primary
        income = _previous_year_income(household, period)
        low = household("schooltoeslag_income_minimum", period)
        high = household("schooltoeslag_income_maximum", period)
        share = numpy.clip((high - income) / max_(high - low, 1), 0, 1)
        partial = p.minimum + (p.full - p.minimum) * share
        return select(
            [
                household("schooltoeslag_exceptional", period),
                at_most(income, low),
                at_most(income, high),
            ],
            [p.exceptional, p.full, partial],
            default=0,
        )


class schooltoeslag_child_yearly(Variable):
    value_type = float
    entity = Person
    definition_period = MONTH
    unit = "currency-EUR"
    label = "Schooltoeslag of a primary-school pupil who meets every condition, per school year"
    reference = [GROEIPAKKET]

    def formula_2019_09(person, period):
        """Only primary school has an amount in RULES-RESEARCH; other levels give 0 here."""
        conditions = (
            person("groeipakket_age_condition", period)
            * person("schooltoeslag_school_condition", period)
            * person("schooltoeslag_attendance_condition", period)
            * person("schooltoeslag_age_condition", period)
            * person.household("schooltoeslag_income_condition", period)
        )
        primary = person("school_level", period) == SchoolLevel.primary
        amount = person.household("schooltoeslag_primary_yearly", period)
        return where(conditions * primary, amount, 0)


# -- Studietoelage hoger onderwijs and the OCMW tariff in childcare --------------------------------


class studietoelage_study_condition(Variable):
    value_type = bool
    entity = Person
    definition_period = MONTH
    label = "Enrolled in higher education at an institution recognised by the Flemish Community"
    reference = ["https://studietoelagen.be/voorwaarden-en-bedragen/kom-ik-in-aanmerking"]

    def formula(person, period):
        higher = person("school_level", period) == SchoolLevel.higher
        flemish = person("school_recognised_by", period) == Community.flemish_community
        return higher * flemish * person("school_enrolled", period)


class kinderopvang_ocmw_tarief_childcare_condition(Variable):
    value_type = bool
    entity = Person
    definition_period = MONTH
    label = "In childcare licensed by Opgroeien with an income-related price (inkomenstarief)"
    reference = [
        "https://www.vvsg.be/samenleven-gezin-welzijn/kinderopvang-en-gezinsbeleid/ocmw-tarief-kinderopvang"
    ]

    def formula(person, period):
        licensed_by = numpy.char.lower(person("childcare_licensed_by", period).astype(str))
        opgroeien = numpy.isin(licensed_by, ["opgroeien", "kind_en_gezin", "kind en gezin"])
        return opgroeien * person("childcare_income_related_price", period)


# -- Wallonia and Brussels: supplément social ------------------------------------------------------


def _walloon_new_model(person, period, parameters, birth_year_variable):
    first_year = parameters(period).af_wallonie_supplement_social.new_model_from_birth_year
    return person(birth_year_variable, period) >= first_year


class af_wallonie_new_model(Variable):
    value_type = bool
    entity = Person
    definition_period = MONTH
    label = "Born in 2020 or later: the new Walloon model"
    reference = [WALLOON_DECREE]

    def formula_2019_01(person, period, parameters):
        return _walloon_new_model(person, period, parameters, "birth_year")


class af_wallonie_new_model_if_birthday_to_come(Variable):
    value_type = bool
    entity = Person
    definition_period = MONTH
    label = "af_wallonie_new_model when the birthday of this year is still to come"
    reference = [WALLOON_DECREE]

    def formula_2019_01(person, period, parameters):
        return _walloon_new_model(person, period, parameters, "birth_year_if_birthday_to_come")


class af_wallonie_supplement_band(Variable):
    value_type = int
    entity = Household
    definition_period = MONTH
    label = "Walloon supplément social band: 1 lower income, 2 middle income, 0 none"
    reference = [
        WALLOON_DECREE,
        "https://mc.be/en-marche/vos-droits/familles/quelles-allocations-familiales-pour-les-familles-modestes",
    ]

    def formula_2019_01(household, period, parameters):
        """Band 1 below the lower threshold, band 2 up to the upper threshold (income of year N-2;
        Radar uses its one reference income, RULES-RESEARCH §21)."""
        threshold = parameters(period).af_wallonie_supplement_social.income_threshold
        income = _previous_year_income(household, period)
        return select(
            [below(income, threshold.lower), at_most(income, threshold.upper)], [1, 2], default=0
        )


class af_wallonie_supplement_child(Variable):
    value_type = float
    entity = Person
    definition_period = MONTH
    unit = "currency-EUR"
    label = "Walloon supplément social of a child of the new model for the income band, per month"
    reference = [WALLOON_DECREE]

    def formula_2019_01(person, period, parameters):
        amount = parameters(period).af_wallonie_supplement_social.amount
        band = person.household("af_wallonie_supplement_band", period)
        per_child = select(
            [band == 1, band == 2], [amount.lower_income, amount.middle_income], default=0
        )
        entitled = person("groeipakket_age_condition", period) * person(
            "af_wallonie_new_model", period
        )
        return where(entitled, per_child, 0)


class af_bruxelles_supplement_band(Variable):
    value_type = int
    entity = Household
    definition_period = MONTH
    label = "Brussels supplément social band: 1 lower income, 2 middle income, 0 none"
    reference = [
        BRUSSELS_ORDINANCE,
        "https://www.droitsquotidiens.be/fr/question/ai-je-droit-un-supplement-dallocations-familiales-si-jai-peu-de-revenus-bruxelles",
    ]

    def formula_2019_01(household, period, parameters):
        threshold = parameters(period).af_bruxelles_supplement_social.income_threshold
        income = _previous_year_income(household, period)
        return select(
            [below(income, threshold.lower), at_most(income, threshold.upper)], [1, 2], default=0
        )


class af_bruxelles_entitled_children(Variable):
    value_type = int
    entity = Household
    definition_period = MONTH
    label = "Number of children in the household with Brussels family benefits (by age)"
    reference = [BRUSSELS_ORDINANCE]

    def formula_2019_01(household, period):
        """The supplément social depends on the number of children of the household who receive
        family benefits (every child until 18; from 18 to 25 in studies, as Radar checks it)."""
        return household.sum(household.members("groeipakket_age_condition", period))


class af_bruxelles_single_parent(Variable):
    value_type = bool
    entity = Household
    definition_period = MONTH
    label = "Single-parent family for the Brussels supplément social"
    reference = [
        BRUSSELS_ORDINANCE,
        "https://famiris.brussels/en/faq/social-supplement/am-i-entitled-to-an-increase-as-a-single-parent",
    ]

    def formula_2019_01(household, period):
        """A parent who lives alone with the children (relatives up to the third degree may live
        in: the `parent` role) or whose single_parent flag is set; not with a partner or another
        adult."""
        flagged = household.any(
            household.members("single_parent", period), role=Household.APPLICANT
        )
        alone = (
            household.nb_persons(Household.PARTNER) + household.nb_persons(Household.OTHER_ADULT)
        ) == 0
        return flagged + alone


class af_bruxelles_supplement_child(Variable):
    value_type = float
    entity = Person
    definition_period = MONTH
    unit = "currency-EUR"
    label = "Brussels supplément social of this child, per month"
    reference = [
        BRUSSELS_ORDINANCE,
        "https://www.droitsquotidiens.be/fr/question/ai-je-droit-un-supplement-dallocations-familiales-si-jai-peu-de-revenus-bruxelles",
    ]

    def formula_2019_01(person, period, parameters):
        """Per child, by the household's income band, its number of children with family
        benefits (1, 2, 3 or more), the child's age (0-11 or 12-24) and, from two children,
        whether the family is single-parent. In the middle band one child gives nothing; two or
        more give one amount per child whatever the age."""
        p = parameters(period).af_bruxelles_supplement_social
        low, middle = p.amount.lower_income, p.amount.middle_income
        band = person.household("af_bruxelles_supplement_band", period)
        count = person.household("af_bruxelles_entitled_children", period)
        single = person.household("af_bruxelles_single_parent", period)
        young = person("age", period) <= p.young_band_maximum_age
        two = where(
            young,
            where(single, low.two_children_0_11_single_parent, low.two_children_0_11_couple),
            where(single, low.two_children_12_24_single_parent, low.two_children_12_24_couple),
        )
        more = where(
            young,
            where(
                single,
                low.three_or_more_children_0_11_single_parent,
                low.three_or_more_children_0_11_couple,
            ),
            where(
                single,
                low.three_or_more_children_12_24_single_parent,
                low.three_or_more_children_12_24_couple,
            ),
        )
        lower = select(
            [count == 1, count == 2],
            [where(young, low.one_child_0_11, low.one_child_12_24), two],
            default=more,
        )
        middle_amount = select(
            [count == 1, count == 2],
            [middle.one_child, middle.two_children],
            default=middle.three_or_more_children,
        )
        amount = select([band == 1, band == 2], [lower, middle_amount], default=0)
        return where(person("groeipakket_age_condition", period), amount, 0)


# -- Groeipakket startbedrag ----------------------------------------------------------------------


def _month_number(dates):
    return dates.astype("datetime64[M]").astype(int)


class groeipakket_startbedrag_months_before_birth(Variable):
    value_type = int
    entity = Person
    definition_period = MONTH
    label = "Whole months from the reference month to the month of the expected birth"

    def formula_2019_01(person, period):
        expected = person("expected_birth_date", period)
        reference = numpy.datetime64(f"{period.start.year:04d}-{period.start.month:02d}", "M")
        return _month_number(expected) - reference.astype(int)


class groeipakket_startbedrag_pregnancy_condition(Variable):
    value_type = bool
    entity = Person
    definition_period = MONTH
    label = "Expecting a child and in the month of pregnancy from which the startbedrag is asked"
    reference = [
        f"{GROEIPAKKET}, startbedrag",
        "https://www.groeipakket.be/Tegemoetkomingen/Basisbedrag",
    ]

    def formula_2019_01(person, period, parameters):
        """The startbedrag can be asked for from the fifth month of pregnancy (to verify: RULES-
        RESEARCH §5a says the sixth), counted back from the expected birth date: the fifth month
        starts 9 - 4 = 5 months before the birth. After the expected date the child is recorded
        as born instead."""
        p = parameters(period).groeipakket_startbedrag
        months = person("groeipakket_startbedrag_months_before_birth", period)
        from_months_before = p.pregnancy_months - (p.request_from_pregnancy_month - 1)
        known = person("expected_birth_date", period) >= KNOWN_DATE_FROM
        return known * (months >= 0) * (months <= from_months_before)


class groeipakket_startbedrag_amount(Variable):
    value_type = float
    entity = Household
    definition_period = MONTH
    unit = "currency-EUR"
    label = "Startbedrag for the children the household expects (paid once)"
    reference = [
        f"{GROEIPAKKET}, startbedrag",
        "https://www.myfamily.be/nl-be/groeipakket-bedragen",
    ]

    def formula_2019_01(household, period, parameters):
        expecting = household.sum(
            household.members("groeipakket_startbedrag_pregnancy_condition", period)
        )
        return expecting * parameters(period).groeipakket_startbedrag.amount
