from django import forms
from django.utils.translation import gettext_lazy as _

from radar.core.forms import DateInput, ModelChoiceField, ModelForm, ModelMultipleChoiceField
from radar.households.models import Intake, LifeDomain
from radar.households.selectors import visible_households
from radar.infopoint.models import InfoPointSession
from radar.stories.models import (
    POLICY_SIGNAL_TRANSITIONS,
    ChangeDomain,
    PolicySignal,
    Story,
)


class StoryForm(ModelForm):
    class Meta:
        model = Story
        fields = [
            "team",
            "domain",
            "title",
            "teller",
            "teller_name",
            "household",
            "told_on",
            "what_happened",
            "why_it_matters",
            "may_share_with_team",
            "may_share_with_committee",
            "may_publish",
        ]
        widgets = {"told_on": DateInput()}

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["team"].queryset = user.teams.all()
        self.fields["domain"].queryset = ChangeDomain.objects.filter(is_active=True)
        self.fields["household"].queryset = visible_households(user).order_by("name")
        self.fields["household"].required = False


class FeedbackForm(forms.Form):
    given_on = forms.DateField(label=_("given on"), widget=DateInput())
    note = forms.CharField(
        label=_("what was told to the teller"), widget=forms.Textarea(attrs={"rows": 3})
    )


class VerifyForm(forms.Form):
    verified_on = forms.DateField(label=_("verified on"), widget=DateInput())
    verification_note = forms.CharField(
        label=_("how the story was checked"), widget=forms.Textarea(attrs={"rows": 3})
    )


class RoundForm(forms.Form):
    """A selection round: per domain of change, the story picked and the reasons."""

    held_on = forms.DateField(label=_("held on"), widget=DateInput())
    participants = forms.CharField(label=_("who selected"), required=False, max_length=300)

    def __init__(self, *args, stories, teams=None, **kwargs):
        super().__init__(*args, **kwargs)
        if teams is not None:
            self.fields["team"] = ModelChoiceField(label=_("team"), queryset=teams)
        self.domains = list(ChangeDomain.objects.filter(is_active=True))
        choices = [("", _("no story"))] + [(s.pk, s.title) for s in stories]
        self.stories = {s.pk: s for s in stories}
        for domain in self.domains:
            self.fields[f"story_{domain.code}"] = forms.TypedChoiceField(
                label=_("story"), choices=choices, required=False, coerce=int, empty_value=None
            )
            self.fields[f"reason_{domain.code}"] = forms.CharField(
                label=_("why this story (in full sentences)"),
                required=False,
                widget=forms.Textarea(attrs={"rows": 3}),
            )

    def domain_rows(self):
        for domain in self.domains:
            yield domain, self[f"story_{domain.code}"], self[f"reason_{domain.code}"]

    def picks(self):
        return [
            (
                d,
                self.stories[self.cleaned_data[f"story_{d.code}"]],
                self.cleaned_data[f"reason_{d.code}"],
            )
            for d in self.domains
            if self.cleaned_data.get(f"story_{d.code}")
        ]


class IntakeChoice(ModelMultipleChoiceField):
    def label_from_instance(self, obj):  # no family name: the date and the channel
        return f"{obj.received_on:%d/%m/%Y} · {obj.channel}"


class PolicySignalForm(ModelForm):
    intakes = IntakeChoice(label=_("intakes"), queryset=Intake.objects.none(), required=False)

    class Meta:
        model = PolicySignal
        fields = [
            "team",
            "title",
            "domain",
            "what_was_seen",
            "examples",
            "families",
            "seen_since",
            "intakes",
            "info_point_sessions",
            "stories",
        ]
        widgets = {
            "seen_since": DateInput(),
            "info_point_sessions": forms.CheckboxSelectMultiple,
            "stories": forms.CheckboxSelectMultiple,
        }

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        teams = user.teams.all()
        self.fields["team"].queryset = teams
        self.fields["domain"].queryset = LifeDomain.objects.filter(is_active=True)
        self.fields["intakes"].queryset = (
            Intake.objects.filter(household__team__in=teams)
            .select_related("channel")
            .order_by("-received_on")
        )
        self.fields["intakes"].widget = forms.CheckboxSelectMultiple()
        self.fields["intakes"].widget.choices = self.fields["intakes"].choices
        self.fields["info_point_sessions"].queryset = InfoPointSession.objects.filter(
            team__in=teams
        ).order_by("-held_on")
        self.fields["stories"].queryset = Story.objects.filter(team__in=teams).order_by("-told_on")


class MoveForm(forms.Form):
    to_status = forms.ChoiceField(label=_("new status"))
    brought_on = forms.DateField(label=_("committee meeting"), required=False, widget=DateInput())
    answer = forms.CharField(
        label=_("the committee's answer"), required=False, widget=forms.Textarea(attrs={"rows": 3})
    )
    answered_on = forms.DateField(label=_("answered on"), required=False, widget=DateInput())

    def __init__(self, *args, signal, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["to_status"].choices = POLICY_SIGNAL_TRANSITIONS.choices_from(signal.status)
