"""The register workbook (.xlsx): its sheets and columns, the nl/fr aliases, reading a file
into checked rows, and the downloadable template. Documented in docs/import.md.

Reading writes nothing: radar.registers.services.import_registers checks every row of
every sheet first and writes only when there is no error.
"""

import io
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from django.utils.translation import gettext as _
from openpyxl import Workbook, load_workbook
from openpyxl.utils import get_column_letter

# sheet -> (column, nl header, fr header, required)
SHEETS: dict[str, list[tuple[str, str, str, bool]]] = {
    "households": [
        ("ref", "ref", "ref", True),
        ("family_name", "familienaam", "nom_de_famille", True),
        ("street", "straat", "rue", False),
        ("postcode", "postcode", "code_postal", False),
        ("children", "kinderen", "enfants", False),
        ("in_outreach", "in_begeleiding", "en_accompagnement", True),
    ],
    "intakes": [
        ("household_ref", "gezin_ref", "ref_menage", True),
        ("date", "datum", "date", True),
        ("channel", "kanaal", "canal", True),
        ("organisation", "organisatie", "organisation", False),
        ("known_to_ocmw", "gekend_bij_ocmw", "connu_du_cpas", False),
    ],
    "aid": [
        ("household_ref", "gezin_ref", "ref_menage", True),
        ("aid_type", "soort_hulp", "type_aide", True),
        ("date", "datum", "date", True),
        ("count", "aantal", "nombre", False),
        ("amount", "bedrag", "montant", False),
    ],
    "partners": [
        ("household_ref", "gezin_ref", "ref_menage", True),
        ("organisation", "organisatie", "organisation", True),
        ("role", "rol", "role", True),
        ("start_date", "startdatum", "date_debut", False),
    ],
}
SHEET_ALIASES = {
    "households": ("gezinnen", "menages"),
    "intakes": ("aanmeldingen", "signalements"),
    "aid": ("hulp", "aides", "aide"),
    "partners": ("partners", "partenaires"),
}
ROLE_ALIASES = {
    "lead_partner": ("lead_partner", "regierol", "hoofdpartner", "partenaire_principal"),
    "guided_with": ("guided_with", "samen_begeleid", "accompagne_avec", "co_accompagnement"),
}
YES = {"1", "yes", "y", "true", "ja", "j", "oui", "o", "x", "waar", "vrai"}
NO = {"0", "no", "n", "false", "nee", "non", "onwaar", "faux", ""}
MAX_ROWS = 20_000

Progress = Callable[[int, int], None]


def normalise(text: Any) -> str:
    """A header or code as compared: lower case, without accents, spaces as underscores."""
    value = unicodedata.normalize("NFKD", str(text or "").strip().lower())
    value = "".join(c for c in value if not unicodedata.combining(c))
    return "_".join(value.replace("-", " ").split())


@dataclass(frozen=True)
class RowError:
    """A problem in the file: sheet, row (as Excel numbers it; 0: the whole sheet or file),
    column and message (in the user's language)."""

    sheet: str
    row: int
    column: str
    message: str

    def __str__(self) -> str:
        return _("Sheet %(sheet)s, row %(row)s, column %(column)s: %(message)s") % {
            "sheet": self.sheet or "-",
            "row": self.row or "-",
            "column": self.column or "-",
            "message": self.message,
        }


class RegisterFileInvalid(Exception):
    """The workbook cannot be imported; `errors` lists every problem, nothing was written."""

    def __init__(self, errors: list[RowError]):
        order = list(SHEETS)
        self.errors = sorted(
            errors,
            key=lambda e: (order.index(e.sheet) if e.sheet in order else -1, e.row, e.column),
        )
        super().__init__("\n".join(str(e) for e in self.errors))


@dataclass
class Row:
    sheet: str
    number: int  # the Excel row number
    values: dict[str, Any]


def read_workbook(data: bytes) -> dict[str, list[Row]]:
    """The rows of each known sheet, with their values under the English column names.
    Empty rows are skipped. Raises RegisterFileInvalid for a file that is not a workbook,
    a missing sheet or column, an unknown column, or too many rows."""
    try:
        book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as error:  # openpyxl raises many kinds for a file that is not .xlsx
        raise RegisterFileInvalid(
            [RowError("", 0, "", _("This is not an Excel workbook (.xlsx)."))]
        ) from error
    by_name = {normalise(name): name for name in book.sheetnames}
    errors: list[RowError] = []
    sheets: dict[str, list[Row]] = {}
    total = 0
    for sheet, columns in SHEETS.items():
        found = next((by_name[n] for n in (sheet, *SHEET_ALIASES[sheet]) if n in by_name), None)
        if found is None:
            if sheet in ("households",):
                errors.append(RowError(sheet, 0, "", _("This sheet is missing.")))
            sheets[sheet] = []
            continue
        rows = book[found].iter_rows(values_only=True)
        header = next(rows, None) or ()
        aliases = {}
        for column, nl, fr, _required in columns:
            for name in (column, nl, fr):
                aliases[normalise(name)] = column
        positions: dict[str, int] = {}
        for index, title in enumerate(header):
            if title is None or str(title).strip() == "":
                continue
            column = aliases.get(normalise(title))
            if column is None:
                errors.append(
                    RowError(sheet, 1, str(title), _("Unknown column: see docs/import.md."))
                )
            elif column in positions:
                errors.append(RowError(sheet, 1, str(title), _("This column appears twice.")))
            else:
                positions[column] = index
        for column, _nl, _fr, required in columns:
            if required and column not in positions:
                errors.append(RowError(sheet, 1, column, _("This column is missing.")))
        found_rows = []
        for number, cells in enumerate(rows, start=2):
            if all(c is None or str(c).strip() == "" for c in cells):
                continue
            total += 1
            if total > MAX_ROWS:
                raise RegisterFileInvalid(
                    [
                        RowError(
                            sheet,
                            number,
                            "",
                            _("At most %(max)s rows can be imported at once.") % {"max": MAX_ROWS},
                        )
                    ]
                )
            values = {
                column: cells[index] if index < len(cells) else None
                for column, index in positions.items()
            }
            found_rows.append(Row(sheet, number, values))
        sheets[sheet] = found_rows
    book.close()
    if errors:
        raise RegisterFileInvalid(errors)
    return sheets


def text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def yes_no(value: Any) -> bool | None:
    if isinstance(value, bool):
        return value
    word = normalise(text(value))
    if word in YES:
        return True
    if word in NO:
        return False
    return None


def whole_number(value: Any) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    word = text(value)
    return int(word) if word.isdigit() else None


def template_workbook(
    rows: dict[str, list[list[Any]]] | None = None, *, language: str = "en"
) -> bytes:
    """The template: one sheet per kind with its headers in `language` (en, nl or fr), and
    `rows` when given (tests and examples). Dates are written as Excel date cells."""
    book = Workbook()
    book.remove(book.active)
    for sheet, columns in SHEETS.items():
        page = book.create_sheet(sheet)
        index = {"en": 0, "nl": 1, "fr": 2}.get(language, 0)
        page.append([column[index] for column in columns])
        for row in (rows or {}).get(sheet, []):
            page.append(row)
        for position, _column in enumerate(columns, start=1):
            page.column_dimensions[get_column_letter(position)].width = 18
        for cells in page.iter_rows(min_row=2):
            for cell in cells:
                if isinstance(cell.value, date | datetime):
                    cell.number_format = "DD/MM/YYYY"
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()
