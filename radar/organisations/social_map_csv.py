"""The social map as CSV: the columns, reading and checking a file, and writing one.

Shared by the import and export pages and `radar organisations import|export`; the columns
are documented in docs/social-map.md. Reading checks every row before anything is written
(services.import_social_map writes in one transaction), so a file with one bad row imports
nothing and reports every bad row with its line number and column.
"""

import csv
import io
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import URLValidator, validate_email
from django.template.defaultfilters import filesizeformat
from django.utils import formats
from django.utils.translation import gettext as _

from radar.accounts.models import Municipality
from radar.households.exports import FORMULA_STARTS, safe_cell
from radar.households.models import LifeDomain
from radar.organisations.models import ContactPerson, Organisation, Service

ORGANISATION_COLUMNS = [
    "external_id",
    "name",
    "kind",
    "municipality",
    "description",
    "address",
    "phone",
    "email",
    "website",
    "opening_hours",
    "languages",
    "is_active",
]
SERVICE_COLUMNS = [
    "service_name",
    "service_description",
    "service_life_domains",
    "service_how_to_reach",
]
CONTACT_COLUMNS = ["contact_name", "contact_role", "contact_phone", "contact_email"]
COLUMNS = ORGANISATION_COLUMNS + SERVICE_COLUMNS + CONTACT_COLUMNS

# Column -> model field, for the plain text columns (lengths are checked against the model).
_ORGANISATION_TEXT = {
    "external_id": "external_id",
    "name": "name",
    "description": "description",
    "address": "address",
    "phone": "phone",
    "opening_hours": "opening_hours",
    "languages": "languages",
}
_SERVICE_FIELDS = {
    "service_name": "name",
    "service_description": "description",
    "service_how_to_reach": "how_to_reach",
}
_CONTACT_FIELDS = {
    "contact_name": "name",
    "contact_role": "role",
    "contact_phone": "phone",
    "contact_email": "email",
}
_YES = {"1", "yes", "y", "true", "ja", "j", "oui", "o", "x"}
_NO = {"0", "no", "n", "false", "nee", "non"}
LIST_SEPARATORS = (";", "|")


# progress(phase, done, total): phase "check" counts rows, phase "write" organisations.
Progress = Callable[[str, int, int], None]
PROGRESS_EVERY = 1000


@dataclass(frozen=True)
class RowError:
    line: int  # 0: the whole file
    column: str
    message: str

    def __str__(self) -> str:
        if not self.line:
            return self.message
        if self.column:
            return _("Line %(line)s, column %(column)s: %(message)s") % {
                "line": self.line,
                "column": self.column,
                "message": self.message,
            }
        return _("Line %(line)s: %(message)s") % {"line": self.line, "message": self.message}


class SocialMapFileInvalid(Exception):
    """The file cannot be imported; `errors` lists every problem found, in file order."""

    def __init__(self, errors: list[RowError]):
        self.errors = sorted(
            errors, key=lambda e: (e.line, COLUMNS.index(e.column) if e.column in COLUMNS else -1)
        )
        super().__init__("\n".join(str(e) for e in self.errors))


@dataclass
class OrganisationRows:
    """One organisation of the file: its values, and the services and contact persons of all
    its rows. `values` holds only the columns the file has (model field names)."""

    line: int
    values: dict[str, Any]
    life_domains: dict[str, list[LifeDomain]] = field(default_factory=dict)
    services: dict[str, dict[str, Any]] = field(default_factory=dict)  # casefolded name -> values
    contacts: dict[str, dict[str, Any]] = field(default_factory=dict)
    existing: Organisation | None = None


def check_size(size: int) -> None:
    """Raise SocialMapFileInvalid when a file of `size` bytes is over the limit
    (settings.RADAR_SOCIAL_MAP_MAX_BYTES)."""
    limit = settings.RADAR_SOCIAL_MAP_MAX_BYTES
    if size > limit:
        raise SocialMapFileInvalid(
            [
                RowError(
                    0,
                    "",
                    _(
                        "The file is %(size)s; at most %(limit)s can be imported at once. "
                        "Split it into smaller files."
                    )
                    % {"size": filesizeformat(size), "limit": filesizeformat(limit)},
                )
            ]
        )


