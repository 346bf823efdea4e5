"""UiTPAS with kansentarief (reduced-rate leisure pass). Criteria are set by each UiTPAS region;
most use the verhoogde tegemoetkoming (the VT variable is reused), many also accept other
situations (publiq; examples Oostende, Zonhoven, Pelt).
"""

from openfisca_core.model_api import MONTH, Variable

from radar.rights.model.entities import Household

UITPAS_SOURCE = "https://www.publiq.be/nl/projecten/uitpas/de-doelgroep-mensen-in-armoede-afbakenen"


class uitpas_kansentarief_via_vt(Variable):
    value_type = bool
    entity = Household
    definition_period = MONTH
    label = "A member has the verhoogde tegemoetkoming, the main criterion of most UiTPAS regions"
    reference = [
        "Local UiTPAS regulations",
        UITPAS_SOURCE,
        "https://www.uitinoostende.be/uitpaskansentarief",
    ]

    def formula_2024_01(household, period):
        """Dependants at the same address also get the kansentarief (Oostende)."""
        return household.any(household.members("verhoogde_tegemoetkoming", period))


class uitpas_kansentarief_other_criterion(Variable):
    value_type = bool
    entity = Household
    definition_period = MONTH
    label = "A situation many UiTPAS regions also accept: leefloon, IGO, IVT, debt settlement"
    reference = [
        "Local UiTPAS regulations",
        UITPAS_SOURCE,
        "https://www.zonhoven.be/producten/detail/973/uitpas-met-kansentarief",
    ]

    def formula_2024_01(household, period, parameters):
        """Whether the local region accepts it is for the UiTPAS point to say."""
        benefits = parameters(period).uitpas_kansentarief.other_accepted_benefits
        members = household.members
        receives = sum(members(f"receives_{benefit}", period) for benefit in benefits) > 0
        return household.any(receives) + household("collective_debt_settlement", period)
