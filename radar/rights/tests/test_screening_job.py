"""Screening as a background job: a team lead starts it from the page, sees its progress and
its last run; the command runs the same job with a progress bar. The fast way in
(situations_for_screening) reads the same documents as situation_for."""

from datetime import date, timedelta
from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from django.test import override_settings
from django.urls import reverse
from django.utils import timezone

from radar.core import jobs
from radar.core.models import AuditEntry, JobRun
from radar.core.services import remove_record
from radar.households.models import Household
from radar.households.tests.factories import (
    ChildFactory,
    HouseholdFactory,
    MemberFactory,
    UnbornChildFactory,
)
from radar.rights import services
from radar.rights.catalogue import RIGHTS
from radar.rights.facts import situation_for, situations_for_screening
from radar.rights.models import HouseholdFacts, MemberFacts, ScreeningResult
from radar.rights.tests.situations_dossier import fill_single_mother
from radar.rights.tests.test_screening import rows, stored

# The worker closes a connection that is inside a transaction (close_old_connections), as
# the test's own would be on PostgreSQL: tests that run it commit for real.
WORKER = pytest.mark.django_db(transaction=True)
DATABASE_TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]}}
PAGE = "rights:screening"


def test_a_team_lead_screens_the_teams_caseload_from_the_page(
    client_for, team_lead, household, other_household, outreacher
):
    fill_single_mother(household, outreacher)

    response = client_for(team_lead).post(reverse(PAGE), {"team": household.team_id})

    assert response.status_code == 302
    run = JobRun.objects.get()
    assert (run.kind, run.state, run.started_by, run.team) == (
        "rights.screen", "succeeded", team_lead, household.team,
    )  # fmt: skip
    assert run.summary["households"] == 1 and run.summary["screened"] == 1
    assert (run.done, run.total) == (1, 1)
    assert rows(household) == stored(household) != set()
    assert not other_household.screening_results.exists()  # another team: left alone
    entry = AuditEntry.objects.get(object_type="rights.screeningresult")
    assert (entry.user, entry.channel, entry.detail["households"]) == (team_lead, "web", 1)


def test_the_page_shows_the_last_run_when_by_whom_and_how_many(client_for, team_lead, household):
    services.start_screening(user=team_lead, team=household.team)

    page = client_for(team_lead).get(reverse(PAGE)).content.decode()

    assert "Laatste keer" in page and team_lead.get_full_name() in page  # "Last run"
    assert "Laatste screening: 1 gezinnen, 1 gescreend" in page
    assert "hx-get" not in page  # nothing to poll: the run has ended
    assert "Janssens" not in page  # counts only


@WORKER
@override_settings(TASKS=DATABASE_TASKS)
def test_a_queued_screening_shows_its_progress_and_cannot_be_started_twice(
    client_for, team_lead, household
):
    client = client_for(team_lead)
    client.post(reverse(PAGE), {"team": household.team_id})
    run = JobRun.objects.get()
    assert run.state == "queued"  # waits for `radar worker`

    page = client.get(reverse(PAGE)).content.decode()
    assert "Ze begint zodra een verwerker (radar worker) vrij is." in page
    assert f'hx-get="/rights/screening/?team={household.team_id}"' in page
    assert "disabled" in page

    response = client.post(reverse(PAGE), {"team": household.team_id}, follow=True)
    assert "Deze taak loopt al." in response.content.decode()  # already running
    assert JobRun.objects.count() == 1

    JobRun.objects.filter(pk=run.pk).update(state="running", done=40, total=160)
    fragment = client.get(reverse(PAGE), {"team": household.team_id}, HTTP_HX_REQUEST="true")
    html = fragment.content.decode()
    assert html.lstrip().startswith(f'<section id="screening-{household.team_id}"')
    assert 'value="40" max="160"' in html and "<html" not in html

    call_command("worker", "--batch", "--no-startup-delay", stdout=StringIO())  # no effect:
    run.refresh_from_db()  # the run is no longer queued (we moved it), the worker leaves it
    assert run.state == "running"


@WORKER
@override_settings(TASKS=DATABASE_TASKS)
def test_the_worker_runs_a_screening_started_from_the_page(client_for, team_lead, household):
    client_for(team_lead).post(reverse(PAGE), {"team": household.team_id})
    assert not household.screening_results.exists()

    call_command("worker", "--batch", "--no-startup-delay", stdout=StringIO())

    run = JobRun.objects.get()
    assert run.state == "succeeded" and run.summary["screened"] == 1
    assert rows(household) == stored(household) != set()


def test_a_failed_screening_says_so_on_the_page(client_for, team_lead, household, monkeypatch):
    def broken(*args, **kwargs):
        raise RuntimeError("engine down")

    monkeypatch.setattr(services.engine, "screen", broken)
    client = client_for(team_lead)
    client.post(reverse(PAGE), {"team": household.team_id})

    run = JobRun.objects.get()
    assert run.state == "failed" and run.error == "RuntimeError: engine down"
    page = client.get(reverse(PAGE)).content.decode()
    assert "Laatste keer mislukt" in page and "engine down" in page


