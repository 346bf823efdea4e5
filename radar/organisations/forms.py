from django import forms
from django.conf import settings
from django.template.defaultfilters import filesizeformat
from django.utils import formats
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from radar.households.models import LifeDomain
from radar.organisations import social_map_csv
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
    file = forms.FileField(label=_("CSV file"))
    dry_run = forms.BooleanField(label=_("Only check the file, import nothing"), required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["file"].help_text = gettext(
            "UTF-8 or Windows-1252, separated by commas or semicolons. At most %(rows)s rows "
            "and %(size)s; a large file takes up to a minute to check and import."
        ) % {
            "rows": formats.number_format(settings.RADAR_SOCIAL_MAP_MAX_ROWS, force_grouping=True),
            "size": filesizeformat(settings.RADAR_SOCIAL_MAP_MAX_BYTES),
        }

    def clean_file(self):
        upload = self.cleaned_data["file"]
        try:
            social_map_csv.check_size(upload.size)  # before reading it
        except social_map_csv.SocialMapFileInvalid as invalid:
            raise forms.ValidationError([str(e) for e in invalid.errors]) from invalid
        return upload
