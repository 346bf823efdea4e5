"""Indexes for counting a worker's families without reading the tables (ADR 0016).

* household_team_id_status: a team's households in id order with their status;
* household_assignment_user: a worker's assignments in household order (the auto-created
  table of Household.assigned_workers, so plain SQL, the same on SQLite and PostgreSQL).

Together they let PostgreSQL merge-join "my families" from two index-only scans.
"""

from django.db import migrations, models

ASSIGNMENTS = "households_household_assigned_workers"


class Migration(migrations.Migration):
    dependencies = [
        ("households", "0009_name_huis_van_het_kind"),
    ]

    operations = [
        migrations.AddIndex(
            model_name="household",
            index=models.Index(fields=["team", "id", "status"], name="household_team_id_status"),
        ),
        migrations.RunSQL(
            f'CREATE INDEX "household_assignment_user" ON "{ASSIGNMENTS}" ("user_id", "household_id")',
            'DROP INDEX "household_assignment_user"',
        ),
    ]
