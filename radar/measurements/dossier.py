"""The measurements on the dossier and on the family page, and the "measure" button
(registered in MeasurementsConfig.ready(); households.registry).

A fixed number of queries whatever the number of assessments (test_query_counts.py).
"""

from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from radar.households.registry import (
    FAMILY_PAGE,
    Action,
    Section,
    register_action,
    register_section,
)
from radar.measurements import selectors
from radar.measurements.chart import Axis, render_radar


def charts_for(household, *, plain: bool, prefix: str) -> list[dict]:
    """Per instrument and subject: the chart of first vs latest, the change per domain and
    whether T1 is due. `plain`: the family's labels instead of the professional ones."""
    charts = []
    for index, series in enumerate(selectors.series_of(household)):
        changes = series.changes()
        for change in changes:
            domain = change["domain"]
            change["label"] = domain.plain_label if plain else domain.label
        single = len(series.assessments) == 1
        subject = series.member.first_name if series.member else household.name
        charts.append(
            {
                "series": series,
                "changes": changes,
                "subject": subject,
                "single": single,
                "t1_is_due": series.t1 is None and series.t1_due_on <= timezone.localdate(),
                "svg": render_radar(
                    title=_("%(instrument)s of %(subject)s")
                    % {"instrument": series.instrument.name, "subject": subject},
                    axes=[
                        Axis(c["label"], c["first"], None if single else c["latest"])
                        for c in changes
                    ],
                    levels=max(series.instrument.level_values or [5]),
                    first_label=_("first: %(date)s")
                    % {"date": series.first.assessed_on.strftime("%d/%m/%Y")},
                    latest_label=_("latest: %(date)s")
                    % {"date": series.latest.assessed_on.strftime("%d/%m/%Y")},
                    id_prefix=f"{prefix}-{index}",
                ),
            }
        )
    return charts


def dossier_context(*, request, household, page) -> dict:
    return {"charts": charts_for(household, plain=False, prefix="dossier-radar")}


def work_context(*, request, household, page) -> dict:
    return {
        "work_steps": selectors.work_steps_of(household),
        "rungs": selectors.rungs_of(household),
    }


def family_page_context(*, request, household, page) -> dict:
    return {"charts": charts_for(household, plain=True, prefix="family-radar")}


SECTIONS = (
    Section(
        name="measurements",
        order=35,
        template="measurements/dossier_measurements.html",
        context=dossier_context,
    ),
    Section(
        name="work",
        order=36,
        template="measurements/dossier_work.html",
        context=work_context,
    ),
    Section(
        name="measurements",
        order=20,
        template="measurements/family_page_measurements.html",
        context=family_page_context,
        page=FAMILY_PAGE,
    ),
)
MEASURE = Action(
    name="measure",
    order=25,
    label=gettext_lazy("Measure self-reliance"),
    url_name="measurements:assessment_add",
    css_class="secondary",
)


def register() -> None:
    for section in SECTIONS:
        register_section(section)
    register_action(MEASURE)
