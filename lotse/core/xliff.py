"""The translation round trip for a city's editors: XLIFF 1.2 out, XLIFF 1.2 back in.

`xliff_export` writes the texts of one language that are missing or outdated — of every
translated model (services, offices, international) — as one XLIFF 1.2 file, the format
translation agencies and integreat-cms exchange. Each unit carries the digest of the German
source it was made from (`lotse:source-digest`).

`xliff_import` checks the whole file first and writes nothing unless every unit is right:
unknown ids, a source that changed since the export (another digest), a wrong target
language, a unit twice — all are listed, and the file is refused. Accepted texts become
`machine-assisted`; a unit marked `final` or `signed-off` becomes `reviewed` only when the
importing account may review (otherwise it is imported as machine-assisted). Units still
marked `new` or `needs-…` (or with an empty target) are left out.

No maintained XLIFF library was available to us (translate-toolkit is not on our package
index), so the XML is built with lxml and read with `core.safexml` (defused: no DTD, no
entities, no network, libxml2's size limits kept).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from django.db import models, transaction
from lxml import etree

from lotse.core.languages import city_languages
from lotse.core.safexml import UnsafeXmlError, xml_parse_safe
from lotse.core.translation import (
    TranslatedText,
    TranslationStatus,
    text_mark_reviewed,
    text_set,
    translated_models,
)

XLIFF_NS = "urn:oasis:names:tc:xliff:document:1.2"
LOTSE_NS = "https://lotse.city/ns/xliff"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
DIGEST = f"{{{LOTSE_NS}}}source-digest"
MAX_FILE_BYTES = 20 * 1024 * 1024
IMPORTED_STATES = frozenset({"translated", "final", "signed-off"})
REVIEWED_STATES = frozenset({"final", "signed-off"})


def _q(name: str) -> str:
    return f"{{{XLIFF_NS}}}{name}"


class XliffError(Exception):
    """Raised when an XLIFF file is refused; `errors` lists every problem found."""

    def __init__(self, errors: list[str]) -> None:
        super().__init__("; ".join(errors[:5]))
        self.errors = errors


@dataclass
class ImportResult:
    written: int = 0
    reviewed: int = 0
    skipped: int = 0
    units: list[str] = field(default_factory=list)


def _model_id(model: type[TranslatedText]) -> str:
    return str(model._meta.label_lower)


def unit_id(model: type[TranslatedText], owner_field: str, owner_pk: int, part: str) -> str:
    return f"{model._meta.model_name}/{owner_field}/{owner_pk}/{part}"


def _owner_name(owner: models.Model) -> str:
    return str(getattr(owner, "key", None) or owner)


@dataclass
class _Unit:
    id: str
    resname: str
    source: str
    digest: str
    target: str | None
    outdated: bool


def _units(model: type[TranslatedText], city: Any, language: str) -> list[_Unit]:
    rows = list(
        model.for_city(city)
        .filter(language__in=[city.source_language, language])
        .select_related(*model.owner_fields)
        .order_by("pk")
    )
    targets = {
        (row.owner_field_for(row.owner), row.owner.pk, row.part): row
        for row in rows
        if row.language == language and row.owner is not None
    }
    units = []
    for row in rows:
        owner = row.owner
        if row.language != city.source_language or owner is None:
            continue
        owner_field = model.owner_field_for(owner)
        target = targets.get((owner_field, owner.pk, row.part))
        if target is not None and target.status != TranslationStatus.OUTDATED:
            continue
        units.append(
            _Unit(
                id=unit_id(model, owner_field, owner.pk, row.part),
                resname=f"{owner_field} {_owner_name(owner)}: {row.part}",
                source=row.text,
                digest=row.source_digest,
                target=target.text if target is not None else None,
                outdated=target is not None,
            )
        )
    return units


def _languages(city: Any) -> set[str]:
    """The languages texts of `city` may be exchanged in: the city's own."""
    return set(city_languages(city))


def xliff_export(*, city: Any, language: str) -> tuple[bytes, int]:
    """The missing and outdated texts of `city` in `language` as XLIFF 1.2; returns the file
    and the number of units."""
    if language not in _languages(city) or language == city.source_language:
        raise XliffError([f"language: {language!r} is not a translation language of this city"])
    nsmap: Any = {None: XLIFF_NS, "lotse": LOTSE_NS}
    root = etree.Element(_q("xliff"), nsmap=nsmap)
    root.set("version", "1.2")
    count = 0
    for model in translated_models():
        units = _units(model, city, language)
        file_el = etree.SubElement(root, _q("file"))
        file_el.set("original", f"{city.slug}/{_model_id(model)}")
        file_el.set("source-language", city.source_language)
        file_el.set("target-language", language)
        file_el.set("datatype", "plaintext")
        body = etree.SubElement(file_el, _q("body"))
        for unit in units:
            count += 1
            unit_el = etree.SubElement(body, _q("trans-unit"))
            unit_el.set("id", unit.id)
            unit_el.set("resname", unit.resname)
            unit_el.set(XML_SPACE, "preserve")
            unit_el.set(DIGEST, unit.digest)
            source_el = etree.SubElement(unit_el, _q("source"))
            source_el.set(XML_LANG, city.source_language)
            source_el.text = unit.source
            target_el = etree.SubElement(unit_el, _q("target"))
            target_el.set(XML_LANG, language)
            if unit.outdated:
                target_el.set("state", "needs-review-translation")
                target_el.text = unit.target
                note = etree.SubElement(unit_el, _q("note"))
                note.text = "The source text changed after this translation: update it."
            else:
                target_el.set("state", "needs-translation")
    data = etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)
    return data, count


