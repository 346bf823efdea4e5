"""The Belgian national register number (INSZ/NISS, rijksregisternummer) and BIS number.

Eleven digits: YYMMDD (birth date; month +20 or +40 for a BIS number), a three-digit
serial (odd for men, even for women) and a two-digit check: 97 - (first nine digits mod 97),
where for people born in 2000 or later a 2 is put before the nine digits.
"""

import re

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

_NON_DIGITS = re.compile(r"[\s.\-/]")


def normalize_insz(value: str) -> str:
    """The eleven digits, without dots, dashes or spaces."""
    return _NON_DIGITS.sub("", value or "")


def is_valid_insz(value: str) -> bool:
    digits = normalize_insz(value)
    if len(digits) != 11 or not (digits.isascii() and digits.isdigit()):
        return False
    base, check = int(digits[:9]), int(digits[9:])
    return check in {97 - base % 97, 97 - (2_000_000_000 + base) % 97}


def validate_insz(value: str) -> None:
    digits = normalize_insz(value)
    if len(digits) != 11 or not (digits.isascii() and digits.isdigit()):
        raise ValidationError(
            _("A national register number has 11 digits, e.g. 85.07.30-033.28."),
            code="insz_length",
        )
    if not is_valid_insz(digits):
        raise ValidationError(
            _("This national register number is not valid: check the digits."),
            code="insz_checksum",
        )


def format_insz(value: str) -> str:
    """85073003328 -> 85.07.30-033.28."""
    d = normalize_insz(value)
    if len(d) != 11:
        return value
    return f"{d[0:2]}.{d[2:4]}.{d[4:6]}-{d[6:9]}.{d[9:11]}"
