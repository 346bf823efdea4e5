"""The commissions and their members are configuration: the administrator keeps them here.
Candidacies and tenancies name families and are not in the admin (like households)."""

from django.contrib import admin

from radar.housing_first.models import Commission, CommissionMember


class MemberInline(admin.TabularInline):
    model = CommissionMember
    fields = ["name", "organisation", "organisation_kind", "is_active"]
    extra = 1


@admin.register(Commission)
class CommissionAdmin(admin.ModelAdmin):
    list_display = ["name", "team", "language"]
    list_filter = ["team__municipality"]
    inlines = [MemberInline]
