"""`radar demo`: the fictional municipality, its idempotence and the bulk mode."""

import random
from datetime import timedelta
from io import StringIO

import pytest
from django.conf import settings
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db.models import Max, Q
from django.utils import timezone

from radar.accounts.models import Role, User
from radar.contacts.models import ContactMoment
from radar.core.models import AuditEntry
from radar.demo import families as demo
from radar.figures.scope import municipalities_for
from radar.households.insz import is_valid_insz
from radar.households.models import (
    ACTIVE_STATUSES,
    ALLOWED_TRANSITIONS,
    Channel,
    Household,
    Intake,
    Member,
    Status,
    StatusChange,
)
from radar.households.selectors import list_losing_contact_for, visible_households
from radar.plans.models import Step


def run_demo(*args) -> str:
    out = StringIO()
    call_command("demo", *args, stdout=out)
    return out.getvalue()


def assert_markers_match_contacts(households):
    """last_reached_at / last_attempt_at equal the newest (reached) contact of each household."""
    rows = households.annotate(
        newest_reached=Max("contacts__occurred_at", filter=Q(contacts__is_reached=True)),
        newest=Max("contacts__occurred_at"),
    )
    for household in rows:
        assert household.last_reached_at == household.newest_reached, household.name
        assert household.last_attempt_at == household.newest, household.name


@pytest.mark.django_db
def test_small_demo_creates_the_municipality_users_and_families():
    output = run_demo()

    users = {u.username: u for u in User.objects.filter(username__in=demo.USERNAMES)}
    assert set(users) == {
        "outreacher1",
        "outreacher2",
        "teamlead1",
        "colleague1",
        "partner1",
        "policy1",
        "admin1",
    }
    for user in users.values():
        assert user.check_password("radar-demo"), user.username
        assert user.first_name and user.last_name
        assert user.username in output
    assert users["outreacher1"].role == Role.OUTREACHER
    assert users["teamlead1"].role == Role.TEAM_LEAD
    assert users["colleague1"].role == Role.COLLEAGUE
    assert users["partner1"].role == Role.PARTNER and users["partner1"].organisation_name
    assert users["policy1"].role == Role.POLICY
    admin = users["admin1"]
    assert admin.role == Role.ADMINISTRATOR and admin.is_staff and admin.is_superuser
    assert [t.name for t in users["outreacher1"].teams.all()] == ["Team Noord"]
    assert [t.name for t in users["outreacher2"].teams.all()] == ["Team Zuid"]
    assert [t.name for t in users["teamlead1"].teams.all()] == ["Team Noord"]
    assert {u.language for u in users.values()} >= {"nl", "fr"}
    # The policy user sees the demo municipality's figures, and never a family.
    assert [m.name for m in municipalities_for(users["policy1"])] == [demo.MUNICIPALITY_NAME]
    assert not visible_households(users["policy1"]).exists()

    households = Household.objects.filter(team__municipality__name=demo.MUNICIPALITY_NAME)
    assert 55 <= households.count() <= 65
    assert set(households.values_list("team__name", flat=True)) == {"Team Noord", "Team Zuid"}
    assert 15 <= users["outreacher1"].assigned_households.count() <= 25
    assert users["teamlead1"].assigned_households.exists()
    assert households.filter(assigned_workers__isnull=True).exists()
    assert not households.filter(team__name="Team Zuid", assigned_workers=users["outreacher1"])

    # Every intake channel and every status is there.
    used = set(Intake.objects.values_list("channel__code", flat=True))
    assert set(Channel.objects.values_list("code", flat=True)) <= used
    assert set(households.values_list("status", flat=True)) == set(Status.values)
    assert not households.filter(status=Status.CLOSED, closing_reason="").exists()

    # The status history, written by change_status, ends in the current status.
    for household in households:
        history = list(household.status_changes.order_by("changed_at", "id"))
        assert history[0].to_status == Status.SIGNALLED
        for before, after in zip(history, history[1:], strict=False):
            assert after.from_status == before.to_status
            assert after.to_status in ALLOWED_TRANSITIONS[before.to_status]
        assert history[-1].to_status == household.status
        assert household.status_changed_at == history[-1].changed_at

    # Contacts, with unanswered attempts, keep the contact markers right.
    contacts = ContactMoment.objects.filter(household__in=households)
    assert contacts.filter(is_reached=True).exists()
    assert contacts.filter(is_reached=False).exists()
    assert not contacts.filter(occurred_at__gt=timezone.now()).exists()
    assert_markers_match_contacts(households)

    # Outreacher1 has families slipping away, and steps done, due this week and overdue.
    assert list_losing_contact_for(user=users["outreacher1"]).exists()
    today = timezone.localdate()
    steps = Step.objects.filter(household__assigned_workers=users["outreacher1"])
    assert steps.filter(is_done=True).exists()
    assert steps.filter(is_done=False, due_on__lt=today).exists()
    assert steps.filter(
        is_done=False, due_on__gte=today, due_on__lte=today + timedelta(days=6)
    ).exists()

    members = Member.objects.filter(household__in=households)
    assert members.filter(role=Member.Role.CHILD, birth_date__isnull=False).exists()
    assert members.filter(expected_on__isnull=False).exists()
    insz = list(members.exclude(insz="").values_list("insz", flat=True))
    assert insz and all(is_valid_insz(number) for number in insz)

    # Made through the services: the changes are in the audit log.
    assert AuditEntry.objects.filter(object_type="contacts.contactmoment").exists()


