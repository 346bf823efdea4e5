import pytest
from django.utils import translation


@pytest.fixture(autouse=True)
def in_english():
    """Messages are matched in English (the catalogues translate them to nl and fr)."""
    with translation.override("en"):
        yield
