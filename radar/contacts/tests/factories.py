"""Contact moments as rows.

These write the row only: they do not move household.last_reached_at. Tests about
"losing contact" go through radar.contacts.services.record_contact instead.
"""

import factory
from django.utils import timezone
from factory.django import DjangoModelFactory

from radar.accounts.tests.factories import OutreacherFactory
from radar.contacts.models import ContactMoment, ContactType
from radar.households.tests.factories import HouseholdFactory, configured


def contact_type(code: str = "home_visit") -> ContactType:
    return configured(ContactType, code)


class ContactMomentFactory(DjangoModelFactory):
    """A home visit that reached the family."""

    class Meta:
        model = ContactMoment

    household = factory.SubFactory(HouseholdFactory)
    occurred_at = factory.LazyFunction(timezone.now)
    contact_type = factory.LazyFunction(contact_type)
    is_reached = True
    place = "thuis"
    duration_minutes = 45
    note = "Samen de brief van de huisbaas gelezen."
    worker = factory.SubFactory(OutreacherFactory)
    created_by = factory.SelfAttribute("worker")


class UnreachedContactFactory(ContactMomentFactory):
    """An attempt: the worker rang the bell, nobody opened."""

    is_reached = False
    duration_minutes = None
    note = "Niemand thuis; briefje in de bus."
