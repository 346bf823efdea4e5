from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class OrganisationsConfig(AppConfig):
    name = "radar.organisations"
    label = "organisations"
    verbose_name = _("Social map")

    def ready(self) -> None:
        # What this app adds to the intake (radar.households.registry).
        from radar.households.registry import register_intake_extension
        from radar.organisations.intake import SocialMapIntake

        register_intake_extension(SocialMapIntake())
