"""Goals and their small steps, open and done."""

from datetime import timedelta

import factory
from django.utils import timezone
from factory.django import DjangoModelFactory

from radar.accounts.tests.factories import OutreacherFactory
from radar.households.tests.factories import HouseholdFactory, life_domain
from radar.plans.models import Goal, Step


class GoalFactory(DjangoModelFactory):
    class Meta:
        model = Goal

    household = factory.SubFactory(HouseholdFactory)
    domain = factory.LazyFunction(life_domain)
    title = "Een betaalbare woning behouden"


class StepFactory(DjangoModelFactory):
    """An open step the family takes, due in a week."""

    class Meta:
        model = Step

    goal = factory.SubFactory(GoalFactory)
    household = factory.SelfAttribute("goal.household")
    title = "Afspraak maken met het sociaal verhuurkantoor"
    owner = Step.Owner.FAMILY
    due_on = factory.LazyFunction(lambda: timezone.localdate() + timedelta(days=7))


class DoneStepFactory(StepFactory):
    is_done = True
    done_on = factory.LazyFunction(timezone.localdate)
    done_by = factory.SubFactory(OutreacherFactory)
