from django import forms
from django.utils.translation import gettext_lazy as _

from radar.core.forms import DateInput
from radar.measurements.models import Instrument


class AssessmentForm(forms.Form):
    """One assessment of `instrument`: a level per domain (empty: not scored), the family's
    own level when they score too, and a note per domain. The rules are
    measurements.services.record_assessment's."""

    assessed_on = forms.DateField(label=_("date"), widget=DateInput())
    member = forms.TypedChoiceField(
        label=_("who is scored"), required=False, coerce=int, empty_value=None
    )
    note = forms.CharField(
        label=_("note"), required=False, widget=forms.Textarea(attrs={"rows": 2})
    )

    def __init__(self, *args, instrument: Instrument, household, **kwargs):
        super().__init__(*args, **kwargs)
        self.instrument = instrument
        levels = [("", _("not scored"))] + [
            (str(level.value), f"{level.value} · {level.label}")
            for level in instrument.levels.all()
        ]
        members = [(m.pk, m.full_name) for m in household.members.all()]
        if instrument.subject == Instrument.Subject.PERSON:
            self.fields["member"].choices = members
            self.fields["member"].required = True
        elif instrument.subject == Instrument.Subject.HOUSEHOLD:
            del self.fields["member"]
        else:
            self.fields["member"].choices = [("", _("the whole household")), *members]
        self.domains = list(instrument.domains.all())
        for domain in self.domains:
            self.fields[f"level_{domain.code}"] = forms.TypedChoiceField(
                label=_("level"), choices=levels, required=False, coerce=int, empty_value=None
            )
            self.fields[f"family_{domain.code}"] = forms.TypedChoiceField(
                label=_("the family's own level"),
                choices=levels,
                required=False,
                coerce=int,
                empty_value=None,
            )
            self.fields[f"note_{domain.code}"] = forms.CharField(
                label=_("note"), required=False, max_length=500
            )

    def domain_rows(self):
        """Per domain: the domain, its three fields and its criteria per level (if imported)."""
        for domain in self.domains:
            yield {
                "domain": domain,
                "level": self[f"level_{domain.code}"],
                "family": self[f"family_{domain.code}"],
                "note": self[f"note_{domain.code}"],
                "criteria": getattr(domain, "criteria_here", []),
            }

    def scores(self, prefix: str) -> dict[str, int | None]:
        return {d.code: self.cleaned_data.get(f"{prefix}_{d.code}") for d in self.domains}

    def notes(self) -> dict[str, str]:
        return {
            d.code: self.cleaned_data[f"note_{d.code}"]
            for d in self.domains
            if self.cleaned_data.get(f"note_{d.code}")
        }
