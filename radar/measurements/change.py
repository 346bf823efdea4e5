"""Change between T0 and T1 over paired scores: plain arithmetic and one test, no Django.

Ordinal levels (1-5), so the figures are counts, the mean change (a convention, shown with
n), the T0 x T1 table and the Wilcoxon signed-rank test of the differences
(docs/measurements.md). Only pairs count: a family without a T1 is not in these figures.
"""

from collections.abc import Sequence
from dataclasses import dataclass, field

from scipy import stats

# The Wilcoxon p-value is given only from this many non-zero differences on.
MIN_NONZERO_FOR_TEST = 6
# Levels 1 and 2 of a 5-level instrument: acute problems, not self-sufficient.
PROBLEM_LEVELS = (1, 2)


@dataclass(frozen=True)
class DomainChange:
    n: int
    up: int
    same: int
    down: int
    mean_change: float | None
    wilcoxon_p: float | None
    # (t0 level, t1 level) -> number of pairs
    table: dict[tuple[int, int], int] = field(default_factory=dict)
    # Pairs at level 1-2 at T0, and of those, how many were at 3 or higher at T1.
    in_problem_levels: int = 0
    left_problem_levels: int = 0

    def percent(self, count: int) -> float | None:
        return round(100 * count / self.n, 1) if self.n else None

    @property
    def up_percent(self) -> float | None:
        return self.percent(self.up)

    @property
    def same_percent(self) -> float | None:
        return self.percent(self.same)

    @property
    def down_percent(self) -> float | None:
        return self.percent(self.down)


def wilcoxon_p(differences: Sequence[int]) -> float | None:
    """The two-sided p-value of scipy.stats.wilcoxon(differences, zero_method="wilcox",
    method="auto"), or None with fewer than MIN_NONZERO_FOR_TEST non-zero differences."""
    if sum(1 for d in differences if d != 0) < MIN_NONZERO_FOR_TEST:
        return None
    result = stats.wilcoxon(list(differences), zero_method="wilcox", method="auto")
    return float(result.pvalue)


def domain_change(pairs: Sequence[tuple[int, int]]) -> DomainChange:
    """The change over (t0, t1) pairs of one domain."""
    differences = [t1 - t0 for t0, t1 in pairs]
    table: dict[tuple[int, int], int] = {}
    for pair in pairs:
        table[pair] = table.get(pair, 0) + 1
    in_problem = [(t0, t1) for t0, t1 in pairs if t0 in PROBLEM_LEVELS]
    return DomainChange(
        n=len(pairs),
        up=sum(1 for d in differences if d > 0),
        same=sum(1 for d in differences if d == 0),
        down=sum(1 for d in differences if d < 0),
        mean_change=sum(differences) / len(differences) if differences else None,
        wilcoxon_p=wilcoxon_p(differences),
        table=table,
        in_problem_levels=len(in_problem),
        left_problem_levels=sum(1 for _t0, t1 in in_problem if t1 not in PROBLEM_LEVELS),
    )
