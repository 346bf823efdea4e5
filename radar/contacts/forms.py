from django import forms
from django.utils.translation import gettext_lazy as _

from radar.contacts.models import ContactMoment, ContactType
from radar.core.forms import DateTimeInput
from radar.households.models import Household


class ContactForm(forms.ModelForm):
    class Meta:
        model = ContactMoment
        fields = [
            "occurred_at",
            "contact_type",
            "is_reached",
            "place",
            "duration_minutes",
            "participants",
            "other_participants",
            "note",
        ]
        widgets = {
            "occurred_at": DateTimeInput(),
            "participants": forms.CheckboxSelectMultiple,
            "note": forms.Textarea(attrs={"rows": 3}),
        }

    def __init__(self, *args, household: Household, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["contact_type"].queryset = ContactType.objects.filter(is_active=True)
        self.fields["participants"].queryset = household.members.all()
        self.fields["duration_minutes"].widget.attrs["min"] = 0

    def clean_duration_minutes(self):
        value = self.cleaned_data.get("duration_minutes")
        if value is not None and value > 24 * 60:
            raise forms.ValidationError(_("A contact lasts at most 24 hours (1440 minutes)."))
        return value
