"""REST endpoints for Housing First: thin, on the same services and access layer.

/api/housing-first/candidacies/ and /api/housing-first/tenancies/: list, detail, create,
update (PATCH with the `version` read; 409 when it is stale). Every detail read is one
audit entry (housing_first.selectors). /api/housing-first/retention/?as_of=YYYY-MM-DD:
the retention table of the teams in the user's scope (team leads and policy only; policy
gets small counts hidden, radar.figures).
"""

from datetime import date
from typing import Any

from django.core.exceptions import ValidationError as DjangoValidationError
from django.utils import timezone
from django.utils.translation import gettext as _
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema, extend_schema_view
from rest_framework import permissions, serializers, status, viewsets
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from radar.accounts.models import Role
from radar.core.api import RefuseUnknownFieldsMixin
from radar.core.services import MAX_VERSION, ConcurrentEditError
from radar.core.validators import EARLIEST_RECORD, add_years
from radar.households import selectors as household_selectors
from radar.households.api import DoesCasework
from radar.housing_first import figures, selectors, services
from radar.housing_first.models import (
    Candidacy,
    CandidacyEvent,
    CandidacyStatus,
    EndReason,
    OwnerKind,
    Tenancy,
    TenancyEvent,
)

VERSION_HELP = "The record's `version` as you read it (required): 409 when it moved on."


class CandidacyEventSerializer(serializers.ModelSerializer):
    at = serializers.DateTimeField(source="changed_at", read_only=True)
    by = serializers.SlugRelatedField(source="changed_by", slug_field="username", read_only=True)

    class Meta:
        model = CandidacyEvent
        fields = ["from_status", "to_status", "at", "by", "note"]


class CandidacySerializer(serializers.ModelSerializer):
    class Meta:
        model = Candidacy
        fields = [
            "id", "household", "status", "status_changed_at", "submitted_on", "submissions",
            "decision", "version",
        ]  # fmt: skip


class CandidacyDetailSerializer(CandidacySerializer):
    events = CandidacyEventSerializer(many=True, read_only=True)
    decisions = serializers.SerializerMethodField()

    class Meta(CandidacySerializer.Meta):
        fields = [*CandidacySerializer.Meta.fields, *services.CANDIDACY_FIELDS, "events",
                  "decisions"]  # fmt: skip

    def get_decisions(self, candidacy) -> list[dict[str, Any]]:
        return [
            {
                "meeting": item.meeting_id,
                "held_on": item.meeting.held_on,
                "decision": item.decision,
                "reasons": item.reasons,
                "what_is_needed": item.what_is_needed,
                "needed_by": item.needed_by,
            }
            for item in candidacy.items.all()
        ]


def _text_fields() -> dict[str, serializers.Field]:
    return {
        name: serializers.CharField(required=False, allow_blank=True)
        for name in services.CANDIDACY_FIELDS
    }


class CandidacyCreateSerializer(RefuseUnknownFieldsMixin, serializers.Serializer):
    household = serializers.IntegerField(min_value=1)
    locals().update(_text_fields())


class CandidacyUpdateSerializer(RefuseUnknownFieldsMixin, serializers.Serializer):
    version = serializers.IntegerField(min_value=1, max_value=MAX_VERSION, help_text=VERSION_HELP)
    status = serializers.ChoiceField(
        choices=[CandidacyStatus.SUBMITTED, CandidacyStatus.WITHDRAWN],
        required=False,
        help_text="Submit (again) or withdraw; a withdrawal needs a note.",
    )
    note = serializers.CharField(required=False, allow_blank=True)
    locals().update(_text_fields())


class TenancyEventSerializer(serializers.ModelSerializer):
    class Meta:
        model = TenancyEvent
        fields = ["id", "kind", "occurred_on", "note"]


class TenancySerializer(serializers.ModelSerializer):
    start_date = serializers.DateField(source="start_on")
    end_date = serializers.DateField(source="end_on", allow_null=True)

    class Meta:
        model = Tenancy
        fields = [
            "id", "household", "candidacy", "street", "postcode", "city", "owner_kind",
            "landlord", "rent_cents", "start_date", "guidance_team", "end_date", "end_reason",
            "end_note", "version",
        ]  # fmt: skip


class TenancyDetailSerializer(TenancySerializer):
    events = TenancyEventSerializer(many=True, read_only=True)

    class Meta(TenancySerializer.Meta):
        fields = [*TenancySerializer.Meta.fields, "events"]


