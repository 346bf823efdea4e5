"""The translation catalogues: Dutch and French complete, compiled, and actually used.

Source strings are English. locale/<lang>/LC_MESSAGES/django.po is read with a small
parser (no third-party PO library), so the checks run anywhere the suite runs.
"""

import gettext
import re
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from django.conf import settings

LOCALE_DIR = Path(settings.BASE_DIR) / "locale"
TRANSLATED = ["nl", "fr"]  # must be complete: every msgstr filled in
ALL = [code for code, _name in settings.LANGUAGES]

_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", '"': '"', "\\": "\\", "a": "\a", "b": "\b"}


def _unquote(text: str) -> str:
    text = text.strip()
    assert text.startswith('"') and text.endswith('"'), f"not a PO string: {text!r}"
    return re.sub(r"\\(.)", lambda m: _ESCAPES.get(m.group(1), m.group(1)), text[1:-1])


@dataclass
class Entry:
    msgid: str = ""
    msgid_plural: str | None = None
    msgctxt: str | None = None
    msgstr: dict[int, str] = field(default_factory=dict)  # plain msgstr is index 0
    flags: set[str] = field(default_factory=set)
    line: int = 0

    @property
    def is_plural(self) -> bool:
        return self.msgid_plural is not None

    def __str__(self) -> str:
        return f"line {self.line}: {self.msgid!r}"


def parse_po(path: Path) -> list[Entry]:
    """Every non-obsolete entry of a PO file, the header (msgid "") included."""
    entries: list[Entry] = []
    current = Entry()
    target: tuple[str, int] | None = None
    started = False

    def finish():
        nonlocal current, started, target
        if started:
            entries.append(current)
        current, started, target = Entry(), False, None

    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        line = raw.strip()
        if not line:
            finish()
            continue
        if line.startswith("#~"):  # obsolete entry: not part of the catalogue
            continue
        if line.startswith("#"):
            if started and current.msgstr:
                finish()
            if line.startswith("#,"):
                current.flags |= {f.strip() for f in line[2:].split(",") if f.strip()}
            continue
        keyword, _sep, rest = line.partition(" ")
        if line.startswith('"'):
            assert target is not None, f"{path}:{number}: continuation without keyword"
            value = _unquote(line)
            kind, index = target
            if kind == "msgstr":
                current.msgstr[index] += value
            else:
                setattr(current, kind, getattr(current, kind) + value)
            continue
        if keyword in ("msgctxt", "msgid") and current.msgstr:
            finish()  # a new entry starts without a blank line in between
        match = re.fullmatch(r"msgstr\[(\d+)\]", keyword)
        if match or keyword == "msgstr":
            index = int(match.group(1)) if match else 0
            current.msgstr[index] = _unquote(rest)
            target = ("msgstr", index)
        elif keyword in ("msgid", "msgid_plural", "msgctxt"):
            if keyword in ("msgid", "msgctxt") and not started:
                current.line = number
            setattr(current, keyword, _unquote(rest))
            target = (keyword, 0)
        else:
            raise AssertionError(f"{path}:{number}: cannot parse {raw!r}")
        started = True
    finish()
    return entries


def catalogue(lang: str) -> tuple[Entry, list[Entry]]:
    path = LOCALE_DIR / lang / "LC_MESSAGES" / "django.po"
    assert path.is_file(), f"{path} is missing: run makemessages (see the Makefile)"
    entries = parse_po(path)
    headers = [e for e in entries if e.msgid == "" and e.msgctxt is None]
    assert len(headers) == 1, f"{path}: expected one header entry"
    return headers[0], [e for e in entries if e is not headers[0]]


# Python format (%(name)s, %s, %d, %%), brace format ({name}), HTML tags and entities:
# whatever the code or the template fills in or renders must survive translation.
# The space flag is left out on purpose: "75 % of" is a percentage, not "% o".
_PERCENT = re.compile(r"%(?:\(\w+\))?[#0+-]*\d*(?:\.\d+)?[sdifrxX%]")
_BRACE = re.compile(r"(?<!\{)\{\w*(?:[.!:][^{}]*)?\}(?!\})")
_MARKUP = re.compile(r"<[^<>]+>|&#?\w+;")


def placeholders(text: str, flags: set[str]) -> list[str]:
    found = []
    if "no-python-format" not in flags:
        found += [p for p in _PERCENT.findall(text) if p != "%%"]
    if "no-python-brace-format" not in flags:
        # Not every str.format() text gets the python-brace-format flag from xgettext
        # (gettext_noop texts are formatted later), so look for braces everywhere.
        found += _BRACE.findall(text)
    found += _MARKUP.findall(text)
    return sorted(found)


@pytest.mark.parametrize("lang", ALL)
def test_catalogue_header_is_clean(lang):
    header, _entries = catalogue(lang)
    assert "fuzzy" not in header.flags, f"{lang}: the header is still marked fuzzy"
    text = header.msgstr[0]
    assert "charset=UTF-8" in text
    assert f"Language: {lang}\n" in text
    assert "Plural-Forms: nplurals=2;" in text


@pytest.mark.parametrize("lang", ALL)
def test_no_fuzzy_entries(lang):
    _header, entries = catalogue(lang)
    fuzzy = [str(e) for e in entries if "fuzzy" in e.flags]
    assert not fuzzy, f"{lang}: fuzzy entries left: {fuzzy}"


