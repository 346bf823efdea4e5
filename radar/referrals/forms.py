from django import forms
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from radar.core.forms import ModelChoiceField
from radar.core.validators import validate_past_date, validate_planning_date
from radar.households.models import Need
from radar.organisations.models import ContactPerson, Organisation, Service
from radar.referrals.models import Introduction

SHORT_TEXT = forms.Textarea(attrs={"rows": 2})


class ReferralForm(forms.Form):
    need = ModelChoiceField(label=_("need"), queryset=Need.objects.none(), required=False)
    organisation = ModelChoiceField(
        label=_("organisation"), queryset=Organisation.objects.filter(is_active=True)
    )
    service = ModelChoiceField(
        label=_("service"),
        queryset=Service.objects.filter(is_active=True).select_related("organisation"),
        required=False,
    )
    contact_person = ModelChoiceField(
        label=_("receiver (contact person)"),
        queryset=ContactPerson.objects.filter(is_active=True).select_related("organisation"),
        required=False,
    )
    receiver_name = forms.CharField(label=_("named receiver"), max_length=150, required=False)
    introduced_how = forms.ChoiceField(
        label=_("how the family was introduced"),
        choices=[("", "—"), *Introduction.choices],
        required=False,
    )
    handover_note = forms.CharField(
        label=_("hand-over note"), widget=forms.Textarea(attrs={"rows": 3}), required=False
    )

    def __init__(self, *args, household, domain=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["need"].queryset = Need.objects.filter(household=household).select_related(
            "domain"
        )
        if domain is not None:
            # The social map searched by the need's life domain.
            by_domain = Q(services__life_domains=domain, services__is_active=True)
            self.fields["organisation"].queryset = (
                Organisation.objects.filter(is_active=True).filter(by_domain).distinct()
            )
            self.fields["service"].queryset = self.fields["service"].queryset.filter(
                life_domains=domain
            )


class SendForm(forms.Form):
    note = forms.CharField(label=_("note"), required=False, widget=SHORT_TEXT)


class DeclineForm(forms.Form):
    reason = forms.CharField(label=_("reason declined"), widget=forms.Textarea(attrs={"rows": 2}))


class FirstContactForm(forms.Form):
    first_contact_on = forms.DateField(
        label=_("date of the first contact"),
        initial=timezone.localdate,
        widget=forms.DateInput(attrs={"type": "date"}),
        validators=[validate_past_date],
    )
    note = forms.CharField(label=_("note"), required=False, widget=SHORT_TEXT)


class OutcomeForm(forms.Form):
    need_answered = forms.TypedChoiceField(
        label=_("need answered"),
        choices=[("yes", _("yes")), ("no", _("no"))],
        coerce=lambda v: v == "yes",
        widget=forms.RadioSelect,
    )
    note = forms.CharField(label=_("outcome"), required=False, widget=SHORT_TEXT)


class LeadPartnerForm(forms.Form):
    organisation = ModelChoiceField(
        label=_("organisation"), queryset=Organisation.objects.filter(is_active=True)
    )
    contact_person = ModelChoiceField(
        label=_("contact person"),
        queryset=ContactPerson.objects.filter(is_active=True).select_related("organisation"),
        required=False,
    )
    person_name = forms.CharField(label=_("person"), max_length=150, required=False)
    from_on = forms.DateField(
        label=_("from"),
        initial=timezone.localdate,
        widget=forms.DateInput(attrs={"type": "date"}),
        validators=[validate_planning_date],
    )


def move_arguments(data: dict) -> dict:
    """The keyword arguments of services.move_referral from a valid action form's data."""
    return {
        "note": data.get("note", ""),
        "declined_reason": data.get("reason", ""),
        "first_contact_on": data.get("first_contact_on"),
        "need_answered": data.get("need_answered"),
    }


# One form per status action: the action's URL names the target status.
ACTION_FORMS = {
    "sent": SendForm,
    "accepted": SendForm,
    "declined": DeclineForm,
    "first_contact_confirmed": FirstContactForm,
    "outcome_recorded": OutcomeForm,
    "closed": SendForm,
}
