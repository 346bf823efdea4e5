"""Exports of the caseload: the CSV page and `radar export_households` share this code."""

import csv
import io

from django.http import HttpResponse
from django.utils import timezone

from radar.core import audit
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


FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value) -> str:
    """Text a spreadsheet will not run as a formula (CSV injection): prefix it with a quote."""
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def write_households_csv(out, *, user, query="", status="", mine=False, channel="web") -> int:
    """Write the user's visible households (filtered) as CSV to `out`; returns the row count.

    The export itself is written to the audit log.
    """
    households = selectors.list_households_for(user=user, query=query, status=status, mine=mine)
    writer = csv.writer(out)
    writer.writerow(COLUMNS)
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
                "1" if h.is_known_to_ocmw else "0",
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
    write_households_csv(buffer, user=user, **filters)
    response = HttpResponse(buffer.getvalue(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="radar-households.csv"'
    return response
