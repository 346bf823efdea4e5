"""Net monthly income by kind: inputs from `members[].income_monthly_net` (kind -> EUR).

A kind present in the exchange format feeds `net_income_<kind>`. When `income_monthly_net`
is given, a kind it does not list is zero; when it is absent, the person's income is unknown
(tracked by the engine, not here). Which kinds a right counts is a dated parameter, e.g.
parameters/leefloon/exempted_income_kinds.yaml.
"""

from openfisca_core.model_api import MONTH, Variable

from radar.rights.model.entities import Person


class net_income_salary(Variable):
    value_type = float
    entity = Person
    definition_period = MONTH
    label = "Net salary, net per month, in EUR"


class net_income_self_employment(Variable):
    value_type = float
    entity = Person
    definition_period = MONTH
    label = "Net income from self-employment, net per month, in EUR"


class net_income_unemployment_benefit(Variable):
    value_type = float
    entity = Person
    definition_period = MONTH
    label = "Unemployment benefit, net per month, in EUR"


class net_income_sickness_benefit(Variable):
    value_type = float
    entity = Person
    definition_period = MONTH
    label = "Sickness or invalidity benefit, net per month, in EUR"


class net_income_pension(Variable):
    value_type = float
    entity = Person
    definition_period = MONTH
    label = "Retirement or survivor's pension, net per month, in EUR"


class net_income_leefloon(Variable):
    value_type = float
    entity = Person
    definition_period = MONTH
    label = "Leefloon, net per month, in EUR"


class net_income_equivalent_leefloon(Variable):
    value_type = float
    entity = Person
    definition_period = MONTH
    label = "Equivalent leefloon, net per month, in EUR"


class net_income_igo(Variable):
    value_type = float
    entity = Person
    definition_period = MONTH
    label = "Income guarantee for the elderly (IGO), net per month, in EUR"


class net_income_ivt(Variable):
    value_type = float
    entity = Person
    definition_period = MONTH
    label = "Income replacement allowance (IVT), net per month, in EUR"


class net_income_it(Variable):
    value_type = float
    entity = Person
    definition_period = MONTH
    label = "Integration allowance (IT), net per month, in EUR"


class net_income_family_allowance(Variable):
    value_type = float
    entity = Person
    definition_period = MONTH
    label = "Child benefit (Groeipakket or other family allowance), net per month, in EUR"


class net_income_child_maintenance_received(Variable):
    value_type = float
    entity = Person
    definition_period = MONTH
    label = "Maintenance received for the children, net per month, in EUR"


class net_income_maintenance_received(Variable):
    value_type = float
    entity = Person
    definition_period = MONTH
    label = "Maintenance received for oneself, net per month, in EUR"


class net_income_study_allowance(Variable):
    value_type = float
    entity = Person
    definition_period = MONTH
    label = "Study allowance, net per month, in EUR"


class net_income_other(Variable):
    value_type = float
    entity = Person
    definition_period = MONTH
    label = "Any other income, net per month, in EUR"
