"""`radar demo`: a fictional municipality to try Radar; `--households N` for benchmarks."""

import time

from django.core.management.base import BaseCommand, CommandError

from radar.accounts.models import Role
from radar.demo import families as demo


class Command(BaseCommand):
    help = (
        f"Create the fictional '{demo.MUNICIPALITY_NAME}' with two teams, seven users "
        f"(password '{demo.PASSWORD}') and about 60 families. Does nothing when it exists. "
        "With --households N, also add N households in bulk (for benchmarks), every time."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--households",
            type=int,
            default=0,
            metavar="N",
            help="Also add N generated households in bulk, with ~10 contacts each.",
        )
        parser.add_argument(
            "--seed", type=int, default=2024, help="Random seed (the data is deterministic)."
        )
        parser.add_argument(
            "--batch-size",
            type=int,
            default=5000,
            help="Households per transaction and rows per INSERT in bulk mode.",
        )

    def handle(self, *args, households: int, seed: int, batch_size: int, **options):
        if households < 0 or batch_size < 1:
            raise CommandError("--households must be >= 0 and --batch-size >= 1.")
        started = time.monotonic()
        if demo.demo_exists():
            self.stdout.write(f"The demo municipality '{demo.MUNICIPALITY_NAME}' already exists.")
            if not households:
                self.stdout.write("Nothing created.")
        else:
            try:
                counts = demo.create_small_demo(seed=seed)
            except demo.DemoConflict as error:
                raise CommandError(str(error)) from error
            self.stdout.write(
                self.style.SUCCESS(
                    f"Created '{demo.MUNICIPALITY_NAME}': "
                    + ", ".join(f"{n} {what}" for what, n in counts.items())
                    + f" ({time.monotonic() - started:.1f} s)."
                )
            )
        if households:
            bulk_started = time.monotonic()
            self.stdout.write(f"Adding {households:,} households in bulk ...")
            totals = demo.create_bulk_households(
                households, seed=seed, batch_size=batch_size, progress=self.stdout.write
            )
            elapsed = time.monotonic() - bulk_started
            self.stdout.write(
                self.style.SUCCESS(
                    "Bulk: "
                    + ", ".join(f"{n:,} {what}" for what, n in totals.items())
                    + f" in {elapsed:.1f} s."
                )
            )
        self._print_logins()
        self.stdout.write(f"Time taken: {time.monotonic() - started:.1f} s.")

    def _print_logins(self):
        rows = [
            (username, str(Role(role).label), team or organisation or "-")
            for username, _first, _last, role, team, _language, organisation in demo.USERS
        ]
        self.stdout.write("")
        self.stdout.write("Demo logins:")
        header = ("username", "role", "team / organisation", "password")
        widths = [max(len(header[i]), *(len(row[i]) for row in rows)) for i in range(3)] + [
            len(demo.PASSWORD)
        ]
        line = "  ".join(f"{{:<{w}}}" for w in widths)
        self.stdout.write(("  " + line.format(*header)).rstrip())
        self.stdout.write("  " + line.format(*("-" * w for w in widths)))
        for row in rows:
            self.stdout.write("  " + line.format(*row, demo.PASSWORD))
        self.stdout.write("")
