from radar.core.forms import DateInput, ModelForm, VersionField
from radar.core.validators import validate_new_due_date
from radar.households.models import LifeDomain
from radar.plans.models import Goal, Step


class GoalForm(ModelForm):
    class Meta:
        model = Goal
        fields = ["domain", "title"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["domain"].queryset = LifeDomain.objects.filter(is_active=True)


class StepForm(ModelForm):
    class Meta:
        model = Step
        fields = ["title", "owner", "owner_name", "due_on"]
        widgets = {"due_on": DateInput()}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk is None:
            # Only a new step must not be due in the past; the window is Step.clean()'s.
            self.fields["due_on"].validators.append(validate_new_due_date)


class GoalEditForm(GoalForm):
    """Correct a goal; `version` is the one the form was opened at (ADR 0003)."""

    version = VersionField()


class StepEditForm(StepForm):
    """Correct a step; `version` is the one the form was opened at (ADR 0003)."""

    version = VersionField()
