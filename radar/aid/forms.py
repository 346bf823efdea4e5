from django import forms
from django.utils.translation import gettext_lazy as _

from radar.aid.services import parse_euros
from radar.core.validators import validate_past_date
from radar.households.models import Member


class GiveAidForm(forms.Form):
    """Aid handed to a family (and one of its children); the amount in euro."""

    aid_type = forms.ModelChoiceField(label=_("Aid"), queryset=None)
    given_on = forms.DateField(
        label=_("Date"),
        widget=forms.DateInput(attrs={"type": "date"}),
        validators=[validate_past_date],
    )
    count = forms.IntegerField(label=_("Number"), min_value=1, max_value=10000, initial=1)
    amount = forms.CharField(
        label=_("Amount (euro)"),
        required=False,
        max_length=20,
        help_text=_("Leave empty for the catalogue's amount per unit."),
    )
    member = forms.ModelChoiceField(label=_("Child"), queryset=None, required=False)
    note = forms.CharField(label=_("Note"), max_length=250, required=False)

    def __init__(self, *args, aid_types, household, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["aid_type"].queryset = aid_types
        self.fields["member"].queryset = Member.objects.filter(
            household=household, role=Member.Role.CHILD
        )

    def clean_amount(self):
        text = self.cleaned_data["amount"].strip()
        if not text:
            return None
        cents = parse_euros(text)
        if cents is None:
            raise forms.ValidationError(_("Give an amount in euro, e.g. 25,50."))
        return cents


class RedemptionUploadForm(forms.Form):
    file = forms.FileField(label=_("List of the shop or pharmacy (CSV)"))
