"""Inkomensgarantie voor ouderen (IGO / GRAPA): a minimum income from the legal pension age.

Wet van 22 maart 2001 tot instelling van een inkomensgarantie voor ouderen (references to
verify, RULES-RESEARCH §14). A personal right: each person of pension age is tested on their
own, with the resources of the people who share their main residence. Living with one's own
(grand)children or (grand)parents does not make one a cohabitant.

The means test here is a simplification: net monthly income of the group, pensions for 90 %,
divided by the number of people sharing. The Pension Service also counts savings and property
and applies exemptions that are not modelled.
"""

from numpy import isin
from openfisca_core.model_api import MONTH, Variable, max_, select, where

from radar.rights.model.entities import Household, Person
from radar.rights.model.money import cents
from radar.rights.model.vocabulary import INCOME_KINDS, ResidenceStatus

IGO_LAW = "Wet van 22 maart 2001 tot instelling van een inkomensgarantie voor ouderen"
SFPD = "https://www.sfpd.fgov.be/fr/droit-a-la-pension/grapa"
PENSION_AGE_LAW = (
    "Wet van 10 augustus 2015 tot verhoging van de wettelijke leeftijd voor het rustpensioen"
)
WIKIFIN = (
    "https://www.wikifin.be/nl/pensioen-en-pensioenvoorbereiding/wettelijk-pensioen/"
    "inkomensgarantie-voor-ouderen-igo"
)
KNOKKE = "https://www.knokke-heist.be/inkomensgarantie-voor-ouderen"
AVIQ = (
    "https://wikiwiph.aviq.be/Pages/Garantie-de-revenus-aux-personnes-%C3%A2g%C3%A9es-(GRAPA).aspx"
)

# Statuses that open the IGO whatever the pension (OKRA, LLP): Belgian, EEA, refugee, stateless.
IGO_STATUSES = (
    ResidenceStatus.belgian,
    ResidenceStatus.eu_citizen,
    ResidenceStatus.recognised_refugee,
    ResidenceStatus.stateless,
)
# Income kinds of a child or of the IGO itself, not resources of the elderly person.
NOT_COUNTED = ("igo", "family_allowance", "child_maintenance_received", "study_allowance")


def _pension_age(parameters, period, birth_year):
    p = parameters(period).igo.pension_age
    return select(
        [birth_year >= p.third_from_birth_year, birth_year >= p.second_from_birth_year],
        [p.third, p.second],
        default=p.first,
    )


class igo_pension_age(Variable):
    value_type = int
    entity = Person
    definition_period = MONTH
    label = "Legal pension age of the person, by year of birth (65 / 66 from 1960 / 67 from 1965)"
    reference = [PENSION_AGE_LAW, SFPD]

    def formula_2001_06(person, period, parameters):
        """The legal pension age depends on the year of birth: 65 for those born up to 1959,
        66 for 1960-1964, 67 from 1965. Without a birth date, the year of birth is read from the
        age with this year's birthday passed (the later year: the higher age)."""
        return _pension_age(parameters, period, person("birth_year", period))


class igo_age_condition(Variable):
    value_type = bool
    entity = Person
    definition_period = MONTH
    label = "The person has reached the legal pension age for their year of birth"
    reference = [f"{IGO_LAW}, art. 3", PENSION_AGE_LAW, SFPD]

    def formula_2001_06(person, period):
        """The IGO starts at the legal pension age (Wet 22 maart 2001, art. 3)."""
        return person("age", period) >= person("igo_pension_age", period)


class igo_age_condition_if_birthday_to_come(Variable):
    value_type = bool
    entity = Person
    definition_period = MONTH
    label = "igo_age_condition, reading the year of birth with this year's birthday to come"
    reference = [f"{IGO_LAW}, art. 3", PENSION_AGE_LAW]

    def formula_2001_06(person, period, parameters):
        """Equal to igo_age_condition when the birth date is given; when only the age is, the two
        differ exactly when the age leaves the pension age open (a birth date is then asked)."""
        birth_year = person("birth_year_if_birthday_to_come", period)
        return person("age", period) >= _pension_age(parameters, period, birth_year)


class igo_nationality_condition(Variable):
    value_type = bool
    entity = Person
    definition_period = MONTH
    label = "Belgian, EEA citizen, refugee or stateless; or another nationality with a pension"
    reference = [
        f"{IGO_LAW}, art. 4",
        "https://www.okra.be/info-en-advies/pensioen-en-inkomen/inkomensgarantie-voor-ouderen",
        "http://www.llp-asbl.be/dernier-article/",
    ]

    def formula_2001_06(person, period):
        """A person of another nationality qualifies with a Belgian retirement or survivor's
        pension (read here as receiving a pension), if they have legal residence."""
        status = person("residence_status", period)
        admitted = isin(status.decode_to_str(), [s.name for s in IGO_STATUSES])
        legal = (status != ResidenceStatus.no_legal_residence) * (status != ResidenceStatus.unknown)
        return admitted + legal * person("receives_pension", period)


class igo_residence_condition(Variable):
    value_type = bool
    entity = Person
    definition_period = MONTH
    label = "At least 10 years of main residence in Belgium (IGO starting after 31 August 2017)"
    reference = [f"{IGO_LAW}, art. 4 (as amended in 2017)", KNOKKE]

    def formula_2017_09(person, period, parameters):
        minimum = parameters(period).igo.minimum_years_resident
        return person("years_resident_in_belgium", period) >= minimum


