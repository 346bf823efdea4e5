"""Runs every YAML situation of the rules model with OpenFisca's test runner (`openfisca test`).

`openfisca_core.tools.test_runner.run_tests` is `pytest.main` with OpenFisca's plugin; it is
called the same way here so that the inner run can leave out Radar's Django plugin and config.
"""

import pytest
from openfisca_core.tools.test_runner import OpenFiscaPlugin

from radar.rights.model import TESTS_DIR, tax_benefit_system

YAML_FILES = sorted(TESTS_DIR.glob("*.yaml"))


@pytest.mark.parametrize("path", YAML_FILES, ids=[path.stem for path in YAML_FILES])
def test_yaml_situations_pass(path):
    plugin = OpenFiscaPlugin(tax_benefit_system(), {})
    arguments = [str(path), "-q", "-p", "no:django", "-p", "no:cacheprovider", "-c", "/dev/null"]
    exit_code = pytest.main(arguments, plugins=[plugin])
    assert exit_code == 0, f"OpenFisca YAML situations fail in {path.name}: see the output above"


def test_each_implemented_right_has_yaml_situations():
    assert {path.stem for path in YAML_FILES} >= {
        "leefloon",
        "equivalent_leefloon",
        "verhoogde_tegemoetkoming",
    }
