"""The Huis van het Kind channel gets a name in English and French (issue 15), where the
administrator left the old untranslated default."""

from django.db import migrations

OLD = {"name_en": "Huis van het Kind", "name_fr": "Maison de l'Enfant"}
NEW = {"name_en": "Family centre (Huis van het Kind)", "name_fr": "Maison de l'Enfant (Huis van het Kind)"}


def rename(apps, schema_editor):
    Channel = apps.get_model("households", "Channel")
    for field, old in OLD.items():
        Channel.objects.filter(code="huis_van_het_kind", **{field: old}).update(**{field: NEW[field]})


class Migration(migrations.Migration):
    dependencies = [("households", "0008_member_need_version_and_removal")]
    operations = [migrations.RunPython(rename, migrations.RunPython.noop)]
