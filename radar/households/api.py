"""REST endpoints for households and their contacts: thin, behind the same access layer."""

from django.core.exceptions import ValidationError as DjangoValidationError
from drf_spectacular.utils import extend_schema
from rest_framework import mixins, permissions, serializers, viewsets
from rest_framework.decorators import action
from rest_framework.request import Request
from rest_framework.response import Response

from radar.accounts.models import Role
from radar.consents import selectors as consent_selectors
from radar.contacts import services as contact_services
from radar.contacts.models import ContactMoment, ContactType
from radar.core.api import DateTimeField, RefuseUnknownFieldsMixin
from radar.households import selectors
from radar.households.models import Household, Intake, Member, Need, Status
from radar.plans.models import Goal, Step


class DoesCasework(permissions.BasePermission):
    """Only casework roles reach named families; others get 403 before any lookup."""

    def has_permission(self, request, view):
        return bool(request.user and request.user.is_authenticated and request.user.does_casework)


# The household actions a partner user may call; what they then see is decided by
# radar.consents.selectors (consented households and categories only).
PARTNER_ACTIONS = frozenset({"list", "retrieve"})


class DoesCaseworkOrPartnerReads(DoesCasework):
    """Casework roles as DoesCasework; partner users may only list and read, through the
    consent selectors. Everybody else gets 403 before any lookup."""

    def has_permission(self, request, view):
        if super().has_permission(request, view):
            return True
        user = request.user
        return bool(
            user
            and user.is_authenticated
            and user.is_active
            and user.role == Role.PARTNER
            and request.method == "GET"
            and getattr(view, "action", None) in PARTNER_ACTIONS
        )


class MemberSerializer(serializers.ModelSerializer):
    class Meta:
        model = Member
        fields = [
            "id",
            "role",
            "first_name",
            "last_name",
            "birth_date",
            "expected_on",
            "language",
            "phone",
            "insz",
        ]


class IntakeSerializer(serializers.ModelSerializer):
    channel = serializers.SlugRelatedField(slug_field="code", read_only=True)

    class Meta:
        model = Intake
        fields = [
            "id",
            "received_on",
            "channel",
            "signalled_by_organisation",
            "signalled_by_person",
            "organisation",
            "contact_person",
            "reason",
        ]


class NeedSerializer(serializers.ModelSerializer):
    domain = serializers.SlugRelatedField(slug_field="code", read_only=True)

    class Meta:
        model = Need
        fields = ["id", "domain", "description", "priority", "state"]


class StepSerializer(serializers.ModelSerializer):
    class Meta:
        model = Step
        fields = ["id", "title", "owner", "owner_name", "due_on", "is_done", "done_on"]


class GoalSerializer(serializers.ModelSerializer):
    domain = serializers.SlugRelatedField(slug_field="code", read_only=True)
    steps = StepSerializer(many=True, read_only=True)

    class Meta:
        model = Goal
        fields = ["id", "domain", "title", "is_achieved", "steps"]


class HouseholdListSerializer(serializers.ModelSerializer):
    team = serializers.CharField(source="team.name", read_only=True)
    outreachers = serializers.SlugRelatedField(
        source="assigned_workers", slug_field="username", many=True, read_only=True
    )

    class Meta:
        model = Household
        fields = [
            "id",
            "name",
            "status",
            "team",
            "neighbourhood",
            "is_known_to_ocmw",
            "signalled_at",
            "last_reached_at",
            "outreachers",
            "version",
        ]


class HouseholdDetailSerializer(HouseholdListSerializer):
    members = MemberSerializer(many=True, read_only=True)
    intakes = IntakeSerializer(many=True, read_only=True)
    needs = NeedSerializer(many=True, read_only=True)
    goals = GoalSerializer(many=True, read_only=True)

    class Meta(HouseholdListSerializer.Meta):
        fields = [
            *HouseholdListSerializer.Meta.fields,
            "street",
            "postcode",
            "city",
            "phone",
            "closing_reason",
            "status_changed_at",
            "members",
            "intakes",
            "needs",
            "goals",
        ]


