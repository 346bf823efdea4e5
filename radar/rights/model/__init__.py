"""Radar's Belgian rules model: an OpenFisca country package inside the project.

Shaped like openfisca/country-template: `parameters/` holds dated YAML values with their
legal reference, `variables/` one module per family of rights, `tests/` YAML situations.
This package must never import Django: the rules are pure and run on plain data.
"""

from functools import cache
from pathlib import Path

from openfisca_core.taxbenefitsystems import TaxBenefitSystem

from radar.rights.model.entities import entities

MODEL_DIR = Path(__file__).resolve().parent
PARAMETERS_DIR = MODEL_DIR / "parameters"
VARIABLES_DIR = MODEL_DIR / "variables"
TESTS_DIR = MODEL_DIR / "tests"


class BelgianTaxBenefitSystem(TaxBenefitSystem):
    def __init__(self) -> None:
        super().__init__(entities)
        self.add_variables_from_directory(str(VARIABLES_DIR))
        self.load_parameters(str(PARAMETERS_DIR))


@cache
def tax_benefit_system() -> BelgianTaxBenefitSystem:
    """The one shared system: loading parameters and variables takes ~0.1 s, so do it once."""
    return BelgianTaxBenefitSystem()
