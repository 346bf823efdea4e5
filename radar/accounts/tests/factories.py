"""Workers, teams and municipalities: one factory per role.

`UserFactory(role=..., teams=[...])`; every user's password is PASSWORD.
"""

import factory
from factory.django import DjangoModelFactory

from radar.accounts.models import Municipality, Role, Team, User

PASSWORD = "radar-test-password-7c1f"


class MunicipalityFactory(DjangoModelFactory):
    class Meta:
        model = Municipality
        django_get_or_create = ("name",)

    name = factory.Sequence(lambda n: f"Radarstad {n}")
    nis_code = factory.Sequence(lambda n: f"{71000 + n % 1000}")


class TeamFactory(DjangoModelFactory):
    class Meta:
        model = Team

    municipality = factory.SubFactory(MunicipalityFactory)
    name = factory.Sequence(lambda n: f"Team {n}")


class UserFactory(DjangoModelFactory):
    """A worker with a role; pass `teams=[team, ...]` to put them in teams."""

    class Meta:
        model = User
        django_get_or_create = ("username",)
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"user{n}")
    first_name = factory.Faker("first_name", locale="nl_BE")
    last_name = factory.Faker("last_name", locale="nl_BE")
    email = factory.LazyAttribute(lambda u: f"{u.username}@ocmw.example.be")
    role = Role.OUTREACHER
    language = "nl"
    password = factory.django.Password(PASSWORD)

    @factory.post_generation
    def teams(self, create, extracted, **kwargs):
        if create and extracted:
            self.teams.set(extracted)


class OutreacherFactory(UserFactory):
    role = Role.OUTREACHER


class TeamLeadFactory(UserFactory):
    role = Role.TEAM_LEAD


class ColleagueFactory(UserFactory):
    role = Role.COLLEAGUE


class PartnerFactory(UserFactory):
    role = Role.PARTNER
    organisation_name = "CAW Kempen"


class PolicyFactory(UserFactory):
    role = Role.POLICY


class AdministratorFactory(UserFactory):
    role = Role.ADMINISTRATOR
    is_staff = True
