"""The PDF summary in Arabic and Persian is shaped (joined letters, right to left) with the
fonts shipped in the repository (Noto, SIL OFL 1.1)."""

from __future__ import annotations

import io
import re
import zlib

import pytest
from fontTools.ttLib import TTFont  # type: ignore[import-untyped]

from lotse.cases.applications import pdf as pdf_module
from lotse.cases.tests.test_application_portal import FORM, answers, files

pytestmark = pytest.mark.django_db

# Arabic Presentation Forms-B: the joined (initial, medial, final) forms of the letters.
# Without shaping, a PDF holds only the letters' isolated base glyphs (U+0600 block).
JOINED = re.compile(r"^uniFE[89A-F][0-9A-F]$|^uniFB[5-9A-F][0-9A-F]$")


def _embedded_fonts(data: bytes) -> list[TTFont]:
    fonts = []
    for match in re.finditer(rb"/Length1 \d+.*?stream\r?\n(.*?)endstream", data, re.S):
        fonts.append(TTFont(io.BytesIO(zlib.decompress(match.group(1)))))
    return fonts


def _summary(client, lang: str) -> bytes:
    response = client.post(FORM.format(lang=lang), {**answers(), **files()})
    assert response.status_code == 302, response.content[:500]
    pdf = client.get(response["Location"].split("?")[0] + "summary.pdf")
    assert pdf.status_code == 200 and pdf.content.startswith(b"%PDF")
    return pdf.content


def test_the_fonts_and_their_licence_ship_in_the_repository():
    assert pdf_module.FONT.is_file() and pdf_module.ARABIC_FONT.is_file()
    licence = (pdf_module.FONTS / "OFL.txt").read_text()
    assert "SIL Open Font License" in licence and "PREAMBLE" in licence


@pytest.mark.parametrize("lang", ["ar", "fa"])
def test_arabic_script_summary_is_shaped(client, lang):
    data = _summary(client, lang)
    assert b"NotoSansArabic" in data
    glyphs = {name for font in _embedded_fonts(data) for name in font.getGlyphOrder()}
    joined = {g for g in glyphs if JOINED.match(g)}
    assert len(joined) >= 5, sorted(glyphs)[:60]


def test_latin_summary_uses_the_shipped_font(client):
    data = _summary(client, "en")
    assert b"NotoSans-Regular" in data or b"NotoSans" in data
