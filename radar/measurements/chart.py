"""The radar (spider) chart of the first and the latest assessment: a server-rendered SVG.

Like the ecogram (radar/network/ecogram.py): no script and no inline styles (the page's
Content Security Policy forbids them), only SVG presentation attributes. The two lines
differ by pattern and marker as well as by colour (first: dashed grey with squares; latest:
solid dark blue with circles), so the chart reads in greyscale and on paper. The page puts
a table with the same numbers beside it for screen readers. All text is escaped here.
"""

import math
import re
from dataclasses import dataclass

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _

INK = "#1d2733"
MUTED = "#555555"
GRID = "#b8c0c8"
FIRST = "#6b6b6b"
LATEST = "#0b4f8a"
FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif"

RADIUS = 170
LABEL_ROOM = 150
TOP = 40

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


@dataclass(frozen=True)
class Axis:
    label: str
    first: int | None
    latest: int | None


def _clean(text: str, limit: int | None = None) -> str:
    text = _CONTROL.sub("", str(text or "")).strip()
    if limit and len(text) > limit:
        text = text[: limit - 1].rstrip() + "…"
    return text


def _num(value: float) -> str:
    return f"{value:.1f}".rstrip("0").rstrip(".")


def _el(tag: str, content: str = "", *, children: str = "", **attrs) -> str:
    """One element; attribute names use _ for -, text content is escaped, children are not."""
    parts = [tag]
    for name, value in attrs.items():
        if value is None or value == "":
            continue
        name = name.rstrip("_").replace("_", "-")
        if isinstance(value, float | int) and not isinstance(value, bool):
            value = _num(value)
        parts.append(f'{name}="{escape(value)}"')
    inner = escape(content) + children
    if not inner:
        return f"<{' '.join(parts)}/>"
    return f"<{' '.join(parts)}>{inner}</{tag}>"


def _point(cx: float, cy: float, index: int, count: int, level: float, top: int):
    angle = -math.pi / 2 + 2 * math.pi * index / count
    r = RADIUS * level / top
    return cx + r * math.cos(angle), cy + r * math.sin(angle), angle


def _series(cx, cy, axes, levels, top, *, colour, dash, marker, name) -> str:
    points = [
        _point(cx, cy, i, len(axes), level, top)[:2]
        for i, level in enumerate(levels)
        if level is not None
    ]
    if not points:
        return ""
    path = " ".join(f"{_num(x)},{_num(y)}" for x, y in points)
    shape = (
        _el(
            "polygon",
            points=path,
            fill="none",
            stroke=colour,
            stroke_width=2.5,
            stroke_dasharray=dash,
            stroke_linejoin="round",
        )
        if len(points) > 2
        else _el(
            "polyline",
            points=path,
            fill="none",
            stroke=colour,
            stroke_width=2.5,
            stroke_dasharray=dash,
        )
    )
    marks = "".join(_marker(x, y, marker, colour) for x, y in points)
    return _el("g", children=shape + marks, class_=f"series series-{name}")


def _marker(x: float, y: float, kind: str, colour: str, size: float = 5) -> str:
    if kind == "square":
        return _el(
            "rect",
            x=x - size,
            y=y - size,
            width=2 * size,
            height=2 * size,
            fill="#ffffff",
            stroke=colour,
            stroke_width=2,
        )
    return _el("circle", cx=x, cy=y, r=size, fill=colour, stroke="#ffffff", stroke_width=1)


