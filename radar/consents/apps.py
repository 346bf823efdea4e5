from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ConsentsConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "radar.consents"
    label = "consents"
    verbose_name = _("consents")

    def ready(self) -> None:
        # What this app adds to the household's pages and API (radar.households.registry).
        from radar.consents import api, dossier

        dossier.register()
        api.register()
