from django import forms
from django.utils.translation import gettext_lazy as _

from radar.consents.models import Category, GivenHow
from radar.core.forms import ModelChoiceField
from radar.core.validators import validate_plan_date, validate_planning_date
from radar.organisations.models import Organisation


class ConsentForm(forms.Form):
    organisation = ModelChoiceField(
        label=_("organisation"), queryset=Organisation.objects.filter(is_active=True)
    )
    categories = forms.MultipleChoiceField(
        label=_("what may be shared"),
        choices=Category.choices,
        widget=forms.CheckboxSelectMultiple,
    )
    purpose = forms.CharField(label=_("purpose"), max_length=100)
    given_how = forms.ChoiceField(label=_("given how"), choices=GivenHow.choices)
    # The windows are Consent.clean()'s, run here too so every error shows at once.
    valid_from = forms.DateField(
        label=_("valid from"),
        widget=forms.DateInput(attrs={"type": "date"}),
        validators=[validate_planning_date],
    )
    valid_until = forms.DateField(
        label=_("valid until"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}),
        help_text=_("Leave empty for no end date."),
        validators=[validate_plan_date],
    )

    def clean(self):
        cleaned = super().clean()
        start, end = cleaned.get("valid_from"), cleaned.get("valid_until")
        if start and end and end < start:
            self.add_error("valid_until", _("The end cannot be before the start."))
        return cleaned


class PartnerSignalForm(forms.Form):
    who = forms.CharField(
        label=_("who"),
        max_length=150,
        help_text=_("A name the outreach team can find the family by, nothing more."),
    )
    contact = forms.CharField(
        label=_("how to reach them"),
        max_length=30,
        required=False,
        help_text=_("Optional: a phone number."),
    )
    why = forms.CharField(
        label=_("why"),
        max_length=500,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("In a few words: what you noticed. No diagnosis, no more than needed."),
    )
    family_knows = forms.BooleanField(label=_("the family knows about this signal"), required=False)


class HandoverNoteForm(forms.Form):
    """A partner's hand-over note on a referral addressed to their organisation."""

    note = forms.CharField(label=_("hand-over note"), widget=forms.Textarea(attrs={"rows": 3}))
