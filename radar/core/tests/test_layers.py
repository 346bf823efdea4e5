"""The floors of Radar: an app imports only apps on lower floors, never one above or beside it.

The order is written here once, and copied as a diagram into docs/architecture.md (the last
test keeps the two the same). The walk reads every module under radar/ except tests and
migrations, with the imports inside functions and classes too: an import moved into a
function to dodge an import loop still counts.

A child app that adds to a lower one does not import upwards; it registers what it adds
in its AppConfig.ready() (households.registry: dossier sections, intake extensions, API
fields and readers; network.selectors.register_extra_ties for the ecogram).
"""

import ast
import functools
import re
from pathlib import Path

import pytest

RADAR = Path(__file__).resolve().parents[2]
ARCHITECTURE = RADAR.parent / "docs" / "architecture.md"

# Lowest first. Apps on one floor do not import each other.
FLOORS = [
    ["core"],
    ["accounts"],
    ["figures"],
    ["households"],
    ["contacts", "plans", "organisations", "housing_first"],
    ["network", "infopoint", "measurements"],
    ["referrals", "rights", "aid", "stories"],
    ["consents", "registers"],
    ["dashboards"],
    ["demo"],
]
# Outside the floors: the console entry point (it starts Django, like manage.py).
OUTSIDE = {"cli"}

# (importer, imported) pairs that may cross the rule, each with its reason. Keep it empty.
ALLOWED: dict[tuple[str, str], str] = {}

FLOOR_OF = {app: number for number, apps in enumerate(FLOORS) for app in apps}
# Calls that import a module named by a string.
IMPORT_CALLS = {"import_module", "import_string", "__import__"}


def imported_modules(source: str, module: str) -> list[tuple[int, str]]:
    """(line, module) of every import in `source`, the module `module` (dotted), at any
    depth: top level, inside functions, classes and `if` blocks, relative ones resolved,
    and import_module("radar.…")-style calls with a literal name."""
    package = module.split(".")
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package[: len(package) - node.level]
                name = ".".join([*base, node.module] if node.module else base)
            else:
                name = node.module or ""
            # `from radar import households` imports the app itself.
            if name.count(".") == 0:
                found += [(node.lineno, f"{name}.{alias.name}") for alias in node.names]
            else:
                found.append((node.lineno, name))
        elif isinstance(node, ast.Call):
            func = node.func
            called = getattr(func, "attr", None) or getattr(func, "id", None)
            if called in IMPORT_CALLS and node.args:
                first = node.args[0]
                if isinstance(first, ast.Constant) and isinstance(first.value, str):
                    found.append((node.lineno, first.value))
    return found


def radar_app_of(module: str) -> str | None:
    parts = module.split(".")
    return parts[1] if parts[0] == "radar" and len(parts) > 1 else None


def modules():
    """(path, dotted module name, app) of every module the rule applies to."""
    for path in sorted(RADAR.rglob("*.py")):
        relative = path.relative_to(RADAR.parent)
        if {"tests", "migrations"} & set(relative.parts):
            continue
        if len(relative.parts) < 3:  # radar/__init__.py, radar/cli.py
            continue
        # radar.rights.__init__ for a package: `from . import x` then resolves inside it.
        dotted = ".".join(relative.with_suffix("").parts)
        yield path, dotted, relative.parts[1]


@functools.cache
def edges() -> list[tuple[str, str, str, int]]:
    """(importer app, imported app, file, line) of every import from one Radar app of
    another."""
    found = []
    for path, dotted, app in modules():
        for line, module in imported_modules(path.read_text(), dotted):
            target = radar_app_of(module)
            if target and target != app:
                found.append((app, target, str(path.relative_to(RADAR.parent)), line))
    return found


def breaks_the_floors(importer: str, imported: str) -> bool:
    if importer in OUTSIDE:
        return False
    if imported in OUTSIDE:
        return True
    return FLOOR_OF[imported] >= FLOOR_OF[importer]


def test_every_app_has_a_floor():
    apps = {p.name for p in RADAR.iterdir() if (p / "__init__.py").exists()}
    without = apps - set(FLOOR_OF) - OUTSIDE
    assert not without, f"Put these apps on a floor in FLOORS (and docs/architecture.md): {without}"


def test_no_app_imports_an_app_above_it_or_beside_it():
    wrong = [
        f"{file}:{line}: {importer} (floor {FLOOR_OF.get(importer)}) imports {imported} "
        f"(floor {FLOOR_OF.get(imported)})"
        for importer, imported, file, line in edges()
        if breaks_the_floors(importer, imported) and (importer, imported) not in ALLOWED
    ]
    assert not wrong, (
        "An app may only import apps on lower floors. Register what the higher app adds "
        "instead (docs/architecture.md, 'Floors'):\n" + "\n".join(wrong)
    )


def test_every_allowed_exception_is_still_needed():
    seen = {(importer, imported) for importer, imported, _file, _line in edges()}
    stale = set(ALLOWED) - seen
    assert not stale, f"These imports are gone: remove them from ALLOWED: {stale}"


def test_core_imports_no_other_radar_app():
    others = sorted({(imported, file) for app, imported, file, _ in edges() if app == "core"})
    assert not others, f"radar/core imports other Radar apps: {others}"


@pytest.mark.parametrize(
    "source, expected",
    [
        ("from radar.households.models import Household", "radar.households.models"),
        ("def f():\n    from radar.consents import selectors", "radar.consents"),
        ("class A:\n    import radar.plans.models", "radar.plans.models"),
        ("if TYPE_CHECKING:\n    from radar.rights.models import X", "radar.rights.models"),
        ("from radar import dashboards", "radar.dashboards"),
        ("from ..referrals import services", "radar.referrals"),
        ("from . import selectors", "radar.contacts"),
        ("importlib.import_module('radar.network.selectors')", "radar.network.selectors"),
    ],
)
def test_the_walk_sees_every_kind_of_import(source, expected):
    found = [module for _line, module in imported_modules(source, "radar.contacts.views")]
    assert expected in found


def test_a_lower_floor_importing_a_higher_one_breaks_the_floors():
    assert breaks_the_floors("households", "consents")
    assert breaks_the_floors("contacts", "plans")  # the same floor
    assert breaks_the_floors("core", "accounts")
    assert not breaks_the_floors("consents", "households")
    assert not breaks_the_floors("cli", "demo")


def test_the_architecture_document_shows_the_same_floors():
    diagram = {
        int(number): [app.strip() for app in apps.split("·")]
        for number, apps in re.findall(
            r"^\s*floor (\d+)\s+(.+?)\s*$", ARCHITECTURE.read_text(), re.M
        )
    }
    assert diagram == dict(enumerate(FLOORS)), (
        "Copy FLOORS into the diagram in docs/architecture.md ('floor N  app · app')."
    )
