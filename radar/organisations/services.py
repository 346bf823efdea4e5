"""Every change to the social map goes through one of these use cases.

Each writes the change and its audit entry in one transaction. The Django admin, where
administrators edit single organisations, keeps its own change history.
"""

from dataclasses import dataclass, field
from typing import Any

from django.db import IntegrityError, transaction
from django.utils.translation import gettext as _

from radar.accounts.models import User
from radar.core import audit
from radar.households.models import LifeDomain
from radar.organisations import social_map_csv
from radar.organisations.models import ContactPerson, Organisation, Service
from radar.organisations.social_map_csv import RowError, SocialMapFileInvalid

PURPOSE = "social map"


@transaction.atomic
def create_organisation(
    *,
    user: User,
    name: str,
    kind: str = Organisation.Kind.OTHER,
    channel: str = "web",
    **fields: Any,
) -> Organisation:
    """Add an organisation to the social map; raises ValidationError on invalid fields."""
    organisation = Organisation(name=name, kind=kind, created_by=_user(user), **fields)
    organisation.full_clean()
    organisation.save()
    audit.record(
        user=user, action=audit.Action.CREATE, obj=organisation, purpose=PURPOSE, channel=channel
    )
    return organisation


@transaction.atomic
def add_service(
    *,
    user: User,
    organisation: Organisation,
    name: str,
    life_domains: list[LifeDomain] | None = None,
    channel: str = "web",
    **fields: Any,
) -> Service:
    service = Service(organisation=organisation, name=name, created_by=_user(user), **fields)
    service.full_clean()
    service.save()
    service.life_domains.set(life_domains or [])
    audit.record(
        user=user, action=audit.Action.CREATE, obj=service, purpose=PURPOSE, channel=channel
    )
    return service


@transaction.atomic
def add_contact_person(
    *, user: User, organisation: Organisation, name: str, channel: str = "web", **fields: Any
) -> ContactPerson:
    person = ContactPerson(organisation=organisation, name=name, created_by=_user(user), **fields)
    person.full_clean()
    person.save()
    audit.record(
        user=user, action=audit.Action.CREATE, obj=person, purpose=PURPOSE, channel=channel
    )
    return person


@dataclass
class ImportResult:
    """How many rows of each kind the import created, changed, or found unchanged."""

    organisations: dict[str, int] = field(default_factory=lambda: _counter())
    services: dict[str, int] = field(default_factory=lambda: _counter())
    contact_persons: dict[str, int] = field(default_factory=lambda: _counter())

    def as_dict(self) -> dict[str, dict[str, int]]:
        return {
            "organisations": self.organisations,
            "services": self.services,
            "contact_persons": self.contact_persons,
        }


def _counter() -> dict[str, int]:
    return {"created": 0, "updated": 0, "unchanged": 0}


def import_social_map(
    *, user: User, data: bytes | str, channel: str = "web", dry_run: bool = False
) -> ImportResult:
    """Load a social-map CSV file (columns: docs/social-map.md): add new organisations,
    services and contact persons, and update the ones that match (an organisation by
    `external_id`, else by name and municipality; services and contact persons by name
    within their organisation). Nothing is ever deleted.

    Every row is checked first; raises SocialMapFileInvalid with all errors (line, column,
    message) and writes nothing if any row is wrong. With `dry_run`, checks and counts
    without writing. Importing the same file twice changes nothing the second time.
    """
    groups = social_map_csv.read_social_map(data)
    try:
        with transaction.atomic():
            result = _write(user=user, groups=groups)
            if dry_run:
                transaction.set_rollback(True)
            else:
                audit.record(
                    user=user,
                    action=audit.Action.UPDATE,
                    object_type="organisations.organisation",
                    purpose=PURPOSE,
                    channel=channel,
                    detail={"import": result.as_dict()},
                )
    except IntegrityError as error:
        # Checked above; only a concurrent change of the social map gets here.
        raise SocialMapFileInvalid(
            [RowError(1, "", _("The social map changed during the import; try again."))]
        ) from error
    return result


def _write(*, user: User, groups: list[social_map_csv.OrganisationRows]) -> ImportResult:
    result = ImportResult()
    for group in groups:
        values = {k: v for k, v in group.values.items() if v is not None and k != "kind"}
        if group.values.get("kind"):
            values["kind"] = group.values["kind"]
        organisation = group.existing
        if organisation is None:
            organisation = Organisation.objects.create(created_by=_user(user), **values)
            result.organisations["created"] += 1
        else:
            _update(organisation, values, result.organisations)
        services = {s.name.casefold(): s for s in organisation.services.all()}
        for key, service_values in group.services.items():
            service = services.get(key)
            if service is None:
                service = Service.objects.create(
                    organisation=organisation, created_by=_user(user), **service_values
                )
                result.services["created"] += 1
                changed = False
            else:
                changed = _update(service, service_values, None)
            if key in group.life_domains:
                wanted = {d.pk for d in group.life_domains[key]}
                if set(service.life_domains.values_list("pk", flat=True)) != wanted:
                    service.life_domains.set(wanted)
                    changed = True
            if service.pk in {s.pk for s in services.values()}:
                result.services["updated" if changed else "unchanged"] += 1
        contacts = {c.name.casefold(): c for c in organisation.contact_persons.all()}
        for key, contact_values in group.contacts.items():
            person = contacts.get(key)
            if person is None:
                ContactPerson.objects.create(
                    organisation=organisation, created_by=_user(user), **contact_values
                )
                result.contact_persons["created"] += 1
            else:
                _update(person, contact_values, result.contact_persons)
    return result


def _update(obj, values: dict[str, Any], counter: dict[str, int] | None) -> bool:
    changed = [name for name, value in values.items() if getattr(obj, name) != value]
    for name in changed:
        setattr(obj, name, values[name])
    if changed:
        obj.save()
    if counter is not None:
        counter["updated" if changed else "unchanged"] += 1
    return bool(changed)


def _user(user: User):
    return user if getattr(user, "pk", None) else None
