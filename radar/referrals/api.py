"""REST endpoints for referrals: thin, behind the same access layer (visible_households)."""

from django.utils.text import capfirst
from rest_framework import mixins, permissions, serializers, viewsets
from rest_framework.request import Request
from rest_framework.response import Response

from radar.core import audit
from radar.households import selectors as household_selectors
from radar.households.api import DoesCasework
from radar.referrals import selectors
from radar.referrals.models import Referral, ReferralEvent


class ReferralEventSerializer(serializers.ModelSerializer):
    # The API keeps its field names; the model's are those of core.models.DatedEvent.
    at = serializers.DateTimeField(
        source="changed_at",
        required=False,
        label=capfirst(ReferralEvent._meta.get_field("changed_at").verbose_name),
    )
    by = serializers.SlugRelatedField(source="changed_by", slug_field="username", read_only=True)

    class Meta:
        model = ReferralEvent
        fields = ["from_status", "to_status", "at", "by", "note"]


class ReferralListSerializer(serializers.ModelSerializer):
    organisation = serializers.CharField(source="organisation.name", read_only=True)
    service = serializers.CharField(
        source="service.name", read_only=True, default=None, allow_null=True
    )
    receiver = serializers.CharField(read_only=True)

    class Meta:
        model = Referral
        fields = [
            "id",
            "household",
            "need",
            "organisation",
            "service",
            "receiver",
            "status",
            "status_changed_at",
            "introduced_how",
            "sent_at",
            "first_contact_on",
            "need_answered",
        ]


class ReferralDetailSerializer(ReferralListSerializer):
    events = ReferralEventSerializer(many=True, read_only=True)

    class Meta(ReferralListSerializer.Meta):
        fields = [
            *ReferralListSerializer.Meta.fields,
            "handover_note",
            "declined_reason",
            "outcome_note",
            "events",
        ]


class ReferralViewSet(mixins.ListModelMixin, mixins.RetrieveModelMixin, viewsets.GenericViewSet):
    """Referrals of the user's visible households. Every detail read is in the audit log,
    through get_household_for of the referral's household."""

    permission_classes = [permissions.IsAuthenticated, DoesCasework]
    queryset = Referral.objects.none()

    def get_serializer_class(self):
        return ReferralDetailSerializer if self.action == "retrieve" else ReferralListSerializer

    def get_queryset(self):
        referrals = selectors.list_referrals_for(user=self.request.user).order_by("-id")
        status = self.request.query_params.get("status", "")
        if status:
            referrals = referrals.filter(status=status)
        return referrals

    def retrieve(self, request: Request, pk=None) -> Response:
        # The same 404 (logged) for a referral that does not exist and one of another team.
        household_id = (
            selectors.list_referrals_for(user=request.user)
            .filter(pk=pk)
            .values_list("household_id", flat=True)
            .first()
        )
        if household_id is None:
            audit.record(
                user=request.user,
                action=audit.Action.DENIED,
                object_type="referrals.referral",
                household_id=Referral.objects.filter(pk=pk)
                .values_list("household_id", flat=True)
                .first(),
                purpose="casework",
                channel="api",
            )
            raise selectors.ReferralNotFound()
        household = household_selectors.get_household_for(
            user=request.user, household_id=household_id, channel="api"
        )
        referral = selectors.get_referral_for(household=household, referral_id=pk)
        return Response(ReferralDetailSerializer(referral).data)
