"""The PDF summary of a submitted application (fpdf2).

The fonts ship in `fonts/` with their licence (SIL OFL 1.1): Noto Sans for Latin, Cyrillic and
Greek, Noto Sans Arabic as fallback for Arabic and Persian. Text is shaped with HarfBuzz
(`uharfbuzz`, fpdf2's shaping engine), so Arabic and Persian letters take their joined forms and
run right to left; their paragraphs are right-aligned. The receipt page and the mail carry the
same content as text."""

from __future__ import annotations

from pathlib import Path

from fpdf import FPDF

from lotse.cases.applications.forms import FormDef, pick
from lotse.cases.applications.texts import t
from lotse.cases.models import Application
from lotse.core.languages import is_rtl

FONTS = Path(__file__).parent / "fonts"
FONT = FONTS / "NotoSans-Regular.ttf"
ARABIC_FONT = FONTS / "NotoSansArabic-Regular.ttf"


def _value(value: object, choices: dict[str, dict[str, str]], language: str) -> str:
    if isinstance(value, bool):
        return t("yes", language) if value else "-"
    if choices and str(value) in choices:
        return pick(choices[str(value)], language)
    return str(value)


def summary_pdf(application: Application, form: FormDef) -> bytes:
    lang = application.language
    pdf = FPDF(format="A4")
    pdf.set_title(f"{application.reference}")
    pdf.set_creator("Lotse")
    pdf.add_page()
    pdf.add_font("body", fname=str(FONT))
    pdf.add_font("arabic", fname=str(ARABIC_FONT))
    pdf.set_font("body", size=11)
    pdf.set_fallback_fonts(["arabic"], exact_match=False)
    pdf.set_text_shaping(use_shaping_engine=True)
    align = "R" if is_rtl(lang) else "L"

    width = pdf.epw
    pdf.set_font_size(15)
    pdf.multi_cell(width, 8, align=align, text=f"{t('received', lang)} – {application.service_key}")
    pdf.set_font_size(11)
    pdf.multi_cell(width, 7, align=align, text=f"{t('reference', lang)}: {application.reference}")
    pdf.multi_cell(
        width, 7, align=align, text=application.created_at.strftime("%Y-%m-%d %H:%M UTC")
    )
    for group in form.groups:
        pdf.ln(3)
        pdf.set_font_size(13)
        pdf.multi_cell(width, 8, align=align, text=pick(group.label, lang))
        pdf.set_font_size(11)
        for f in group.fields:
            if f.name not in application.answers:
                continue
            value = _value(application.answers[f.name], f.choices, lang)
            pdf.multi_cell(width, 6, align=align, text=f"{pick(f.label, lang)}: {value}")
    documents = [pick(d.label, lang) for d in form.documents]
    submitted = {r.key for r in application.task.requests.all()} if application.task_id else set()
    if documents:
        pdf.ln(3)
        pdf.set_font_size(13)
        pdf.multi_cell(width, 8, align=align, text=t("documents", lang))
        pdf.set_font_size(11)
        for d in form.documents:
            mark = "[x]" if d.key in submitted else "[ ]"
            pdf.multi_cell(width, 6, align=align, text=f"{mark} {pick(d.label, lang)}")
    return bytes(pdf.output())
