"""The network's sections on the dossier: the ecogram and the case discussions
(registered in NetworkConfig.ready(); households.registry).

Each runs a fixed number of queries, whatever the size of the family's network: the
dossier's query count is tested in radar/core/tests/test_query_counts.py.
"""

from radar.households.registry import Section, register_section
from radar.network import selectors
from radar.network.ecogram import render_ecogram, render_legend


def ecogram_context(*, request, household, page) -> dict:
    """The ecogram of a household the view reached through the access layer; the members
    are the ones the dossier already loaded."""
    return {
        "svg": render_ecogram(
            household_name=household.name,
            member_names=[m.first_name for m in page["members"]],
            ties=selectors.ties_for(household),
            id_prefix="dossier-ecogram",
            legend=False,
        ),
        "legend": render_legend(id_prefix="dossier-ecogram-legend"),
    }


def discussions_context(*, request, household, page) -> dict:
    return {"discussions": selectors.discussions_of(household)}


SECTIONS = (
    Section(
        name="network", order=20, template="network/dossier_ecogram.html", context=ecogram_context
    ),
    Section(
        name="case_discussions",
        order=50,
        template="network/dossier_discussions.html",
        context=discussions_context,
    ),
)


def register() -> None:
    for section in SECTIONS:
        register_section(section)
