"""The catalogue of rights: one module per family, each exporting `RIGHTS`.

Add a module here (one line) to register its rights. The order is the order of the output.
"""

from radar.rights.catalogue import leefloon, verhoogde_tegemoetkoming

FAMILIES = [
    leefloon,
    verhoogde_tegemoetkoming,
]

RIGHTS = {right.id: right for family in FAMILIES for right in family.RIGHTS}
