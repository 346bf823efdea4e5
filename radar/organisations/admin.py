from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from radar.organisations.models import ContactPerson, Organisation, Service

# Administrators configure the social map here (one organisation at a time) or load a CSV
# file on /organisations/import/ (radar.organisations.services.import_social_map).


class ServiceInline(admin.StackedInline):
    model = Service
    extra = 0
    fields = ("name", "description", "life_domains", "how_to_reach", "is_active")
    filter_horizontal = ("life_domains",)


class ContactPersonInline(admin.TabularInline):
    model = ContactPerson
    extra = 0
    fields = ("name", "role", "phone", "email", "is_active")


@admin.register(Organisation)
class OrganisationAdmin(admin.ModelAdmin):
    list_display = ("name", "kind", "municipality", "phone", "is_active")
    list_filter = ("kind", "municipality", "is_active")
    search_fields = ("name", "external_id", "services__name", "contact_persons__name")
    inlines = [ServiceInline, ContactPersonInline]
    fieldsets = (
        (None, {"fields": ("name", "kind", "municipality", "description", "is_active")}),
        (
            _("Contact"),
            {"fields": ("address", "phone", "email", "website", "opening_hours", "languages")},
        ),
        (_("Import"), {"fields": ("external_id",), "classes": ("collapse",)}),
    )

    def save_model(self, request, obj, form, change):
        if not change and obj.created_by_id is None:
            obj.created_by = request.user
        super().save_model(request, obj, form, change)


@admin.register(Service)
class ServiceAdmin(admin.ModelAdmin):
    list_display = ("name", "organisation", "is_active")
    list_filter = ("life_domains", "organisation__kind", "is_active")
    search_fields = ("name", "description", "organisation__name")
    filter_horizontal = ("life_domains",)
    autocomplete_fields = ("organisation",)


@admin.register(ContactPerson)
class ContactPersonAdmin(admin.ModelAdmin):
    list_display = ("name", "role", "organisation", "phone", "email", "is_active")
    list_filter = ("organisation__kind", "is_active")
    search_fields = ("name", "role", "organisation__name")
    autocomplete_fields = ("organisation",)
