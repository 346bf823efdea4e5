from datetime import date, datetime

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.forms.renderers import DjangoTemplates
from django.utils import formats, timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from radar.core.ids import parse_id
from radar.core.services import MAX_VERSION, check_removal_reason


class DateInput(forms.DateInput):
    """The phone's own date picker; it always sends ISO dates."""

    input_type = "date"

    def __init__(self, attrs=None):
        super().__init__(attrs=attrs, format="%Y-%m-%d")


class DateTimeInput(forms.DateTimeInput):
    input_type = "datetime-local"

    def __init__(self, attrs=None):
        super().__init__(attrs=attrs, format="%Y-%m-%dT%H:%M")


class KeepWhatIsTypedBoundField(forms.BoundField):
    """Renders text fields without `maxlength`.

    Browsers cut pasted and typed text at `maxlength` without a word: a need of 5,200
    characters was saved as its first 250. Without it, the form's own max_length check
    says how long the text may be, in the user's language, and the form comes back with
    everything that was typed.
    """

    def build_widget_attrs(self, attrs, widget=None):
        attrs = super().build_widget_attrs(attrs, widget)
        attrs["maxlength"] = False  # attrs.html leaves out attributes that are False
        return attrs


class FormRenderer(DjangoTemplates):
    """settings.FORM_RENDERER: every form, admin included, keeps what was typed."""

    bound_field_class = KeepWhatIsTypedBoundField


def _refuse_impossible_id(field, value, message: str, params: dict) -> None:
    """Ids are 1 .. 2**63-1 (radar.core.ids): anything else is not a choice, said before
    the database sees it (SQLite raises OverflowError past 2**63, a 500)."""
    if value in field.empty_values or isinstance(value, field.queryset.model):
        return
    if field.to_field_name and field.to_field_name != "pk":
        model_field = field.queryset.model._meta.get_field(field.to_field_name)
        if not isinstance(model_field, models.IntegerField):
            return
    if parse_id(value) is None:
        raise ValidationError(field.error_messages[message], code=message, params=params)


class ModelChoiceField(forms.ModelChoiceField):
    """Django's, refusing ids no row can have (a tampered select: `9223372036854775808`)
    as an invalid choice instead of a 500. Every form uses it (ModelForm below maps
    foreign keys to it)."""

    def to_python(self, value):
        _refuse_impossible_id(self, value, "invalid_choice", {"value": value})
        return super().to_python(value)


class ModelMultipleChoiceField(forms.ModelMultipleChoiceField):
    """Django's, refusing ids no row can have, like ModelChoiceField."""

    def _check_values(self, value):
        try:
            values = frozenset(value)
        except TypeError:
            values = frozenset()  # Django's own check says "enter a list of values"
        for pk in values:
            _refuse_impossible_id(self, pk, "invalid_pk_value", {"pk": pk})
        return super()._check_values(value)  # type: ignore[misc]  # not in django-stubs


def bounded_formfield(db_field, **kwargs):
    """formfield_callback of ModelForm: relations get the bounded choice fields."""
    if isinstance(db_field, models.ManyToManyField):
        kwargs.setdefault("form_class", ModelMultipleChoiceField)
    elif isinstance(db_field, models.ForeignKey):
        kwargs.setdefault("form_class", ModelChoiceField)
    return db_field.formfield(**kwargs)


class ModelForm(forms.ModelForm):
    """Every model form of Radar: foreign keys and many-to-many fields use the bounded
    choice fields above (a subclass's Meta gets bounded_formfield as its callback)."""

    def __init_subclass__(cls, **kwargs):
        # Runs before Django's ModelFormMetaclass reads the Meta and makes the fields.
        super().__init_subclass__(**kwargs)
        meta = cls.__dict__.get("Meta")
        if meta is not None and not hasattr(meta, "formfield_callback"):
            meta.formfield_callback = staticmethod(bounded_formfield)


class VersionField(forms.IntegerField):
    """The version of the record when the form was opened (hidden; ADR 0003). The service
    refuses the save when the record moved on since. Empty: saved without the check (an
    old page), so every edit page renders it."""

    widget = forms.HiddenInput

    def __init__(self, **kwargs):
        kwargs.setdefault("required", False)
        kwargs.setdefault("min_value", 1)
        kwargs.setdefault("max_value", MAX_VERSION)
        super().__init__(**kwargs)


class RemovalForm(forms.Form):
    """Why a record written down by mistake is removed (core.services.remove_record)."""

    reason = forms.CharField(
        label=_("Why is this removed?"),
        help_text=_("For example: entered twice, wrong family. The reason stays in the history."),
        widget=forms.Textarea(attrs={"rows": 2}),
    )
    version = VersionField()

    def clean_reason(self):
        try:
            return check_removal_reason(self.cleaned_data["reason"])
        except ValidationError as error:
            raise ValidationError(error.message_dict["reason"]) from error


def shown_value(instance, name: str) -> str:
    """The value of `instance.<name>` as the pages show it: choices by their label, a
    related record by its name, dates in the user's format, empty as a dash."""
    field = instance._meta.get_field(name)
    if field.many_to_many:
        value = ", ".join(str(related) for related in getattr(instance, name).all())
    elif field.choices:
        value = getattr(instance, f"get_{name}_display")()
    else:
        value = getattr(instance, name)
    if isinstance(value, bool):
        return gettext("yes") if value else gettext("no")
    if isinstance(value, datetime):
        value = timezone.localtime(value) if timezone.is_aware(value) else value
        return formats.date_format(value, "SHORT_DATETIME_FORMAT")
    if isinstance(value, date):
        return formats.date_format(value, "SHORT_DATE_FORMAT")
    if value in (None, ""):
        return "—"
    return str(value)


def saved_values(form, instance) -> list[tuple[str, str]]:
    """(label, value) of the form's visible fields as `instance` holds them: what the
    conflict box shows next to the worker's own typing."""
    return [
        (str(field.label), shown_value(instance, field.name))
        for field in form.visible_fields()
        if field.name in {f.name for f in instance._meta.get_fields()}
    ]


def add_service_error(form, error: ValidationError) -> None:
    """A service's refusal shown on the form: on its field when the form has one of that
    name, else above the form (as a non-field error)."""
    if hasattr(error, "error_dict"):
        for field, errors in error.error_dict.items():
            form.add_error(field if field in form.fields else None, errors)
    else:
        form.add_error(None, error)
