"""Energy: the federal social tariff for gas, electricity and heat, and the Sociaal
Verwarmingsfonds (allowance for heating oil, paraffin and bulk propane, through the OCMW).

Both follow from benefits or statuses the household already has; the verwarmingsfonds reuses
the verhoogde tegemoetkoming variable for its category 1.
"""

from numpy import isin
from openfisca_core.model_api import MONTH, Variable, max_, not_

from radar.rights.model.entities import Household, Person
from radar.rights.model.money import at_most, below
from radar.rights.model.vocabulary import INCOME_KINDS, Tenure

TARIFF_LAW = "Programmawet van 27 april 2007 and ministerial decrees (to verify)"
TARIFF_SOURCE = (
    "https://economie.fgov.be/nl/themas/energie/energieprijzen/sociaal-tarief-voor-energie"
)
FUND_LAW = "Programmawet establishing the Sociaal Verwarmingsfonds (to verify)"
FUND_SOURCE = "https://www.verwarmingsfonds.be/voorwaarden/wie-heeft-recht"


# -- Sociaal tarief energie ------------------------------------------------------------------


class sociaal_tarief_energie_via_benefit(Variable):
    value_type = bool
    entity = Person
    definition_period = MONTH
    label = "Receives a benefit that makes the household a protected customer"
    reference = [TARIFF_LAW, TARIFF_SOURCE]

    def formula_2021_02(person, period, parameters):
        """Leefloon or equivalent OCMW aid, IVT, IT, help to the elderly (or the Flemish
        zorgbudget ouderen), IGO; from 1 February 2021 to 30 June 2023 also the verhoogde
        tegemoetkoming (dated parameter opening_benefits)."""
        benefits = parameters(period).sociaal_tarief_energie.opening_benefits
        return sum(person(f"receives_{benefit}", period) for benefit in benefits) > 0


class sociaal_tarief_energie_via_child_care_supplement(Variable):
    value_type = bool
    entity = Person
    definition_period = MONTH
    label = "A child with at least 4 points in pillar 1 (care supplement of the child benefit)"
    reference = [TARIFF_LAW, TARIFF_SOURCE]

    def formula_2021_02(person, period, parameters):
        points = parameters(period).sociaal_tarief_energie.child_minimum_pillar1_points
        return person.has_role(Household.CHILD) * (
            person("disability_pillar1_points", period) >= points
        )


class sociaal_tarief_energie_via_social_housing(Variable):
    value_type = bool
    entity = Household
    definition_period = MONTH
    label = "Tenant of a social dwelling whose heating the social landlord supplies collectively"
    reference = [TARIFF_LAW, "https://www.kontich.be/sociaal-tarief-gas-and-elektriciteit"]

    def formula_2021_02(household, period):
        social_tenant = (household("housing_tenure", period) == Tenure.social_rent) + household(
            "housing_lives_in_social_housing", period
        )
        return social_tenant * household("housing_collective_heating", period)


class sociaal_tarief_energie(Variable):
    value_type = bool
    entity = Household
    definition_period = MONTH
    label = "The household is a protected customer: social tariff for gas, electricity, heat"
    reference = [TARIFF_LAW, TARIFF_SOURCE]

    def formula_2021_02(household, period):
        """One member of the household (same domicile) with an opening benefit or a child with
        the care supplement is enough; or a social tenant with collective heating."""
        members = household.members
        by_member = household.any(
            members("sociaal_tarief_energie_via_benefit", period)
            + members("sociaal_tarief_energie_via_child_care_supplement", period)
        )
        return by_member + household("sociaal_tarief_energie_via_social_housing", period)


# -- Sociaal Verwarmingsfonds ----------------------------------------------------------------


class verwarmingsfonds_fuel_condition(Variable):
    value_type = bool
    entity = Household
    definition_period = MONTH
    label = "The household heats with a fuel the fund pays for"
    reference = [FUND_LAW, "https://www.peer.be/stookolie"]

    def formula_2024_01(household, period, parameters):
        """Heating oil (bulk or pump), heating paraffin at the pump, bulk propane. Not natural
        gas from the grid, electricity, propane or butane bottles, pellets or wood."""
        fuels = parameters(period).verwarmingsfonds.fuels
        return isin(household("housing_heating", period).decode_to_str(), list(fuels))


class verwarmingsfonds_delivery_condition(Variable):
    value_type = bool
    entity = Household
    definition_period = MONTH
    label = "The delivery was at most 60 days ago (the request must reach the OCMW within 60 days)"
    reference = [FUND_LAW, "https://verwarmingsfonds.be/index.php/wat-moet-u-doen"]

    def formula_2024_01(household, period, parameters):
        days = parameters(period).verwarmingsfonds.application_days
        return household("heating_delivery_days_ago", period) <= days


class verwarmingsfonds_is_dependant(Variable):
    value_type = bool
    entity = Person
    definition_period = MONTH
    label = "Household member other than the applicant with a yearly net income below the limit"
    reference = [FUND_LAW, "https://cpasconnect.be/actualites/actualite/720858527752530596"]

    def formula_2024_05(person, period, parameters):
        """Yearly net income (12 x monthly), without family allowance and maintenance for the
        children, below the dependant limit."""
        fund = parameters(period).verwarmingsfonds
        excluded = fund.dependant_excluded_income_kinds
        monthly = sum(
            person(f"net_income_{kind}", period) for kind in INCOME_KINDS if kind not in excluded
        )
        return not_(person.has_role(Household.APPLICANT)) * (
            below(12 * monthly, fund.dependant_income_limit)
        )


