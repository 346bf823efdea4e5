"""JSON from outside, with a depth limit: a document nested thousands of levels deep is a
clear "too deep" error, never a RecursionError (a 500 in the API, a traceback in the CLI).

No endpoint or file format of Radar nests deeper than a handful of levels. The API parses
every JSON body with `JSONParser` (REST_FRAMEWORK's DEFAULT_PARSER_CLASSES); commands use
`loads`.
"""

import json
from collections.abc import Iterable
from typing import Any

from django.utils.translation import gettext as _
from rest_framework import parsers
from rest_framework.exceptions import ParseError

MAX_DEPTH = 32


class TooDeep(ValueError):
    """The document nests objects and lists deeper than MAX_DEPTH."""

    def __init__(self) -> None:
        super().__init__(
            _("The JSON document is nested too deeply (more than %(depth)s levels).")
            % {"depth": MAX_DEPTH}
        )


def check_depth(data: Any, limit: int = MAX_DEPTH) -> Any:
    """`data` itself; raises TooDeep when objects and lists nest deeper than `limit`."""
    stack = [(data, 1)]
    while stack:
        node, depth = stack.pop()
        children: Iterable[Any]
        if isinstance(node, dict):
            children = node.values()
        elif isinstance(node, list):
            children = node
        else:
            continue
        if depth > limit:
            raise TooDeep()
        stack.extend((child, depth + 1) for child in children)
    return data


def loads(text: str | bytes) -> Any:
    """json.loads with the depth limit. Raises json.JSONDecodeError or TooDeep."""
    try:
        data = json.loads(text)
    except RecursionError:
        raise TooDeep() from None
    return check_depth(data)


class JSONParser(parsers.JSONParser):
    """DRF's JSON parser with the depth limit: 400 with a clear message."""

    def parse(self, stream, media_type=None, parser_context=None):
        try:
            data = super().parse(stream, media_type, parser_context)
            return check_depth(data)
        except (RecursionError, TooDeep):
            raise ParseError(str(TooDeep())) from None
