"""The one update helper (core.services.model_update), on a record with a version (Household,
Member) and one without (Intake): it refuses fields outside the list, always validates, writes only
what changed (and nothing when nothing did) and refuses a stale version."""

from datetime import timedelta

import pytest
from django.core.exceptions import ValidationError
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from radar.core.models import AuditEntry
from radar.core.services import ConcurrentEditError, UnknownFieldError, model_update
from radar.households import services
from radar.households.models import BORN_OR_EXPECTED, Household, Intake, Member
from radar.households.tests.factories import IntakeFactory


def _writes(queries) -> list[str]:
    return [q["sql"] for q in queries if q["sql"].lstrip().upper().startswith(("UPDATE", "INSERT"))]


@pytest.fixture
def marie(household) -> Member:
    return household.members.get()


def test_a_field_outside_the_list_is_refused_and_nothing_is_written(household, team_south):
    with pytest.raises(UnknownFieldError) as error:
        model_update(
            instance=household, fields=["name", "phone"], data={"phone": "1", "team": team_south}
        )
    # The use case's mistake, not the worker's: both a ValidationError and a ValueError.
    assert isinstance(error.value, ValidationError) and isinstance(error.value, ValueError)
    saved = Household.objects.get(pk=household.pk)
    assert (saved.phone, saved.team_id, saved.version) == ("", household.team_id, 1)


def test_full_clean_runs_on_every_update(marie):
    with pytest.raises(ValidationError) as error:
        model_update(
            instance=marie,
            fields=["first_name", "expected_on"],
            data={"first_name": "Mia", "expected_on": timezone.localdate() + timedelta(days=60)},
        )
    # The model's own rule (Member.clean, before the member_born_or_expected constraint),
    # in the user's words: issue 8 removed the raw constraint text.
    assert error.value.message_dict == {"expected_on": [str(BORN_OR_EXPECTED)]}
    assert Member.objects.get(pk=marie.pk).first_name == "Marie"


def test_full_clean_runs_where_the_old_household_update_did_not(outreacher, household):
    with pytest.raises(ValidationError):
        services.update_household(
            user=outreacher, household=household, expected_version=1, name="x" * 151
        )
    saved = Household.objects.get(pk=household.pk)
    assert (saved.name, saved.version) == ("Gezin Janssens", 1)
    assert not AuditEntry.objects.filter(action="update").exists()


def test_a_no_op_update_writes_nothing(outreacher, household, marie):
    before = Household.objects.get(pk=household.pk)
    with CaptureQueriesContext(connection) as queries:
        _household, changed = model_update(
            instance=household,
            fields=services.EDITABLE_FIELDS,
            data={"name": "Gezin Janssens", "city": "Mol"},
            expected_version=1,
        )
        services.update_member(user=outreacher, member=marie, first_name="Marie")
        services.update_household(
            user=outreacher, household=household, expected_version=1, phone=""
        )
    assert changed == []
    assert _writes(queries.captured_queries) == []
    after = Household.objects.get(pk=household.pk)
    assert (after.version, after.modified_at) == (1, before.modified_at)
    assert not AuditEntry.objects.exists()


def test_only_the_changed_fields_are_written(outreacher, marie):
    # Somebody else changed the last name after this copy was read.
    Member.objects.filter(pk=marie.pk).update(last_name="Peeters")
    before = Member.objects.get(pk=marie.pk).modified_at

    member, changed = model_update(
        instance=marie,
        fields=services.MEMBER_FIELDS,
        data={"first_name": "Maria", "last_name": "Janssens", "phone": "0470"},
        user=outreacher,
    )

    # The copy still said "Janssens", but so did the form: only what the form changed counts.
    assert changed == ["first_name", "last_name", "phone"]
    saved = Member.objects.get(pk=marie.pk)
    assert (saved.first_name, saved.last_name, saved.phone) == ("Maria", "Janssens", "0470")
    assert saved.modified_at > before


def test_a_changed_field_leaves_the_others_as_stored(marie):
    Member.objects.filter(pk=marie.pk).update(last_name="Peeters")

    _member, changed = model_update(
        instance=marie, fields=services.MEMBER_FIELDS, data={"first_name": "Maria"}
    )

    assert changed == ["first_name"]
    saved = Member.objects.get(pk=marie.pk)
    assert (saved.first_name, saved.last_name) == ("Maria", "Peeters")


def test_the_service_audits_the_changed_fields_only(outreacher, marie):
    services.update_member(
        user=outreacher, member=marie, first_name="Maria", last_name="Janssens", phone="0470"
    )
    entry = AuditEntry.objects.get(action="update")
    assert (entry.object_type, entry.detail) == (
        "households.member",
        {"fields": ["first_name", "phone"]},
    )


def test_every_saved_change_moves_the_version_on(household):
    household, _changed = model_update(
        instance=household, fields=services.EDITABLE_FIELDS, data={"phone": "014"}
    )
    assert household.version == Household.objects.get(pk=household.pk).version == 2


@pytest.mark.parametrize("phone", ["0470 12 34 56", ""], ids=["a change", "no change"])
def test_a_stale_version_is_refused(household, phone):
    Household.objects.filter(pk=household.pk).update(version=2, city="Balen")

    with pytest.raises(ConcurrentEditError):
        model_update(
            instance=household,
            fields=services.EDITABLE_FIELDS,
            data={"phone": phone},
            expected_version=1,
        )

    saved = Household.objects.get(pk=household.pk)
    assert (saved.phone, saved.city, saved.version) == ("", "Balen", 2)


def test_a_version_can_only_be_checked_on_a_record_that_has_one(household):
    # Members carry a version since issue 8; an intake is edited by no form and has none.
    intake = IntakeFactory(household=household, reason="Signaal van de school.")
    with pytest.raises(ValueError):
        model_update(
            instance=intake,
            fields=["reason"],
            data={"reason": "Signaal van het CAW."},
            expected_version=1,
        )
    assert Intake.objects.get(pk=intake.pk).reason == "Signaal van de school."
