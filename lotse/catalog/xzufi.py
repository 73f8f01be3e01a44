"""Import of service descriptions in the federal XZuFi 2.2 XML format into a city's catalog.

Two steps: `read_xzufi` parses and validates the whole file without touching the database
(collecting every problem with its line), `xzufi_import` maps the result onto services and
writes everything in one transaction. Any problem means nothing is written.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path

import lxml.html
from django.conf import settings
from django.db import transaction
from django.db.models import Max
from django.utils import timezone
from django.utils.text import slugify
from lxml import etree

from lotse.catalog import models
from lotse.catalog.services import service_text_update
from lotse.core.models import City
from lotse.core.safexml import UnsafeXmlError, xml_parse_safe

XZUFI_NS = "http://xoev.de/schemata/xzufi/2_2_0"
FIM_PORTAL_URL = "https://fimportal.de/"
MAX_FILE_BYTES = 20 * 1024 * 1024
KEY_MAX_LENGTH = 64
LEIKA_RE = re.compile(r"^\d{14}$")
KEY_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")

# Code list urn:de:xzufi:codeliste:leistungstextmodulleika (see docs/xzufi-import.md).
# Per module the codes it is filled from, best first: the citizen-facing
# "Leistungsbezeichnung II" wins over the formal "Leistungsbezeichnung", a "Teaser" only
# stands in for a missing "Kurztext".
MODULE_CODES: dict[models.TextModule, tuple[str, ...]] = {
    models.TextModule.NAME: ("03", "02"),
    models.TextModule.SUMMARY: ("05", "24"),
    models.TextModule.BODY: ("06",),
    models.TextModule.LEGAL_BASIS: ("07",),
    models.TextModule.DOCUMENTS: ("08",),
    models.TextModule.PREREQUISITES: ("09",),
    models.TextModule.STEPS: ("11",),
    models.TextModule.FORMS: ("14",),
    models.TextModule.NOTES: ("16",),
}
# Known codes we deliberately do not import, with the reason shown to the operator.
SKIPPED_CODES: dict[str, str] = {
    "15": "further information (links) is not a catalog module",
    "18": "author (Urheber) is recorded as the source instead",
    "22": "responsible office comes from --office",
    "23": "contact point comes from the office data",
    "25": "legal remedy (Rechtsbehelf) has no catalog module yet",
}
# Modules of their own in XZuFi 2.2 whose <beschreibung> texts become catalog modules.
DESCRIPTION_MODULES: dict[str, models.TextModule] = {
    "modulKosten": models.TextModule.FEES,
    "modulFrist": models.TextModule.DEADLINES,
    "modulBearbeitungsdauer": models.TextModule.PROCESSING_TIME,
}

_BLOCK_TAGS = {"p", "div", "ul", "ol", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table"}
# Private-use characters as break markers; they are removed from the input first.
_PARAGRAPH = "\ue000"
_LINE = "\ue001"


class XzufiImportError(Exception):
    """Raised when an XZuFi file cannot be imported; carries every problem found."""

    def __init__(self, errors: list[str]) -> None:
        super().__init__("\n".join(errors))
        self.errors = errors


@dataclass
class LeistungData:
    """One Leistung as read from the file, already mapped to catalog modules."""

    xzufi_id: str
    line: int
    leika: list[str]
    texts: dict[str, dict[str, str]] = field(default_factory=dict)  # language -> module -> text
    origins: list[tuple[str, str]] = field(default_factory=list)  # (url, title)


@dataclass
class XzufiFile:
    leistungen: list[LeistungData]
    warnings: list[str]


@dataclass
class ImportResult:
    created: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    texts_written: int = 0
    warnings: list[str] = field(default_factory=list)


def _q(name: str) -> str:
    return f"{{{XZUFI_NS}}}{name}"


def _local(element: etree._Element) -> str:
    return etree.QName(element).localname


def _lineno(element: etree._Element) -> int:
    line = getattr(element, "sourceline", None)
    return line if isinstance(line, int) else 0


def _line(element: etree._Element) -> str:
    return f"line {_lineno(element)}" if _lineno(element) else "line ?"


def _code(element: etree._Element | None) -> str:
    """The value of an XÖV code element: its <code> child (unqualified in XÖV, tolerated
    in the XZuFi namespace)."""
    if element is None:
        return ""
    for child in element:
        if isinstance(child.tag, str) and _local(child) == "code":
            return (child.text or "").strip()
    return ""


def _language(element: etree._Element) -> str:
    return (element.get("languageCode") or "").split("-")[0].strip().lower()


def _html_to_text(raw: str, *, as_list: bool, forms: bool = False) -> str:
    """Plain text from the HTML fragments XZuFi texts usually carry.

    Prose keeps paragraphs apart with a blank line; list modules get one item per line;
    forms become "title | url" lines, the catalog's format for them.
    """
    raw = raw.replace(_PARAGRAPH, "").replace(_LINE, "")
    if "<" not in raw:
        blocks = [
            "\n".join(" ".join(line.split()) for line in part.splitlines() if line.strip())
            for part in re.split(r"\n\s*\n", raw)
        ]
        if as_list:
            lines = [" ".join(line.split()) for line in raw.splitlines()]
            return "\n".join(line.lstrip("-•* ").strip() for line in lines if line.strip())
        return "\n\n".join(block for block in blocks if block)
    # The HTML parser never fetches anything; comments and processing instructions go.
    parser = lxml.html.HTMLParser(no_network=True, remove_comments=True, remove_pis=True)
    root = lxml.html.fragment_fromstring(raw, create_parent="div", parser=parser)
    for junk in root.xpath(".//script|.//style"):
        junk.drop_tree()
    if forms:
        lines = []
        for link in root.iter("a"):
            title = " ".join(link.text_content().split()).replace("|", "/")
            href = (link.get("href") or "").strip()
            if title and href.startswith(("http://", "https://")):
                lines.append(f"{title} | {href}")
            elif title:
                lines.append(title)
        if lines:
            return "\n".join(lines)
    for element in root.iter():
        if not isinstance(element.tag, str):
            continue
        if element.tag == "br":
            element.tail = _LINE + (element.tail or "")
        elif element.tag in _BLOCK_TAGS:
            prefix = "- " if element.tag == "li" and not as_list else ""
            element.text = _PARAGRAPH + prefix + (element.text or "")
            element.tail = _PARAGRAPH + (element.tail or "")
    content = root.text_content()
    pieces = []
    for block in content.split(_PARAGRAPH):
        for line in block.split(_LINE) if as_list else [block.replace(_LINE, "\n")]:
            cleaned = "\n".join(" ".join(part.split()) for part in line.split("\n"))
            cleaned = cleaned.strip()
            if cleaned:
                pieces.append(cleaned)
    if as_list:
        return "\n".join(pieces)
    # Consecutive list items stay on adjacent lines; other blocks are paragraphs.
    text = ""
    for i, piece in enumerate(pieces):
        if i:
            text += "\n" if piece.startswith("- ") and pieces[i - 1].startswith("- ") else "\n\n"
        text += piece
    return text


def _parse_bytes(data: bytes, name: str) -> etree._Element:
    try:
        return xml_parse_safe(data, max_bytes=MAX_FILE_BYTES)
    except UnsafeXmlError as exc:
        raise XzufiImportError([f"{name}: {exc}"]) from exc


def _leistung_elements(root: etree._Element, name: str) -> list[etree._Element]:
    qname = etree.QName(root)
    if qname.namespace != XZUFI_NS:
        found = f"{{{qname.namespace}}}{qname.localname}" if qname.namespace else qname.localname
        raise XzufiImportError(
            [
                f"{name}: {_line(root)}: unknown root element {found}; expected an XZuFi 2.2 "
                f"Leistung or message in the namespace {XZUFI_NS}"
            ]
        )
    if qname.localname == "leistung":
        return [root]
    if root.find(_q("nachrichtenkopf")) is None:
        raise XzufiImportError(
            [
                f"{name}: {_line(root)}: root element {qname.localname} is neither a Leistung "
                "nor an XZuFi message (no nachrichtenkopf)"
            ]
        )
    found_elements = root.findall(_q("leistung")) + root.findall(
        f"{_q('schreibe')}/{_q('leistung')}"
    )
    if not found_elements:
        raise XzufiImportError([f"{name}: {_line(root)}: the message holds no Leistung"])
    return sorted(found_elements, key=_lineno)


def _read_leistung(
    element: etree._Element,
    *,
    name: str,
    languages: set[str],
    source_language: str,
    errors: list[str],
    warnings: list[str],
) -> LeistungData | None:
    where = f"{name}: {_line(element)}: leistung"
    before = len(errors)
    id_element = element.find(_q("id"))
    xzufi_id = (id_element.text or "").strip() if id_element is not None else ""
    if not xzufi_id:
        errors.append(f"{where}: missing <id>")
    else:
        where = f"{name}: {_line(element)}: leistung {xzufi_id}"
    leika = []
    for ref in element.findall(_q("referenzLeiKa")):
        code = _code(ref)
        if not LEIKA_RE.match(code):
            errors.append(
                f"{name}: {_line(ref)}: referenzLeiKa {code!r} must be a 14-digit LeiKa key"
            )
        elif code not in leika:
            leika.append(code)
    # code -> language -> text, gathered first so that preferences between codes apply.
    by_code: dict[str, dict[str, list[str]]] = {}
    for modul in element.findall(_q("modulText")):
        code = _code(modul.find(_q("leikaTextmodul")))
        if not code:
            errors.append(f"{name}: {_line(modul)}: modulText without leikaTextmodul code")
            continue
        if code in SKIPPED_CODES:
            continue
        if not any(code in codes for codes in MODULE_CODES.values()):
            warnings.append(
                f"{name}: {_line(modul)}: text module code {code!r} is unknown, skipped"
            )
            continue
        for inhalt in modul.findall(_q("inhalt")):
            found = _inhalt_text(
                inhalt, name=name, languages=languages, errors=errors, warnings=warnings
            )
            if found is not None:
                by_code.setdefault(code, {}).setdefault(found[0], []).append(found[1])
    leistung = LeistungData(xzufi_id=xzufi_id, line=_lineno(element), leika=leika)
    for module, codes in MODULE_CODES.items():
        for code in codes:
            for lang, raw_texts in by_code.get(code, {}).items():
                if module in leistung.texts.get(lang, {}):
                    continue  # a preferred code already filled it
                text = _join(raw_texts, module)
                if text:
                    leistung.texts.setdefault(lang, {})[module] = text
    # The formal name stays findable when the citizen-facing one is shown.
    for lang, raw_texts in by_code.get("02", {}).items():
        formal = _join(raw_texts, models.TextModule.SYNONYMS)
        modules = leistung.texts.get(lang, {})
        if formal and modules.get(models.TextModule.NAME) not in (None, formal):
            modules[models.TextModule.SYNONYMS] = formal
    for modul_name, module in DESCRIPTION_MODULES.items():
        for modul in element.findall(_q(modul_name)):
            collected: dict[str, list[str]] = {}
            for beschreibung in modul.findall(_q("beschreibung")):
                found = _inhalt_text(
                    beschreibung, name=name, languages=languages, errors=errors, warnings=warnings
                )
                if found is not None:
                    collected.setdefault(found[0], []).append(found[1])
            for lang, raw_texts in collected.items():
                joined = _join(raw_texts, module)
                if joined:
                    leistung.texts.setdefault(lang, {})[module] = joined
    for portal in element.findall(_q("modulUrsprungsportal")):
        uri = (portal.findtext(_q("uri")) or "").strip()
        title = (portal.findtext(_q("titel")) or "").strip()
        if uri.startswith(("http://", "https://")) and len(uri) <= 500:
            leistung.origins.append((uri, title[:300] or uri[:300]))
        elif uri:
            warnings.append(
                f"{name}: {_line(portal)}: Ursprungsportal {uri!r} is not an http(s) URL"
            )
    if not leistung.texts.get(source_language, {}).get(models.TextModule.NAME):
        errors.append(
            f"{where}: no Leistungsbezeichnung (text module 02 or 03) in the city's "
            f"source language {source_language!r}"
        )
    return leistung if len(errors) == before else None


def _inhalt_text(
    element: etree._Element,
    *,
    name: str,
    languages: set[str],
    errors: list[str],
    warnings: list[str],
) -> tuple[str, str] | None:
    """(language, raw text) of one multilingual text element, or None if skipped or broken."""
    lang = _language(element)
    if not lang:
        errors.append(f"{name}: {_line(element)}: <{_local(element)}> has no languageCode")
        return None
    if len(element):
        errors.append(
            f"{name}: {_line(element)}: <{_local(element)}> must hold text, not nested elements"
        )
        return None
    if lang not in languages:
        warnings.append(f"{name}: {_line(element)}: language {lang!r} is not offered, skipped")
        return None
    return lang, element.text or ""


def _join(raw_texts: list[str], module: str) -> str:
    as_list = module in models.LIST_MODULES
    parts = [
        _html_to_text(raw, as_list=as_list, forms=module == models.TextModule.FORMS)
        for raw in raw_texts
    ]
    return ("\n" if as_list else "\n\n").join(part for part in parts if part)


def read_xzufi(data: bytes, *, name: str, source_language: str) -> XzufiFile:
    """Parse and validate an XZuFi file; raise XzufiImportError listing every problem."""
    languages = {code for code, _label in settings.LANGUAGES}
    root = _parse_bytes(data, name)
    elements = _leistung_elements(root, name)
    errors: list[str] = []
    warnings: list[str] = []
    leistungen = []
    for element in elements:
        leistung = _read_leistung(
            element,
            name=name,
            languages=languages,
            source_language=source_language,
            errors=errors,
            warnings=warnings,
        )
        if leistung is not None:
            leistungen.append(leistung)
    seen: dict[str, int] = {}
    for leistung in leistungen:
        if leistung.xzufi_id in seen:
            errors.append(
                f"{name}: line {leistung.line}: leistung {leistung.xzufi_id} appears twice "
                f"(first on line {seen[leistung.xzufi_id]})"
            )
        seen.setdefault(leistung.xzufi_id, leistung.line)
    if errors:
        raise XzufiImportError(errors)
    return XzufiFile(leistungen=leistungen, warnings=warnings)


_UMLAUTS = str.maketrans(
    {"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"}
)


def service_key_from_name(name: str, *, prefix: str = "") -> str:
    """A stable slug for a service name, cut at a word boundary to fit the key field."""
    slug = slugify(name.translate(_UMLAUTS))
    room = KEY_MAX_LENGTH - len(prefix)
    if len(slug) > room:
        slug = slug[:room]
        slug = slug.rsplit("-", 1)[0] if "-" in slug else slug
    return f"{prefix}{slug.strip('-')}" if slug.strip("-") else ""


@dataclass
class _Plan:
    leistung: LeistungData
    key: str
    service: models.Service | None


def _plan(
    *,
    city: City,
    leistungen: list[LeistungData],
    name: str,
    key_prefix: str,
    key_map: dict[str, str],
) -> list[_Plan]:
    errors: list[str] = []
    services = list(city.services.all())
    by_key = {s.key: s for s in services}
    by_leika: dict[str, models.Service] = {}
    for existing in services:
        for code in existing.leika_keys or []:
            by_leika.setdefault(str(code), existing)
    plans: list[_Plan] = []
    claimed: dict[str, str] = {}
    for leistung in leistungen:
        where = f"{name}: line {leistung.line}: leistung {leistung.xzufi_id}"
        matches = {
            by_leika[code].key: by_leika[code] for code in leistung.leika if code in by_leika
        }
        if len(matches) > 1:
            errors.append(
                f"{where}: its LeiKa keys match several services ({', '.join(sorted(matches))})"
            )
            continue
        service: models.Service | None
        if matches:
            service = next(iter(matches.values()))
            key = service.key
        else:
            mapped = [key_map[code] for code in leistung.leika if code in key_map]
            german_name = leistung.texts[city.source_language][models.TextModule.NAME]
            key = mapped[0] if mapped else service_key_from_name(german_name, prefix=key_prefix)
            if not key or not KEY_RE.match(key) or len(key) > KEY_MAX_LENGTH:
                errors.append(f"{where}: cannot derive a service key from {german_name!r}")
                continue
            service = by_key.get(key)
            if service is not None and service.leika_keys and leistung.leika:
                errors.append(
                    f"{where}: key {key!r} already belongs to a service with LeiKa "
                    f"{', '.join(service.leika_keys)}; map it with --key-map"
                )
                continue
        if key in claimed:
            errors.append(f"{where}: maps to service {key!r} like leistung {claimed[key]}")
            continue
        claimed[key] = leistung.xzufi_id
        plans.append(_Plan(leistung=leistung, key=key, service=service))
    if errors:
        raise XzufiImportError(errors)
    return plans


def _source_upsert(
    *, service: models.Service, url: str, title: str, checked: dt.date, covers: list[str]
) -> None:
    existing = service.sources.filter(url=url).first()
    if existing is not None:
        existing.title = title
        existing.checked = checked
        existing.covers = covers
        existing.save(update_fields=["title", "checked", "covers"])
        return
    last = service.sources.aggregate(last=Max("position"))["last"]
    models.Source.objects.create(
        service=service,
        url=url,
        title=title,
        checked=checked,
        covers=covers,
        position=0 if last is None else last + 1,
    )


def xzufi_import(
    *,
    path: Path,
    city: City,
    office_key: str | None = None,
    key_prefix: str = "",
    key_map: dict[str, str] | None = None,
    source_url: str = FIM_PORTAL_URL,
    dry_run: bool = False,
) -> ImportResult:
    """Import the Leistungen of an XZuFi file into a city's catalog, all or nothing."""
    name = path.as_posix()
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise XzufiImportError([f"{name}: cannot read the file: {exc.strerror}"]) from exc
    parsed = read_xzufi(data, name=name, source_language=city.source_language)
    office: models.Office | None = None
    if office_key:
        office = city.offices.filter(key=office_key).first()
        if office is None:
            raise XzufiImportError([f"--office: {city.slug} has no office {office_key!r}"])
    if key_prefix and not KEY_RE.match(key_prefix.rstrip("-")):
        raise XzufiImportError([f"--key-prefix: {key_prefix!r} must be lowercase words and '-'"])
    result = ImportResult(warnings=list(parsed.warnings))
    today = timezone.localdate()
    source_lang = city.source_language
    with transaction.atomic():
        plans = _plan(
            city=city,
            leistungen=parsed.leistungen,
            name=name,
            key_prefix=key_prefix,
            key_map=key_map or {},
        )
        for plan in plans:
            leistung = plan.leistung
            service = plan.service
            if service is None:
                service = models.Service.objects.create(
                    city=city, key=plan.key, leika_keys=leistung.leika
                )
                result.created.append(service.key)
            else:
                merged = list(service.leika_keys or []) + [
                    code for code in leistung.leika if code not in (service.leika_keys or [])
                ]
                if merged != service.leika_keys:
                    service.leika_keys = merged
                    service.save(update_fields=["leika_keys", "updated_at"])
                result.updated.append(service.key)
            if office is not None and not service.responsibilities.filter(office=office).exists():
                last = service.responsibilities.aggregate(last=Max("position"))["last"]
                models.Responsibility.objects.create(
                    city=city,
                    service=service,
                    office=office,
                    position=0 if last is None else last + 1,
                )
            existing = {(t.module, t.language): t.text for t in service.texts.all()}
            # The source language first: its changes decide which translations are outdated.
            order = sorted(leistung.texts, key=lambda lang: (lang != source_lang, lang))
            for lang in order:
                for module, text in leistung.texts[lang].items():
                    # An unchanged text is left alone, so a reviewed or outdated
                    # translation keeps its status on re-import.
                    if existing.get((module, lang)) == text.strip():
                        continue
                    service_text_update(service=service, module=module, language=lang, text=text)
                    result.texts_written += 1
            covers = sorted({module for modules in leistung.texts.values() for module in modules})
            _source_upsert(
                service=service,
                url=source_url,
                title=f"FIM / XZuFi import, Leistung {leistung.xzufi_id} ({path.name})"[:300],
                checked=today,
                covers=covers,
            )
            for url, title in leistung.origins:
                _source_upsert(service=service, url=url, title=title, checked=today, covers=covers)
        if dry_run:
            transaction.set_rollback(True)
    return result
