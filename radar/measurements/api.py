"""REST endpoints for measurements (thin): an assessment is recorded by the same service as
the page, on a household reached through the same access layer; the change figures come
from the same selector as the figures page.

POST /api/measurements/assessments/
GET  /api/measurements/change/?instrument=zrm2017[&team=ID]
"""

from django.core.exceptions import ValidationError as DjangoValidationError
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import permissions, serializers
from rest_framework.exceptions import PermissionDenied
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from radar.core.api import RefuseUnknownFieldsMixin
from radar.core.ids import parse_id
from radar.households import selectors as household_selectors
from radar.households.api import DoesCasework
from radar.measurements import selectors, services


class AssessmentSerializer(RefuseUnknownFieldsMixin, serializers.Serializer):
    household = serializers.IntegerField(min_value=1)
    member = serializers.IntegerField(min_value=1, required=False, allow_null=True)
    instrument = serializers.SlugField(max_length=40)
    date = serializers.DateField()
    scores = serializers.DictField(
        child=serializers.IntegerField(allow_null=True, min_value=0, max_value=20)
    )
    family_scores = serializers.DictField(
        child=serializers.IntegerField(allow_null=True, min_value=0, max_value=20),
        required=False,
    )
    note = serializers.CharField(required=False, allow_blank=True, max_length=5000)


class AssessmentCreateView(APIView):
    """Record an assessment of a household (member null) or one of its members."""

    permission_classes = [permissions.IsAuthenticated, DoesCasework]

    @extend_schema(request=AssessmentSerializer, responses={201: dict})
    def post(self, request: Request) -> Response:
        serializer = AssessmentSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        data = serializer.validated_data
        household = household_selectors.get_household_for(
            user=request.user, household_id=data["household"], channel="api"
        )
        instrument = selectors.get_instrument(data["instrument"])
        if instrument is None:
            raise serializers.ValidationError({"instrument": ["Unknown instrument."]})
        member = None
        if data.get("member") is not None:
            # The same answer for another family's member and one that does not exist.
            member = household.members.filter(pk=data["member"]).first()
            if member is None:
                raise serializers.ValidationError({"member": ["Not a member of this household."]})
        try:
            assessment = services.record_assessment(
                user=request.user,
                household=household,
                instrument=instrument,
                assessed_on=data["date"],
                member=member,
                scores=data["scores"],
                family_scores=data.get("family_scores") or {},
                note=data.get("note", ""),
                channel="api",
            )
        except DjangoValidationError as error:
            raise serializers.ValidationError(
                error.message_dict if hasattr(error, "error_dict") else error.messages
            ) from error
        return Response(
            {
                "id": assessment.pk,
                "household": household.pk,
                "member": member.pk if member else None,
                "instrument": instrument.code,
                "date": assessment.assessed_on.isoformat(),
                "scores": {
                    s.domain.code: s.level for s in assessment.scores.select_related("domain")
                },
            },
            status=201,
        )


class ChangeView(APIView):
    """Per domain code: n, up, same, down, mean_change and wilcoxon_p over the T0/T1 pairs
    of your teams (team leads) or your municipality (policy: counts of 1 to 4 hidden)."""

    permission_classes = [permissions.IsAuthenticated]

    @extend_schema(
        parameters=[
            OpenApiParameter("instrument", str, required=False, default="zrm2017"),
            OpenApiParameter("team", int, required=False),
        ],
        responses={200: dict},
    )
    def get(self, request: Request) -> Response:
        if not selectors.can_see_figures(request.user):
            raise PermissionDenied
        # Without ?instrument=, the ZRM 2017.
        instrument = selectors.get_instrument(request.query_params.get("instrument", "zrm2017"))
        if instrument is None:
            raise serializers.ValidationError({"instrument": ["Unknown instrument."]})
        team = request.query_params.get("team")
        team_id = None
        if team:
            team_id = parse_id(team)
            if team_id is None:
                raise serializers.ValidationError({"team": ["Not a team id."]})
        figures = selectors.change_figures(
            user=request.user, instrument=instrument, team_id=team_id
        )
        return Response(selectors.change_as_json(figures))