@pytest.mark.parametrize("lang", TRANSLATED)
def test_every_msgid_is_translated(lang):
    _header, entries = catalogue(lang)
    assert len(entries) > 100, f"{lang}: the catalogue looks empty"
    empty = []
    for e in entries:
        forms = 2 if e.is_plural else 1
        if sorted(e.msgstr) != list(range(forms)) or not all(e.msgstr.values()):
            empty.append(str(e))
    assert not empty, f"{lang}: untranslated: {empty}"


def test_english_plural_forms_are_filled_in():
    """English msgstr stays empty (the source is English), except plurals, which
    need both forms spelled out for ngettext to pick the right one."""
    _header, entries = catalogue("en")
    for e in entries:
        if e.is_plural:
            assert e.msgstr == {0: e.msgid, 1: e.msgid_plural}, str(e)
        else:
            assert e.msgstr[0] in ("", e.msgid), str(e)


@pytest.mark.parametrize("lang", TRANSLATED)
def test_placeholders_survive_translation(lang):
    _header, entries = catalogue(lang)
    problems = []
    for e in entries:
        if not e.is_plural:
            expected = placeholders(e.msgid, e.flags)
            got = placeholders(e.msgstr[0], e.flags)
            if got != expected:
                problems.append(f"{e} -> {e.msgstr[0]!r}: {got} != {expected}")
            continue
        # Plurals: the plural form keeps every placeholder; the singular form may drop
        # the count ("une famille"), but no form may bring one the code does not fill.
        expected = placeholders(e.msgid_plural, e.flags)
        allowed = set(expected) | set(placeholders(e.msgid, e.flags))
        for index, text in e.msgstr.items():
            got = placeholders(text, e.flags)
            if not set(got) <= allowed or (index == max(e.msgstr) and got != expected):
                problems.append(f"{e} [{index}] -> {text!r}: {got} != {expected}")
    assert not problems, f"{lang}: placeholders differ:\n" + "\n".join(problems)


def test_yesno_argument_keeps_its_shape():
    """The |yesno filter splits its argument on commas: keep the same number of parts."""
    for lang in TRANSLATED:
        _header, entries = catalogue(lang)
        for e in entries:
            if e.msgid in ("yes,no", "yes,no,maybe"):
                assert e.msgstr[0].count(",") == e.msgid.count(","), f"{lang}: {e}"


def test_all_catalogues_hold_the_same_msgids():
    keys = {}
    for lang in ALL:
        _header, entries = catalogue(lang)
        keys[lang] = {(e.msgctxt, e.msgid, e.msgid_plural) for e in entries}
    for lang in ALL[1:]:
        assert keys[lang] == keys[ALL[0]], (
            f"{lang} and {ALL[0]} differ: run makemessages for all languages; "
            f"only in {lang}: {sorted(keys[lang] - keys[ALL[0]])[:5]}, "
            f"only in {ALL[0]}: {sorted(keys[ALL[0]] - keys[lang])[:5]}"
        )


@pytest.mark.parametrize("lang", ALL)
def test_compiled_catalogue_matches_the_po_file(lang):
    """django.mo must be compiled from the current django.po (run compilemessages)."""
    mo_path = LOCALE_DIR / lang / "LC_MESSAGES" / "django.mo"
    assert mo_path.is_file(), f"{mo_path} is missing: run compilemessages"
    with mo_path.open("rb") as handle:
        compiled = gettext.GNUTranslations(handle)
    _header, entries = catalogue(lang)
    stale = []
    for e in entries:
        if e.is_plural:
            # nl (n != 1) and fr (n > 1) both use form 0 for one and form 1 for two.
            expected = [e.msgstr[0] or e.msgid, e.msgstr[1] or e.msgid_plural]
            if e.msgctxt is None:
                got = [compiled.ngettext(e.msgid, e.msgid_plural, n) for n in (1, 2)]
            else:
                got = [compiled.npgettext(e.msgctxt, e.msgid, e.msgid_plural, n) for n in (1, 2)]
        else:
            expected = [e.msgstr[0] or e.msgid]
            if e.msgctxt is None:
                got = [compiled.gettext(e.msgid)]
            else:
                got = [compiled.pgettext(e.msgctxt, e.msgid)]
        if got != expected:
            stale.append(f"{e}: compiled {got!r}, po {expected!r}")
    assert not stale, f"{lang}: django.mo is out of date, run compilemessages:\n" + "\n".join(
        stale[:20]
    )


@pytest.mark.django_db
def test_login_page_defaults_to_dutch(client):
    response = client.get("/login/")
    assert response.status_code == 200
    body = response.content.decode()
    assert "Wachtwoord" in body
    assert "Inloggen" in body
    assert "Password" not in body


@pytest.mark.django_db
@pytest.mark.parametrize(
    "how",
    [
        {"HTTP_ACCEPT_LANGUAGE": "fr-BE,fr;q=0.9"},
        {"cookie": "fr"},
    ],
    ids=["accept-language", "cookie"],
)
def test_login_page_in_french(client, how):
    if "cookie" in how:
        client.cookies[settings.LANGUAGE_COOKIE_NAME] = how["cookie"]
        response = client.get("/login/")
    else:
        response = client.get("/login/", **how)
    assert response.status_code == 200
    body = response.content.decode()
    assert "Mot de passe" in body
    assert "Se connecter" in body
    assert "Wachtwoord" not in body


@pytest.mark.django_db
def test_login_page_in_english(client):
    response = client.get("/login/", HTTP_ACCEPT_LANGUAGE="en")
    body = response.content.decode()
    assert "Password" in body
    assert "Wachtwoord" not in body
