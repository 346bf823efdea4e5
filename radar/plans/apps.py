from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PlansConfig(AppConfig):
    name = "radar.plans"
    label = "plans"
    verbose_name = _("Plans of small steps")

    def ready(self) -> None:
        # What this app adds to the household's pages and API (radar.households.registry).
        from radar.plans import api, dossier

        dossier.register()
        api.register()
