"""The ecogram as a picture: a server-rendered SVG, printable, without any script.

The page runs under a strict Content Security Policy (no inline styles), so the drawing
uses only SVG presentation attributes (stroke, fill, stroke-dasharray ...), which
style-src does not govern. Every tie differs by line pattern as well as by colour, so the
picture also reads when printed in black and white. All text is escaped here.
"""

import math
import re
from dataclasses import dataclass

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from radar.network.models import NetworkTie

Kind = NetworkTie.Kind
Quality = NetworkTie.Quality


@dataclass(frozen=True)
class EcogramTie:
    """One tie as the picture shows it: stored on the ecogram, or given by a provider.

    `source` names where a provided tie comes from (e.g. "referral"); `tie_id` is set only
    for ties stored on the family's ecogram, the ones the ecogram page can edit.
    """

    name: str
    kind: str
    quality: str
    relation: str = ""
    member_name: str = ""
    source: str = ""
    tie_id: int | None = None

    @property
    def kind_label(self) -> str:
        return str(Kind(self.kind).label) if self.kind in Kind.values else self.kind

    @property
    def quality_label(self) -> str:
        return str(Quality(self.quality).label) if self.quality in Quality.values else self.quality

    @classmethod
    def from_stored(cls, tie: NetworkTie) -> "EcogramTie":
        return cls(
            name=tie.name,
            kind=tie.kind,
            quality=tie.quality,
            relation=tie.relation,
            # A member removed as a mistake (core.models.Removable) is no longer named.
            member_name=tie.member.first_name
            if tie.member_id and tie.member and not tie.member.is_removed
            else "",
            tie_id=tie.pk,
        )


@dataclass(frozen=True)
class LineStyle:
    colour: str
    width: float
    dash: str = ""
    zigzag: bool = False


LINE_STYLES = {
    Quality.SUPPORTS: LineStyle("#1a7f37", 3),
    Quality.STRAINS: LineStyle("#c62828", 2, zigzag=True),
    Quality.BOTH: LineStyle("#8a4b00", 2.5, dash="10 4 2 4"),
    Quality.NEUTRAL: LineStyle("#57606a", 1.5, dash="3 4"),
}
KIND_FILLS = {
    Kind.RELATIVE: "#dbeafe",
    Kind.NEIGHBOUR: "#fef3c7",
    Kind.FRIEND: "#dcfce7",
    Kind.VOLUNTEER: "#fae8ff",
    Kind.EXPERT_BY_EXPERIENCE: "#ffedd5",
    Kind.PROFESSIONAL: "#e5e7eb",
    Kind.OTHER: "#ffffff",
}
INK = "#1d2733"
MUTED = "#555555"
FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif"

CENTRE_RADIUS = 64
NODE_RADIUS = 16
PER_RING = 12
LABEL_ROOM = 150  # beside the outer ring, for labels written outwards
LEGEND_PER_ROW = 4

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def _clean(text: str, limit: int | None = None) -> str:
    """Text safe to put in XML (no control characters), shortened to `limit` characters."""
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