class igo_uninterrupted_residence_condition(Variable):
    value_type = bool
    entity = Person
    definition_period = MONTH
    label = "Of those years, at least 5 without interruption"
    reference = [f"{IGO_LAW}, art. 4 (as amended in 2017)", KNOKKE]

    def formula_2017_09(person, period, parameters):
        minimum = parameters(period).igo.minimum_uninterrupted_years_resident
        return person("uninterrupted_years_resident_in_belgium", period) >= minimum


class igo_counted_income(Variable):
    value_type = float
    entity = Person
    definition_period = MONTH
    unit = "currency-EUR"
    label = "Net monthly income of this person counted in the IGO means test"
    reference = [f"{IGO_LAW}, art. 7", AVIQ]

    def formula_2001_06(person, period, parameters):
        """Every kind of income, pensions for 90 % (to verify); not the IGO itself nor income
        that belongs to children (child benefit, maintenance for children, study allowance)."""
        share = parameters(period).igo.pension_counted_share
        total = sum(
            person(f"net_income_{kind}", period)
            for kind in INCOME_KINDS
            if kind not in NOT_COUNTED and kind != "pension"
        )
        return total + share * person("net_income_pension", period)


def _sharing_group(person, period):
    """Who shares the main residence with this person in the IGO sense, as role masks over the
    household: applicant and partner share with each other, parents with each other, and anyone
    shares with the other adults; own children and parents are not cohabitants."""
    household = person.household
    is_core = person.has_role(Household.APPLICANT) + person.has_role(Household.PARTNER)
    is_parent = person.has_role(Household.PARENT)
    is_other = person.has_role(Household.OTHER_ADULT)
    counted = household.members("igo_counted_income", period)
    members = household.members
    in_core = members.has_role(Household.APPLICANT) + members.has_role(Household.PARTNER)
    in_parents = members.has_role(Household.PARENT)
    in_others = members.has_role(Household.OTHER_ADULT)

    def total(mask):
        """The group's income and size, on each person (the projector projects the sums)."""
        return household.sum(mask * counted), household.sum(mask * 1)

    core_income, core_count = total(in_core)
    parents_income, parents_count = total(in_parents)
    others_income, others_count = total(in_others)
    # An other adult shares with the applicant's couple and the other adults.
    income = (
        is_core * (core_income + others_income)
        + is_parent * (parents_income + others_income)
        + is_other * (core_income + others_income)
    )
    count = (
        is_core * (core_count + others_count)
        + is_parent * (parents_count + others_count)
        + is_other * (core_count + others_count)
    )
    own = person("igo_counted_income", period)
    alone = count <= 1
    return where(alone, own, income), where(alone, 1, count)


class igo_sharing_persons(Variable):
    value_type = int
    entity = Person
    definition_period = MONTH
    label = "People sharing the main residence in the IGO sense, this person included"
    reference = [f"{IGO_LAW}, art. 6", SFPD]

    def formula_2001_06(person, period):
        return _sharing_group(person, period)[1]


class igo_resources_share(Variable):
    value_type = float
    entity = Person
    definition_period = MONTH
    unit = "currency-EUR"
    label = "Counted resources of everyone sharing the residence, divided by their number"
    reference = [f"{IGO_LAW}, art. 7", AVIQ]

    def formula_2001_06(person, period):
        income, count = _sharing_group(person, period)
        return income / count


class igo_maximum_amount(Variable):
    value_type = float
    entity = Person
    definition_period = MONTH
    unit = "currency-EUR"
    label = "Monthly maximum IGO: basic amount when sharing the residence, increased (x 1.5) alone"
    reference = [f"{IGO_LAW}, art. 6", WIKIFIN, SFPD]

    def formula_2001_06(person, period, parameters):
        amount = parameters(period).igo.amount
        shares = person("igo_sharing_persons", period) > 1
        return where(shares, amount.basic, amount.increased)


class igo_calculated(Variable):
    value_type = float
    entity = Person
    definition_period = MONTH
    unit = "currency-EUR"
    label = "Monthly IGO by the (simplified) means test, before the other conditions"
    reference = [f"{IGO_LAW}, art. 6-7", AVIQ]

    def formula_2001_06(person, period):
        maximum = person("igo_maximum_amount", period)
        return max_(maximum - person("igo_resources_share", period), 0)


class igo_amount(Variable):
    value_type = float
    entity = Person
    definition_period = MONTH
    unit = "currency-EUR"
    label = "Monthly IGO of this person (estimate)"
    reference = [IGO_LAW, WIKIFIN]

    def formula_2017_09(person, period):
        conditions = (
            person("igo_age_condition", period)
            * person("igo_nationality_condition", period)
            * person("igo_residence_condition", period)
        )
        return where(conditions, person("igo_calculated", period), 0)


class igo(Variable):
    value_type = bool
    entity = Person
    definition_period = MONTH
    label = "This person has a right to the IGO (or already receives it)"

    def formula_2017_09(person, period):
        return person("receives_igo", period) + (cents(person("igo_amount", period)) > 0)
