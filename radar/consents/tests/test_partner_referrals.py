"""A partner follows up the referrals addressed to their organisation (issue 4): only under
an active consent of the family for that organisation, only the consented categories, every
read logged once, every change through the referral services."""

import pytest
from django.urls import reverse
from django.utils import timezone

from radar.consents.models import Category
from radar.consents.selectors import referrals_for_partner
from radar.consents.services import withdraw_consent
from radar.consents.tests.factories import (
    ConsentFactory,
    ExpiredConsentFactory,
    FutureConsentFactory,
    WithdrawnConsentFactory,
)
from radar.core.models import AuditEntry
from radar.referrals.models import ReferralStatus
from radar.referrals.tests.factories import SentReferralFactory

ALL = list(Category.values)


@pytest.fixture
def referral(shared, school):
    """Sent to the school, for the family's (canary) need, with a canary hand-over note."""
    family = shared.household
    return SentReferralFactory(
        household=family,
        organisation=school,
        need=family.needs.first(),
        handover_note=f"CANARY-NOTE-{family.pk} (hand-over)",
    )


def _last_audit() -> int:
    return AuditEntry.objects.order_by("-id").values_list("id", flat=True).first() or 0


def _entries(after: int) -> list[AuditEntry]:
    return list(AuditEntry.objects.filter(id__gt=after).order_by("id"))


def _page(referral) -> str:
    return reverse("partner:referral", args=[referral.pk])


def _status(referral) -> str:
    return reverse("partner:referral_status", args=[referral.pk])


# What the referral page may show of each consented category (never the street, the phone,
# the plan, the rights or the aid).
SHOWN = {
    "contact_details": {"CANARY-NAME"},
    "needs": {"CANARY-NEED-"},
    "plan": set(),
    "rights": set(),
    "notes": {"CANARY-NOTE-"},
    "aid": set(),
}


@pytest.mark.parametrize("category", Category.values)
def test_the_referral_page_shows_only_the_consented_categories(
    category, shared, school, school_partner, referral, client_for
):
    ConsentFactory(household=shared.household, organisation=school, categories=[category])
    last = _last_audit()

    response = client_for(school_partner).get(_page(referral))

    assert response.status_code == 200
    body = response.content.decode()
    assert "Sara Onthaal" in body  # the receiver
    for token in [t for tokens in shared.canaries.values() for t in tokens]:
        if any(token.startswith(prefix) for prefix in SHOWN[category]):
            assert token in body, f"{token} consented but not shown"
        else:
            assert token not in body, f"{token} leaked with only {category} consented"
    entries = _entries(last)
    assert [(e.action, e.household_id, e.user, e.object_type) for e in entries] == [
        ("view", shared.household.pk, school_partner, "referrals.referral")
    ], "a partner read is logged exactly once"


@pytest.mark.parametrize(
    "factory", [ExpiredConsentFactory, WithdrawnConsentFactory, FutureConsentFactory, None]
)
def test_without_an_active_consent_the_referral_is_a_logged_404(
    factory, shared, school, school_partner, referral, client_for
):
    if factory is not None:
        factory(household=shared.household, organisation=school, categories=ALL)
    client = client_for(school_partner)
    for url, method in ((_page(referral), client.get), (_status(referral), client.post)):
        last = _last_audit()
        response = method(url, {"action": "accepted"} if method == client.post else None)
        assert response.status_code == 404
        body = response.content.decode()
        assert not [t for tokens in shared.canaries.values() for t in tokens if t in body]
        assert [(e.action, e.user) for e in _entries(last)] == [("denied", school_partner)]
    referral.refresh_from_db()
    assert referral.status == ReferralStatus.SENT
    assert referrals_for_partner(school_partner).count() == 0


def test_another_organisations_partner_gets_a_logged_404(shared, school, caw, referral, client_for):
    from radar.accounts.tests.factories import PartnerFactory

    ConsentFactory(household=shared.household, organisation=school, categories=ALL)
    ConsentFactory(household=shared.household, organisation=caw, categories=ALL)
    caw_partner = PartnerFactory(username="jan", organisation=caw, organisation_name=caw.name)
    client = client_for(caw_partner)
    for url, method in ((_page(referral), client.get), (_status(referral), client.post)):
        last = _last_audit()
        response = method(url, {"action": "accepted"} if method == client.post else None)
        assert response.status_code == 404
        assert [(e.action, e.user) for e in _entries(last)] == [("denied", caw_partner)]
    referral.refresh_from_db()
    assert referral.status == ReferralStatus.SENT
    assert list(referrals_for_partner(caw_partner)) == []


def test_after_withdrawal_the_referral_is_a_404(
    shared, school, school_partner, referral, client_for, outreacher
):
    consent = ConsentFactory(household=shared.household, organisation=school, categories=ALL)
    client = client_for(school_partner)
    assert client.get(_page(referral)).status_code == 200
    assert list(referrals_for_partner(school_partner)) == [referral]

    withdraw_consent(user=outreacher, consent=consent)

    assert client.get(_page(referral)).status_code == 404
    assert client.post(_status(referral), {"action": "accepted"}).status_code == 404
    assert client.get(reverse("partner:detail", args=[shared.household.pk])).status_code == 404
    assert list(referrals_for_partner(school_partner)) == []


