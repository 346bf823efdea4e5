from django import forms
from django.forms.renderers import DjangoTemplates


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
