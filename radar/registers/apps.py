from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class RegistersConfig(AppConfig):
    """Importing a team's existing registers (Excel): households, intakes, aid, partners.
    Stands above the apps it writes through (households, organisations, network, referrals,
    aid); nothing imports it (docs/import.md, ADR 0013)."""

    name = "radar.registers"
    label = "registers"
    verbose_name = _("Register import")
