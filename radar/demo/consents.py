"""Demo consents for the organisation of `partner1`: several active, one expired and one
withdrawn, so the demo shows what a partner sees (called by radar.demo.families)."""

from datetime import timedelta

from radar.consents import services
from radar.consents.models import Consent
from radar.households.models import Household

# (categories, purpose) of the active consents, one family each.
ACTIVE = (
    (["contact_details", "needs"], "Budgetbegeleiding door het CAW"),
    (["contact_details", "plan"], "Samen het plan opvolgen"),
    (["contact_details", "needs", "plan", "notes"], "Woonbegeleiding"),
)


def create_consent_demo(*, today, teams, users, team_name: str) -> dict[str, int]:
    partner = users["partner1"]
    worker = users["outreacher1"]
    organisation = partner.organisation
    if organisation is None:
        return {"consents": 0}
    families = list(Household.objects.filter(team=teams[team_name]).order_by("pk")[:5])
    start = today - timedelta(days=60)
    for family, (categories, purpose) in zip(families, ACTIVE, strict=False):
        services.record_consent(
            user=worker,
            household=family,
            organisation=organisation,
            categories=categories,
            purpose=purpose,
            given_how="written",
            valid_from=start,
        )
    if len(families) > 3:
        services.record_consent(
            user=worker,
            household=families[3],
            organisation=organisation,
            categories=["contact_details", "needs"],
            purpose="Schuldhulp",
            given_how="verbal",
            valid_from=start,
            valid_until=today - timedelta(days=7),
        )
    if len(families) > 4:
        consent = services.record_consent(
            user=worker,
            household=families[4],
            organisation=organisation,
            categories=["contact_details"],
            purpose="Kinderopvang zoeken",
            given_how="verbal",
            valid_from=start,
        )
        services.withdraw_consent(user=worker, consent=consent)
    return {"consents": Consent.objects.filter(organisation=organisation).count()}
