"""REST endpoints for material aid (thin): a household's aid
(/api/households/<id>/aid/, through the household access layer), and the yearly figures
and budget lines (/api/aid/figures/, /api/aid/budget/: team leads and policy, scoped and
suppressed by radar.figures)."""

from django.core.exceptions import ValidationError as DjangoValidationError
from django.utils import timezone
from drf_spectacular.utils import OpenApiParameter, extend_schema, inline_serializer
from rest_framework import permissions, serializers, viewsets
from rest_framework.decorators import action
from rest_framework.exceptions import NotFound, PermissionDenied
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from radar.accounts.models import Municipality
from radar.aid import selectors, services
from radar.aid.models import AidGiven, AidType
from radar.core.api import RefuseUnknownFieldsMixin
from radar.figures.scope import municipalities_for
from radar.households import selectors as household_selectors
from radar.households.api import DoesCasework
from radar.households.models import Household, Member


class AidSerializer(RefuseUnknownFieldsMixin, serializers.ModelSerializer):
    aid_type = serializers.SlugRelatedField(slug_field="code", queryset=AidType.objects.none())
    member = serializers.PrimaryKeyRelatedField(
        queryset=Member.objects.none(), required=False, allow_null=True
    )
    amount_cents = serializers.IntegerField(required=False, min_value=0, max_value=10**12)
    count = serializers.IntegerField(required=False, min_value=1, max_value=100_000)
    given_by = serializers.SlugRelatedField(slug_field="username", read_only=True)
    voucher = serializers.SerializerMethodField()

    class Meta:
        model = AidGiven
        fields = ["id", "aid_type", "given_on", "count", "amount_cents", "member", "note",
                  "given_by", "voucher"]  # fmt: skip
        read_only_fields = ["id", "given_by", "voucher"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        household = self.context.get("household")
        if household is not None:
            self.fields["aid_type"].queryset = selectors.catalogue_for(
                services.municipality_of(household)
            )
            self.fields["member"].queryset = household.members.all()

    def get_voucher(self, aid: AidGiven) -> dict | None:
        voucher = getattr(aid, "voucher", None)
        if voucher is None:
            return None
        return {"number": voucher.number, "status": voucher.status,
                "value_cents": voucher.value_cents, "valid_until": voucher.valid_until}  # fmt: skip


class HouseholdAidViewSet(viewsets.GenericViewSet):
    """Households of the user's team(s). Every detail read is in the audit log."""

    permission_classes = [permissions.IsAuthenticated, DoesCasework]
    queryset = Household.objects.none()
    serializer_class = AidSerializer

    @extend_schema(responses=AidSerializer(many=True))
    @action(detail=True, methods=["get", "post"])
    def aid(self, request: Request, pk=None) -> Response:
        household = household_selectors.get_household_for(
            user=request.user, household_id=pk, channel="api"
        )
        if request.method == "POST":
            serializer = AidSerializer(data=request.data, context={"household": household})
            serializer.is_valid(raise_exception=True)
            try:
                aid = services.give_aid(
                    user=request.user,
                    recipient=services.recipient_for_household(household=household),
                    **serializer.validated_data,
                )
            except DjangoValidationError as error:
                raise serializers.ValidationError(
                    error.message_dict if hasattr(error, "error_dict") else error.messages
                ) from error
            return Response(AidSerializer(aid).data, status=201)
        page = self.paginate_queryset(selectors.aid_of(household))
        return self.get_paginated_response(AidSerializer(page, many=True).data)


class SeesFigures(permissions.BasePermission):
    """Team leads (their teams' municipality) and policy users."""

    def has_permission(self, request, view):
        user = request.user
        return bool(
            user
            and user.is_authenticated
            and ((user.does_casework and user.is_team_lead) or user.role == "policy")
        )


def _year(request: Request) -> int:
    try:
        year = int(request.query_params.get("year") or timezone.localdate().year)
    except ValueError as error:
        raise serializers.ValidationError({"year": "A year such as 2019."}) from error
    if not 2000 <= year <= 2100:
        raise serializers.ValidationError({"year": "A year between 2000 and 2100."})
    return year


YEAR = OpenApiParameter("year", int, description="the year (default: this year)")


class AidFiguresView(APIView):
    """Aid per type for one year and municipality: count, amount (euro, a decimal string),
    households and children; small counts hidden for policy users (radar.figures)."""

    permission_classes = [permissions.IsAuthenticated, SeesFigures]

    @extend_schema(
        parameters=[YEAR, OpenApiParameter("municipality", int, description="its id")],
        responses=dict,
    )
    def get(self, request: Request) -> Response:
        year = _year(request)
        municipality_id = request.query_params.get("municipality")
        if municipality_id is None:
            first = municipalities_for(request.user).first()
            if first is None:
                raise PermissionDenied
            municipality_id = first.pk
        try:
            return Response(
                selectors.figures_for(user=request.user, municipality_id=municipality_id, year=year)
            )
        except (ValueError, TypeError, Municipality.DoesNotExist) as error:
            raise NotFound from error


# The answer of BudgetView: a list of BudgetStatus.as_dict() (money as decimal strings).
BUDGET_LINES = inline_serializer(
    "AidBudgetLine",
    fields={
        "year": serializers.IntegerField(),
        "code": serializers.CharField(),
        "name": serializers.CharField(),
        "measure": serializers.CharField(allow_blank=True),
        "budget": serializers.CharField(),
        "committed": serializers.CharField(),
        "spent": serializers.CharField(),
        "remaining": serializers.CharField(),
        "is_running_out": serializers.BooleanField(),
    },
    many=True,
)


class BudgetView(APIView):
    """The budget lines of the user's municipalities for one year: budget, committed,
    spent and remaining in euro (decimal strings), and whether each is running out."""

    permission_classes = [permissions.IsAuthenticated, SeesFigures]

    @extend_schema(parameters=[YEAR], responses=BUDGET_LINES)
    def get(self, request: Request) -> Response:
        lines = selectors.budget_lines_for(user=request.user, year=_year(request))
        return Response([status.as_dict() for status in lines])
