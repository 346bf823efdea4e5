"""Figures in one place: the rules every page with counts follows.

- scope.py        who may see which municipality's figures (`municipalities_for`,
                  `teams_in_scope`), and who sees small counts (`hides_small_counts`)
- periods.py      the period a record counts in: the period of the event's own date
                  (`Period.year(2025).filter("received_on")`)
- suppression.py  small-count suppression, complementary: counts of 1 to 4 show as "<5",
                  and no hidden count can be worked out from the totals or the other counts
                  (`suppress`, `suppress_table`, `suppress_linked`)

No models. Stands on radar.core and radar.accounts only; the domain apps count their own
records and call these rules (docs/decisions/0007-figures-module.md).
"""
