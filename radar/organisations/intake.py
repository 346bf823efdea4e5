"""The social map on the intake: the organisation and contact person that signalled the
family (Intake.organisation, Intake.contact_person).

Registered in OrganisationsConfig.ready() (households.registry): households shows the
fields without importing this app. The typed signalled_by_* texts stay for organisations
and people not on the map.
"""

from django.utils.translation import gettext_lazy as _

from radar.core.forms import ModelChoiceField
from radar.households.registry import IntakeExtension
from radar.organisations.models import ContactPerson, Organisation


class SocialMapIntake(IntakeExtension):
    name = "organisations"

    def set_up_form(self, form, *, user) -> None:
        form.fields["organisation"] = ModelChoiceField(
            label=_("organisation on the social map"),
            queryset=Organisation.objects.filter(is_active=True),
            required=False,
            help_text=_("Optional. Counts the signal on the organisation's page."),
        )
        form.fields["contact_person"] = ModelChoiceField(
            label=_("contact person on the social map"),
            queryset=ContactPerson.objects.filter(
                is_active=True, organisation__is_active=True
            ).select_related("organisation"),
            required=False,
        )

    def clean_form(self, form, data) -> None:
        person = data.get("contact_person")
        if person is not None and person.organisation_id != getattr(
            data.get("organisation"), "pk", None
        ):
            form.add_error(
                "contact_person", _("Choose a contact person of the organisation chosen above.")
            )
