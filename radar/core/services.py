"""The one way a service changes the editable fields of a record: `model_update`.

In the spirit of HackSoft's Django-Styleguide `model_update`: each use case names the fields a
worker may change (households.services.EDITABLE_FIELDS, MEMBER_FIELDS, network TIE_FIELDS,
infopoint EDITABLE_FIELDS) and hands the rest to this helper, so every update refuses the
same things, validates the same way and locks the same way (docs/decisions/0003 and 0008).
The caller wraps it in its own transaction and writes its audit entry with the changed fields.
"""

from collections.abc import Iterable
from datetime import datetime
from typing import Any, TypeVar

from django.contrib.auth.base_user import AbstractBaseUser
from django.core.exceptions import FieldDoesNotExist, ValidationError
from django.db import models, transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext as _

M = TypeVar("M", bound=models.Model)

VERSION_FIELD = "version"
# core.models.Removable: a removed row is no longer edited (nor removed again).
REMOVED_AT = "removed_at"
REASON_MAX_LENGTH = 500
# The largest version a PositiveIntegerField holds: a bigger one sent by a client is refused
# as not valid, never compared in the database (out of range there).
MAX_VERSION = 2**31 - 1
# Kept by core.BaseModel (modified_at, auto_now) or a model that records who changed it last.
MODIFIED_AT = "modified_at"
MODIFIED_BY = "modified_by"


class UnknownFieldError(ValidationError, ValueError):
    """A field that is not in the use case's editable list; nothing was written.

    A ValueError too: it is the caller's mistake, not the worker's input."""


class ConcurrentEditError(Exception):
    """Somebody else saved this record since it was opened (its version moved on), or
    removed it; nothing was written. The page shows the saved values next to the worker's
    input (ADR 0003); the API answers 409."""


def _has_field(model: type[models.Model], name: str) -> bool:
    try:
        model._meta.get_field(name)
    except FieldDoesNotExist:
        return False
    return True


def _stored_value(field: models.Field, value: Any) -> Any:
    """The value as `.values()` gives it back: a related object becomes its key."""
    if field.is_relation and isinstance(value, models.Model):
        return value.pk
    return value


def _concrete_field(model: type[models.Model], name: str) -> models.Field:
    """The model's own field `name` (a relation's reverse side or a generic key is refused)."""
    field = model._meta.get_field(name)
    if not isinstance(field, models.Field):
        raise FieldDoesNotExist(f"{model.__name__} has no concrete field {name}")
    return field


