"""Consents in each state: active, expired, withdrawn, not started yet."""

from datetime import timedelta

import factory
from django.utils import timezone
from factory.django import DjangoModelFactory

from radar.consents.models import Category, Consent, GivenHow
from radar.organisations.tests.factories import OrganisationFactory


class ConsentFactory(DjangoModelFactory):
    """An active consent (no end date) to share every category with a new organisation."""

    class Meta:
        model = Consent

    organisation = factory.SubFactory(OrganisationFactory)
    categories = factory.LazyFunction(lambda: list(Category.values))
    purpose = "Samen de schoolkosten opvolgen"
    given_how = GivenHow.WRITTEN
    valid_from = factory.LazyFunction(lambda: timezone.localdate() - timedelta(days=30))
    valid_until = None


class ExpiredConsentFactory(ConsentFactory):
    valid_from = factory.LazyFunction(lambda: timezone.localdate() - timedelta(days=60))
    valid_until = factory.LazyFunction(lambda: timezone.localdate() - timedelta(days=1))


class WithdrawnConsentFactory(ConsentFactory):
    withdrawn_at = factory.LazyFunction(lambda: timezone.now() - timedelta(hours=1))


class FutureConsentFactory(ConsentFactory):
    valid_from = factory.LazyFunction(lambda: timezone.localdate() + timedelta(days=1))
