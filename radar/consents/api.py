"""The partner branch of /api/households/: a partner user lists and reads the households
shared with their organisation, the consented categories only (consents.selectors, the
partner access layer; every read is in the audit log with the consent's purpose).

Registered in ConsentsConfig.ready() as a household reader (households.registry), so
households.api serves it without importing this app.
"""

from radar.accounts.models import Role
from radar.consents import selectors
from radar.households.registry import register_household_reader


class PartnerReads:
    """Partner users may list and read (GET) households, nothing else."""

    actions = frozenset({"list", "retrieve"})

    def may_read(self, user) -> bool:
        return bool(user and user.is_authenticated and user.is_active and user.role == Role.PARTNER)

    def households(self, user):
        return selectors.partner_households(user)

    def list(self, *, user, households) -> list[dict]:
        views = selectors.list_partner_households_for(
            user=user, households=households, channel="api"
        )
        return [view.as_dict(detail=False) for view in views]

    def retrieve(self, *, user, household_id) -> dict:
        view = selectors.get_partner_household_for(
            user=user, household_id=household_id, channel="api"
        )
        return view.as_dict(detail=True)


def register() -> None:
    register_household_reader(PartnerReads())
