from django import forms

from radar.contacts.models import ContactMoment, ContactType
from radar.core.forms import DateTimeInput, ModelForm, VersionField
from radar.core.validators import CONTACT_MINUTES
from radar.households.models import Household


class ContactForm(ModelForm):
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
        # The date window and the duration's bounds are ContactMoment.clean()'s: they show
        # on their fields with the other errors, and the API gets the same through the service.
        self.fields["duration_minutes"].widget.attrs["min"] = CONTACT_MINUTES[0]


class ContactEditForm(ContactForm):
    """Correct a contact; `version` is the one the form was opened at (ADR 0003)."""

    version = VersionField()
