"""Facts about the whole household: inputs only (the exchange format's top level and `housing`)."""

from openfisca_core.model_api import MONTH, YEAR, Enum, Variable

from radar.rights.model.entities import Household
from radar.rights.model.vocabulary import Heating, Region, Tenure


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
