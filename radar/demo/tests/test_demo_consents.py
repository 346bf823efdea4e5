"""The demo shows what a partner sees: active, expired and withdrawn consents for partner1."""

from django.core.management import call_command

from radar.accounts.models import User
from radar.consents import selectors
from radar.consents.models import Consent


def test_the_demo_gives_partner1_active_expired_and_withdrawn_consents(db):
    call_command("demo", verbosity=0)
    partner = User.objects.get(username="partner1")

    consents = Consent.objects.filter(organisation=partner.organisation)
    active = [c for c in consents if c.is_active()]
    assert len(active) == 3
    assert any(c.is_withdrawn for c in consents)
    assert any(not c.is_active() and not c.is_withdrawn for c in consents)
    assert selectors.partner_households(partner).count() == 3