@transaction.atomic
def model_update(
    *,
    instance: M,
    fields: Iterable[str],
    data: dict[str, Any],
    user: AbstractBaseUser | None = None,
    expected_version: int | None = None,
) -> tuple[M, list[str]]:
    """Change `instance` to `data`, for `fields` only, and save the fields that changed.

    - A key of `data` outside `fields` raises UnknownFieldError (a ValidationError).
    - A field counts as changed when it differs from the stored row (not from `instance`,
      which a ModelForm may already have changed). No change: nothing is written.
    - Otherwise `full_clean()` runs on the whole record (ValidationError, nothing written),
      and only the changed fields are saved, with `modified_at`/`modified_by` if the model has
      them (`modified_by` is set to `user`).
    - A model with a `version` field gets it incremented by every saved change. When the
      caller passes the `expected_version` it edited and the stored version moved on,
      ConcurrentEditError is raised (also for an edit that changes nothing): the check and the
      increment are one `UPDATE … WHERE version = ?`, on SQLite and PostgreSQL alike.

    Returns the instance (saved, with its new version) and the changed field names, in the
    order of `fields`. On an error the instance may hold the refused values: reload it.
    """
    fields = list(fields)
    unknown = sorted(set(data) - set(fields))
    if unknown:
        raise UnknownFieldError(f"not editable here: {unknown}", code="not_editable")
    model = type(instance)
    versioned = _has_field(model, VERSION_FIELD)
    if expected_version is not None and not versioned:
        raise ValueError(f"{model.__name__} has no {VERSION_FIELD} field to check")

    removable = _has_field(model, REMOVED_AT)

    model_fields = {name: _concrete_field(model, name) for name in data}
    columns = [f.attname for f in model_fields.values()]
    # Locked on PostgreSQL so the comparison and the write see the same row (SQLite
    # serialises writers anyway); the version check below does not rely on it. The base
    # manager: a removed row is found, and refused, rather than missing.
    stored = (
        model._base_manager.select_for_update()
        .filter(pk=instance.pk)
        .values(
            *columns,
            *([VERSION_FIELD] if versioned else []),
            *([REMOVED_AT] if removable else []),
        )
        .get()
    )
    if removable and stored[REMOVED_AT] is not None:
        raise ConcurrentEditError
    if expected_version is not None and stored[VERSION_FIELD] != expected_version:
        raise ConcurrentEditError
    changed = [
        name
        for name in fields
        if name in data
        and stored[model_fields[name].attname] != _stored_value(model_fields[name], data[name])
    ]
    if not changed:
        return instance, []

    for name, value in data.items():
        setattr(instance, name, value)
    instance.full_clean()
    update_fields = list(changed)
    if versioned:
        row = model._base_manager.filter(pk=instance.pk)
        if expected_version is not None:
            row = row.filter(**{VERSION_FIELD: expected_version})
        if not row.update(**{VERSION_FIELD: F(VERSION_FIELD) + 1}):
            raise ConcurrentEditError
        setattr(instance, VERSION_FIELD, stored[VERSION_FIELD] + 1)
    if _has_field(model, MODIFIED_AT):
        update_fields.append(MODIFIED_AT)
    if user is not None and _has_field(model, MODIFIED_BY):
        setattr(instance, MODIFIED_BY, user)
        update_fields.append(MODIFIED_BY)
    instance.save(update_fields=update_fields)
    return instance, changed


def check_removal_reason(reason: str) -> str:
    """The reason, stripped; ValidationError (keyed "reason") when it is empty or too long.

    Forms and the API call it too, so the worker hears it before anything is attempted."""
    reason = (reason or "").strip()
    if not reason:
        raise ValidationError(
            {"reason": _("Say why this is removed: the reason stays in the history.")},
            code="required",
        )
    if len(reason) > REASON_MAX_LENGTH:
        raise ValidationError(
            {"reason": _("Keep the reason under %(max)d characters.") % {"max": REASON_MAX_LENGTH}},
            code="max_length",
        )
    return reason


@transaction.atomic
def remove_record(
    *,
    instance: M,
    user: AbstractBaseUser | None,
    reason: str,
    expected_version: int | None = None,
    at: datetime | None = None,
) -> M:
    """Remove a core.models.Removable record (a soft delete) for `reason`.

    The row stays, marked removed by `user` at `at` (now), and its version moves on, so an
    edit form opened before is refused. Raises ValidationError ("reason") for a missing or
    too long reason and ConcurrentEditError when the record was removed already or, with
    `expected_version`, changed since; nothing is written then. The caller writes the audit
    entry (with the reason) and recomputes what was derived from the record.
    """
    reason = check_removal_reason(reason)
    model = type(instance)
    if not _has_field(model, REMOVED_AT):
        raise ValueError(f"{model.__name__} cannot be removed with a reason")
    versioned = _has_field(model, VERSION_FIELD)
    if expected_version is not None and not versioned:
        raise ValueError(f"{model.__name__} has no {VERSION_FIELD} field to check")
    at = at or timezone.now()
    row = model._base_manager.filter(pk=instance.pk, removed_at__isnull=True)
    if expected_version is not None:
        row = row.filter(**{VERSION_FIELD: expected_version})
    changes: dict[str, Any] = {"removed_at": at, "removed_by": user, "removal_reason": reason}
    if versioned:
        changes[VERSION_FIELD] = F(VERSION_FIELD) + 1
    if not row.update(**changes):
        raise ConcurrentEditError
    for name, value in changes.items():
        if name != VERSION_FIELD:
            setattr(instance, name, value)
    if versioned:
        instance.refresh_from_db(fields=[VERSION_FIELD])
    return instance
