from django.contrib import admin
from django.contrib.auth.admin import UserAdmin as BaseUserAdmin
from django.utils.translation import gettext_lazy as _

from radar.accounts.models import Municipality, Team, User


@admin.register(Municipality)
class MunicipalityAdmin(admin.ModelAdmin):
    list_display = ("name", "nis_code", "losing_contact_days")


@admin.register(Team)
class TeamAdmin(admin.ModelAdmin):
    list_display = ("name", "municipality")
    list_filter = ("municipality",)


@admin.register(User)
class UserAdmin(BaseUserAdmin):
    list_display = ("username", "first_name", "last_name", "role", "is_active")
    list_filter = ("role", "teams", "is_active")
    fieldsets = (
        *BaseUserAdmin.fieldsets,
        (
            _("Radar"),
            {"fields": ("role", "teams", "organisation", "organisation_name", "language")},
        ),
    )
    filter_horizontal = ("teams", "groups", "user_permissions")
    autocomplete_fields = ("organisation",)
