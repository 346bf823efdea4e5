from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ReferralsConfig(AppConfig):
    name = "radar.referrals"
    label = "referrals"
    verbose_name = _("Referrals")

    def ready(self) -> None:
        # Professionals involved through referrals appear in the ecogram by themselves;
        # the referrals section of the dossier (radar.households.registry).
        from radar.network.selectors import register_extra_ties
        from radar.referrals import dossier
        from radar.referrals.selectors import referral_ties

        register_extra_ties(referral_ties)
        dossier.register()
