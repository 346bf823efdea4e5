"""The info point's use cases: a session, its +1 counts, and intakes that came from it."""

from datetime import date, time

import pytest
from django.core.exceptions import ValidationError

from radar.core.models import AuditEntry
from radar.households.tests.factories import IntakeFactory, life_domain
from radar.infopoint import services
from radar.infopoint.models import SessionQuestionCount
from radar.infopoint.tests.factories import InfoPointSessionFactory


def test_an_outreacher_records_a_session_of_her_team(outreacher, colleague, team_north):
    session = services.create_session(
        user=outreacher,
        team=team_north,
        held_on=date(2025, 3, 12),
        start_time=time(9, 30),
        end_time=time(12, 0),
        neighbourhood="  Rozenberg ",
        location="Pleintje aan de kerk",
        staff=[outreacher, colleague],
    )

    assert (session.team, session.neighbourhood, session.visitors) == (team_north, "Rozenberg", 0)
    assert set(session.staff.all()) == {outreacher, colleague}
    entry = AuditEntry.objects.get(object_type="infopoint.infopointsession")
    assert (entry.action, entry.user, entry.household_id) == ("create", outreacher, None)


def test_a_session_cannot_be_recorded_for_another_team(outreacher, team_south):
    with pytest.raises(PermissionError):
        services.create_session(
            user=outreacher, team=team_south, held_on=date(2025, 3, 12), neighbourhood="Ezaart"
        )


def test_policy_cannot_record_a_session(policy, team_north):
    with pytest.raises(PermissionError):
        services.create_session(
            user=policy, team=team_north, held_on=date(2025, 3, 12), neighbourhood="Rozenberg"
        )


def test_only_members_of_the_team_staff_its_sessions(outreacher, other_outreacher, team_north):
    with pytest.raises(ValidationError):
        services.create_session(
            user=outreacher,
            team=team_north,
            held_on=date(2025, 3, 12),
            neighbourhood="Rozenberg",
            staff=[other_outreacher],
        )


def test_a_session_cannot_end_before_it_starts(outreacher, team_north):
    with pytest.raises(ValidationError):
        services.create_session(
            user=outreacher,
            team=team_north,
            held_on=date(2025, 3, 12),
            neighbourhood="Rozenberg",
            start_time=time(12, 0),
            end_time=time(9, 0),
        )


def test_editing_a_session_is_in_the_audit_log(outreacher, team_north):
    session = InfoPointSessionFactory(team=team_north)

    services.update_session(
        user=outreacher, session=session, location="Buurthuis", staff=[outreacher]
    )

    session.refresh_from_db()
    assert session.location == "Buurthuis"
    assert list(session.staff.all()) == [outreacher]
    entry = AuditEntry.objects.get(action="update")
    assert entry.detail == {"fields": ["location", "staff"]}


def test_a_session_edit_is_validated_like_any_update(outreacher, team_north):
    """update_session goes through core.services.model_update: full_clean and the field list."""
    session = InfoPointSessionFactory(team=team_north)

    with pytest.raises(ValidationError):
        services.update_session(user=outreacher, session=session, neighbourhood="  ")
    with pytest.raises(ValidationError):
        services.update_session(user=outreacher, session=session, visitors=40)

    session.refresh_from_db()
    assert (session.neighbourhood, session.visitors) == ("Rozenberg", 0)
    assert not AuditEntry.objects.exists()


def test_saving_a_session_unchanged_writes_no_audit_entry(outreacher, team_north):
    session = InfoPointSessionFactory(team=team_north, staff=[outreacher])

    services.update_session(
        user=outreacher, session=session, location=session.location, staff=[outreacher]
    )

    assert not AuditEntry.objects.exists()


def test_each_tap_counts_one_visitor(outreacher, team_north):
    session = InfoPointSessionFactory(team=team_north)

    for _ in range(3):
        services.count_visitor(user=outreacher, session=session)

    session.refresh_from_db()
    assert session.visitors == 3


def test_a_wrong_tap_is_taken_back_but_never_below_zero(outreacher, team_north):
    session = InfoPointSessionFactory(team=team_north)

    services.count_visitor(user=outreacher, session=session)
    services.count_visitor(user=outreacher, session=session, by=-1)
    services.count_visitor(user=outreacher, session=session, by=-1)

    session.refresh_from_db()
    assert session.visitors == 0


def test_counting_by_more_than_one_is_refused(outreacher, team_north):
    session = InfoPointSessionFactory(team=team_north)

    with pytest.raises(ValueError):
        services.count_visitor(user=outreacher, session=session, by=5)


def test_questions_are_counted_per_life_domain_without_personal_data(outreacher, team_north):
    session = InfoPointSessionFactory(team=team_north)
    housing, health = life_domain("housing"), life_domain("health")

    services.count_question(user=outreacher, session=session, domain=housing)
    services.count_question(user=outreacher, session=session, domain=housing)
    services.count_question(user=outreacher, session=session, domain=health)
    services.count_question(user=outreacher, session=session, domain=health, by=-1)

    counts = dict(session.question_counts.values_list("domain__code", "count"))
    assert counts == {"housing": 2, "health": 0}
    assert [f.name for f in SessionQuestionCount._meta.get_fields()] == [
        "id",
        "session",
        "domain",
        "count",
    ]
    assert not AuditEntry.objects.exists()


def test_an_intake_is_linked_to_a_session_of_the_familys_team(outreacher, household, team_north):
    session = InfoPointSessionFactory(team=team_north)
    intake = IntakeFactory(household=household)

    services.link_intake(user=outreacher, intake=intake, session=session)

    intake.refresh_from_db()
    assert intake.info_point_session == session
    entry = AuditEntry.objects.get(object_type="households.intake")
    assert (entry.action, entry.household_id) == ("update", household.pk)
    assert entry.detail == {"info_point_session": session.pk}


def test_an_intake_cannot_come_from_another_teams_session(outreacher, household, team_south):
    session = InfoPointSessionFactory(team=team_south)
    intake = IntakeFactory(household=household)

    with pytest.raises(ValidationError):
        services.link_intake(user=outreacher, intake=intake, session=session)

    intake.refresh_from_db()
    assert intake.info_point_session is None
