"""Trigram indexes for the household search (PostgreSQL only; SQLite scans, which is fine
for an embedded installation). Used by households.selectors.list_households_for."""

from django.db import migrations

COLUMNS = [
    ("households_household", "name"),
    ("households_household", "street"),
    ("households_household", "neighbourhood"),
    ("households_member", "last_name"),
    ("households_member", "first_name"),
]


def create(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    for table, column in COLUMNS:
        schema_editor.execute(
            f'CREATE INDEX IF NOT EXISTS "{table}_{column}_trgm" '
            f'ON "{table}" USING gin (UPPER("{column}") gin_trgm_ops)'
        )


def drop(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for table, column in COLUMNS:
        schema_editor.execute(f'DROP INDEX IF EXISTS "{table}_{column}_trgm"')


class Migration(migrations.Migration):
    dependencies = [("households", "0005_search_and_dashboard_indexes")]
    operations = [migrations.RunPython(create, drop)]
