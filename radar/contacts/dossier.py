"""The latest contacts on the dossier and the "log a contact" button (registered in
ContactsConfig.ready(); households.registry)."""

from django.db.models.functions import Substr
from django.utils.translation import gettext_lazy as _

from radar.contacts.models import ContactMoment
from radar.households.registry import (
    Action,
    RemovedItems,
    Section,
    register_action,
    register_removed_items,
    register_section,
)

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


# A removed contact in the dossier's "Removed items": its date and the start of its note.
REMOVED_CONTACTS = RemovedItems(
    ContactMoment, _("contact"), Substr("note", 1, 80), at="occurred_at"
)


def register() -> None:
    register_section(CONTACTS)
    register_action(LOG_A_CONTACT)
    register_removed_items(REMOVED_CONTACTS)
