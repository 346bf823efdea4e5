import io

from django.core.management.base import BaseCommand, CommandError

from radar.accounts.models import User
from radar.households import exports
from radar.households.models import Status


class Command(BaseCommand):
    help = (
        "Write the households a user may see as CSV (to stdout or --output). "
        "Goes through the same access layer as the pages, and is audited."
    )

    def add_arguments(self, parser):
        parser.add_argument("--user", required=True, help="the username whose caseload to export")
        parser.add_argument("--query", default="", help="search text, as on the households page")
        parser.add_argument("--status", default="", choices=["", *Status.values])
        parser.add_argument(
            "--mine", action="store_true", help="only households assigned to the user"
        )
        parser.add_argument("--output", help="file to write (default: standard output)")

    def handle(self, *args, user, query, status, mine, output, **options):
        try:
            account = User.objects.get(username=user, is_active=True)
        except User.DoesNotExist as error:
            raise CommandError(f"no active user named {user!r}") from error
        if not account.does_casework:
            raise CommandError(f"{user!r} has a role that sees no named family")
        if output:
            with open(output, "w", newline="", encoding="utf-8") as out:
                count = exports.write_households_csv(
                    out, user=account, query=query, status=status, mine=mine, channel="cli"
                )
        else:
            buffer = io.StringIO()
            count = exports.write_households_csv(
                buffer, user=account, query=query, status=status, mine=mine, channel="cli"
            )
            self.stdout.write(buffer.getvalue(), ending="")
        self.stderr.write(f"{count} households exported")
