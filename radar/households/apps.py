from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HouseholdsConfig(AppConfig):
    name = "radar.households"
    label = "households"
    verbose_name = _("Households")

    def ready(self) -> None:
        # The household's own sections and buttons on its pages (radar.households.registry).
        from radar.households import dossier

        dossier.register()
