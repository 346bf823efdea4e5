"""Small helpers shared by the page views."""

from functools import wraps

from django.core.exceptions import PermissionDenied


def require_casework(view):
    """Only casework roles (outreacher, team lead, colleague) reach named families.

    Partner, policy and administrator users get 403 before any lookup is made.
    """

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        if not getattr(request.user, "does_casework", False):
            raise PermissionDenied
        return view(request, *args, **kwargs)

    return wrapper
