from django.contrib import admin

from radar.measurements.models import (
    Criterion,
    Domain,
    Instrument,
    Level,
    MeasurementSettings,
)


class LevelInline(admin.TabularInline):
    model = Level
    extra = 0


class DomainInline(admin.TabularInline):
    model = Domain
    extra = 0
    fields = [
        "position",
        "code",
        "professional_nl",
        "professional_fr",
        "professional_en",
        "plain_nl",
        "plain_fr",
        "plain_en",
    ]


@admin.register(Instrument)
class InstrumentAdmin(admin.ModelAdmin):
    """Shipped instruments keep their structure (domains and levels are read-only): a
    changed copy is a custom instrument (measurements.services.copy_as_custom)."""

    list_display = ["code", "name_nl", "version", "is_custom", "is_active"]
    inlines = [LevelInline, DomainInline]

    def get_readonly_fields(self, request, obj=None):
        if obj is not None and not obj.is_custom:
            return ["code", "is_custom", "subject"]
        return []

    def get_inlines(self, request, obj):
        return self.inlines

    def get_inline_instances(self, request, obj=None):
        instances = super().get_inline_instances(request, obj)
        if obj is not None and not obj.is_custom:
            for inline in instances:
                inline.has_add_permission = lambda *a, **k: False  # type: ignore[method-assign]
                inline.has_change_permission = lambda *a, **k: False  # type: ignore[method-assign]
                inline.has_delete_permission = lambda *a, **k: False  # type: ignore[method-assign]
        return instances


@admin.register(Criterion)
class CriterionAdmin(admin.ModelAdmin):
    list_display = ["domain", "level", "language"]
    list_filter = ["domain__instrument", "language"]


@admin.register(MeasurementSettings)
class MeasurementSettingsAdmin(admin.ModelAdmin):
    list_display = ["municipality", "t1_after_days"]
