"""The latest contacts on the dossier and the "log a contact" button (registered in
ContactsConfig.ready(); households.registry)."""

from django.utils.translation import gettext_lazy as _

from radar.contacts.models import ContactMoment
from radar.households.registry import Action, Section, register_action, register_section

CONTACTS_ON_DOSSIER = 20


def contacts_context(*, request, household, page) -> dict:
    contacts = ContactMoment.objects.filter(household=household)
    return {
        "contacts": contacts.select_related("contact_type", "worker").prefetch_related(
            "participants"
        )[:CONTACTS_ON_DOSSIER],
        "contact_count": contacts.count(),
    }


CONTACTS = Section(
    name="contacts", order=70, template="contacts/dossier_contacts.html", context=contacts_context
)
LOG_A_CONTACT = Action(
    name="log_contact", order=10, label=_("Log a contact"), url_name="contacts:add"
)


def register() -> None:
    register_section(CONTACTS)
    register_action(LOG_A_CONTACT)