class verwarmingsfonds_dependants(Variable):
    value_type = int
    entity = Household
    definition_period = MONTH
    label = "Number of dependants for the verwarmingsfonds income ceiling"
    reference = [FUND_LAW]

    def formula_2024_05(household, period):
        return household.sum(household.members("verwarmingsfonds_is_dependant", period))


class verwarmingsfonds_income_ceiling(Variable):
    value_type = float
    entity = Household
    definition_period = MONTH
    unit = "currency-EUR"
    label = "Yearly gross taxable income ceiling: base plus an amount per dependant"
    reference = [FUND_LAW, FUND_SOURCE]

    def formula_2022_01(household, period, parameters):
        fund = parameters(period).verwarmingsfonds
        dependants = household("verwarmingsfonds_dependants", period)
        return fund.income_ceiling_base + fund.income_ceiling_per_dependant * dependants


class verwarmingsfonds_counted_income(Variable):
    value_type = float
    entity = Household
    definition_period = MONTH
    unit = "currency-EUR"
    label = "Income for category 2: gross taxable income plus 3 x the KI of other real estate"
    reference = [FUND_LAW, "https://www.mi-is.be/nl/faq/welke-huishoudens-behoren-tot-categorie-2"]

    def formula_2022_01(household, period, parameters):
        factor = parameters(period).verwarmingsfonds.real_estate_cadastral_income_factor
        income = household("household_gross_taxable_income", period.this_year.offset(-1))
        return income + factor * household("housing_other_real_estate_cadastral_income", period)


class verwarmingsfonds_low_income(Variable):
    value_type = bool
    entity = Household
    definition_period = MONTH
    label = "Category 2: counted income at most the ceiling"
    reference = [FUND_LAW, FUND_SOURCE]

    def formula_2022_01(household, period):
        return at_most(
            household("verwarmingsfonds_counted_income", period),
            household("verwarmingsfonds_income_ceiling", period),
        )


class verwarmingsfonds_vt_without_income_test(Variable):
    value_type = bool
    entity = Household
    definition_period = MONTH
    label = "Category 1 without income test: a single applicant with VT, or VT for every member"
    reference = [FUND_LAW, FUND_SOURCE]

    def formula_2022_01(household, period):
        """No income test when the applicant lives without partner or other adults (children
        allowed) and has the verhoogde tegemoetkoming, or when every member has it."""
        vt = household.members("verhoogde_tegemoetkoming", period)
        single = (
            household.nb_persons(Household.PARTNER)
            + household.nb_persons(Household.PARENT)
            + household.nb_persons(Household.OTHER_ADULT)
        ) == 0
        applicant_vt = household.any(vt, role=Household.APPLICANT)
        return single * applicant_vt + household.all(vt)


class verwarmingsfonds_vt_category(Variable):
    value_type = bool
    entity = Household
    definition_period = MONTH
    label = "Category 1: verhoogde tegemoetkoming and income at most the ceiling (or exempt)"
    reference = [FUND_LAW, FUND_SOURCE]

    def formula_2022_01(household, period):
        """A member has the verhoogde tegemoetkoming and the household's gross taxable income is
        at most the ceiling, unless no income test applies
        (verwarmingsfonds_vt_without_income_test)."""
        any_vt = household.any(household.members("verhoogde_tegemoetkoming", period))
        income = household("household_gross_taxable_income", period.this_year.offset(-1))
        below = at_most(income, household("verwarmingsfonds_income_ceiling", period))
        return any_vt * (below + household("verwarmingsfonds_vt_without_income_test", period))


class verwarmingsfonds_debt_category(Variable):
    value_type = bool
    entity = Household
    definition_period = MONTH
    label = "Category 3: debt mediation or collective debt settlement, and cannot pay the bill"
    reference = [
        FUND_LAW,
        "https://www.mi-is.be/nl/faq/wie-behoort-tot-de-derde-categorie-van-gerechtigden",
    ]

    def formula_2022_01(household, period):
        """The OCMW must also confirm the state of need (left to the OCMW)."""
        return household("collective_debt_settlement", period) * household(
            "cannot_pay_heating_bill", period
        )


class verwarmingsfonds(Variable):
    value_type = bool
    entity = Household
    definition_period = MONTH
    label = "The household can get the heating allowance for its last delivery"
    reference = [FUND_LAW, FUND_SOURCE]

    def formula_2024_05(household, period):
        category = (
            household("verwarmingsfonds_vt_category", period)
            + household("verwarmingsfonds_low_income", period)
            + household("verwarmingsfonds_debt_category", period)
        )
        return (
            household("verwarmingsfonds_fuel_condition", period)
            * household("verwarmingsfonds_delivery_condition", period)
            * category
        )


class verwarmingsfonds_maximum_allowance(Variable):
    value_type = float
    entity = Household
    definition_period = MONTH
    unit = "currency-EUR"
    label = "Maximum allowance per heating period: flat amount at the pump, else bulk maximum"
    reference = [FUND_LAW, "https://www.verwarmingsfonds.be/index.php/hoeveel-bedraagt-de-toelage"]

    def formula_2024_01(household, period, parameters):
        fund = parameters(period).verwarmingsfonds
        heating = household("housing_heating", period).decode_to_str()
        at_pump = isin(heating, ["heating_oil_pump", "paraffin"])
        return max_(at_pump * fund.pump_allowance, (1 - at_pump) * fund.bulk_maximum_allowance)
