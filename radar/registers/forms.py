from django import forms
from django.utils.translation import gettext_lazy as _

from radar.accounts.models import Team
from radar.core.forms import ModelChoiceField

MAX_BYTES = 5 * 1024 * 1024


class RegisterUploadForm(forms.Form):
    team = ModelChoiceField(
        label=_("Team"),
        queryset=Team.objects.none(),
        help_text=_(
            "Families in outreach are registered in this team; the aid in its municipality."
        ),
    )
    file = forms.FileField(
        label=_("Workbook (.xlsx)"),
        help_text=_(
            "At most 5 MB. Every row is checked first; you confirm before anything is imported."
        ),
    )

    def __init__(self, *args, teams, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["team"].queryset = teams
        if teams.count() == 1:
            self.fields["team"].initial = teams.first()

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if upload.size > MAX_BYTES:
            raise forms.ValidationError(_("The file is too large: at most 5 MB."))
        return upload