class _TenancyFields(RefuseUnknownFieldsMixin, serializers.Serializer):
    street = serializers.CharField(max_length=200)
    postcode = serializers.CharField(max_length=10, required=False, allow_blank=True)
    city = serializers.CharField(max_length=100, required=False, allow_blank=True)
    owner_kind = serializers.ChoiceField(choices=OwnerKind.choices)
    landlord = serializers.CharField(max_length=150, required=False, allow_blank=True)
    rent_cents = serializers.IntegerField(
        min_value=0, max_value=2**31 - 1, required=False, allow_null=True
    )
    start_date = serializers.DateField()
    guidance_team = serializers.CharField(required=False, allow_blank=True)


class TenancyCreateSerializer(_TenancyFields):
    household = serializers.IntegerField(min_value=1)
    candidacy = serializers.IntegerField(min_value=1, required=False, allow_null=True)


class TenancyUpdateSerializer(_TenancyFields):
    version = serializers.IntegerField(min_value=1, max_value=MAX_VERSION, help_text=VERSION_HELP)
    end_date = serializers.DateField(required=False, allow_null=True)
    end_reason = serializers.ChoiceField(
        choices=[("", ""), *EndReason.choices], required=False, allow_blank=True
    )
    end_note = serializers.CharField(required=False, allow_blank=True)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for field in ("street", "owner_kind", "start_date"):
            self.fields[field].required = False


# The API's names for the model's date fields.
_TENANCY_NAMES = {"start_date": "start_on", "end_date": "end_on"}


def _refused(error: DjangoValidationError) -> Response:
    """A refused change as a 400, keyed by the API's field names."""
    api_names = {model: api for api, model in _TENANCY_NAMES.items()}
    if hasattr(error, "error_dict"):
        detail: Any = {api_names.get(k, k): v for k, v in error.message_dict.items()}
    else:
        detail = {"detail": error.messages}
    return Response(detail, status=status.HTTP_400_BAD_REQUEST)


def _conflict() -> Response:
    return Response(
        {"detail": _("Somebody else changed this record since you read it: read it again.")},
        status=status.HTTP_409_CONFLICT,
    )


@extend_schema_view(
    list=extend_schema(responses=CandidacySerializer(many=True)),
    retrieve=extend_schema(responses=CandidacyDetailSerializer),
    create=extend_schema(request=CandidacyCreateSerializer, responses={201: CandidacySerializer}),
    partial_update=extend_schema(request=CandidacyUpdateSerializer, responses=CandidacySerializer),
)
class CandidacyViewSet(viewsets.ViewSet):
    """Candidacies of the user's visible households (casework roles only)."""

    permission_classes = [permissions.IsAuthenticated, DoesCasework]

    def list(self, request: Request) -> Response:
        candidacies = selectors.list_candidacies_for(user=request.user).order_by("-id")
        return Response(CandidacySerializer(candidacies, many=True).data)

    def retrieve(self, request: Request, pk=None) -> Response:
        candidacy = selectors.get_candidacy_for(user=request.user, candidacy_id=pk, channel="api")
        return Response(CandidacyDetailSerializer(candidacy).data)

    def create(self, request: Request) -> Response:
        serializer = CandidacyCreateSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        data = dict(serializer.validated_data)
        household = household_selectors.get_household_for(
            user=request.user, household_id=data.pop("household"), purpose=services.PURPOSE,
            channel="api", log=False,
        )  # fmt: skip
        try:
            candidacy = services.prepare_candidacy(user=request.user, household=household, **data)
        except DjangoValidationError as error:
            return _refused(error)
        return Response(CandidacySerializer(candidacy).data, status=status.HTTP_201_CREATED)

    def partial_update(self, request: Request, pk=None) -> Response:
        candidacy = selectors.get_candidacy_for(user=request.user, candidacy_id=pk, channel="api")
        serializer = CandidacyUpdateSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        data = dict(serializer.validated_data)
        version = data.pop("version")
        to_status = data.pop("status", "")
        note = data.pop("note", "")
        try:
            if candidacy.version != version:
                raise ConcurrentEditError
            if data:
                candidacy = services.update_candidacy(
                    user=request.user, candidacy=candidacy, data=data,
                    expected_version=version, channel="api",
                )  # fmt: skip
            if to_status:
                candidacy = services.move_candidacy(
                    user=request.user, candidacy=candidacy, to_status=to_status, note=note,
                    channel="api",
                )  # fmt: skip
        except ConcurrentEditError:
            return _conflict()
        except DjangoValidationError as error:
            return _refused(error)
        return Response(CandidacySerializer(candidacy).data)


