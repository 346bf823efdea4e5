"""The access matrix: for every named URL and method, what each role gets, per family.

One row per URL name and method. A row says, for each role, the outcome on a family of
the user's own team ("own"), on a family of another team ("other") and, for URLs that
also name a member, need, goal or step, on the user's own family with the object of
another team's family in the URL ("crossed"). URLs without a family have one context,
"none". test_access_matrix.py walks every cell with the test client; it also fails when
a named URL is missing here (add a row, or put the name in PUBLIC_URL_NAMES).

The roles (personas in /conftest.py; all but the administrator are in team north):
- anonymous: nobody logged in. Pages send them to the login page; the API answers 401/403.
- outreacher, team_lead, colleague: the casework roles. They see and change their own
  team's families; another team's family is a 404, exactly like a family that does not
  exist, and the refusal is in the audit log.
- partner, policy, administrator: no named family, ever: 403 before any lookup. The
  exception: a partner's own pages and the household API, where a partner sees only
  families under an active consent for their organisation (radar.consents.selectors); the
  persona has none, so those are an empty list and 404s here. The consent contexts (active,
  expired, withdrawn, other organisation) x categories: radar/consents/tests.
  Policy sees aggregated figures on the dashboard; only team leads see /team/.
"""

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import timedelta

from django.utils import timezone

ANONYMOUS = "anonymous"
CASEWORK = ("outreacher", "team_lead", "colleague")
NO_NAMED_FAMILY = ("partner", "policy", "administrator")
ROLES = (ANONYMOUS, *CASEWORK, *NO_NAMED_FAMILY)

# Contexts.
OWN = "own"  # a family of the user's own team (team north)
OTHER = "other"  # a family of another team (team south)
CROSSED = "crossed"  # own family's id, but the member/need/goal/step of another team's family
NONE = "none"  # the URL names no family
# A team's own record that names families but no family in its URL (a case discussion):
# the URL's kwargs come from Route.url_kwargs(target) for the own / the other team.
OWN_TEAM = "own-team"  # a record of the user's own team (team north) about its family
OTHER_TEAM = "other-team"  # a record of another team (team south)

# Outcomes.
ALLOW = "allow"  # 2xx, or a redirect that is the success path (not to the login page)
DENY_403 = "deny-403"
DENY_404 = "deny-404"  # same answer as "does not exist"
DENY_405 = "deny-405"  # wrong method: the view only accepts the other one; nothing happens
LOGIN = "login-redirect"  # 302 to /login/?next=...
API_ANONYMOUS = "api-401/403"  # the API refuses without redirecting
ADMIN_LOGIN = "admin-login-redirect"  # the Django admin's staff check sends them to its login

# Names the resolver walk does not require in the matrix, with who guards them.
COVERED_ELSEWHERE = {
    "admin:": "the Django admin's own staff check (admin.site.has_permission); "
    "households are not registered in the admin",
}

# Cells where the code does not yet do what the matrix says: (name, method, role, context)
# -> the bug. The test expects them to fail (strict xfail), so fixing the bug turns the
# cell red until its entry here is removed.
KNOWN_BUGS: dict[tuple[str, str, str, str], str] = {}


@dataclass(frozen=True)
class Route:
    name: str
    method: str
    expect: Mapping[str, Mapping[str, str]]  # role -> context -> outcome
    objects: tuple[str, ...] = ()  # objects in the URL after the family: "member", "need", ...
    payload: Callable | None = None  # payload(target) -> POST data
    api: bool = False  # JSON request and response
    # For a URL that names no family but another object (an info point session ...):
    # url_kwargs(target) -> the URL's kwargs, made for the "none" context's target (team north).
    # With the own-team / other-team contexts, made for that team's target.
    url_kwargs: Callable | None = None


def _grid(contexts: tuple[str, ...], **by_role) -> dict[str, dict[str, str]]:
    """Expand {role: outcome or {context: outcome}} to every role and context."""
    grid = {}
    for role in ROLES:
        value = by_role[role]
        grid[role] = {c: value[c] if isinstance(value, dict) else value for c in contexts}
    return grid


def _contexts(objects) -> tuple[str, ...]:
    return (OWN, OTHER, CROSSED) if objects else (OWN, OTHER)


def household_page(objects=()) -> dict:
    """A page of one family: own team yes, another team 404, no named family 403."""
    contexts = _contexts(objects)
    casework = {OWN: ALLOW, OTHER: DENY_404, CROSSED: DENY_404}
    return _grid(
        contexts,
        anonymous=LOGIN,
        **dict.fromkeys(CASEWORK, {c: casework[c] for c in contexts}),
        **dict.fromkeys(NO_NAMED_FAMILY, DENY_403),
    )


def household_wrong_method(objects=()) -> dict:
    """GET on a POST-only action of a family: 405 for casework (before any lookup)."""
    return _grid(
        _contexts(objects),
        anonymous=LOGIN,
        **dict.fromkeys(CASEWORK, DENY_405),
        **dict.fromkeys(NO_NAMED_FAMILY, DENY_403),
    )


def casework_page() -> dict:
    """A page without one family (list, export, intake): casework roles only."""
    return _grid(
        (NONE,),
        anonymous=LOGIN,
        **dict.fromkeys(CASEWORK, ALLOW),
        **dict.fromkeys(NO_NAMED_FAMILY, DENY_403),
    )


def casework_wrong_method() -> dict:
    """GET on a POST-only action without one family: 405 for casework (before any lookup)."""
    return _grid(
        (NONE,),
        anonymous=LOGIN,
        **dict.fromkeys(CASEWORK, DENY_405),
        **dict.fromkeys(NO_NAMED_FAMILY, DENY_403),
    )


