"""Exports of the caseload: the CSV page and `radar export_households` share this code."""

import csv
import io

from django.http import HttpResponse
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from radar.core import audit
from radar.core.spreadsheets import EXCEL_BOM, EXCEL_DELIMITER
from radar.households import selectors
from radar.households.models import Status

COLUMNS = [
    "id",
    "name",
    "status",
    "team",
    "neighbourhood",
    "known_to_ocmw",
    "last_reached_at",
    "outreachers",
]

# The headers of a download for a spreadsheet, in the user's language (the CLI keeps COLUMNS).
HEADERS = {
    "id": _("number"),
    "name": _("family"),
    "status": _("status"),
    "team": _("team"),
    "neighbourhood": _("neighbourhood"),
    "known_to_ocmw": _("known to the OCMW at intake"),
    "last_reached_at": _("last successful contact"),
    "outreachers": _("outreachers"),
}


FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value) -> str:
    """Text a spreadsheet will not run as a formula (CSV injection): prefix it with a quote."""
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def write_households_csv(
    out, *, user, query="", status="", mine=False, channel="web", spreadsheet=False
) -> int:
    """Write the user's visible households (filtered) as CSV to `out`; returns the row count.

    spreadsheet=True: for Belgian Excel (`;`, headers and yes/no in the user's language; the
    caller writes the byte-order mark). The export itself is written to the audit log.
    """
    households = selectors.list_households_for(user=user, query=query, status=status, mine=mine)
    writer = csv.writer(out, delimiter=EXCEL_DELIMITER if spreadsheet else ",")
    writer.writerow([str(HEADERS[c]) for c in COLUMNS] if spreadsheet else COLUMNS)
    yes, no = (gettext("yes"), gettext("no")) if spreadsheet else ("1", "0")
    count = 0
    for h in households.order_by("name", "id"):
        writer.writerow(
            safe_cell(cell)
            for cell in [
                h.pk,
                h.name,
                Status(h.status).label,
                h.team.name,
                h.neighbourhood,
                yes if h.is_known_to_ocmw else no,
                timezone.localtime(h.last_reached_at).strftime("%d/%m/%Y")
                if h.last_reached_at
                else "",
                " ".join(w.username for w in h.assigned_workers.all()),
            ]
        )
        count += 1
    audit.record(
        user=user,
        action=audit.Action.EXPORT,
        object_type="households.household",
        purpose="caseload export",
        channel=channel,
        detail={"rows": count, "query": query, "status": status, "mine": mine},
    )
    return count


def households_csv_response(*, user, **filters) -> HttpResponse:
    buffer = io.StringIO()
    buffer.write(EXCEL_BOM)
    write_households_csv(buffer, user=user, spreadsheet=True, **filters)
    response = HttpResponse(buffer.getvalue(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="radar-households.csv"'
    return response
