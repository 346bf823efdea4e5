"""The demo municipality's material aid: the default catalogue, this year's budget lines,
aid to some guided families and to a few families that only received aid, and vouchers in
every state, all through radar.aid.services."""

import random
from datetime import date, timedelta

from radar.accounts.models import Team, User
from radar.aid import services
from radar.aid.models import AidType
from radar.households.models import Household

BUDGETS = [
    ("kinderarmoede", "Kinderarmoedebestrijding", "POD MI kinderarmoede", 3_000_000),
    ("materiele_hulp", "Materiële hulp", "", 500_000),
    ("energie", "Energiepremies", "", 250_000),
]


def create_aid_demo(
    *,
    rng: random.Random,
    today: date,
    teams: dict[str, Team],
    users: dict[str, User],
    team_name: str,
) -> dict[str, int]:
    team = teams[team_name]
    municipality = team.municipality
    lead = users["teamlead1"]
    services.ensure_default_catalogue(municipality=municipality)
    types = {t.code: t for t in AidType.objects.filter(municipality=municipality)}
    for code, name, measure, cents in BUDGETS:
        services.set_budget_line(
            user=lead, municipality=municipality, year=today.year, code=code, name=name,
            measure=measure, budget_cents=cents,
        )  # fmt: skip
    given = vouchers = 0
    start = date(today.year, 1, 1)
    span = max((today - start).days, 1)
    for household in Household.objects.filter(team=team).order_by("pk")[:12]:
        recipient = services.recipient_for_household(household=household)
        for code in rng.sample(["luiers", "kinderkleding", "voedselpakket", "septembertoelage"], 2):
            services.give_aid(
                user=lead, recipient=recipient, aid_type=types[code],
                given_on=start + timedelta(days=rng.randrange(span)),
                count=rng.randint(1, 3), amount_cents=rng.randint(20, 150) * 100,
            )  # fmt: skip
            given += 1
    for n in range(4):
        recipient = services.register_recipient(
            user=lead, municipality=municipality, ref=f"DEMO-{n + 1}",
            family_name=f"Gezin zonder begeleiding {n + 1}", postcode="9999", children=n + 1,
        )  # fmt: skip
        voucher = services.issue_voucher(
            user=lead, recipient=recipient, aid_type=types["babykaart"],
            number=f"BK-{today.year}-{n + 1:03d}", value_cents=28_000,
            valid_from=start + timedelta(days=rng.randrange(span)),
            valid_until=min(today + timedelta(days=180), date(today.year + 1, 12, 31)),
        )  # fmt: skip
        vouchers += 1
        if n == 0:
            services.redeem_voucher(
                user=lead, voucher=voucher, redeemed_on=today, where="Apotheek Centrum"
            )
        elif n == 1:
            services.cancel_voucher(user=lead, voucher=voucher, note="verloren")
    return {"aid": given + vouchers, "vouchers": vouchers}
