"""The instrument file: the criteria texts of an instrument's cells, as CSV (UTF-8).

One row per cell and language, with a header row (docs/measurements.md):

    instrument,domain,level,language,text
    zrm2017,finances,1,nl,"..."

`instrument` is the code of an instrument that exists (shipped or made by an administrator),
`domain` the code of one of its domains, `level` one of its levels, `language` nl, fr or en,
`text` the criteria (at most MAX_TEXT characters). A cell appears at most once per language.
The whole file is checked first; one bad line and nothing is imported. Each problem is
reported with its line number (the header is line 1).
"""

import csv
import io
from dataclasses import dataclass

from django.utils.translation import gettext as _

COLUMNS = ["instrument", "domain", "level", "language", "text"]
LANGUAGES = ("nl", "fr", "en")
MAX_TEXT = 2000
MAX_BYTES = 2_000_000


@dataclass(frozen=True)
class CriterionRow:
    line: int
    instrument: str
    domain: str
    level: int
    language: str
    text: str


@dataclass(frozen=True)
class LineError:
    line: int
    reason: str

    def __str__(self) -> str:
        return _("line %(line)d: %(reason)s") % {"line": self.line, "reason": self.reason}


class InstrumentFileInvalid(Exception):
    def __init__(self, errors: list[LineError]):
        super().__init__("; ".join(str(e) for e in errors))
        self.errors = errors


def parse(data: bytes, *, structure: dict[str, tuple[set[str], set[int]]]) -> list[CriterionRow]:
    """The rows of an instrument file, checked against `structure` (instrument code ->
    (domain codes, level values)). Raises InstrumentFileInvalid with every problem."""
    if len(data) > MAX_BYTES:
        raise InstrumentFileInvalid([LineError(0, _("The file is too large."))])
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise InstrumentFileInvalid([LineError(line, _("This is not UTF-8 text."))]) from error
    if "\x00" in text:
        raise InstrumentFileInvalid([LineError(1, _("This is not a text file."))])
    reader = csv.reader(io.StringIO(text, newline=""))
    errors: list[LineError] = []
    rows: list[CriterionRow] = []
    try:
        header = next(reader, None)
    except csv.Error as error:
        raise InstrumentFileInvalid([LineError(1, str(error))]) from error
    if header is None or [h.strip().lower() for h in header] != COLUMNS:
        raise InstrumentFileInvalid(
            [
                LineError(
                    1, _("The first line must be: %(columns)s") % {"columns": ",".join(COLUMNS)}
                )
            ]
        )
    seen: dict[tuple[str, str, int, str], int] = {}
    while True:
        line = reader.line_num + 1
        try:
            record = next(reader)
        except StopIteration:
            break
        except csv.Error as error:
            errors.append(LineError(line, str(error)))
            break
        line = reader.line_num  # the last physical line of a record with line breaks
        if not any(cell.strip() for cell in record):
            continue
        if len(record) != len(COLUMNS):
            errors.append(
                LineError(
                    line,
                    _("Expected %(expected)d columns, found %(found)d.")
                    % {"expected": len(COLUMNS), "found": len(record)},
                )
            )
            continue
        code, domain, level_text, language, criteria = (cell.strip() for cell in record)
        if code not in structure:
            errors.append(LineError(line, _("Unknown instrument: %(code)s.") % {"code": code}))
            continue
        domains, levels = structure[code]
        if domain not in domains:
            errors.append(
                LineError(line, _("The instrument has no domain %(code)s.") % {"code": domain})
            )
            continue
        try:
            level = int(level_text)
        except ValueError:
            level = None
        if level is None or level not in levels:
            errors.append(
                LineError(line, _("The instrument has no level %(level)s.") % {"level": level_text})
            )
            continue
        if language not in LANGUAGES:
            errors.append(
                LineError(
                    line, _("The language must be nl, fr or en, not %(l)s.") % {"l": language}
                )
            )
            continue
        if not criteria:
            errors.append(LineError(line, _("The criteria text is empty.")))
            continue
        if len(criteria) > MAX_TEXT:
            errors.append(
                LineError(
                    line, _("The criteria text is longer than %(n)d characters.") % {"n": MAX_TEXT}
                )
            )
            continue
        key = (code, domain, level, language)
        if key in seen:
            errors.append(
                LineError(
                    line,
                    _("This cell and language were already given on line %(line)d.")
                    % {"line": seen[key]},
                )
            )
            continue
        seen[key] = line
        rows.append(CriterionRow(line, code, domain, level, language, criteria))
    if not rows and not errors:
        errors.append(LineError(2, _("The file has no criteria.")))
    if errors:
        raise InstrumentFileInvalid(errors)
    return rows