def test_a_team_lead_cannot_screen_another_team(client_for, team_lead, other_household):
    response = client_for(team_lead).post(reverse(PAGE), {"team": other_household.team_id})
    assert response.status_code == 403
    with pytest.raises(services.ScreeningRefused):
        services.start_screening(user=team_lead, team=other_household.team)
    assert not JobRun.objects.exists()


@pytest.mark.parametrize("bad", ["", "abc", "999999", "1 OR 1=1"])
def test_a_hostile_team_is_refused(client_for, team_lead, household, bad):
    assert client_for(team_lead).post(reverse(PAGE), {"team": bad}).status_code == 403
    fragment = client_for(team_lead).get(reverse(PAGE), {"team": bad}, HTTP_HX_REQUEST="true")
    assert fragment.status_code == 403
    assert not JobRun.objects.exists()


def test_an_outreacher_cannot_start_a_screening(outreacher, household):
    with pytest.raises(services.ScreeningRefused):
        services.start_screening(user=outreacher, team=household.team)


def test_the_command_records_its_run_and_draws_a_bar(household, outreacher):
    fill_single_mother(household, outreacher)
    out, err = StringIO(), StringIO()

    call_command("rights", "screen", "--team", household.team.name, stdout=out, stderr=err)

    run = JobRun.objects.get()
    assert (run.channel, run.started_by, run.team, run.state) == (
        "cli", None, household.team, "succeeded",
    )  # fmt: skip
    assert "screening [" in err.getvalue() and "100%" in err.getvalue()
    assert "households: 1, screened: 1" in out.getvalue()


def test_the_command_refuses_while_the_same_screening_runs(household):
    JobRun.objects.create(
        kind="rights.screen", scope=services.screening_scope(household.team), state="running"
    )
    with pytest.raises(CommandError, match="Deze taak loopt al"):
        call_command("rights", "screen", "--team", household.team.name, stdout=StringIO(),
                     stderr=StringIO())  # fmt: skip
    # A run that lost its worker long ago does not block.
    JobRun.objects.update(heartbeat_at=timezone.now() - timedelta(days=1))
    call_command("rights", "screen", "--team", household.team.name, stdout=StringIO(),
                 stderr=StringIO())  # fmt: skip
    assert JobRun.objects.filter(state="succeeded").count() == 1


def test_the_fast_way_in_reads_what_situation_for_reads(household, other_household, outreacher):
    fill_single_mother(household, outreacher)
    partner = MemberFactory(household=household, first_name="Tom", birth_date=None)
    MemberFacts.objects.update_or_create(member=partner, defaults={"data": {"age": 41}})
    ChildFactory(household=household, birth_date=date(2020, 5, 1))
    unborn = UnbornChildFactory(household=household)
    removed = MemberFactory(household=household, first_name="Weg")
    remove_record(user=outreacher, instance=removed, reason="wrong family")
    brussels = HouseholdFactory(team=household.team, postcode="1000", city="Brussel")
    MemberFactory(household=brussels, role="other_adult")
    HouseholdFacts.objects.create(household=brussels, data={"housing": {"tenure": "owner"}})
    HouseholdFactory(team=household.team)  # no members at all
    day = date(2025, 3, 15)

    ids, documents = situations_for_screening(Household.objects.all(), reference_date=day)

    households = list(Household.objects.order_by("pk"))
    assert ids == [h.pk for h in households]
    assert documents == [situation_for(h, reference_date=day) for h in households]
    listed = {m["id"] for m in documents[0]["members"]}
    assert f"m{partner.pk}" in listed  # with the age entered by hand
    assert f"m{unborn.pk}" not in listed and f"m{removed.pk}" not in listed
    # ... but its due date reaches the applicant in both ways in (Groeipakket startbedrag).
    flags = [m.get("flags", {}) for m in documents[0]["members"]]
    assert {"expected_birth_date": unborn.expected_on.isoformat()}.items() <= (
        next(f for f in flags if "expected_birth_date" in f).items()
    )


def test_a_selection_in_chunks_writes_every_household_once(household, other_household):
    for _ in range(4):
        MemberFactory(household=HouseholdFactory(team=household.team))
    progress = []

    totals = services.screen_households(
        Household.objects.filter(team=household.team),
        chunk=2,
        progress=lambda *p: progress.append(p),
    )

    assert totals["households"] == 5 and totals["screened"] == 5
    assert progress == [(0, 5), (2, 5), (4, 5), (5, 5)]
    for family in Household.objects.filter(team=household.team):
        assert rows(family) == stored(family)
    assert sum(totals["statuses"].values()) == 5 * len(RIGHTS)
    assert not other_household.screening_results.exists()
    # Amounts and statuses as the engine stores them: Decimal amounts, known statuses.
    statuses = set(ScreeningResult.objects.values_list("status", flat=True))
    assert statuses <= set(services.STORED_STATUSES)
    assert jobs.registered("rights.screen")
