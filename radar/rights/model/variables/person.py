"""Facts about one person: inputs only (the exchange format's `members[]`).

A flag `members[].flags.<name>` feeds the variable `<name>`; a benefit id `<id>` in
`members[].benefits_received` feeds `receives_<id>`. See radar/rights/exchange.py.
"""

import datetime

from openfisca_core.model_api import MONTH, Enum, Variable

from radar.rights.model.entities import Person
from radar.rights.model.vocabulary import Community, Language, ResidenceStatus, SchoolLevel


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


class single_parent(Variable):
    value_type = bool
    entity = Person
    definition_period = MONTH
    label = "Raises the children alone (a single-parent family)"


class savings(Variable):
    value_type = float
    entity = Person
    definition_period = MONTH
    unit = "currency-EUR"
    label = "Savings and other movable capital (EUR)"


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


# -- Facts for the IGO, IVT and IT (variables/elderly_and_disability.py) -----------------------


class years_resident_in_belgium(Variable):
    value_type = int
    entity = Person
    definition_period = MONTH
    label = "Years the person has had their main residence in Belgium (in total)"


class uninterrupted_years_resident_in_belgium(Variable):
    value_type = int
    entity = Person
    definition_period = MONTH
    label = "Years of uninterrupted main residence in Belgium (the longest period)"


class earning_capacity_at_most_one_third(Variable):
    value_type = bool
    entity = Person
    definition_period = MONTH
    label = "A disability reduced the earning capacity to one third or less (IVT medical criterion)"


class self_reliance_points(Variable):
    value_type = int
    entity = Person
    definition_period = MONTH
    label = "Points of reduced self-reliance (0-18) of DG Persons with disabilities (IT criterion)"


# -- Facts for the contribution to maintenance paid and the social tariffs -----------------------
# (variables/maintenance_contribution.py, energy.py, telecom.py)


class child_maintenance_paid_monthly(Variable):
    value_type = float
    entity = Person
    definition_period = MONTH
    unit = "currency-EUR"
    label = "Maintenance this person pays for their children, per month, in EUR"


class proof_of_payment(Variable):
    value_type = bool
    entity = Person
    definition_period = MONTH
    label = "Can prove that the maintenance for the children was paid in full"


class child_maintenance_owed_under_decision_or_agreement(Variable):
    value_type = bool
    entity = Person
    definition_period = MONTH
    label = "The maintenance paid is owed under a judgment, a notarial deed or an agreement"


class maintenance_child_lives_in_belgium(Variable):
    value_type = bool
    entity = Person
    definition_period = MONTH
    label = "The child for whom maintenance is paid lives in Belgium"


class receives_hulp_aan_bejaarden(Variable):
    value_type = bool
    entity = Person
    definition_period = MONTH
    label = "Receives the allowance for help to the elderly (or the Flemish zorgbudget ouderen)"


class receives_verhoogde_tegemoetkoming(Variable):
    value_type = bool
    entity = Person
    definition_period = MONTH
    label = "Already has the verhoogde tegemoetkoming (as declared, not computed)"


# -- Birth date, school and childcare (variables/family.py) --------------------------------------
# `flags.school.<x>` feeds `school_<x>`, `flags.childcare.<x>` feeds `childcare_<x>`.

UNKNOWN_DATE = datetime.date(1, 1, 1)  # default of the date inputs: "not given"


class expected_birth_date(Variable):
    value_type = datetime.date
    default_value = UNKNOWN_DATE
    entity = Person
    definition_period = MONTH
    label = "Expected date of birth of the child she is expecting (0001-01-01 when not given)"


class birth_date(Variable):
    value_type = datetime.date
    default_value = UNKNOWN_DATE
    entity = Person
    definition_period = MONTH
    label = "Date of birth (0001-01-01 when not given; `age` is then the only clue)"


class school_level(Variable):
    value_type = Enum
    possible_values = SchoolLevel
    default_value = SchoolLevel.unknown
    entity = Person
    definition_period = MONTH
    label = "Level of education the person is enrolled in"


class school_language(Variable):
    value_type = Enum
    possible_values = Language
    default_value = Language.unknown
    entity = Person
    definition_period = MONTH
    label = "Language of the school or institution"


class school_recognised_by(Variable):
    value_type = Enum
    possible_values = Community
    default_value = Community.unknown
    entity = Person
    definition_period = MONTH
    label = "Community that recognises, funds or subsidises the school or institution"


class school_enrolled(Variable):
    value_type = bool
    entity = Person
    definition_period = MONTH
    label = "Is enrolled in a school or institution"


class school_enrolled_since(Variable):
    value_type = datetime.date
    default_value = UNKNOWN_DATE
    entity = Person
    definition_period = MONTH
    label = "Date of enrolment in the current school (0001-01-01 when not given)"


class school_sufficient_attendance(Variable):
    value_type = bool
    entity = Person
    definition_period = MONTH
    label = "Attended school enough (kindergarten: the required number of half-days)"


class school_unjustified_absent_half_days(Variable):
    value_type = int
    entity = Person
    definition_period = MONTH
    label = "Unjustified absent half-days in the current (or last evaluated) school year"


class school_unjustified_absent_half_days_previous_school_year(Variable):
    value_type = int
    entity = Person
    definition_period = MONTH
    label = "Unjustified absent half-days in the school year before"


class childcare_licensed_by(Variable):
    value_type = str
    entity = Person
    definition_period = MONTH
    label = "Authority that licensed the childcare (e.g. opgroeien, formerly Kind en Gezin)"


class childcare_language(Variable):
    value_type = Enum
    possible_values = Language
    default_value = Language.unknown
    entity = Person
    definition_period = MONTH
    label = "Language of the childcare"


class childcare_income_related_price(Variable):
    value_type = bool
    entity = Person
    definition_period = MONTH
    label = "The childcare charges a price related to the family's income (inkomenstarief)"


class childcare_days_per_week(Variable):
    value_type = float
    entity = Person
    definition_period = MONTH
    label = "Days a week the child goes to childcare (0: no childcare)"


class childcare_hours_per_day(Variable):
    value_type = float
    entity = Person
    definition_period = MONTH
    label = "Hours a day the child stays in childcare"