def _parse(data: bytes) -> etree._Element:
    try:
        root = xml_parse_safe(data, max_bytes=MAX_FILE_BYTES)
    except UnsafeXmlError as exc:
        raise XliffError([f"file: {exc}"]) from exc
    if root.tag != _q("xliff") or root.get("version") != "1.2":
        raise XliffError([f"line {root.sourceline}: not an XLIFF 1.2 file (<xliff version=1.2>)"])
    return root


@dataclass
class _Planned:
    model: type[TranslatedText]
    owner: models.Model
    part: str
    text: str
    reviewed: bool
    id: str


def _owner(
    model: type[TranslatedText], owner_field: str, pk: str, city: Any
) -> models.Model | None:
    if owner_field not in model.owner_fields or not pk.isdigit():
        return None
    related: Any = model._meta.get_field(owner_field).related_model
    owner = related._default_manager.filter(pk=int(pk)).first()
    if owner is None or model.owner_city(owner).pk != city.pk:
        return None  # another city's object is as unknown as a missing one
    return owner


def _check_unit(
    unit: Any,
    *,
    city: Any,
    language: str,
    by_name: dict[str, type[TranslatedText]],
    errors: list[str],
) -> _Planned | None:
    where = f"line {unit.sourceline}"
    uid = unit.get("id") or ""
    parts = uid.split("/")
    model = by_name.get(parts[0]) if len(parts) == 4 else None
    owner = _owner(model, parts[1], parts[2], city) if model is not None else None
    part = parts[3] if len(parts) == 4 else ""
    if model is None or owner is None:
        errors.append(f"{where}: unknown id {uid!r}")
        return None
    part_field: Any = model._meta.get_field(model.part_field)
    choices = {str(value) for value, _label in part_field.choices or []}
    if part not in choices:
        errors.append(f"{where}: unknown id {uid!r} (no text {part!r})")
        return None
    source = model._default_manager.filter(
        **{model.owner_field_for(owner): owner, model.part_field: part},
        language=city.source_language,
    ).first()
    if source is None:
        errors.append(f"{where}: unknown id {uid!r} (no {city.source_language} source text)")
        return None
    if unit.get(DIGEST) != source.source_digest:
        errors.append(
            f"{where}: unit {uid!r}: the {city.source_language} source changed since the "
            "export (source digest differs); export again"
        )
        return None
    target = unit.find(_q("target"))
    if target is None:
        return None
    target_lang = target.get(XML_LANG)
    if target_lang is not None and target_lang != language:
        errors.append(f"{where}: unit {uid!r}: target language {target_lang!r} is not {language!r}")
        return None
    text = "".join(target.itertext()).strip()
    state = target.get("state") or "translated"
    if not text or state not in IMPORTED_STATES:
        return None
    return _Planned(
        model=model,
        owner=owner,
        part=part,
        text=text,
        reviewed=state in REVIEWED_STATES,
        id=uid,
    )


def xliff_read(*, data: bytes, city: Any, language: str) -> tuple[list[_Planned], int]:
    """Check a whole file; returns the units to write and how many were left out, or raises
    XliffError listing every problem."""
    if language not in _languages(city) or language == city.source_language:
        raise XliffError([f"language: {language!r} is not a translation language of this city"])
    root = _parse(data)
    by_name = {str(m._meta.model_name): m for m in translated_models()}
    errors: list[str] = []
    planned: list[_Planned] = []
    seen: set[str] = set()
    skipped = 0
    files = root.findall(_q("file"))
    if not files:
        errors.append(f"line {root.sourceline}: the file has no <file> element")
    for file_el in files:
        where = f"line {file_el.sourceline}"
        if file_el.get("source-language") != city.source_language:
            errors.append(
                f"{where}: source-language {file_el.get('source-language')!r} is not "
                f"{city.source_language!r}"
            )
        if file_el.get("target-language") != language:
            errors.append(
                f"{where}: target-language {file_el.get('target-language')!r} is not {language!r}"
            )
        original = file_el.get("original") or ""
        if original.split("/", 1)[0] != city.slug:
            errors.append(f"{where}: the file was exported for {original!r}, not {city.slug!r}")
        for unit in file_el.iter(_q("trans-unit")):
            uid = unit.get("id") or ""
            if uid in seen:
                errors.append(f"line {unit.sourceline}: unit {uid!r} appears twice")
                continue
            seen.add(uid)
            result = _check_unit(unit, city=city, language=language, by_name=by_name, errors=errors)
            if result is None:
                skipped += 1
            else:
                planned.append(result)
    if errors:
        raise XliffError(errors)
    return planned, skipped


def xliff_import(
    *,
    data: bytes,
    city: Any,
    language: str,
    user: Any = None,
    may_review: Callable[[Any], bool] | bool = False,
) -> ImportResult:
    """Import a checked file, all or nothing (see the module docstring)."""
    planned, skipped = xliff_read(data=data, city=city, language=language)
    allowed = may_review(city) if callable(may_review) else may_review
    result = ImportResult(skipped=skipped)
    with transaction.atomic():
        for unit in planned:
            row = text_set(
                model=unit.model,
                owner=unit.owner,
                part=unit.part,
                language=language,
                text=unit.text,
            )
            if unit.reviewed and allowed and user is not None:
                text_mark_reviewed(row=row, user=user)
                result.reviewed += 1
            result.written += 1
            result.units.append(unit.id)
    return result
