"""Every service and selector says whom it acts for: a `user` parameter is always annotated,
so mypy (in `make test`) checks what is done with it."""

import ast
from pathlib import Path

RADAR = Path(__file__).resolve().parents[2]


def _rule_modules() -> list[Path]:
    return sorted(
        path
        for path in RADAR.rglob("*.py")
        if (path.name in {"services.py", "selectors.py"} or path.parent.name == "figures")
        and "tests" not in path.parts
        and "migrations" not in path.parts
    )


def _unannotated_users(path: Path) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(), filename=str(path))):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            arguments = node.args
            for argument in arguments.posonlyargs + arguments.args + arguments.kwonlyargs:
                if argument.arg == "user" and argument.annotation is None:
                    found.append(f"{path.relative_to(RADAR.parent)}:{node.lineno} {node.name}")
    return found


def test_the_rule_modules_are_found():
    names = {str(p.relative_to(RADAR)) for p in _rule_modules()}
    assert {"households/selectors.py", "households/services.py", "core/services.py"} <= names


def test_every_user_parameter_of_a_service_or_selector_is_annotated():
    missing = [hit for path in _rule_modules() for hit in _unannotated_users(path)]
    assert missing == []
