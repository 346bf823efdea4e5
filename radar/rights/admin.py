import json

from django import forms
from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from radar.rights.local import COMPUTED_FACTS
from radar.rights.models import LocalRight, QuickCheckCount

# Facts, follow-ups and screening results are personal data of a family: they are not in
# the admin (read and changed through the rights pages and the access layer).


class LocalRightForm(forms.ModelForm):
    class Meta:
        model = LocalRight
        fields = (
            "municipality",
            "slug",
            "name_nl",
            "name_fr",
            "name_en",
            "domain",
            "conditions",
            "amount",
            "amount_period",
            "apply_nl",
            "apply_fr",
            "apply_en",
            "valid_from",
            "valid_until",
        )
        widgets = {"conditions": forms.Textarea(attrs={"rows": 6, "cols": 80})}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["conditions"].help_text = _(
            'A JSON list; every condition must hold. {"fact": NAME, "value": V} with NAME one '
            'of: %(facts)s. {"right": "verhoogde_tegemoetkoming", "status": "eligible"} for '
            "the result of a right. Example: %(example)s"
        ) % {
            "facts": ", ".join(COMPUTED_FACTS),
            "example": json.dumps(
                [
                    {"fact": "child_age_under", "value": 1},
                    {"right": "verhoogde_tegemoetkoming", "status": "eligible"},
                ]
            ),
        }


@admin.register(LocalRight)
class LocalRightAdmin(admin.ModelAdmin):
    form = LocalRightForm
    list_display = (
        "slug",
        "name_nl",
        "municipality",
        "amount",
        "amount_period",
        "valid_from",
        "valid_until",
    )
    list_filter = ("municipality", "domain")
    search_fields = ("slug", "name_nl", "name_fr", "name_en")


@admin.register(QuickCheckCount)
class QuickCheckCountAdmin(admin.ModelAdmin):
    list_display = ("day", "team", "count")
    list_filter = ("team",)
    date_hierarchy = "day"

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False