def _line(x1: float, y1: float, x2: float, y2: float, style: LineStyle) -> str:
    common = {
        "stroke": style.colour,
        "stroke_width": style.width,
        "stroke_dasharray": style.dash,
        "stroke_linecap": "round",
        "fill": "none",
    }
    if not style.zigzag:
        return _el("line", x1=x1, y1=y1, x2=x2, y2=y2, **common)
    length = math.hypot(x2 - x1, y2 - y1)
    steps = max(2, int(length // 8))
    ux, uy = (x2 - x1) / length, (y2 - y1) / length
    px, py = -uy, ux
    points = [(x1, y1)]
    for i in range(1, steps):
        offset = 5 if i % 2 else -5
        t = length * i / steps
        points.append((x1 + ux * t + px * offset, y1 + uy * t + py * offset))
    points.append((x2, y2))
    return _el(
        "polyline",
        points=" ".join(f"{_num(x)},{_num(y)}" for x, y in points),
        stroke_linejoin="round",
        **common,
    )


def _node(x: float, y: float, kind: str, radius: float = NODE_RADIUS) -> str:
    fill = KIND_FILLS.get(kind, KIND_FILLS[Kind.OTHER])
    if kind == Kind.PROFESSIONAL:  # services are squares, people are circles
        return _el(
            "rect",
            x=x - radius,
            y=y - radius,
            width=2 * radius,
            height=2 * radius,
            rx=3,
            fill=fill,
            stroke=INK,
            stroke_width=1.5,
        )
    return _el("circle", cx=x, cy=y, r=radius, fill=fill, stroke=INK, stroke_width=1.5)


def _label(tie: EcogramTie) -> str:
    quality = tie.quality_label
    parts = [_clean(tie.name)]
    if tie.relation:
        parts.append(_clean(tie.relation))
    if tie.member_name:
        parts.append(_("with %(name)s") % {"name": _clean(tie.member_name)})
    if tie.source:
        parts.append(_clean(tie.source))
    return f"{' · '.join(parts)}: {quality}"


def _radii(count: int) -> list[float]:
    rings = min(3, max(1, math.ceil(count / PER_RING)))
    return {1: [200.0], 2: [170.0, 250.0], 3: [160.0, 225.0, 290.0]}[rings]


def render_ecogram(
    *,
    household_name: str,
    member_names: list[str],
    ties: list[EcogramTie],
    id_prefix="ecogram",
    legend=True,
) -> SafeString:
    """The SVG markup of the ecogram: the family in the centre, one node per tie around it,
    the line drawn by the tie's quality, and a legend. Valid XML; every text escaped.

    Pages pass legend=False and show `render_legend()` beside it: a legend drawn inside the
    picture shrinks with it to unreadable type on a phone."""
    radii = _radii(len(ties))
    outer = max(radii)
    width = 2 * (outer + LABEL_ROOM)
    cx, cy = width / 2, outer + 70
    body: list[str] = []

    for index, tie in enumerate(ties):
        radius = radii[index % len(radii)]
        angle = -math.pi / 2 + 2 * math.pi * index / max(1, len(ties))
        cos, sin = math.cos(angle), math.sin(angle)
        x, y = cx + radius * cos, cy + radius * sin
        style = LINE_STYLES.get(tie.quality, LINE_STYLES[Quality.NEUTRAL])
        line = _line(
            cx + CENTRE_RADIUS * cos,
            cy + CENTRE_RADIUS * sin,
            x - (NODE_RADIUS + 2) * cos,
            y - (NODE_RADIUS + 2) * sin,
            style,
        )
        lines = [(_clean(tie.name, 24), "bold", 12, INK)]
        if tie.relation:
            lines.append((_clean(tie.relation, 28), "normal", 11, INK))
        if tie.member_name:
            member = _("with %(name)s") % {"name": _clean(tie.member_name, 20)}
            lines.append((member, "normal", 10, MUTED))
        if tie.source:
            lines.append((_clean(tie.source, 28), "normal", 10, MUTED))
        lx, ly = cx + (radius + NODE_RADIUS + 8) * cos, cy + (radius + NODE_RADIUS + 8) * sin
        anchor = "start" if cos > 0.3 else "end" if cos < -0.3 else "middle"
        if sin < -0.3:
            first = ly - 13 * (len(lines) - 1)
        elif sin > 0.3:
            first = ly + 10
        else:
            first = ly - 13 * (len(lines) - 1) / 2 + 4
        text = "".join(
            _el(
                "tspan",
                content,
                x=lx,
                y=first + 13 * i,
                font_weight=weight,
                font_size=size,
                fill=colour,
            )  # fmt: skip
            for i, (content, weight, size, colour) in enumerate(lines)
        )
        body.append(
            _el(
                "g",
                children=_el("title", _label(tie))
                + line
                + _node(x, y, tie.kind)
                + _el("text", children=text, text_anchor=anchor),
                class_=f"tie quality-{tie.quality} kind-{tie.kind}",
                data_quality=tie.quality,
                data_kind=tie.kind,
                data_source=tie.source or "ecogram",
            )
        )

    # The family in the centre, drawn last so the lines start at its edge.
    names = [_clean(n, 18) for n in member_names if _clean(n)]
    shown = names[:4] if len(names) <= 4 else [*names[:3], f"+{len(names) - 3}"]
    centre_lines = [(_clean(household_name, 22), "bold", 13), *((n, "normal", 11) for n in shown)]
    first = cy - 7 * (len(centre_lines) - 1) + 4
    centre_text = "".join(
        _el("tspan", content, x=cx, y=first + 14 * i, font_weight=weight, font_size=size)
        for i, (content, weight, size) in enumerate(centre_lines)
    )
    body.append(
        _el(
            "g",
            children=_el(
                "circle", cx=cx, cy=cy, r=CENTRE_RADIUS, fill="#ffffff", stroke=INK, stroke_width=2
            )
            + _el("text", children=centre_text, text_anchor="middle", fill=INK),
            class_="family",
        )
    )
    if not ties:
        body.append(
            _el(
                "text",
                _("Nobody written down yet."),
                x=cx,
                y=cy + CENTRE_RADIUS + 28,
                text_anchor="middle",
                font_size=12,
                fill=MUTED,
            )
        )

    legend_top = cy + outer + 80
    if legend:
        legend_svg, height = _legend(legend_top, item_width=(width - 32) / LEGEND_PER_ROW)
    else:
        legend_svg, height, legend_top = "", 0.0, cy + outer + 70
    title = _("Ecogram of %(family)s") % {"family": _clean(household_name)}
    counts = {q: sum(1 for t in ties if t.quality == q) for q in Quality.values}
    desc = ngettext(
        "%(count)d tie around the family: %(supports)d supporting, %(strains)d straining, "
        "%(both)d both, %(neutral)d neutral.",
        "%(count)d ties around the family: %(supports)d supporting, %(strains)d straining, "
        "%(both)d both, %(neutral)d neutral.",
        len(ties),
    ) % {"count": len(ties), **counts}
    svg = _el(
        "svg",
        children=_el("title", title, id=f"{id_prefix}-title")
        + _el("desc", desc, id=f"{id_prefix}-desc")
        # A paper-white card, also in dark mode and when printed.
        + _el("rect", width="100%", height="100%", fill="#ffffff")
        + "".join(body)
        + legend_svg,
        xmlns="http://www.w3.org/2000/svg",
        viewBox=f"0 0 {_num(width)} {_num(legend_top + height)}",
        width="100%",
        role="img",
        aria_labelledby=f"{id_prefix}-title {id_prefix}-desc",
        font_family=FONT,
        class_="ecogram",
    )
    return mark_safe(svg)  # noqa: S308 - built by _el, which escapes every text and attribute


def render_legend(*, id_prefix="ecogram-legend") -> SafeString:
    """The legend on its own, one item a row, drawn at the size of the page's own text."""
    items = []
    y = 18.0
    for quality in Quality:
        items.append(
            _el(
                "g",
                children=_line(4, y - 5, 44, y - 5, LINE_STYLES[quality])
                + _el("text", quality.label, x=54, y=y, font_size=14, fill=INK),
                class_=f"legend-quality quality-{quality.value}",
            )
        )
        y += 24
    for kind in Kind:
        items.append(
            _el(
                "g",
                children=_node(24, y - 5, kind, radius=8)
                + _el("text", kind.label, x=54, y=y, font_size=14, fill=INK),
                class_=f"legend-kind kind-{kind.value}",
            )
        )
        y += 24
    svg = _el(
        "svg",
        children=_el("title", _("Legend"), id=f"{id_prefix}-title")
        + _el("rect", width="100%", height="100%", fill="#ffffff")
        + _el("g", children="".join(items), class_="legend"),
        xmlns="http://www.w3.org/2000/svg",
        viewBox=f"0 0 300 {_num(y - 8)}",
        width="300",
        height=_num(y - 8),
        role="img",
        aria_labelledby=f"{id_prefix}-title",
        font_family=FONT,
        class_="ecogram-legend",
    )
    return mark_safe(svg)  # noqa: S308 - built by _el, which escapes every text and attribute


def _legend(top: float, *, item_width: float) -> tuple[str, float]:
    items = [_el("text", _("Legend"), x=16, y=top, font_weight="bold", font_size=12, fill=INK)]
    y = top + 24
    for i, quality in enumerate(Quality):
        x = 16 + item_width * (i % LEGEND_PER_ROW)
        items.append(
            _el(
                "g",
                children=_line(x, y - 4, x + 40, y - 4, LINE_STYLES[quality])
                + _el("text", quality.label, x=x + 48, y=y, font_size=11, fill=INK),
                class_=f"legend-quality quality-{quality.value}",
            )
        )
    y += 28
    for i, kind in enumerate(Kind):
        if i and i % LEGEND_PER_ROW == 0:
            y += 24
        x = 16 + item_width * (i % LEGEND_PER_ROW)
        items.append(
            _el(
                "g",
                children=_node(x + 8, y - 4, kind, radius=7)
                + _el("text", kind.label, x=x + 22, y=y, font_size=11, fill=INK),
                class_=f"legend-kind kind-{kind.value}",
            )
        )
    return _el("g", children="".join(items), class_="legend"), y - top + 16
