import shutil
import subprocess

import pytest
from django.urls import reverse

from radar.core.models import AuditEntry
from radar.referrals.tests.factories import ReferralFactory
from radar.referrals.views import letter_language

pytestmark = pytest.mark.django_db

try:
    import weasyprint  # noqa: F401

    WEASYPRINT = None
except (ImportError, OSError) as error:
    WEASYPRINT = f"WeasyPrint or its system libraries (pango) are missing: {error}"

needs_weasyprint = pytest.mark.skipif(WEASYPRINT is not None, reason=WEASYPRINT or "")


@needs_weasyprint
def test_the_referral_letter_is_a_pdf_with_the_receivers_name(
    client_for, outreacher, household, tmp_path
):
    referral = ReferralFactory(household=household, receiver_name="Sara Onthaal")

    response = client_for(outreacher).get(
        reverse("referrals:letter", args=[household.pk, referral.pk])
    )

    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response.content.startswith(b"%PDF")
    assert len(response.content) > 1000
    pdftotext = shutil.which("pdftotext")
    if pdftotext:
        path = tmp_path / "letter.pdf"
        path.write_bytes(response.content)
        text = subprocess.run(  # noqa: S603 (our own file, a fixed program)
            [pdftotext, str(path), "-"], capture_output=True, text=True, check=True
        ).stdout
        assert "Sara Onthaal" in text
    assert AuditEntry.objects.filter(action="export", purpose="referral letter").count() == 1


def test_without_weasyprint_the_letter_answers_503(client_for, outreacher, household, monkeypatch):
    import builtins

    real_import = builtins.__import__

    def no_weasyprint(name, *args, **kwargs):
        if name == "weasyprint":
            raise OSError("cannot load library 'libpango-1.0-0'")
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_weasyprint)
    referral = ReferralFactory(household=household)

    response = client_for(outreacher).get(
        reverse("referrals:letter", args=[household.pk, referral.pk])
    )

    assert response.status_code == 503
    assert "pango" in response.content.decode()


def test_the_letter_is_in_the_familys_language_or_else_the_users(outreacher, household):
    member = household.members.first()
    outreacher.language = "en"

    member.language = "Frans"
    assert letter_language([member], outreacher) == "fr"
    member.language = "nl"
    assert letter_language([member], outreacher) == "nl"
    member.language = "Arabisch"
    assert letter_language([member], outreacher) == "en"
