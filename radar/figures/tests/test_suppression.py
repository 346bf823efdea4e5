"""Small counts are hidden, and no hidden count can be worked out from what is shown."""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from radar.figures.suppression import (
    HIDDEN,
    SMALL,
    suppress,
    suppress_linked,
    suppress_table,
)
from radar.figures.tests.attack import lines_with_one_hidden, worked_out


def test_a_lone_count_of_one_to_four_is_hidden_and_zero_and_five_are_shown():
    assert [suppress(n) for n in (0, 1, 4, 5, 12)] == ["0", "<5", "<5", "5", "12"]


def test_a_total_next_to_one_hidden_count_hides_the_next_smallest_count_too():
    # "7, <5, total 10" would give the 3 away.
    table = suppress_table([[7, 3, 12]], col_totals=False)

    assert table.cells == [[HIDDEN, SMALL, "12"]]
    assert table.row_totals == ["22"]


def test_two_small_counts_in_a_line_protect_each_other():
    table = suppress_table([[3, 2, 9]], col_totals=False)

    assert table.cells == [[SMALL, SMALL, "9"]]
    assert table.row_totals == ["14"]


def test_zero_stays_zero_and_is_never_hidden_to_protect_another_count():
    table = suppress_table([[0, 3, 0, 8]], col_totals=False)

    assert table.cells == [["0", SMALL, "0", HIDDEN]]


def test_a_small_total_is_hidden_with_its_only_count():
    table = suppress_table([[3, 0]], col_totals=False)

    assert table.cells == [[SMALL, "0"]]
    assert table.row_totals == [SMALL]


def test_the_total_is_hidden_when_the_bounds_would_give_the_counts_away():
    # "x, <5, total 6": x is 5 or more and <5 at least 1, so they can only be 5 and 1.
    assert suppress_linked({"a": 5, "b": 1, "t": 6}, [(["a", "b"], "t")]) == {
        "a": HIDDEN,
        "b": SMALL,
        "t": HIDDEN,
    }
    # "<5, <5, 0, total 8": two counts under 5 that make 8 can only be 4 and 4.
    table = suppress_table([[4, 4, 0]], col_totals=False)
    assert table.cells == [[SMALL, SMALL, "0"]]
    assert table.row_totals == [HIDDEN]


def test_four_ones_and_their_total_four_cannot_be_protected_by_hiding():
    # The one known limit of "<5 is 1 to 4, 0 is 0": four counts under 5 whose total is under
    # 5 can only be four 1s. Everything is hidden already; nothing more can be.
    table = suppress_table([[1, 1, 1, 1]], col_totals=False)

    assert table.cells == [[SMALL] * 4]
    assert table.row_totals == [SMALL]
    shown = {("cell", 0, j): SMALL for j in range(4)} | {("row", 0): SMALL}
    assert len(worked_out(shown, _table_lines(1, 4, True, False))) == 5


def test_a_table_without_totals_hides_only_the_small_counts():
    table = suppress_table([[6, 2], [0, 9]], row_totals=False, col_totals=False)

    assert table.cells == [["6", SMALL], ["0", "9"]]
    assert (table.row_totals, table.col_totals, table.total) == (None, None, None)


def test_a_table_with_row_and_column_totals_is_protected_both_ways():
    table = suppress_table([[6, 2, 9], [7, 8, 1], [0, 0, 3]])

    assert table.col_totals == ["13", "10", "13"]
    assert table.total == "36"
    shown = _table_display([[6, 2, 9], [7, 8, 1], [0, 0, 3]], table)
    assert not lines_with_one_hidden(shown, _table_lines(3, 3, True, True))
    assert not worked_out(shown, _table_lines(3, 3, True, True))


def test_an_unpublished_small_count_that_could_be_worked_out_is_protected():
    # Signalled 10, of them not known 8: the 2 known families would follow.
    values = {"signalled": 10, "not_known": 8, "known": 2}
    shown = suppress_linked(values, [(["not_known", "known"], "signalled")], unpublished={"known"})

    assert shown == {"signalled": "10", "not_known": HIDDEN}


def test_an_unpublished_count_protects_a_hidden_one_and_needs_no_protection_from_five():
    line = [(["not_known", "known"], "signalled")]
    values = {"signalled": 10, "not_known": 3, "known": 7}

    assert suppress_linked(values, line, unpublished={"known"}) == {
        "signalled": "10",
        "not_known": SMALL,
    }
    values = {"signalled": 15, "not_known": 8, "known": 7}
    assert suppress_linked(values, line, unpublished={"known"}) == {
        "signalled": "15",
        "not_known": "8",
    }


def test_a_count_a_reader_may_know_is_never_hidden_and_protects_like_a_shown_one():
    # 12 families through the school and 3 through the info point, 14 signalled: a reader may
    # know (or guess) that one family came through both.
    values = {"school": 12, "info_point": 3, "channels": 15, "signalled": 14, "twice": 1}
    lines = [(["school", "info_point"], "channels"), (["signalled", "twice"], "channels")]

    shown = suppress_linked(values, lines, unpublished={"channels"}, known={"twice"})

    assert shown == {"school": HIDDEN, "info_point": SMALL, "signalled": "14"}


