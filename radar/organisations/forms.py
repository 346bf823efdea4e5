from django import forms
from django.utils.translation import gettext_lazy as _

from radar.households.models import LifeDomain
from radar.organisations.models import Organisation


class OrganisationSearchForm(forms.Form):
    q = forms.CharField(label=_("search"), required=False, max_length=100)
    domain = forms.ChoiceField(label=_("life domain"), required=False, choices=())
    kind = forms.ChoiceField(
        label=_("kind"), required=False, choices=[("", _("all kinds")), *Organisation.Kind.choices]
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["domain"].choices = [
            ("", _("all life domains")),
            *((d.code, d.name) for d in LifeDomain.objects.filter(is_active=True)),
        ]

    def filters(self) -> dict[str, str]:
        """The valid filters; an unknown domain or kind is ignored, not an error."""
        data = self.cleaned_data if self.is_valid() else {}
        return {
            "query": data.get("q", ""),
            "domain": data.get("domain", ""),
            "kind": data.get("kind", ""),
        }


class SocialMapImportForm(forms.Form):
    file = forms.FileField(
        label=_("CSV file"),
        help_text=_("UTF-8 or Windows-1252, separated by commas or semicolons."),
    )
    dry_run = forms.BooleanField(label=_("Only check the file, import nothing"), required=False)

    MAX_BYTES = 5 * 1024 * 1024

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if upload.size > self.MAX_BYTES:
            raise forms.ValidationError(_("The file is larger than 5 MB."))
        return upload