def read_social_map(
    data: bytes | str, *, progress: Progress | None = None
) -> list[OrganisationRows]:
    """Read and check a whole social-map CSV file (UTF-8 or Windows-1252, comma or semicolon).

    Returns the organisations in file order, each matched to the existing row it updates
    (`existing`; None for a new one). Raises SocialMapFileInvalid with every error found.
    Writes nothing. Files over settings.RADAR_SOCIAL_MAP_MAX_BYTES or with more than
    RADAR_SOCIAL_MAP_MAX_ROWS rows are refused before any row is checked.
    """
    check_size(len(data.encode("utf-8")) if isinstance(data, str) else len(data))
    text = _decode(data)
    if not text.strip():
        raise SocialMapFileInvalid([RowError(1, "", _("The file is empty."))])
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(text))
    try:
        header = next(reader)
    except csv.Error as error:
        raise SocialMapFileInvalid([RowError(1, "", _csv_error(error))]) from error
    if any(NUL in h for h in header):
        raise SocialMapFileInvalid([RowError(1, "", _nul_error())])
    columns = [h.strip().lower() for h in header]
    _check_header(columns)
    checker = _RowChecker(present=set(columns))
    errors: list[RowError] = []
    line = reader.line_num + 1
    total = _count_rows(text)
    if total > settings.RADAR_SOCIAL_MAP_MAX_ROWS:
        raise SocialMapFileInvalid([_too_many_rows(settings.RADAR_SOCIAL_MAP_MAX_ROWS)])
    rows = 0
    try:
        for cells in reader:
            start, line = line, reader.line_num + 1
            if not any(c.strip() for c in cells):
                continue
            rows += 1
            if progress and rows % PROGRESS_EVERY == 0:
                progress("check", rows, max(total, rows))
            if len(cells) > len(columns):
                errors.append(RowError(start, "", _("This row has more cells than the header.")))
                continue
            nul = [c for c, v in zip(columns, cells, strict=False) if NUL in v]
            if nul:
                errors.extend(RowError(start, column, _nul_error()) for column in nul)
                continue
            row = {c: _unescape(v.strip()) for c, v in zip(columns, cells, strict=False)}
            errors.extend(checker.add(start, row))
    except csv.Error as error:
        errors.append(RowError(line, "", _csv_error(error)))
    if progress:
        progress("check", rows, rows)
    if not checker.groups and not errors:
        errors.append(RowError(2, "", _("The file has no organisations.")))
    errors.extend(checker.match_existing())
    if errors:
        raise SocialMapFileInvalid(errors)
    return checker.groups


NUL = "\x00"


def _nul_error() -> str:
    return _(
        "Contains a NUL character (an invisible control character, often left by a damaged "
        "export). Remove it, for example by saving the file again as CSV."
    )


def _count_rows(text: str) -> int:
    """The non-empty rows after the header: a quick first pass (the csv module is C), so a
    file over the limit is refused before any row is checked."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(text))
    count = -1  # the header
    try:
        for cells in reader:
            count += any(c.strip() for c in cells)
    except csv.Error:
        pass  # reported with its line by the real reading
    return max(count, 0)


def _too_many_rows(limit: int) -> RowError:
    return RowError(
        0,
        "",
        _(
            "The file has more than %(limit)s rows; at most %(limit)s can be imported at once. "
            "Split it into smaller files."
        )
        % {"limit": formats.number_format(limit, force_grouping=True)},
    )


def _decode(data: bytes | str) -> str:
    if isinstance(data, str):
        return data.removeprefix("\ufeff")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        # Spreadsheets on Windows often save as Windows-1252.
        return data.decode("cp1252", errors="replace")


def _delimiter(text: str) -> str:
    first = text.splitlines()[0] if text else ""
    return ";" if first.count(";") > first.count(",") else ","


def _csv_error(error: csv.Error) -> str:
    return _("The file could not be read as CSV (%(error)s).") % {"error": error}


def _unescape(value: str) -> str:
    """Undo the export's protection against spreadsheet formulas ("'+32 14 ..." -> "+32 ...")."""
    if value.startswith("'") and value[1:].startswith(FORMULA_STARTS):
        return value[1:]
    return value


