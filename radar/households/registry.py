"""What the apps that hang off a household add to it, registered in their AppConfig.ready().

`households` is the floor below contacts, plans, organisations, network, infopoint,
referrals, rights and consents (docs/architecture.md, "Floors"), so it imports none of
them. Each registers here what it adds, and households shows whatever is registered:

* Section: a part of the dossier (or of the family page), shown in `order`;
* Action: a button above the dossier, in `order`;
* IntakeExtension: fields, checks and a prefill of the intake form, and a check that
  register_intake runs before it writes anything;
* DetailField: a nested list in the API's household detail (/api/households/<id>/);
* HouseholdReader: a role that does no casework but may list and read households in the
  API, through its own access layer (partners under consent, radar.consents);
* RemovedItems: a kind of record (a core.models.Removable) the dossier's "Removed items"
  lists once one is removed (who, when, why; ADR 0012).

Registering the same entry twice is harmless (ready() may run more than once in tests);
two different entries under one name are a mistake and raise ImproperlyConfigured.
"""

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Protocol

from django.core.exceptions import ImproperlyConfigured

# The pages made of sections.
DOSSIER = "dossier"
FAMILY_PAGE = "family_page"


@dataclass(frozen=True)
class Section:
    """A part of a household page: `template` is rendered with the page's context plus what
    `context(request=, household=, page=)` returns (`page`: the page's template context)."""

    name: str
    order: int
    template: str
    context: Callable[..., dict[str, Any]] | None = None
    page: str = DOSSIER


@dataclass(frozen=True)
class Action:
    """A button above the dossier: a link to `url_name` with the household's id."""

    name: str
    order: int
    label: Any  # a lazy translation
    url_name: str
    css_class: str = ""


class IntakeExtension:
    """What an app adds to the intake. Override what is needed; every hook is optional.

    Hooks run in the order the apps are installed (INSTALLED_APPS).
    """

    name = ""

    def set_up_form(self, form, *, user) -> None:
        """Add fields to the intake form (households.forms.IntakeForm) or adapt them."""

    def clean_form(self, form, data: dict[str, Any]) -> None:
        """Check the cleaned data; report problems with form.add_error()."""

    def initial(self, request, initial: dict[str, Any]) -> None:
        """Prefill the empty form from the request (a query parameter, for example)."""

    def check(self, *, team, intake: dict[str, Any]) -> None:
        """register_intake calls this with the team and the intake's fields before it
        writes anything: raise ValidationError to refuse."""


@dataclass(frozen=True)
class DetailField:
    """A nested list in the API's household detail: `field()` makes the serializer field,
    `prefetch` are the lookups that keep it one query whatever its length."""

    name: str
    field: Callable[[], Any]
    prefetch: tuple[str, ...] = ()


class HouseholdReader(Protocol):
    """A role that may list and read households in the API through its own access layer
    (it does no casework: households.selectors would show it nothing)."""

    actions: frozenset[str]  # the viewset actions it may call, e.g. {"list", "retrieve"}
    # The DRF serializers of what list() and retrieve() answer: the API schema documents
    # them next to the casework shape (households.api.HouseholdSchema).
    list_serializer: Any
    detail_serializer: Any

    def may_read(self, user) -> bool: ...

    def households(self, user): ...  # the queryset the API pages through

    def list(self, *, user, households) -> list[dict]: ...

    def retrieve(self, *, user, household_id) -> dict: ...


@dataclass(frozen=True)
class RemovedItems:
    """A kind of removable record of a household (`model` has a `household` foreign key):
    `label` is the expression (text) naming one row in the list, `at` the name of the date
    field it is about, if any (a contact's date). `kind` names the kind to the reader."""

    model: Any  # a removable model class: its `all_objects` manager includes removed rows
    kind: Any  # a lazy translation: "member", "contact" ...
    label: Any
    at: str | None = None


_sections: dict[tuple[str, str], Section] = {}
_actions: dict[str, Action] = {}
_intake_extensions: dict[str, IntakeExtension] = {}
_detail_fields: dict[str, DetailField] = {}
_readers: list[HouseholdReader] = []
_removed_items: dict[str, RemovedItems] = {}


def _add(registry: dict, key, entry, what: str) -> None:
    if registry.get(key, entry) != entry:
        raise ImproperlyConfigured(f"Two different {what} are registered as {key!r}.")
    registry[key] = entry


def register_section(section: Section) -> None:
    _add(_sections, (section.page, section.name), section, "household page sections")


def sections_for(page: str) -> list[Section]:
    """The sections of `page`, in order (then by name, so the order is always the same)."""
    return sorted(
        (s for s in _sections.values() if s.page == page), key=lambda s: (s.order, s.name)
    )


def register_action(action: Action) -> None:
    _add(_actions, action.name, action, "dossier actions")


def dossier_actions() -> list[Action]:
    return sorted(_actions.values(), key=lambda a: (a.order, a.name))


def register_intake_extension(extension: IntakeExtension) -> None:
    name = extension.name or type(extension).__qualname__
    if name in _intake_extensions and type(_intake_extensions[name]) is type(extension):
        return
    _add(_intake_extensions, name, extension, "intake extensions")


def intake_extensions() -> list[IntakeExtension]:
    return list(_intake_extensions.values())


def register_detail_field(field: DetailField) -> None:
    _add(_detail_fields, field.name, field, "API detail fields")


def detail_fields() -> list[DetailField]:
    return list(_detail_fields.values())


def register_household_reader(reader: HouseholdReader) -> None:
    if not any(type(r) is type(reader) for r in _readers):
        _readers.append(reader)


def household_readers() -> list[HouseholdReader]:
    return list(_readers)


def household_reader_for(user) -> HouseholdReader | None:
    """The registered reader for this user, if any (casework roles never need one)."""
    return next((r for r in _readers if r.may_read(user)), None)


def register_removed_items(items: RemovedItems) -> None:
    _add(_removed_items, items.model._meta.label_lower, items, "kinds of removed items")


def removed_item_sources() -> list[RemovedItems]:
    return list(_removed_items.values())
