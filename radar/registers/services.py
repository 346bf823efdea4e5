"""Importing a team's registers (households, intakes, aid, partners) from a workbook.

`import_registers` checks every row first and writes nothing on any error; it writes every
record through the services the pages use (register_intake, give_aid, set_lead_partner,
add_tie, create_organisation), so every record has its audit entry and status history,
attributed to the importing user with "import" as the channel of entry
(radar.core.audit.entry_channel). Importing the same workbook twice adds nothing: households
are matched on their register key (`ref`), intakes on (family, date, channel), aid on the row's
contents, partners on (family, organisation, role, date). ADR 0013.

The work runs synchronously; `progress(done, total)` reports along the way so a background
job (django-tasks, when it is wired) can show it.
"""

from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Q
from django.utils.translation import gettext as _

from radar.accounts.models import Municipality, Team, User
from radar.aid import defaults as aid_defaults
from radar.aid import services as aid_services
from radar.aid.models import AidGiven, AidType, Recipient
from radar.core import audit
from radar.core.validators import validate_past_date, validate_planning_date
from radar.households import services as household_services
from radar.households.models import Channel, Household, Intake
from radar.network import services as network_services
from radar.network.models import NetworkTie
from radar.organisations import services as organisation_services
from radar.organisations.models import Organisation
from radar.referrals import services as referral_services
from radar.referrals.models import LeadPartner
from radar.registers import workbook
from radar.registers.workbook import Progress, RegisterFileInvalid, Row, RowError

CHANNEL = "import"
PURPOSE = "register import"


class ImportRefused(PermissionError):
    """The user may not import into this municipality or team."""


@dataclass
class ImportResult:
    """How many records of each kind the import added (or would add), and found already."""

    created: Counter = field(default_factory=Counter)
    unchanged: Counter = field(default_factory=Counter)

    def as_dict(self) -> dict[str, dict[str, int]]:
        kinds = ["households", "aid_only_families", "intakes", "aid", "partners", "organisations"]
        return {k: {"created": self.created[k], "unchanged": self.unchanged[k]} for k in kinds}


def may_import(user: User) -> bool:
    """Administrators and team leads import registers (the page and the command)."""
    return bool(
        user is not None
        and user.is_active
        and (user.is_administrator or (user.does_casework and user.is_team_lead))
    )


def teams_for_import(user: User, municipality: Municipality):
    return (
        Team.objects.filter(municipality=municipality)
        .filter(Q(members=user) if not user.is_administrator else Q())
        .distinct()
    )


@dataclass
class _Plan:
    """The checked rows, with what each one refers to; filled by _Checker."""

    households: dict[str, dict[str, Any]] = field(default_factory=dict)  # ref -> values
    intakes: list[dict[str, Any]] = field(default_factory=list)
    aid: list[dict[str, Any]] = field(default_factory=list)
    partners: list[dict[str, Any]] = field(default_factory=list)
    new_organisations: set[str] = field(default_factory=set)


