"""POST /api/rights/check: the rights of the household described in the body (exchange format)."""

from drf_spectacular.utils import OpenApiTypes, extend_schema
from rest_framework import permissions, status
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from radar.rights.engine import evaluate
from radar.rights.exchange import InvalidSituation


class RightsCheckView(APIView):
    """Same input and output as `radar rights check`; 400 with `{path: [messages]}`."""

    permission_classes = [permissions.IsAuthenticated]

    @extend_schema(request=OpenApiTypes.OBJECT, responses=OpenApiTypes.OBJECT)
    def post(self, request: Request) -> Response:
        try:
            result = evaluate(request.data)
        except InvalidSituation as invalid:
            return Response(invalid.errors, status=status.HTTP_400_BAD_REQUEST)
        return Response(result)
