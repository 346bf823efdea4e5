from django.db import migrations

from radar.core import defaults


def load_defaults(apps, schema_editor):
    defaults.load(apps.get_model("households", "Channel"), defaults.CHANNELS)
    defaults.load(apps.get_model("households", "LifeDomain"), defaults.LIFE_DOMAINS)


class Migration(migrations.Migration):
    dependencies = [("households", "0001_initial")]
    operations = [migrations.RunPython(load_defaults, migrations.RunPython.noop)]