class _Checker:
    def __init__(self, *, municipality: Municipality, team: Team | None, user: User):
        self.municipality = municipality
        self.team = team
        self.user = user
        self.errors: list[RowError] = []
        self.plan = _Plan()
        self.existing = {
            r.ref: r for r in Recipient.objects.filter(municipality=municipality).exclude(ref="")
        }
        self.channels: dict[str, Channel] = {}
        for channel in Channel.objects.filter(is_active=True):
            for name in (channel.code, channel.name_nl, channel.name_fr, channel.name_en):
                self.channels.setdefault(workbook.normalise(name), channel)
        self.aid_types: dict[str, str] = {}
        for aid_type in AidType.objects.filter(municipality=municipality, is_active=True):
            for name in (aid_type.code, aid_type.name_nl, aid_type.name_fr, aid_type.name_en):
                self.aid_types.setdefault(workbook.normalise(name), aid_type.code)
        for code, *_rest, nl, fr, en in aid_defaults.CATALOGUE:
            if not AidType.objects.filter(municipality=municipality, code=code).exists():
                for name in (code, nl, fr, en):
                    self.aid_types.setdefault(workbook.normalise(name), code)
        self.units = {
            t.code: t.unit_amount_cents for t in AidType.objects.filter(municipality=municipality)
        }
        self.units.update(
            {row[0]: row[2] for row in aid_defaults.CATALOGUE if row[0] not in self.units}
        )

    def fail(self, row: Row, column: str, message: str) -> None:
        self.errors.append(RowError(row.sheet, row.number, column, message))

    def _date(self, row: Row, column: str, *, planning: bool = False) -> date | None:
        value = row.values.get(column)
        day = aid_services.parse_day(value)
        if day is None:
            self.fail(row, column, _("Give a date as dd/mm/yyyy (or yyyy-mm-dd)."))
            return None
        try:
            (validate_planning_date if planning else validate_past_date)(day)
        except ValidationError as invalid:
            self.fail(row, column, " ".join(invalid.messages))
            return None
        return day

    def _length(self, row: Row, column: str, value: str, limit: int) -> str:
        if len(value) > limit:
            self.fail(row, column, _("At most %(max)s characters.") % {"max": limit})
        return value

    def _household_ref(self, row: Row) -> str:
        ref = workbook.text(row.values.get("household_ref"))
        if not ref:
            self.fail(row, "household_ref", _("Give the family's ref from the households sheet."))
        elif ref not in self.plan.households and ref not in self.existing:
            self.fail(row, "household_ref", _("No family with this ref on the households sheet."))
        return ref

    def _in_outreach(self, ref: str) -> bool:
        if ref in self.plan.households:
            return self.plan.households[ref]["in_outreach"]
        recipient = self.existing.get(ref)
        return bool(recipient and recipient.household_id)

    def households(self, rows: list[Row]) -> None:
        for row in rows:
            ref = workbook.text(row.values.get("ref"))
            if not ref:
                self.fail(row, "ref", _("Give the register's key of this family."))
            elif ref in self.plan.households:
                self.fail(row, "ref", _("This ref is used twice in the file."))
            self._length(row, "ref", ref, 60)
            name = self._length(
                row, "family_name", workbook.text(row.values.get("family_name")), 150
            )
            if not name:
                self.fail(row, "family_name", _("Give the family's name."))
            street = self._length(row, "street", workbook.text(row.values.get("street")), 150)
            postcode = self._length(row, "postcode", workbook.text(row.values.get("postcode")), 10)
            children_cell = row.values.get("children")
            children = workbook.whole_number(children_cell) if workbook.text(children_cell) else 0
            if children is None or not 0 <= children <= 30:
                self.fail(row, "children", _("Give the number of children (0 to 30)."))
            in_outreach = workbook.yes_no(row.values.get("in_outreach"))
            if in_outreach is None or not workbook.text(row.values.get("in_outreach")):
                self.fail(row, "in_outreach", _("Answer yes or no."))
            if ref and ref not in self.plan.households:
                self.plan.households[ref] = {
                    "row": row,
                    "ref": ref,
                    "family_name": name,
                    "street": street,
                    "postcode": postcode,
                    "children": children or 0,
                    "in_outreach": bool(in_outreach),
                    "intakes": [],
                }

    def intakes(self, rows: list[Row]) -> None:
        for row in rows:
            ref = self._household_ref(row)
            day = self._date(row, "date")
            channel = self.channels.get(
                workbook.normalise(workbook.text(row.values.get("channel")))
            )
            if channel is None:
                self.fail(row, "channel", _("Unknown channel: give its code or its name."))
            organisation = self._length(
                row, "organisation", workbook.text(row.values.get("organisation")), 200
            )
            known_cell = row.values.get("known_to_ocmw")
            known = workbook.yes_no(known_cell)
            if known is None:
                self.fail(row, "known_to_ocmw", _("Answer yes or no."))
            if ref and not self._in_outreach(ref):
                self.fail(
                    row,
                    "household_ref",
                    _(
                        "This family is not in outreach (in_outreach: no): an intake opens "
                        "guidance, so answer yes on the households sheet."
                    ),
                )
            if organisation:
                self._organisation(organisation)
            intake = {
                "row": row,
                "ref": ref,
                "date": day,
                "channel": channel,
                "organisation": organisation,
                "known": bool(known),
            }
            self.plan.intakes.append(intake)
            if ref in self.plan.households:
                self.plan.households[ref]["intakes"].append(intake)
        for values in self.plan.households.values():
            recipient = self.existing.get(values["ref"])
            guided = recipient is not None and recipient.household_id is not None
            if values["in_outreach"] and not values["intakes"] and not guided:
                self.fail(
                    values["row"],
                    "in_outreach",
                    _("A family in outreach needs its intake on the intakes sheet."),
                )
        if any(v["in_outreach"] for v in self.plan.households.values()):
            if self.team is None:
                self.errors.append(
                    RowError("households", 0, "", _("Choose the team the families belong to."))
                )
            elif not (self.user.does_casework and self.user.teams.filter(pk=self.team.pk).exists()):
                self.errors.append(
                    RowError(
                        "households",
                        0,
                        "",
                        _(
                            "Families in outreach are registered by a caseworker of their "
                            "team: import this file as the team lead."
                        ),
                    )
                )

    def _organisation(self, name: str) -> None:
        if not self._find_organisation(name):
            self.plan.new_organisations.add(workbook.normalise(name))

    def _find_organisation(self, name: str) -> Organisation | None:
        return (
            Organisation.objects.filter(name__iexact=name)
            .filter(Q(municipality=self.municipality) | Q(municipality__isnull=True))
            .order_by("pk")
            .first()
        )

    def aid(self, rows: list[Row]) -> None:
        seen: Counter = Counter()
        for row in rows:
            ref = self._household_ref(row)
            code = self.aid_types.get(workbook.normalise(workbook.text(row.values.get("aid_type"))))
            if code is None:
                self.fail(row, "aid_type", _("Unknown aid: give a code of the aid catalogue."))
            day = self._date(row, "date")
            count_cell = row.values.get("count")
            count = workbook.whole_number(count_cell) if workbook.text(count_cell) else 1
            if count is None or not 1 <= count <= 100_000:
                self.fail(row, "count", _("Give a whole number from 1."))
            amount_cell = row.values.get("amount")
            cents = aid_services.parse_euros(amount_cell) if workbook.text(amount_cell) else None
            if workbook.text(amount_cell) and cents is None:
                self.fail(row, "amount", _("Give an amount in euro, e.g. 25,50."))
            elif cents is None and code is not None and count is not None:
                unit = self.units.get(code)
                if unit is None:
                    self.fail(row, "amount", _("Give the amount: this aid varies."))
                else:
                    cents = unit * count
            key = (ref, code, day, count, cents)
            seen[key] += 1
            self.plan.aid.append(
                {
                    "row": row,
                    "ref": ref,
                    "code": code,
                    "date": day,
                    "count": count,
                    "cents": cents,
                    "key": f"{self.municipality.pk}:{ref}:{code}:{day}:{count}:{cents}#{seen[key]}",
                }
            )

    def partners(self, rows: list[Row]) -> None:
        roles = {
            workbook.normalise(alias): role
            for role, aliases in workbook.ROLE_ALIASES.items()
            for alias in aliases
        }
        for row in rows:
            ref = self._household_ref(row)
            if ref and not self._in_outreach(ref):
                self.fail(row, "household_ref", _("Partners work with families in outreach only."))
            name = self._length(
                row, "organisation", workbook.text(row.values.get("organisation")), 120
            )
            if not name:
                self.fail(row, "organisation", _("Give the organisation's name."))
            role = roles.get(workbook.normalise(workbook.text(row.values.get("role"))))
            if role is None:
                self.fail(row, "role", _("Give lead_partner or guided_with."))
            day = None
            if workbook.text(row.values.get("start_date")):
                day = self._date(row, "start_date", planning=True)
            elif role == "lead_partner":
                self.fail(row, "start_date", _("Give the date the lead partner started."))
            if name:
                self._organisation(name)
            self.plan.partners.append(
                {"row": row, "ref": ref, "organisation": name, "role": role, "date": day}
            )


