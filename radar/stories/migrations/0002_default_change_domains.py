from django.db import migrations

from radar.stories import defaults


def load(apps, schema_editor):
    defaults.load(apps.get_model("stories", "ChangeDomain"))


class Migration(migrations.Migration):
    dependencies = [("stories", "0001_initial")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
