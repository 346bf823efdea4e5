"""Reading the dated parameters: where the rules begin, and which values a result used."""

from __future__ import annotations

import datetime
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from openfisca_core.parameters import Parameter, ParameterNode

from radar.rights.model import tax_benefit_system


def leaf_parameters(node: ParameterNode | None = None) -> Iterator[Parameter]:
    """Every dated parameter under `node` (default: the whole tree)."""
    node = node if node is not None else tax_benefit_system().parameters
    if isinstance(node, Parameter):
        yield node
        return
    for child in node.children.values():
        yield from leaf_parameters(child)


@cache
def model_start() -> datetime.date:
    """The first date on which every parameter has a value: checks before it are refused."""
    starts = [
        min(datetime.date.fromisoformat(value.instant_str) for value in parameter.values_list)
        for parameter in leaf_parameters()
    ]
    return max(starts)


@dataclass(frozen=True)
class ValuesUsed:
    values_date: str  # start date of the most recent value in force
    to_verify: bool  # a value in force is marked `confirmed: false`


@cache
def values_used(paths: tuple[str, ...], instant: str) -> ValuesUsed:
    """The values in force on `instant` (YYYY-MM-DD) for the parameters under `paths`."""
    root = tax_benefit_system().parameters
    latest = ""
    to_verify = False
    for path in paths:
        node = root
        for key in path.split("."):
            node = node.children[key]
        for parameter in leaf_parameters(node):
            in_force = [v for v in parameter.values_list if v.instant_str <= instant]
            if not in_force:
                continue
            value = max(in_force, key=lambda v: v.instant_str)
            latest = max(latest, value.instant_str)
            to_verify = to_verify or value.metadata.get("confirmed") is False
    return ValuesUsed(values_date=latest, to_verify=to_verify)
