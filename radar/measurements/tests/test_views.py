from datetime import timedelta
from xml.etree import ElementTree

import pytest
from django.urls import reverse
from django.utils import timezone

from radar.measurements.models import Assessment
from radar.measurements.tests.factories import ZRM_DOMAINS, assess, instrument, known_since

pytestmark = pytest.mark.django_db


def test_an_assessment_is_made_on_its_page(client_for, outreacher, household):
    known_since(household, timezone.localdate() - timedelta(days=3))
    instrument()
    url = reverse("measurements:assessment_add", args=[household.pk])
    client = client_for(outreacher)

    assert client.get(url).status_code == 200
    data = {"instrument": "zrm2017", "assessed_on": timezone.localdate().isoformat()}
    data |= {f"level_{code}": "" for code in ZRM_DOMAINS}
    data |= {"level_housing": "2", "family_housing": "3", "note_housing": "Te klein."}
    response = client.post(url, data)

    assert response.status_code == 302
    score = Assessment.objects.get().scores.get()
    assert (score.domain.code, score.level, score.family_level, score.note) == (
        "housing", 2, 3, "Te klein.",
    )  # fmt: skip


def test_the_page_shows_the_services_refusal_on_the_date(client_for, outreacher, household):
    instrument()
    url = reverse("measurements:assessment_add", args=[household.pk])
    earlier = (timezone.localdate() - timedelta(days=30)).isoformat()

    response = client_for(outreacher).post(
        url, {"instrument": "zrm2017", "assessed_on": earlier, "level_housing": "2"}
    )

    assert response.status_code == 200
    assert "een meting kan niet vroeger zijn" in response.content.decode()  # Dutch by default
    assert not Assessment.objects.exists()


def test_the_dossier_shows_the_radar_chart_and_the_change_in_plain_words(
    client_for, outreacher, household
):
    start = timezone.localdate() - timedelta(days=120)
    known_since(household, start)
    assess(household, user=outreacher, on=start, housing=2, finances=1)
    assess(household, user=outreacher, on=start + timedelta(days=100), housing=4, finances=1)

    body = client_for(outreacher).get(reverse("households:detail", args=[household.pk]))
    html = body.content.decode()

    assert 'class="radar-chart"' in html
    assert "Huisvesting: van 2 naar 4" in html  # the default language is Dutch
    assert "style=" not in html.split("<svg", 1)[1].split("</svg>")[0]


def test_the_chart_is_valid_xml_and_escapes_text(client_for, outreacher, household):
    from radar.measurements.chart import Axis, render_radar

    svg = render_radar(
        title='<script>alert("x")</script>',
        axes=[Axis("A & B", 1, 2), Axis("<b>", None, 3), Axis("C", 5, None)],
        levels=5,
        first_label="first",
        latest_label="latest",
    )

    root = ElementTree.fromstring(str(svg))  # noqa: S314 - our own markup
    assert root.tag.endswith("svg")
    assert "<script>" not in str(svg)
    assert "style" not in str(svg)
    assert len(root.findall(".//{http://www.w3.org/2000/svg}circle")) >= 2


def test_the_family_page_uses_the_plain_labels(client_for, outreacher, household):
    known_since(household, timezone.localdate())
    assess(household, user=outreacher, housing=3)

    html = (
        client_for(outreacher)
        .get(reverse("households:family_page", args=[household.pk]))
        .content.decode()
    )

    assert "Woning" in html


def test_the_figures_page_for_team_leads_and_policy(client_for, team_lead, policy, outreacher):
    url = reverse("measurements:figures")
    instrument()

    assert client_for(team_lead).get(url).status_code == 200
    assert client_for(policy).get(url).status_code == 200
    assert client_for(outreacher).get(url).status_code == 403