def check_registers(
    *, sheets: dict[str, list[Row]], municipality: Municipality, team: Team | None, user: User
) -> _Plan:
    """Check every row of every sheet; raises RegisterFileInvalid with every problem."""
    checker = _Checker(municipality=municipality, team=team, user=user)
    checker.households(sheets["households"])
    checker.intakes(sheets["intakes"])
    checker.aid(sheets["aid"])
    checker.partners(sheets["partners"])
    if checker.errors:
        raise RegisterFileInvalid(checker.errors)
    return checker.plan


def import_registers(
    *,
    user: User,
    data: bytes,
    municipality: Municipality,
    team: Team | None = None,
    dry_run: bool = False,
    progress: Progress | None = None,
) -> ImportResult:
    """Import a register workbook (docs/import.md) into `municipality` (families in
    outreach into `team`), as `user`.

    Raises ImportRefused when the user may not import there, RegisterFileInvalid (with every
    problem: sheet, row, column, message) when a row is wrong; nothing is written then. With
    `dry_run`, everything is checked and counted, and rolled back. Returns what was added
    and what was there already.
    """
    if not may_import(user):
        raise ImportRefused("only administrators and team leads import registers")
    if not user.is_administrator and not teams_for_import(user, municipality).exists():
        raise ImportRefused("not a team lead of this municipality")
    if team is not None and team.municipality_id != municipality.pk:
        raise ImportRefused("the team is of another municipality")
    sheets = workbook.read_workbook(data)
    plan = check_registers(sheets=sheets, municipality=municipality, team=team, user=user)
    total = len(plan.households) + len(plan.intakes) + len(plan.aid) + len(plan.partners)
    writer = _Writer(
        user=user, municipality=municipality, team=team, progress=progress, total=total
    )
    with transaction.atomic(), audit.entry_channel(CHANNEL):
        try:
            writer.write(plan)
        except ValidationError as invalid:
            # A rule only a service knows (checked there): the row being written is named.
            row = writer.current
            raise RegisterFileInvalid(
                [
                    RowError(
                        row.sheet if row else "",
                        row.number if row else 0,
                        "",
                        " ".join(invalid.messages),
                    )
                ]  # fmt: skip
            ) from invalid
        if dry_run:
            transaction.set_rollback(True)
        else:
            audit.record(
                user=user,
                action=audit.Action.CREATE,
                object_type="registers.import",
                purpose=PURPOSE,
                detail={"municipality": municipality.pk, "import": writer.result.as_dict()},
            )
    return writer.result


