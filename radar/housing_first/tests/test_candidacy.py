"""The candidacy: prepared with the family, submitted, decided, submitted again, withdrawn;
every read in the audit log."""

import pytest

from radar.core.models import AuditEntry
from radar.core.services import ConcurrentEditError, UnknownFieldError
from radar.households.selectors import HouseholdNotFound
from radar.housing_first import selectors, services
from radar.housing_first.models import CandidacyStatus, Decision
from radar.housing_first.tests.factories import (
    AdmittedCandidacyFactory,
    AgendaItemFactory,
    CandidacyFactory,
    CommissionMemberFactory,
    MeetingFactory,
)


def test_a_candidacy_keeps_the_familys_own_words(outreacher, household):
    words = "On veut un chez-nous, et que Léa revienne à la maison."

    candidacy = services.prepare_candidacy(
        user=outreacher, household=household, life_project=words, health=""
    )

    candidacy.refresh_from_db()
    assert candidacy.life_project == words
    assert candidacy.status == CandidacyStatus.PREPARING
    assert [e.to_status for e in candidacy.events.all()] == ["preparing"]
    assert AuditEntry.objects.filter(action="create", object_type="housing_first.candidacy")


def test_a_family_has_one_open_candidacy(outreacher, household):
    CandidacyFactory(household=household)

    with pytest.raises(services.HousingFirstError):
        services.prepare_candidacy(user=outreacher, household=household)


def test_a_candidacy_goes_from_preparation_to_a_postponement_and_is_admitted_after_resubmission(
    outreacher, household
):
    candidacy = CandidacyFactory(household=household)
    meeting = MeetingFactory(commission__team=household.team)

    services.submit_candidacy(user=outreacher, candidacy=candidacy)
    first = services.put_on_agenda(user=outreacher, meeting=meeting, candidacy=candidacy)
    services.decide_candidacy(
        user=outreacher, item=first, decision=Decision.POSTPONED,
        what_is_needed="L'avis du SAJ sur le retour de Léa.", needed_by=meeting.held_on,
    )  # fmt: skip
    candidacy.refresh_from_db()
    assert (candidacy.status, candidacy.decision) == ("decided", "postponed")
    assert candidacy.is_editable

    services.update_candidacy(
        user=outreacher, candidacy=candidacy, data={"children": "Avis du SAJ: favorable."}
    )
    services.submit_candidacy(user=outreacher, candidacy=candidacy)
    later = MeetingFactory(commission=meeting.commission)
    second = services.put_on_agenda(user=outreacher, meeting=later, candidacy=candidacy)
    services.decide_candidacy(user=outreacher, item=second, decision=Decision.ADMITTED)

    candidacy.refresh_from_db()
    assert candidacy.is_admitted
    assert candidacy.submissions == 2
    assert [i.decision for i in candidacy.items.order_by("id")] == ["postponed", "admitted"]
    assert [e.to_status for e in candidacy.events.order_by("id")] == [
        "submitted", "decided", "submitted", "decided",
    ]  # fmt: skip


def test_an_admitted_candidacy_is_not_submitted_again(outreacher, household):
    candidacy = AdmittedCandidacyFactory(household=household)

    with pytest.raises(services.HousingFirstError):
        services.submit_candidacy(user=outreacher, candidacy=candidacy)
    with pytest.raises(services.HousingFirstError):
        services.withdraw_candidacy(user=outreacher, candidacy=candidacy, note="Plus besoin")
    with pytest.raises(services.HousingFirstError):
        services.update_candidacy(user=outreacher, candidacy=candidacy, data={"debts": "x"})
    candidacy.refresh_from_db()
    assert candidacy.is_admitted


def test_a_submitted_candidacy_is_not_changed_while_the_commission_has_it(outreacher, household):
    candidacy = CandidacyFactory(household=household)
    services.submit_candidacy(user=outreacher, candidacy=candidacy)
    candidacy.refresh_from_db()

    with pytest.raises(services.HousingFirstError):
        services.update_candidacy(user=outreacher, candidacy=candidacy, data={"debts": "x"})


def test_a_worker_cannot_decide_in_the_commissions_place(outreacher, household):
    candidacy = CandidacyFactory(household=household)
    services.submit_candidacy(user=outreacher, candidacy=candidacy)

    with pytest.raises(services.HousingFirstError):
        services.move_candidacy(user=outreacher, candidacy=candidacy, to_status="decided")


