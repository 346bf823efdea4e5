from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HousingFirstConfig(AppConfig):
    name = "radar.housing_first"
    label = "housing_first"
    verbose_name = _("Housing First")

    def ready(self) -> None:
        # The Housing First section of the dossier (radar.households.registry).
        from radar.housing_first import dossier

        dossier.register()
