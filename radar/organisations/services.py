"""Every change to the social map goes through one of these use cases.

Each writes the change and its audit entry in one transaction. The Django admin, where
administrators edit single organisations, keeps its own change history.
"""

from collections import defaultdict
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
    *,
    user: User,
    data: bytes | str,
    channel: str = "web",
    dry_run: bool = False,
    progress: social_map_csv.Progress | None = None,
) -> ImportResult:
    """Load a social-map CSV file (columns: docs/social-map.md): add new organisations,
    services and contact persons, and update the ones that match (an organisation by
    `external_id`, else by name and municipality; services and contact persons by name
    within their organisation). Nothing is ever deleted.

    Every row is checked first; raises SocialMapFileInvalid with all errors (line, column,
    message) and writes nothing if any row is wrong, or if the file is over the size limits
    (settings.RADAR_SOCIAL_MAP_MAX_BYTES and _MAX_ROWS). With `dry_run`, checks and counts
    without writing. Importing the same file twice changes nothing the second time.
    `progress(phase, done, total)` is called along the way (see social_map_csv.Progress).
    """
    groups = social_map_csv.read_social_map(data, progress=progress)
    try:
        with transaction.atomic():
            result = _write(user=user, groups=groups, progress=progress)
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


BATCH = 500


def _write(
    *,
    user: User,
    groups: list[social_map_csv.OrganisationRows],
    progress: social_map_csv.Progress | None = None,
) -> ImportResult:
    """Write the checked groups: new rows in bulk, changed rows one by one, a few queries for
    the services, contact persons and life domains already there (not a few per row)."""
    result = ImportResult()
    creator = _user(user)
    known_services, known_domains, known_contacts = _known_parts(
        [g.existing.pk for g in groups if g.existing is not None]
    )
    new_organisations: list[Organisation] = []
    organisations: list[Organisation] = []
    for done, group in enumerate(groups, start=1):
        values = {k: v for k, v in group.values.items() if v is not None and k != "kind"}
        if group.values.get("kind"):
            values["kind"] = group.values["kind"]
        if group.existing is None:
            organisation = Organisation(created_by=creator, **values)
            new_organisations.append(organisation)
            result.organisations["created"] += 1
        else:
            organisation = group.existing
            _update(organisation, values, result.organisations)
        organisations.append(organisation)
        if progress and done % social_map_csv.PROGRESS_EVERY == 0:
            progress("write", done, len(groups))
    Organisation.objects.bulk_create(new_organisations, batch_size=BATCH)

    new_services: list[tuple[Service, list[LifeDomain] | None]] = []
    new_contacts: list[ContactPerson] = []
    for group, organisation in zip(groups, organisations, strict=True):
        services = known_services.get(organisation.pk, {}) if group.existing else {}
        for key, service_values in group.services.items():
            service = services.get(key)
            if service is None:
                service = Service(organisation=organisation, created_by=creator, **service_values)
                new_services.append((service, group.life_domains.get(key)))
                result.services["created"] += 1
                continue
            changed = _update(service, service_values, None)
            if key in group.life_domains:
                wanted = {d.pk for d in group.life_domains[key]}
                if known_domains.get(service.pk, set()) != wanted:
                    service.life_domains.set(wanted)
                    changed = True
            result.services["updated" if changed else "unchanged"] += 1
        contacts = known_contacts.get(organisation.pk, {}) if group.existing else {}
        for key, contact_values in group.contacts.items():
            person = contacts.get(key)
            if person is None:
                new_contacts.append(
                    ContactPerson(organisation=organisation, created_by=creator, **contact_values)
                )
                result.contact_persons["created"] += 1
            else:
                _update(person, contact_values, result.contact_persons)
    Service.objects.bulk_create([service for service, _domains in new_services], batch_size=BATCH)
    through = Service.life_domains.through
    through.objects.bulk_create(
        [
            through(service=service, lifedomain=domain)
            for service, domains in new_services
            for domain in domains or ()
        ],
        batch_size=BATCH,
    )
    ContactPerson.objects.bulk_create(new_contacts, batch_size=BATCH)
    if progress:
        progress("write", len(groups), len(groups))
    return result


def _known_parts(
    organisation_ids: list[int],
) -> tuple[dict[int, dict[str, Service]], dict[int, set[int]], dict[int, dict[str, ContactPerson]]]:
    """For these organisations: services and contact persons by casefolded name, and the
    life domain ids of each service."""
    services: dict[int, dict[str, Service]] = defaultdict(dict)
    contacts: dict[int, dict[str, ContactPerson]] = defaultdict(dict)
    domains: dict[int, set[int]] = defaultdict(set)
    through = Service.life_domains.through
    for start in range(0, len(organisation_ids), BATCH):
        chunk = organisation_ids[start : start + BATCH]
        chunk_services = Service.objects.filter(organisation_id__in=chunk).order_by("name", "id")
        for service in chunk_services:
            services[service.organisation_id][service.name.casefold()] = service
        for service_id, domain_id in through.objects.filter(
            service__organisation_id__in=chunk
        ).values_list("service_id", "lifedomain_id"):
            domains[service_id].add(domain_id)
        chunk_contacts = ContactPerson.objects.filter(organisation_id__in=chunk).order_by(
            "name", "id"
        )
        for person in chunk_contacts:
            contacts[person.organisation_id][person.name.casefold()] = person
    return services, domains, contacts


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
