from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AidConfig(AppConfig):
    name = "radar.aid"
    label = "aid"
    verbose_name = _("Material aid")

    def ready(self) -> None:
        # The aid section of the dossier and family page, and the aid on the ecogram
        # (radar.households.registry, radar.network.selectors.register_extra_ties).
        from radar.aid import dossier

        dossier.register()
