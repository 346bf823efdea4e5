"""Helpers of the two fuzzers: the API (test_fuzz_api.py) and the page forms (test_fuzz_forms.py).

Both run inside the normal suite (`make test`), bounded and reproducible: Hypothesis with a
fixed number of examples, derandomized, without a deadline or shrinking, and every request
in a savepoint rolled back afterwards, so the world of fuzz_world.py does not grow. Each
fuzzer counts the cases it sent and the findings (status >= 500, schema violations); the
tests assert the count reached the figure and the findings are none, so neither figure can
shrink silently.
"""

import contextlib
import html
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from html.parser import HTMLParser

from django.core.signals import request_finished, request_started
from django.db import close_old_connections, transaction
from hypothesis import HealthCheck, Phase, settings
from hypothesis import strategies as st


def fuzz_settings(max_examples: int) -> settings:
    """Bounded and reproducible: the same cases on every run, no shrinking, no deadline."""
    return settings(
        max_examples=max_examples,
        deadline=None,
        derandomize=True,
        database=None,
        phases=[Phase.explicit, Phase.generate],
        suppress_health_check=list(HealthCheck),
        report_multiple_bugs=False,
    )


@contextlib.contextmanager
def rolled_back() -> Iterator[None]:
    """Run one fuzzed request in a savepoint and undo whatever it wrote."""
    with transaction.atomic():
        yield
        transaction.set_rollback(True)


@contextlib.contextmanager
def connections_kept_open() -> Iterator[None]:
    """Call the WSGI app directly (schemathesis) inside the test's transaction, as Django's
    test client does: without this, the request signals close the connection (it is not
    in autocommit), which PostgreSQL does and in-memory SQLite ignores."""
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    try:
        yield
    finally:
        request_started.connect(close_old_connections)
        request_finished.connect(close_old_connections)


@dataclass
class Tally:
    """What a fuzzer sent and what it found, by operation or page."""

    cases: int = 0
    by_target: Counter = field(default_factory=Counter)
    statuses: Counter = field(default_factory=Counter)
    findings: dict[str, str] = field(default_factory=dict)  # key -> first example

    def count(self, target: str, status: int) -> None:
        self.cases += 1
        self.by_target[target] += 1
        self.statuses[status] += 1

    def found(self, key: str, example: str) -> None:
        self.findings.setdefault(key, example[:3000])

    def summary(self) -> str:
        lines = [f"{self.cases} cases, statuses {dict(sorted(self.statuses.items()))}"]
        lines += [f"  {n:5d}  {target}" for target, n in sorted(self.by_target.items())]
        return "\n".join(lines)

    def report(self) -> str:
        lines = [f"{len(self.findings)} finding(s) in {self.cases} cases:"]
        for key, example in self.findings.items():
            lines.append(f"--- {key}\n{example}")
        return "\n".join(lines)


# -- Hostile values ------------------------------------------------------------------------

HUGE_IDS = ("9223372036854775807", "9223372036854775808", "18446744073709551616", "1" + "0" * 40)
NUMBERS = ("0", "-1", "-0", "1e308", "1e400", "-1e308", "NaN", "inf", "-inf", "0.1", "1,5",
           "2147483648", "9223372036854775808", "18446744073709551616", "²", "٣", "0x10",
           " 1 ", "1" * 400)  # fmt: skip
DATES = ("0001-01-01", "9999-12-31", "31/02/2026", "2026-02-31", "2026-13-01", "0000-00-00",
         "1899-12-31", "1900-01-01", "2999-01-01", "-2026-01-01", "01/01/0001", "2026-1-1",
         "10000-01-01", "20260101", "today")  # fmt: skip
DATETIMES = ("0001-01-01T00:00", "9999-12-31T23:59", "2026-02-31T10:00", "2026-01-01T25:61",
             "0182-05-05T10:00", "1999-12-31T23:59", "01/01/0001 00:00", "2026-06-30T12:00Z",
             "2026-06-30T12:00:00+14:00", "T")  # fmt: skip
STRINGS = ("", " ", "\x00", "a\x00b", "\u202eevil\u202c", "👨‍👩‍👧‍👦" * 20, "x" * 10_000,
           "' OR 1=1 --", "\"; DROP TABLE households_household; --",
           "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "{{ 7*7 }}",
           "%s%s%n", "\ud800".encode("utf-8", "surrogatepass").decode("utf-8", "replace"),
           "\r\n\r\nSet-Cookie: a=b", "../../etc/passwd", "null", "None", "true",
           "Ω≈ç√∫˜µ≤≥÷", "ﷺ" * 100, "\t\n\x0b\x0c")  # fmt: skip


def hostile_text() -> st.SearchStrategy[str]:
    return st.one_of(
        st.sampled_from(STRINGS + NUMBERS + DATES + DATETIMES + HUGE_IDS),
        st.text(max_size=60),
        st.text(alphabet=st.characters(codec="utf-8"), min_size=200, max_size=400),
    )


