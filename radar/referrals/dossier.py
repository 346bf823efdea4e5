"""The referrals and lead-partner section of the dossier (registered in
ReferralsConfig.ready(); households.registry).

It runs a fixed number of queries, whatever the number of referrals: the dossier's query
count is tested in radar/core/tests/test_query_counts.py.
"""

from radar.households.registry import Section, register_section
from radar.referrals import selectors


def referrals_context(*, request, household, page) -> dict:
    """Referrals and lead partner of a household the view reached through the access layer."""
    return {
        "referrals": list(selectors.referrals_of(household)),
        "awaiting": list(
            selectors.referrals_awaiting_first_contact(request.user, households=household)
        ),
        "lead_partners": selectors.lead_partners_of(household),
    }


REFERRALS = Section(
    name="referrals",
    order=60,
    template="referrals/dossier_referrals.html",
    context=referrals_context,
)


def register() -> None:
    register_section(REFERRALS)
