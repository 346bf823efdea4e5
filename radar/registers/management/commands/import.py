"""`radar import registers FILE.xlsx --municipality NAME [--team NAME] --user USERNAME
[--dry-run] [--language nl|fr|en]`: the workbook is documented in docs/import.md."""

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.utils import translation

from radar.accounts.models import Municipality, Team, User
from radar.registers import services, workbook

USAGE_ERROR = 2
INVALID_FILE = 1


class Command(BaseCommand):
    help = "Import existing registers (docs/import.md). One bad row and nothing is imported."

    def add_arguments(self, parser: CommandParser) -> None:
        sub = parser.add_subparsers(dest="subcommand", required=True)
        registers = sub.add_parser("registers", help="households, intakes, aid and partners")
        registers.add_argument("file", metavar="FILE.xlsx")
        registers.add_argument("--municipality", required=True, help="the municipality's name")
        registers.add_argument("--team", help="the team of the families in outreach")
        registers.add_argument(
            "--user",
            required=True,
            help="the importing team lead or administrator (the records are attributed to them)",
        )
        registers.add_argument("--dry-run", action="store_true", help="check and count only")
        registers.add_argument("--language", default=None, help="nl, fr or en (messages)")
        sub.add_parser("template", help="write the empty template workbook to standard output")

    def handle(self, *args, subcommand: str, **options) -> None:
        if subcommand == "template":
            self.stdout.buffer.write(workbook.template_workbook())  # type: ignore[attr-defined]
            return
        user = User.objects.filter(username=options["user"], is_active=True).first()
        if user is None or not services.may_import(user):
            raise CommandError(
                f"no active team lead or administrator named {options['user']!r}",
                returncode=USAGE_ERROR,
            )
        municipality = Municipality.objects.filter(name__iexact=options["municipality"]).first()
        if municipality is None:
            raise CommandError(
                f"no municipality named {options['municipality']!r}", returncode=USAGE_ERROR
            )
        team = None
        if options["team"]:
            team = Team.objects.filter(
                municipality=municipality, name__iexact=options["team"]
            ).first()
            if team is None:
                raise CommandError(f"no team named {options['team']!r}", returncode=USAGE_ERROR)
        else:
            teams = list(services.teams_for_import(user, municipality))
            team = teams[0] if len(teams) == 1 else None
        file = options["file"]
        try:
            with open(file, "rb") as handle:
                data = handle.read()
        except OSError as error:
            raise CommandError(f"{file}: {error.strerror}", returncode=USAGE_ERROR) from error
        with translation.override(options["language"] or user.language):
            try:
                result = services.import_registers(
                    user=user,
                    data=data,
                    municipality=municipality,
                    team=team,
                    dry_run=options["dry_run"],
                    progress=lambda done, total: self.stderr.write(f"{done}/{total}"),
                )
            except services.ImportRefused as refused:
                raise CommandError(str(refused), returncode=USAGE_ERROR) from refused
            except workbook.RegisterFileInvalid as invalid:
                for error in invalid.errors:
                    self.stderr.write(f"{file}: {error}")
                raise CommandError(
                    f"{file}: {len(invalid.errors)} error(s), nothing imported",
                    returncode=INVALID_FILE,
                ) from invalid
        for kind, counts in result.as_dict().items():
            self.stdout.write(
                f"{kind.replace('_', ' ')}: {counts['created']} new, "
                f"{counts['unchanged']} already there"
            )
        self.stdout.write("(dry run: nothing written)" if options["dry_run"] else "imported")
