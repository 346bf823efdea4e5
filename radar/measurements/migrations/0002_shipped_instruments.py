"""The structure of the shipped instruments (radar/measurements/instruments.py): the ZRM
2017's 13 domains and 5 levels, and the participatieladder's 6 rungs. No criteria texts."""

from django.db import migrations

from radar.measurements.instruments import load_shipped


def load(apps, schema_editor):
    load_shipped(
        apps.get_model("measurements", "Instrument"),
        apps.get_model("measurements", "Level"),
        apps.get_model("measurements", "Domain"),
    )


class Migration(migrations.Migration):
    dependencies = [("measurements", "0001_initial")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
