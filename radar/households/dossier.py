"""The household's own sections and buttons on its pages (see households.registry).

The dossier, top to bottom (the order numbers of every app's sections):
10 members · 20 the family's network (network) · 30 plan (plans) · 40 needs ·
50 case discussions (network) · 60 referrals (referrals) · 70 contacts (contacts) ·
80 intakes · 90 status history.
Buttons: 10 log a contact (contacts) · 20 add a goal (plans) · 30 change status ·
40 edit details · 50 family page · 60 rights (rights) · 70 consents (consents).
"""

from django.utils.translation import gettext_lazy as _

from radar.households.registry import Action, Section, register_action, register_section

SECTIONS = (
    Section(name="members", order=10, template="households/dossier_members.html"),
    Section(name="needs", order=40, template="households/dossier_needs.html"),
    Section(name="intakes", order=80, template="households/dossier_intakes.html"),
    Section(name="history", order=90, template="households/dossier_history.html"),
)
ACTIONS = (
    Action(
        name="status",
        order=30,
        label=_("Change status"),
        url_name="households:status",
        css_class="secondary outline",
    ),
    Action(
        name="edit",
        order=40,
        label=_("Edit details"),
        url_name="households:edit",
        css_class="secondary outline",
    ),
    Action(
        name="family_page",
        order=50,
        label=_("Our steps (family page)"),
        url_name="households:family_page",
        css_class="contrast outline",
    ),
)


def register() -> None:
    for section in SECTIONS:
        register_section(section)
    for action in ACTIONS:
        register_action(action)
