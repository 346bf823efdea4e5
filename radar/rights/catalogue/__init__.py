"""The catalogue of rights: one module per family, each exporting `RIGHTS`.

Add a module here (one line) to register its rights. The order is the order of the output.
"""

from radar.rights.catalogue import (
    disability_allowances,
    energy,
    family,
    health_costs,
    igo,
    leefloon,
    legal_aid,
    leisure,
    maintenance_contribution,
    rent_allowances,
    telecom,
    verhoogde_tegemoetkoming,
)

FAMILIES = [
    leefloon,
    verhoogde_tegemoetkoming,
    rent_allowances,  # huurpremie, huursubsidie
    igo,  # igo
    disability_allowances,  # ivt, it
    maintenance_contribution,  # tegemoetkoming_onderhoudsgeld_leefloon
    health_costs,  # maf_sociaal, maf_inkomen
    energy,  # sociaal_tarief_energie, verwarmingsfonds
    legal_aid,  # juridische_tweedelijnsbijstand(_gedeeltelijk)
    leisure,  # uitpas_kansentarief
    telecom,  # sociaal_internettarief
    family,  # groeipakket_*, schoolbonus, participatietoeslagen, studietoelage, af_*
]

RIGHTS = {right.id: right for family in FAMILIES for right in family.RIGHTS}
