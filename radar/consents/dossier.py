"""The "consents" button on the dossier (registered in ConsentsConfig.ready();
households.registry)."""

from django.utils.translation import gettext_lazy as _

from radar.households.registry import Action, register_action

CONSENTS = Action(
    name="consents",
    order=70,
    label=_("Consents"),
    url_name="consents:list",
    css_class="secondary outline",
)


def register() -> None:
    register_action(CONSENTS)
