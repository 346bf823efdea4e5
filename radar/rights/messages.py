"""Every sentence the rights engine shows, in English, in one place.

The texts are source strings for translation: `gettext_noop` only marks them, so Django's
`makemessages` finds them, while this module stays free of Django. The engine formats a text
after translating it (`evaluate(..., translate=gettext)`), so placeholders like `{amount}`
must stay in the translation.

Add a section per right, under its id, in the order of the registry.
"""


def gettext_noop(message: str) -> str:
    return message


# Errors in the exchange format, keyed by code. Shown next to the path of the bad field.
ERRORS = {
    "invalid_json": gettext_noop("The document is not valid JSON: {detail}"),
    "not_an_object": gettext_noop("Expected an object ({{...}})."),
    "not_a_list": gettext_noop("Expected a list ([...])."),
    "required": gettext_noop("This field is required."),
    "unknown_field": gettext_noop("Unknown field. Accepted fields: {accepted}."),
    "not_a_boolean": gettext_noop("Expected true or false."),
    "not_an_integer": gettext_noop("Expected a whole number."),
    "not_a_number": gettext_noop("Expected a number."),
    "not_a_string": gettext_noop("Expected a text."),
    "too_small": gettext_noop("Must be at least {minimum}."),
    "too_large": gettext_noop("Must be at most {maximum}."),
    "not_a_date": gettext_noop("Expected a date written YYYY-MM-DD."),
    "not_a_choice": gettext_noop("Unknown value {value}. Accepted values: {accepted}."),
    "unknown_income_kind": gettext_noop("Unknown income kind. Accepted kinds: {accepted}."),
    "duplicate_id": gettext_noop("Another member already has the id {value}."),
    "no_members": gettext_noop("A household needs at least one member."),
    "one_applicant": gettext_noop("Exactly one member must have the role applicant."),
    "one_partner": gettext_noop("At most one member can have the role partner."),
    "date_before_model": gettext_noop("The rules cover dates from {start} on."),
}

# Names of the leefloon categories, used in reasons.
LEEFLOON_CATEGORIES = {
    1: gettext_noop("cohabitant"),
    2: gettext_noop("single person"),
    3: gettext_noop("living with a family in charge"),
}

REASONS = {
    # Shared by every right.
    "only_in_region": gettext_noop("This right only exists in {regions}."),
    "still_needed": gettext_noop("To tell, Radar still needs: {facts}."),
    # leefloon and equivalent_leefloon
    "leefloon.residence_ok": gettext_noop(
        "{member} has a residence status that opens the leefloon."
    ),
    "leefloon.residence_foreigners_register": gettext_noop(
        "{member} is registered in the foreigners' register: not the leefloon itself, but the "
        "equivalent leefloon (same amounts) may apply."
    ),
    "leefloon.residence_eu_first_months": gettext_noop(
        "{member} is an EU citizen who does not work or is not self-employed in Belgium: no "
        "leefloon during the first {months} months in Belgium."
    ),
    "leefloon.residence_none": gettext_noop(
        "Without legal residence there is no leefloon; the OCMW can still grant urgent medical aid."
    ),
    "equivalent_leefloon.residence_ok": gettext_noop(
        "{member} has legal stay and is registered in the foreigners' register: the OCMW grants "
        "social assistance equivalent to the leefloon."
    ),
    "equivalent_leefloon.residence_leefloon": gettext_noop(
        "{member} can claim the leefloon itself, so the equivalent leefloon does not apply."
    ),
    "leefloon.age_ok": gettext_noop("{member} is of age."),
    "leefloon.age_minor_exception": gettext_noop(
        "{member} is a minor, but pregnant, emancipated by marriage or caring for a child."
    ),
    "leefloon.age_minor": gettext_noop(
        "{member} is a minor who is not pregnant, not emancipated by marriage and has no child "
        "in charge."
    ),
    "leefloon.work_ok": gettext_noop("{member} is willing to work."),
    "leefloon.work_excused": gettext_noop(
        "{member} is not available for work: the OCMW judges whether health or equity reasons "
        "(e.g. full-time studies) excuse this."
    ),
    "leefloon.work_missing": gettext_noop(
        "{member} is not willing to work and has no health or equity reason for it."
    ),
    "leefloon.other_rights_ok": gettext_noop(
        "{member} has claimed the other benefits they may have a right to."
    ),
    "leefloon.other_rights_missing": gettext_noop(
        "{member} must first claim the other benefits they may have a right to (unemployment, "
        "sickness, pension, child benefit, maintenance). The OCMW helps with this and may waive it "
        "for reasons of equity."
    ),
    "leefloon.category": gettext_noop(
        "Category {category} ({category_name}): at most {amount} a month."
    ),
    "leefloon.resources_below": gettext_noop(
        "Counted net resources of {resources} a month leave {leefloon} a month."
    ),
    "leefloon.resources_above": gettext_noop(
        "Counted net resources of {resources} a month reach the category amount: nothing is left."
    ),
    "leefloon.first_degree_income": gettext_noop(
        "Living with the applicant and earning more than {category_1} a month: {members}. The "
        "OCMW may count part of that income, so the amount may be lower than {leefloon}."
    ),
    # verhoogde_tegemoetkoming
    "verhoogde_tegemoetkoming.household_via_benefit": gettext_noop(
        "{member} receives {benefits}: granted automatically, also for the partner and children."
    ),
    "verhoogde_tegemoetkoming.own_via_benefit": gettext_noop(
        "{member} receives {benefits}: granted automatically to them."
    ),
    "verhoogde_tegemoetkoming.leefloon_too_short": gettext_noop(
        "{member} has received the (equivalent) leefloon for {months} months; it gives the right "
        "automatically after {minimum} full consecutive months."
    ),
    "verhoogde_tegemoetkoming.no_benefit": gettext_noop(
        "Nobody in the household receives a benefit that gives the right without an income test."
    ),
    "verhoogde_tegemoetkoming.income_below": gettext_noop(
        "The household's gross taxable income of last year ({income}) is at most the ceiling of "
        "{ceiling} for {size} person(s)."
    ),
    "verhoogde_tegemoetkoming.income_above": gettext_noop(
        "The household's gross taxable income of last year ({income}) is above the ceiling of "
        "{ceiling} for {size} person(s)."
    ),
    "verhoogde_tegemoetkoming.indicator": gettext_noop(
        "Because of the household's situation (pension, sickness or invalidity, unemployment of "
        "3 months or more, or single parenthood), the health fund can test the current income "
        "instead (ceiling {ceiling} a year for {size} person(s)): ask for it."
    ),
    "verhoogde_tegemoetkoming.disability": gettext_noop(
        "{member} has at least {points} points in pillar 1 (disability): the child's own right. "
        "Whether it extends to the parents is not confirmed."
    ),
}

APPLY = {
    "leefloon": gettext_noop(
        "Ask at the OCMW (sociaal huis) of the municipality where you actually live. Bring your "
        "identity card and proof of the income and savings of everyone in the household. The OCMW "
        "holds a social enquiry and its special committee decides; appeal to the labour court."
    ),
    "equivalent_leefloon": gettext_noop(
        "Ask at the social service of the OCMW where you live. Bring your residence permit, your "
        "VDAB registration, your work permit if you have one, and proof of income."
    ),
    "verhoogde_tegemoetkoming": gettext_noop(
        "Automatic when it comes from a benefit (leefloon, IGO, IVT, IT). Otherwise ask your "
        "health fund (ziekenfonds / mutualité) with a sworn declaration and proof of the "
        "household's income. It runs until 31 December of the next year."
    ),
}
