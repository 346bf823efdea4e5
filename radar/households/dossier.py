"""The household's own sections and buttons on its pages (see households.registry).

The dossier, top to bottom (the order numbers of every app's sections):
10 members · 20 the family's network (network) · 30 plan (plans) ·
35 self-reliance · 36 steps towards work (measurements) · 40 needs ·
50 case discussions (network) · 60 referrals (referrals) · 65 material aid (aid) ·
67 Housing First (housing_first) · 70 contacts (contacts) · 80 intakes · 90 status history ·
95 removed items (what every app registers as removable).
Buttons: 10 log a contact (contacts) · 20 add a goal (plans) ·
25 measure self-reliance (measurements) · 30 change status ·
40 edit details · 50 family page · 60 rights (rights) · 70 consents (consents).
"""

from django.db.models import F, Value
from django.db.models.functions import Concat
from django.utils.translation import gettext_lazy as _

from radar.households.models import Member, Need
from radar.households.registry import (
    Action,
    RemovedItems,
    Section,
    register_action,
    register_removed_items,
    register_section,
)
from radar.households.selectors import removed_items_for


def removed_context(*, request, household, page) -> dict:
    return {"removed_items": removed_items_for(household)}


SECTIONS = (
    Section(name="members", order=10, template="households/dossier_members.html"),
    Section(name="needs", order=40, template="households/dossier_needs.html"),
    Section(name="intakes", order=80, template="households/dossier_intakes.html"),
    Section(name="history", order=90, template="households/dossier_history.html"),
    Section(
        name="removed",
        order=95,
        template="households/dossier_removed.html",
        context=removed_context,
    ),
)
REMOVED_ITEMS = (
    RemovedItems(Member, _("member"), Concat("first_name", Value(" "), "last_name")),
    RemovedItems(Need, _("need"), F("description")),
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
    for items in REMOVED_ITEMS:
        register_removed_items(items)
