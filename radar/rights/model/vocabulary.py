"""Words shared by the variables and the engine: enumerations and the income kinds.

They live outside `variables/` because OpenFisca loads every file there under its own
module name: an Enum defined in one variables file and imported by another would be two
different classes.
"""

from openfisca_core.indexed_enums import Enum


class Region(Enum):
    unknown = "Unknown"
    flanders = "Flanders"
    wallonia = "Wallonia"
    brussels = "Brussels-Capital"


class ResidenceStatus(Enum):
    unknown = "Unknown"
    belgian = "Belgian"
    eu_citizen = "Citizen of another EU member state"
    foreigner_population_register = "Foreigner registered in the population register"
    foreigner_foreigners_register_legal_stay = (
        "Foreigner with legal stay registered in the foreigners' register"
    )
    recognised_refugee = "Recognised refugee"
    subsidiary_protection = "Subsidiary protection"
    stateless = "Stateless person"
    no_legal_residence = "No legal residence"


class Tenure(Enum):
    unknown = "Unknown"
    private_rent = "Private rent"
    social_rent = "Social rent"
    owner = "Owner"
    informal = "Informal housing"
    homeless = "Homeless"


class Heating(Enum):
    unknown = "Unknown"
    natural_gas = "Natural gas"
    electric = "Electricity"
    heating_oil_bulk = "Heating oil delivered in bulk"
    heating_oil_pump = "Heating oil bought at the pump"
    paraffin = "Paraffin"
    propane_bulk = "Propane delivered in bulk"
    district_heating = "District heating"
    wood = "Wood or pellets"
    other = "Other"


class PreviousHousing(Enum):
    """Where a household lived before moving (`housing.moved_from`; huursubsidie)."""

    unknown = "Unknown"
    unfit_dwelling = "A dwelling declared unfit, uninhabitable or overcrowded, or inadequate"
    unadapted_dwelling = "A dwelling not adapted to a member with a disability"
    homeless = "Homeless"
    other = "Another dwelling"


# Kinds accepted in `members[].income_monthly_net`; each feeds the variable `net_income_<kind>`
# (variables/income.py). Add a kind here and there together.
INCOME_KINDS = (
    "salary",
    "self_employment",
    "unemployment_benefit",
    "sickness_benefit",
    "pension",
    "leefloon",
    "equivalent_leefloon",
    "igo",
    "ivt",
    "it",
    "family_allowance",
    "child_maintenance_received",
    "maintenance_received",
    "study_allowance",
    "other",
)


# -- School and childcare (`members[].flags.school`, `flags.childcare`; variables/family.py) -----


class SchoolLevel(Enum):
    unknown = "Unknown"
    kindergarten = "Kindergarten (kleuteronderwijs)"
    primary = "Primary school"
    secondary = "Secondary school"
    higher = "Higher education"


class Language(Enum):
    unknown = "Unknown"
    nl = "Dutch"
    fr = "French"
    de = "German"


class Community(Enum):
    unknown = "Unknown"
    flemish_community = "Flemish Community"
    french_community = "French Community"
    german_community = "German-speaking Community"
