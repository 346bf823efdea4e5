"""Plain-language names for what the engine speaks about in ids: rights, life domains,
facts and their values. Django side only (the engine stays free of Django).

Every lookup falls back to a readable form of the id, so a right or fact that another
catalogue module adds shows up before its label is written here.
"""

from django.utils.functional import lazy
from django.utils.translation import gettext_lazy as _

RIGHT_NAMES = {
    "leefloon": _("Leefloon (minimum income)"),
    "equivalent_leefloon": _("Equivalent leefloon (social assistance)"),
    "tegemoetkoming_onderhoudsgeld_leefloon": _("Contribution to maintenance paid (leefloon)"),
    "verhoogde_tegemoetkoming": _("Increased reimbursement of health costs"),
    "maf_sociaal": _("Maximum health bill (social MAF)"),
    "maf_inkomen": _("Maximum health bill (income MAF)"),
    "groeipakket_basisbedrag": _("Groeipakket: basic child benefit"),
    "groeipakket_startbedrag": _("Groeipakket: birth grant (startbedrag)"),
    "groeipakket_sociale_toeslag": _("Groeipakket: social supplement"),
    "schoolbonus": _("Groeipakket: school bonus"),
    "kinderopvangtoeslag": _("Groeipakket: childcare allowance"),
    "kleutertoeslag": _("Groeipakket: toddler allowance"),
    "schooltoeslag": _("Groeipakket: school allowance"),
    "studietoelage_hoger_onderwijs": _("Study grant for higher education"),
    "kinderopvang_ocmw_tarief": _("Childcare at an income-related or OCMW rate"),
    "sociaal_tarief_energie": _("Social tariff for energy"),
    "verwarmingsfonds": _("Heating fund allowance"),
    "juridische_tweedelijnsbijstand": _("Free legal aid (pro deo lawyer)"),
    "juridische_tweedelijnsbijstand_gedeeltelijk": _("Partly free legal aid"),
    "uitpas_kansentarief": _("UiTPAS with reduced rate"),
    "huurpremie": _("Flemish rent premium"),
    "huursubsidie": _("Flemish rent subsidy"),
    "igo": _("Income guarantee for older people (IGO)"),
    "ivt": _("Income replacement allowance (IVT)"),
    "it": _("Integration allowance (IT)"),
    "sociaal_internettarief": _("Social internet tariff"),
    "af_wallonie_supplement_social": _("Walloon child benefit: social supplement"),
    "af_bruxelles_supplement_social": _("Brussels child benefit: social supplement"),
}

DOMAIN_NAMES = {
    "income": _("Income"),
    "health": _("Health"),
    "housing": _("Housing"),
    "energy": _("Energy"),
    "education": _("School and studies"),
    "family": _("Children and family"),
    "childcare": _("Childcare"),
    "legal": _("Legal aid"),
    "leisure": _("Leisure"),
    "telecom": _("Internet and phone"),
    "local": _("Local support"),
}

