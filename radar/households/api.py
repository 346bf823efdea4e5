"""REST endpoints for households: thin, behind the same access layer.

The apps that hang off a household add to these endpoints without being imported here
(households.registry): plans nests the goals in the detail (plans/api.py), consents lets
partner users list and read through the partner access layer (consents/api.py), and
contacts serves /api/households/<id>/contacts/ (contacts/api.py).
"""

from rest_framework import mixins, permissions, serializers, viewsets
from rest_framework.request import Request
from rest_framework.response import Response

from radar.households import registry, selectors
from radar.households.models import Household, Intake, Member, Need, Status


class DoesCasework(permissions.BasePermission):
    """Only casework roles reach named families; others get 403 before any lookup."""

    def has_permission(self, request, view):
        return bool(request.user and request.user.is_authenticated and request.user.does_casework)


class DoesCaseworkOrRegisteredReads(DoesCasework):
    """Casework roles as DoesCasework; a role with a registered reader (partner users:
    radar.consents) may only call that reader's actions, with GET. Everybody else gets 403
    before any lookup."""

    def has_permission(self, request, view):
        if super().has_permission(request, view):
            return True
        reader = registry.household_reader_for(request.user)
        return bool(
            reader is not None
            and request.method == "GET"
            and getattr(view, "action", None) in reader.actions
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
        ]

    def get_fields(self):
        fields = super().get_fields()
        # Nested lists the apps that hang off a household add (the plan: plans/api.py).
        for extra in registry.detail_fields():
            fields[extra.name] = extra.field()
        return fields


class HouseholdViewSet(mixins.ListModelMixin, mixins.RetrieveModelMixin, viewsets.GenericViewSet):
    """Households of the user's team(s). Every detail read is in the audit log."""

    permission_classes = [permissions.IsAuthenticated, DoesCaseworkOrRegisteredReads]
    queryset = Household.objects.none()

    def _reader(self):
        """The registered reader of a user who does no casework (partners), else None."""
        user = self.request.user
        if getattr(user, "does_casework", False):
            return None
        return registry.household_reader_for(user)

    def get_serializer_class(self):
        if self.action == "retrieve":
            return HouseholdDetailSerializer
        return HouseholdListSerializer

    def get_queryset(self):
        reader = self._reader()
        if reader is not None:
            return reader.households(self.request.user)
        status = self.request.query_params.get("status", "")
        return selectors.list_households_for(
            user=self.request.user,
            query=self.request.query_params.get("q", ""),
            status=status if status in Status.values else "",
            mine=self.request.query_params.get("mine") == "1",
        ).order_by("name", "id")

    def list(self, request: Request, *args, **kwargs) -> Response:
        reader = self._reader()
        if reader is None:
            return super().list(request, *args, **kwargs)
        page = self.paginate_queryset(self.get_queryset())
        return self.get_paginated_response(reader.list(user=request.user, households=page))

    def retrieve(self, request: Request, pk=None) -> Response:
        reader = self._reader()
        if reader is not None:
            return Response(reader.retrieve(user=request.user, household_id=pk))
        household = selectors.get_household_for(user=request.user, household_id=pk, channel="api")
        prefetch = [lookup for extra in registry.detail_fields() for lookup in extra.prefetch]
        household = (
            Household.objects.filter(pk=household.pk)
            .select_related("team")
            .prefetch_related(
                "members", "assigned_workers", "intakes__channel", "needs__domain", *prefetch
            )
            .get()
        )
        return Response(HouseholdDetailSerializer(household).data)
