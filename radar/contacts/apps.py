from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ContactsConfig(AppConfig):
    name = "radar.contacts"
    label = "contacts"
    verbose_name = _("Contacts")

    def ready(self) -> None:
        # What this app adds to the household's pages (radar.households.registry).
        from radar.contacts import dossier

        dossier.register()