class _Writer:
    def __init__(
        self,
        *,
        user: User,
        municipality: Municipality,
        team: Team | None,
        progress: Progress | None,
        total: int,
    ):
        self.user = user
        self.municipality = municipality
        self.team = team
        self.progress = progress
        self.total = total
        self.done = 0
        self.current: Row | None = None
        self.result = ImportResult()
        self.recipients: dict[str, Recipient] = {}
        self.organisations: dict[str, Organisation] = {}

    def _step(self, row: Row) -> None:
        self.current = row
        self.done += 1
        if self.progress and (self.done % 50 == 0 or self.done == self.total):
            self.progress(self.done, self.total)

    def write(self, plan: _Plan) -> None:
        aid_services.ensure_default_catalogue(municipality=self.municipality)
        self.aid_types = {t.code: t for t in AidType.objects.filter(municipality=self.municipality)}
        existing = {
            r.ref: r
            for r in Recipient.objects.filter(municipality=self.municipality)
            .exclude(ref="")
            .select_related("household")
        }
        for ref, values in plan.households.items():
            self._step(values["row"])
            self.recipients[ref] = self._household(values, existing.get(ref))
        for ref, recipient in existing.items():
            self.recipients.setdefault(ref, recipient)
        for intake in plan.intakes:
            self._step(intake["row"])
            self._intake(intake)
        for aid in plan.aid:
            self._step(aid["row"])
            self._aid(aid)
        for partner in sorted(
            plan.partners, key=lambda p: (p["date"] or date.min, p["row"].number)
        ):
            self._step(partner["row"])
            self._partner(partner)

    def _organisation(self, name: str) -> Organisation:
        key = workbook.normalise(name)
        if key not in self.organisations:
            found = (
                Organisation.objects.filter(name__iexact=name)
                .filter(Q(municipality=self.municipality) | Q(municipality__isnull=True))
                .order_by("pk")
                .first()
            )
            if found is None:
                found = organisation_services.create_organisation(
                    user=self.user, name=name, municipality=self.municipality, channel=CHANNEL
                )
                self.result.created["organisations"] += 1
            self.organisations[key] = found
        return self.organisations[key]

    def _household(self, values: dict, recipient: Recipient | None) -> Recipient:
        if recipient is not None and (recipient.household_id or not values["in_outreach"]):
            kind = "households" if recipient.household_id else "aid_only_families"
            self.result.unchanged[kind] += 1
            return recipient
        if not values["in_outreach"]:
            self.result.created["aid_only_families"] += 1
            return aid_services.register_recipient(
                user=self.user,
                municipality=self.municipality,
                ref=values["ref"],
                family_name=values["family_name"],
                street=values["street"],
                postcode=values["postcode"],
                children=values["children"],
            )
        first, *_others = sorted(values["intakes"], key=lambda i: (i["date"], i["row"].number))
        self.current = first["row"]
        if self.team is None:  # check_registers refuses families in outreach without a team
            raise ImportRefused("families in outreach need a team")
        household = household_services.register_intake(
            user=self.user,
            team=self.team,
            household_name=values["family_name"],
            channel=first["channel"],
            received_on=first["date"],
            organisation=self._organisation(first["organisation"])
            if first["organisation"]
            else None,
            is_known_to_ocmw=first["known"],
            address={"street": values["street"], "postcode": values["postcode"]},
            assign_to_me=False,
        )
        first["done"] = True
        self.result.created["households"] += 1
        self.result.created["intakes"] += 1
        if recipient is not None:
            # An intake opens guidance for a family that only received aid so far.
            return aid_services.link_recipient_to_household(
                user=self.user, recipient=recipient, household=household
            )
        return aid_services.register_recipient(
            user=self.user,
            municipality=self.municipality,
            ref=values["ref"],
            children=values["children"],
            household=household,
        )

    def _intake(self, values: dict) -> None:
        if values.get("done"):
            return
        household = self.recipients[values["ref"]].household
        assert household is not None  # checked: intakes only for families in outreach
        if Intake.objects.filter(
            household=household, received_on=values["date"], channel=values["channel"]
        ).exists():
            self.result.unchanged["intakes"] += 1
            return
        organisation = (
            self._organisation(values["organisation"]) if values["organisation"] else None
        )
        _add_intake(
            user=self.user,
            household=household,
            received_on=values["date"],
            channel=values["channel"],
            organisation=organisation,
        )
        self.result.created["intakes"] += 1

    def _aid(self, values: dict) -> None:
        if AidGiven.all_objects.filter(import_key=values["key"]).exists():
            self.result.unchanged["aid"] += 1
            return
        aid_services.give_aid(
            user=self.user,
            recipient=self.recipients[values["ref"]],
            aid_type=self.aid_types[values["code"]],
            given_on=values["date"],
            count=values["count"],
            amount_cents=values["cents"],
            import_key=values["key"],
        )
        self.result.created["aid"] += 1

    def _partner(self, values: dict) -> None:
        household = self.recipients[values["ref"]].household
        assert household is not None
        organisation = self._organisation(values["organisation"])
        if values["role"] == "lead_partner":
            if LeadPartner.objects.filter(
                household=household, organisation=organisation, from_on=values["date"]
            ).exists():
                self.result.unchanged["partners"] += 1
                return
            referral_services.set_lead_partner(
                user=self.user, household=household, organisation=organisation,
                from_on=values["date"],
            )  # fmt: skip
        else:
            if NetworkTie.objects.filter(
                household=household, name=organisation.name, kind=NetworkTie.Kind.PROFESSIONAL
            ).exists():
                self.result.unchanged["partners"] += 1
                return
            note = (
                _("Guided together since %(date)s.") % {"date": values["date"].strftime("%d/%m/%Y")}
                if values["date"]
                else ""
            )
            network_services.add_tie(
                user=self.user,
                household=household,
                name=organisation.name[:120],
                kind=NetworkTie.Kind.PROFESSIONAL,
                quality=NetworkTie.Quality.SUPPORTS,
                relation=str(_("guided together with the outreach team"))[:80],
                note=note,
            )
        self.result.created["partners"] += 1


@transaction.atomic
def _add_intake(
    *, user: User, household: Household, received_on: date, channel: Channel, organisation=None
) -> Intake:
    """A further intake of a family already registered (as a partner's signal adds one in
    radar.consents.services): checked, saved and audited."""
    intake = Intake(
        household=household,
        received_on=received_on,
        channel=channel,
        organisation=organisation,
        signalled_by_organisation=organisation.name if organisation else "",
        created_by=user,
    )
    intake.full_clean(exclude=["household", "channel", "organisation", "contact_person",
                               "info_point_session"])  # fmt: skip
    intake.save()
    audit.record(
        user=user,
        action=audit.Action.CREATE,
        obj=intake,
        purpose="casework",
        detail={"intake": intake.pk, "channel": channel.code},
    )
    return intake
