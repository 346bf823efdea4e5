"""Database ids from URLs and query parameters: parsed once, bounded, never a 500.

Ids are 64-bit signed integers (BigAutoField). A path like `/households/9223372036854775808/`
or a parameter like `?channel=²` ("²".isdigit() is True, int("²") fails) must answer "not
found" (or be ignored), not reach the database: PostgreSQL answers "bigint out of range".

- In URLs, use the `dbid` path converter (registered in radar.core.apps):
  `path("<dbid:pk>/", ...)`; DRF routers through `DbIdRouter`.
- In query parameters and form data, use `parse_id(value)`: the id, or None.
"""

from typing import Any

from rest_framework.routers import DefaultRouter

MAX_ID = 2**63 - 1


def parse_id(value: Any) -> int | None:
    """The database id in `value` (a str or int) when it is one: 1 .. 2**63-1, written in
    ASCII digits; otherwise None. Surrounding spaces are allowed."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        number = value
    elif isinstance(value, str):
        text = value.strip()
        if not (text.isascii() and text.isdigit()) or len(text) > len(str(MAX_ID)):
            return None
        number = int(text)
    else:
        return None
    return number if 1 <= number <= MAX_ID else None


class DbIdConverter:
    """`<dbid:name>`: a database id (1 .. 2**63-1); anything else does not match (404)."""

    regex = "[0-9]{1,19}"

    def to_python(self, value: str) -> int:
        number = parse_id(value)
        if number is None:
            raise ValueError(value)  # the URL does not match: 404
        return number

    def to_url(self, value: Any) -> str:
        return str(int(value))


class DbIdRouter(DefaultRouter):
    """The API's router: detail routes take a `dbid` (a viewset may name another path
    converter in `lookup_value_converter`); no browsable root view and no `.json` suffix
    routes (JSON is the only format)."""

    include_root_view = False
    include_format_suffixes = False

    def __init__(self) -> None:
        super().__init__(trailing_slash=True, use_regex_path=False)

    def get_lookup_regex(self, viewset, lookup_prefix: str = "") -> str:
        kwarg = getattr(viewset, "lookup_url_kwarg", None) or getattr(viewset, "lookup_field", "pk")
        converter = getattr(viewset, "lookup_value_converter", None) or "dbid"
        return f"<{converter}:{lookup_prefix}{kwarg}>"
