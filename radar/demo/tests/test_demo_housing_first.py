"""The demo shows Housing First in team north: a commission with three meetings, eight
candidacies in every state, five tenancies (one moved on, one evicted)."""

from collections import Counter

from django.core.management import call_command
from django.utils import timezone

from radar.accounts.models import User
from radar.housing_first.figures import retention_for
from radar.housing_first.models import AgendaItem, Candidacy, Commission, Tenancy


def test_the_demo_has_a_commission_candidacies_in_every_state_and_five_tenancies(db):
    call_command("demo", verbosity=0)

    commission = Commission.objects.get()
    assert commission.meetings.count() == 3
    states = Counter((c.status, c.decision) for c in Candidacy.objects.all())
    assert states == {
        ("preparing", ""): 1, ("submitted", ""): 1, ("withdrawn", ""): 1,
        ("decided", "not_admitted"): 1, ("decided", "postponed"): 1, ("decided", "admitted"): 3,
    }  # fmt: skip
    resubmitted = Candidacy.objects.get(submissions=2)
    assert list(resubmitted.items.order_by("id").values_list("decision", flat=True)) == [
        "postponed", "admitted",
    ]  # fmt: skip
    assert AgendaItem.objects.filter(not_taking_part__isnull=False).exists()
    ends = Counter(Tenancy.objects.values_list("end_reason", flat=True))
    assert ends == {"": 3, "moved_on": 1, "evicted": 1}
    lead = User.objects.get(username="teamlead1")
    table = retention_for(lead, as_of=timezone.localdate())
    assert table["6"]["n"] == 3
    assert table["6"]["retention"] == 1.0
