from django.db import migrations


def load_catalogue(apps, schema_editor):
    from radar.aid import defaults

    AidType = apps.get_model("aid", "AidType")
    Municipality = apps.get_model("accounts", "Municipality")
    for municipality in Municipality.objects.all():
        defaults.load(AidType, municipality)


class Migration(migrations.Migration):
    dependencies = [("aid", "0001_initial")]

    operations = [migrations.RunPython(load_catalogue, migrations.RunPython.noop)]
