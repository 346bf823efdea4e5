"""Whose figures a user may see: the one definition of the scope of every page with counts.

A user sees the figures of the municipalities of their own teams; a user without a team sees
none (not "all of them": an account that nobody linked to a team must not see every
municipality of the installation). Casework roles count only their own teams' families, whom
they see by name anyway, so their counts are exact; every other role (policy above all)
counts every team of their municipalities, with small counts hidden (suppression.py).
"""

from django.db.models import QuerySet

from radar.accounts.models import Municipality, Team, User


def _is_active_user(user: User) -> bool:
    return bool(user is not None and getattr(user, "is_authenticated", False) and user.is_active)


def municipalities_for(user: User) -> QuerySet[Municipality]:
    """The municipalities whose figures this user may see: those of the user's own teams.

    None for a user without a team, an inactive user or an anonymous one."""
    if not _is_active_user(user):
        return Municipality.objects.none()
    return Municipality.objects.filter(teams__members=user).distinct()


def teams_in_scope(user: User) -> QuerySet[Team]:
    """The teams whose families this user's figures count.

    Casework roles (outreacher, team lead, colleague): their own teams. Everyone else: every
    team of `municipalities_for(user)`, so none without a team. Which pages a role may open
    at all is each page's own check (e.g. only team leads and policy see the rights figures).
    """
    if not _is_active_user(user):
        return Team.objects.none()
    if user.does_casework:
        return Team.objects.filter(members=user)
    return Team.objects.filter(municipality__in=municipalities_for(user))


def hides_small_counts(user: User) -> bool:
    """Whether this user's figures hide small counts: for everyone but the casework roles."""
    return not (_is_active_user(user) and user.does_casework)
