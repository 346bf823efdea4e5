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
    "not_utf8": gettext_noop(
        "The document is not UTF-8 text (byte {position} is not); save it as UTF-8."
    ),
    "too_deep": gettext_noop("The document is nested too deeply (more than {depth} levels)."),
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
    "verhoogde_tegemoetkoming.household_already": gettext_noop(
        "{member} already has the verhoogde tegemoetkoming; it also covers the partner and "
        "children."
    ),
    "verhoogde_tegemoetkoming.own_already": gettext_noop(
        "{member} already has the verhoogde tegemoetkoming."
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
    # huurpremie and huursubsidie (Flemish rent allowances); "rent.*" is shared by both
    "rent.landlord": gettext_noop(
        "The landlord is a parent or child who lives at the same address: no rent allowance."
    ),
    "rent.owner": gettext_noop(
        "A member owns a dwelling: candidates for social housing, and so for the rent "
        "allowances, may not own one."
    ),
    "rent.income_below": gettext_noop(
        "The household's taxable income ({income}) is at most the social-housing income limit "
        "of {limit} ({dependants} dependant(s))."
    ),
    "rent.income_above": gettext_noop(
        "The household's taxable income ({income}) is above the social-housing income limit "
        "of {limit} ({dependants} dependant(s))."
    ),
    "rent.rent_below": gettext_noop(
        "The rent of {rent} a month is at most the maximum rent of {maximum}."
    ),
    "rent.rent_above": gettext_noop(
        "The rent of {rent} a month is above the maximum rent of {maximum}."
    ),
    "huurpremie.not_private_tenant": gettext_noop(
        "The huurpremie is for households that rent a private dwelling."
    ),
    "huurpremie.social_tenant": gettext_noop(
        "The household already rents a social dwelling: no huurpremie."
    ),
    "huurpremie.no_lease": gettext_noop(
        "The huurpremie needs a lease for the dwelling and a domicile at that address."
    ),
    "huurpremie.unfit": gettext_noop(
        "The dwelling was declared unfit, uninhabitable or overcrowded: no huurpremie."
    ),
    "huurpremie.waiting_list_ok": gettext_noop(
        "Registered for {years} years without interruption on the waiting list for a social "
        "dwelling (at least {minimum})."
    ),
    "huurpremie.waiting_list_short": gettext_noop(
        "Registered for {years} years on the waiting list for a social dwelling; the huurpremie "
        "starts after {minimum} years."
    ),
    "huurpremie.waiting_list_interrupted": gettext_noop(
        "The registration on the waiting list was interrupted; the years count again from the "
        "new registration (after a move, re-register within 3 months)."
    ),
    "huurpremie.refused": gettext_noop(
        "The household refused a social dwelling that was offered: no huurpremie."
    ),
    "huurpremie.amount": gettext_noop(
        "Premium: {share} % of the maximum rent minus 1/{divisor} of the yearly income, about "
        "{amount} a month (at most {maximum}), granted for a year."
    ),
    "huurpremie.amount_zero": gettext_noop(
        "With this income the own contribution (1/{divisor} of the yearly income) reaches the "
        "reference rent: no premium is left."
    ),
    "huursubsidie.not_private_tenant": gettext_noop(
        "The huursubsidie is for households that rent a private dwelling or a dwelling of a "
        "social rental agency."
    ),
    "huursubsidie.social_tenant": gettext_noop(
        "The household rents a social dwelling: no huursubsidie."
    ),
    "huursubsidie.no_lease": gettext_noop(
        "The huursubsidie needs a lease for the new dwelling and a domicile at that address."
    ),
    "huursubsidie.unfit": gettext_noop(
        "The new dwelling was declared unfit, uninhabitable or overcrowded: no huursubsidie."
    ),
    "huursubsidie.social_rental_agency": gettext_noop(
        "The dwelling is rented through a social rental agency."
    ),
    "huursubsidie.move_ok": gettext_noop(
        "The household moved out of an unfit or unadapted dwelling or out of homelessness, or "
        "into a dwelling of a social rental agency."
    ),
    "huursubsidie.move_other": gettext_noop(
        "The huursubsidie follows a move out of an unfit or unadapted dwelling or out of "
        "homelessness, or into a dwelling of a social rental agency; this move was none of those."
    ),
    "huursubsidie.in_time": gettext_noop(
        "The move was {months} month(s) ago: ask within {limit} months after the move."
    ),
    "huursubsidie.too_late": gettext_noop(
        "The move was {months} months ago: the huursubsidie must be asked within {limit} months."
    ),
    "huursubsidie.amount_unknown": gettext_noop(
        "Wonen in Vlaanderen computes the amount from the income and the rent; Radar does not "
        "give it."
    ),
    "leefloon.partner_own": gettext_noop(
        "{member}, the partner, has a category 1 right of their own: {amount} a month, "
        "included in the amount."
    ),
    "leefloon.partner_status": gettext_noop(
        "{member}, the partner, may have a category 1 right of their own: record their "
        "residence status."
    ),
    "leefloon.also_excused": gettext_noop(
        "Also possible if {member} has health or equity reasons not to work (e.g. studies): "
        "the OCMW then decides."
    ),
    "leefloon.savings_counted": gettext_noop(
        "{member} has {savings} in savings: above {exempt} they count as a yearly return, "
        "{counted} a month (to verify)."
    ),
    "leefloon.savings_not_recorded": gettext_noop(
        "Savings are not recorded: the OCMW counts savings above {exempt} as a resource, so the "
        "amount may be lower."
    ),
    "leefloon.spi_not_assessed": gettext_noop(
        "Not assessed: if {members} started work or a training, the OCMW exempts part of that "
        "income for a while (socio-professional integration), so the amount can be higher."
    ),
    # igo
    "igo.already": gettext_noop("{member} already receives the IGO."),
    "igo.age_ok": gettext_noop("{member} is {age}, at least the legal pension age ({minimum})."),
    "igo.age_none": gettext_noop(
        "Nobody in the household (applicant, partner or a parent living in) has reached the legal "
        "pension age ({minimum}) at which the IGO starts."
    ),
    "igo.nationality_ok": gettext_noop("{member} has a nationality or status that opens the IGO."),
    "igo.nationality_pension": gettext_noop(
        "{member} is not Belgian, a citizen of the EEA, a refugee or stateless, but receives a "
        "pension: the IGO is open with a Belgian retirement or survivor's pension."
    ),
    "igo.nationality_no": gettext_noop(
        "{member} is not Belgian, a citizen of the EEA, a refugee or stateless, and has no Belgian "
        "pension: no IGO."
    ),
    "igo.no_legal_residence": gettext_noop("{member} has no legal residence in Belgium: no IGO."),
    "igo.residence_ok": gettext_noop(
        "{member} has lived in Belgium for {years} years (at least {minimum}, of which "
        "{uninterrupted} without interruption; the Pension Service checks this)."
    ),
    "igo.residence_short": gettext_noop(
        "{member} has lived in Belgium for {years} years; the IGO needs {minimum}."
    ),
    "igo.residence_interrupted": gettext_noop(
        "{member} has lived in Belgium for {years} years without interruption; the IGO needs "
        "{uninterrupted}."
    ),
    "igo.alone": gettext_noop(
        "{member} does not share the main residence with a partner or another adult (children "
        "and parents do not count): increased amount, at most {maximum} a month."
    ),
    "igo.shared": gettext_noop(
        "{member} shares the main residence with {others}: basic amount, at most {maximum} a "
        "month, and the resources of everyone sharing are added and divided among them."
    ),
    "igo.resources_below": gettext_noop(
        "Counted resources of {resources} a month for {member} (pensions for {pension_share} "
        "%) leave about {amount} a month. The Pension Service also counts savings and "
        "property."
    ),
    "igo.resources_above": gettext_noop(
        "Counted resources of {resources} a month for {member} (pensions for {pension_share} "
        "%) reach the IGO amount of {maximum}."
    ),
    # ivt and it (allowances for persons with a disability)
    "ivt.already": gettext_noop("{member} already receives the IVT."),
    "it.already": gettext_noop("{member} already receives the IT."),
    "disability.age_none": gettext_noop(
        "Nobody in the household is between {minimum} and {maximum} years old: the allowance "
        "must be asked before the {limit}th birthday (from {limit} on: the allowance for the "
        "elderly)."
    ),
    "disability.residence_no": gettext_noop(
        "{member} is not Belgian, an EU citizen, a refugee, stateless or registered in the "
        "population register: no allowance for persons with a disability."
    ),
    "disability.residence_check": gettext_noop(
        "{member} has subsidiary protection: DG Persons with disabilities decides whether the "
        "nationality condition is met."
    ),
    "ivt.capacity_ok": gettext_noop(
        "The disability of {member} reduced the earning capacity to one third or less."
    ),
    "ivt.capacity_no": gettext_noop(
        "The earning capacity of {member} is not reduced to one third or less: no IVT."
    ),
    "it.points_ok": gettext_noop(
        "{member} has {points} points of reduced self-reliance (at least {minimum}): "
        "category {category}."
    ),
    "it.points_low": gettext_noop(
        "{member} has {points} points of reduced self-reliance; the IT needs at least {minimum}."
    ),
    "disability.means_test": gettext_noop(
        "DG Persons with disabilities tests the income of {member} and of a partner; Radar does "
        "not have the current amounts and limits, so it gives no amount."
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
    "huurpremie": gettext_noop(
        "Wonen in Vlaanderen sends a letter with the application form once the household has been "
        "4 years on the waiting list: fill it in and send it back (almost half of the families "
        "never do). Without that letter, ask at the woonloket or the sociaal huis. Keep the "
        "registration at the woonmaatschappij active and renew it after a move."
    ),
    "huursubsidie": gettext_noop(
        "Apply at Wonen in Vlaanderen (online or through the woonloket or sociaal huis) within 9 "
        "months after the move, with the new lease and proof of the former situation (unfit "
        "dwelling, homelessness). An installation premium may come with it."
    ),
    "igo": gettext_noop(
        "The Federal Pension Service examines the IGO automatically when a Belgian pension is "
        "requested. Otherwise ask it at the Pension Service (mypension.be), the municipality or a "
        "Pension Point. Report stays abroad of more than 29 days a year."
    ),
    "ivt": gettext_noop(
        "Apply at the municipality or sociaal huis, or online with your eID at DG Persons with "
        "disabilities (My Handicap). You fill in medical and administrative forms; the DG "
        "decides. The IVT also opens the verhoogde tegemoetkoming and social tariffs."
    ),
    "it": gettext_noop(
        "Apply at the municipality or sociaal huis, or online with your eID at DG Persons with "
        "disabilities (My Handicap). You fill in medical and administrative forms; the DG "
        "assesses the self-reliance points and decides."
    ),
}

# -- maf_sociaal, maf_inkomen, sociaal_tarief_energie, verwarmingsfonds,
# -- juridische_tweedelijnsbijstand(_gedeeltelijk), uitpas_kansentarief, sociaal_internettarief,
# -- tegemoetkoming_onderhoudsgeld_leefloon

REASONS.update(
    {
        # maf_sociaal
        "maf_sociaal.vt": gettext_noop(
            "Verhoogde tegemoetkoming for {members}: the household's personal shares in health "
            "costs are capped at {ceiling} a year (social maximum billing)."
        ),
        "maf_sociaal.vt_to_assess": gettext_noop(
            "The verhoogde tegemoetkoming is to be assessed by the health fund; once granted, "
            "personal shares in health costs are capped at {ceiling} a year."
        ),
        "maf_sociaal.no_vt": gettext_noop(
            "Nobody in the household has the verhoogde tegemoetkoming; the income maximum "
            "billing still applies."
        ),
        # maf_inkomen
        "maf_inkomen.everyone": gettext_noop(
            "Every household has the income maximum billing: the health fund refunds personal "
            "shares above a yearly ceiling that depends on the household's income."
        ),
        "maf_inkomen.ceiling": gettext_noop(
            "With an income of {income} the household is in bracket {bracket}: ceiling {ceiling} "
            "a year."
        ),
        "maf_inkomen.income_year": gettext_noop(
            "The health fund uses the net taxable income of an earlier year; Radar used last "
            "year's gross taxable income, so the real ceiling may be lower."
        ),
        # sociaal_tarief_energie
        "sociaal_tarief_energie.via_benefit": gettext_noop(
            "{member} receives {benefits}: the household is a protected customer."
        ),
        "sociaal_tarief_energie.via_child": gettext_noop(
            "{member} has at least {points} points in pillar 1 (care supplement of the child "
            "benefit): the household is a protected customer."
        ),
        "sociaal_tarief_energie.via_social_housing": gettext_noop(
            "The household rents a social dwelling whose heating is supplied collectively."
        ),
        "sociaal_tarief_energie.none": gettext_noop(
            "Nobody in the household receives the leefloon, equivalent OCMW aid, IGO, IVT, IT or "
            "help to the elderly, no child has the care supplement (4 points in pillar 1), and "
            "the household is not a social tenant with collective heating."
        ),
        "sociaal_tarief_energie.vt_alone": gettext_noop(
            "The verhoogde tegemoetkoming alone no longer gives the social tariff (since 1 July "
            "2023)."
        ),
        # verwarmingsfonds
        "verwarmingsfonds.fuel_ok": gettext_noop(
            "The household heats with a fuel the fund pays for (heating oil, paraffin or bulk "
            "propane)."
        ),
        "verwarmingsfonds.fuel_no": gettext_noop(
            "The fund only pays for heating oil, heating paraffin and bulk propane, not for gas "
            "from the grid, electricity, gas bottles, pellets or wood."
        ),
        "verwarmingsfonds.delivery_ok": gettext_noop(
            "The delivery was {days} days ago: the request must reach the OCMW within {limit} "
            "days of the delivery."
        ),
        "verwarmingsfonds.delivery_late": gettext_noop(
            "The delivery was {days} days ago: the request had to reach the OCMW within {limit} "
            "days. Ask again for the next delivery."
        ),
        "verwarmingsfonds.category_1_no_test": gettext_noop(
            "Category 1: verhoogde tegemoetkoming for {members}, without income test here."
        ),
        "verwarmingsfonds.category_1": gettext_noop(
            "Category 1: verhoogde tegemoetkoming for {members}, and the household's income is "
            "at most {ceiling} ({dependants} dependant(s))."
        ),
        "verwarmingsfonds.category_1_to_assess": gettext_noop(
            "Category 1 depends on the verhoogde tegemoetkoming, which the health fund has to "
            "assess first."
        ),
        "verwarmingsfonds.category_2": gettext_noop(
            "Category 2: the household's income ({income}, with 3 times the cadastral income of "
            "other real estate) is at most {ceiling} ({dependants} dependant(s))."
        ),
        "verwarmingsfonds.income_above": gettext_noop(
            "The household's income ({income}, with 3 times the cadastral income of other real "
            "estate) is above the ceiling of {ceiling} ({dependants} dependant(s))."
        ),
        "verwarmingsfonds.category_3": gettext_noop(
            "Category 3: debt mediation or collective debt settlement and the heating bill cannot "
            "be paid; the OCMW checks the state of need."
        ),
        "verwarmingsfonds.no_category": gettext_noop(
            "The household is in none of the three categories (verhoogde tegemoetkoming, low "
            "income, debt)."
        ),
        "verwarmingsfonds.amount": gettext_noop(
            "At most {maximum} per heating period (bulk: 14 to 20 cent a litre for up to 1 500 "
            "litres; at the pump: a flat amount)."
        ),
        # juridische_tweedelijnsbijstand and _gedeeltelijk
        "juridische_tweedelijnsbijstand.presumption_minor": gettext_noop(
            "{member} is a minor: legal aid is fully free without income test."
        ),
        "juridische_tweedelijnsbijstand.presumption_benefit": gettext_noop(
            "{member} receives a benefit (leefloon, equivalent leefloon, IGO or IVT) that presumes "
            "insufficient means: fully free, unless the legal aid office proves otherwise."
        ),
        "juridische_tweedelijnsbijstand.presumption_debt": gettext_noop(
            "Collective debt settlement presumes insufficient means (whether this presumption "
            "still applies is to verify)."
        ),
        "juridische_tweedelijnsbijstand.below_full": gettext_noop(
            "Tested net means of {income} a month (after deducting {dependants} dependant(s)) are "
            "at most {full}: fully free."
        ),
        "juridische_tweedelijnsbijstand.above_full": gettext_noop(
            "Tested net means of {income} a month (after deducting {dependants} dependant(s)) are "
            "above {full}; up to {partial} legal aid is partly free."
        ),
        "juridische_tweedelijnsbijstand_gedeeltelijk.full_applies": gettext_noop(
            "Legal aid is fully free here (see the full right), not partly."
        ),
        "juridische_tweedelijnsbijstand_gedeeltelijk.below_full": gettext_noop(
            "Tested net means of {income} a month are at most {full}: legal aid is fully free, "
            "not partly."
        ),
        "juridische_tweedelijnsbijstand_gedeeltelijk.between": gettext_noop(
            "Tested net means of {income} a month (after deducting {dependants} dependant(s)) are "
            "above {full} and at most {partial}: partly free, with a contribution."
        ),
        "juridische_tweedelijnsbijstand_gedeeltelijk.above_partial": gettext_noop(
            "Tested net means of {income} a month (after deducting {dependants} dependant(s)) are "
            "above {partial}: no free legal aid (the first consultation stays free)."
        ),
        # uitpas_kansentarief
        "uitpas_kansentarief.vt": gettext_noop(
            "Verhoogde tegemoetkoming for {members}, the main criterion of most UiTPAS regions; "
            "the members at the same address get the kansentarief too."
        ),
        "uitpas_kansentarief.local": gettext_noop(
            "Each UiTPAS region sets its own criteria: check that your municipality takes part."
        ),
        "uitpas_kansentarief.vt_to_assess": gettext_noop(
            "The verhoogde tegemoetkoming is to be assessed by the health fund; with it, most "
            "UiTPAS regions grant the kansentarief."
        ),
        "uitpas_kansentarief.other": gettext_noop(
            "The household receives {benefits}: many UiTPAS regions accept this, but it is a "
            "local choice."
        ),
        "uitpas_kansentarief.debt": gettext_noop(
            "Collective debt settlement or debt mediation: many UiTPAS regions accept this, but "
            "it is a local choice."
        ),
        "uitpas_kansentarief.none": gettext_noop(
            "No verhoogde tegemoetkoming and none of the situations most regions accept; some "
            "regions also accept budget guidance or a referral by a partner organisation."
        ),
        # sociaal_internettarief
        "sociaal_internettarief.via_benefit": gettext_noop(
            "{member} receives {benefits}: the household can ask for the social internet offer."
        ),
        "sociaal_internettarief.via_child": gettext_noop(
            "{member} has at least {points} points in pillar 1 (care supplement): the household "
            "can ask for the social internet offer."
        ),
        "sociaal_internettarief.none": gettext_noop(
            "Nobody in the household receives OCMW financial aid, IVT, IT, help to the elderly or "
            "IGO, and no child has the care supplement (4 points in pillar 1)."
        ),
        "sociaal_internettarief.vt_alone": gettext_noop(
            "The verhoogde tegemoetkoming alone does not give the social internet offer."
        ),
        "sociaal_internettarief.existing": gettext_noop(
            "Someone in the household already has the old or new social telecom tariff: only one "
            "per household."
        ),
        "sociaal_internettarief.price": gettext_noop(
            "Internet for at most {internet} a month, or a bundle with mobile, TV or telephone for "
            "at most {bundle} a month."
        ),
        # tegemoetkoming_onderhoudsgeld_leefloon
        "tegemoetkoming_onderhoudsgeld_leefloon.receives": gettext_noop(
            "{member} receives the (equivalent) leefloon."
        ),
        "tegemoetkoming_onderhoudsgeld_leefloon.entitled": gettext_noop(
            "{member} has a right to the (equivalent) leefloon (see that right)."
        ),
        "tegemoetkoming_onderhoudsgeld_leefloon.leefloon_to_assess": gettext_noop(
            "The (equivalent) leefloon of {member} is to be assessed by the OCMW; this "
            "contribution follows it."
        ),
        "tegemoetkoming_onderhoudsgeld_leefloon.no_leefloon": gettext_noop(
            "{member} has no right to the (equivalent) leefloon, which this contribution requires."
        ),
        "tegemoetkoming_onderhoudsgeld_leefloon.owed": gettext_noop(
            "{member} owes the maintenance under a judgment, a deed or an agreement."
        ),
        "tegemoetkoming_onderhoudsgeld_leefloon.not_owed": gettext_noop(
            "The maintenance must be owed under a judgment, a notarial deed or an agreement."
        ),
        "tegemoetkoming_onderhoudsgeld_leefloon.nothing_paid": gettext_noop(
            "{member} pays no maintenance for the children."
        ),
        "tegemoetkoming_onderhoudsgeld_leefloon.proof": gettext_noop(
            "{member} can prove the maintenance was paid in full."
        ),
        "tegemoetkoming_onderhoudsgeld_leefloon.no_proof": gettext_noop(
            "The maintenance must be paid in full, with proof of payment."
        ),
        "tegemoetkoming_onderhoudsgeld_leefloon.child_in_belgium": gettext_noop(
            "The child lives in Belgium."
        ),
        "tegemoetkoming_onderhoudsgeld_leefloon.child_abroad": gettext_noop(
            "The child must live in Belgium."
        ),
        "tegemoetkoming_onderhoudsgeld_leefloon.amount": gettext_noop(
            "{share} % of the {paid} paid a month: {amount} a month (at most {maximum} a year)."
        ),
    }
)

APPLY.update(
    {
        "maf_sociaal": gettext_noop(
            "Automatic: the health fund keeps the counter of personal shares and refunds what "
            "goes above the ceiling. Nothing to ask once the verhoogde tegemoetkoming is granted."
        ),
        "maf_inkomen": gettext_noop(
            "Automatic: the health fund refunds personal shares above the ceiling. If the income "
            "has dropped, ask the health fund to look at the current income."
        ),
        "sociaal_tarief_energie": gettext_noop(
            "Automatic in most cases: the FOD Economie tells the supplier every quarter. Check at "
            "sociaaltarief.economie.fgov.be; otherwise ask the paying body for an attest and give "
            "it to the supplier. Without an individual contract (collective heating) ask for the "
            "premie sociaal tarief."
        ),
        "verwarmingsfonds": gettext_noop(
            "Ask at the OCMW of your municipality within 60 days of the delivery. Bring the "
            "delivery invoice and your identity card (for a flat, an attest of the owner on the "
            "number of flats); category 3: the debt settlement decision or the mediator's attest."
        ),
        "juridische_tweedelijnsbijstand": gettext_noop(
            "Ask at the Bureau voor Juridische Bijstand (legal aid office) of the bar in your "
            "judicial district, or through a lawyer. Bring your identity card, the household "
            "composition and recent proof of the benefit or of everyone's income."
        ),
        "juridische_tweedelijnsbijstand_gedeeltelijk": gettext_noop(
            "Ask at the Bureau voor Juridische Bijstand of the bar in your judicial district, or "
            "through a lawyer, with your identity card, household composition and proof of "
            "income. You pay a contribution to the lawyer."
        ),
        "uitpas_kansentarief": gettext_noop(
            "Ask at an UiTPAS point of your municipality with your identity card and an attest "
            "(verhoogde tegemoetkoming from the health fund, or of the OCMW or debt mediator)."
        ),
        "sociaal_internettarief": gettext_noop(
            "Ask a participating operator (Proximus, Telenet, Orange; VOO in Brussels and "
            "Wallonia) with your identity card; your right is checked electronically."
        ),
        "tegemoetkoming_onderhoudsgeld_leefloon": gettext_noop(
            "Ask at the OCMW that pays your leefloon, with a copy of the judgment, deed or "
            "agreement and proof that the maintenance was paid."
        ),
    }
)


# -- Family benefits (catalogue/family.py): Groeipakket, participatietoeslagen, studietoelage,
# OCMW tariff in childcare, Walloon and Brussels supplément social.

REASONS.update(
    {
        "family.no_child": gettext_noop("No child lives in the household."),
        "family.child_under_18": gettext_noop(
            "{member} is under 18: the right needs no conditions."
        ),
        "family.child_too_old": gettext_noop("{member} is {age}: past the age of child benefit."),
        "family.child_studies": gettext_noop(
            "{member} is 18 or older and studies: child benefit continues up to 25."
        ),
        "family.child_other_conditions": gettext_noop(
            "{member} is 18 or older and not enrolled in school: child benefit continues only on "
            "conditions (job seeker, apprenticeship, specific support needs) that the payer checks."
        ),
        "family.other_real_estate": gettext_noop(
            "The household owns real estate besides the family home: its cadastral income is added "
            "to the income, which the payer checks."
        ),
        "family.no_childcare": gettext_noop("{member} does not go to childcare."),
        "family.childcare_not_opgroeien": gettext_noop(
            "{member}'s childcare is not licensed by Opgroeien (Kind en Gezin) but by "
            "{licensed_by}."
        ),
        "family.childcare_not_dutch": gettext_noop("{member}'s childcare is not Dutch-language."),
        "family.not_enrolled": gettext_noop("{member} is not enrolled in a school."),
        "family.flemish_school": gettext_noop(
            "{member} goes to a Dutch-language school recognised by the Flemish Community."
        ),
        "family.not_flemish_school": gettext_noop(
            "{member}'s school is not a Dutch-language school recognised by the Flemish Community."
        ),
        "groeipakket.old_system": gettext_noop(
            "{member} was born before 2019 and keeps the older rank-based amounts ({rank_1} for "
            "the first child, {rank_2} for the second, {rank_3} from the third, plus age "
            "supplements): the payer tells the exact amount."
        ),
        "groeipakket_basisbedrag.amount": gettext_noop(
            "{member}: basisbedrag of {amount} a month."
        ),
        "groeipakket_sociale_toeslag.income_above": gettext_noop(
            "The household's gross taxable income ({income}) is above {upper}. If the income has "
            "been lower for 6 months in a row, the family can ask for the sociale toeslag on its "
            "current income."
        ),
        "groeipakket_sociale_toeslag.via_benefit": gettext_noop(
            "The household lives on the leefloon, the IVT or the IGO: the sociale toeslag is paid "
            "for those months whatever the income of the tax assessment."
        ),
        "groeipakket_sociale_toeslag.income_low": gettext_noop(
            "The household's gross taxable income ({income}) is at most {lower}: the full sociale "
            "toeslag."
        ),
        "groeipakket_sociale_toeslag.income_middle": gettext_noop(
            "The household's gross taxable income ({income}) is above {lower} but at most {upper}: "
            "the reduced sociale toeslag."
        ),
        "groeipakket_sociale_toeslag.amount": gettext_noop(
            "{member}: sociale toeslag of {amount} a month."
        ),
        "groeipakket_sociale_toeslag.transition": gettext_noop(
            "{member} was born before 2019: the sociale toeslag is paid at the transition amount, "
            "which the payer tells."
        ),
        "schoolbonus.amount": gettext_noop(
            "{member}: schoolbonus of {amount}, paid once in August (shown as a monthly "
            "equivalent)."
        ),
        "kinderopvangtoeslag.income_related": gettext_noop(
            "{member}'s childcare charges an income-related price: no kinderopvangtoeslag (ask "
            "about the OCMW tariff instead)."
        ),
        "kinderopvangtoeslag.too_short": gettext_noop(
            "{member} stays less than 3 hours a day in childcare."
        ),
        "kinderopvangtoeslag.at_school": gettext_noop("{member} already goes to school."),
        "kinderopvangtoeslag.amount": gettext_noop(
            "{member}: {day_amount} per childcare day, about {amount} a month, paid automatically "
            "from the attendance data."
        ),
        "kinderopvangtoeslag.no_young_child": gettext_noop(
            "No child of childcare age lives in the household."
        ),
        "kleutertoeslag.not_kindergarten": gettext_noop("{member} is not in kindergarten."),
        "kleutertoeslag.not_this_year": gettext_noop("{member} does not turn 3 or 4 this year."),
        "kleutertoeslag.first": gettext_noop(
            "{member} turns 3 this year and was enrolled at the latest {months} months after the "
            "third birthday: the first kleutertoeslag."
        ),
        "kleutertoeslag.enrolled_late": gettext_noop(
            "{member} was enrolled more than {months} months after the third birthday."
        ),
        "kleutertoeslag.second": gettext_noop(
            "{member} turns 4 this year and was present enough ({first} half-days in the first "
            "class, {second} in the second): the second kleutertoeslag."
        ),
        "kleutertoeslag.not_present": gettext_noop(
            "{member} was not present enough at school ({first} half-days in the first class, "
            "{second} in the second); a medical certificate can justify absences."
        ),
        "kleutertoeslag.amount": gettext_noop(
            "{member}: kleutertoeslag of {amount}, paid once this year (shown as a monthly "
            "equivalent)."
        ),
        "kleutertoeslag.no_toddler": gettext_noop(
            "No child of kindergarten age (3 or 4 this year) lives in the household."
        ),
        "schooltoeslag.kindergarten_absent": gettext_noop(
            "{member} was not present enough in kindergarten."
        ),
        "schooltoeslag.primary_absent": gettext_noop(
            "{member} has {absent} unjustified absent half-days; at most {maximum} keep the "
            "schooltoeslag."
        ),
        "schooltoeslag.secondary_absent": gettext_noop(
            "{member} had {limit} or more unjustified absent half-days in two school years in a "
            "row."
        ),
        "schooltoeslag.other_community_secondary": gettext_noop(
            "{member} goes to a secondary school of another Community: it counts only when no "
            "equivalent programme exists in Flanders, which the payer checks."
        ),
        "schooltoeslag.income_below": gettext_noop(
            "The family's income ({income}) is at most {maximum}, the limit for {points} points."
        ),
        "schooltoeslag.many_points": gettext_noop(
            "The family has {points} points, more than Radar's income table covers: the limit is "
            "higher than {maximum}, which the payer checks."
        ),
        "schooltoeslag.income_above": gettext_noop(
            "The family's income ({income}) is above {maximum}, the limit for {points} points."
        ),
        "schooltoeslag.not_at_school": gettext_noop(
            "{member} is not in kindergarten, primary or secondary school."
        ),
        "schooltoeslag.too_old": gettext_noop(
            "{member} is past the school year in which a pupil turns {age}."
        ),
        "schooltoeslag.turns_22": gettext_noop(
            "{member} is {age}: the schooltoeslag runs up to the school year in which the pupil "
            "turns {age}, which the payer checks."
        ),
        "schooltoeslag.primary_amount": gettext_noop(
            "{member}: schooltoeslag of about {amount} for the school year (paid between August "
            "and December)."
        ),
        "schooltoeslag.amount_varies": gettext_noop(
            "{member}: the amount depends on the class and the income (on average {average} a "
            "year)."
        ),
        "schooltoeslag.no_pupil": gettext_noop("No pupil of 3 or older lives in the household."),
        "studietoelage_hoger_onderwijs.flemish_institution": gettext_noop(
            "{member} studies at an institution recognised by the Flemish Community."
        ),
        "studietoelage_hoger_onderwijs.not_flemish_institution": gettext_noop(
            "{member} does not study at an institution recognised by the Flemish Community."
        ),
        "studietoelage_hoger_onderwijs.no_residence": gettext_noop(
            "{member} has no legal residence."
        ),
        "studietoelage_hoger_onderwijs.residence_conditions": gettext_noop(
            "{member} is not Belgian: conditions of residence or work apply."
        ),
        "studietoelage_hoger_onderwijs.income_test": gettext_noop(
            "{member}: the grant depends on the income and points of the family and on enough "
            "study credit; the administration decides. A grant holder also gets about "
            "{supplement} a year from the Groeipakket and pays reduced tuition."
        ),
        "studietoelage_hoger_onderwijs.no_student": gettext_noop(
            "Nobody in the household is in higher education."
        ),
        "kinderopvang_ocmw_tarief.not_income_related": gettext_noop(
            "{member}'s childcare has no income-related price (the kinderopvangtoeslag may apply "
            "instead)."
        ),
        "kinderopvang_ocmw_tarief.enquiry": gettext_noop(
            "{member} is in childcare with an income-related price: after a social enquiry the "
            "OCMW can set a lower tariff ({share} of the income tariff, {standard} or {lowest} a "
            "day)."
        ),
        "kinderopvang_ocmw_tarief.leefloon": gettext_noop(
            "With the leefloon, the individual reduced tariff can also be asked directly in Mijn "
            "Kind en Gezin."
        ),
        "kinderopvang_ocmw_tarief.no_childcare": gettext_noop(
            "No child of the household is in childcare."
        ),
        "af_wallonie_supplement_social.income_above": gettext_noop(
            "The household's income ({income}) is above {upper}."
        ),
        "af_wallonie_supplement_social.income_low": gettext_noop(
            "The household's income ({income}) is below {lower}: the higher supplement."
        ),
        "af_wallonie_supplement_social.income_middle": gettext_noop(
            "The household's income ({income}) is between {lower} and {upper}: the lower "
            "supplement."
        ),
        "af_wallonie_supplement_social.via_vt": gettext_noop(
            "A member has the verhoogde tegemoetkoming (BIM): the supplement is granted for those "
            "months whatever the income."
        ),
        "af_wallonie_supplement_social.amount": gettext_noop(
            "{member}: supplément social of {amount} a month."
        ),
        "af_wallonie_supplement_social.old_model": gettext_noop(
            "{member} was born before 2020 and stays in the old system, whose supplements differ: "
            "the fund tells the amount."
        ),
        "af_wallonie_supplement_social.invalid_parent": gettext_noop(
            "When a parent is recognised as invalid, {amount} more per child a month."
        ),
        "af_bruxelles_supplement_social.income_above": gettext_noop(
            "The household's income ({income}) is above {upper}."
        ),
        "af_bruxelles_supplement_social.income_low": gettext_noop(
            "The household's income ({income}) is below {lower}: the higher supplement."
        ),
        "af_bruxelles_supplement_social.income_middle": gettext_noop(
            "The household's income ({income}) is between {lower} and {upper}: the lower "
            "supplement."
        ),
        "af_bruxelles_supplement_social.cadastral_income": gettext_noop(
            "The household's cadastral income reaches {maximum}."
        ),
        "af_bruxelles_supplement_social.real_estate": gettext_noop(
            "The household owns real estate: its total non-indexed cadastral income must stay "
            "below {maximum}, which the fund checks."
        ),
        "verhoogde_tegemoetkoming.also_disability": gettext_noop(
            "Also possible if a child has at least {points} points in pillar 1 of the disability "
            "assessment: ask about the children's disability points."
        ),
        "groeipakket_startbedrag.nobody_expecting": gettext_noop(
            "Nobody in the household is recorded as expecting a child."
        ),
        "groeipakket_startbedrag.expecting": gettext_noop(
            "{member} expects a child on {date}: the startbedrag of {amount} is paid once per "
            "child. It can be asked for from month {month} of the pregnancy."
        ),
        "groeipakket_startbedrag.too_early": gettext_noop(
            "{member} expects a child on {date}: the startbedrag can be asked for from month "
            "{month} of the pregnancy, not yet."
        ),
        "groeipakket_startbedrag.date_passed": gettext_noop(
            "The expected birth date of {member}'s child ({date}) has passed: record the child "
            "as born."
        ),
        "af_bruxelles_supplement_social.amount": gettext_noop(
            "{member}: supplément social of {amount} a month ({children} children with family "
            "benefits in the household)."
        ),
        "af_bruxelles_supplement_social.single_parent": gettext_noop(
            "Single-parent family: the higher amounts for two or more children."
        ),
        "af_bruxelles_supplement_social.middle_one_child": gettext_noop(
            "{member}: in the middle income band a family with one child has no supplément social."
        ),
        "af_bruxelles_supplement_social.amount_varies": gettext_noop(
            "The amount depends on the number of children, their ages and single parenthood: the "
            "fund tells it."
        ),
    }
)

APPLY.update(
    {
        "groeipakket_basisbedrag": gettext_noop(
            "Automatic: the Groeipakket payer chosen by the family (FONS, Parentia, Infino, "
            "MyFamily or KidsLife) pays it; FONS pays when no payer was chosen."
        ),
        "groeipakket_startbedrag": gettext_noop(
            "Ask any Groeipakket payer (FONS, Parentia, Infino, MyFamily or KidsLife) for the "
            "startbedrag, with a doctor's or midwife's certificate of the pregnancy and the "
            "expected birth date; it is paid before the birth."
        ),
        "groeipakket_sociale_toeslag": gettext_noop(
            "Automatic from the latest tax assessment, through the Groeipakket payer. When the "
            "income has fallen for 6 months in a row, ask the payer to look at the current income."
        ),
        "schoolbonus": gettext_noop(
            "Automatic: paid in August by the Groeipakket payer for every child entitled in July."
        ),
        "kinderopvangtoeslag": gettext_noop(
            "Automatic: the Groeipakket payer receives the attendance data from the childcare."
        ),
        "kleutertoeslag": gettext_noop(
            "Automatic through the Groeipakket payer once the school has passed on the enrolment "
            "(and attendance). Families living in Brussels ask a Flemish payer or FONS themselves."
        ),
        "schooltoeslag": gettext_noop(
            "Automatic through the Groeipakket payer (paid between the end of August and "
            "December). Check that the school and the tax assessment are known to the payer."
        ),
        "studietoelage_hoger_onderwijs": gettext_noop(
            "Apply online at studietoelagen.be (from 1 August until 1 June of the academic year); "
            "earlier grant holders confirm a pre-filled form. The municipality or the OCMW helps."
        ),
        "kinderopvang_ocmw_tarief": gettext_noop(
            "Ask the OCMW for a social enquiry. Bring the attest inkomenstarief, your identity "
            "card and proof of income, expenses, debts and your rent contract. The OCMW passes its "
            "decision to Kind en Gezin, which issues a new attest (valid one year)."
        ),
        "af_wallonie_supplement_social": gettext_noop(
            "Automatic: the family allowance fund (Famiwal, Parentia, Camille, KidsLife, Infino) "
            "pays it from tax data, for good (it is not claimed back). Ask the fund when a parent "
            "is recognised as invalid."
        ),
        "af_bruxelles_supplement_social": gettext_noop(
            "Automatic through the Brussels family allowance fund (Famiris, Parentia, KidsLife, "
            "Infino, Brussels Family) from tax data; ask the fund when the income has fallen."
        ),
    }
)
