"""Words that read wrong in French or English (issue 15): a name left in Dutch, a singular
shown as a plural, a Python list in a message, a hard-coded "Q2", a colon glued to "To"."""

import pytest
from django.core.exceptions import ValidationError
from django.template import Context, Template
from django.utils import translation

from radar.consents.models import validate_categories
from radar.households.models import Channel
from radar.organisations.models import Organisation
from radar.rights.local import _describe


@pytest.mark.django_db
def test_the_huis_van_het_kind_channel_has_a_french_and_an_english_name():
    channel = Channel.objects.get(code="huis_van_het_kind")
    assert channel.name_nl == "Huis van het Kind"
    assert channel.name_fr.startswith("Maison de l'Enfant")
    assert channel.name_en.startswith("Family centre")


@pytest.mark.parametrize(("language", "start"), [("fr", "Maison"), ("en", "Family")])
def test_the_organisation_kind_is_named_in_french_and_english(language, start):
    with translation.override(language):
        assert str(Organisation.Kind.HUIS_VAN_HET_KIND.label).startswith(start)


@pytest.mark.parametrize(
    ("value", "french"),
    [(1, "un enfant de moins de 1 an"), (3, "un enfant de moins de 3 ans")],
)
def test_a_child_younger_than_one_year_is_singular(value, french):
    condition = {"fact": "child_age_under", "value": value}
    with translation.override("fr"):
        assert _describe(condition) == french
    with translation.override("en"):
        assert _describe(condition).endswith("year" if value == 1 else "years")


def test_an_unknown_category_is_named_without_python_brackets():
    with pytest.raises(ValidationError) as error:
        validate_categories(["needs", "shoe_size"])
    (message,) = error.value.messages
    assert message.endswith(": shoe_size")


def test_the_quarter_and_the_letters_addressee_are_translated():
    template = Template(
        '{% load i18n %}{% translate "To:" context "letter addressee" %}|'
        '{% blocktranslate with year="2026" quarter=2 context "year and quarter" %}'
        "Q{{ quarter }} {{ year }}{% endblocktranslate %}"
    )
    with translation.override("fr"):
        assert template.render(Context()) == "À :|T2 2026"
    with translation.override("nl"):
        assert template.render(Context()) == "Aan:|K2 2026"


def test_the_admin_shows_radars_icon_and_the_lockout_models_in_dutch(client_for, administrator):
    administrator.language = "nl"
    administrator.save()
    client = client_for(administrator)

    page = client.get("/admin/").content.decode()

    assert 'rel="icon" href="/static/radar/favicon.svg"' in page
    if "axes" in page:  # the lockout models, when the administrator may see them
        assert "Aanmeldpogingen" in page or "aanmeldpogingen" in page.lower()
    with translation.override("nl"):
        from axes.models import AccessAttempt

        assert str(AccessAttempt._meta.verbose_name_plural) == "aanmeldpogingen"