def render_radar(
    *,
    title: str,
    axes: list[Axis],
    levels: int,
    first_label: str,
    latest_label: str,
    id_prefix: str = "radar-chart",
) -> SafeString:
    """The SVG markup: one spoke per domain, a ring per level, the first assessment dashed
    with squares, the latest solid with circles, and a legend. Valid XML; every text
    escaped. With one assessment only the first is drawn."""
    count = max(len(axes), 3)
    width = 2 * (RADIUS + LABEL_ROOM)
    cx, cy = width / 2, TOP + RADIUS + 30
    parts: list[str] = [_el("rect", width="100%", height="100%", fill="#ffffff")]
    # Rings and their level numbers.
    for level in range(1, levels + 1):
        ring = [_point(cx, cy, i, count, level, levels)[:2] for i in range(count)]
        parts.append(
            _el(
                "polygon",
                points=" ".join(f"{_num(x)},{_num(y)}" for x, y in ring),
                fill="none",
                stroke=GRID,
                stroke_width=1,
                class_="ring",
            )
        )
        parts.append(
            _el(
                "text",
                str(level),
                x=cx + 4,
                y=cy - RADIUS * level / levels + 12,
                font_size=10,
                fill=MUTED,
            )
        )
    # Spokes and domain labels.
    for i, axis in enumerate(axes):
        x, y, angle = _point(cx, cy, i, count, levels, levels)
        parts.append(_el("line", x1=cx, y1=cy, x2=x, y2=y, stroke=GRID, stroke_width=1))
        cos, sin = math.cos(angle), math.sin(angle)
        lx, ly = cx + (RADIUS + 12) * cos, cy + (RADIUS + 12) * sin + 4
        anchor = "start" if cos > 0.3 else "end" if cos < -0.3 else "middle"
        if sin > 0.3:
            ly += 8
        elif sin < -0.3:
            ly -= 4
        values = f"{axis.first if axis.first is not None else '–'} → " + (
            f"{axis.latest if axis.latest is not None else '–'}"
        )
        parts.append(
            _el(
                "text",
                children=_el(
                    "tspan",
                    _clean(axis.label, 26),
                    x=lx,
                    y=ly,
                    font_size=12,
                    font_weight="bold",
                    fill=INK,
                )
                + _el("tspan", values, x=lx, y=ly + 14, font_size=11, fill=MUTED),
                text_anchor=anchor,
            )
        )
    has_latest = any(a.latest is not None for a in axes)
    parts.append(
        _series(
            cx,
            cy,
            axes,
            [a.first for a in axes],
            levels,
            colour=FIRST,
            dash="7 5",
            marker="square",
            name="first",
        )
    )
    if has_latest:
        parts.append(
            _series(
                cx,
                cy,
                axes,
                [a.latest for a in axes],
                levels,
                colour=LATEST,
                dash="",
                marker="circle",
                name="latest",
            )
        )
    # Legend.
    legend_y = cy + RADIUS + 60
    legend = _el(
        "line",
        x1=20,
        y1=legend_y - 4,
        x2=60,
        y2=legend_y - 4,
        stroke=FIRST,
        stroke_width=2.5,
        stroke_dasharray="7 5",
    ) + _marker(40, legend_y - 4, "square", FIRST)
    legend += _el("text", _clean(first_label, 60), x=70, y=legend_y, font_size=12, fill=INK)
    if has_latest:
        y2 = legend_y + 22
        legend += _el("line", x1=20, y1=y2 - 4, x2=60, y2=y2 - 4, stroke=LATEST, stroke_width=2.5)
        legend += _marker(40, y2 - 4, "circle", LATEST)
        legend += _el("text", _clean(latest_label, 60), x=70, y=y2, font_size=12, fill=INK)
    parts.append(_el("g", children=legend, class_="legend"))
    height = legend_y + 40
    desc = "; ".join(
        _("%(domain)s: from %(first)s to %(latest)s")
        % {
            "domain": _clean(a.label),
            "first": a.first if a.first is not None else "–",
            "latest": a.latest if a.latest is not None else "–",
        }
        for a in axes
    )
    svg = _el(
        "svg",
        children=_el("title", _clean(title), id=f"{id_prefix}-title")
        + _el("desc", desc, id=f"{id_prefix}-desc")
        + "".join(parts),
        xmlns="http://www.w3.org/2000/svg",
        viewBox=f"0 0 {_num(width)} {_num(height)}",
        width="100%",
        role="img",
        aria_labelledby=f"{id_prefix}-title {id_prefix}-desc",
        font_family=FONT,
        class_="radar-chart",
    )
    return mark_safe(svg)  # noqa: S308 - built by _el, which escapes every text and attribute