def test_withdrawing_needs_a_note(outreacher, household):
    candidacy = CandidacyFactory(household=household)

    with pytest.raises(services.HousingFirstError):
        services.withdraw_candidacy(user=outreacher, candidacy=candidacy, note="  ")
    services.withdraw_candidacy(user=outreacher, candidacy=candidacy, note="Relogée en famille.")

    candidacy.refresh_from_db()
    assert candidacy.status == CandidacyStatus.WITHDRAWN
    with pytest.raises(services.HousingFirstError):
        services.submit_candidacy(user=outreacher, candidacy=candidacy)


def test_an_edit_from_an_old_version_is_refused(outreacher, household):
    candidacy = CandidacyFactory(household=household)
    services.update_candidacy(user=outreacher, candidacy=candidacy, data={"strengths": "Tenace"})

    with pytest.raises(ConcurrentEditError):
        services.update_candidacy(
            user=outreacher, candidacy=candidacy, data={"strengths": "X"}, expected_version=1
        )
    with pytest.raises(UnknownFieldError):
        services.update_candidacy(user=outreacher, candidacy=candidacy, data={"status": "decided"})


def test_a_refusal_needs_reasons_and_a_postponement_what_and_by_when(outreacher, household):
    item = AgendaItemFactory(
        meeting__commission__team=household.team, candidacy__household=household
    )

    with pytest.raises(services.HousingFirstError):
        services.decide_candidacy(user=outreacher, item=item, decision=Decision.NOT_ADMITTED)
    with pytest.raises(services.HousingFirstError):
        services.decide_candidacy(
            user=outreacher, item=item, decision=Decision.POSTPONED, what_is_needed="Un avis"
        )
    with pytest.raises(services.HousingFirstError):
        services.decide_candidacy(user=outreacher, item=item, decision="maybe")

    item.refresh_from_db()
    item.candidacy.refresh_from_db()
    assert item.decision == ""
    assert item.candidacy.status == CandidacyStatus.SUBMITTED


def test_a_member_with_a_conflict_of_interest_does_not_take_part(outreacher, household):
    item = AgendaItemFactory(
        meeting__commission__team=household.team, candidacy__household=household
    )
    landlord = CommissionMemberFactory(commission=item.meeting.commission, name="M. Bailleur")
    stranger = CommissionMemberFactory()

    with pytest.raises(services.HousingFirstError):
        services.decide_candidacy(
            user=outreacher, item=item, decision=Decision.ADMITTED, not_taking_part=[stranger]
        )
    services.decide_candidacy(
        user=outreacher, item=item, decision=Decision.ADMITTED, not_taking_part=[landlord]
    )

    assert list(item.not_taking_part.all()) == [landlord]
    with pytest.raises(services.HousingFirstError):
        services.decide_candidacy(user=outreacher, item=item, decision=Decision.NOT_ADMITTED,
                                  reasons="Deux fois")  # fmt: skip


def test_only_a_submitted_candidacy_of_the_commissions_team_goes_on_the_agenda(
    outreacher, household, other_household
):
    meeting = MeetingFactory(commission__team=household.team)

    with pytest.raises(services.HousingFirstError):
        services.put_on_agenda(
            user=outreacher, meeting=meeting, candidacy=CandidacyFactory(household=household)
        )
    other = CandidacyFactory(household=other_household, status="submitted")
    with pytest.raises(services.HousingFirstError):
        services.put_on_agenda(user=outreacher, meeting=meeting, candidacy=other)


def test_every_read_of_a_candidacy_is_in_the_audit_log(outreacher, household):
    candidacy = CandidacyFactory(household=household)

    selectors.get_candidacy_for(user=outreacher, candidacy_id=candidacy.pk)

    entry = AuditEntry.objects.get(action="view")
    assert (entry.object_type, entry.household_id, entry.user) == (
        "housing_first.candidacy", household.pk, outreacher,
    )  # fmt: skip


def test_another_teams_candidacy_is_not_found_and_the_refusal_logged(outreacher, other_household):
    candidacy = CandidacyFactory(household=other_household)

    with pytest.raises(HouseholdNotFound):
        selectors.get_candidacy_for(user=outreacher, candidacy_id=candidacy.pk)
    with pytest.raises(selectors.CandidacyNotFound):
        selectors.get_candidacy_for(user=outreacher, candidacy_id=987654)

    assert list(AuditEntry.objects.values_list("action", flat=True)) == ["denied", "denied"]


def test_the_minutes_show_initials_unless_the_commission_agreed():
    assert selectors.initials("Famille Dubois-Leroy") == "D. L."
    assert selectors.initials("Gezin Janssens") == "J."
    assert selectors.initials("") == "?"
