from django import forms
from django.urls import reverse
from django.utils import formats
from django.utils.translation import gettext_lazy as _

from radar.accounts.models import Team, User
from radar.core.forms import DateInput
from radar.core.validators import validate_birth_date, validate_past_date
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
from radar.infopoint.models import InfoPointSession
from radar.organisations.models import ContactPerson, Organisation


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


class MemberForm(forms.ModelForm):
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


class IntakeForm(forms.Form):
    """Register a signalled family: who, from which channel, why."""

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
    team = forms.ModelChoiceField(label=_("team"), queryset=Team.objects.none())
    channel = forms.ModelChoiceField(label=_("channel"), queryset=Channel.objects.none())
    received_on = forms.DateField(
        label=_("date of intake"), widget=DateInput(), validators=[validate_past_date]
    )
    signalled_by_organisation = forms.CharField(
        label=_("signalled by (organisation)"), max_length=150, required=False
    )
    signalled_by_person = forms.CharField(label=_("contact person"), max_length=150, required=False)
    # The same signal on the social map (radar.organisations); the text fields stay for
    # organisations and people not on the map.
    organisation = forms.ModelChoiceField(
        label=_("organisation on the social map"),
        queryset=Organisation.objects.none(),
        required=False,
        help_text=_("Optional. Counts the signal on the organisation's page."),
    )
    contact_person = forms.ModelChoiceField(
        label=_("contact person on the social map"),
        queryset=ContactPerson.objects.none(),
        required=False,
    )
    reason = forms.CharField(
        label=_("reason"), widget=forms.Textarea(attrs={"rows": 3}), required=False
    )
    is_known_to_ocmw = forms.BooleanField(label=_("already known to the OCMW"), required=False)
    info_point_session = forms.ModelChoiceField(
        label=_("info point session"),
        queryset=InfoPointSession.objects.none(),
        required=False,
        help_text=_("Did the family come to the mobile info point? Pick the session."),
    )
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
        self.fields["organisation"].queryset = Organisation.objects.filter(is_active=True)
        self.fields["contact_person"].queryset = ContactPerson.objects.filter(
            is_active=True, organisation__is_active=True
        ).select_related("organisation")
        self._set_up_info_point_session(user)

    def _set_up_info_point_session(self, user: User) -> None:
        """Offer the recent sessions of the user's teams; when the channel is the info
        point, suggest today's session. Changing the channel asks for the suggestion again
        (htmx, households.views.register_intake renders #session_field)."""
        from radar.infopoint import selectors as infopoint_selectors

        field = self.fields["info_point_session"]
        field.queryset = infopoint_selectors.recent_sessions_for(user=user)
        field.label_from_instance = lambda session: " · ".join(
            part
            for part in (
                formats.date_format(session.held_on, "SHORT_DATE_FORMAT"),
                session.neighbourhood,
                session.location,
            )
            if part
        )
        self.fields["channel"].widget.attrs.update(
            {
                "hx-get": reverse("households:intake"),
                "hx-trigger": "change",
                "hx-target": "#session-field",
                "hx-swap": "outerHTML",
            }
        )
        channel = self["channel"].value()
        # Not self["info_point_session"]: its initial value would be cached before the suggestion.
        chosen = (
            self.data.get(self.add_prefix("info_point_session"))
            if self.is_bound
            else self.initial.get("info_point_session")
        )
        is_info_point = Channel.objects.filter(
            pk=channel if str(channel or "").isdigit() else None,
            code=infopoint_selectors.INFO_POINT_CHANNEL,
        ).exists()
        if is_info_point and not chosen:
            today = infopoint_selectors.todays_session_for(user=user)
            if today is not None:
                self.initial["info_point_session"] = today.pk
                field.help_text = _("Today's session is suggested; change it if needed.")

    def clean(self):
        data = super().clean()
        session, team = data.get("info_point_session"), data.get("team")
        if session is not None and team is not None and session.team_id != team.pk:
            self.add_error("info_point_session", _("This session belongs to another team."))
        person = data.get("contact_person")
        if person is not None and person.organisation_id != getattr(
            data.get("organisation"), "pk", None
        ):
            self.add_error(
                "contact_person", _("Choose a contact person of the organisation chosen above.")
            )
        return data


class HouseholdForm(forms.ModelForm):
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


class NeedForm(forms.ModelForm):
    class Meta:
        model = Need
        fields = ["domain", "description", "priority"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["domain"].queryset = LifeDomain.objects.filter(is_active=True)


class AssignForm(forms.Form):
    workers = forms.ModelMultipleChoiceField(
        label=_("outreachers"), queryset=User.objects.none(), widget=forms.CheckboxSelectMultiple
    )

    def __init__(self, *args, household: Household, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["workers"].queryset = User.objects.filter(
            teams=household.team_id,
            is_active=True,
            role__in=["outreacher", "team_lead", "colleague"],
        ).order_by("first_name", "username")
