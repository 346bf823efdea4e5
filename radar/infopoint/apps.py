from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class InfopointConfig(AppConfig):
    name = "radar.infopoint"
    label = "infopoint"
    verbose_name = _("Mobile social info point")

    def ready(self) -> None:
        # What this app adds to the intake (radar.households.registry).
        from radar.households.registry import register_intake_extension
        from radar.infopoint.intake import InfoPointIntake

        register_intake_extension(InfoPointIntake())