def _check_header(columns: list[str]) -> None:
    errors = []
    seen = set()
    for column in columns:
        if column not in COLUMNS:
            errors.append(
                RowError(
                    1,
                    column,
                    _("Unknown column. The columns are: %(columns)s.")
                    % {"columns": ", ".join(COLUMNS)},
                )
            )
        elif column in seen:
            errors.append(RowError(1, column, _("This column appears twice.")))
        seen.add(column)
    if "name" not in columns:
        errors.append(RowError(1, "name", _("The file has no column 'name'.")))
    if errors:
        raise SocialMapFileInvalid(errors)


class _RowChecker:
    def __init__(self, *, present: set[str]):
        self.present = present
        self.groups: list[OrganisationRows] = []
        self.by_external_id: dict[str, OrganisationRows] = {}
        self.by_name: dict[tuple[str, int | None], OrganisationRows] = {}
        self.municipalities = list(Municipality.objects.all())
        self.domains = list(LifeDomain.objects.all())
        # Code or label (in the active language) -> code, translated once, not once per row.
        self.kinds: dict[str, str] = {}
        for code, label in Organisation.Kind.choices:
            self.kinds.setdefault(code, code)
            self.kinds.setdefault(str(label).casefold(), code)

    # One row.

    def add(self, line: int, row: dict[str, str]) -> list[RowError]:
        errors: list[RowError] = []

        def fail(column: str, message: str) -> None:
            errors.append(RowError(line, column, message))

        values = self._organisation_values(row, fail)
        service = self._part(row, _SERVICE_FIELDS, "service_name", Service, fail)
        contact = self._part(row, _CONTACT_FIELDS, "contact_name", ContactPerson, fail)
        if contact and contact.get("email"):
            self._check_email(contact["email"], "contact_email", fail)
        domains = self._domains(row.get("service_life_domains", ""), fail)
        if domains and service is None:
            fail("service_life_domains", _("Fill in service_name as well."))
        if errors:
            return errors
        group = self._group_for(line, values, fail)
        if group is None:
            return errors
        if service is not None:
            key = service["name"].casefold()
            group.services[key] = {**group.services.get(key, {}), **service}
            if "service_life_domains" in self.present:
                group.life_domains[key] = domains
        if contact is not None:
            key = contact["name"].casefold()
            group.contacts[key] = {**group.contacts.get(key, {}), **contact}
        return errors

    def _organisation_values(self, row, fail) -> dict[str, Any]:
        values: dict[str, Any] = {}
        for column, name in _ORGANISATION_TEXT.items():
            if column in self.present:
                values[name] = self._text(row.get(column, ""), column, Organisation, name, fail)
        if not values.get("name"):
            fail("name", _("This column is required."))
        if "kind" in self.present:
            values["kind"] = self._kind(row.get("kind", ""), fail)
        if "municipality" in self.present:
            values["municipality"] = self._municipality(row.get("municipality", ""), fail)
        if "email" in self.present:
            values["email"] = self._check_email(row.get("email", ""), "email", fail)
        if "website" in self.present:
            values["website"] = self._website(row.get("website", ""), fail)
        if "is_active" in self.present:
            values["is_active"] = self._yes_no(row.get("is_active", ""), "is_active", fail)
        return values

    def _part(self, row, fields, name_column, model, fail) -> dict[str, Any] | None:
        """The service (or contact person) columns of a row; None when its name is empty."""
        values = {}
        for column, name in fields.items():
            if column in self.present:
                values[name] = self._text(row.get(column, ""), column, model, name, fail)
        if not values.get("name"):
            if any(values.values()):
                fail(name_column, _("Fill in %(column)s as well.") % {"column": name_column})
            return None
        return values

    @staticmethod
    def _text(value: str, column: str, model, name: str, fail) -> str:
        limit = model._meta.get_field(name).max_length
        if limit and len(value) > limit:
            fail(
                column,
                _("At most %(max)s characters (this has %(n)s).") % {"max": limit, "n": len(value)},
            )
        return value

    def _kind(self, value: str, fail) -> str:
        """The kind's code; "" when empty (a new organisation is "other", others keep theirs)."""
        if not value:
            return ""
        code = self.kinds.get(value.casefold())
        if code is not None:
            return code
        fail(
            "kind",
            _("Unknown kind '%(value)s'. Use one of: %(choices)s.")
            % {"value": value, "choices": ", ".join(Organisation.Kind.values)},
        )
        return ""

    def _municipality(self, value: str, fail) -> Municipality | None:
        if not value:
            return None
        wanted = value.casefold()
        for municipality in self.municipalities:
            if wanted in (municipality.name.casefold(), municipality.nis_code):
                return municipality
        fail(
            "municipality",
            _("Unknown municipality '%(value)s'. Use its name or NIS code as in the configuration.")
            % {"value": value},
        )
        return None

    @staticmethod
    def _check_email(value: str, column: str, fail) -> str:
        if value:
            try:
                validate_email(value)
            except ValidationError:
                fail(column, _("'%(value)s' is not a valid email address.") % {"value": value})
        return value

    @staticmethod
    def _website(value: str, fail) -> str:
        if not value:
            return ""
        if "://" not in value:
            value = "https://" + value
        try:
            URLValidator(schemes=["http", "https"])(value)
        except ValidationError:
            fail("website", _("'%(value)s' is not a valid web address.") % {"value": value})
        return value

    @staticmethod
    def _yes_no(value: str, column: str, fail) -> bool | None:
        """True or False; None when empty (a new organisation is active, others keep theirs)."""
        if not value:
            return None
        if value.casefold() in _YES:
            return True
        if value.casefold() in _NO:
            return False
        fail(column, _("Write yes or no (or 1 or 0), not '%(value)s'.") % {"value": value})
        return None

    def _domains(self, value: str, fail) -> list[LifeDomain]:
        for separator in LIST_SEPARATORS[1:]:
            value = value.replace(separator, LIST_SEPARATORS[0])
        found = []
        for item in (v.strip() for v in value.split(LIST_SEPARATORS[0])):
            if not item:
                continue
            wanted = item.casefold()
            match = next(
                (
                    d
                    for d in self.domains
                    if wanted
                    in (d.code, d.name_nl.casefold(), d.name_fr.casefold(), d.name_en.casefold())
                ),
                None,
            )
            if match is None:
                fail(
                    "service_life_domains",
                    _("Unknown life domain '%(value)s'. Use the codes: %(choices)s.")
                    % {"value": item, "choices": ", ".join(d.code for d in self.domains)},
                )
            elif match not in found:
                found.append(match)
        return found

    # Rows of the same organisation.

    def _group_for(self, line: int, values: dict[str, Any], fail) -> OrganisationRows | None:
        external_id = values.get("external_id", "")
        name_key = (values["name"].casefold(), getattr(values.get("municipality"), "pk", None))
        group = self.by_external_id.get(external_id) if external_id else None
        if group is None:
            group = self.by_name.get(name_key)
            if group is not None and external_id and group.values.get("external_id"):
                fail(
                    "external_id",
                    _("Line %(line)s has the same organisation with external id '%(other)s'.")
                    % {"line": group.line, "other": group.values["external_id"]},
                )
                return None
        if group is None:
            group = OrganisationRows(line=line, values=dict(values))
            self.groups.append(group)
        else:
            for name, value in values.items():
                known = group.values.get(name)
                if value in ("", None) or value == known:
                    continue
                if known in ("", None):
                    group.values[name] = value
                    continue
                column = next((c for c, f in _ORGANISATION_TEXT.items() if f == name), name)
                fail(
                    column,
                    _("Differs from line %(line)s for the same organisation.")
                    % {"line": group.line},
                )
                return None
        if group.values.get("external_id"):
            self.by_external_id[group.values["external_id"]] = group
        self.by_name[name_key] = group
        return group

    # The database.

    def match_existing(self) -> list[RowError]:
        """Find the organisation each group updates: by external id, else by name and
        municipality. Returns the conflicts that would break a uniqueness rule."""
        errors = []
        claimed: dict[int, OrganisationRows] = {}
        # The whole social map in two queries, instead of two per organisation of the file.
        by_external_id: dict[str, Organisation] = {}
        by_name: dict[str, list[Organisation]] = {}
        for organisation in Organisation.objects.select_related("municipality").order_by("id"):
            if organisation.external_id:
                by_external_id[organisation.external_id] = organisation
            by_name.setdefault(organisation.name.casefold(), []).append(organisation)
        for group in self.groups:
            values = group.values
            external_id = values.get("external_id", "")
            existing = by_external_id.get(external_id) if external_id else None
            by_name_match = self._by_name(group, by_name)
            if existing is None:
                existing = by_name_match
                if existing and external_id and existing.external_id not in ("", external_id):
                    errors.append(
                        RowError(
                            group.line,
                            "external_id",
                            _(
                                "'%(name)s' is already on the social map with external id "
                                "'%(other)s'."
                            )
                            % {"name": existing.name, "other": existing.external_id},
                        )
                    )
                    continue
            elif by_name_match is not None and by_name_match.pk != existing.pk:
                errors.append(
                    RowError(
                        group.line,
                        "name",
                        _(
                            "Another organisation with this name and municipality is already on "
                            "the social map (external id '%(other)s')."
                        )
                        % {"other": by_name_match.external_id or "—"},
                    )
                )
                continue
            if existing is not None:
                if existing.pk in claimed:
                    errors.append(
                        RowError(
                            group.line,
                            "name",
                            _("Line %(line)s already updates this organisation.")
                            % {"line": claimed[existing.pk].line},
                        )
                    )
                    continue
                claimed[existing.pk] = group
            group.existing = existing
        return errors

    def _by_name(
        self, group: OrganisationRows, by_name: dict[str, list[Organisation]]
    ) -> Organisation | None:
        """The oldest organisation with the group's name (ignoring case) and, when the file
        has the column, its municipality."""
        values = group.values
        candidates = by_name.get(values["name"].casefold(), [])
        if "municipality" in self.present:
            municipality_id = getattr(values.get("municipality"), "pk", None)
            candidates = [o for o in candidates if o.municipality_id == municipality_id]
        return candidates[0] if candidates else None


