from django.contrib import admin

from radar.core.models import AuditEntry, JobRun


@admin.register(AuditEntry)
class AuditEntryAdmin(admin.ModelAdmin):
    """Read-only: administrators read the trail, nobody edits it."""

    list_display = ("at", "username", "action", "object_type", "household_id", "purpose", "channel")
    list_filter = ("action", "channel", "object_type")
    search_fields = ("username", "purpose", "=household_id")
    date_hierarchy = "at"

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(JobRun)
class JobRunAdmin(admin.ModelAdmin):
    """Read-only: the background jobs (radar.core.jobs) and how they ended."""

    list_display = ("queued_at", "kind", "scope", "state", "done", "total", "started_by")
    list_filter = ("state", "kind", "channel")
    date_hierarchy = "queued_at"

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False
