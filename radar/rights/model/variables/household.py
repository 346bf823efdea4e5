"""Facts about the whole household: inputs only (the exchange format's top level and `housing`)."""

from openfisca_core.model_api import MONTH, YEAR, Enum, Variable

from radar.rights.model.entities import Household
from radar.rights.model.vocabulary import Heating, PreviousHousing, Region, Tenure


class region(Variable):
    value_type = Enum
    possible_values = Region
    default_value = Region.unknown
    entity = Household
    definition_period = MONTH
    label = "Region where the household has its main residence"


class household_gross_taxable_income(Variable):
    value_type = float
    entity = Household
    definition_period = YEAR
    label = "Gross taxable income of the household over a calendar year, in EUR"
    documentation = """
    Radar receives one reference income (the previous calendar year) and uses it for every
    income test, although programmes really use different years (RULES-RESEARCH §21).
    """


class housing_tenure(Variable):
    value_type = Enum
    possible_values = Tenure
    default_value = Tenure.unknown
    entity = Household
    definition_period = MONTH
    label = "How the household is housed"


class housing_rent_monthly(Variable):
    value_type = float
    entity = Household
    definition_period = MONTH
    label = "Monthly rent without charges, in EUR"


class housing_heating(Variable):
    value_type = Enum
    possible_values = Heating
    default_value = Heating.unknown
    entity = Household
    definition_period = MONTH
    label = "Main heating fuel"


# -- Housing facts for the Flemish rent allowances (huurpremie, huursubsidie) -------------------
# `housing.<name>` feeds `housing_<name>`; see variables/housing_allowances.py.


class housing_social_housing_waiting_list_years(Variable):
    value_type = float
    entity = Household
    definition_period = MONTH
    label = "Years the household has been registered as a candidate for a social dwelling"


class housing_waiting_list_uninterrupted(Variable):
    value_type = bool
    entity = Household
    definition_period = MONTH
    label = "The registration on the social-housing waiting list was never interrupted"


class housing_lives_in_social_housing(Variable):
    value_type = bool
    entity = Household
    definition_period = MONTH
    label = "The household rents a social dwelling (from a woonmaatschappij)"


class housing_owns_a_dwelling(Variable):
    value_type = bool
    entity = Household
    definition_period = MONTH
    label = "A member owns (or has the usufruct of) a dwelling or building plot"


class housing_other_real_estate(Variable):
    value_type = bool
    entity = Household
    definition_period = MONTH
    label = "A member owns taxable real estate other than the family home"


class housing_dwelling_declared_unfit(Variable):
    value_type = bool
    entity = Household
    definition_period = MONTH
    label = "The dwelling was declared unfit, uninhabitable or overcrowded"


class housing_lease(Variable):
    value_type = bool
    entity = Household
    definition_period = MONTH
    label = "The household has a (written) lease for its dwelling"


class housing_domiciled_at_rental_address(Variable):
    value_type = bool
    entity = Household
    definition_period = MONTH
    label = "The household is domiciled at the address it rents"


class housing_landlord_is_first_degree_relative_living_at_address(Variable):
    value_type = bool
    entity = Household
    definition_period = MONTH
    label = "The landlord is a parent or child of a member and lives at the same address"


class housing_is_room(Variable):
    value_type = bool
    entity = Household
    definition_period = MONTH
    label = "The rented dwelling is a room (kamer), not an independent dwelling"


class housing_municipality_with_higher_rent_limits(Variable):
    value_type = bool
    entity = Household
    definition_period = MONTH
    label = "The municipality is one where higher maximum rents and premiums apply"


class housing_refused_social_dwelling(Variable):
    value_type = bool
    entity = Household
    definition_period = MONTH
    label = "The household refused a social dwelling that was offered"


class housing_moved_months_ago(Variable):
    value_type = int
    entity = Household
    definition_period = MONTH
    label = "Full months since the household moved into its current rented dwelling"


class housing_moved_from(Variable):
    value_type = Enum
    possible_values = PreviousHousing
    default_value = PreviousHousing.unknown
    entity = Household
    definition_period = MONTH
    label = "Where the household lived before its last move"


class housing_rented_through_social_rental_agency(Variable):
    value_type = bool
    entity = Household
    definition_period = MONTH
    label = "The dwelling is rented through a social rental agency (SVK / woonmaatschappij)"


# -- Situation and housing facts for the energy, legal-aid and telecom rights -------------------
# `situation.<name>` feeds `<name>`; see variables/energy.py, legal_aid.py, telecom.py.


class heating_delivery_days_ago(Variable):
    value_type = int
    entity = Household
    definition_period = MONTH
    label = "Days since the last delivery (or pump purchase) of heating fuel"


class existing_social_telecom_tariff_in_household(Variable):
    value_type = bool
    entity = Household
    definition_period = MONTH
    label = "Someone in the household already has the old or new social telecom tariff"


class collective_debt_settlement(Variable):
    value_type = bool
    entity = Household
    definition_period = MONTH
    label = "A member is in collective debt settlement or debt mediation"


class cannot_pay_heating_bill(Variable):
    value_type = bool
    entity = Household
    definition_period = MONTH
    label = "The household cannot pay its heating bill"


class housing_other_real_estate_cadastral_income(Variable):
    value_type = float
    entity = Household
    definition_period = MONTH
    unit = "currency-EUR"
    label = "Non-indexed cadastral income (KI) of real estate other than the family home, per year"


class housing_collective_heating(Variable):
    value_type = bool
    entity = Household
    definition_period = MONTH
    label = "Heating is supplied collectively for the building (no individual energy contract)"
