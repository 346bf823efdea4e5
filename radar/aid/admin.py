from django.contrib import admin

from radar.aid.models import AidType, BudgetLine

# Administrators configure the aid catalogue and the budget lines here; aid given, vouchers
# and families are casework (personal data) and are not in the admin (ADR 0002).


@admin.register(AidType)
class AidTypeAdmin(admin.ModelAdmin):
    list_display = ("code", "name_nl", "name_fr", "name_en", "kind", "unit_amount_cents",
                    "budget_code", "municipality", "is_active")  # fmt: skip
    list_filter = ("municipality", "kind", "is_active")
    list_editable = ("is_active",)
    search_fields = ("code", "name_nl", "name_fr", "name_en")
    ordering = ("municipality", "position", "code")


@admin.register(BudgetLine)
class BudgetLineAdmin(admin.ModelAdmin):
    list_display = ("year", "code", "name", "measure", "budget_cents", "municipality")
    list_filter = ("municipality", "year")
    search_fields = ("code", "name", "measure")
    exclude = ("created_by",)
