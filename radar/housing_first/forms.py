from decimal import Decimal

from django import forms
from django.utils.translation import gettext_lazy as _

from radar.core.forms import (
    DateInput,
    ModelChoiceField,
    ModelForm,
    ModelMultipleChoiceField,
    VersionField,
)
from radar.housing_first.models import (
    AgendaItem,
    Candidacy,
    CandidacyStatus,
    Decision,
    EndReason,
    Meeting,
    Tenancy,
    TenancyEvent,
)
from radar.housing_first.services import CANDIDACY_FIELDS

_TEXT = {"rows": 3}


class CandidacyForm(ModelForm):
    """The history dossier, written with the family. A change carries its version."""

    version = VersionField()

    class Meta:
        model = Candidacy
        fields = list(CANDIDACY_FIELDS)
        widgets = {name: forms.Textarea(attrs=_TEXT) for name in CANDIDACY_FIELDS}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk is None:
            del self.fields["version"]


class CandidacyMoveForm(forms.Form):
    to_status = forms.ChoiceField(
        label=_("action"),
        choices=[
            (CandidacyStatus.SUBMITTED, _("submit to the commission")),
            (CandidacyStatus.WITHDRAWN, _("withdraw")),
        ],
    )
    note = forms.CharField(
        label=_("note"), required=False, widget=forms.Textarea(attrs={"rows": 2})
    )


class MeetingForm(ModelForm):
    class Meta:
        model = Meeting
        fields = ["held_on", "place"]
        widgets = {"held_on": DateInput()}


class AgendaForm(forms.Form):
    candidacy = ModelChoiceField(label=_("candidacy"), queryset=Candidacy.objects.none())

    def __init__(self, *args, candidacies, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["candidacy"].queryset = candidacies
        self.fields["candidacy"].label_from_instance = lambda c: c.household.name


class AttendanceForm(forms.Form):
    present = ModelMultipleChoiceField(
        label=_("present"), queryset=None, required=False, widget=forms.CheckboxSelectMultiple
    )

    def __init__(self, *args, meeting, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["present"].queryset = meeting.commission.members.all()


class DecisionForm(ModelForm):
    decision = forms.ChoiceField(label=_("decision"), choices=Decision.choices)

    class Meta:
        model = AgendaItem
        fields = ["decision", "reasons", "what_is_needed", "needed_by", "name_agreed",
                  "not_taking_part"]  # fmt: skip
        widgets = {
            "reasons": forms.Textarea(attrs={"rows": 2}),
            "what_is_needed": forms.Textarea(attrs={"rows": 2}),
            "needed_by": DateInput(),
            "not_taking_part": forms.CheckboxSelectMultiple,
        }

    def __init__(self, *args, meeting, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["not_taking_part"].queryset = meeting.commission.members.all()

    def _post_clean(self):
        # The service checks the row (and says what is missing); the form only parses.
        pass


class TenancyForm(ModelForm):
    rent = forms.DecimalField(
        label=_("monthly rent (EUR)"), required=False, min_value=0, max_digits=9, decimal_places=2
    )
    version = VersionField()

    class Meta:
        model = Tenancy
        fields = ["street", "postcode", "city", "owner_kind", "landlord", "start_on",
                  "guidance_team", "end_on", "end_reason", "end_note"]  # fmt: skip
        widgets = {
            "start_on": DateInput(),
            "end_on": DateInput(),
            "guidance_team": forms.Textarea(attrs={"rows": 2}),
            "end_note": forms.Textarea(attrs={"rows": 2}),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk is None:
            for name in ("version", "end_on", "end_reason", "end_note"):
                del self.fields[name]
        elif self.instance.rent_cents is not None:
            self.initial.setdefault("rent", Decimal(self.instance.rent_cents) / 100)
        if "end_reason" in self.fields:
            self.fields["end_reason"].choices = [("", "—"), *EndReason.choices]

    def _post_clean(self):
        pass

    def service_data(self) -> dict:
        data = {k: v for k, v in self.cleaned_data.items() if k not in ("rent", "version")}
        rent = self.cleaned_data.get("rent")
        data["rent_cents"] = None if rent is None else int(rent * 100)
        return data


class TenancyEventForm(ModelForm):
    class Meta:
        model = TenancyEvent
        fields = ["kind", "occurred_on", "note"]
        widgets = {"occurred_on": DateInput(), "note": forms.Textarea(attrs={"rows": 2})}

    def _post_clean(self):
        pass