# Names of facts, by the last part(s) of their path in the exchange format.
FACT_NAMES = {
    "region": _("Region"),
    "municipality": _("Municipality"),
    "household_gross_taxable_income_yearly_previous_year": _(
        "Gross taxable income of the household last year (EUR per year)"
    ),
    "reference_date": _("Reference date"),
    "age": _("Age"),
    "residence_status": _("Residence status"),
    "benefits_received": _("Benefits already received"),
    "income_monthly_net": _("Net income per month, by kind"),
    "tenure": _("Housing"),
    "rent_monthly": _("Rent per month (EUR)"),
    "heating": _("Heating"),
    "social_housing_waiting_list_years": _("Years on the social housing waiting list"),
    "waiting_list_uninterrupted": _("On the waiting list without interruption"),
    "lives_in_social_housing": _("Lives in social housing"),
    "owns_a_dwelling": _("Owns a dwelling"),
    "other_real_estate": _("Owns other real estate"),
    "dwelling_declared_unfit": _("Dwelling declared unfit or uninhabitable"),
    "lease": _("Has a written lease"),
    "domiciled_at_rental_address": _("Domiciled at the rented address"),
    "landlord_is_first_degree_relative_living_at_address": _(
        "The landlord is a parent or child living at the address"
    ),
    "heating_delivery_days_ago": _("Days since the fuel delivery"),
    "existing_social_telecom_tariff_in_household": _(
        "Someone in the household already has a social telecom tariff"
    ),
    "collective_debt_settlement": _("In collective debt settlement"),
    "cannot_pay_heating_bill": _("Cannot pay the heating bill"),
    "lives_alone": _("Shares household matters with nobody under the roof"),
    "single_parent": _("Single parent"),
    "willing_to_work": _("Willing to work"),
    "health_or_equity_reasons": _("Health or equity reasons not to work (e.g. studies)"),
    "other_benefit_rights_exhausted": _("Has claimed the other benefits they may have a right to"),
    "pregnant": _("Pregnant"),
    "expected_birth_date": _("Expected birth date"),
    "emancipated_by_marriage": _("Emancipated by marriage"),
    "savings": _("Savings (EUR)"),
    "months_in_belgium": _("Months in Belgium"),
    "eu_worker_or_self_employed": _("Works or is self-employed in Belgium (EU citizen)"),
    "years_resident_in_belgium": _("Years resident in Belgium"),
    "disability_pillar1_points": _("Disability points (pillar 1)"),
    "child_maintenance_paid_monthly": _("Child maintenance paid per month (EUR)"),
    "proof_of_payment": _("Has proof of payment"),
    "unemployed_months": _("Months unemployed"),
    "leefloon_months": _("Months on the leefloon"),
    "equivalent_leefloon_months": _("Months on the equivalent leefloon"),
    "groeipakket_zorgtoeslag": _("Receives the Groeipakket care supplement"),
    "child_maintenance_owed_under_decision_or_agreement": _(
        "Child maintenance owed under a court decision or agreement"
    ),
    "maintenance_child_lives_in_belgium": _(
        "The child for whom maintenance is owed lives in Belgium"
    ),
    "birth_date": _("Birth date"),
    "collective_heating": _("Collective heating"),
    "earning_capacity_at_most_one_third": _("Earning capacity reduced to one third or less"),
    "self_reliance_points": _("Self-reliance points (disability assessment)"),
    "uninterrupted_years_resident_in_belgium": _("Years resident in Belgium without interruption"),
    "other_real_estate_cadastral_income": _("Cadastral income of other real estate (EUR)"),
    "municipality_with_higher_rent_limits": _("The municipality has higher rent limits"),
    "moved_months_ago": _("Moved how many months ago"),
    "moved_from": _("Moved from"),
    "is_room": _("Rents a room"),
    "rented_through_social_rental_agency": _("Rented through a social rental agency"),
    "refused_social_dwelling": _("Refused a social dwelling"),
    "school.level": _("School level"),
    "school.language": _("School language"),
    "school.recognised_by": _("School recognised by"),
    "school.enrolled": _("Enrolled in a school"),
    "school.enrolled_since": _("Enrolled since"),
    "school.sufficient_attendance": _("Attends school sufficiently"),
    "school.unjustified_absent_half_days": _("Unjustified absent half-days this school year"),
    "school.unjustified_absent_half_days_previous_school_year": _(
        "Unjustified absent half-days last school year"
    ),
    "childcare.licensed_by": _("Childcare licensed by"),
    "childcare.language": _("Childcare language"),
    "childcare.income_related_price": _("Childcare at an income-related price"),
    "childcare.days_per_week": _("Childcare days per week"),
    "childcare.hours_per_day": _("Childcare hours per day"),
}

