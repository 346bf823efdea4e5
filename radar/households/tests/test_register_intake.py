"""Registering a signalled family: household, first member, intake, status and trace."""

from datetime import date

import pytest
from django.core.exceptions import ValidationError

from radar.core.models import AuditEntry
from radar.households import services
from radar.households.models import Household, Intake, Member, Status, StatusChange
from radar.households.tests.factories import channel


def valid_insz(base: str) -> str:
    """Nine digits and their check, born before 2000."""
    return base + f"{97 - int(base) % 97:02d}"


FATIMA_INSZ = valid_insz("900304123")


def register(user, team, **overrides):
    data = {
        "user": user,
        "team": team,
        "household_name": "Gezin El Amrani",
        "channel": channel("school"),
        "received_on": date(2025, 9, 15),
        "reason": "Kinderen komen zonder boterhammen naar school.",
        "signalled_by_organisation": "Basisschool De Linde",
        "signalled_by_person": "zorgcoördinator",
        "address": {"street": "Kerkstraat 5", "postcode": "2400", "city": "Mol"},
        "members": [
            {
                "role": Member.Role.PARENT,
                "first_name": "Fatima",
                "last_name": "El Amrani",
                "birth_date": date(1990, 3, 4),
                # As typed on the phone, with dots and a dash.
                "insz": "90.03.04-123." + FATIMA_INSZ[9:],
            }
        ],
    }
    data.update(overrides)
    return services.register_intake(**data)


def test_registering_an_intake_creates_the_family_its_member_and_the_intake(outreacher, team_north):
    household = register(outreacher, team_north)

    household.refresh_from_db()
    assert household.team == team_north
    assert household.name == "Gezin El Amrani"
    assert household.status == Status.SIGNALLED
    assert household.street == "Kerkstraat 5"
    assert household.created_by == outreacher
    assert list(household.assigned_workers.all()) == [outreacher]

    member = Member.objects.get(household=household)
    assert member.full_name == "Fatima El Amrani"
    assert member.insz == FATIMA_INSZ  # stored as eleven digits

    intake = Intake.objects.get(household=household)
    assert intake.channel.code == "school"
    assert intake.received_on == date(2025, 9, 15)
    assert intake.signalled_by_organisation == "Basisschool De Linde"
    assert intake.created_by == outreacher


def test_the_status_history_starts_with_signalled(outreacher, team_north):
    household = register(outreacher, team_north, members=[])

    history = StatusChange.objects.get(household=household)
    assert history.from_status == ""
    assert history.to_status == Status.SIGNALLED
    assert history.changed_by == outreacher
    assert history.changed_at is not None


def test_the_registration_is_in_the_audit_log(outreacher, team_north):
    household = register(outreacher, team_north, members=[])

    entry = AuditEntry.objects.get(household_id=household.pk)
    assert entry.action == AuditEntry.Action.CREATE
    assert entry.user == outreacher
    assert entry.object_type == "households.household"
    assert entry.detail["channel"] == "school"


def test_the_family_can_stay_unassigned_for_the_team_lead_to_assign(team_lead, team_north):
    household = register(team_lead, team_north, members=[], assign_to_me=False)
    assert household.assigned_workers.count() == 0


def test_a_worker_of_another_team_cannot_register_for_team_north(other_outreacher, team_north):
    with pytest.raises(PermissionError):
        register(other_outreacher, team_north, members=[])
    assert not Household.objects.exists()
    assert not AuditEntry.objects.exists()


@pytest.mark.parametrize("persona", ["partner", "policy", "administrator"])
def test_roles_without_casework_cannot_register(request, persona, team_north):
    with pytest.raises(PermissionError):
        register(request.getfixturevalue(persona), team_north, members=[])
    assert not Household.objects.exists()


def test_a_wrong_insz_refuses_the_whole_registration(outreacher, team_north):
    with pytest.raises(ValidationError):
        register(
            outreacher,
            team_north,
            members=[
                {
                    "role": Member.Role.PARENT,
                    "first_name": "Fatima",
                    "last_name": "El Amrani",
                    "insz": FATIMA_INSZ[:9] + "00",
                }
            ],
        )
    assert not Household.objects.exists()
    assert not Intake.objects.exists()
    assert not AuditEntry.objects.exists()


def intake_form(team, **changes):
    data = {
        "household_name": "Gezin El Amrani",
        "first_name": "Fatima",
        "last_name": "El Amrani",
        "role": Member.Role.PARENT,
        "birth_date": "1990-03-04",
        "insz": "",
        "team": team.pk,
        "channel": channel("poverty_association").pk,
        "received_on": "2025-09-15",
        "reason": "Via OnderOns.",
    }
    data.update(changes)
    return data


def test_the_intake_page_registers_the_family(client_for, outreacher, team_north):
    response = client_for(outreacher).post("/households/new/", intake_form(team_north))

    household = Household.objects.get()
    assert response.status_code == 302
    assert response["Location"] == f"/households/{household.pk}/"
    assert household.intakes.get().channel.code == "poverty_association"
    assert household.members.get().full_name == "Fatima El Amrani"


def test_the_intake_page_shows_a_likely_duplicate_first(client_for, outreacher, household):
    client = client_for(outreacher)
    data = intake_form(
        household.team,
        household_name="Gezin Janssens",
        first_name="Marie",
        last_name="Jansens",
        birth_date="1985-07-30",
    )

    shown = client.post("/households/new/", data)

    assert shown.status_code == 200
    assert [m.full_name for m in shown.context["duplicates"]] == ["Marie Janssens"]
    assert Household.objects.count() == 1
    # The worker saw it and it is someone else: the confirmed form goes on.
    confirmed = client.post("/households/new/", {**data, "confirmed_new": "True"})
    assert confirmed.status_code == 302
    assert Household.objects.count() == 2


def test_the_intake_page_does_not_offer_another_teams_team(client_for, outreacher, team_south):
    response = client_for(outreacher).post("/households/new/", intake_form(team_south))
    assert response.status_code == 200
    assert "team" in response.context["form"].errors
    assert not Household.objects.exists()


@pytest.mark.parametrize("persona", ["partner", "policy", "administrator"])
def test_the_intake_page_refuses_roles_without_casework(client_for, request, persona, team_north):
    response = client_for(request.getfixturevalue(persona)).post(
        "/households/new/", intake_form(team_north)
    )
    assert response.status_code == 403
    assert not Household.objects.exists()
