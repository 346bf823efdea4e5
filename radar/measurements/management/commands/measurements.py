"""`radar measurements import-instrument FILE`: import the criteria texts of an instrument
(the file format: radar/measurements/instrument_file.py and docs/measurements.md).

One bad line and nothing is imported; every problem is printed with its line number.
"""

import sys

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.utils import translation

from radar.accounts.models import User
from radar.measurements import services
from radar.measurements.instrument_file import InstrumentFileInvalid

USAGE_ERROR = 2
INVALID_FILE = 1


class Command(BaseCommand):
    help = "Import the criteria texts of a measuring instrument from a CSV file."

    def add_arguments(self, parser: CommandParser) -> None:
        subcommands = parser.add_subparsers(dest="subcommand", required=True)
        load = subcommands.add_parser(
            "import-instrument",
            help="Add or replace the criteria of the cells in FILE (CSV: instrument, domain, "
            "level, language, text). One bad line and nothing is imported.",
        )
        load.add_argument("file", metavar="FILE.csv", help="the CSV file; - for stdin")
        load.add_argument("--user", help="the administrator's username, for the audit log")
        load.add_argument(
            "--language", default=None, help="language of the error messages (nl, fr, en)"
        )

    def handle(self, *args, subcommand: str, **options) -> None:
        with translation.override(options["language"] or translation.get_language()):
            self._import(options["file"], options["user"])

    def _import(self, file: str, username: str | None) -> None:
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
            result = services.import_criteria(user=user, data=data, channel="cli")
        except InstrumentFileInvalid as invalid:
            for error in invalid.errors:
                self.stderr.write(f"{file}: {error}")
            raise CommandError(
                f"{file}: {len(invalid.errors)} problem(s); nothing was imported",
                returncode=INVALID_FILE,
            ) from invalid
        self.stdout.write(
            f"{', '.join(result['instruments'])}: {result['created']} criteria added, "
            f"{result['updated']} replaced"
        )
