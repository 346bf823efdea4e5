from django.utils import timezone

from radar.stories import defaults, services
from radar.stories.models import ChangeDomain

WHY = "Dit toont hoe een kleine stap het hele gezin weer moed gaf om verder te gaan."


def change_domain(code: str = "daily_life") -> ChangeDomain:
    found = ChangeDomain.objects.filter(code=code).first()
    if found is None:
        defaults.load(ChangeDomain)
        found = ChangeDomain.objects.get(code=code)
    return found


def story(
    team,
    user,
    *,
    title="Weer een eigen sleutel",
    domain="daily_life",
    household=None,
    team_ok=True,
    committee_ok=False,
    public_ok=False,
    told_on=None,
):
    return services.record_story(
        user=user,
        team=team,
        domain=change_domain(domain),
        title=title,
        teller="family",
        teller_name="Marie",
        household=household,
        told_on=told_on or timezone.localdate(),
        what_happened="We hebben na een jaar weer een eigen woning.",
        why_it_matters="Mijn kinderen hebben weer een eigen kamer en slapen beter.",
        may_share_with_team=team_ok,
        may_share_with_committee=committee_ok,
        may_publish=public_ok,
    )
