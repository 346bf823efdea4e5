"""Small-count suppression, complementary: no family can be singled out from a published count.

Primary suppression: a count of 1 to 4 shows as "<5". Zero stays 0 (a known zero reveals
nothing). That alone leaks: "7, <5, total 10" gives the hidden 3 away. So wherever counts are
published together with their total (a line: the cells of a row or a column and its total,
or the months of a quarter and the quarter), a line never has exactly one hidden member:

1. In a line with one hidden member, also hide the smallest non-zero count of its cells that
   is still shown (secondary suppression, shown as "x"); when no cell is left, hide the total.
   Repeat until no line changes: hiding a cell can open the other lines it is in.
2. Then try to work every hidden count out as a reader would: hidden counts of 1 to 4 lie
   between 1 and 4, the other hidden ones are 5 or more, and every line adds up. For each
   hidden count, search the published figures for another value it could have (narrowing the
   bounds line by line, then splitting a range in two). A count with no other possible value
   ("<5 + <5 = 8" can only be 4 + 4; "x + <5 = 6" only 5 + 1; two lines can also combine) gets
   one more count hidden next to it, and both steps run again.

`suppress(n)` is for a lone count that no published total contains; `suppress_table` for a
table with row and/or column totals; `suppress_linked` for anything else that adds up, e.g.
the months and the quarters of the info point figures, which two views publish.
"""

from collections import deque
from collections.abc import Collection, Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass

SMALL_COUNT = 5
SMALL = f"<{SMALL_COUNT}"  # a count of 1 to 4
HIDDEN = "x"  # a count of 5 or more, hidden so that a small count cannot be worked out


def is_small(n: int) -> bool:
    return 0 < n < SMALL_COUNT


def suppress(n: int) -> str:
    """A lone count that no published total contains: "<5" for 1 to 4, the number otherwise."""
    return SMALL if is_small(n) else str(n)


@dataclass(frozen=True)
class Line:
    """Published counts that add up: `sum(cells) == total`."""

    cells: tuple[Hashable, ...]
    total: Hashable


def suppress_linked(
    values: Mapping[Hashable, int],
    lines: Iterable[Line | tuple[Sequence[Hashable], Hashable]],
    *,
    unpublished: Collection[Hashable] = (),
    known: Collection[Hashable] = (),
) -> dict[Hashable, str]:
    """The display string of every published count in `values`: its number, "<5" or "x".

    `lines` say which counts add up to which total (every key must be in `values`).
    `unpublished` keys are counts that no page shows but that a line implies (the families that
    were known to the OCMW, next to "signalled" and "not known"): unknown to the reader, and
    one of 1 to 4 must not be worked out either. `known` keys are counts no page shows but a
    reader may know or guess (how many families came through two channels): taken as shown,
    never hidden. Neither is in the result.
    """
    normalised = [
        line if isinstance(line, Line) else Line(tuple(line[0]), line[1]) for line in lines
    ]
    suppressor = _Suppressor(dict(values), normalised, frozenset(unpublished), frozenset(known))
    return suppressor.run()


@dataclass(frozen=True)
class SuppressedTable:
    """Display strings, shaped like the counts given to `suppress_table`."""

    cells: list[list[str]]
    row_totals: list[str] | None  # None when the table publishes no row totals
    col_totals: list[str] | None
    total: str | None  # the grand total, published when there are row and column totals


def suppress_table(
    rows: Sequence[Sequence[int]], *, row_totals: bool = True, col_totals: bool = True
) -> SuppressedTable:
    """Suppress a table whose row and/or column totals (the sums) are published with it."""
    width = len(rows[0]) if rows else 0
    if any(len(row) != width for row in rows):
        raise ValueError("Every row of a table has the same number of cells.")
    values: dict[Hashable, int] = {}
    for i, row in enumerate(rows):
        for j, n in enumerate(row):
            values[("cell", i, j)] = n
    lines: list[Line] = []
    if row_totals:
        for i, row in enumerate(rows):
            values[("row", i)] = sum(row)
            lines.append(Line(tuple(("cell", i, j) for j in range(width)), ("row", i)))
    if col_totals:
        for j in range(width):
            values[("col", j)] = sum(row[j] for row in rows)
            lines.append(Line(tuple(("cell", i, j) for i in range(len(rows))), ("col", j)))
    if row_totals and col_totals:
        values["all"] = sum(map(sum, rows))
        lines.append(Line(tuple(("row", i) for i in range(len(rows))), "all"))
        lines.append(Line(tuple(("col", j) for j in range(width)), "all"))
    shown = suppress_linked(values, lines)
    return SuppressedTable(
        cells=[[shown[("cell", i, j)] for j in range(width)] for i in range(len(rows))],
        row_totals=[shown[("row", i)] for i in range(len(rows))] if row_totals else None,
        col_totals=[shown[("col", j)] for j in range(width)] if col_totals else None,
        total=shown["all"] if row_totals and col_totals else None,
    )


