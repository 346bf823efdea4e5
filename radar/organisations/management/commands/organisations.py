"""`radar organisations import FILE.csv` and `radar organisations export [--output FILE.csv]`.

The columns are documented in docs/social-map.md.
"""

import io
import sys

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.utils import translation

from radar.accounts.models import User
from radar.organisations import services, social_map_csv
from radar.organisations.models import Organisation

USAGE_ERROR = 2
INVALID_FILE = 1


class Command(BaseCommand):
    help = "Import or export the social map as CSV (columns: docs/social-map.md)."

    def add_arguments(self, parser: CommandParser) -> None:
        subcommands = parser.add_subparsers(dest="subcommand", required=True)
        load = subcommands.add_parser(
            "import",
            help="Add and update organisations, services and contact persons from FILE. "
            "Every row is checked first: one bad row and nothing is imported.",
        )
        load.add_argument("file", metavar="FILE.csv", help="the CSV file; - for stdin")
        load.add_argument(
            "--dry-run", action="store_true", help="only check the file and count, write nothing"
        )
        load.add_argument("--user", help="the administrator's username, for the audit log")
        load.add_argument(
            "--language", default=None, help="language of the error messages (nl, fr, en)"
        )
        dump = subcommands.add_parser("export", help="Write the whole social map as CSV.")
        dump.add_argument("--output", help="file to write (default: standard output)")

    def handle(self, *args, subcommand: str, **options) -> None:
        if subcommand == "export":
            return self._export(options["output"])
        with translation.override(options["language"] or translation.get_language()):
            return self._import(options["file"], options["dry_run"], options["user"])

    def _import(self, file: str, dry_run: bool, username: str | None) -> None:
        user = None
        if username:
            user = User.objects.filter(username=username, is_active=True).first()
            if user is None or not user.is_administrator:
                raise CommandError(
                    f"no active administrator named {username!r}", returncode=USAGE_ERROR
                )
        try:
            if file == "-":
                data = sys.stdin.buffer.read()
            else:
                with open(file, "rb") as handle:
                    data = handle.read()
        except OSError as error:
            raise CommandError(f"{file}: {error.strerror}", returncode=USAGE_ERROR) from error
        try:
            result = services.import_social_map(
                user=user, data=data, channel="cli", dry_run=dry_run, progress=Progress(self.stderr)
            )
        except social_map_csv.SocialMapFileInvalid as invalid:
            for error in invalid.errors:
                self.stderr.write(f"{file}: {error}")
            raise CommandError(
                f"{file}: {len(invalid.errors)} error(s), nothing imported",
                returncode=INVALID_FILE,
            ) from invalid
        verb = "would be" if dry_run else "were"
        for name, counts in result.as_dict().items():
            self.stdout.write(
                f"{name.replace('_', ' ')}: {counts['created']} new, {counts['updated']} changed, "
                f"{counts['unchanged']} unchanged"
            )
        self.stdout.write(f"(dry run: nothing {verb} written)" if dry_run else "imported")

    def _export(self, output: str | None) -> None:
        organisations = Organisation.objects.select_related("municipality").prefetch_related(
            "services__life_domains", "contact_persons"
        )
        if output:
            with open(output, "w", newline="", encoding="utf-8") as out:
                count = social_map_csv.write_social_map(out, organisations)
        else:
            buffer = io.StringIO()
            count = social_map_csv.write_social_map(buffer, organisations)
            self.stdout.write(buffer.getvalue(), ending="")
        self.stderr.write(f"{count} organisations exported")


class Progress:
    """How far the import is, on standard error: a bar rewritten in place on a terminal, a
    line per tenth otherwise (logs, pipes)."""

    WHAT = {"check": "checking rows", "write": "writing organisations"}
    WIDTH = 30

    def __init__(self, stream) -> None:
        self.stream = stream
        self.is_terminal = stream.isatty()
        self.shown: dict[str, int] = {}

    def __call__(self, phase: str, done: int, total: int) -> None:
        total = max(total, done, 1)
        finished = done >= total
        text = f"{self.WHAT.get(phase, phase)}: {done:,}/{total:,}"
        if self.is_terminal:
            filled = self.WIDTH * done // total
            bar = "#" * filled + "-" * (self.WIDTH - filled)
            # style_func=str: plain text, not in the red that standard error gets.
            self.stream.write(f"\r[{bar}] {text}", style_func=str, ending="\n" if finished else "")
            self.stream.flush()
            return
        tenth = 10 * done // total
        if tenth > self.shown.get(phase, 0) or (finished and phase not in self.shown):
            self.shown[phase] = tenth
            self.stream.write(text, style_func=str)
