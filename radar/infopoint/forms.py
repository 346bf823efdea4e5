from django import forms
from django.utils.translation import gettext_lazy as _

from radar.accounts.models import CASEWORK_ROLES, Team, User
from radar.core.forms import DateInput, ModelChoiceField, ModelForm, VersionField
from radar.core.validators import validate_planning_date
from radar.infopoint.models import InfoPointSession


class TimeInput(forms.TimeInput):
    """The phone's own time picker."""

    input_type = "time"

    def __init__(self, attrs=None):
        super().__init__(attrs=attrs, format="%H:%M")


class SessionForm(ModelForm):
    """When and where the info point stands, and who staffs it. The counts are kept with
    the +1 buttons on the session page."""

    team = ModelChoiceField(label=_("team"), queryset=Team.objects.none())
    # An edit carries the version it was opened at (ADR 0003).
    version = VersionField()

    class Meta:
        model = InfoPointSession
        fields = [
            "team",
            "held_on",
            "start_time",
            "end_time",
            "neighbourhood",
            "location",
            "staff",
            "notes",
        ]
        widgets = {
            "held_on": DateInput(),
            "start_time": TimeInput(),
            "end_time": TimeInput(),
            "staff": forms.CheckboxSelectMultiple,
            "notes": forms.Textarea(attrs={"rows": 3}),
        }

    def __init__(self, *args, user: User, **kwargs):
        super().__init__(*args, **kwargs)
        teams = user.teams.all()
        self.fields["team"].queryset = teams
        if self.instance.pk:
            # A session stays with its team; the counts and intakes belong to it.
            del self.fields["team"]
            staff_teams = [self.instance.team_id]
        else:
            del self.fields["version"]
            first_two = list(teams[:2])
            if len(first_two) == 1:
                self.fields["team"].initial = first_two[0]
                self.fields["team"].widget = forms.HiddenInput()
            staff_teams = [t.pk for t in teams]
        self.fields["staff"].queryset = (
            User.objects.filter(teams__in=staff_teams, role__in=CASEWORK_ROLES, is_active=True)
            .distinct()
            .order_by("first_name", "username")
        )
        self.fields["staff"].label_from_instance = lambda u: u.get_full_name() or u.username
        self.fields["neighbourhood"].widget.attrs["list"] = "neighbourhoods"
        # _post_clean is off (below), so the model's date window runs as a field validator.
        self.fields["held_on"].validators.append(validate_planning_date)

    def clean(self):
        data = super().clean()
        team = data.get("team") or (self.instance.team if self.instance.pk else None)
        staff = data.get("staff")
        if team is not None and staff:
            outsiders = [u for u in staff if not u.teams.filter(pk=team.pk).exists()]
            if outsiders:
                self.add_error("staff", _("Only members of the team can staff its sessions."))
        start, end = data.get("start_time"), data.get("end_time")
        if start and end and end < start:
            self.add_error("end_time", _("The session cannot end before it starts."))
        return data

    def _post_clean(self):
        # Nothing is saved through this form (services.create_session and update_session
        # write the session), so the instance is left as it was loaded.
        pass
