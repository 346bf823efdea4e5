from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    name = "radar.core"
    label = "core"
    verbose_name = _("Radar core")

    def ready(self) -> None:
        from django.urls import register_converter

        from radar.core.ids import DbIdConverter

        register_converter(DbIdConverter, "dbid")