@pytest.mark.django_db
def test_second_run_creates_nothing():
    run_demo()
    before = [
        m.objects.count()
        for m in (User, Household, Member, ContactMoment, StatusChange, AuditEntry)
    ]

    output = run_demo()

    assert "already exists" in output
    assert "outreacher1" in output  # the logins are printed again
    after = [
        m.objects.count()
        for m in (User, Household, Member, ContactMoment, StatusChange, AuditEntry)
    ]
    assert after == before


@pytest.mark.django_db
def test_bulk_mode_adds_households_with_consistent_contact_markers():
    run_demo()
    before = Household.objects.count()
    contacts_before = ContactMoment.objects.count()

    output = run_demo("--households", "50", "--batch-size", "20")

    assert Household.objects.count() == before + 50
    new = Household.objects.order_by("-id")[:50]
    new = Household.objects.filter(pk__in=[h.pk for h in new])
    assert set(new.values_list("team__name", flat=True)) <= {"Team Noord", "Team Zuid"}
    assert ContactMoment.objects.count() - contacts_before >= 50 * 5
    assert Member.objects.filter(household__in=new).count() >= 50
    assert Intake.objects.filter(household__in=new).count() == 50
    assert_markers_match_contacts(new)
    assert new.filter(last_reached_at__isnull=False).exists()
    for household in new.filter(status=Status.CLOSED):
        assert household.closing_reason
    last_changes = {
        c.household_id: c
        for c in StatusChange.objects.filter(household__in=new).order_by("changed_at", "id")
    }
    for household in new:
        assert last_changes[household.pk].to_status == household.status
    assert "Time taken" in output


@pytest.mark.django_db
def test_bulk_mode_creates_the_small_demo_first_when_missing():
    run_demo("--households", "5")

    assert User.objects.filter(username="outreacher1").exists()
    assert Household.objects.count() == 60 + 5


@pytest.mark.django_db
def test_demo_refuses_to_take_over_an_existing_username():
    User.objects.create_user(username="admin1", password="something-else-entirely")

    with pytest.raises(CommandError, match="admin1"):
        run_demo()

    assert not Household.objects.exists()
    assert User.objects.get(username="admin1").check_password("something-else-entirely")


