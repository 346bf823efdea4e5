"""The status rule of a record, declared once per model, and the one place it is checked.

A StateMachine says, from each status, where a record may go next. Models declare one next
to their statuses (households.models.ALLOWED_TRANSITIONS, referrals.models.REFERRAL_TRANSITIONS,
rights.models.FOLLOW_UP_TRANSITIONS); forms offer `choices_from(status)`, and the services call
`check(from, to)` before they write the change and its dated event (core.models.DatedEvent).
Nothing else compares statuses against a transition table.

The empty status "" stands for "no record yet": from there only `start` is allowed.
"""

from collections.abc import Iterable, Iterator, Mapping
from types import MappingProxyType
from typing import TYPE_CHECKING

from django.core.exceptions import ValidationError
from django.db.models import TextChoices
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

NO_STATUS = ""

DEFAULT_REFUSAL = _("The status cannot go from '%(from)s' to '%(to)s'.")
NO_STATUS_LABEL = _("no status yet")

if TYPE_CHECKING:
    from django.utils.functional import _StrPromise


class TransitionError(ValidationError):
    """The status change is not allowed by the state machine; nothing was written."""


class StateMachine(Mapping[str, tuple[str, ...]]):
    """The transition table of one kind of record, read as a mapping status → next statuses.

    `states`: the TextChoices of the statuses; every status needs an entry in `transitions`
    (an end status maps to an empty tuple). `start`: the status a new record begins in.
    `refusal`: the translatable message of a refused change, with %(from)s and %(to)s.
    `no_status_label`: how the empty status is named in that message.
    Raises ValueError at declaration when the table names an unknown or misses a status.
    """

    def __init__(
        self,
        states: type[TextChoices],
        transitions: Mapping[str, Iterable[str]],
        *,
        start: str,
        refusal: "str | _StrPromise" = DEFAULT_REFUSAL,
        no_status_label: str | Promise = NO_STATUS_LABEL,
    ) -> None:
        known = set(states.values)
        missing = known - set(transitions)
        unknown = (set(transitions) | {s for t in transitions.values() for s in t}) - known
        if missing or unknown or start not in known:
            raise ValueError(
                f"{states.__name__}: missing {sorted(missing)}, unknown {sorted(unknown)}, "
                f"start {start!r}"
            )
        self.states = states
        self.start = start
        self.refusal = refusal
        self.no_status_label = no_status_label
        self._may_start = True
        self._next = MappingProxyType(
            {str(state): tuple(str(s) for s in targets) for state, targets in transitions.items()}
        )

    # Mapping: ALLOWED_TRANSITIONS[status], iteration over the statuses, .items().
    def __getitem__(self, state: str) -> tuple[str, ...]:
        return self._next[state]

    def __iter__(self) -> Iterator[str]:
        return iter(self._next)

    def __len__(self) -> int:
        return len(self._next)

    def allowed_from(self, state: str) -> tuple[str, ...]:
        """The statuses a record in `state` may move to (none for an unknown status)."""
        if state == NO_STATUS:
            return (self.start,) if self._may_start else ()
        return self._next.get(state, ())

    def can_move(self, from_state: str, to_state: str) -> bool:
        return to_state in self.allowed_from(from_state)

    def label(self, state: str) -> str:
        """The status's name in the current language; an unknown value as it was given."""
        if state == NO_STATUS:
            return str(self.no_status_label)
        if state in self.states.values:
            return str(self.states(state).label)
        return state

    def choices_from(self, state: str) -> list[tuple[str, str]]:
        """(value, label) of the allowed next statuses, for a form's choices."""
        return [(s, self.label(s)) for s in self.allowed_from(state)]

    def check(
        self,
        from_state: str,
        to_state: str,
        *,
        error: type[ValidationError] = TransitionError,
    ) -> None:
        """Return if `from_state` → `to_state` is allowed; else raise `error` (a
        ValidationError subclass, code "transition") with the translated refusal."""
        if self.can_move(from_state, to_state):
            return
        raise error(
            self.refusal,
            code="transition",
            params={"from": self.label(from_state), "to": self.label(to_state)},
        )

    def limited_to(self, *targets: str) -> "StateMachine":
        """The same table, keeping only the moves that end in one of `targets` (a role that
        may take only some of the steps, e.g. a partner answering a referral)."""
        limited = StateMachine(
            self.states,
            {state: [s for s in nxt if s in targets] for state, nxt in self._next.items()},
            start=self.start,
            refusal=self.refusal,
            no_status_label=self.no_status_label,
        )
        limited._may_start = self._may_start and self.start in targets
        return limited