def team_record_page(*, wrong_method=False) -> dict:
    """A team's record (a case discussion): own team yes, another team's 404, exactly like
    one that does not exist; no named family 403. Reading it is logged per family."""
    casework = {OWN_TEAM: DENY_405, OTHER_TEAM: DENY_405} if wrong_method else {
        OWN_TEAM: ALLOW, OTHER_TEAM: DENY_404}  # fmt: skip
    return _grid(
        (OWN_TEAM, OTHER_TEAM),
        anonymous=LOGIN,
        **dict.fromkeys(CASEWORK, casework),
        **dict.fromkeys(NO_NAMED_FAMILY, DENY_403),
    )


def any_user_page(*, wrong_method=False) -> dict:
    """Every logged-in user (the dashboard adapts to the role); anonymous to the login."""
    outcome = DENY_405 if wrong_method else ALLOW
    return _grid(
        (NONE,),
        anonymous=LOGIN,
        **dict.fromkeys(CASEWORK + NO_NAMED_FAMILY, outcome),
    )


def team_lead_page() -> dict:
    return _grid(
        (NONE,),
        anonymous=LOGIN,
        outreacher=DENY_403,
        team_lead=ALLOW,
        colleague=DENY_403,
        **dict.fromkeys(NO_NAMED_FAMILY, DENY_403),
    )


def figures_page() -> dict:
    """Figures without names: team leads (their teams) and policy (counts, small ones hidden)."""
    return _grid(
        (NONE,),
        anonymous=LOGIN,
        outreacher=DENY_403,
        team_lead=ALLOW,
        colleague=DENY_403,
        partner=DENY_403,
        policy=ALLOW,
        administrator=DENY_403,
    )


def channel_figures_page() -> dict:
    """Signal counts per school and association: casework (own teams) and policy (the
    municipality, small counts hidden)."""
    return _grid(
        (NONE,),
        anonymous=LOGIN,
        **dict.fromkeys(CASEWORK, ALLOW),
        partner=DENY_403,
        policy=ALLOW,
        administrator=DENY_403,
    )


def administrator_page() -> dict:
    """Configuration pages outside the Django admin (the social-map import)."""
    return _grid(
        (NONE,),
        anonymous=LOGIN,
        **dict.fromkeys(CASEWORK, DENY_403),
        partner=DENY_403,
        policy=DENY_403,
        administrator=ALLOW,
    )


def import_page() -> dict:
    """The register import (radar/registers): team leads and administrators."""
    return _grid(
        (NONE,),
        anonymous=LOGIN,
        outreacher=DENY_403,
        team_lead=ALLOW,
        colleague=DENY_403,
        partner=DENY_403,
        policy=DENY_403,
        administrator=ALLOW,
    )


def public_page() -> dict:
    return _grid((NONE,), **dict.fromkeys(ROLES, ALLOW))


def staff_page() -> dict:
    """The Django admin: the administrator (is_staff) only."""
    return _grid(
        (NONE,),
        anonymous=LOGIN,
        **dict.fromkeys(CASEWORK, ADMIN_LOGIN),
        partner=ADMIN_LOGIN,
        policy=ADMIN_LOGIN,
        administrator=ALLOW,
    )


def api_household() -> dict:
    casework = {OWN: ALLOW, OTHER: DENY_404}
    return _grid(
        (OWN, OTHER),
        anonymous=API_ANONYMOUS,
        **dict.fromkeys(CASEWORK, casework),
        **dict.fromkeys(NO_NAMED_FAMILY, DENY_403),
    )


def api_household_record(objects) -> dict:
    """One record of a family in the API (a member, need, contact, goal, step): own team
    yes; another team's family, or its record through one's own family, 404; no named
    family 403 (partners too: they never change a family's records)."""
    casework = {OWN: ALLOW, OTHER: DENY_404, CROSSED: DENY_404}
    return _grid(
        _contexts(objects),
        anonymous=API_ANONYMOUS,
        **dict.fromkeys(CASEWORK, casework),
        **dict.fromkeys(NO_NAMED_FAMILY, DENY_403),
    )


def api_casework() -> dict:
    return _grid(
        (NONE,),
        anonymous=API_ANONYMOUS,
        **dict.fromkeys(CASEWORK, ALLOW),
        **dict.fromkeys(NO_NAMED_FAMILY, DENY_403),
    )


def consent_page(objects=()) -> dict:
    """A family's consents (casework): like every page of one family."""
    return household_page(objects)


def partner_page(*, posting=False) -> dict:
    """The partner's own pages: partner users only (what they list: radar.consents.selectors;
    the persona has no organisation, so lists are empty and a signal is refused). Everybody
    else 403."""
    return _grid(
        (NONE,),
        anonymous=LOGIN,
        **dict.fromkeys(CASEWORK, DENY_403),
        partner=DENY_403 if posting else ALLOW,
        policy=DENY_403,
        administrator=DENY_403,
    )


def partner_household_page() -> dict:
    """One family seen by a partner: without an active consent for the partner's
    organisation it is a 404 like a family that does not exist (the consent contexts are
    walked in radar/consents/tests/test_partner_access_matrix.py). Everybody else 403."""
    return _grid(
        (OWN, OTHER),
        anonymous=LOGIN,
        **dict.fromkeys(CASEWORK, DENY_403),
        partner=DENY_404,
        policy=DENY_403,
        administrator=DENY_403,
    )


def partner_referral_page(*, wrong_method=False) -> dict:
    """A referral seen (and moved) by a partner: only one addressed to the partner's
    organisation under an active consent; else a 404 like one that does not exist, logged
    (the persona has no organisation; the consent contexts are walked in
    radar/consents/tests/test_partner_referrals.py). Everybody else 403."""
    return _grid(
        (OWN_TEAM, OTHER_TEAM),
        anonymous=LOGIN,
        **dict.fromkeys(CASEWORK, DENY_403),
        partner=DENY_405 if wrong_method else DENY_404,
        policy=DENY_403,
        administrator=DENY_403,
    )


