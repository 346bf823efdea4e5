"""Money compared in whole cents.

OpenFisca keeps amounts in float32, parameters are Python floats and facts float64: the same
€ 45 278,06 is 45278.0586 in one and 45278.06 in the other, so a household exactly on a
threshold could be refused. Every comparison of an amount with a threshold goes through
`cents()` on both sides (float32 carries cents exactly up to € 131 072, above every threshold
of the model).
"""

import numpy


def cents(amount):
    """An amount (scalar or array, EUR) as whole cents (int64)."""
    return numpy.rint(numpy.asarray(amount, dtype=numpy.float64) * 100).astype(numpy.int64)


def at_most(amount, limit):
    """amount <= limit, to the cent."""
    return cents(amount) <= cents(limit)


def below(amount, limit):
    """amount < limit, to the cent."""
    return cents(amount) < cents(limit)
