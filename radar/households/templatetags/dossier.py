"""The registered sections of a household page (households.registry), in order.

    {% load dossier %}{% dossier_sections "dossier" %}

Each section's template sees the page's context plus what the section's `context`
function returns, as an {% include %} would.
"""

from django import template
from django.utils.safestring import mark_safe

from radar.households import registry

register = template.Library()


@register.simple_tag(takes_context=True)
def dossier_sections(context, page: str = registry.DOSSIER):
    household = context["household"]
    request = context.get("request")
    parts = []
    for section in registry.sections_for(page):
        extra = (
            section.context(request=request, household=household, page=context)
            if section.context
            else {}
        )
        section_template = context.template.engine.get_template(section.template)
        with context.push(extra):
            parts.append(section_template.render(context))
    return mark_safe("\n\n".join(parts))  # noqa: S308 (rendered templates, autoescaped)