def test_generated_histories_are_plausible():
    """plan_history: contacts after the signal and in the past, valid status paths,
    and 'losing' families without a successful contact for the threshold."""
    rng = random.Random(7)
    today = timezone.localdate()
    now = timezone.now()
    for i in range(600):
        status = list(Status)[i % len(Status)]
        losing = status in ACTIVE_STATUSES and i % 3 == 0
        history = demo.plan_history(
            rng, status=status, losing=losing, today=today, max_age=700, contacts=(3, 12)
        )
        times = [at for at, _ in history.contacts]
        assert all(history.signalled_at < at < now for at in times)
        previous = Status.SIGNALLED
        moments = [history.signalled_at]
        for from_status, to_status, at, reason in history.changes:
            assert from_status == previous and to_status in ALLOWED_TRANSITIONS[previous]
            assert (to_status == Status.CLOSED) == bool(reason)
            moments.append(at)
            previous = to_status
        assert previous == status
        assert moments == sorted(moments)
        if status == Status.CLOSED:
            assert all(at < history.changes[-1][2] for at in times)
        if losing:
            reference = history.last_reached_at or history.signalled_at
            assert (now - reference).days > settings.RADAR_LOSING_CONTACT_DAYS
        elif status in ACTIVE_STATUSES and status != Status.SIGNALLED:
            assert (now - history.last_reached_at).days < settings.RADAR_LOSING_CONTACT_DAYS


def test_insz_numbers_are_checksum_valid():
    rng = random.Random(3)
    today = timezone.localdate()
    for _ in range(200):
        family = demo.make_family(rng, today, demo.TEAM_NORTH, insz_share=1.0, unborn=True)
        for member in family.members:
            if member["insz"]:
                assert is_valid_insz(member["insz"])
                assert member["insz"][:6] == member["birth_date"].strftime("%y%m%d")
            if member["expected_on"]:
                assert member["birth_date"] is None and member["expected_on"] > today


@pytest.mark.django_db
def test_the_demo_defines_local_rights_an_administrator_could_have_written():
    from radar.rights.local import condition_errors
    from radar.rights.models import LocalRight

    run_demo()

    local = {r.slug: r for r in LocalRight.objects.all()}
    assert set(local) == {"babykaart", "septembertoelage", "schoolcheques"}
    for right in local.values():
        assert condition_errors(right.conditions) == [], right.slug
        assert right.apply_nl and right.apply_fr


@pytest.mark.django_db
def test_the_demo_has_a_social_map_info_point_sessions_and_a_partner_organisation():
    from radar.infopoint.models import InfoPointSession
    from radar.organisations.models import Organisation

    run_demo()

    assert Organisation.objects.filter(kind="school").count() >= 2
    assert Organisation.objects.filter(services__life_domains__code="finances").exists()
    partner = User.objects.get(username="partner1")
    assert partner.organisation.name == "CAW Demo"
    sessions = InfoPointSession.objects.all()
    assert sessions.count() >= 6
    assert len({s.neighbourhood for s in sessions}) >= 4
    assert all(s.visitors > 0 for s in sessions)


@pytest.mark.django_db
def test_the_demo_has_referrals_in_every_state_and_lead_partners():
    from radar.referrals.models import LeadPartner, Referral, ReferralStatus

    run_demo()

    assert set(Referral.objects.values_list("status", flat=True)) == set(ReferralStatus.values)
    assert Referral.objects.filter(status="declined").exclude(declined_reason="").exists()
    assert LeadPartner.objects.filter(until_on__isnull=True).exists()


@pytest.mark.django_db
def test_the_demo_has_aid_vouchers_in_several_states_and_budget_lines():
    from radar.aid.models import AidGiven, BudgetLine, Recipient, Voucher

    run_demo()

    assert AidGiven.objects.filter(recipient__household__isnull=False).exists()
    assert Recipient.objects.filter(household__isnull=True).count() == 4
    assert set(Voucher.objects.values_list("status", flat=True)) == {
        "issued", "redeemed", "cancelled"
    }  # fmt: skip
    assert BudgetLine.objects.count() == 3
