from __future__ import annotations

from typing import Any

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from radar.core.validators import validate_past_date
from radar.rights.exchange import MAX_NUMBER, RESIDENCE_STATUSES
from radar.rights.labels import value_name
from radar.rights.models import FollowUpStatus, NonTakeUpType


def _choices(values, *, blank=True):
    options = [(v, value_name(v)) for v in values]
    return ([("", _("don't know"))] if blank else []) + options


YES_NO_UNKNOWN = [("", _("don't know")), ("yes", _("yes")), ("no", _("no"))]
TENURES = ("private_rent", "social_rent", "owner", "informal", "homeless")
QUICK_BENEFITS = (
    "leefloon",
    "unemployment_benefit",
    "sickness_benefit",
    "pension",
    "groeipakket",
    "verhoogde_tegemoetkoming",
    "igo",
    "ivt",
    "it",
)


class QuickCheckForm(forms.Form):
    """A short, anonymous check at the info point: nothing here is stored."""

    region = forms.ChoiceField(
        label=_("Region"), choices=_choices(("flanders", "wallonia", "brussels")), required=False
    )
    adults = forms.TypedChoiceField(
        label=_("Adults in the household"),
        choices=[(1, "1"), (2, _("2 (a couple)"))],
        coerce=int,
        initial=1,
    )
    age = forms.IntegerField(
        label=_("Age of the person"), min_value=0, max_value=130, required=False
    )
    partner_age = forms.IntegerField(
        label=_("Age of the partner"), min_value=0, max_value=130, required=False
    )
    children_ages = forms.CharField(
        label=_("Ages of the children"),
        required=False,
        help_text=_("Separated by commas, e.g. 0, 4, 12. Empty: no children."),
    )
    residence_status = forms.ChoiceField(
        label=_("Residence status"), choices=_choices(RESIDENCE_STATUSES), required=False
    )
    income_work = forms.DecimalField(
        label=_("Net income from work per month (household)"),
        min_value=0,
        max_value=MAX_NUMBER,
        required=False,
    )
    income_benefits = forms.DecimalField(
        label=_("Net benefits per month (unemployment, sickness, pension ...)"),
        min_value=0,
        max_value=MAX_NUMBER,
        required=False,
    )
    income_unknown = forms.BooleanField(label=_("Income not known"), required=False)
    yearly_income = forms.DecimalField(
        label=_("Gross taxable income of the household last year"),
        min_value=0,
        max_value=MAX_NUMBER,
        required=False,
    )
    benefits = forms.MultipleChoiceField(
        label=_("Already receives"),
        choices=[(b, value_name(b)) for b in QUICK_BENEFITS],
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )
    tenure = forms.ChoiceField(label=_("Housing"), choices=_choices(TENURES), required=False)
    rent = forms.DecimalField(
        label=_("Rent per month"), min_value=0, max_value=MAX_NUMBER, required=False
    )
    willing_to_work = forms.ChoiceField(
        label=_("Willing to work (or cannot for health or studies)"),
        choices=YES_NO_UNKNOWN,
        required=False,
    )
    other_rights_claimed = forms.ChoiceField(
        label=_("Has claimed other benefits they may have a right to"),
        choices=YES_NO_UNKNOWN,
        required=False,
    )
    agrees_to_register = forms.BooleanField(
        label=_("The person agrees to be registered as a family (go to the intake)"),
        required=False,
    )

    def clean_children_ages(self) -> list[int]:
        raw = self.cleaned_data["children_ages"].replace(";", ",")
        ages = []
        for part in raw.split(","):
            part = part.strip()
            if not part:
                continue
            if not (part.isascii() and part.isdigit()) or int(part) > 30:
                raise forms.ValidationError(_("Write the ages as whole numbers, e.g. 0, 4, 12."))
            ages.append(int(part))
        return ages

    def situation(self) -> dict[str, Any]:
        """The answers in the exchange format; what was not answered stays unknown."""
        data = self.cleaned_data
        situation: dict[str, Any] = {"reference_date": timezone.localdate().isoformat()}
        if data["region"]:
            situation["region"] = data["region"]
        if data["yearly_income"] is not None:
            situation["household_gross_taxable_income_yearly_previous_year"] = float(
                data["yearly_income"]
            )
        housing = {}
        if data["tenure"]:
            housing["tenure"] = data["tenure"]
        if data["rent"] is not None:
            housing["rent_monthly"] = float(data["rent"])
        if housing:
            situation["housing"] = housing
        applicant: dict[str, Any] = {"id": "person", "role": "applicant", "flags": {}}
        if data["age"] is not None:
            applicant["age"] = data["age"]
        if data["residence_status"]:
            applicant["residence_status"] = data["residence_status"]
        applicant["benefits_received"] = list(data["benefits"])
        if not data["income_unknown"]:
            income = {}
            if data["income_work"]:
                income["salary"] = float(data["income_work"])
            if data["income_benefits"]:
                income["unemployment_benefit"] = float(data["income_benefits"])
            applicant["income_monthly_net"] = income
        for field, flag in (
            ("willing_to_work", "willing_to_work"),
            ("other_rights_claimed", "other_benefit_rights_exhausted"),
        ):
            if data[field]:
                applicant["flags"][flag] = data[field] == "yes"
        members = [applicant]
        if data["adults"] == 2:
            partner: dict[str, Any] = {"id": "partner", "role": "partner"}
            if data["partner_age"] is not None:
                partner["age"] = data["partner_age"]
            if not data["income_unknown"]:
                partner["income_monthly_net"] = {}
            members.append(partner)
        else:
            applicant["flags"]["single_parent"] = bool(data["children_ages"])
            if not data["children_ages"]:
                applicant["flags"]["lives_alone"] = True
        for index, age in enumerate(data["children_ages"], start=1):
            members.append(
                {"id": f"child{index}", "role": "child", "age": age, "benefits_received": []}
            )
        situation["members"] = members
        return situation


class FollowUpForm(forms.Form):
    right_id = forms.CharField(max_length=80, widget=forms.HiddenInput)
    to_status = forms.ChoiceField(choices=FollowUpStatus.choices, widget=forms.HiddenInput)
    on = forms.DateField(label=_("Date"), required=False, validators=[validate_past_date])
    where = forms.CharField(label=_("Where"), max_length=150, required=False)
    reason = forms.CharField(
        label=_("Reason"), required=False, widget=forms.Textarea(attrs={"rows": 2})
    )
    non_take_up_type = forms.ChoiceField(
        label=_("Type of non-take-up"),
        choices=[("", "—"), *NonTakeUpType.choices],
        required=False,
    )
    note = forms.CharField(label=_("Note"), required=False, max_length=500)
