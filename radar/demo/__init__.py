"""Demo data: the fictional municipality Radarbeek, for trying Radar and for benchmarks.

Like zulip's `zilencer`, this app sits on top of all the others: it builds its families
through their services (and, for the bulk mode, straight into their tables), and nothing
else in Radar imports it.

    families.py     the municipality, its users and families: ~60 through the services
                    (`create_small_demo`), any number in bulk (`create_bulk_households`)
    social_map.py   organisations, info point sessions and referrals
    network.py      ecograms and case discussions
    consents.py     the consents of partner1's organisation
    rights.py       the municipality's local rights
    management/commands/demo.py   `radar demo [--households N]`
"""