def test_lines_must_name_known_counts_once():
    with pytest.raises(KeyError):
        suppress_linked({"a": 1, "t": 1}, [(["a", "b"], "t")])
    with pytest.raises(ValueError):
        suppress_linked({"a": 1, "t": 2}, [(["a", "a"], "t")])
    with pytest.raises(ValueError):
        suppress_table([[1, 2], [3]])


# Property tests: random tables; a reader tries to work every hidden count out.

counts = st.one_of(st.integers(0, 6), st.integers(0, 40))


def _table_lines(height, width, row_totals, col_totals):
    lines = []
    if row_totals:
        lines += [([("cell", i, j) for j in range(width)], ("row", i)) for i in range(height)]
    if col_totals:
        lines += [([("cell", i, j) for i in range(height)], ("col", j)) for j in range(width)]
    if row_totals and col_totals:
        lines.append(([("row", i) for i in range(height)], "all"))
        lines.append(([("col", j) for j in range(width)], "all"))
    return lines


def _table_display(rows, table):
    shown = {
        ("cell", i, j): table.cells[i][j] for i in range(len(rows)) for j in range(len(rows[0]))
    }
    shown.update({("row", i): n for i, n in enumerate(table.row_totals or [])})
    shown.update({("col", j): n for j, n in enumerate(table.col_totals or [])})
    if table.total is not None:
        shown["all"] = table.total
    return shown


def _table_values(rows):
    values = {("cell", i, j): n for i, row in enumerate(rows) for j, n in enumerate(row)}
    values.update({("row", i): sum(row) for i, row in enumerate(rows)})
    values.update({("col", j): sum(col) for j, col in enumerate(zip(*rows, strict=True))})
    values["all"] = sum(map(sum, rows))
    return values


def _assert_honest(shown, values):
    """Shown counts are exact; "<5" only for 1 to 4; "x" only for 5 or more; 0 always shown."""
    for key, text in shown.items():
        n = values[key]
        if text == SMALL:
            assert 0 < n < 5, (key, n)
        elif text == HIDDEN:
            assert n >= 5, (key, n)
        else:
            assert text == str(n), (key, n, text)
        if 0 < n < 5:
            assert text == SMALL, (key, n, text)


def _assert_nothing_worked_out(shown, lines):
    """No hidden count can be worked out, unless every count around it is hidden already."""
    found = worked_out(shown, lines)
    around = set(found)
    grew = True
    while grew:
        linked = {k for cells, total in lines if around & {*cells, total} for k in (*cells, total)}
        grew = not linked <= around
        around |= linked
    left = {k for k in around if shown[k] not in (SMALL, HIDDEN, "0")}
    assert not (found and left), f"{found} can be worked out; {left} could still be hidden"


# derandomize: a random draw once hit a table whose exact search ran for minutes in CI.
@settings(
    max_examples=300,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow],
)
@given(
    st.integers(1, 4).flatmap(
        lambda width: st.lists(st.lists(counts, min_size=width, max_size=width), max_size=4)
    ),
    st.booleans(),
    st.booleans(),
)
def test_no_hidden_count_of_a_table_can_be_worked_out(rows, row_totals, col_totals):
    table = suppress_table(rows, row_totals=row_totals, col_totals=col_totals)

    if not rows:
        return
    shown = _table_display(rows, table)
    _assert_honest(shown, _table_values(rows))
    lines = _table_lines(len(rows), len(rows[0]), row_totals, col_totals)
    assert not lines_with_one_hidden(shown, lines)
    _assert_nothing_worked_out(shown, lines)


@st.composite
def linked_figures(draw):
    """Counts grouped two ways (like a table with gaps), and totals of the group totals (like
    months, quarters and a year): the shapes figures are published in."""
    values = {i: n for i, n in enumerate(draw(st.lists(counts, min_size=1, max_size=8)))}
    cells = list(values)
    lines = []
    for _ in range(draw(st.integers(1, 2))):  # one or two ways of grouping the same counts
        groups = draw(st.lists(st.integers(0, 3), min_size=len(cells), max_size=len(cells)))
        totals = []
        for group in sorted(set(groups)):
            members = [cell for cell, g in zip(cells, groups, strict=True) if g == group]
            values[len(values)] = sum(values[k] for k in members)
            lines.append((members, len(values) - 1))
            totals.append(len(values) - 1)
        if len(totals) > 1 and draw(st.booleans()):
            values[len(values)] = sum(values[k] for k in totals)
            lines.append((totals, len(values) - 1))
    return values, lines


# derandomize: a random draw once hit a table whose exact search ran for minutes in CI.
@settings(
    max_examples=300,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow],
)
@given(linked_figures())
def test_no_hidden_count_of_linked_figures_can_be_worked_out(figures):
    values, lines = figures

    shown = suppress_linked(values, lines)

    _assert_honest(shown, values)
    assert not lines_with_one_hidden(shown, lines)
    _assert_nothing_worked_out(shown, lines)
