"""REST endpoints for the social map: read-only, for any logged-in user (no family data)."""

from rest_framework import permissions, serializers, viewsets

from radar.organisations import selectors
from radar.organisations.models import ContactPerson, Organisation, Service


class ServiceSerializer(serializers.ModelSerializer):
    life_domains = serializers.SlugRelatedField(slug_field="code", many=True, read_only=True)

    class Meta:
        model = Service
        fields = ["id", "name", "description", "life_domains", "how_to_reach"]


class ContactPersonSerializer(serializers.ModelSerializer):
    class Meta:
        model = ContactPerson
        fields = ["id", "name", "role", "phone", "email"]


class OrganisationListSerializer(serializers.ModelSerializer):
    municipality = serializers.CharField(
        source="municipality.name", default=None, allow_null=True, read_only=True
    )

    class Meta:
        model = Organisation
        fields = [
            "id",
            "external_id",
            "name",
            "kind",
            "municipality",
            "address",
            "phone",
            "email",
            "website",
            "languages",
            "is_active",
        ]


class OrganisationDetailSerializer(OrganisationListSerializer):
    services = ServiceSerializer(source="active_services", many=True, read_only=True)
    contact_persons = ContactPersonSerializer(
        source="active_contact_persons", many=True, read_only=True
    )

    class Meta(OrganisationListSerializer.Meta):
        fields = [
            *OrganisationListSerializer.Meta.fields,
            "description",
            "opening_hours",
            "services",
            "contact_persons",
        ]


class OrganisationViewSet(viewsets.ReadOnlyModelViewSet):
    """The social map. Filters: ?q= (name, service), ?domain= (life domain code), ?kind=."""

    permission_classes = [permissions.IsAuthenticated]
    queryset = Organisation.objects.none()
    lookup_url_kwarg = "organisation_pk"

    def get_serializer_class(self):
        if self.action == "retrieve":
            return OrganisationDetailSerializer
        return OrganisationListSerializer

    def get_queryset(self):
        params = self.request.query_params
        kind = params.get("kind", "")
        return selectors.list_organisations_for(
            user=self.request.user,
            query=params.get("q", ""),
            domain=params.get("domain", ""),
            kind=kind if kind in Organisation.Kind.values else "",
        )

    def get_object(self):
        return selectors.get_organisation_for(
            user=self.request.user, organisation_id=self.kwargs[self.lookup_url_kwarg]
        )
