"""The national register number (INSZ) and BIS number: the check digits decide."""

import pytest
from django.core.exceptions import ValidationError
from hypothesis import given
from hypothesis import strategies as st

from radar.households.insz import format_insz, is_valid_insz, normalize_insz, validate_insz


def check_digits(base: str, born_after_1999: bool) -> str:
    """The rule, written out: 97 minus (the first nine digits mod 97), with a 2 in front
    of the nine digits for people born in 2000 or later."""
    number = int(("2" if born_after_1999 else "") + base)
    return f"{97 - number % 97:02d}"


def test_known_valid_numbers_are_accepted():
    assert is_valid_insz("85073003328")  # born 30 July 1985
    assert is_valid_insz("01020300467")  # born 3 February 2001: 97 - 2010203004 mod 97
    validate_insz("85073003328")


@pytest.mark.parametrize(
    "base",
    ["850730033", "930101001", "751231998", "000101002", "600229123"],
)
def test_numbers_of_people_born_before_2000_are_valid_with_their_check(base):
    assert is_valid_insz(base + check_digits(base, born_after_1999=False))


@pytest.mark.parametrize("base", ["010203004", "050615127", "191111250", "230101002"])
def test_numbers_of_people_born_in_2000_or_later_are_valid_with_their_check(base):
    assert is_valid_insz(base + check_digits(base, born_after_1999=True))


def test_the_two_rules_give_different_checks_so_each_one_is_really_tested():
    assert check_digits("010203004", True) != check_digits("010203004", False)


@pytest.mark.parametrize(
    "base",
    [
        "852730033",  # BIS number: birth month + 20 (sex unknown)
        "854730034",  # BIS number: birth month + 40 (sex known)
        "004001001",  # BIS number, birth date unknown
    ],
)
def test_bis_numbers_are_valid_with_their_check(base):
    assert is_valid_insz(base + check_digits(base, born_after_1999=False))
    validate_insz(base + check_digits(base, born_after_1999=False))


def test_bis_number_born_in_2000_or_later_is_valid():
    base = "052215127"  # born February 2005, month + 20
    assert is_valid_insz(base + check_digits(base, born_after_1999=True))


@pytest.mark.parametrize("number", ["85073003327", "85073003329", "85073003300", "85073003382"])
def test_a_wrong_check_is_refused(number):
    assert not is_valid_insz(number)
    with pytest.raises(ValidationError) as error:
        validate_insz(number)
    assert error.value.code == "insz_checksum"


@pytest.mark.parametrize("number", ["", "8507300332", "850730033288", "85O73003328", "abcdefghijk"])
def test_a_wrong_length_or_a_letter_is_refused(number):
    assert not is_valid_insz(number)
    with pytest.raises(ValidationError) as error:
        validate_insz(number)
    assert error.value.code == "insz_length"


@pytest.mark.parametrize(
    "written",
    ["85.07.30-033.28", "85 07 30 033 28", "850730-033-28", "85073003328", " 85.07.30/033.28 "],
)
def test_dots_dashes_and_spaces_are_accepted(written):
    assert normalize_insz(written) == "85073003328"
    assert is_valid_insz(written)
    validate_insz(written)


def test_formatting_shows_the_usual_dots_and_dash():
    assert format_insz("85073003328") == "85.07.30-033.28"
    assert format_insz("85.07.30-033.28") == "85.07.30-033.28"
    assert format_insz("123") == "123"


nine_digits = st.text(alphabet="0123456789", min_size=9, max_size=9)


@given(base=nine_digits, born_after_1999=st.booleans())
def test_any_nine_digits_with_the_right_check_are_valid(base, born_after_1999):
    number = base + check_digits(base, born_after_1999)
    assert is_valid_insz(number)
    validate_insz(number)


@given(base=nine_digits, check=st.integers(min_value=0, max_value=99))
def test_any_other_check_is_refused(base, check):
    valid = {check_digits(base, True), check_digits(base, False)}
    number = f"{base}{check:02d}"
    assert is_valid_insz(number) == (f"{check:02d}" in valid)
    if f"{check:02d}" not in valid:
        with pytest.raises(ValidationError):
            validate_insz(number)
