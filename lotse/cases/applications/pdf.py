"""The PDF summary of a submitted application (fpdf2, DejaVu Sans for every script we show).

Arabic and Persian are written without contextual shaping (fpdf2 shapes only with uharfbuzz,
which is not installed): the letters are right, their joined forms are not. The receipt page
and the mail carry the same content as text."""

from __future__ import annotations

from pathlib import Path

from fpdf import FPDF

from lotse.cases.applications.forms import FormDef, pick
from lotse.cases.applications.texts import t
from lotse.cases.models import Application

FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")


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
    unicode = FONT.exists()
    if unicode:
        pdf.add_font("body", fname=str(FONT))
        pdf.set_font("body", size=11)
    else:  # pragma: no cover - a machine without DejaVu: Latin-1 only
        pdf.set_font("helvetica", size=11)

    def to_text(value: str) -> str:
        return value if unicode else value.encode("latin-1", "replace").decode("latin-1")

    width = pdf.epw
    pdf.set_font_size(15)
    pdf.multi_cell(width, 8, to_text(f"{t('received', lang)} – {application.service_key}"))
    pdf.set_font_size(11)
    pdf.multi_cell(width, 7, to_text(f"{t('reference', lang)}: {application.reference}"))
    pdf.multi_cell(width, 7, to_text(application.created_at.strftime("%Y-%m-%d %H:%M UTC")))
    for group in form.groups:
        pdf.ln(3)
        pdf.set_font_size(13)
        pdf.multi_cell(width, 8, to_text(pick(group.label, lang)))
        pdf.set_font_size(11)
        for f in group.fields:
            if f.name not in application.answers:
                continue
            value = _value(application.answers[f.name], f.choices, lang)
            pdf.multi_cell(width, 6, to_text(f"{pick(f.label, lang)}: {value}"))
    documents = [pick(d.label, lang) for d in form.documents]
    submitted = {r.key for r in application.task.requests.all()} if application.task_id else set()
    if documents:
        pdf.ln(3)
        pdf.set_font_size(13)
        pdf.multi_cell(width, 8, to_text(t("documents", lang)))
        pdf.set_font_size(11)
        for d in form.documents:
            mark = "[x]" if d.key in submitted else "[ ]"
            pdf.multi_cell(width, 6, to_text(f"{mark} {pick(d.label, lang)}"))
    return bytes(pdf.output())
