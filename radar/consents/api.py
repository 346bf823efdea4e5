"""The partner branch of /api/households/: a partner user lists and reads the households
shared with their organisation, the consented categories only (consents.selectors, the
partner access layer; every read is in the audit log with the consent's purpose).

Registered in ConsentsConfig.ready() as a household reader (households.registry), so
households.api serves it without importing this app. The serializers below render what
the partner sees and document it in the API schema (households.api.HouseholdSchema): a
category that is not consented is absent, not empty.
"""

from rest_framework import serializers

from radar.accounts.models import Role
from radar.consents import selectors
from radar.consents.models import Category
from radar.households.registry import register_household_reader


class PartnerMemberSerializer(serializers.Serializer):
    first_name = serializers.CharField()
    last_name = serializers.CharField()
    phone = serializers.CharField()


class PartnerContactDetailsSerializer(serializers.Serializer):
    name = serializers.CharField()
    phone = serializers.CharField()
    address = serializers.CharField()
    members = PartnerMemberSerializer(many=True)


class PartnerNeedSerializer(serializers.Serializer):
    domain = serializers.CharField()
    description = serializers.CharField()
    state = serializers.CharField(help_text="The state as shown to people, translated.")


class PartnerStepSerializer(serializers.Serializer):
    title = serializers.CharField()
    is_done = serializers.BooleanField()


class PartnerGoalSerializer(serializers.Serializer):
    title = serializers.CharField()
    is_achieved = serializers.BooleanField()
    steps = PartnerStepSerializer(many=True)


class PartnerRightSerializer(serializers.Serializer):
    right = serializers.CharField()
    status = serializers.CharField(help_text="The status as shown to people, translated.")


class PartnerNoteSerializer(serializers.Serializer):
    occurred_at = serializers.DateTimeField()
    note = serializers.CharField()


class PartnerAidSerializer(serializers.Serializer):
    given_on = serializers.DateField()
    aid = serializers.CharField()
    count = serializers.IntegerField()
    amount = serializers.CharField(help_text="In euro, a decimal string.")


class PartnerHouseholdSerializer(serializers.Serializer):
    """A household shared with the partner's organisation: the consented categories only."""

    id = serializers.IntegerField()
    categories = serializers.ListField(child=serializers.ChoiceField(Category.choices))
    contact_details = PartnerContactDetailsSerializer(
        required=False, help_text="Only with consent to share the contact details."
    )


class PartnerHouseholdDetailSerializer(PartnerHouseholdSerializer):
    needs = PartnerNeedSerializer(many=True, required=False)
    plan = PartnerGoalSerializer(many=True, required=False)
    rights = PartnerRightSerializer(many=True, required=False)
    notes = PartnerNoteSerializer(many=True, required=False)
    aid = PartnerAidSerializer(
        many=True, required=False, help_text="Only with consent to share aid."
    )


class PartnerReads:
    """Partner users may list and read (GET) households, nothing else."""

    actions = frozenset({"list", "retrieve"})
    list_serializer = PartnerHouseholdSerializer
    detail_serializer = PartnerHouseholdDetailSerializer

    def may_read(self, user) -> bool:
        return bool(user and user.is_authenticated and user.is_active and user.role == Role.PARTNER)

    def households(self, user):
        return selectors.partner_households(user)

    def list(self, *, user, households) -> list[dict]:
        views = selectors.list_partner_households_for(
            user=user, households=households, channel="api"
        )
        return self.list_serializer([v.as_dict(detail=False) for v in views], many=True).data

    def retrieve(self, *, user, household_id) -> dict:
        view = selectors.get_partner_household_for(
            user=user, household_id=household_id, channel="api"
        )
        return self.detail_serializer(view.as_dict(detail=True)).data


def register() -> None:
    register_household_reader(PartnerReads())
