"""The rights tests run with the declaration checks on: a right reading a fact outside its
`needs` (or a variable outside its `variables`) fails with UndeclaredFact. Production leaves
them off (radar.rights.registry.CHECK_DECLARATIONS), as they cost a path parse per read."""

import pytest

from radar.rights import registry


@pytest.fixture(autouse=True)
def check_declarations(monkeypatch):
    monkeypatch.setattr(registry, "CHECK_DECLARATIONS", True)
