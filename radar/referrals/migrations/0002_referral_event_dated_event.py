"""ReferralEvent becomes a core.DatedEvent: `at` and `by` take the names the other status
histories use (`changed_at`, `changed_by`). RenameField keeps every row."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("referrals", "0001_initial"),
    ]

    operations = [
        migrations.RenameField(model_name="referralevent", old_name="at", new_name="changed_at"),
        migrations.RenameField(model_name="referralevent", old_name="by", new_name="changed_by"),
        migrations.AlterModelOptions(
            name="referralevent",
            options={
                "ordering": ["changed_at", "id"],
                "verbose_name": "referral event",
                "verbose_name_plural": "referral history",
            },
        ),
    ]
