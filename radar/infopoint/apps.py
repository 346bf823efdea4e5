from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class InfopointConfig(AppConfig):
    name = "radar.infopoint"
    label = "infopoint"
    verbose_name = _("Mobile social info point")
