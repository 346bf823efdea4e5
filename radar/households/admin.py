from django.contrib import admin

from radar.households.models import Channel, LifeDomain

# Households themselves are not in the admin: every read of a dossier goes through
# radar.households.selectors, which checks the caseload and writes the audit log.


@admin.register(Channel, LifeDomain)
class ConfigurableListAdmin(admin.ModelAdmin):
    list_display = ("code", "name_nl", "name_fr", "name_en", "position", "is_active")
    list_editable = ("position", "is_active")
    search_fields = ("code", "name_nl", "name_fr", "name_en")
