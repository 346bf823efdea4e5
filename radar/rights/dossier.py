"""The "rights" button on the dossier (registered in RightsConfig.ready();
households.registry)."""

from django.utils.translation import gettext_lazy as _

from radar.households.registry import Action, register_action

RIGHTS = Action(
    name="rights",
    order=60,
    label=_("Rights"),
    url_name="rights:household",
    css_class="secondary outline",
)


def register() -> None:
    register_action(RIGHTS)