def hostile_number() -> st.SearchStrategy[str]:
    return st.one_of(
        st.sampled_from(NUMBERS + HUGE_IDS),
        st.integers(min_value=-(2**70), max_value=2**70).map(str),
        st.floats(allow_nan=True, allow_infinity=True).map(repr),
    )


def hostile_choice(options: tuple[str, ...]) -> st.SearchStrategy[str]:
    """A select's own options (often), or an id that is not one: huge, negative, unknown."""
    unknown = st.sampled_from(("0", "-1", "999999", "abc", "", "\x00", "1.5", *HUGE_IDS))
    own = st.sampled_from(options) if options else unknown
    return st.one_of(own, own, unknown, hostile_text())


# -- Forms in a page -------------------------------------------------------------------------


@dataclass
class FormField:
    name: str
    kind: str  # input type, "select", "textarea"
    value: str = ""
    options: tuple[str, ...] = ()
    multiple: bool = False
    checked: bool = False


@dataclass
class Form:
    action: str
    fields: list[FormField]

    def field_named(self, name: str) -> FormField | None:
        return next((f for f in self.fields if f.name == name), None)


class _FormParser(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.forms: list[Form] = []
        self._form: Form | None = None
        self._select: FormField | None = None
        self._textarea: FormField | None = None

    def handle_starttag(self, tag, attrs):
        a = {k: (v if v is not None else "") for k, v in attrs}
        if tag == "form":
            if a.get("method", "get").lower() == "post" or a.get("hx-post"):
                action = a.get("action") or a.get("hx-post") or ""
                self._form = Form(action=action, fields=[])
                self.forms.append(self._form)
            else:
                self._form = None
            return
        form = self._form
        if form is None or "name" not in a or "disabled" in a:
            if tag == "option" and self._select is not None and form is not None:
                self._select.options += (a.get("value", ""),)
                if "selected" in a:
                    self._select.value = a.get("value", "")
            return
        if tag == "input":
            kind = a.get("type", "text").lower()
            if kind in ("submit", "button", "image", "reset", "file"):
                if kind == "submit" and a.get("name"):
                    form.fields.append(FormField(a["name"], "submit", a.get("value", "")))
                return
            value = a.get("value", "on" if kind in ("checkbox", "radio") else "")
            grouped = form.field_named(a["name"]) if kind in ("checkbox", "radio") else None
            if grouped is not None:  # a group of radios or checkboxes: one field, options
                grouped.options += (value,)
                grouped.multiple = kind == "checkbox"
                if "checked" in a:
                    grouped.value, grouped.checked = value, True
                return
            form.fields.append(
                FormField(a["name"], kind, value, options=(value,), checked="checked" in a)
            )
        elif tag == "select":
            self._select = FormField(a["name"], "select", multiple="multiple" in a)
            form.fields.append(self._select)
        elif tag == "textarea":
            self._textarea = FormField(a["name"], "textarea")
            form.fields.append(self._textarea)
        elif tag == "button" and a.get("name"):
            form.fields.append(FormField(a["name"], "submit", a.get("value", "")))

    def handle_endtag(self, tag):
        if tag == "form":
            self._form = None
        elif tag == "select":
            self._select = None
        elif tag == "textarea":
            self._textarea = None

    def handle_data(self, data):
        if self._textarea is not None:
            self._textarea.value += data


def post_forms(page: str) -> list[Form]:
    """The <form method=post> of a page with their fields: names, types, options, values."""
    parser = _FormParser()
    parser.feed(page)
    return parser.forms


CSRF_FIELD = "csrfmiddlewaretoken"
_DATE_LIKE = re.compile(r"(^|_)(on|date|at|from|until|until_on|held_on)$")


def values_for(form_field: FormField) -> st.SearchStrategy:
    """Hostile values for one field, by what the page says it is."""
    kind, name = form_field.kind, form_field.name
    if kind == "select" or kind == "radio" or (kind == "checkbox" and form_field.multiple):
        strategy = hostile_choice(tuple(o for o in form_field.options if o))
        if form_field.multiple:
            return st.lists(strategy, max_size=4)
        return strategy
    if kind == "checkbox":
        return st.one_of(st.just(form_field.value or "on"), st.just(None), hostile_text())
    if kind == "number":
        return hostile_number()
    if kind in ("date", "datetime-local", "month", "time") or _DATE_LIKE.search(name):
        return st.one_of(st.sampled_from(DATES + DATETIMES), hostile_text())
    if kind == "hidden" and name == "version":
        return st.one_of(st.just(form_field.value), hostile_number())
    if kind == "hidden":
        return st.one_of(st.just(form_field.value), hostile_text())
    return hostile_text()


def unescape(text: str) -> str:
    return html.unescape(text)
