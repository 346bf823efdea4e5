"""REST endpoints for households: thin, behind the same access layer.

The apps that hang off a household add to these endpoints without being imported here
(households.registry): plans nests the goals in the detail (plans/api.py), consents lets
partner users list and read through the partner access layer (consents/api.py), and
contacts serves /api/households/<id>/contacts/ (contacts/api.py).
"""

from collections.abc import Mapping
from typing import Any

from django.core.exceptions import ValidationError as DjangoValidationError
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from drf_spectacular.openapi import AutoSchema
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import (
    OpenApiParameter,
    OpenApiResponse,
    PolymorphicProxySerializer,
    extend_schema,
    extend_schema_view,
)
from rest_framework import generics, mixins, permissions, serializers, status, viewsets
from rest_framework.exceptions import NotFound
from rest_framework.request import Request
from rest_framework.response import Response

from radar.core.api import RefuseUnknownFieldsMixin
from radar.core.services import MAX_VERSION, REASON_MAX_LENGTH, ConcurrentEditError
from radar.households import registry, selectors, services
from radar.households.models import Household, Intake, LifeDomain, Member, Need, Status


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
            "version",
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
    domain = serializers.SlugRelatedField(
        slug_field="code", queryset=LifeDomain.objects.filter(is_active=True)
    )

    class Meta:
        model = Need
        fields = ["id", "domain", "description", "priority", "state", "version"]


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


class HouseholdSchema(AutoSchema):
    """The household list and detail answer the casework shape, or the shape of a registered
    reader (a partner's consented view: consents/api.py); the schema gives both (oneOf)."""

    def get_response_serializers(self):
        own = super().get_response_serializers()
        detail = getattr(self.view, "action", None) == "retrieve"
        shared = [
            reader.detail_serializer if detail else reader.list_serializer
            for reader in registry.household_readers()
        ]
        if not shared:
            return own
        return PolymorphicProxySerializer(
            component_name="HouseholdDetailAnyRole" if detail else "HouseholdListAnyRole",
            serializers=[own, *shared],
            resource_type_field_name=None,
        )


class HouseholdViewSet(mixins.ListModelMixin, mixins.RetrieveModelMixin, viewsets.GenericViewSet):
    """Households of the user's team(s). Every detail read is in the audit log."""

    permission_classes = [permissions.IsAuthenticated, DoesCaseworkOrRegisteredReads]
    queryset = Household.objects.none()
    schema = HouseholdSchema()

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


# -- One record of a household: read, correct (PATCH), remove (DELETE) --------------------

VERSION_HELP = (
    "The record's `version` as you read it (required). Radar refuses the change with 409 "
    "when somebody changed or removed the record since: nothing is saved then."
)
VERSION_MISSING = gettext_lazy(
    "Send the version of the record you read: it shows nobody changed it since."
)
REASON_HELP = "Why the record is removed (required): kept in the history and the audit log."


def correction_serializer(base: type[serializers.ModelSerializer], fields: tuple[str, ...]):
    """The PATCH body for `base`'s record: any of `fields`, and the required `version`."""
    declared = {
        name: None for name in base._declared_fields if name not in fields
    }  # drop the read-only fields `base` declares
    meta = type(
        "Meta",
        (base.Meta,),
        {
            "fields": [*fields, "version"],
            "read_only_fields": [],
            "extra_kwargs": {name: {"required": False} for name in fields},
        },
    )
    name = base.__name__.removesuffix("Serializer") + "CorrectionSerializer"
    # Unknown and read-only fields are refused with 400, not dropped (core.api).
    bases = (
        (base,) if issubclass(base, RefuseUnknownFieldsMixin) else (RefuseUnknownFieldsMixin, base)
    )
    return type(
        name,
        bases,
        {
            **declared,
            "Meta": meta,
            "version": serializers.IntegerField(
                min_value=1, max_value=MAX_VERSION, help_text=VERSION_HELP
            ),
            "__module__": base.__module__,
        },
    )


class RemovalSerializer(serializers.Serializer):
    reason = serializers.CharField(max_length=REASON_MAX_LENGTH, help_text=REASON_HELP)
    version = serializers.IntegerField(min_value=1, max_value=MAX_VERSION, help_text=VERSION_HELP)


class ConflictSerializer(serializers.Serializer):
    detail = serializers.CharField()
    removed = serializers.BooleanField(help_text="The record was removed meanwhile.")
    current = serializers.DictField(help_text="The record as it is saved now, with its version.")


def _version(value) -> int:
    try:
        version = int(value)
    except (TypeError, ValueError, OverflowError):
        version = 0
    if not 1 <= version <= MAX_VERSION:
        raise serializers.ValidationError({"version": [VERSION_MISSING]})
    return version


