"""Partner access, in one place: which households a partner user may see, and what of them.

A partner user (role "partner", linked to an organisation on the social map) sees a
household only while a consent for their organisation is active: not withdrawn, begun,
not ended. Of that household they see only the consented categories. Everything a partner
page or endpoint shows comes from `get_partner_household_for` (one household, read logged)
or `list_partner_households_for` (the list, each shown household logged); a household
without an active consent is refused exactly like one that does not exist, and the
refusal is logged. Casework access stays in radar.households.selectors.
"""

from dataclasses import dataclass, field
from datetime import date

from django.db.models import Q, QuerySet
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from radar.accounts.models import Role, User
from radar.aid import selectors as aid_selectors
from radar.consents.models import Category, Consent, PartnerSignal
from radar.contacts.models import ContactMoment
from radar.core import audit
from radar.households.models import Household
from radar.households.selectors import HouseholdNotFound
from radar.referrals.models import Referral, ReferralStatus
from radar.rights.models import RightFollowUp

AUDIT_PURPOSE_LENGTH = 120  # core.AuditEntry.purpose


def is_partner(user: User) -> bool:
    return bool(
        user is not None
        and user.is_authenticated
        and user.is_active
        and user.role == Role.PARTNER
        and user.organisation_id is not None
    )


def active_consent_condition(today: date) -> Q:
    """Consent.is_active(today) as a query."""
    return (
        Q(withdrawn_at__isnull=True)
        & Q(valid_from__lte=today)
        & (Q(valid_until__isnull=True) | Q(valid_until__gte=today))
    )


def _organisation_id(user: User) -> int:
    """The partner user's organisation (callers checked `is_partner`, which requires one)."""
    if user.organisation_id is None:
        raise PermissionError("a partner user without an organisation")
    return user.organisation_id


def partner_consents(user: User, today: date | None = None) -> QuerySet[Consent]:
    """The active consents for this partner user's organisation (none for anyone else)."""
    if not is_partner(user):
        return Consent.objects.none()
    today = today or timezone.localdate()
    return Consent.objects.filter(
        active_consent_condition(today),
        organisation_id=_organisation_id(user),
        organisation__is_active=True,
    )


def partner_households(user: User, today: date | None = None) -> QuerySet[Household]:
    """The households with an active consent for the user's organisation."""
    return Household.objects.filter(
        pk__in=partner_consents(user, today).values("household_id")
    ).order_by("pk")


def consented_categories(user: User, household, today: date | None = None) -> frozenset[str]:
    """The categories this partner user may see of this household today (empty: nothing)."""
    household_id = getattr(household, "pk", household)
    categories: set[str] = set()
    for values in (
        partner_consents(user, today)
        .filter(household_id=household_id)
        .values_list("categories", flat=True)
    ):
        categories.update(c for c in values if c in Category.values)
    return frozenset(categories)


@dataclass
class PartnerView:
    """What a partner may see of one household: only the consented categories are filled."""

    household_id: int
    categories: frozenset[str]
    purposes: list[str]
    name: str = ""
    phone: str = ""
    address: str = ""
    members: list[dict] = field(default_factory=list)
    needs: list[dict] = field(default_factory=list)
    goals: list[dict] = field(default_factory=list)
    rights: list[dict] = field(default_factory=list)
    notes: list[dict] = field(default_factory=list)
    aid: list[dict] = field(default_factory=list)

    @property
    def audit_purpose(self) -> str:
        return f"partner: {'; '.join(self.purposes)}"[:AUDIT_PURPOSE_LENGTH]

    def as_dict(self, *, detail: bool) -> dict:
        data: dict = {"id": self.household_id, "categories": sorted(self.categories)}
        if Category.CONTACT_DETAILS in self.categories:
            data["contact_details"] = {
                "name": self.name,
                "phone": self.phone,
                "address": self.address,
                "members": self.members,
            }
        if not detail:
            return data
        if Category.NEEDS in self.categories:
            data["needs"] = self.needs
        if Category.PLAN in self.categories:
            data["plan"] = self.goals
        if Category.RIGHTS in self.categories:
            data["rights"] = self.rights
        if Category.NOTES in self.categories:
            data["notes"] = self.notes
        if Category.AID in self.categories:
            data["aid"] = self.aid
        return data


def _consents_by_household(user: User, today, household_ids=None) -> dict[int, list[Consent]]:
    consents = partner_consents(user, today).order_by("valid_from", "pk")
    if household_ids is not None:
        consents = consents.filter(household_id__in=household_ids)
    by_household: dict[int, list[Consent]] = {}
    for consent in consents:
        by_household.setdefault(consent.household_id, []).append(consent)
    return by_household