@extend_schema_view(
    list=extend_schema(responses=TenancySerializer(many=True)),
    retrieve=extend_schema(responses=TenancyDetailSerializer),
    create=extend_schema(request=TenancyCreateSerializer, responses={201: TenancySerializer}),
    partial_update=extend_schema(request=TenancyUpdateSerializer, responses=TenancySerializer),
)
class TenancyViewSet(viewsets.ViewSet):
    """Tenancies of the user's visible households (casework roles only)."""

    permission_classes = [permissions.IsAuthenticated, DoesCasework]

    def list(self, request: Request) -> Response:
        tenancies = selectors.list_tenancies_for(user=request.user).order_by("-id")
        return Response(TenancySerializer(tenancies, many=True).data)

    def retrieve(self, request: Request, pk=None) -> Response:
        tenancy = selectors.get_tenancy_for(user=request.user, tenancy_id=pk, channel="api")
        return Response(TenancyDetailSerializer(tenancy).data)

    def create(self, request: Request) -> Response:
        serializer = TenancyCreateSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        data = dict(serializer.validated_data)
        household = household_selectors.get_household_for(
            user=request.user, household_id=data.pop("household"), purpose=services.PURPOSE,
            channel="api", log=False,
        )  # fmt: skip
        candidacy = None
        candidacy_id = data.pop("candidacy", None)
        if candidacy_id is not None:
            candidacy = selectors.get_candidacy_for(
                user=request.user, candidacy_id=candidacy_id, household=household, channel="api"
            )
        data["start_on"] = data.pop("start_date")
        try:
            tenancy = services.start_tenancy(
                user=request.user, household=household, candidacy=candidacy, channel="api", **data
            )
        except DjangoValidationError as error:
            return _refused(error)
        return Response(TenancySerializer(tenancy).data, status=status.HTTP_201_CREATED)

    def partial_update(self, request: Request, pk=None) -> Response:
        tenancy = selectors.get_tenancy_for(user=request.user, tenancy_id=pk, channel="api")
        serializer = TenancyUpdateSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        data = {_TENANCY_NAMES.get(k, k): v for k, v in serializer.validated_data.items()}
        version = data.pop("version")
        if data.get("end_reason") is None and "end_reason" in data:
            data["end_reason"] = ""
        try:
            tenancy = services.update_tenancy(
                user=request.user, tenancy=tenancy, data=data, expected_version=version,
                channel="api",
            )  # fmt: skip
        except ConcurrentEditError:
            return _conflict()
        except DjangoValidationError as error:
            return _refused(error)
        return Response(TenancySerializer(tenancy).data)


class SeesHousingFirstFigures(permissions.BasePermission):
    """Team leads (their teams, exact) and policy users (their municipality, small counts
    hidden); nobody else."""

    def has_permission(self, request, view):
        user = request.user
        return bool(
            user and user.is_authenticated and user.is_active
            and user.role in (Role.TEAM_LEAD, Role.POLICY)
        )  # fmt: skip


class RetentionView(APIView):
    """GET ?as_of=YYYY-MM-DD (today without it):
    {"6": {"n", "housed", "moved_on", "left", "retention"}, "12": ..., "24": ...}."""

    permission_classes = [permissions.IsAuthenticated, SeesHousingFirstFigures]

    @extend_schema(
        parameters=[OpenApiParameter("as_of", OpenApiTypes.DATE, required=False)],
        responses=OpenApiTypes.OBJECT,
    )
    def get(self, request: Request) -> Response:
        if "as_of" not in request.query_params:
            return Response(figures.retention_for(request.user, as_of=timezone.localdate()))
        text = request.query_params["as_of"]
        try:
            as_of = date.fromisoformat(text)
        except ValueError:
            as_of = None
        if (
            as_of is None
            or len(text) != 10
            or not (EARLIEST_RECORD <= as_of <= add_years(date.today(), 1))
        ):
            return Response(
                {"as_of": [_("Give the reference date as YYYY-MM-DD, from 2000 on.")]},
                status=status.HTTP_400_BAD_REQUEST,
            )
        return Response(figures.retention_for(request.user, as_of=as_of))
