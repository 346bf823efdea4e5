"""The info point on the intake: which session the family came to (Intake.info_point_session).

Registered in InfopointConfig.ready() (households.registry): households shows the field
and runs the checks without importing this app.
"""

from django.urls import reverse
from django.utils import formats
from django.utils.translation import gettext_lazy as _

from radar.core.forms import ModelChoiceField
from radar.core.ids import parse_id
from radar.households.models import Channel
from radar.households.registry import IntakeExtension
from radar.infopoint import selectors, services


def _session_label(session) -> str:
    parts = (
        formats.date_format(session.held_on, "SHORT_DATE_FORMAT"),
        session.neighbourhood,
        session.location,
    )
    return " · ".join(part for part in parts if part)


class InfoPointIntake(IntakeExtension):
    name = "infopoint"

    def set_up_form(self, form, *, user) -> None:
        """Offer the recent sessions of the user's teams; when the channel is the info
        point, suggest today's session. Changing the channel asks for the suggestion again
        (htmx, households.views.register_intake renders #session_field)."""
        field = form.fields["info_point_session"] = ModelChoiceField(
            label=_("info point session"),
            queryset=selectors.recent_sessions_for(user=user),
            required=False,
            help_text=_("Did the family come to the mobile info point? Pick the session."),
        )
        field.label_from_instance = _session_label
        form.fields["channel"].widget.attrs.update(
            {
                "hx-get": reverse("households:intake"),
                "hx-trigger": "change",
                "hx-target": "#session-field",
                "hx-swap": "outerHTML",
            }
        )
        channel = form["channel"].value()
        # Not form["info_point_session"]: its initial value would be cached before the suggestion.
        chosen = (
            form.data.get(form.add_prefix("info_point_session"))
            if form.is_bound
            else form.initial.get("info_point_session")
        )
        is_info_point = Channel.objects.filter(
            pk=parse_id(channel),
            code=selectors.INFO_POINT_CHANNEL,
        ).exists()
        if is_info_point and not chosen:
            today = selectors.todays_session_for(user=user)
            if today is not None:
                form.initial["info_point_session"] = today.pk
                field.help_text = _("Today's session is suggested; change it if needed.")

    def clean_form(self, form, data) -> None:
        session, team = data.get("info_point_session"), data.get("team")
        if session is not None and team is not None and session.team_id != team.pk:
            form.add_error("info_point_session", _("This session belongs to another team."))

    def initial(self, request, initial) -> None:
        """?session=<id>, from an info point session's page: that session, its team, its
        day and the info point channel."""
        session_id = parse_id(request.GET.get("session"))
        session = (
            selectors.recent_sessions_for(user=request.user).filter(pk=session_id).first()
            if session_id is not None
            else None
        )
        if session is None:
            return
        initial["info_point_session"] = session.pk
        initial["team"] = session.team_id
        initial["received_on"] = session.held_on
        initial["channel"] = (
            Channel.objects.filter(code=selectors.INFO_POINT_CHANNEL)
            .values_list("pk", flat=True)
            .first()
        )

    def check(self, *, team, intake) -> None:
        session = intake.get("info_point_session")
        if session is not None:
            services.check_intake_session(household_team_id=team.pk, session=session)
