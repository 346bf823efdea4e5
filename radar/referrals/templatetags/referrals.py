"""The referrals and lead-partner section of the dossier (households/household_detail.html).

It runs a fixed number of queries, whatever the number of referrals: the dossier's query
count is tested in radar/core/tests/test_query_counts.py.
"""

from django import template

from radar.referrals import selectors

register = template.Library()


@register.inclusion_tag("referrals/dossier_referrals.html", takes_context=True)
def referrals_section(context, household):
    """Referrals and lead partner of a household the view reached through the access layer."""
    user = context["request"].user
    return {
        "household": household,
        "referrals": list(selectors.referrals_of(household)),
        "awaiting": list(selectors.referrals_awaiting_first_contact(user, households=household)),
        "lead_partners": selectors.lead_partners_of(household),
    }
