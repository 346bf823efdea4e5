"""REST endpoints for a household's contacts: /api/households/<id>/contacts/ (thin).

The household is reached through the same access layer as every page
(households.selectors.get_household_for); the contact is recorded by the same service.
"""

from django.core.exceptions import ValidationError as DjangoValidationError
from drf_spectacular.utils import extend_schema
from rest_framework import permissions, serializers, viewsets
from rest_framework.decorators import action
from rest_framework.request import Request
from rest_framework.response import Response

from radar.contacts import services
from radar.contacts.models import ContactMoment, ContactType
from radar.core.api import DateTimeField, RefuseUnknownFieldsMixin
from radar.households import selectors as household_selectors
from radar.households.api import (
    DoesCasework,
    HouseholdRecordView,
    correction_serializer,
    documented,
)
from radar.households.models import Household, Member


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
            "version",
        ]
        read_only_fields = ["id", "worker"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        household = self.context.get("household")
        # Only this household's members exist for the caller: the same error for a member of
        # another family and a member id that does not exist, so ids cannot be probed.
        members = household.members.all() if household is not None else Member.objects.none()
        self.fields["participants"].child_relation.queryset = members


# The contacts of the households of households.api.HouseholdViewSet, under the same URL
# prefix; the docstring below is the description the API schema shows for them.
class HouseholdContactViewSet(viewsets.GenericViewSet):
    """Households of the user's team(s). Every detail read is in the audit log."""

    permission_classes = [permissions.IsAuthenticated, DoesCasework]
    queryset = Household.objects.none()  # names the {id} path parameter in the schema
    serializer_class = ContactSerializer

    @extend_schema(responses=ContactSerializer(many=True))
    @action(detail=True, methods=["get", "post"])
    def contacts(self, request: Request, pk=None) -> Response:
        household = household_selectors.get_household_for(
            user=request.user, household_id=pk, channel="api"
        )
        if request.method == "POST":
            serializer = ContactSerializer(data=request.data, context={"household": household})
            serializer.is_valid(raise_exception=True)
            try:
                contact = services.record_contact(
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


@documented
class ContactView(HouseholdRecordView):
    """One contact with a family in your caseload: read it, correct it, or remove it when
    it was written down by mistake (the family's last contact is recomputed)."""

    model = ContactMoment
    lookup_url_kwarg = "contact_pk"
    what = "contact"
    serializer_class = ContactSerializer
    editable = (*services.CONTACT_FIELDS, "participants")
    correction_serializer_class = correction_serializer(ContactSerializer, editable)

    def correct(self, *, user, record, expected_version, changes):
        return services.correct_contact(
            user=user, contact=record, expected_version=expected_version, **changes
        )

    def remove(self, *, user, record, reason, expected_version):
        services.remove_contact(
            user=user, contact=record, reason=reason, expected_version=expected_version
        )
