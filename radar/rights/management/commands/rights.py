"""`radar rights check FILE.json [--date YYYY-MM-DD]`: the rights of one household as JSON."""

import datetime
import json

from django.core.management.base import BaseCommand, CommandError, CommandParser

from radar.core import safejson
from radar.rights import cli
from radar.rights.engine import evaluate
from radar.rights.exchange import InvalidSituation, error

USAGE_ERROR = 2


class Command(BaseCommand):
    help = "Check which rights a household has, from a situation in the exchange format."

    def add_arguments(self, parser: CommandParser) -> None:
        subcommands = parser.add_subparsers(dest="subcommand", required=True)
        check = subcommands.add_parser(
            "check", help="Print the rights of the household described in FILE (JSON)."
        )
        check.add_argument(
            "file", metavar="FILE.json", help="situation in the exchange format; - for stdin"
        )
        check.add_argument(
            "--date", type=_date, help="reference date YYYY-MM-DD (default: the file's, or today)"
        )
        cli.add_subcommands(subcommands, _date)

    def handle(self, *args, subcommand: str, file: str = "", date=None, **options) -> None:
        if subcommand == "screen":
            return cli.screen(
                self,
                team=options["team"],
                municipality=options["municipality"],
                date=date,
                chunk=options["chunk"],
            )
        if subcommand == "possible":
            return cli.possible(self, username=options["user"], team_wide=options["team_wide"])
        situation = _read_json(file)
        try:
            result = evaluate(situation, reference_date=date)
        except InvalidSituation as invalid:
            lines = [f"{path}: {' '.join(messages)}" for path, messages in invalid.errors.items()]
            raise CommandError(
                "The situation is not valid:\n  " + "\n  ".join(lines), returncode=USAGE_ERROR
            ) from invalid
        self.stdout.write(json.dumps(result, indent=2, ensure_ascii=False))


def _date(value: str) -> datetime.date:
    try:
        return datetime.date.fromisoformat(value)
    except ValueError as exc:
        raise CommandError(f"--date: {error('not_a_date')}", returncode=USAGE_ERROR) from exc


def _read_json(file: str):
    """The document in FILE (- for stdin); CommandError with exit code 2 when it cannot be
    read, is not UTF-8, is not JSON or nests too deeply."""
    import sys

    try:
        if file == "-":
            raw = sys.stdin.buffer.read()
        else:
            with open(file, "rb") as handle:
                raw = handle.read()
    except OSError as exc:
        raise CommandError(f"{file}: {exc.strerror}", returncode=USAGE_ERROR) from exc
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise CommandError(
            f"{file}: {error('not_utf8', position=exc.start)}", returncode=USAGE_ERROR
        ) from exc
    try:
        return safejson.loads(text)
    except json.JSONDecodeError as exc:
        raise CommandError(
            f"{file}: {error('invalid_json', detail=exc)}", returncode=USAGE_ERROR
        ) from exc
    except safejson.TooDeep as exc:
        raise CommandError(
            f"{file}: {error('too_deep', depth=safejson.MAX_DEPTH)}", returncode=USAGE_ERROR
        ) from exc
