"""axe-core in the browser tests: the accessibility check every page gets.

axe-core 4.14.1 (MPL-2.0, from the npm registry) is vendored next to this file, so the
tests need no network and no npm. `axe_violations(page)` runs it on the page as it is now
(through the DevTools protocol, so the page's Content Security Policy doesn't block it) and
returns the violations of WCAG 2.1 A and AA at the impacts asked for; `assert_accessible`
fails with a readable list. Use both widths: `check_page_at_widths`.
"""

from pathlib import Path

AXE_JS = Path(__file__).parent / "assets" / "axe-4.14.1.min.js"
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
BLOCKING = ("serious", "critical")
PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 900}

_RUN = """async (tags) => {
  const result = await axe.run(document, {runOnly: {type: "tag", values: tags}});
  return result.violations.map((v) => ({
    id: v.id, impact: v.impact, help: v.help,
    targets: v.nodes.slice(0, 5).map((n) => n.target.join(" ")),
  }));
}"""


def axe_violations(page, impacts=BLOCKING) -> list[dict]:
    if not page.evaluate("typeof window.axe !== 'undefined'"):
        page.evaluate(AXE_JS.read_text(encoding="utf-8"))
    violations = page.evaluate(_RUN, WCAG_TAGS)
    return [v for v in violations if v["impact"] in impacts]


def describe(violations: list[dict]) -> str:
    return "\n".join(
        f"{v['impact']}: {v['id']} ({v['help']}) at {v['targets']}" for v in violations
    )


def assert_accessible(page, impacts=BLOCKING) -> None:
    violations = axe_violations(page, impacts)
    assert not violations, f"axe-core on {page.url}:\n{describe(violations)}"


def check_page_at_widths(page, url: str, impacts=BLOCKING) -> None:
    """Open url at phone and desktop width and assert no blocking violation at either."""
    for viewport in (PHONE, DESKTOP):
        page.set_viewport_size(viewport)
        page.goto(url)
        page.wait_for_load_state()
        violations = axe_violations(page, impacts)
        assert not violations, (
            f"axe-core on {url} at {viewport['width']} px:\n{describe(violations)}"
        )
