"""A reader who tries to work out every hidden count of published figures.

Written apart from radar.figures.suppression on purpose: it knows only what a page shows (the
numbers, "<5" for 1 to 4, "x" for a hidden count of 5 or more) and which counts add up to which
total, and it searches every possible value of the hidden counts (not only the obvious sums),
up to CAP. A hidden count is worked out when only one value fits.
"""

from collections.abc import Hashable, Iterable, Mapping, Sequence

from radar.figures.suppression import HIDDEN, SMALL

CAP = 10_000  # the largest count the reader tries for an "x"

Lines = Sequence[tuple[Sequence[Hashable], Hashable]]


def lines_with_one_hidden(shown: Mapping[Hashable, str], lines: Lines) -> list:
    """The simple attack: a line with one hidden member gives it away (total minus the rest)."""
    return [
        (cells, total)
        for cells, total in lines
        if sum(1 for k in (*cells, total) if shown[k] in (SMALL, HIDDEN)) == 1
    ]


def worked_out(
    shown: Mapping[Hashable, str], lines: Lines, unpublished: Mapping[Hashable, int] | None = None
) -> dict[Hashable, int]:
    """The hidden counts that have only one possible value, with that value.

    `unpublished` counts (key: true value) are shown nowhere but take part in lines (the
    families known to the OCMW: signalled minus not known); one of 1 to 4 must not be worked
    out either."""
    domains: dict[Hashable, tuple[int, float]] = {}
    for key, text in shown.items():
        if text == SMALL:
            domains[key] = (1, 4)
        elif text == HIDDEN:
            domains[key] = (5, CAP)
        else:
            domains[key] = (int(text), int(text))
    unpublished = unpublished or {}
    for key in unpublished:
        domains[key] = (0, CAP)
    lines = [(tuple(cells), total) for cells, total in lines]
    hidden = [k for k, text in shown.items() if text in (SMALL, HIDDEN)]
    hidden += [k for k, n in unpublished.items() if 0 < n < 5]
    one = _solve(dict(domains), lines)
    assert one is not None, "the published figures contradict themselves"
    found = {}
    for key in hidden:
        low, high = domains[key]
        below = {**domains, key: (low, one[key] - 1)}
        above = {**domains, key: (one[key] + 1, high)}
        if _solve(below, lines) is None and _solve(above, lines) is None:
            found[key] = one[key]
    return found


def _solve(domains: dict, lines: list) -> dict | None:
    """One assignment of every count within its domain where every line adds up, or None."""
    domains = _propagate(dict(domains), lines)
    if domains is None:
        return None
    open_keys = [k for k, (low, high) in domains.items() if low != high]
    if not open_keys:
        return {k: low for k, (low, _high) in domains.items()}
    key = min(open_keys, key=lambda k: domains[k][1] - domains[k][0])
    low, high = domains[key]
    middle = (low + high) // 2
    for part in ((low, middle), (middle + 1, high)):
        solution = _solve({**domains, key: part}, lines)
        if solution is not None:
            return solution
    return None


def _propagate(domains: dict, lines: Iterable) -> dict | None:
    if any(low > high for low, high in domains.values()):
        return None
    changed = True
    while changed:
        changed = False
        for cells, total in lines:
            low_sum = sum(domains[k][0] for k in cells)
            high_sum = sum(domains[k][1] for k in cells)
            t_low, t_high = domains[total]
            new_total = (max(t_low, low_sum), min(t_high, high_sum))
            if new_total[0] > new_total[1]:
                return None
            if new_total != domains[total]:
                domains[total] = new_total
                changed = True
            t_low, t_high = new_total
            for key in cells:
                low, high = domains[key]
                others_low = low_sum - low
                others_high = high_sum - high
                new = (max(low, t_low - others_high), min(high, t_high - others_low))
                if new[0] > new[1]:
                    return None
                if new != (low, high):
                    domains[key] = new
                    low_sum += new[0] - low
                    high_sum += new[1] - high
                    changed = True
    return domains
