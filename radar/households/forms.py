from django import forms
from django.utils.translation import gettext_lazy as _

from radar.accounts.models import Team, User
from radar.core.forms import (
    DateInput,
    ModelChoiceField,
    ModelForm,
    ModelMultipleChoiceField,
    VersionField,
)
from radar.core.validators import validate_birth_date, validate_past_date
from radar.households import registry
from radar.households.insz import normalize_insz, validate_insz
from radar.households.models import (
    ALLOWED_TRANSITIONS,
    Channel,
    ClosingReason,
    Household,
    LifeDomain,
    Member,
    Need,
    Status,
)


class InszField(forms.CharField):
    def __init__(self, **kwargs):
        kwargs.setdefault("required", False)
        kwargs.setdefault("max_length", 20)
        kwargs.setdefault("label", _("national register number"))
        kwargs.setdefault("help_text", _("Optional. 11 digits, checked with the control number."))
        super().__init__(**kwargs)

    def clean(self, value):
        value = super().clean(value)
        if value:
            validate_insz(value)
            return normalize_insz(value)
        return ""


class MemberForm(ModelForm):
    insz = InszField()

    class Meta:
        model = Member
        fields = [
            "role",
            "first_name",
            "last_name",
            "birth_date",
            "expected_on",
            "language",
            "phone",
            "insz",
        ]
        widgets = {"birth_date": DateInput(), "expected_on": DateInput()}
        # The dates' windows and "not both" are Member.clean()'s.


class MemberEditForm(MemberForm):
    """Correct a member; `version` is the one the form was opened at (ADR 0003)."""

    version = VersionField()


class IntakeForm(forms.Form):
    """Register a signalled family: who, from which channel, why.

    The apps that hang off a household add their own fields and checks (the social map's
    organisation and contact person, the info point session): households.registry.
    """

    household_name = forms.CharField(
        label=_("family name"), max_length=150, help_text=_("For example: Family Janssens.")
    )
    first_name = forms.CharField(label=_("first name (contact person)"), max_length=80)
    last_name = forms.CharField(label=_("last name"), max_length=80)
    role = forms.ChoiceField(
        label=_("role"), choices=Member.Role.choices, initial=Member.Role.PARENT
    )
    birth_date = forms.DateField(
        label=_("birth date"),
        required=False,
        widget=DateInput(),
        validators=[validate_birth_date],
    )
    insz = InszField()
    phone = forms.CharField(label=_("phone"), max_length=30, required=False)
    language = forms.CharField(label=_("language spoken"), max_length=40, required=False)
    street = forms.CharField(label=_("street and number"), max_length=150, required=False)
    postcode = forms.CharField(label=_("postcode"), max_length=10, required=False)
    city = forms.CharField(label=_("city"), max_length=80, required=False)
    neighbourhood = forms.CharField(label=_("neighbourhood"), max_length=80, required=False)
    team = ModelChoiceField(label=_("team"), queryset=Team.objects.none())
    channel = ModelChoiceField(label=_("channel"), queryset=Channel.objects.none())
    received_on = forms.DateField(
        label=_("date of intake"), widget=DateInput(), validators=[validate_past_date]
    )
    signalled_by_organisation = forms.CharField(
        label=_("signalled by (organisation)"), max_length=150, required=False
    )
    signalled_by_person = forms.CharField(label=_("contact person"), max_length=150, required=False)
    reason = forms.CharField(
        label=_("reason"), widget=forms.Textarea(attrs={"rows": 3}), required=False
    )
    is_known_to_ocmw = forms.BooleanField(label=_("already known to the OCMW"), required=False)
    # Set when the worker saw the likely duplicates and chose to continue.
    confirmed_new = forms.BooleanField(required=False, widget=forms.HiddenInput())

    def __init__(self, *args, user: User, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["team"].queryset = user.teams.all()
        teams = list(user.teams.all()[:2])
        if len(teams) == 1:
            self.fields["team"].initial = teams[0]
            self.fields["team"].widget = forms.HiddenInput()
        self.fields["channel"].queryset = Channel.objects.filter(is_active=True)
        # The apps that hang off a household add their fields (the social map's
        # organisation, the info point session ...): households.registry.
        for extension in registry.intake_extensions():
            extension.set_up_form(self, user=user)

    def clean(self):
        data = super().clean()
        for extension in registry.intake_extensions():
            extension.clean_form(self, data)
        return data


class HouseholdForm(ModelForm):
    version = forms.IntegerField(widget=forms.HiddenInput())

    class Meta:
        model = Household
        fields = [
            "name",
            "street",
            "postcode",
            "city",
            "neighbourhood",
            "phone",
            "is_known_to_ocmw",
        ]


class StatusForm(forms.Form):
    to_status = forms.ChoiceField(label=_("new status"), choices=())
    reason = forms.ChoiceField(
        label=_("closing reason"), choices=[("", "—"), *ClosingReason.choices], required=False
    )
    note = forms.CharField(
        label=_("note"), required=False, widget=forms.Textarea(attrs={"rows": 2})
    )

    def __init__(self, *args, household: Household, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["to_status"].choices = ALLOWED_TRANSITIONS.choices_from(household.status)

    def clean(self):
        data = super().clean()
        if data.get("to_status") == Status.CLOSED and not data.get("reason"):
            self.add_error("reason", _("Give a reason to close the file."))
        return data


class NeedForm(ModelForm):
    class Meta:
        model = Need
        fields = ["domain", "description", "priority"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["domain"].queryset = LifeDomain.objects.filter(is_active=True)


class NeedEditForm(NeedForm):
    """Correct a need; `version` is the one the form was opened at (ADR 0003)."""

    version = VersionField()


class AssignForm(forms.Form):
    workers = ModelMultipleChoiceField(
        label=_("outreachers"), queryset=User.objects.none(), widget=forms.CheckboxSelectMultiple
    )

    def __init__(self, *args, household: Household, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["workers"].queryset = User.objects.filter(
            teams=household.team_id,
            is_active=True,
            role__in=["outreacher", "team_lead", "colleague"],
        ).order_by("first_name", "username")