def _view(household: Household, consents: list[Consent], *, detail: bool) -> PartnerView:
    categories = frozenset(c for consent in consents for c in consent.categories) & frozenset(
        Category.values
    )
    view = PartnerView(
        household_id=household.pk,
        categories=categories,
        purposes=list(dict.fromkeys(c.purpose for c in consents)),
    )
    # Each category is read only when consented: what is not read cannot leak.
    if Category.CONTACT_DETAILS in categories:
        view.name = household.name
        view.phone = household.phone
        view.address = household.address
        view.members = [
            {"first_name": m.first_name, "last_name": m.last_name, "phone": m.phone}
            for m in household.members.all()
        ]
    if not detail:
        return view
    if Category.NEEDS in categories:
        view.needs = [
            {"domain": str(n.domain), "description": n.description, "state": n.get_state_display()}
            for n in household.needs.select_related("domain")
        ]
    if Category.PLAN in categories:
        view.goals = [
            {
                "title": g.title,
                "is_achieved": g.is_achieved,
                "steps": [{"title": s.title, "is_done": s.is_done} for s in g.steps.all()],
            }
            for g in household.goals.prefetch_related("steps")
        ]
    if Category.RIGHTS in categories:
        view.rights = [
            {"right": f.right_id, "status": f.get_status_display()}
            for f in RightFollowUp.objects.filter(household=household).order_by("pk")
        ]
    if Category.NOTES in categories:
        view.notes = [
            {"occurred_at": c.occurred_at, "note": c.note}
            for c in ContactMoment.objects.filter(household=household)
            .exclude(note="")
            .order_by("-occurred_at")[:50]
        ]
    if Category.AID in categories:
        view.aid = [
            {
                "given_on": a.given_on,
                "aid": a.aid_type.name,
                "count": a.count,
                "amount": aid_selectors.euros(a.amount_cents),
            }
            for a in aid_selectors.aid_of(household)[:50]
        ]
    return view


def get_partner_household_for(
    *, user: User, household_id, channel: str = "web", today: date | None = None
) -> PartnerView:
    """What this partner user may see of one household; the read is in the audit log with
    the consent's purpose. Raises HouseholdNotFound (and logs the refusal) when the household
    does not exist, has no active consent for the user's organisation, or the user is not
    a partner."""
    today = today or timezone.localdate()
    try:
        household_pk = int(household_id)
    except (TypeError, ValueError):
        household_pk = None
    consents = (
        _consents_by_household(user, today, [household_pk]).get(household_pk, [])
        if household_pk is not None
        else []
    )
    household = (
        Household.objects.filter(pk=household_pk).first()
        if consents and household_pk is not None
        else None
    )
    if household is None:
        audit.record(
            user=user,
            action=audit.Action.DENIED,
            object_type="households.household",
            household_id=household_pk,
            purpose="partner",
            channel=channel,
        )
        raise HouseholdNotFound(_("No such household shared with your organisation."))
    view = _view(household, consents, detail=True)
    audit.record(
        user=user,
        action=audit.Action.VIEW,
        obj=household,
        purpose=view.audit_purpose,
        channel=channel,
        detail={"categories": sorted(view.categories)},
    )
    return view


def list_partner_households_for(
    *, user: User, channel: str = "web", today: date | None = None, households=None
) -> list[PartnerView]:
    """The households shared with this partner user's organisation, each with only its
    consented contact details. Every household shown is one audit entry (a list shows
    names). `households` narrows the list (a page of partner_households(user))."""
    today = today or timezone.localdate()
    scope = partner_households(user, today)
    if households is not None:
        # Narrowed, never widened: the ids are looked up again inside the partner scope.
        scope = scope.filter(pk__in=[h.pk for h in households])
    households = list(scope.prefetch_related("members"))
    by_household = _consents_by_household(user, today, [h.pk for h in households])
    views = []
    for household in households:
        consents = by_household.get(household.pk)
        if not consents:
            continue
        view = _view(household, consents, detail=False)
        audit.record(
            user=user,
            action=audit.Action.VIEW,
            obj=household,
            object_type="consents.partner_list",
            purpose=view.audit_purpose,
            channel=channel,
            detail={"categories": sorted(view.categories)},
        )
        views.append(view)
    return views


def list_partner_signals_for(user: User):
    """The signals this partner user's organisation sent, newest first (none for others).
    Only the status word of the household is read, never the dossier."""
    if not is_partner(user):
        return PartnerSignal.objects.none()
    return (
        PartnerSignal.objects.filter(organisation_id=_organisation_id(user))
        .select_related("household")
        .only("pk", "who", "family_knows", "received_on", "household__status", "organisation_id")
    )


# Referrals addressed to a partner's organisation, under an active consent only.

# The referrals a partner still has to act on: listed first on its landing page.
PARTNER_OPEN_REFERRAL_STATUSES = (
    ReferralStatus.SENT,
    ReferralStatus.ACCEPTED,
)


def referrals_for_partner(user: User, today: date | None = None):
    """The referrals addressed to this partner user's organisation whose household has an
    active consent for that organisation (none for anyone else, none without consent)."""
    if not is_partner(user):
        return Referral.objects.none()
    return (
        Referral.objects.filter(
            organisation_id=_organisation_id(user),
            household_id__in=partner_consents(user, today).values("household_id"),
        )
        .select_related("organisation", "service")
        .order_by("-created_at", "-pk")
    )


def get_partner_referral_for(
    *, user: User, referral_id, channel: str = "web", today=None, log=True
):
    """One referral for this partner user, with the consented categories of its household.
    Returns (referral, categories). Raises HouseholdNotFound (and logs the refusal) for a
    referral of another organisation, without an active consent, or that does not exist.
    With log=True the read is one audit entry."""
    today = today or timezone.localdate()
    try:
        referral_pk = int(referral_id)
    except (TypeError, ValueError):
        referral_pk = None
    referral = (
        referrals_for_partner(user, today).filter(pk=referral_pk).first()
        if referral_pk is not None
        else None
    )
    if referral is None:
        audit.record(
            user=user,
            action=audit.Action.DENIED,
            object_type="referrals.referral",
            purpose="partner",
            channel=channel,
            detail={"referral": referral_pk},
        )
        raise HouseholdNotFound(_("No such referral shared with your organisation."))
    categories = consented_categories(user, referral.household_id, today)
    if log:
        audit.record(
            user=user,
            action=audit.Action.VIEW,
            obj=referral,
            purpose="partner: referral",
            channel=channel,
            detail={"categories": sorted(categories)},
        )
    return referral, categories