class HouseholdRecordView(generics.GenericAPIView):
    """One record of a household, reached through households.selectors.get_household_for
    (404 for another team's family, 403 for roles without casework): GET reads it, PATCH
    corrects it and DELETE removes it with a reason, both through the same services as the
    pages, with the `version` read (optimistic locking: 409 when it is stale; ADR 0003, 0012).

    A subclass names the `model`, its `serializer_class`, the `editable` fields and the two
    service calls `correct` and `remove`.
    """

    permission_classes = [permissions.IsAuthenticated, DoesCasework]
    model: Any = None
    what = ""  # the record in the API's description (English, like the schema)
    editable: tuple[str, ...] = ()
    correction_serializer_class: Any = None

    def get_queryset(self):
        return self.model.objects.none()

    def get_serializer_context(self):
        return {**super().get_serializer_context(), "household": getattr(self, "household", None)}

    def correct(self, *, user, record, expected_version: int, changes: dict):
        raise NotImplementedError

    def remove(self, *, user, record, reason: str, expected_version: int):
        raise NotImplementedError

    def _record(self, request: Request, pk, kwargs):
        self.household = selectors.get_household_for(
            user=request.user, household_id=pk, channel="api"
        )
        record_pk = kwargs[self.lookup_url_kwarg]
        record = self.model.objects.filter(household=self.household, pk=record_pk).first()
        if record is None:
            raise NotFound()
        return record

    def _conflict(self, record) -> Response:
        current = type(record)._base_manager.get(pk=record.pk)
        removed = current.is_removed
        detail = (
            _("This was removed meanwhile (reason: %(reason)s); nothing was saved.")
            % {"reason": current.removal_reason}
            if removed
            else _(
                "Someone changed this since you read it; nothing was saved. Compare with "
                "`current`, then send your change again with its version."
            )
        )
        return Response(
            {"detail": detail, "removed": removed, "current": self.get_serializer(current).data},
            status=status.HTTP_409_CONFLICT,
        )

    def get(self, request: Request, pk=None, **kwargs) -> Response:
        return Response(self.get_serializer(self._record(request, pk, kwargs)).data)

    def patch(self, request: Request, pk=None, **kwargs) -> Response:
        record = self._record(request, pk, kwargs)
        data = request.data if isinstance(request.data, Mapping) else {}
        body = self.correction_serializer_class(
            data=data, partial=True, context=self.get_serializer_context()
        )
        body.is_valid()
        errors = dict(body.errors)
        if "version" not in data:
            errors["version"] = [VERSION_MISSING]
        if errors:
            raise serializers.ValidationError(errors)
        changes = dict(body.validated_data)
        version = changes.pop("version")
        try:
            record = self.correct(
                user=request.user, record=record, expected_version=version, changes=changes
            )
        except ConcurrentEditError:
            return self._conflict(record)
        except DjangoValidationError as error:
            raise serializers.ValidationError(
                error.message_dict if hasattr(error, "error_dict") else error.messages
            ) from error
        return Response(self.get_serializer(record).data)

    def delete(self, request: Request, pk=None, **kwargs) -> Response:
        record = self._record(request, pk, kwargs)
        data = request.data if isinstance(request.data, Mapping) else {}
        reason = data.get("reason", request.query_params.get("reason", ""))
        version = _version(data.get("version", request.query_params.get("version")))
        try:
            self.remove(
                user=request.user, record=record, reason=str(reason), expected_version=version
            )
        except ConcurrentEditError:
            return self._conflict(record)
        except DjangoValidationError as error:
            raise serializers.ValidationError(error.message_dict) from error
        return Response(status=status.HTTP_204_NO_CONTENT)


def documented(view_class):
    """The OpenAPI description of a HouseholdRecordView subclass."""
    what = view_class.what
    errors = {
        400: OpenApiResponse(description="A field or the version is missing or not valid."),
        403: OpenApiResponse(description="Only casework roles reach named families."),
        404: OpenApiResponse(description=f"No such {what} in a family of your caseload."),
        409: OpenApiResponse(
            ConflictSerializer,
            description=f"The {what} was changed or removed since the version you sent.",
        ),
    }
    return extend_schema_view(
        get=extend_schema(summary=f"Read one {what}", responses=view_class.serializer_class),
        patch=extend_schema(
            summary=f"Correct a {what}",
            description=(
                f"Send the fields to correct and the `version` of the {what} you read. "
                "Fields that are not listed here are refused with 400. The history and the "
                "audit log name the fields changed."
            ),
            request=view_class.correction_serializer_class,
            responses={200: view_class.serializer_class, **errors},
        ),
        delete=extend_schema(
            summary=f"Remove a {what} written down by mistake",
            description=(
                f"Send the `reason` and the `version` of the {what} you read, in the body "
                "or as query parameters. The record leaves every list, count and figure; "
                "who removed it, when and why stay in the history and the audit log."
            ),
            request=RemovalSerializer,
            parameters=[
                OpenApiParameter("reason", OpenApiTypes.STR, description=REASON_HELP),
                OpenApiParameter("version", OpenApiTypes.INT, description=VERSION_HELP),
            ],
            responses={204: None, **errors},
        ),
    )(view_class)


@documented
class MemberView(HouseholdRecordView):
    """One member of a family in your caseload: read it, correct it, or remove it when it
    was written down by mistake."""

    model = Member
    lookup_url_kwarg = "member_pk"
    what = "member"
    serializer_class = MemberSerializer
    editable = services.MEMBER_FIELDS
    correction_serializer_class = correction_serializer(MemberSerializer, editable)

    def correct(self, *, user, record, expected_version, changes):
        return services.update_member(
            user=user, member=record, expected_version=expected_version, **changes
        )

    def remove(self, *, user, record, reason, expected_version):
        services.remove_member(
            user=user, member=record, reason=reason, expected_version=expected_version
        )


@documented
class NeedView(HouseholdRecordView):
    """One need of a family in your caseload: read it, correct it, or remove it when it was
    written down by mistake."""

    model = Need
    lookup_url_kwarg = "need_pk"
    what = "need"
    serializer_class = NeedSerializer
    editable = services.NEED_FIELDS
    correction_serializer_class = correction_serializer(NeedSerializer, editable)

    def correct(self, *, user, record, expected_version, changes):
        return services.update_need(
            user=user, need=record, expected_version=expected_version, **changes
        )

    def remove(self, *, user, record, reason, expected_version):
        services.remove_need(
            user=user, need=record, reason=reason, expected_version=expected_version
        )
