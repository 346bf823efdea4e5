"""The one status-rule helper (core.states.StateMachine): what it allows, what it refuses and
how it says so. The three machines of the app are tested with their use cases
(households test_status, referrals test_referral_status, rights test_follow_up)."""

import pytest
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import translation

from radar.core.states import NO_STATUS, StateMachine, TransitionError


class Light(models.TextChoices):
    RED = "red", "red"
    GREEN = "green", "green"
    AMBER = "amber", "amber"
    OFF = "off", "off"


LIGHTS = StateMachine(
    Light,
    {
        Light.RED: (Light.GREEN, Light.OFF),
        Light.GREEN: (Light.AMBER,),
        Light.AMBER: (Light.RED,),
        Light.OFF: (),
    },
    start=Light.RED,
)


class LightError(ValidationError):
    pass


def test_the_table_reads_as_a_mapping_of_each_status_to_its_next_ones():
    assert set(LIGHTS) == set(Light.values)
    assert LIGHTS[Light.RED] == ("green", "off")
    assert dict(LIGHTS.items())[Light.OFF] == ()


def test_allowed_moves_pass_the_check():
    assert LIGHTS.allowed_from(Light.GREEN) == ("amber",)
    assert LIGHTS.can_move(Light.AMBER, Light.RED)
    LIGHTS.check(Light.RED, Light.GREEN)  # no error


def test_a_new_record_may_only_start_in_the_start_status():
    assert LIGHTS.allowed_from(NO_STATUS) == ("red",)
    LIGHTS.check(NO_STATUS, Light.RED)
    with pytest.raises(TransitionError):
        LIGHTS.check(NO_STATUS, Light.GREEN)


@pytest.mark.parametrize(
    ("from_state", "to_state"),
    [("green", "red"), ("off", "red"), ("red", "red"), ("red", "blue"), ("blue", "red")],
)
def test_a_move_outside_the_table_is_refused(from_state, to_state):
    assert not LIGHTS.can_move(from_state, to_state)
    with pytest.raises(TransitionError) as error:
        LIGHTS.check(from_state, to_state)
    assert error.value.code == "transition"
    assert isinstance(error.value, ValidationError)


def test_the_refusal_can_be_raised_as_the_callers_own_error():
    with pytest.raises(LightError) as error:
        LIGHTS.check(Light.GREEN, Light.RED, error=LightError)
    assert error.value.code == "transition"


def test_the_refusal_names_both_statuses_in_the_users_language():
    with pytest.raises(TransitionError) as error:
        LIGHTS.check(Light.GREEN, "blue")
    with translation.override("en"):
        assert error.value.messages == ["The status cannot go from 'green' to 'blue'."]
    with translation.override("nl"):
        assert error.value.messages == ["De status kan niet van 'green' naar 'blue' gaan."]


def test_a_machine_can_carry_its_own_message():
    machine = StateMachine(
        Light,
        dict(LIGHTS.items()),
        start=Light.RED,
        refusal="A light cannot go from '%(from)s' to '%(to)s'.",
        no_status_label="nowhere",
    )
    with pytest.raises(TransitionError) as error:
        machine.check(NO_STATUS, Light.OFF)
    assert error.value.messages == ["A light cannot go from 'nowhere' to 'off'."]


def test_choices_from_offers_the_next_statuses_with_their_labels():
    assert LIGHTS.choices_from(Light.RED) == [("green", "green"), ("off", "off")]
    assert LIGHTS.choices_from(Light.OFF) == []
    assert LIGHTS.choices_from("blue") == []


def test_a_limited_machine_keeps_only_the_moves_to_its_targets():
    answers = LIGHTS.limited_to(Light.AMBER, Light.OFF)
    assert answers.allowed_from(Light.RED) == ("off",)
    assert answers.allowed_from(Light.GREEN) == ("amber",)
    assert answers.allowed_from(NO_STATUS) == ()  # red is not one of its targets
    with pytest.raises(TransitionError):
        answers.check(Light.RED, Light.GREEN)
    LIGHTS.check(Light.RED, Light.GREEN)  # the full machine is unchanged


@pytest.mark.parametrize(
    "table",
    [
        {Light.RED: (Light.GREEN,), Light.GREEN: (), Light.AMBER: ()},  # off is missing
        {**dict(LIGHTS.items()), "blue": ()},  # an unknown status
        {**dict(LIGHTS.items()), Light.OFF: ("blue",)},  # an unknown target
    ],
)
def test_an_incomplete_or_unknown_table_is_refused_when_declared(table):
    with pytest.raises(ValueError):
        StateMachine(Light, table, start=Light.RED)