def api_household_list() -> dict:
    """The household list: casework their teams; a partner the consented households only
    (none for the persona); policy and administrator 403."""
    return _grid(
        (NONE,),
        anonymous=API_ANONYMOUS,
        **dict.fromkeys(CASEWORK, ALLOW),
        partner=ALLOW,
        policy=DENY_403,
        administrator=DENY_403,
    )


def api_household_detail() -> dict:
    """One household: casework their teams; a partner only under an active consent (404
    without, like a family that does not exist)."""
    casework = {OWN: ALLOW, OTHER: DENY_404}
    return _grid(
        (OWN, OTHER),
        anonymous=API_ANONYMOUS,
        **dict.fromkeys(CASEWORK, casework),
        partner=DENY_404,
        policy=DENY_403,
        administrator=DENY_403,
    )


def api_any_user(*, wrong_method=False) -> dict:
    """Any logged-in user: the answer holds no named family."""
    outcome = DENY_405 if wrong_method else ALLOW
    return _grid(
        (NONE,),
        anonymous=API_ANONYMOUS,
        **dict.fromkeys(CASEWORK + NO_NAMED_FAMILY, outcome),
    )


def api_figures() -> dict:
    """Figures without names in the API (aid, Housing First, measurements): team leads (their
    teams) and policy (small counts hidden); everybody else 403."""
    return _grid(
        (NONE,),
        anonymous=API_ANONYMOUS,
        outreacher=DENY_403,
        team_lead=ALLOW,
        colleague=DENY_403,
        partner=DENY_403,
        policy=ALLOW,
        administrator=DENY_403,
    )


def api_team_record() -> dict:
    """An API record named by its own id (a referral): own team yes, another team's 404,
    exactly like one that does not exist; no named family 403."""
    return _grid(
        (OWN_TEAM, OTHER_TEAM),
        anonymous=API_ANONYMOUS,
        **dict.fromkeys(CASEWORK, {OWN_TEAM: ALLOW, OTHER_TEAM: DENY_404}),
        **dict.fromkeys(NO_NAMED_FAMILY, DENY_403),
    )


def committee_page(*, policy=ALLOW) -> dict:
    """Stories of change and policy signals without names: casework roles (their teams) and
    the policy committee (policy users: what is shared with the committee); 403 otherwise."""
    return _grid(
        (NONE,),
        anonymous=LOGIN,
        **dict.fromkeys(CASEWORK, ALLOW),
        partner=DENY_403,
        policy=policy,
        administrator=DENY_403,
    )


# POST payloads: valid and minimal, built for the family of the cell (`target`).


def _household_details(t):
    h = t.household
    return {"name": h.name, "street": h.street, "postcode": h.postcode, "city": h.city,
            "neighbourhood": h.neighbourhood, "phone": "", "version": h.version}  # fmt: skip


def _intake(t):
    return {
        "household_name": "Gezin Vermeulen",
        "first_name": "Sofie",
        "last_name": "Vermeulen",
        "role": "parent",
        "team": t.team.pk,
        "channel": t.channel.pk,
        "received_on": timezone.localdate().isoformat(),
        "signalled_by_organisation": "Basisschool De Linde",
        "confirmed_new": "True",
    }


def _member(_t):
    return {"role": "child", "first_name": "Lotte", "last_name": "Janssens", "confirmed_new": "1"}


def _status(t):
    return {"to_status": t.household.allowed_next_statuses()[0]}


def _assign(t):
    return {"workers": [w.pk for w in t.household.assigned_workers.all()]}


def _need(t):
    return {"domain": t.domain.pk, "description": "Huurachterstal", "priority": 1}


def _contact(t):
    occurred = timezone.localtime() - timedelta(hours=1)
    return {"occurred_at": occurred.strftime("%Y-%m-%dT%H:%M"),
            "contact_type": t.contact_type.pk, "is_reached": "on", "place": "thuis"}  # fmt: skip


def _goal(t):
    return {"domain": t.domain.pk, "title": "Schoolkosten betalen"}


def _step(_t):
    return {"title": "Schoolfactuur meenemen", "owner": "family"}


def _removal(_t):
    return {"reason": "Dubbel ingevoerd"}


def _rights_fact(_t):
    return {"path": "region", "value": "flanders"}


def _rights_follow_up(_t):
    return {"right_id": "leefloon", "to_status": "found"}


def _screening_team(t):
    return {"team": t.team.pk}


def _quick_check(_t):
    return {"adults": "1", "age": "30", "region": "flanders"}


def _info_point_session(t):
    from radar.infopoint.tests.factories import InfoPointSessionFactory

    return {"pk": InfoPointSessionFactory(team=t.team).pk}


def _info_point_session_details(t):
    return {"team": t.team.pk, "held_on": timezone.localdate().isoformat(),
            "neighbourhood": "Rozenberg", "location": "Pleintje"}  # fmt: skip


def _organisation(_t):
    from radar.organisations.tests.factories import ContactPersonFactory

    return {"organisation_pk": ContactPersonFactory(name="Els Zorg").organisation.pk}


def _tie(_t):
    return {"name": "Oma Jeanne", "kind": "relative", "relation": "grootmoeder",
            "quality": "supports", "is_active": "on"}  # fmt: skip


def _case_discussion(t):
    from radar.network.tests.factories import CaseDiscussionFactory

    return {"discussion_pk": CaseDiscussionFactory(team=t.team, households=[t.household]).pk}


def _case_discussion_details(t):
    return {"team": t.team.pk, "held_on": timezone.localdate().isoformat(),
            "kind": "intervision", "households": [t.household.pk]}  # fmt: skip


