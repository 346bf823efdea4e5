"""The Housing First section of the dossier (registered in HousingFirstConfig.ready();
households.registry): the family's candidacies and tenancies, two queries whatever their
number (radar/core/tests/test_query_counts.py)."""

from radar.households.registry import Section, register_section
from radar.housing_first import selectors


def housing_first_context(*, request, household, page) -> dict:
    return {
        "hf_candidacies": list(selectors.candidacies_of(household)),
        "hf_tenancies": list(selectors.tenancies_of(household)),
    }


SECTION = Section(
    name="housing_first",
    order=67,
    template="housing_first/dossier_housing_first.html",
    context=housing_first_context,
)


def register() -> None:
    register_section(SECTION)
