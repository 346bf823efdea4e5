"""The network's sections on the dossier (households/household_detail.html).

Each runs a fixed number of queries, whatever the size of the family's network: the
dossier's query count is tested in radar/core/tests/test_query_counts.py.
"""

from django import template

from radar.network import selectors
from radar.network.ecogram import render_ecogram

register = template.Library()


@register.inclusion_tag("network/dossier_ecogram.html")
def ecogram_section(household, members):
    """The ecogram of a household the view reached through the access layer; `members`
    are the family's members the dossier already loaded."""
    return {
        "household": household,
        "svg": render_ecogram(
            household_name=household.name,
            member_names=[m.first_name for m in members],
            ties=selectors.ties_for(household),
            id_prefix="dossier-ecogram",
        ),
    }


@register.inclusion_tag("network/dossier_discussions.html")
def discussions_section(household):
    return {"household": household, "discussions": selectors.discussions_of(household)}
