from django import forms
from django.utils.translation import gettext_lazy as _

from radar.aid.services import parse_euros
from radar.core.forms import ModelChoiceField
from radar.core.validators import validate_past_date, validate_plan_date
from radar.households.models import Member, Need


class GiveAidForm(forms.Form):
    """Aid handed to a family (and one of its children); the amount in euro."""

    aid_type = ModelChoiceField(label=_("Aid"), queryset=None)
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
    member = ModelChoiceField(label=_("Child"), queryset=None, required=False)
    need = ModelChoiceField(label=_("For the need"), queryset=None, required=False)
    note = forms.CharField(label=_("Note"), max_length=250, required=False)
    voucher_number = forms.CharField(
        label=_("Voucher or card number"),
        max_length=40,
        required=False,
        help_text=_("For a voucher or card: its number, to follow its use."),
    )
    valid_until = forms.DateField(
        label=_("Valid until"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}),
        validators=[validate_plan_date],
    )

    def __init__(self, *args, aid_types, household, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["aid_type"].queryset = aid_types
        self.fields["member"].queryset = Member.objects.filter(
            household=household, role=Member.Role.CHILD
        )
        self.fields["need"].queryset = Need.objects.filter(household=household)

    def clean_amount(self):
        text = self.cleaned_data["amount"].strip()
        if not text:
            return None
        cents = parse_euros(text)
        if cents is None:
            raise forms.ValidationError(_("Give an amount in euro, e.g. 25,50."))
        return cents

    def clean(self):
        data = super().clean()
        aid_type = data.get("aid_type")
        if data.get("voucher_number"):
            if aid_type is not None and aid_type.kind != "voucher":
                self.add_error("voucher_number", _("This aid is not a voucher or card."))
            if not data.get("valid_until"):
                self.add_error("valid_until", _("Give the last day the voucher can be used."))
            if data.get("amount") is None and aid_type is not None:
                if aid_type.unit_amount_cents is None:
                    self.add_error("amount", _("Give the amount: this aid varies."))
        return data


class RedeemForm(forms.Form):
    """A voucher used at a shop or pharmacy, entered by hand."""

    number = forms.CharField(label=_("Voucher number"), max_length=40)
    redeemed_on = forms.DateField(
        label=_("Used on"),
        widget=forms.DateInput(attrs={"type": "date"}),
        validators=[validate_past_date],
    )
    amount = forms.CharField(
        label=_("Amount (euro)"),
        required=False,
        max_length=20,
        help_text=_("Leave empty for the voucher's value."),
    )
    where = forms.CharField(label=_("Where"), max_length=150, required=False)

    def clean_amount(self):
        text = self.cleaned_data["amount"].strip()
        if not text:
            return None
        cents = parse_euros(text)
        if cents is None:
            raise forms.ValidationError(_("Give an amount in euro, e.g. 25,50."))
        return cents


class RedemptionUploadForm(forms.Form):
    file = forms.FileField(
        label=_("List of the shop or pharmacy (CSV)"),
        help_text=_("Columns number; date; amount; place. One wrong line and nothing is redeemed."),
    )
