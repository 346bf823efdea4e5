"""Households in each state, their members, intakes and needs.

Channels and life domains come from the data migrations (radar/core/defaults.py) and are
looked up by code, never invented here.
"""

from datetime import date, timedelta

import factory
from django.utils import timezone
from factory.django import DjangoModelFactory

from radar.accounts.tests.factories import TeamFactory
from radar.core import defaults
from radar.households.models import (
    Channel,
    ClosingReason,
    Household,
    Intake,
    LifeDomain,
    Member,
    Need,
    Status,
)

_DEFAULTS = {
    "households.channel": defaults.CHANNELS,
    "households.lifedomain": defaults.LIFE_DOMAINS,
    "contacts.contacttype": defaults.CONTACT_TYPES,
}


def configured(model, code: str):
    """The entry with this code from a configurable list, as the data migration made it.

    A transactional test (live server, browser) empties the tables when it ends; then the
    default entries are loaded again, exactly as the migration does.
    """
    entry = model.objects.filter(code=code).first()
    if entry is None:
        defaults.load(model, _DEFAULTS[model._meta.label_lower])
        entry = model.objects.get(code=code)
    return entry


def channel(code: str = "school") -> Channel:
    return configured(Channel, code)


def life_domain(code: str = "housing") -> LifeDomain:
    return configured(LifeDomain, code)


class HouseholdFactory(DjangoModelFactory):
    """A signalled family; pass `assigned_workers=[user, ...]` to put it in their caseload."""

    class Meta:
        model = Household
        skip_postgeneration_save = True

    team = factory.SubFactory(TeamFactory)
    name = factory.Sequence(lambda n: f"Gezin Peeters {n}")
    street = "Kerkstraat 1"
    postcode = "2400"
    city = "Mol"
    neighbourhood = "Centrum"
    status = Status.SIGNALLED
    signalled_at = factory.LazyFunction(timezone.now)
    status_changed_at = factory.SelfAttribute("signalled_at")

    @factory.post_generation
    def assigned_workers(self, create, extracted, **kwargs):
        if create and extracted:
            self.assigned_workers.set(extracted)


class InContactHouseholdFactory(HouseholdFactory):
    status = Status.IN_CONTACT


class ClosedHouseholdFactory(HouseholdFactory):
    status = Status.CLOSED
    closing_reason = ClosingReason.NEED_ANSWERED


class MemberFactory(DjangoModelFactory):
    """A parent, born between 1975 and 1995."""

    class Meta:
        model = Member

    household = factory.SubFactory(HouseholdFactory)
    role = Member.Role.PARENT
    first_name = factory.Faker("first_name", locale="nl_BE")
    last_name = factory.Faker("last_name", locale="nl_BE")
    birth_date = factory.Faker(
        "date_between_dates", date_start=date(1975, 1, 1), date_end=date(1995, 12, 31)
    )
    insz = ""


class ChildFactory(MemberFactory):
    role = Member.Role.CHILD
    birth_date = factory.LazyFunction(lambda: timezone.localdate() - timedelta(days=6 * 365))


class UnbornChildFactory(MemberFactory):
    """Outreach starts in pregnancy: no birth date yet, an expected due date."""

    role = Member.Role.CHILD
    first_name = "(ongeboren)"
    birth_date = None
    expected_on = factory.LazyFunction(lambda: timezone.localdate() + timedelta(days=90))


class IntakeFactory(DjangoModelFactory):
    class Meta:
        model = Intake

    household = factory.SubFactory(HouseholdFactory)
    received_on = factory.LazyFunction(timezone.localdate)
    channel = factory.LazyFunction(channel)
    signalled_by_organisation = "Basisschool De Linde"
    signalled_by_person = "zorgcoördinator"
    reason = "Kinderen komen zonder boterhammen naar school."


class NeedFactory(DjangoModelFactory):
    class Meta:
        model = Need

    household = factory.SubFactory(HouseholdFactory)
    domain = factory.LazyFunction(life_domain)
    description = "Huur drie maanden achterstallig"
    priority = Need.Priority.HIGH
