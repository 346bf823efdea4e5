from django import template

register = template.Library()


@register.filter
def get_item(mapping, key):
    """`{{ amounts|get_item:kind }}`: a value of a dict, or "" when absent."""
    if isinstance(mapping, dict):
        value = mapping.get(key, "")
        return "" if value is None else value
    return ""


@register.filter
def contains(collection, item) -> bool:
    return bool(collection) and item in collection


@register.filter
def right_label(right_id: str) -> str:
    from radar.rights.labels import right_name

    if right_id.startswith("local:"):
        return right_id.split(":", 1)[1].replace("_", " ").replace("-", " ").capitalize()
    return str(right_name(right_id))


@register.filter
def right_anchor(right_id: str) -> str:
    return "right-" + "".join(c if c.isalnum() else "-" for c in right_id)
