"""Shared pieces of the REST API (DRF)."""

from collections.abc import Mapping

from django.utils import timezone
from django.utils.translation import gettext as _
from rest_framework import serializers


class RefuseUnknownFieldsMixin(serializers.Serializer):
    """Answer 400 for input fields the serializer does not take, instead of dropping them.

    DRF ignores unknown and read-only fields: a typo (`occured_at`) or a field the client
    believes it sets (`worker`) would be lost with a 201. Every serializer that accepts
    input mixes this in first: `class ContactSerializer(RefuseUnknownFieldsMixin,
    serializers.ModelSerializer)`. The errors come with those of the known fields.
    """

    def to_internal_value(self, data):
        refused: dict[str, list[str]] = {}
        if isinstance(data, Mapping):
            for name in data:
                field = self.fields.get(name)
                if field is None:
                    refused[name] = [_("Unknown field: Radar does not accept it here.")]
                elif field.read_only:
                    refused[name] = [_("This field is read-only: Radar sets it.")]
        try:
            value = super().to_internal_value(data)
        except serializers.ValidationError as invalid:
            if refused and isinstance(invalid.detail, dict):
                invalid.detail.update(serializers.ValidationError(refused).detail)
            raise
        if refused:
            raise serializers.ValidationError(refused)
        return value


class DateTimeField(serializers.DateTimeField):
    """DRF's, without the 500 on a year it cannot convert to another time zone.

    Year 1 in Brussels time (local mean time, +00:17:30) overflows in DRF's checks. Such a
    value is kept as typed; the model's window (radar.core.validators) then refuses it
    with the same message as the page form.
    """

    def enforce_timezone(self, value):
        if not 1 < value.year < 9999:
            if timezone.is_aware(value):
                return value
            return value.replace(tzinfo=self.default_timezone())
        return super().enforce_timezone(value)


# -- The schema's error answers -------------------------------------------------------------

ERROR_SCHEMA = {
    "type": "object",
    "description": "Why the request was refused, in the user's language.",
    "properties": {"detail": {"type": "string"}},
    "required": ["detail"],
}
VALIDATION_ERROR_SCHEMA = {
    "description": (
        "What is not valid: an object with a list of messages per field (`non_field_errors` "
        "for the whole), or a list of messages."
    ),
    "oneOf": [
        {"type": "object", "additionalProperties": True},
        {"type": "array", "items": {"type": "string"}},
    ],
}
ERROR_RESPONSES = {
    "400": ("The input is not valid; nothing was saved.", "ValidationError"),
    "401": ("Not logged in, or the token is not valid.", "Error"),
    "403": ("Your role may not do this.", "Error"),
    "404": (
        "Not found, or not in your caseload (the same answer): also a page past the last.",
        "Error",
    ),  # fmt: skip
}


def document_error_responses(result, generator, request, public):
    """drf-spectacular postprocessing hook: document the refusals every endpoint can give.

    Every operation answers 400 (bad input or query), 401, 403 and 404 with a JSON body, and
    415 when it takes a body;
    the schema says so, so a client (and the schemathesis run in radar/core/tests/
    test_fuzz_api.py) can rely on every status code and body being documented. Responses
    an endpoint documents itself keep their description; a body is added where none is.
    """
    schemas = result.setdefault("components", {}).setdefault("schemas", {})
    schemas.setdefault("Error", ERROR_SCHEMA)
    schemas.setdefault("ValidationError", VALIDATION_ERROR_SCHEMA)
    for operations in result.get("paths", {}).values():
        for operation in operations.values():
            responses = operation.setdefault("responses", {})
            codes = dict(ERROR_RESPONSES)
            if "requestBody" in operation:
                codes["415"] = ("The body is not JSON, a form or multipart as listed.", "Error")
            for code, (description, component) in codes.items():
                response = responses.setdefault(code, {"description": description})
                response.setdefault(
                    "content",
                    {"application/json": {"schema": {"$ref": f"#/components/schemas/{component}"}}},
                )
    return result
