from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MeasurementsConfig(AppConfig):
    name = "radar.measurements"
    label = "measurements"
    verbose_name = _("Measuring change: self-reliance")

    def ready(self) -> None:
        # What this app adds to the household's pages (radar.households.registry).
        from radar.measurements import dossier

        dossier.register()