def test_the_partner_accepts_confirms_first_contact_and_adds_a_note(
    shared, school, school_partner, referral, client_for
):
    ConsentFactory(household=shared.household, organisation=school, categories=["needs"])
    client = client_for(school_partner)
    family_page = client.get(reverse("partner:detail", args=[shared.household.pk]))
    assert _page(referral) in family_page.content.decode()

    last = _last_audit()
    response = client.post(_status(referral), {"action": "accepted", "note": "Welkom."})
    assert response.status_code == 302
    assert response["Location"] == _page(referral)
    today = timezone.localdate()
    response = client.post(
        _status(referral),
        {"action": "first_contact_confirmed", "first_contact_on": today.isoformat()},
    )
    assert response.status_code == 302
    response = client.post(_status(referral), {"action": "note", "note": "Lien komt dinsdag."})
    assert response.status_code == 302

    referral.refresh_from_db()
    assert referral.status == ReferralStatus.FIRST_CONTACT_CONFIRMED
    assert referral.first_contact_on == today
    events = list(referral.events.values_list("from_status", "to_status", "changed_by", "note"))
    assert events == [
        ("sent", "accepted", school_partner.pk, "Welkom."),
        ("accepted", "first_contact_confirmed", school_partner.pk, ""),
        ("first_contact_confirmed", "first_contact_confirmed", school_partner.pk,
         "Lien komt dinsdag."),
    ]  # fmt: skip
    entries = _entries(last)
    assert [(e.action, e.object_type, e.purpose, e.user) for e in entries] == [
        ("update", "referrals.referral", "partner", school_partner)
    ] * 3, "each change is audited once, and a redirect reads nothing"

    # The partner's own note is shown even without the notes category.
    page = client.get(_page(referral)).content.decode()
    assert "Lien komt dinsdag." in page


def test_the_partner_records_the_outcome(shared, school, school_partner, referral, client_for):
    ConsentFactory(household=shared.household, organisation=school, categories=["needs"])
    client = client_for(school_partner)
    client.post(_status(referral), {"action": "accepted"})
    client.post(
        _status(referral),
        {"action": "first_contact_confirmed", "first_contact_on": timezone.localdate()},
    )
    response = client.post(_status(referral), {"action": "outcome_recorded"})
    assert response.status_code == 422  # yes or no is required
    response = client.post(_status(referral), {"action": "outcome_recorded", "need_answered": "no"})
    assert response.status_code == 302
    referral.refresh_from_db()
    assert (referral.status, referral.need_answered) == (ReferralStatus.OUTCOME_RECORDED, False)


@pytest.mark.parametrize("reason", ["", "   "])
def test_declining_without_a_reason_is_refused(
    reason, shared, school, school_partner, referral, client_for
):
    ConsentFactory(household=shared.household, organisation=school, categories=["needs"])
    last = _last_audit()

    response = client_for(school_partner).post(
        _status(referral), {"action": "declined", "reason": reason}
    )

    assert response.status_code == 422
    referral.refresh_from_db()
    assert referral.status == ReferralStatus.SENT
    assert referral.events.count() == 0
    # The page comes back with the error: one read, nothing written.
    assert [e.action for e in _entries(last)] == ["view"]


def test_declining_with_a_reason(shared, school, school_partner, referral, client_for):
    ConsentFactory(household=shared.household, organisation=school, categories=["needs"])
    response = client_for(school_partner).post(
        _status(referral), {"action": "declined", "reason": "Geen plaats meer."}
    )
    assert response.status_code == 302
    referral.refresh_from_db()
    assert (referral.status, referral.declined_reason) == ("declined", "Geen plaats meer.")


@pytest.mark.parametrize("action", ["sent", "closed", "proposed", ""])
def test_the_partner_cannot_take_casework_steps(
    action, shared, school, school_partner, referral, client_for
):
    ConsentFactory(household=shared.household, organisation=school, categories=["needs"])
    response = client_for(school_partner).post(_status(referral), {"action": action})
    assert response.status_code == 422
    referral.refresh_from_db()
    assert referral.status == ReferralStatus.SENT


def test_an_empty_note_is_refused(shared, school, school_partner, referral, client_for):
    ConsentFactory(household=shared.household, organisation=school, categories=["needs"])
    response = client_for(school_partner).post(_status(referral), {"action": "note", "note": " "})
    assert response.status_code == 422
    assert referral.events.count() == 0


def test_the_casework_referral_page_is_unchanged(
    shared, school, school_partner, referral, client_for, outreacher
):
    ConsentFactory(household=shared.household, organisation=school, categories=ALL)
    client_for(school_partner).post(_status(referral), {"action": "note", "note": "Van school."})
    last = _last_audit()
    response = client_for(outreacher).get(
        reverse("referrals:detail", kwargs={"pk": shared.household.pk, "referral_pk": referral.pk})
    )
    assert response.status_code == 200
    assert "Van school." in response.content.decode()  # the partner's note, in the history
    assert [e.action for e in _entries(last)] == ["view"]
    # Casework staff are refused the partner pages before any lookup.
    assert client_for(outreacher).get(_page(referral)).status_code == 403
