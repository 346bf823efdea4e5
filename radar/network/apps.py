from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NetworkConfig(AppConfig):
    name = "radar.network"
    label = "network"
    verbose_name = _("The family's network and case discussions")

    def ready(self) -> None:
        # What this app adds to the household's pages (radar.households.registry).
        from radar.network import dossier

        dossier.register()
