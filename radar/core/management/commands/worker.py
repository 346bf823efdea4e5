"""`radar worker`: run background jobs (radar.core.jobs) from the database queue.

django-tasks-db's worker (`db_worker`) under Radar's name. Start one or more on any machine
that reaches the database: on PostgreSQL each worker locks the task it takes (SELECT … FOR
UPDATE SKIP LOCKED), so several workers share one queue; on SQLite they take turns. Stop it
with Ctrl+C or SIGTERM: it finishes the job at hand first (twice: it stops at once).
`--batch` runs what is queued and exits; see `radar worker --help` for the rest.
"""

from argparse import ArgumentParser

from django_tasks_db.management.commands.db_worker import Command as DatabaseWorker


class Command(DatabaseWorker):
    help = "Run Radar's background jobs (screening, imports …) from the database queue."

    def add_arguments(self, parser: ArgumentParser) -> None:
        super().add_arguments(parser)
        # Never reload by itself (db_worker does in DEBUG): a reload kills the job at hand.
        parser.set_defaults(reload=False)