def _consent(_t):
    from radar.organisations.tests.factories import OrganisationFactory

    return {"organisation": OrganisationFactory().pk, "categories": ["needs"],
            "purpose": "Schoolbegeleiding", "given_how": "verbal",
            "valid_from": timezone.localdate().isoformat()}  # fmt: skip


def _partner_signal(_t):
    return {"who": "Gezin Vermeulen", "why": "Komt vaak zonder boterhammen.",
            "family_knows": "on"}  # fmt: skip


def _assessment(_t):
    return {"instrument": "zrm2017", "assessed_on": timezone.localdate().isoformat(),
            "level_housing": "2"}  # fmt: skip


def _api_assessment(t):
    return {"household": t.household.pk, "member": None, "instrument": "zrm2017",
            "date": timezone.localdate().isoformat(), "scores": {"housing": 2}}  # fmt: skip


def _story(t):
    """A story of the own team about its family, not shared with the committee."""
    from radar.stories.tests.factories import story

    return story(t.team, t.team.members.filter(role="outreacher").first(), household=t.household)


def _story_kwargs(t):
    return {"pk": _story(t).pk}


def _story_details(t):
    from radar.stories.tests.factories import change_domain

    return {"team": t.team.pk, "domain": change_domain().pk, "title": "Eigen sleutel",
            "teller": "family", "told_on": timezone.localdate().isoformat(),
            "what_happened": "Weer een woning.", "why_it_matters": "Rust.",
            "may_share_with_team": "on"}  # fmt: skip


def _round(t):
    from radar.stories import services
    from radar.stories.tests.factories import WHY, change_domain

    story = _story(t)
    selection_round = services.hold_selection_round(
        user=story.created_by, level="team", team=t.team, held_on=timezone.localdate(),
        picks=[(change_domain(), story, WHY)],
    )  # fmt: skip
    return {"pk": selection_round.pk}


def _policy_signal(t):
    from radar.stories.tests.test_policy_signals import _signal

    return {"pk": _signal(t.team, t.team.members.filter(role="outreacher").first()).pk}


def _policy_signal_details(t):
    return {"team": t.team.pk, "title": "Schoolfacturen", "domain": t.domain.pk,
            "what_was_seen": "Facturen te laat.", "families": "8"}  # fmt: skip


def _api_contact(_t):
    return {"contact_type": "home_visit", "is_reached": True, "note": "Kort bezoek."}


def _api_correction(field, value):
    return lambda _t: {field: value, "version": 1}


def _api_removal(_t):
    return {"reason": "Dubbel ingevoerd", "version": 1}


def _rights_situation(_t):
    from radar.rights.tests.situations import single_adult

    return single_adult()


def _referral(t):
    from radar.organisations.tests.factories import OrganisationFactory

    return {"organisation": OrganisationFactory().pk, "receiver_name": "Sara Onthaal",
            "introduced_how": "joint_visit"}  # fmt: skip


def _lead_partner(_t):
    from radar.organisations.tests.factories import OrganisationFactory

    return {"organisation": OrganisationFactory().pk, "person_name": "Karin Regie",
            "from_on": timezone.localdate().isoformat()}  # fmt: skip


def _aid(t):
    from radar.aid.tests.factories import aid_type

    municipality = t.household.team.municipality
    return {"aid_type": aid_type(municipality, "luiers").pk, "count": 1, "amount": "12,50",
            "given_on": timezone.localdate().isoformat()}  # fmt: skip


def _api_aid(t):
    from radar.aid.tests.factories import aid_type

    aid_type(t.household.team.municipality, "luiers")
    return {"aid_type": "luiers", "given_on": timezone.localdate().isoformat(),
            "amount_cents": 1250}  # fmt: skip


def _partner_referral(t):
    return {"pk": t.referral.pk}


def _api_referral(t):
    return {"pk": t.referral.pk}


# Housing First (radar/housing_first): the world's own and other targets have a candidacy
# and a tenancy (test_access_matrix.world); a commission, meeting or agenda item is made here.


def _hf_commission(t):
    from radar.housing_first.tests.factories import CommissionFactory

    return {"commission_pk": CommissionFactory(team=t.team).pk}


def _hf_item(t):
    """A meeting of the target team's commission with the family's candidacy on its agenda
    (kept on the target for the decision's payload)."""
    from radar.housing_first.tests.factories import AgendaItemFactory, SubmittedCandidacyFactory

    t.hf_item = AgendaItemFactory(
        meeting__commission__team=t.team,
        candidacy=SubmittedCandidacyFactory(household=t.household),
    )
    return {"meeting_pk": t.hf_item.meeting_id, "item_pk": t.hf_item.pk}


def _hf_meeting(t):
    return {"meeting_pk": _hf_item(t)["meeting_pk"]}


def _hf_agenda(t):
    from radar.housing_first.tests.factories import MeetingFactory, SubmittedCandidacyFactory

    t.hf_submitted = SubmittedCandidacyFactory(household=t.household)
    return {"meeting_pk": MeetingFactory(commission__team=t.team).pk}


def _hf_tenancy(t):
    return {"street": "Rue des Alliés 4", "owner_kind": "private", "start_on": "2025-03-01",
            "rent": "520.00", "version": t.tenancy.version}  # fmt: skip


def _hf_new_family(t):
    from radar.households.tests.factories import HouseholdFactory

    return HouseholdFactory(team=t.team).pk


def _hf_api_tenancy(t):
    return {"household": _hf_new_family(t), "start_date": "2025-05-01",
            "street": "Rue Neuve 3", "owner_kind": "housing_company"}  # fmt: skip


