"""`radar aid figures --year 2019 --municipality NAME [--format json|text]`,
`radar aid expire` and `radar aid redemptions FILE.csv --municipality NAME [--dry-run]`.

The figures are the municipality's exact counts (an operator's command, like `radar
rights`); pages and the API publish them through radar.figures with small counts hidden.
"""

import json

from django.core.management.base import BaseCommand, CommandError, CommandParser

from radar.accounts.models import Municipality
from radar.aid import selectors, services

USAGE_ERROR = 2
INVALID_FILE = 1


class Command(BaseCommand):
    help = "Material aid: yearly figures, expiring vouchers, importing redemptions."

    def add_arguments(self, parser: CommandParser) -> None:
        sub = parser.add_subparsers(dest="subcommand", required=True)
        figures = sub.add_parser("figures", help="Aid per type for one year and municipality.")
        figures.add_argument("--year", type=int, required=True)
        figures.add_argument("--municipality", required=True, help="the municipality's name")
        figures.add_argument("--format", choices=["json", "text"], default="text")
        figures.add_argument(
            "--children", action="store_true", help="also count the children named on the aid"
        )
        sub.add_parser("expire", help="Mark issued vouchers past their end date as expired.")
        redemptions = sub.add_parser(
            "redemptions", help="Redeem the vouchers of a shop's or pharmacy's list (CSV)."
        )
        redemptions.add_argument("file", metavar="FILE.csv")
        redemptions.add_argument("--municipality", required=True)
        redemptions.add_argument("--dry-run", action="store_true")

    def handle(self, *args, subcommand: str, **options) -> None:
        if subcommand == "expire":
            count = services.expire_vouchers()
            self.stdout.write(f"{count} voucher(s) expired")
            return
        municipality = _municipality(options["municipality"])
        if subcommand == "figures":
            return self._figures(
                municipality, options["year"], options["format"], options["children"]
            )
        return self._redemptions(municipality, options["file"], options["dry_run"])

    def _figures(self, municipality, year: int, fmt: str, children: bool) -> None:
        if not 2000 <= year <= 2100:
            raise CommandError("--year lies between 2000 and 2100", returncode=USAGE_ERROR)
        counts = selectors.aid_counts(municipality=municipality, year=year)
        aid = {}
        for code, row in counts.items():
            aid[code] = {
                "count": row["count"],
                "amount": selectors.euros(row["amount_cents"]),
                "households": row["households"],
                **({"children": row["children"]} if children else {}),
            }
        if fmt == "json":
            self.stdout.write(
                json.dumps({"year": year, "municipality": municipality.name, "aid": aid})
            )
            return
        self.stdout.write(f"{municipality.name} {year}")
        for code, row in aid.items():
            self.stdout.write(
                f"{code}: {row['count']} for EUR {row['amount']}, {row['households']} families"
            )

    def _redemptions(self, municipality, file: str, dry_run: bool) -> None:
        try:
            with open(file, "rb") as handle:
                data = handle.read()
        except OSError as error:
            raise CommandError(f"{file}: {error.strerror}", returncode=USAGE_ERROR) from error
        try:
            count = services.import_redemptions(
                user=None, municipality=municipality, data=data, dry_run=dry_run
            )
        except services.RedemptionFileInvalid as invalid:
            for error in invalid.errors:
                self.stderr.write(f"{file}: {error}")
            raise CommandError(
                f"{file}: {len(invalid.errors)} error(s), nothing redeemed", returncode=INVALID_FILE
            ) from invalid
        self.stdout.write(f"{count} voucher(s) {'would be ' if dry_run else ''}redeemed")


def _municipality(name: str) -> Municipality:
    municipality = Municipality.objects.filter(name__iexact=name.strip()).first()
    if municipality is None:
        raise CommandError(f"no municipality named {name!r}", returncode=USAGE_ERROR)
    return municipality
