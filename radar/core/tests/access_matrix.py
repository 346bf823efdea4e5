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
- partner, policy, administrator: no named family, ever: 403 before any lookup.
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


def api_casework() -> dict:
    return _grid(
        (NONE,),
        anonymous=API_ANONYMOUS,
        **dict.fromkeys(CASEWORK, ALLOW),
        **dict.fromkeys(NO_NAMED_FAMILY, DENY_403),
    )


def api_any_user(*, wrong_method=False) -> dict:
    """Any logged-in user: the answer holds no named family."""
    outcome = DENY_405 if wrong_method else ALLOW
    return _grid(
        (NONE,),
        anonymous=API_ANONYMOUS,
        **dict.fromkeys(CASEWORK + NO_NAMED_FAMILY, outcome),
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


def _rights_fact(_t):
    return {"path": "region", "value": "flanders"}


def _rights_follow_up(_t):
    return {"right_id": "leefloon", "to_status": "found"}


def _quick_check(_t):
    return {"adults": "1", "age": "30", "region": "flanders"}


def _api_contact(_t):
    return {"contact_type": "home_visit", "is_reached": True, "note": "Kort bezoek."}


def _rights_situation(_t):
    from radar.rights.tests.situations import single_adult

    return single_adult()


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
    Route("households:need_add", "GET", household_page()),
    Route("households:need_add", "POST", household_page(), payload=_need),
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
    Route("plans:goal_add", "GET", household_page()),
    Route("plans:goal_add", "POST", household_page(), payload=_goal),
    Route("plans:goal_toggle", "GET", household_wrong_method(("goal",)), ("goal",)),
    Route("plans:goal_toggle", "POST", household_page(("goal",)), ("goal",), lambda _t: {}),
    Route("plans:step_add", "GET", household_page(("goal",)), ("goal",)),
    Route("plans:step_add", "POST", household_page(("goal",)), ("goal",), _step),
    Route("plans:step_toggle", "GET", household_wrong_method(("step",)), ("step",)),
    Route("plans:step_toggle", "POST", household_page(("step",)), ("step",), lambda _t: {}),
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
    # Accounts and sessions.
    Route("accounts:language", "GET", any_user_page(wrong_method=True)),
    Route(
        "accounts:language",
        "POST",
        any_user_page(),
        payload=lambda _t: {"language": "nl", "next": "/"},
    ),
    Route("logout", "GET", any_user_page(wrong_method=True)),
    Route("logout", "POST", any_user_page(), payload=lambda _t: {}),
    # Public: also in PUBLIC_URL_NAMES. A logged-in user on /login/ goes to the dashboard.
    Route("login", "GET", public_page()),
    Route("healthz", "GET", public_page()),
    Route("set_language", "POST", public_page(), payload=lambda _t: {"language": "nl"}),
    # The Django admin's front door (its other URLs: COVERED_ELSEWHERE).
    Route("admin:index", "GET", staff_page()),
    # API.
    Route("api-households-list", "GET", api_casework(), api=True),
    Route("api-households-detail", "GET", api_household(), api=True),
    Route("api-households-contacts", "GET", api_household(), api=True),
    Route("api-households-contacts", "POST", api_household(), payload=_api_contact, api=True),
    Route("api-schema", "GET", api_any_user(), api=True),
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
