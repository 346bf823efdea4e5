"""Facts about one person: inputs only (the exchange format's `members[]`).

A flag `members[].flags.<name>` feeds the variable `<name>`; a benefit id `<id>` in
`members[].benefits_received` feeds `receives_<id>`. See radar/rights/exchange.py.
"""

from openfisca_core.model_api import MONTH, Enum, Variable

from radar.rights.model.entities import Person
from radar.rights.model.vocabulary import ResidenceStatus


class age(Variable):
    value_type = int
    entity = Person
    definition_period = MONTH
    label = "Age in full years on the reference date"


class residence_status(Variable):
    value_type = Enum
    possible_values = ResidenceStatus
    default_value = ResidenceStatus.unknown
    entity = Person
    definition_period = MONTH
    label = "Nationality or residence status"


class months_in_belgium(Variable):
    value_type = int
    entity = Person
    definition_period = MONTH
    label = "Months since the person came to live in Belgium"


class eu_worker_or_self_employed(Variable):
    value_type = bool
    entity = Person
    definition_period = MONTH
    label = "EU citizen who works or is self-employed in Belgium"


class willing_to_work(Variable):
    value_type = bool
    entity = Person
    definition_period = MONTH
    label = "Is available for work (or for a work or training path)"


class health_or_equity_reasons(Variable):
    value_type = bool
    entity = Person
    definition_period = MONTH
    label = "Cannot work for health reasons or for reasons of equity (e.g. full-time studies)"


class other_benefit_rights_exhausted(Variable):
    value_type = bool
    entity = Person
    definition_period = MONTH
    label = "Has claimed every other benefit they may have a right to"


class pregnant(Variable):
    value_type = bool
    entity = Person
    definition_period = MONTH
    label = "Is pregnant"


class emancipated_by_marriage(Variable):
    value_type = bool
    entity = Person
    definition_period = MONTH
    label = "Minor emancipated by marriage"


class lives_alone(Variable):
    value_type = bool
    entity = Person
    definition_period = MONTH
    label = "Does not share household matters with anyone under the same roof"
    documentation = """
    Cohabitation for the leefloon is a fact found by the social enquiry (same roof and household
    matters mainly in common), not the official household composition.
    """


class leefloon_months(Variable):
    value_type = int
    entity = Person
    definition_period = MONTH
    label = "Full consecutive months the person has received the leefloon"


class equivalent_leefloon_months(Variable):
    value_type = int
    entity = Person
    definition_period = MONTH
    label = "Full consecutive months the person has received the equivalent leefloon"


class unemployed_months(Variable):
    value_type = int
    entity = Person
    definition_period = MONTH
    label = "Full consecutive months the person has been unemployed"


class disability_pillar1_points(Variable):
    value_type = int
    entity = Person
    definition_period = MONTH
    label = "Points in pillar 1 of the child disability assessment (Groeipakket zorgtoeslag)"


# One variable per benefit id accepted in `members[].benefits_received` (receives_<id>).


class receives_leefloon(Variable):
    value_type = bool
    entity = Person
    definition_period = MONTH
    label = "Currently receives the leefloon"


class receives_equivalent_leefloon(Variable):
    value_type = bool
    entity = Person
    definition_period = MONTH
    label = "Currently receives the equivalent leefloon"


class receives_igo(Variable):
    value_type = bool
    entity = Person
    definition_period = MONTH
    label = "Currently receives the income guarantee for the elderly (IGO)"


class receives_ivt(Variable):
    value_type = bool
    entity = Person
    definition_period = MONTH
    label = "Currently receives the income replacement allowance (IVT)"


class receives_it(Variable):
    value_type = bool
    entity = Person
    definition_period = MONTH
    label = "Currently receives the integration allowance (IT)"


class receives_unemployment_benefit(Variable):
    value_type = bool
    entity = Person
    definition_period = MONTH
    label = "Currently receives an unemployment benefit"


class receives_sickness_benefit(Variable):
    value_type = bool
    entity = Person
    definition_period = MONTH
    label = "Currently receives a sickness or invalidity benefit"


class receives_pension(Variable):
    value_type = bool
    entity = Person
    definition_period = MONTH
    label = "Currently receives a retirement or survivor's pension"


class receives_groeipakket(Variable):
    value_type = bool
    entity = Person
    definition_period = MONTH
    label = "Currently receives the Flemish child benefit (Groeipakket)"
