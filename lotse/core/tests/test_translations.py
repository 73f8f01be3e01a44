"""Every interface string is translated into every supported language.

A fuzzy entry is ignored by gettext, so the page shows English: it counts as untranslated.
English may stay empty (the msgids are English). The compiled .mo files must match the .po files,
or a translation fixed in the .po file never reaches the page.
"""

import re
from pathlib import Path

import polib
import pytest
from django.conf import settings

ROOT = Path(settings.BASE_DIR) / "lotse"
CATALOGUES = sorted(ROOT.glob("**/locale/*/LC_MESSAGES/django.po"))
LANGUAGES = [code for code, _ in settings.LANGUAGES]
PLACEHOLDER = re.compile(r"%\((\w+)\)[sd]")


def _language(path: Path) -> str:
    return path.parent.parent.name


def _catalogue_id(path: Path) -> str:
    return str(path.relative_to(ROOT))


def test_every_supported_language_has_a_catalogue_in_every_locale_directory():
    locale_dirs = {p.parent.parent.parent for p in CATALOGUES}
    assert ROOT / "locale" in locale_dirs
    for locale_dir in locale_dirs:
        present = {p.name for p in locale_dir.iterdir() if p.is_dir()}
        assert set(LANGUAGES) <= present, (locale_dir, set(LANGUAGES) - present)


@pytest.mark.parametrize("path", CATALOGUES, ids=_catalogue_id)
def test_no_untranslated_or_fuzzy_interface_strings(path: Path):
    lang = _language(path)
    catalogue = polib.pofile(str(path))
    fuzzy = [e.msgid for e in catalogue if "fuzzy" in e.flags and not e.obsolete]
    assert fuzzy == [], f"{lang}: fuzzy entries (shown in English): {fuzzy}"
    if lang == "en":
        return
    untranslated = [e.msgid for e in catalogue.untranslated_entries()]
    assert untranslated == [], f"{lang}: untranslated entries: {untranslated}"


@pytest.mark.parametrize("path", CATALOGUES, ids=_catalogue_id)
def test_translations_keep_the_placeholders(path: Path):
    wrong = []
    for entry in polib.pofile(str(path)).translated_entries():
        expected = set(PLACEHOLDER.findall(entry.msgid + (entry.msgid_plural or "")))
        strings = list(entry.msgstr_plural.values()) if entry.msgid_plural else [entry.msgstr]
        for text in strings:
            if not set(PLACEHOLDER.findall(text)) <= expected:
                wrong.append((entry.msgid, text))
    assert wrong == []


@pytest.mark.parametrize("path", CATALOGUES, ids=_catalogue_id)
def test_compiled_catalogue_matches_the_source(path: Path):
    compiled = {(e.msgctxt, e.msgid): e for e in polib.mofile(str(path.with_suffix(".mo")))}
    stale = []
    for entry in polib.pofile(str(path)).translated_entries():
        mo = compiled.get((entry.msgctxt, entry.msgid))
        if entry.msgid_plural:
            same = mo is not None and [mo.msgstr_plural[k] for k in sorted(mo.msgstr_plural)] == [
                entry.msgstr_plural[k] for k in sorted(entry.msgstr_plural)
            ]
        else:
            same = mo is not None and mo.msgstr == entry.msgstr
        if not same:
            stale.append(entry.msgid)
    assert stale == [], f"run compilemessages: {stale[:5]}"
