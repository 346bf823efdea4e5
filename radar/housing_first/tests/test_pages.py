"""The Housing First pages: the candidacy walked to the commission, the minutes in the
commission's language with initials unless the name was agreed, the tenancy and the
figures page."""

from datetime import date

import pytest
from django.urls import reverse

from radar.core.models import AuditEntry
from radar.housing_first import selectors
from radar.housing_first.models import Candidacy, Tenancy
from radar.housing_first.tests.factories import (
    AgendaItemFactory,
    CommissionFactory,
    CommissionMemberFactory,
    TenancyFactory,
)
from radar.housing_first.views import minutes_html

try:
    import weasyprint  # noqa: F401

    WEASYPRINT = None
except (ImportError, OSError) as error:
    WEASYPRINT = f"WeasyPrint or its system libraries (pango) are missing: {error}"


def test_a_candidacy_is_prepared_submitted_and_decided_through_the_pages(
    client_for, outreacher, household
):
    client = client_for(outreacher)
    commission = CommissionFactory(team=household.team)
    member = CommissionMemberFactory(commission=commission, name="Mme Logement")

    response = client.post(
        reverse("housing_first:candidacy_new", args=[household.pk]),
        {"life_project": "Un chez-nous pour nous trois.", "health": ""},
    )
    candidacy = Candidacy.objects.get(household=household)
    assert response.status_code == 302
    client.post(reverse("housing_first:candidacy_move", args=[household.pk, candidacy.pk]),
                {"to_status": "submitted"})  # fmt: skip
    response = client.post(reverse("housing_first:commission", args=[commission.pk]),
                           {"held_on": date.today().isoformat(), "place": "Mons"})  # fmt: skip
    meeting = commission.meetings.get()
    client.post(reverse("housing_first:meeting_agenda", args=[meeting.pk]),
                {"candidacy": candidacy.pk})  # fmt: skip
    item = meeting.items.get()
    refused = client.post(
        reverse("housing_first:decide", args=[meeting.pk, item.pk]),
        {f"item{item.pk}-decision": "not_admitted"},
    )
    admitted = client.post(
        reverse("housing_first:decide", args=[meeting.pk, item.pk]),
        {f"item{item.pk}-decision": "admitted", f"item{item.pk}-not_taking_part": [member.pk]},
    )

    assert refused.status_code == 422
    assert "Geef de redenen, in woorden voor het gezin." in refused.content.decode()
    assert admitted.status_code == 302
    candidacy.refresh_from_db()
    assert candidacy.is_admitted
    assert list(item.not_taking_part.all()) == [member]
    page = client.get(reverse("housing_first:candidacy", args=[household.pk, candidacy.pk]))
    assert "Un chez-nous pour nous trois." in page.content.decode()


@pytest.mark.skipif(WEASYPRINT is not None, reason=WEASYPRINT or "")
def test_the_minutes_are_in_the_commissions_language_with_initials_unless_agreed(
    client_for, outreacher, household
):
    from radar.households.tests.factories import HouseholdFactory

    named = AgendaItemFactory(
        meeting__commission__team=household.team, meeting__commission__language="fr",
        candidacy__household=household, decision="admitted", name_agreed=True,
    )  # fmt: skip
    AgendaItemFactory(
        meeting=named.meeting,
        candidacy__household=HouseholdFactory(team=household.team, name="Famille Dubois"),
        decision="not_admitted", reasons="Pas de logement adapté pour six enfants.",
    )  # fmt: skip

    response = client_for(outreacher).get(reverse("housing_first:minutes", args=[named.meeting.pk]))
    meeting = selectors.get_meeting_for(user=outreacher, meeting_id=named.meeting.pk, log=False)
    html = minutes_html(meeting)

    assert response.status_code == 200
    assert response.content.startswith(b"%PDF")
    assert AuditEntry.objects.filter(action="export", object_type="housing_first.meeting").exists()
    assert "Procès-verbal de la commission d'inclusion" in html
    assert "Gezin Janssens" in html
    assert "Dubois" not in html
    assert "<h3>D.</h3>" in html
    assert "Non admise" in html
    assert "Pas de logement adapté pour six enfants." in html


def test_a_tenancy_an_event_and_a_move_on_through_the_pages(client_for, outreacher, household):
    client = client_for(outreacher)

    client.post(reverse("housing_first:tenancy_new", args=[household.pk]), {
        "street": "Rue des Alliés 4", "city": "Boussu", "owner_kind": "social_rental_agency",
        "start_on": "2025-03-01", "rent": "520.50", "guidance_team": "CPAS, infirmière",
    })  # fmt: skip
    tenancy = Tenancy.objects.get(household=household)
    client.post(reverse("housing_first:tenancy_event", args=[household.pk, tenancy.pk]),
                {"kind": "school_restarted", "occurred_on": "2025-09-01"})  # fmt: skip
    no_way = client.post(
        reverse("housing_first:tenancy_edit", args=[household.pk, tenancy.pk]),
        {"street": "Rue des Alliés 4", "owner_kind": "social_rental_agency",
         "start_on": "2025-03-01", "end_on": "2026-02-01", "version": 1},
    )  # fmt: skip
    moved = client.post(
        reverse("housing_first:tenancy_edit", args=[household.pk, tenancy.pk]),
        {"street": "Rue des Alliés 4", "owner_kind": "social_rental_agency", "rent": "520.50",
         "start_on": "2025-03-01", "end_on": "2026-02-01", "end_reason": "moved_on",
         "version": 1},
    )  # fmt: skip

    tenancy.refresh_from_db()
    assert tenancy.rent_cents == 52050
    assert [e.kind for e in tenancy.events.all()] == ["school_restarted"]
    assert no_way.status_code == 200
    assert moved.status_code == 302
    assert (tenancy.end_on, tenancy.end_reason) == (date(2026, 2, 1), "moved_on")


def test_the_figures_page_shows_the_retention_to_the_team_lead(client_for, team_lead, household):
    TenancyFactory(household=household, start_on=date(2024, 1, 1))

    response = client_for(team_lead).get(reverse("housing_first:figures"))

    assert response.status_code == 200
    assert "100%" in response.content.decode()


def test_another_teams_meeting_is_not_found(client_for, other_outreacher, household):
    item = AgendaItemFactory(
        meeting__commission__team=household.team, candidacy__household=household
    )

    response = client_for(other_outreacher).get(
        reverse("housing_first:meeting", args=[item.meeting.pk])
    )

    assert response.status_code == 404
    assert AuditEntry.objects.get().action == "denied"
