"""The audit trail: every read of a dossier and every change is written here."""

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any

from django.db import models

from radar.core.models import AuditEntry

Action = AuditEntry.Action

# The channel of entry of the entries written without one: "web" unless a caller runs the
# services under entry_channel() (the register import: "import").
_channel: ContextVar[str] = ContextVar("audit_channel", default="web")


@contextmanager
def entry_channel(channel: str) -> Iterator[None]:
    """Write the audit entries of the services called inside with this channel (unless a
    service names its own), e.g. `with audit.entry_channel("import"): register_intake(...)`."""
    token = _channel.set(channel)
    try:
        yield
    finally:
        _channel.reset(token)


def record(
    *,
    user: Any,
    action: str,
    obj: models.Model | None = None,
    object_type: str | None = None,
    household_id: int | None = None,
    purpose: str,
    channel: str | None = None,
    detail: dict[str, Any] | None = None,
) -> AuditEntry:
    """Write one audit entry and return it.

    `household_id` defaults to the object's own household (or itself for a household);
    `channel` to "web", or to the one of the enclosing entry_channel().
    """
    if channel is None or (channel == "web" and _channel.get() != "web"):
        channel = _channel.get()
    if obj is not None:
        object_type = object_type or obj._meta.label_lower
        if household_id is None:
            household_id = getattr(obj, "household_id", None)
            if household_id is None and obj._meta.label_lower == "households.household":
                household_id = obj.pk
    return AuditEntry.objects.create(
        user=user if getattr(user, "pk", None) else None,
        username=getattr(user, "username", "") or "",
        action=action,
        household_id=household_id,
        object_type=object_type or "",
        object_id=str(obj.pk) if obj is not None and obj.pk is not None else "",
        purpose=purpose,
        channel=channel,
        detail=detail or {},
    )
