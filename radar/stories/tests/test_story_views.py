from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from radar.stories import services
from radar.stories.models import PolicySignalStatus
from radar.stories.tests.factories import story
from radar.stories.tests.test_policy_signals import _signal

pytestmark = pytest.mark.django_db


def test_the_story_book_and_the_committee_note_are_pdfs(client_for, team_north, outreacher, policy):
    story(team_north, outreacher, public_ok=True)
    signal = _signal(team_north, outreacher)
    meeting = timezone.localdate() - timedelta(days=1)
    services.move_policy_signal(
        user=outreacher, signal=signal, to_status=PolicySignalStatus.BROUGHT, brought_on=meeting
    )

    book = client_for(policy).get(reverse("stories:book"), {"year": timezone.localdate().year})
    note = client_for(policy).get(reverse("policy_signals:note"), {"meeting": meeting.isoformat()})

    for response in (book, note):
        assert response.status_code in (200, 503)
        if response.status_code == 200:
            assert response["Content-Type"] == "application/pdf"
            assert response.content.startswith(b"%PDF")


def test_the_committee_never_sees_the_family_or_the_teller(
    client_for, team_north, outreacher, policy, household
):
    shared = story(team_north, outreacher, household=household, committee_ok=True)
    team_only = story(team_north, outreacher, title="Alleen het team")

    html = client_for(policy).get(reverse("stories:detail", args=[shared.pk])).content.decode()
    assert household.name not in html and "Marie" not in html
    assert client_for(policy).get(reverse("stories:detail", args=[team_only.pk])).status_code == 404
    listing = client_for(policy).get(reverse("stories:list")).content.decode()
    assert "Alleen het team" not in listing
    own = client_for(outreacher).get(reverse("stories:detail", args=[shared.pk])).content.decode()
    assert household.name in own and "Marie" in own


def test_a_story_is_written_on_its_page(client_for, team_north, outreacher):
    from radar.stories.tests.factories import change_domain

    response = client_for(outreacher).post(
        reverse("stories:new"),
        {
            "team": team_north.pk,
            "domain": change_domain().pk,
            "title": "Eigen sleutel",
            "teller": "family",
            "told_on": timezone.localdate().isoformat(),
            "what_happened": "Weer een woning.",
            "why_it_matters": "Rust in huis.",
            "may_share_with_team": "on",
        },
    )

    assert response.status_code == 302
