"""What the fuzzers (test_fuzz_api.py, test_fuzz_forms.py) found, one focused test each."""

import pytest
from django import forms
from django.urls import reverse
from django.utils import timezone
from drf_spectacular.generators import SchemaGenerator

from radar.consents.tests.factories import ConsentFactory
from radar.core.forms import ModelChoiceField, ModelForm, ModelMultipleChoiceField
from radar.households.models import Household
from radar.infopoint.models import InfoPointSession
from radar.network.models import CaseDiscussion
from radar.organisations.tests.factories import OrganisationFactory
from radar.referrals.tests.factories import ReferralFactory

TOO_BIG = ["9223372036854775808", "18446744073709551616", "1" + "0" * 40]


# -- Ids past 2**63 in a form's choices: a clear error, not OverflowError (500 on SQLite) ----


@pytest.mark.parametrize("value", TOO_BIG)
def test_assigning_a_worker_id_past_2_63_is_refused_as_a_choice(
    client_for, team_lead, household, value
):
    response = client_for(team_lead).post(
        f"/households/{household.pk}/assign/", {"workers": [value]}
    )

    assert response.status_code == 200
    assert "errorlist" in response.content.decode()


@pytest.mark.parametrize("value", TOO_BIG)
def test_info_point_staff_past_2_63_is_refused(client_for, outreacher, team_north, value):
    response = client_for(outreacher).post(
        "/infopoint/new/",
        {
            "team": team_north.pk,
            "held_on": timezone.localdate().isoformat(),
            "neighbourhood": "Rozenberg",
            "location": "Plein",
            "staff": [value],
        },  # fmt: skip
    )

    assert response.status_code == 200
    assert not InfoPointSession.objects.exists()


@pytest.mark.parametrize("value", TOO_BIG)
def test_case_discussion_households_past_2_63_are_refused(
    client_for, outreacher, team_north, household, value
):
    response = client_for(outreacher).post(
        reverse("network:discussion_add"),
        {
            "team": team_north.pk,
            "held_on": timezone.localdate().isoformat(),
            "kind": "intervision",
            "households": [household.pk, value],
        },  # fmt: skip
    )

    assert response.status_code == 200
    assert not CaseDiscussion.objects.exists()


@pytest.mark.django_db
@pytest.mark.parametrize("value", [*TOO_BIG, "-1", "0", "²", "1.5", " 12x"])
def test_the_bounded_choice_fields_refuse_impossible_ids(value):
    single = ModelChoiceField(queryset=Household.objects.all())
    multiple = ModelMultipleChoiceField(queryset=Household.objects.all())

    with pytest.raises(forms.ValidationError) as refused:
        single.clean(value)
    assert refused.value.code == "invalid_choice"
    with pytest.raises(forms.ValidationError) as refused:
        multiple.clean([value])
    assert refused.value.code == "invalid_pk_value"


def test_model_forms_map_relations_to_the_bounded_fields(db):
    class DiscussionForm(ModelForm):
        class Meta:
            model = CaseDiscussion
            fields = ["team", "households"]

    form = DiscussionForm()
    assert type(form.fields["team"]) is ModelChoiceField
    assert type(form.fields["households"]) is ModelMultipleChoiceField


# -- The API schema matches what the API answers --------------------------------------------


def _schema():
    return SchemaGenerator().get_schema(request=None, public=True)


def test_the_schema_says_municipality_and_service_may_be_null(db):
    schemas = _schema()["components"]["schemas"]

    assert schemas["OrganisationList"]["properties"]["municipality"]["nullable"] is True
    assert schemas["ReferralList"]["properties"]["service"]["nullable"] is True


def test_an_organisation_without_municipality_and_a_referral_without_service(
    client_for, outreacher, household
):
    ReferralFactory(household=household, organisation=OrganisationFactory(), service=None)
    client = client_for(outreacher)

    organisations = client.get("/api/organisations/").json()["results"]
    referrals = client.get("/api/referrals/").json()["results"]

    assert [o["municipality"] for o in organisations] == [None]
    assert [r["service"] for r in referrals] == [None]


def test_the_schema_documents_the_partner_shape_of_the_household_list_and_detail(db):
    schema = _schema()
    schemas = schema["components"]["schemas"]
    households = schema["paths"]["/api/households/"]["get"]["responses"]["200"]
    listed = households["content"]["application/json"]["schema"]["$ref"].rsplit("/", 1)[1]
    item = schemas[listed]["properties"]["results"]["items"]["$ref"].rsplit("/", 1)[1]

    assert {ref["$ref"].rsplit("/", 1)[1] for ref in schemas[item]["oneOf"]} == {
        "HouseholdList", "PartnerHousehold"}  # fmt: skip
    assert set(schemas["PartnerHouseholdDetail"]["required"]) == {"id", "categories"}
    assert "notes" in schemas["PartnerHouseholdDetail"]["properties"]


def test_a_partner_reads_the_shape_the_schema_gives(client_for, partner, household):
    organisation = OrganisationFactory()
    partner.organisation = organisation
    partner.save()
    ConsentFactory(household=household, organisation=organisation, categories=["needs"])
    client = client_for(partner)

    listed = client.get("/api/households/").json()["results"]
    detail = client.get(f"/api/households/{household.pk}/").json()

    assert listed == [{"id": household.pk, "categories": ["needs"]}]
    assert set(detail) == {"id", "categories", "needs"}
    assert "contact_details" not in detail  # not consented: absent, not empty


def test_every_operation_documents_its_refusals(db):
    for path, operations in _schema()["paths"].items():
        for method, operation in operations.items():
            for code in ("400", "401", "403", "404"):
                response = operation["responses"].get(code)
                assert response and "content" in response, f"{method} {path} {code}"


@pytest.mark.parametrize("url", ["/api/referrals/²/", "/api/households/x/", "/api/nothing/"])
def test_an_api_url_that_does_not_exist_answers_json(client_for, outreacher, url):
    response = client_for(outreacher).get(url)

    assert response.status_code == 404
    assert response["Content-Type"] == "application/json"
    assert "detail" in response.json()


def test_a_page_that_does_not_exist_is_still_radars_page(client_for, outreacher):
    response = client_for(outreacher).get("/households/x/")

    assert response.status_code == 404
    assert response["Content-Type"].startswith("text/html")


# -- Digits that are not ASCII ("²".isdigit() is True, int("²") fails) ----------------------


def test_a_quick_check_with_a_superscript_child_age_says_why(client_for, outreacher):
    response = client_for(outreacher).post(
        "/rights/quick-check/",
        {"adults": "1", "age": "30", "region": "flanders", "children_ages": "²"},
    )

    assert response.status_code == 200
    assert "errorlist" in response.content.decode()


def test_a_national_register_number_of_superscript_digits_is_not_valid():
    from radar.households.insz import is_valid_insz, validate_insz

    assert is_valid_insz("²" * 11) is False
    with pytest.raises(forms.ValidationError):
        validate_insz("²" * 11)


def test_a_postcode_of_superscript_digits_has_no_region():
    from radar.rights.facts import region_for_postcode

    assert region_for_postcode("²⁴⁰⁰") is None
    assert region_for_postcode("2400") == "flanders"