class _Suppressor:
    def __init__(self, values: dict, lines: list[Line], unpublished: frozenset, known: frozenset):
        for line in lines:
            members = (*line.cells, line.total)
            if len(set(members)) != len(members):
                raise ValueError(f"A count appears twice in one line: {line}")
            missing = [k for k in members if k not in values]
            if missing:
                raise KeyError(f"Counts in a line but not in the values: {missing}")
        self.values = values
        self.lines = lines
        self.unpublished = unpublished
        self.known = known
        self.order = {key: i for i, key in enumerate(values)}  # ties go to the first given
        self.lines_of: dict[Hashable, list[int]] = {key: [] for key in values}
        for index, line in enumerate(lines):
            for key in _members(line):
                self.lines_of[key].append(index)
        # Shown counts that are hidden: True for a count of 1 to 4 (primary), False for one
        # hidden to protect another. Unpublished counts are unknown without being hidden.
        self.hidden: dict[Hashable, bool] = {
            k: True
            for k, n in values.items()
            if is_small(n) and k not in unpublished and k not in known
        }
        # The largest value the audit tries for a count of 5 or more: beyond every true sum.
        self.cap = 2 * sum(values.values()) + SMALL_COUNT

    def run(self) -> dict[Hashable, str]:
        # Every round hides at least one more count, or ends.
        for _ in range(len(self.values) + 1):
            self._close_lines()
            exposed = self._exposed()
            if exposed is None or not self._protect(exposed):
                break
        return {
            key: (SMALL if self.hidden[key] else HIDDEN) if key in self.hidden else str(n)
            for key, n in self.values.items()
            if key not in self.unpublished and key not in self.known
        }

    def _is_unknown(self, key) -> bool:
        return key in self.hidden or key in self.unpublished

    def _needs_protection(self, key) -> bool:
        """Hidden counts, and unpublished ones of 1 to 4, must not be worked out."""
        return key in self.hidden or (key in self.unpublished and is_small(self.values[key]))

    def _unknowns_in(self, line: Line) -> list:
        return [key for key in _members(line) if self._is_unknown(key)]

    def _can_hide(self, key) -> bool:
        return not self._is_unknown(key) and key not in self.known and self.values[key] != 0

    def _candidate(self, line: Line):
        """The count to hide next in this line: the smallest shown cell that opens the fewest
        other lines; the total when no cell is left."""
        cells = [key for key in line.cells if self._can_hide(key)]
        if cells:
            return min(cells, key=self._cost)
        return line.total if self._can_hide(line.total) else None

    def _cost(self, key) -> tuple[int, int, int]:
        opens = sum(1 for i in self.lines_of[key] if not self._unknowns_in(self.lines[i]))
        return opens, self.values[key], self.order[key]

    def _close_lines(self) -> None:
        """Secondary suppression until no line has exactly one hidden member."""
        queue = deque(range(len(self.lines)))
        queued = set(queue)
        while queue:
            index = queue.popleft()
            queued.discard(index)
            line = self.lines[index]
            unknown = self._unknowns_in(line)
            if len(unknown) != 1 or not self._needs_protection(unknown[0]):
                continue
            key = self._candidate(line)
            if key is None:
                continue  # nothing left to hide here; the audit decides whether it matters
            self.hidden[key] = False
            for other in self.lines_of[key]:
                if other not in queued:
                    queue.append(other)
                    queued.add(other)

    def _bounds(self) -> dict[Hashable, tuple[int, int]]:
        """What a reader knows of each count before adding anything up."""
        bounds = {}
        for key, n in self.values.items():
            if key in self.unpublished:
                bounds[key] = (0, self.cap)
            elif key not in self.hidden:
                bounds[key] = (n, n)
            elif self.hidden[key]:
                bounds[key] = (1, SMALL_COUNT - 1)
            else:
                bounds[key] = (SMALL_COUNT, self.cap)
        return bounds

    def _exposed(self) -> Hashable | None:
        """The first count that must be protected and that only one value fits, or None."""
        bounds = self._bounds()
        for component in self._components():
            lines = [self.lines[i] for i in component]
            keys = sorted({k for line in lines for k in _members(line)}, key=self.order.__getitem__)
            for key in keys:
                if not self._needs_protection(key):
                    continue
                low, high = bounds[key]
                n = self.values[key]
                if not (
                    _feasible({**bounds, key: (low, n - 1)}, lines)
                    or _feasible({**bounds, key: (n + 1, high)}, lines)
                ):
                    return key
        return None

    def _components(self) -> list[list[int]]:
        """The lines that share counts, as groups (each group is audited on its own)."""
        groups: list[list[int]] = []
        seen: set[int] = set()
        for first in range(len(self.lines)):
            if first in seen or not self._unknowns_in(self.lines[first]):
                continue
            group, stack = [], [first]
            seen.add(first)
            while stack:
                index = stack.pop()
                group.append(index)
                for key in _members(self.lines[index]):
                    for other in self.lines_of[key]:
                        if other not in seen:
                            seen.add(other)
                            stack.append(other)
            groups.append(sorted(group))
        return groups

    def _protect(self, exposed: Hashable) -> bool:
        """Hide one more count near an exposed one: in its own lines, else in the nearest line
        (through shared counts) that still has one to hide. False when none is left."""
        seen_lines: set[int] = set()
        seen_keys = {exposed}
        frontier = [exposed]
        while frontier:
            line_indexes = sorted({i for key in frontier for i in self.lines_of[key]} - seen_lines)
            seen_lines.update(line_indexes)
            candidates = [
                key for i in line_indexes if (key := self._candidate(self.lines[i])) is not None
            ]
            if candidates:
                self.hidden[min(candidates, key=self._cost)] = False
                return True
            frontier = [
                key for i in line_indexes for key in _members(self.lines[i]) if key not in seen_keys
            ]
            seen_keys.update(frontier)
        return False


