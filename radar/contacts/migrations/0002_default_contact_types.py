from django.db import migrations

from radar.core import defaults


def load_defaults(apps, schema_editor):
    defaults.load(apps.get_model("contacts", "ContactType"), defaults.CONTACT_TYPES)


class Migration(migrations.Migration):
    dependencies = [("contacts", "0001_initial")]
    operations = [migrations.RunPython(load_defaults, migrations.RunPython.noop)]