MATRIX: tuple[Route, ...] = (
    # Dashboards.
    Route("dashboard", "GET", any_user_page()),
    Route("team_dashboard", "GET", team_lead_page()),
    # Households without one family.
    Route("households:list", "GET", casework_page()),
    Route("households:export", "GET", casework_page()),
    Route("households:intake", "GET", casework_page()),
    Route("households:intake", "POST", casework_page(), payload=_intake),
    # One family.
    Route("households:detail", "GET", household_page()),
    Route("households:edit", "GET", household_page()),
    Route("households:edit", "POST", household_page(), payload=_household_details),
    Route("households:status", "GET", household_page()),
    Route("households:status", "POST", household_page(), payload=_status),
    Route("households:assign", "GET", household_page()),
    Route("households:assign", "POST", household_page(), payload=_assign),
    Route("households:family_page", "GET", household_page()),
    Route("households:member_add", "GET", household_page()),
    Route("households:member_add", "POST", household_page(), payload=_member),
    Route("households:member_edit", "GET", household_page(("member",)), ("member",)),
    Route("households:member_edit", "POST", household_page(("member",)), ("member",), _member),
    Route("households:member_remove", "GET", household_page(("member",)), ("member",)),
    Route("households:member_remove", "POST", household_page(("member",)), ("member",), _removal),
    Route("households:need_add", "GET", household_page()),
    Route("households:need_add", "POST", household_page(), payload=_need),
    Route("households:need_edit", "GET", household_page(("need",)), ("need",)),
    Route("households:need_edit", "POST", household_page(("need",)), ("need",), _need),
    Route("households:need_remove", "GET", household_page(("need",)), ("need",)),
    Route("households:need_remove", "POST", household_page(("need",)), ("need",), _removal),
    Route("households:need_state", "GET", household_wrong_method(("need",)), ("need",)),
    Route(
        "households:need_state",
        "POST",
        household_page(("need",)),
        ("need",),
        lambda _t: {"state": "in_progress"},
    ),
    Route("contacts:list", "GET", household_page()),
    Route("contacts:add", "GET", household_page()),
    Route("contacts:add", "POST", household_page(), payload=_contact),
    Route("contacts:edit", "GET", household_page(("contact",)), ("contact",)),
    Route("contacts:edit", "POST", household_page(("contact",)), ("contact",), _contact),
    Route("contacts:remove", "GET", household_page(("contact",)), ("contact",)),
    Route("contacts:remove", "POST", household_page(("contact",)), ("contact",), _removal),
    Route("plans:goal_add", "GET", household_page()),
    Route("plans:goal_add", "POST", household_page(), payload=_goal),
    Route("plans:goal_toggle", "GET", household_wrong_method(("goal",)), ("goal",)),
    Route("plans:goal_toggle", "POST", household_page(("goal",)), ("goal",), lambda _t: {}),
    Route("plans:goal_edit", "GET", household_page(("goal",)), ("goal",)),
    Route("plans:goal_edit", "POST", household_page(("goal",)), ("goal",), _goal),
    Route("plans:goal_remove", "GET", household_page(("goal",)), ("goal",)),
    Route("plans:goal_remove", "POST", household_page(("goal",)), ("goal",), _removal),
    Route("plans:step_add", "GET", household_page(("goal",)), ("goal",)),
    Route("plans:step_add", "POST", household_page(("goal",)), ("goal",), _step),
    Route("plans:step_toggle", "GET", household_wrong_method(("step",)), ("step",)),
    Route("plans:step_toggle", "POST", household_page(("step",)), ("step",), lambda _t: {}),
    Route("plans:step_edit", "GET", household_page(("step",)), ("step",)),
    Route("plans:step_edit", "POST", household_page(("step",)), ("step",), _step),
    Route("plans:step_remove", "GET", household_page(("step",)), ("step",)),
    Route("plans:step_remove", "POST", household_page(("step",)), ("step",), _removal),
    # Rights: one family (the access layer), and the caseload, info point and figures.
    Route("rights:household", "GET", household_page()),
    Route("rights:facts", "GET", household_page()),
    Route("rights:facts", "POST", household_page(), payload=_rights_fact),
    Route("rights:follow_up", "GET", household_wrong_method()),
    Route("rights:follow_up", "POST", household_page(), payload=_rights_follow_up),
    Route("rights:print", "GET", household_page()),
    Route("rights:overview", "GET", casework_page()),
    Route("rights:quick_check", "GET", casework_page()),
    Route("rights:quick_check", "POST", casework_page(), payload=_quick_check),
    Route("rights:figures", "GET", figures_page()),
    # A team lead screens their own teams (a background job); everyone else 403.
    Route("rights:screening", "GET", team_lead_page()),
    Route("rights:screening", "POST", team_lead_page(), payload=_screening_team),
    # The mobile info point: the team's sessions (no family in the URL) and the figures.
    Route("infopoint:list", "GET", casework_page()),
    Route("infopoint:new", "GET", casework_page()),
    Route("infopoint:new", "POST", casework_page(), payload=_info_point_session_details),
    Route("infopoint:detail", "GET", casework_page(), url_kwargs=_info_point_session),
    Route("infopoint:edit", "GET", casework_page(), url_kwargs=_info_point_session),
    Route(
        "infopoint:edit",
        "POST",
        casework_page(),
        payload=_info_point_session_details,
        url_kwargs=_info_point_session,
    ),
    Route("infopoint:count", "GET", casework_wrong_method(), url_kwargs=_info_point_session),
    Route(
        "infopoint:count",
        "POST",
        casework_page(),
        payload=lambda _t: {"what": "visitor", "by": "1"},
        url_kwargs=_info_point_session,
    ),
    Route("infopoint:figures", "GET", figures_page()),
    # The social map: no family data, so every logged-in role reads it; signal figures are
    # counts (selectors); only administrators import. The import POST sends no file: the
    # form comes back with its error and nothing is written (a real import is tested in
    # radar/organisations/tests/test_import_pages.py).
    Route("organisations:list", "GET", any_user_page()),
    Route("organisations:detail", "GET", any_user_page(), url_kwargs=_organisation),
    Route("organisations:channels", "GET", channel_figures_page()),
    Route("organisations:export", "GET", any_user_page()),
    Route("organisations:import", "GET", administrator_page()),
    Route("organisations:import", "POST", administrator_page(), payload=lambda _t: {}),
    # The family's own network (ecogram) and the team's case discussions (radar/network).
    Route("network:ecogram", "GET", household_page()),
    Route("network:tie_add", "GET", household_wrong_method()),
    Route("network:tie_add", "POST", household_page(), payload=_tie),
    Route("network:tie_edit", "GET", household_page(("tie",)), ("tie",)),
    Route("network:tie_edit", "POST", household_page(("tie",)), ("tie",), _tie),
    Route("network:tie_remove", "GET", household_wrong_method(("tie",)), ("tie",)),
    Route("network:tie_remove", "POST", household_page(("tie",)), ("tie",), lambda _t: {}),
    Route("network:agreement_step", "GET", household_page(("agreement",)), ("agreement",)),
    Route(
        "network:agreement_step",
        "POST",
        household_page(("agreement",)),
        ("agreement",),
        lambda t: {"goal": t.goal.pk},
    ),
    Route("network:discussion_list", "GET", casework_page()),
    Route("network:discussion_add", "GET", casework_page()),
    Route("network:discussion_add", "POST", casework_page(), payload=_case_discussion_details),
    Route("network:discussion_detail", "GET", team_record_page(), url_kwargs=_case_discussion),
    Route(
        "network:agreement_add",
        "GET",
        team_record_page(wrong_method=True),
        url_kwargs=_case_discussion,
    ),
    Route(
        "network:agreement_add",
        "POST",
        team_record_page(),
        payload=lambda t: {"household": t.household.pk, "text": "Ann belt het CAW."},
        url_kwargs=_case_discussion,
    ),
    # Consents on the dossier (casework) and the partner's own pages (radar/consents).
    Route("consents:list", "GET", consent_page()),
    Route("consents:record", "GET", consent_page()),
    Route("consents:record", "POST", consent_page(), payload=_consent),
    Route("consents:withdraw", "GET", household_wrong_method(("consent",)), ("consent",)),
    Route("consents:withdraw", "POST", consent_page(("consent",)), ("consent",), lambda _t: {}),
    Route("partner:list", "GET", partner_page()),
    Route("partner:detail", "GET", partner_household_page()),
    Route("partner:signals", "GET", partner_page()),
    Route("partner:signal_new", "GET", partner_page()),
    # The persona has no organisation: the form comes back refused (403), nothing written;
    # a real signal is tested in radar/consents/tests/test_partner_signals.py.
    Route("partner:signal_new", "POST", partner_page(posting=True), payload=_partner_signal),
    # A referral to the partner's organisation under an active consent (radar/consents).
    Route("partner:referral", "GET", partner_referral_page(), url_kwargs=_partner_referral),
    Route(
        "partner:referral_status",
        "GET",
        partner_referral_page(wrong_method=True),
        url_kwargs=_partner_referral,
    ),
    Route(
        "partner:referral_status",
        "POST",
        partner_referral_page(),
        payload=lambda _t: {"action": "accepted"},
        url_kwargs=_partner_referral,
    ),
    # Referrals with a warm hand-over and the lead partner (radar/referrals). Partners get
    # 403 for now: partner access under consent comes with the consents.
    Route("referrals:list", "GET", household_page()),
    Route("referrals:new", "GET", household_page()),
    Route("referrals:new", "POST", household_page(), payload=_referral),
    Route("referrals:detail", "GET", household_page(("referral",)), ("referral",)),
    Route("referrals:move", "GET", household_wrong_method(("referral",)), ("referral",)),
    Route(
        "referrals:move",
        "POST",
        household_page(("referral",)),
        ("referral",),
        lambda _t: {"to_status": "sent"},
    ),
    Route("referrals:letter", "GET", household_page(("referral",)), ("referral",)),
    Route("referrals:lead_partner", "GET", household_page()),
    Route("referrals:lead_partner", "POST", household_page(), payload=_lead_partner),
    # Material aid (radar/aid).
    Route("aid:give", "GET", household_page()),
    Route("aid:give", "POST", household_page(), payload=_aid),
    Route("aid:budget", "GET", figures_page()),
    Route("aid:vouchers", "GET", team_lead_page()),
    Route("aid:vouchers", "POST", team_lead_page(), payload=lambda _t: {}),
    Route("api-households-aid", "GET", api_household(), api=True),
    Route("api-households-aid", "POST", api_household(), payload=_api_aid, api=True),
    Route("api-aid-figures", "GET", api_figures(), api=True),
    Route("api-aid-budget", "GET", api_figures(), api=True),
    Route("registers:import", "GET", import_page()),
    Route("registers:import", "POST", import_page(), payload=lambda _t: {}),
    Route("registers:template", "GET", import_page()),
    # Housing First: candidacies, the inclusion commission and tenancies (radar/housing_first).
    Route("housing_first:index", "GET", casework_page()),
    Route("housing_first:figures", "GET", figures_page()),
    Route("housing_first:commission", "GET", casework_page(), url_kwargs=_hf_commission),
    Route(
        "housing_first:commission",
        "POST",
        casework_page(),
        payload=lambda _t: {"held_on": timezone.localdate().isoformat(), "place": "Mons"},
        url_kwargs=_hf_commission,
    ),
    Route("housing_first:meeting", "GET", team_record_page(), url_kwargs=_hf_meeting),
    Route("housing_first:minutes", "GET", team_record_page(), url_kwargs=_hf_meeting),
    Route(
        "housing_first:meeting_agenda",
        "GET",
        team_record_page(wrong_method=True),
        url_kwargs=_hf_agenda,
    ),
    Route(
        "housing_first:meeting_agenda",
        "POST",
        team_record_page(),
        payload=lambda t: {"candidacy": t.hf_submitted.pk},
        url_kwargs=_hf_agenda,
    ),
    Route(
        "housing_first:meeting_attendance",
        "GET",
        team_record_page(wrong_method=True),
        url_kwargs=_hf_meeting,
    ),
    Route(
        "housing_first:meeting_attendance",
        "POST",
        team_record_page(),
        payload=lambda _t: {"present": []},
        url_kwargs=_hf_meeting,
    ),
    Route("housing_first:decide", "GET", team_record_page(wrong_method=True), url_kwargs=_hf_item),
    Route(
        "housing_first:decide",
        "POST",
        team_record_page(),
        payload=lambda t: {f"item{t.hf_item.pk}-decision": "admitted"},
        url_kwargs=_hf_item,
    ),
    Route("housing_first:candidacy_new", "GET", household_page()),
    Route(
        "housing_first:candidacy_new",
        "POST",
        household_page(),
        payload=lambda _t: {"life_project": "Un chez-nous"},
    ),
    Route("housing_first:candidacy", "GET", household_page(("candidacy",)), ("candidacy",)),
    Route("housing_first:candidacy_edit", "GET", household_page(("candidacy",)), ("candidacy",)),
    Route(
        "housing_first:candidacy_edit",
        "POST",
        household_page(("candidacy",)),
        ("candidacy",),
        lambda t: {"life_project": "Un chez-nous", "version": t.candidacy.version},
    ),
    Route(
        "housing_first:candidacy_move",
        "GET",
        household_wrong_method(("candidacy",)),
        ("candidacy",),
    ),
    Route(
        "housing_first:candidacy_move",
        "POST",
        household_page(("candidacy",)),
        ("candidacy",),
        lambda _t: {"to_status": "submitted"},
    ),
    Route("housing_first:tenancy_new", "GET", household_page()),
    Route("housing_first:tenancy_new", "POST", household_page(), payload=_hf_tenancy),
    Route("housing_first:tenancy", "GET", household_page(("tenancy",)), ("tenancy",)),
    Route("housing_first:tenancy_edit", "GET", household_page(("tenancy",)), ("tenancy",)),
    Route(
        "housing_first:tenancy_edit",
        "POST",
        household_page(("tenancy",)),
        ("tenancy",),
        _hf_tenancy,
    ),
    Route("housing_first:tenancy_event", "GET", household_wrong_method(("tenancy",)), ("tenancy",)),
    Route(
        "housing_first:tenancy_event",
        "POST",
        household_page(("tenancy",)),
        ("tenancy",),
        lambda _t: {"kind": "repair", "occurred_on": timezone.localdate().isoformat()},
    ),
    # Measuring change: self-reliance per family (radar/measurements), team figures.
    Route("measurements:household", "GET", household_page()),
    Route("measurements:assessment_add", "GET", household_page()),
    Route("measurements:assessment_add", "POST", household_page(), payload=_assessment),
    Route("measurements:work_steps", "GET", household_page()),
    Route(
        "measurements:work_steps",
        "POST",
        household_page(),
        payload=lambda t: {"step": t.step.pk, "kind": "language"},
    ),
    Route("measurements:figures", "GET", figures_page()),
    # Stories of change (MSC) and policy signals (radar/stories): no family in the URL.
    Route("stories:list", "GET", committee_page()),
    Route("stories:new", "GET", casework_page()),
    Route("stories:new", "POST", casework_page(), payload=_story_details),
    Route("stories:book", "GET", committee_page()),
    Route("stories:round_new", "GET", committee_page()),
    Route("stories:round_new", "POST", committee_page(), payload=lambda _t: {}),
    # A team's round is not the committee's: a policy user gets 404.
    Route("stories:round", "GET", committee_page(policy=DENY_404), url_kwargs=_round),
    # Not shared with the committee: a policy user gets 404, as for one that does not exist.
    Route("stories:detail", "GET", committee_page(policy=DENY_404), url_kwargs=_story_kwargs),
    Route(
        "stories:feedback",
        "POST",
        casework_page(),
        payload=lambda _t: {"given_on": timezone.localdate().isoformat(), "note": "Verteld."},
        url_kwargs=_story_kwargs,
    ),
    Route(
        "stories:verify",
        "POST",
        casework_page(),
        payload=lambda _t: {"verification_note": "Nagelezen."},
        url_kwargs=_story_kwargs,
    ),
    Route("policy_signals:list", "GET", committee_page()),
    Route("policy_signals:new", "GET", casework_page()),
    Route("policy_signals:new", "POST", casework_page(), payload=_policy_signal_details),
    Route("policy_signals:note", "GET", committee_page()),
    Route("policy_signals:detail", "GET", committee_page(), url_kwargs=_policy_signal),
    Route(
        "policy_signals:move",
        "POST",
        casework_page(),
        payload=lambda _t: {"to_status": "brought", "brought_on": timezone.localdate().isoformat()},
        url_kwargs=_policy_signal,
    ),
    # Accounts and sessions.
    Route("accounts:language", "GET", any_user_page(wrong_method=True)),
    Route(
        "accounts:language",
        "POST",
        any_user_page(),
        payload=lambda _t: {"language": "nl", "next": "/"},
    ),
    Route("help", "GET", any_user_page()),
    Route("logout", "GET", any_user_page(wrong_method=True)),
    Route("logout", "POST", any_user_page(), payload=lambda _t: {}),
    # Public: also in PUBLIC_URL_NAMES. A logged-in user on /login/ goes to the dashboard.
    Route("login", "GET", public_page()),
    Route("healthz", "GET", public_page()),
    Route("set_language", "POST", public_page(), payload=lambda _t: {"language": "nl"}),
    # The Django admin's front door (its other URLs: COVERED_ELSEWHERE).
    Route("admin:index", "GET", staff_page()),
    # API.
    Route("api-households-list", "GET", api_household_list(), api=True),
    Route("api-households-detail", "GET", api_household_detail(), api=True),
    Route("api-households-contacts", "GET", api_household(), api=True),
    Route("api-households-contacts", "POST", api_household(), payload=_api_contact, api=True),
    # One record of a family: read, correct (with its version), remove (with a reason).
    Route("api-member", "GET", api_household_record(("member",)), ("member",), api=True),
    Route(
        "api-member",
        "PATCH",
        api_household_record(("member",)),
        ("member",),
        _api_correction("phone", "0470 12 34 56"),
        api=True,
    ),
    Route(
        "api-member",
        "DELETE",
        api_household_record(("member",)),
        ("member",),
        _api_removal,
        api=True,
    ),
    Route("api-need", "GET", api_household_record(("need",)), ("need",), api=True),
    Route(
        "api-need",
        "PATCH",
        api_household_record(("need",)),
        ("need",),
        _api_correction("description", "Huurachterstal"),
        api=True,
    ),
    Route("api-need", "DELETE", api_household_record(("need",)), ("need",), _api_removal, api=True),
    Route("api-contact", "GET", api_household_record(("contact",)), ("contact",), api=True),
    Route(
        "api-contact",
        "PATCH",
        api_household_record(("contact",)),
        ("contact",),
        _api_correction("place", "op school"),
        api=True,
    ),
    Route(
        "api-contact",
        "DELETE",
        api_household_record(("contact",)),
        ("contact",),
        _api_removal,
        api=True,
    ),
    Route("api-goal", "GET", api_household_record(("goal",)), ("goal",), api=True),
    Route(
        "api-goal",
        "PATCH",
        api_household_record(("goal",)),
        ("goal",),
        _api_correction("title", "De woning behouden"),
        api=True,
    ),
    Route("api-goal", "DELETE", api_household_record(("goal",)), ("goal",), _api_removal, api=True),
    Route("api-step", "GET", api_household_record(("step",)), ("step",), api=True),
    Route(
        "api-step",
        "PATCH",
        api_household_record(("step",)),
        ("step",),
        _api_correction("title", "Brief samen lezen"),
        api=True,
    ),
    Route("api-step", "DELETE", api_household_record(("step",)), ("step",), _api_removal, api=True),
    Route("api-schema", "GET", api_any_user(), api=True),
    Route("api-organisations-list", "GET", api_any_user(), api=True),
    Route("api-organisations-detail", "GET", api_any_user(), api=True, url_kwargs=_organisation),
    Route("api-referrals-list", "GET", api_casework(), api=True),
    Route("api-referrals-detail", "GET", api_team_record(), api=True, url_kwargs=_api_referral),
    Route("api-housing-first-candidacies-list", "GET", api_casework(), api=True),
    Route(
        "api-housing-first-candidacies-list",
        "POST",
        api_casework(),
        payload=lambda t: {"household": _hf_new_family(t), "life_project": "Un toit"},
        api=True,
    ),
    Route(
        "api-housing-first-candidacies-detail",
        "GET",
        api_team_record(),
        api=True,
        url_kwargs=lambda t: {"pk": t.candidacy.pk},
    ),
    Route(
        "api-housing-first-candidacies-detail",
        "PATCH",
        api_team_record(),
        payload=lambda t: {"version": t.candidacy.version, "strengths": "Tenace"},
        api=True,
        url_kwargs=lambda t: {"pk": t.candidacy.pk},
    ),
    Route("api-housing-first-tenancies-list", "GET", api_casework(), api=True),
    Route(
        "api-housing-first-tenancies-list",
        "POST",
        api_casework(),
        payload=_hf_api_tenancy,
        api=True,
    ),
    Route(
        "api-housing-first-tenancies-detail",
        "GET",
        api_team_record(),
        api=True,
        url_kwargs=lambda t: {"pk": t.tenancy.pk},
    ),
    Route(
        "api-housing-first-tenancies-detail",
        "PATCH",
        api_team_record(),
        payload=lambda t: {"version": t.tenancy.version, "landlord": "AIS Borinage"},
        api=True,
        url_kwargs=lambda t: {"pk": t.tenancy.pk},
    ),
    Route("api-housing-first-retention", "GET", api_figures(), api=True),
    # An assessment names its family in the body (the own team's here); the change figures
    # are counts for team leads and policy.
    Route(
        "api-measurements-assessments", "POST", api_casework(), payload=_api_assessment, api=True
    ),
    Route("api-measurements-change", "GET", api_figures(), api=True),
    # The rights check takes a described situation, not a family id: any logged-in user.
    Route("rights_api:check", "GET", api_any_user(wrong_method=True), api=True),
    Route("rights_api:check", "POST", api_any_user(), payload=_rights_situation, api=True),
)


@dataclass(frozen=True)
class Cell:
    route: Route
    role: str
    context: str
    expected: str

    @property
    def id(self) -> str:
        return f"{self.route.name} {self.route.method} {self.role} {self.context} {self.expected}"


def cells() -> list[Cell]:
    return [
        Cell(route, role, context, expected)
        for route in MATRIX
        for role, by_context in route.expect.items()
        for context, expected in by_context.items()
    ]


def matrix_names() -> set[str]:
    return {route.name for route in MATRIX}