def _members(line: Line) -> tuple[Hashable, ...]:
    return (*line.cells, line.total)


def _feasible(bounds: dict, lines: list[Line]) -> bool:
    """Whether every count can take a value within its bounds so that every line adds up."""
    narrowed = _narrow(dict(bounds), lines)
    if narrowed is None:
        return False
    keys = {k for line in lines for k in _members(line)}
    open_keys = [k for k in keys if narrowed[k][0] < narrowed[k][1]]
    if not open_keys:
        return True
    key = min(open_keys, key=lambda k: narrowed[k][1] - narrowed[k][0])
    low, high = narrowed[key]
    middle = (low + high) // 2
    return _feasible({**narrowed, key: (low, middle)}, lines) or _feasible(
        {**narrowed, key: (middle + 1, high)}, lines
    )


def _narrow(bounds: dict, lines: list[Line]) -> dict | None:
    """Narrow every count's bounds from `sum(cells) == total` until nothing changes; None when
    the lines cannot add up within the bounds."""
    if any(low > high for low, high in bounds.values()):
        return None
    lines_of: dict[Hashable, list[int]] = {}
    for index, line in enumerate(lines):
        for key in _members(line):
            lines_of.setdefault(key, []).append(index)
    queue = deque(range(len(lines)))
    queued = set(queue)
    while queue:
        index = queue.popleft()
        queued.discard(index)
        line = lines[index]
        low_sum = sum(bounds[k][0] for k in line.cells)
        high_sum = sum(bounds[k][1] for k in line.cells)
        total_low, total_high = bounds[line.total]
        new = {line.total: (max(total_low, low_sum), min(total_high, high_sum))}
        for key in line.cells:
            low, high = bounds[key]
            new[key] = (
                max(low, total_low - (high_sum - high)),
                min(high, total_high - (low_sum - low)),
            )
        for key, (low, high) in new.items():
            if low > high:
                return None
            if (low, high) != bounds[key]:
                bounds[key] = (low, high)
                for other in lines_of[key]:
                    if other not in queued:
                        queue.append(other)
                        queued.add(other)
    return bounds
