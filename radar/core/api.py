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