class ContactSerializer(RefuseUnknownFieldsMixin, serializers.ModelSerializer):
    contact_type = serializers.SlugRelatedField(
        slug_field="code", queryset=ContactType.objects.filter(is_active=True)
    )
    worker = serializers.SlugRelatedField(slug_field="username", read_only=True)
    participants = serializers.PrimaryKeyRelatedField(
        many=True, required=False, queryset=Member.objects.all()
    )
    occurred_at = DateTimeField(required=False)

    class Meta:
        model = ContactMoment
        fields = [
            "id",
            "occurred_at",
            "contact_type",
            "is_reached",
            "place",
            "duration_minutes",
            "participants",
            "other_participants",
            "note",
            "worker",
        ]
        read_only_fields = ["id", "worker"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        household = self.context.get("household")
        # Only this household's members exist for the caller: the same error for a member of
        # another family and a member id that does not exist, so ids cannot be probed.
        members = household.members.all() if household is not None else Member.objects.none()
        self.fields["participants"].child_relation.queryset = members


class HouseholdViewSet(mixins.ListModelMixin, mixins.RetrieveModelMixin, viewsets.GenericViewSet):
    """Households of the user's team(s). Every detail read is in the audit log."""

    permission_classes = [permissions.IsAuthenticated, DoesCaseworkOrPartnerReads]
    queryset = Household.objects.none()

    def _is_partner_read(self) -> bool:
        # Only DoesCaseworkOrPartnerReads lets a non-casework user this far.
        user = self.request.user
        return getattr(user, "role", None) == Role.PARTNER and not user.does_casework

    def get_serializer_class(self):
        if self.action == "retrieve":
            return HouseholdDetailSerializer
        if self.action == "contacts":
            return ContactSerializer
        return HouseholdListSerializer

    def get_queryset(self):
        if self._is_partner_read():
            return consent_selectors.partner_households(self.request.user)
        status = self.request.query_params.get("status", "")
        return selectors.list_households_for(
            user=self.request.user,
            query=self.request.query_params.get("q", ""),
            status=status if status in Status.values else "",
            mine=self.request.query_params.get("mine") == "1",
        ).order_by("name", "id")

    def list(self, request: Request, *args, **kwargs) -> Response:
        if not self._is_partner_read():
            return super().list(request, *args, **kwargs)
        page = self.paginate_queryset(self.get_queryset())
        views = consent_selectors.list_partner_households_for(
            user=request.user, households=page, channel="api"
        )
        return self.get_paginated_response([v.as_dict(detail=False) for v in views])

    def retrieve(self, request: Request, pk=None) -> Response:
        if self._is_partner_read():
            view = consent_selectors.get_partner_household_for(
                user=request.user, household_id=pk, channel="api"
            )
            return Response(view.as_dict(detail=True))
        household = selectors.get_household_for(user=request.user, household_id=pk, channel="api")
        household = (
            Household.objects.filter(pk=household.pk)
            .select_related("team")
            .prefetch_related(
                "members",
                "assigned_workers",
                "intakes__channel",
                "needs__domain",
                "goals__domain",
                "goals__steps",
            )
            .get()
        )
        return Response(HouseholdDetailSerializer(household).data)

    @extend_schema(responses=ContactSerializer(many=True))
    @action(detail=True, methods=["get", "post"])
    def contacts(self, request: Request, pk=None) -> Response:
        household = selectors.get_household_for(user=request.user, household_id=pk, channel="api")
        if request.method == "POST":
            serializer = ContactSerializer(data=request.data, context={"household": household})
            serializer.is_valid(raise_exception=True)
            try:
                contact = contact_services.record_contact(
                    user=request.user, household=household, **serializer.validated_data
                )
            except DjangoValidationError as error:
                # The rules live in the model and the service (ContactMoment.clean): the
                # page form refuses the same input.
                raise serializers.ValidationError(
                    error.message_dict if hasattr(error, "error_dict") else error.messages
                ) from error
            return Response(ContactSerializer(contact).data, status=201)
        contacts = (
            ContactMoment.objects.filter(household=household)
            .select_related("contact_type", "worker")
            .prefetch_related("participants")
        )
        page = self.paginate_queryset(contacts)
        return self.get_paginated_response(ContactSerializer(page, many=True).data)
