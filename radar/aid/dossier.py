"""The aid section of the dossier and the family page, and aid on the ecogram (registered
in AidConfig.ready(); radar.households.registry, radar.network.selectors).

Each runs a fixed number of queries, whatever the amount of aid: the dossier's query count
is tested in radar/core/tests/test_query_counts.py.
"""

from django.utils.translation import gettext as _

from radar.aid import selectors
from radar.households.registry import FAMILY_PAGE, Section, register_section
from radar.network.ecogram import EcogramTie
from radar.network.selectors import register_extra_ties

# Aid given in this many most recent entries shows on the dossier; the rest on the aid page.
DOSSIER_LIMIT = 20


def aid_context(*, request, household, page) -> dict:
    """The aid of a household the view reached through the access layer."""
    aid = list(selectors.aid_of(household)[: DOSSIER_LIMIT + 1])
    return {
        "aid_given": aid[:DOSSIER_LIMIT],
        "aid_more": len(aid) > DOSSIER_LIMIT,
        "aid_editable": True,
    }


def family_page_context(*, request, household, page) -> dict:
    return {**aid_context(request=request, household=household, page=page), "aid_editable": False}


AID = Section(name="aid", order=65, template="aid/dossier_aid.html", context=aid_context)
AID_FAMILY_PAGE = Section(
    name="aid",
    order=65,
    template="aid/dossier_aid.html",
    context=family_page_context,
    page=FAMILY_PAGE,
)


def aid_ties(household) -> list[EcogramTie]:
    """The OCMW's material aid, as one supporting tie naming the kinds of aid received
    (one query)."""
    names = list(
        dict.fromkeys(aid.aid_type.name for aid in selectors.aid_of(household)[:DOSSIER_LIMIT])
    )
    if not names:
        return []
    return [
        EcogramTie(
            name=_("Material aid (OCMW)"),
            kind="professional",
            quality="supports",
            relation=", ".join(names)[:80],
            source="aid",
        )
    ]


def register() -> None:
    register_section(AID)
    register_section(AID_FAMILY_PAGE)
    register_extra_ties(aid_ties)