def rows_for_export(organisations: Iterable[Organisation]) -> Iterable[list[str]]:
    """The CSV rows (header first) of these organisations: one row per active service or
    contact person (zipped), at least one per organisation; the organisation's columns are
    repeated on each of its rows."""
    yield list(COLUMNS)
    for organisation in organisations:
        services = _active(organisation, "services", "active_services")
        contacts = _active(organisation, "contact_persons", "active_contact_persons")
        base = [
            organisation.external_id,
            organisation.name,
            organisation.kind,
            organisation.municipality.name if organisation.municipality else "",
            organisation.description,
            organisation.address,
            organisation.phone,
            organisation.email,
            organisation.website,
            organisation.opening_hours,
            organisation.languages,
            "1" if organisation.is_active else "0",
        ]
        for i in range(max(1, len(services), len(contacts))):
            service = services[i] if i < len(services) else None
            contact = contacts[i] if i < len(contacts) else None
            yield [
                safe_cell(cell)
                for cell in [
                    *base,
                    *(
                        [
                            service.name,
                            service.description,
                            ";".join(d.code for d in service.life_domains.all()),
                            service.how_to_reach,
                        ]
                        if service
                        else [""] * len(SERVICE_COLUMNS)
                    ),
                    *(
                        [contact.name, contact.role, contact.phone, contact.email]
                        if contact
                        else [""] * len(CONTACT_COLUMNS)
                    ),
                ]
            ]


def _active(organisation: Organisation, relation: str, prefetched: str) -> list:
    """The active services or contact persons, from selectors' prefetch when it was made."""
    rows = getattr(organisation, prefetched, None)
    if rows is None:
        rows = [r for r in getattr(organisation, relation).all() if r.is_active]
    return rows


def write_social_map(out, organisations: Iterable[Organisation], *, delimiter: str = ",") -> int:
    """Write the organisations as CSV to `out`; returns the number of organisations. The page
    gives Belgian Excel its `;` (the import reads both, and a byte-order mark)."""
    organisations = list(organisations)
    csv.writer(out, delimiter=delimiter).writerows(rows_for_export(organisations))
    return len(organisations)
