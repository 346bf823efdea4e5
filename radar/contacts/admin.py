from django.contrib import admin

from radar.contacts.models import ContactType
from radar.households.admin import ConfigurableListAdmin

admin.site.register(ContactType, ConfigurableListAdmin)
