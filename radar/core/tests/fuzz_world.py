"""The world the fuzzers (test_fuzz_api.py, test_fuzz_forms.py) run in.

Two teams of one OCMW. Team north has two families full of records (members of every kind,
intakes, needs, contacts, goals with steps, network ties, an agreement, referrals, a lead
partner, consents); team south has one such family. A partner organisation holds an active
consent for one north family (and a referral to it), so the partner user sees a family
through the API and the partner pages. The social map has organisations with and without
a municipality and services with and without one. An info point session and a case
discussion per team.

`build_world()` makes it once per test; every fuzzed request then runs in a savepoint
that is rolled back (fuzzing.rolled_back), so the world stays the same size whatever the
fuzzer sends.
"""

from datetime import date, timedelta
from types import SimpleNamespace

from django.utils import timezone
from rest_framework.authtoken.models import Token

from radar.accounts.tests.factories import (
    MunicipalityFactory,
    OutreacherFactory,
    PartnerFactory,
    PolicyFactory,
    TeamFactory,
    TeamLeadFactory,
)
from radar.consents.tests.factories import ConsentFactory, WithdrawnConsentFactory
from radar.contacts.tests.factories import ContactMomentFactory, UnreachedContactFactory
from radar.households.tests.factories import (
    ChildFactory,
    HouseholdFactory,
    InContactHouseholdFactory,
    IntakeFactory,
    MemberFactory,
    NeedFactory,
    UnbornChildFactory,
    channel,
    life_domain,
)
from radar.infopoint.tests.factories import InfoPointSessionFactory
from radar.network.tests.factories import (
    AgreementFactory,
    CaseDiscussionFactory,
    NetworkTieFactory,
    StrainingTieFactory,
)
from radar.organisations.tests.factories import (
    ContactPersonFactory,
    OrganisationFactory,
    SchoolFactory,
    ServiceFactory,
)
from radar.plans.tests.factories import DoneStepFactory, GoalFactory, StepFactory
from radar.referrals.tests.factories import (
    LeadPartnerFactory,
    ReferralFactory,
    SentReferralFactory,
)

ROLES = ("outreacher", "team_lead", "partner", "policy")


def _family(team, workers, name, *, partner_org=None, other_org=None):
    """A family with a record of every kind the API and the pages reach."""
    household = InContactHouseholdFactory(team=team, name=name, assigned_workers=workers)
    parent = MemberFactory(household=household, birth_date=date(1985, 7, 30))
    child = ChildFactory(household=household)
    unborn = UnbornChildFactory(household=household)
    IntakeFactory(household=household, channel=channel("school"))
    need = NeedFactory(household=household, domain=life_domain("housing"))
    NeedFactory(household=household, domain=life_domain("finances"))
    contact = ContactMomentFactory(household=household, worker=workers[0])
    UnreachedContactFactory(household=household, worker=workers[0])
    goal = GoalFactory(household=household, domain=life_domain("housing"))
    step = StepFactory(goal=goal)
    DoneStepFactory(goal=goal)
    tie = NetworkTieFactory(household=household)
    StrainingTieFactory(household=household)
    agreement = AgreementFactory(household=household)
    referral = SentReferralFactory(household=household, organisation=partner_org or other_org)
    ReferralFactory(household=household, organisation=other_org)
    LeadPartnerFactory(household=household, organisation=other_org)
    consent = ConsentFactory(household=household, organisation=partner_org or other_org)
    WithdrawnConsentFactory(household=household, organisation=other_org)
    return SimpleNamespace(
        household=household,
        member=parent,
        members=(parent, child, unborn),
        need=need,
        contact=contact,
        goal=goal,
        step=step,
        tie=tie,
        agreement=agreement,
        referral=referral,
        consent=consent,
    )


def build_world() -> SimpleNamespace:
    municipality = MunicipalityFactory(name="OCMW Fuzzstad", nis_code="13099")
    north = TeamFactory(municipality=municipality, name="Noord")
    south = TeamFactory(municipality=municipality, name="Zuid")

    partner_org = SchoolFactory(name="Basisschool De Linde", municipality=municipality)
    other_org = OrganisationFactory(name="CAW Kempen")  # no municipality
    ContactPersonFactory(organisation=partner_org)
    ServiceFactory(organisation=partner_org, life_domains=[life_domain("housing")])
    ServiceFactory(organisation=other_org)

    outreacher = OutreacherFactory(username="fuzz_outreacher", teams=[north])
    team_lead = TeamLeadFactory(username="fuzz_team_lead", teams=[north])
    other_outreacher = OutreacherFactory(username="fuzz_other", teams=[south])
    partner = PartnerFactory(username="fuzz_partner", teams=[north], organisation=partner_org)
    policy = PolicyFactory(username="fuzz_policy", teams=[north])

    own = _family(north, [outreacher], "Gezin Janssens", partner_org=partner_org,
                  other_org=other_org)  # fmt: skip
    own_second = _family(north, [outreacher, team_lead], "Gezin Wouters", other_org=other_org)
    other = _family(south, [other_outreacher], "Gezin Maes", other_org=other_org)
    HouseholdFactory(team=north, name="Gezin Leeg")  # a family with nothing recorded yet

    for team, family in ((north, own), (south, other)):
        InfoPointSessionFactory(
            team=team, staff=[outreacher if team == north else other_outreacher]
        )
        CaseDiscussionFactory(team=team, households=[family.household])

    users = {
        "outreacher": outreacher,
        "team_lead": team_lead,
        "partner": partner,
        "policy": policy,
        "other_outreacher": other_outreacher,
    }
    return SimpleNamespace(
        municipality=municipality,
        teams=(north, south),
        organisations=(partner_org, other_org),
        users=users,
        tokens={role: Token.objects.create(user=user).key for role, user in users.items()},
        own=own,
        own_second=own_second,
        other=other,
        families=(own, own_second, other),
        today=timezone.localdate(),
        yesterday=timezone.localdate() - timedelta(days=1),
    )
