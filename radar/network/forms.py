from django import forms
from django.utils.translation import gettext_lazy as _

from radar.core.forms import DateInput, ModelChoiceField, ModelForm, VersionField
from radar.network.models import Agreement, CaseDiscussion, NetworkTie
from radar.network.selectors import households_to_discuss, team_members
from radar.plans.models import Goal, Step


class TieForm(ModelForm):
    """Add or change a tie; `member` is limited to the family's own members. A change
    carries the version it was opened at (ADR 0003)."""

    version = VersionField()

    class Meta:
        model = NetworkTie
        fields = ["name", "kind", "relation", "quality", "member", "note", "is_active"]
        widgets = {"note": forms.Textarea(attrs={"rows": 2})}

    def __init__(self, *args, household, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["member"].queryset = household.members.all()
        self.fields["member"].empty_label = _("the whole family")
        if self.instance.pk is None:
            del self.fields["is_active"]
            del self.fields["version"]


class DiscussionForm(ModelForm):
    """A case discussion of one of the user's teams; the families and participants to
    choose from are those the user sees in their team(s)."""

    class Meta:
        model = CaseDiscussion
        fields = [
            "team",
            "held_on",
            "kind",
            "households",
            "participants",
            "other_participants",
            "notes",
        ]
        widgets = {
            "held_on": DateInput(),
            "households": forms.CheckboxSelectMultiple,
            "participants": forms.CheckboxSelectMultiple,
            "notes": forms.Textarea(attrs={"rows": 5}),
        }

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        teams = user.teams.all()
        self.fields["team"].queryset = teams
        self.fields["team"].empty_label = None
        if len(teams) == 1:
            self.fields["team"].widget = forms.HiddenInput()
            self.fields["team"].initial = teams[0].pk
        self.fields["households"].queryset = households_to_discuss(user)
        self.fields["households"].label_from_instance = lambda h: h.name
        self.fields["participants"].queryset = team_members(teams)
        self.fields["participants"].label_from_instance = lambda u: u.get_full_name() or u.username


class AgreementForm(ModelForm):
    class Meta:
        model = Agreement
        fields = ["household", "text", "owner", "due_on"]
        widgets = {"due_on": DateInput()}

    def __init__(self, *args, discussion, **kwargs):
        super().__init__(*args, **kwargs)
        households = list(discussion.households.order_by("name", "id"))
        self.fields["household"].queryset = discussion.households.all()
        self.fields["household"].label_from_instance = lambda h: h.name
        if len(households) == 1:
            self.fields["household"].initial = households[0].pk
        self.fields["owner"].queryset = team_members([discussion.team])
        self.fields["owner"].label_from_instance = lambda u: u.get_full_name() or u.username


class AgreementStepForm(forms.Form):
    """Which goal of the family's plan the agreement becomes a step of."""

    goal = ModelChoiceField(queryset=Goal.objects.none(), label=_("goal"))
    title = forms.CharField(
        label=_("step"),
        max_length=200,
        required=False,
        help_text=_("Leave empty to use the agreement's words."),
    )
    owner = forms.ChoiceField(
        label=_("who does it"),
        choices=Step.Owner.choices,
        initial=Step.Owner.OUTREACHER,
        required=False,
    )

    def __init__(self, *args, household, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["goal"].queryset = Goal.objects.filter(household=household).select_related(
            "domain"
        )
        self.fields["goal"].label_from_instance = lambda g: f"{g.title} ({g.domain.name})"
