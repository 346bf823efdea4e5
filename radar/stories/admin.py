from django.contrib import admin

from radar.households.admin import ConfigurableListAdmin
from radar.stories.models import ChangeDomain

admin.site.register(ChangeDomain, ConfigurableListAdmin)
