"""Maximumfactuur (MAF / MàF): a yearly ceiling on the household's personal shares in health
costs; above it the health fund refunds automatically.

Social MAF: households with the verhoogde tegemoetkoming (the VT variable is reused, not
recomputed). Income MAF: every household, ceiling by net taxable income bracket. GVU-wet 14 juli
1994, art. 37sexies e.v. (article numbers to verify).
"""

import numpy
from openfisca_core.model_api import MONTH, Variable

from radar.rights.model.entities import Household
from radar.rights.model.money import cents

MAF_LAW = "GVU-wet 14 juli 1994, art. 37sexies e.v. (to verify)"
MAF_SOURCE = (
    "https://mc.be/en-marche/vos-droits/soins-de-sante/le-maf-un-plafond-aux-frais-medicaux"
)


class maf_sociaal(Variable):
    value_type = bool
    entity = Household
    definition_period = MONTH
    label = "A member has the verhoogde tegemoetkoming, so the social MAF applies"
    reference = [MAF_LAW, MAF_SOURCE]

    def formula_2024_01(household, period):
        """The social MAF applies to the household of a person with the verhoogde
        tegemoetkoming."""
        return household.any(household.members("verhoogde_tegemoetkoming", period))


class maf_sociaal_ceiling(Variable):
    value_type = float
    entity = Household
    definition_period = MONTH
    unit = "currency-EUR"
    label = "Yearly ceiling of personal shares under the social MAF"
    reference = [MAF_LAW, MAF_SOURCE]

    def formula_2024_01(household, period, parameters):
        return household.empty_array() + parameters(period).maf_sociaal.ceiling


class maf_inkomen_bracket(Variable):
    value_type = int
    entity = Household
    definition_period = MONTH
    label = "Income MAF bracket of the household (1 = lowest income)"
    reference = [MAF_LAW, MAF_SOURCE]

    def formula_2024_01(household, period, parameters):
        """The bracket whose upper limit (inclusive) is the first at or above the household's
        reference income. The MAF uses the net taxable income of an earlier year; Radar has one
        reference income (last year's gross taxable income) and uses it for every income test."""
        limits = cents(parameters(period).maf_inkomen.income_limits)
        income = household("household_gross_taxable_income", period.this_year.offset(-1))
        return numpy.searchsorted(limits, cents(income), side="left") + 1


class maf_inkomen_ceiling(Variable):
    value_type = float
    entity = Household
    definition_period = MONTH
    unit = "currency-EUR"
    label = "Yearly ceiling of personal shares under the income MAF"
    reference = [MAF_LAW, MAF_SOURCE]

    def formula_2024_01(household, period, parameters):
        ceilings = numpy.array(parameters(period).maf_inkomen.ceilings, dtype=numpy.float64)
        return ceilings[household("maf_inkomen_bracket", period) - 1]