VALUE_NAMES = {
    "unfit_dwelling": _("a dwelling declared unfit, uninhabitable or overcrowded"),
    "unadapted_dwelling": _("a dwelling not adapted to a member with a disability"),
    "flanders": _("Flanders"),
    "wallonia": _("Wallonia"),
    "brussels": _("Brussels"),
    "belgian": _("Belgian"),
    "eu_citizen": _("citizen of another EU country"),
    "foreigner_population_register": _("foreigner in the population register"),
    "foreigner_foreigners_register_legal_stay": _(
        "foreigner with legal stay in the foreigners' register"
    ),
    "recognised_refugee": _("recognised refugee"),
    "subsidiary_protection": _("subsidiary protection"),
    "stateless": _("stateless"),
    "no_legal_residence": _("no legal residence"),
    "private_rent": _("rents privately"),
    "social_rent": _("rents social housing"),
    "owner": _("owner"),
    "informal": _("informal housing"),
    "homeless": _("homeless"),
    "natural_gas": _("natural gas"),
    "electric": _("electricity"),
    "heating_oil_bulk": _("heating oil, delivered"),
    "heating_oil_pump": _("heating oil, from the pump"),
    "paraffin": _("paraffin"),
    "propane_bulk": _("propane, delivered"),
    "district_heating": _("district heating"),
    "wood": _("wood or pellets"),
    "other": _("other"),
    "unknown": _("unknown"),
    "kindergarten": _("kindergarten"),
    "primary": _("primary school"),
    "secondary": _("secondary school"),
    "higher": _("higher education"),
    "nl": _("Dutch"),
    "fr": _("French"),
    "de": _("German"),
    "flemish_community": _("Flemish Community"),
    "french_community": _("French Community"),
    "german_community": _("German-speaking Community"),
    # Income kinds and benefits.
    "salary": _("salary"),
    "self_employment": _("self-employment"),
    "unemployment_benefit": _("unemployment benefit"),
    "sickness_benefit": _("sickness or invalidity benefit"),
    "pension": _("pension"),
    "equivalent_leefloon": _("equivalent leefloon"),
    "family_allowance": _("child benefit"),
    "child_maintenance_received": _("child maintenance received"),
    "maintenance_received": _("maintenance received"),
    "study_allowance": _("study allowance"),
    "groeipakket": _("Groeipakket (child benefit)"),
    "hulp_aan_bejaarden": _("allowance for assistance to the elderly"),
}

STATUS_NAMES = {
    "eligible": _("probably entitled"),
    "to_assess": _("to be assessed by the OCMW"),
    "unknown": _("facts missing"),
    "not_eligible": _("not entitled"),
}

# The existing badge colours of radar.css, reused for the four statuses.
STATUS_BADGES = {
    "eligible": "in_guidance",
    "to_assess": "in_contact",
    "unknown": "signalled",
    "not_eligible": "closed",
}


def _readable(identifier: str) -> str:
    return identifier.replace("_", " ").strip().capitalize()


def _right_name(right_id: str) -> str:
    name = RIGHT_NAMES.get(right_id)
    return str(name) if name is not None else _readable(right_id)


def _domain_name(domain: str) -> str:
    name = DOMAIN_NAMES.get(domain)
    return str(name) if name is not None else _readable(domain)


def _value_name(value: str) -> str:
    name = VALUE_NAMES.get(value)
    if name is None:
        name = RIGHT_NAMES.get(value)
    return str(name) if name is not None else _readable(value).lower()


right_name = lazy(_right_name, str)
domain_name = lazy(_domain_name, str)
value_name = lazy(_value_name, str)


def fact_name(key: str) -> str:
    """The name of a fact by its path without the member: `flags.school.level` -> label."""
    parts = key.split(".")
    if parts[0] == "flags":
        parts = parts[1:]
    for start in range(len(parts)):
        name = FACT_NAMES.get(".".join(parts[start:]))
        if name is not None:
            return str(name)
    return _readable(parts[-1]) if parts else key
