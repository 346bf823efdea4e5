"""Correcting and removing a record on a page, the same way everywhere (ADR 0003, 0012).

The services do the work (model_update, remove_record); these helpers give every edit and
remove view the same answers: a conflict shows the saved values next to the worker's typing
(nothing is lost), a removal asks for its reason and htmx swaps the row in place.
"""

from collections.abc import Callable
from typing import Any

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.text import capfirst
from django.utils.translation import gettext as _

from radar.core.forms import RemovalForm, saved_values
from radar.core.services import ConcurrentEditError

REMOVAL_PAGE = "removal_confirm.html"


def _conflict_message(current) -> str:
    if getattr(current, "is_removed", False):
        return _(
            "Someone removed this while you were editing (reason: %(reason)s). "
            "Your changes are not saved; they are still in the form below."
        ) % {"reason": current.removal_reason}
    return _(
        "Someone else changed this while you were editing. Your changes are not saved yet: "
        "compare them with what is saved now, and save again to keep yours."
    )


def _current(instance):
    """The record as it is stored now, removed or not."""
    return type(instance)._base_manager.get(pk=instance.pk)


def save_edit(form, *, instance, save: Callable[[int | None], Any]) -> bool:
    """Save a valid edit form: `save(expected_version)` calls the service.

    True when saved. Otherwise the form carries the error; after a conflict `form.conflict`
    holds the saved values as (label, value) rows, and the form's hidden version is the
    current one, so saving again deliberately keeps the worker's input.
    """
    try:
        save(form.cleaned_data.get("version"))
    except ConcurrentEditError:
        current = _current(instance)
        form.add_error(None, _conflict_message(current))
        form.conflict = saved_values(form, current)
        form.data = form.data.copy()
        form.data[form.add_prefix("version")] = current.version
        return False
    except ValidationError as error:
        form.add_error(None, error)
        return False
    return True


def confirm_removal(
    request: HttpRequest,
    *,
    item,
    remove: Callable[[str, int | None], Any],
    back: str,
    row_id: str,
    row_tag: str = "li",
    colspan: int = 1,
) -> HttpResponse:
    """The removal form of `item` (GET) and the removal itself (POST), for a page or as
    htmx in place of the item's row (`row_id`, a `li` or a `tr` of `colspan` cells).

    `remove(reason, expected_version)` calls the service; `back` is where the page goes
    after removing (the dossier). A stale version shows the item as it is now, with its
    current version, so removing it after all is a deliberate second click.
    """
    form = RemovalForm(
        request.POST or None,
        initial={"version": getattr(item, "version", None)},
        auto_id=f"{row_id}-%s",  # unique ids when several rows ask for a reason at once
    )
    context = {
        "form": form,
        "item": item,
        "what": capfirst(item._meta.verbose_name),
        "back": back,
        "row_id": row_id,
        "row_tag": row_tag,
        "colspan": colspan,
    }
    if request.method == "POST" and form.is_valid():
        try:
            remove(form.cleaned_data["reason"], form.cleaned_data.get("version"))
        except ConcurrentEditError:
            current = _current(item)
            context["item"] = current
            if current.is_removed:
                form.add_error(None, _("This was removed already (reason: %(reason)s).")
                               % {"reason": current.removal_reason})  # fmt: skip
            else:
                form.add_error(
                    None,
                    _("Someone changed this since you opened it: check it below, then remove it."),
                )
            form.data = form.data.copy()  # type: ignore[attr-defined]  # a QueryDict
            form.data["version"] = current.version  # type: ignore[index]
        except ValidationError as error:
            form.add_error(None, error)
        else:
            if getattr(request, "htmx", False):
                return render(request, f"{REMOVAL_PAGE}#removed_row", context)
            messages.success(request, _("Removed. It is listed under “Removed items”."))
            return redirect(back)
    if getattr(request, "htmx", False):
        return render(request, f"{REMOVAL_PAGE}#removal_row", context)
    return render(request, REMOVAL_PAGE, context)
