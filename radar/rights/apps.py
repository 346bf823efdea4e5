from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class RightsConfig(AppConfig):
    name = "radar.rights"
    label = "rights"
    verbose_name = _("Rights")

    def ready(self) -> None:
        # What this app adds to the household's pages (radar.households.registry).
        from radar.rights import dossier, services

        dossier.register()
        # The screening job (radar.core.jobs) is registered when services is imported: here,
        # so that `radar worker` knows it.
        assert services.SCREEN_JOB
