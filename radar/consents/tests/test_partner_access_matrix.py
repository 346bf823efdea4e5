"""Partner access, cell by cell: consent state x consented category x every partner page
and endpoint. A canary token sits in every category of the family (conftest.py); a
category that is not consented must never appear in any response, and a consent that is
expired, withdrawn, not started or for another organisation shows nothing at all.
"""

import pytest
from django.urls import reverse

from radar.consents.models import Category
from radar.consents.tests.conftest import INSZ
from radar.consents.tests.factories import (
    ConsentFactory,
    ExpiredConsentFactory,
    FutureConsentFactory,
    WithdrawnConsentFactory,
)
from radar.core.models import AuditEntry

ACTIVE, EXPIRED, WITHDRAWN, FUTURE, OTHER_ORGANISATION = (
    "active", "expired", "withdrawn", "not-started", "other-organisation")  # fmt: skip
CONTEXTS = (ACTIVE, EXPIRED, WITHDRAWN, FUTURE, OTHER_ORGANISATION)
FACTORIES = {
    ACTIVE: ConsentFactory,
    EXPIRED: ExpiredConsentFactory,
    WITHDRAWN: WithdrawnConsentFactory,
    FUTURE: FutureConsentFactory,
    OTHER_ORGANISATION: ConsentFactory,
}
# (URL name, is it one family, through the API)
ENDPOINTS = (
    ("partner:detail", True, False),
    ("api-households-detail", True, True),
    ("partner:list", False, False),
    ("api-households-list", False, True),
)


def _cells():
    for context in CONTEXTS:
        for category in Category.values:
            for name, one_family, api in ENDPOINTS:
                yield pytest.param(
                    context, category, name, one_family, api,
                    id=f"{name} {context} {category}",
                )  # fmt: skip


def _all_canaries(shared) -> list[str]:
    return [token for tokens in shared.canaries.values() for token in tokens]


@pytest.mark.parametrize(("context", "category", "name", "one_family", "api"), list(_cells()))
def test_partner_sees_only_consented_categories_under_an_active_consent(
    context, category, name, one_family, api, shared, school, caw, school_partner, client_for
):
    organisation = caw if context == OTHER_ORGANISATION else school
    FACTORIES[context](household=shared.household, organisation=organisation,
                       categories=[category], purpose="Schoolbegeleiding")  # fmt: skip
    url = reverse(name, args=[shared.household.pk]) if one_family else reverse(name)
    last = AuditEntry.objects.order_by("-id").values_list("id", flat=True).first() or 0

    response = client_for(school_partner).get(url, HTTP_ACCEPT="application/json")

    body = response.content.decode()
    entries = list(AuditEntry.objects.filter(id__gt=last))
    assert INSZ not in body, "a national register number reached a partner"
    allowed = set(shared.canaries[category]) if context == ACTIVE else set()
    if not one_family:  # a list shows at most the contact details
        allowed &= set(shared.canaries[Category.CONTACT_DETAILS])
    if name == "partner:list":  # the page lists names only
        allowed &= {"CANARY-NAME"}
    for token in _all_canaries(shared):
        if token in allowed:
            assert token in body, f"{token} consented but not shown on {url}"
        else:
            assert token not in body, f"{token} leaked on {url} ({context}, {category})"

    if context != ACTIVE:
        views = [e for e in entries if e.action == AuditEntry.Action.VIEW]
        assert views == [], "a read without an active consent was logged as a view"
        if one_family:
            assert response.status_code == 404
            assert [(e.action, e.household_id, e.user) for e in entries] == [
                ("denied", shared.household.pk, school_partner)
            ]
        else:
            assert response.status_code == 200
        return

    assert response.status_code == 200
    assert len(entries) == 1, f"{len(entries)} audit entries for one partner read"
    entry = entries[0]
    assert (entry.action, entry.household_id, entry.user) == (
        "view", shared.household.pk, school_partner)  # fmt: skip
    assert entry.purpose == "partner: Schoolbegeleiding"
    assert entry.channel == ("api" if api else "web")
    assert entry.detail == {"categories": [category]}


def test_every_partner_url_is_walked_here():
    """A new partner page must be added to ENDPOINTS above."""
    from radar.core.tests.access_matrix import MATRIX

    # The signal pages show only what the partner sent and a status word, never a dossier
    # (test_partner_signals.py checks that with canaries).
    signal_pages = {"partner:signals", "partner:signal_new"}
    # The referral pages are walked, consent state x category, in test_partner_referrals.py.
    referral_pages = {"partner:referral", "partner:referral_status"}
    partner_names = {r.name for r in MATRIX if r.name.startswith("partner:")}
    walked = {name for name, _one, _api in ENDPOINTS}
    assert partner_names - signal_pages - referral_pages <= walked
