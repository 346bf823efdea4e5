"""The shared rules of plausible input (radar.core.validators, radar.core.forms): no raw
constraint text reaches a user, no form field cuts what is typed, no year crashes a check."""

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest
from django import forms
from django.apps import apps
from django.core.exceptions import ValidationError
from django.utils.functional import Promise

from radar.core.validators import add_months, validate_contact_moment, validate_past_date


def radar_constraints():
    for model in apps.get_models():
        if model.__module__.startswith("radar."):
            for constraint in model._meta.constraints:
                yield f"{model._meta.label}.{constraint.name}", constraint


@pytest.mark.parametrize("name, constraint", list(radar_constraints()))
def test_every_constraint_speaks_to_the_user_in_their_language(name, constraint):
    """Issue 8: "Beperking 'member_born_or_expected' is geschonden" showed under the
    friendly message. A constraint that fires in a form or the admin says what to do."""
    message = constraint.violation_error_message
    assert message != constraint.default_violation_error_message, name
    assert isinstance(message, Promise), f"{name}: not translated (gettext_lazy)"


def test_some_constraints_exist():
    assert len(list(radar_constraints())) >= 20


class Letter(forms.Form):
    name = forms.CharField(max_length=5)
    text = forms.CharField(max_length=5, widget=forms.Textarea)


def test_forms_render_without_maxlength_and_say_when_too_long():
    form = Letter(data={"name": "Janssens", "text": "Een lange brief"})

    html = str(form)
    assert "maxlength" not in html
    assert 'value="Janssens"' in html and "Een lange brief" in html
    assert set(form.errors) == {"name", "text"}


def test_the_admin_renderer_is_the_same(admin_client):
    from django.contrib.auth import get_user_model

    page = admin_client.get(f"/admin/{get_user_model()._meta.app_label}/user/add/")
    assert page.status_code == 200
    assert "maxlength" not in page.content.decode()


@pytest.mark.parametrize(
    "value",
    [
        datetime(1, 1, 1, tzinfo=ZoneInfo("Europe/Brussels")),
        datetime(9999, 12, 31, 23, 59, tzinfo=ZoneInfo("Asia/Tokyo")),
        datetime(129, 5, 4, 10, 0),
    ],
)
def test_an_implausible_moment_is_refused_without_crashing(value):
    with pytest.raises(ValidationError):
        validate_contact_moment(value)


def test_a_day_in_the_window_passes():
    validate_past_date(date(2000, 1, 1))
    validate_past_date(None)


@pytest.mark.parametrize(
    "day, months, expected",
    [
        (date(2026, 1, 31), 1, date(2026, 2, 28)),
        (date(2026, 3, 15), 10, date(2027, 1, 15)),
        (date(2028, 12, 31), 2, date(2029, 2, 28)),
    ],
)
def test_add_months_keeps_the_day_or_the_months_last(day, months, expected):
    assert add_months(day, months) == expected
