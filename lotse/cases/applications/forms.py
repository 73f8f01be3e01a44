"""Online application forms as data (`data/cities/<slug>/forms/`), modelled on FIM XDatenfelder.

`_library.yaml` holds the data fields (Datenfelder: id, data type, code list, labels) and the
documents; each `<service-key>.yaml` is a form (Stammdatenschema) of field groups
(Datenfeldgruppen) that use library fields, with per-form `required`, `when` (a condition on
another field's value) and `prefill` (a plan profile field). Every problem is reported with its
file and line; an invalid set is never used (docs/applications.md).
"""

from __future__ import annotations

import datetime as dt
import re
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from django.conf import settings

from lotse.core.datafiles import KEY_RE, DataFileError, DataReader, load_yaml
from lotse.core.languages import city_file_languages, default_city_languages, supported_languages

FIELD_TYPES = ("text", "date", "email", "choice", "boolean", "number", "country")
# ISO 3166-1 alpha-2 (the XDatenfelder code list "Staat" uses its own keys; we take ISO codes).
COUNTRY_RE = re.compile(r"^[A-Z]{2}$")
TEXT_MAX = 500
LIBRARY = "_library.yaml"
EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


@dataclass(frozen=True)
class FieldDef:
    name: str
    type: str
    label: dict[str, str]
    help: dict[str, str]
    required: bool
    group: str
    fim: str = ""
    codelist: str = ""
    choices: dict[str, dict[str, str]] = field(default_factory=dict)
    when: dict[str, Any] = field(default_factory=dict)
    min: float | None = None
    max: float | None = None
    pattern: str = ""
    max_today: bool = False
    prefill: str = ""


@dataclass(frozen=True)
class DocumentDef:
    key: str
    label: dict[str, str]
    required: bool


@dataclass(frozen=True)
class GroupDef:
    key: str
    label: dict[str, str]
    fields: list[FieldDef]


@dataclass(frozen=True)
class FormDef:
    service: str
    version: str
    groups: list[GroupDef]
    documents: list[DocumentDef]

    @property
    def fields(self) -> list[FieldDef]:
        return [f for g in self.groups for f in g.fields]

    def field(self, name: str) -> FieldDef | None:
        return next((f for f in self.fields if f.name == name), None)

    def document(self, key: str) -> DocumentDef | None:
        return next((d for d in self.documents if d.key == key), None)


def pick(texts: dict[str, str], language: str) -> str:
    """The text in `language`, else English, else German."""
    return texts.get(language) or texts.get("en") or texts.get("de") or ""


class FormReader(DataReader):
    def __init__(self, path: Path, errors: list[str], languages: list[str] | None = None) -> None:
        super().__init__(path, errors)
        # Labels are required in the city's languages (city.yaml `languages`, or the default).
        self.languages = languages or default_city_languages()

    def labels(self, data: dict[str, Any], name: str, where: str, *, all_languages: bool) -> dict:
        value = data.get(name)
        if value is None and not all_languages:
            return {}
        if not isinstance(value, dict):
            self.error(where, f"'{name}' must map language codes to texts", data, name)
            return {}
        unknown = [k for k in value if k not in supported_languages()]
        if unknown:
            self.error(
                where, f"'{name}' has unknown languages: {', '.join(map(str, unknown))}", data, name
            )
        missing = [lang for lang in self.languages if not str(value.get(lang) or "").strip()]
        if all_languages and missing:
            self.error(where, f"'{name}' lacks the languages: {', '.join(missing)}", data, name)
        elif not all_languages and not value.get("en"):
            self.error(where, f"'{name}' needs at least English", data, name)
        return {str(k): str(v).strip() for k, v in value.items() if str(v or "").strip()}

    def number(self, data: dict[str, Any], name: str, where: str) -> float | None:
        value = data.get(name)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int | float):
            self.error(where, f"'{name}' must be a number", data, name)
            return None
        return float(value)

    def flag(self, data: dict[str, Any], name: str, where: str) -> bool:
        value = data.get(name, False)
        if not isinstance(value, bool):
            self.error(where, f"'{name}' must be true or false", data, name)
            return False
        return value


def _library(
    directory: Path, errors: list[str], languages: list[str]
) -> tuple[dict[str, dict], dict[str, dict]]:
    path = directory / LIBRARY
    reader = FormReader(path, errors, languages)
    data = reader.mapping(load_yaml(path, errors), "library") if path.exists() else {}
    fields: dict[str, dict] = {}
    for name, raw in reader.mapping(data.get("fields") or {}, "fields").items():
        where = f"field {name}"
        if not KEY_RE.match(str(name)):
            reader.error(
                where,
                "field names are lowercase words joined by '-'",
                data.get("fields"),
                str(name),
            )
            continue
        raw = reader.mapping(raw, where)
        kind = reader.choice(raw, "type", where, list(FIELD_TYPES))
        entry: dict[str, Any] = {
            "type": kind,
            "label": reader.labels(raw, "label", where, all_languages=True),
            "help": reader.labels(raw, "help", where, all_languages=False),
            "fim": reader.string(raw, "fim", where, required=False),
            "codelist": reader.string(raw, "codelist", where, required=False),
            "min": reader.number(raw, "min", where),
            "max": reader.number(raw, "max", where),
            "pattern": reader.string(raw, "pattern", where, required=False),
            "max_today": reader.flag(raw, "max_today", where),
            "choices": {},
        }
        if entry["pattern"]:
            try:
                re.compile(entry["pattern"])
            except re.error as exc:
                reader.error(where, f"'pattern' is not a regular expression: {exc}", raw, "pattern")
        if kind == "choice":
            choices = reader.mapping(raw.get("choices"), f"{where} choices")
            if not choices:
                reader.error(where, "a choice field needs 'choices'", raw, "choices")
            for code, labels in choices.items():
                entry["choices"][str(code)] = (
                    reader.labels(choices, str(code), f"{where} choice {code}", all_languages=True)
                    if isinstance(labels, dict)
                    else reader.labels({}, str(code), f"{where} choice {code}", all_languages=True)
                )
        elif "choices" in raw:
            reader.error(where, "only choice fields have 'choices'", raw, "choices")
        fields[str(name)] = entry
    documents: dict[str, dict] = {}
    for key, raw in reader.mapping(data.get("documents") or {}, "documents").items():
        raw = reader.mapping(raw, f"document {key}")
        documents[str(key)] = {
            "label": reader.labels(raw, "label", f"document {key}", all_languages=True)
        }
    return fields, documents


def _form(
    path: Path,
    lib: tuple[dict, dict],
    errors: list[str],
    services: set[str] | None,
    languages: list[str],
) -> FormDef | None:
    reader = FormReader(path, errors, languages)
    data = reader.mapping(load_yaml(path, errors), "form")
    if not data:
        return None
    library_fields, library_docs = lib
    service = reader.string(data, "service", "form")
    if service and service != path.stem:
        reader.error(
            "form", f"'service' is {service!r} but the file is {path.name}", data, "service"
        )
    if services is not None and service and service not in services:
        reader.error("form", f"unknown service {service!r}", data, "service")
    version = reader.string(data, "version", "form")
    groups: list[GroupDef] = []
    seen: set[str] = set()
    raw_groups = data.get("groups")
    if not isinstance(raw_groups, list) or not raw_groups:
        reader.error("form", "'groups' must be a non-empty list", data, "groups")
        raw_groups = []
    for index, raw_group in enumerate(raw_groups, 1):
        raw_group = reader.mapping(raw_group, f"group {index}")
        gkey = reader.key(raw_group, f"group {index}")
        glabel = reader.labels(raw_group, "label", f"group {gkey}", all_languages=True)
        fields: list[FieldDef] = []
        for raw in raw_group.get("fields") or []:
            where = f"group {gkey} field"
            raw = reader.mapping(raw, where)
            name = reader.string(raw, "use", where)
            base = library_fields.get(name)
            if name and base is None:
                reader.error(where, f"'use' names no field of {LIBRARY}: {name!r}", raw, "use")
                continue
            if not name or base is None:
                continue
            if name in seen:
                reader.error(where, f"field {name!r} is used twice", raw, "use")
            seen.add(name)
            when = raw.get("when") or {}
            if "when" in raw and (not isinstance(when, dict) or len(when) != 1):
                reader.error(where, "'when' must be one {field: value}", raw, "when")
                when = {}
            for other, value in when.items():
                target = next((f for f in fields if f.name == other), None) or next(
                    (f for g in groups for f in g.fields if f.name == other), None
                )
                if target is None:
                    reader.error(
                        where,
                        f"'when' refers to {other!r}, not an earlier field of this form",
                        raw,
                        "when",
                    )
                elif target.type == "choice" and str(value) not in target.choices:
                    reader.error(
                        where, f"'when' value {value!r} is not a choice of {other}", raw, "when"
                    )
            fields.append(
                FieldDef(
                    name=name,
                    type=base["type"],
                    label=base["label"],
                    help=base["help"],
                    required=reader.flag(raw, "required", where),
                    group=gkey,
                    fim=base["fim"],
                    codelist=base["codelist"],
                    choices=base["choices"],
                    when=dict(when),
                    min=base["min"],
                    max=base["max"],
                    pattern=base["pattern"],
                    max_today=base["max_today"],
                    prefill=reader.string(raw, "prefill", where, required=False),
                )
            )
        if not fields:
            reader.error(f"group {gkey}", "a group needs at least one field", raw_group)
        groups.append(GroupDef(key=gkey, label=glabel, fields=fields))
    documents: list[DocumentDef] = []
    raw_docs = data.get("documents", [])
    if not isinstance(raw_docs, list):
        reader.error("form", "'documents' must be a list", data, "documents")
        raw_docs = []
    for raw in raw_docs:
        raw = reader.mapping(raw, "document")
        key = reader.string(raw, "use", "document")
        if key and key not in library_docs:
            reader.error("document", f"'use' names no document of {LIBRARY}: {key!r}", raw, "use")
            continue
        if key:
            documents.append(
                DocumentDef(
                    key, library_docs[key]["label"], reader.flag(raw, "required", "document")
                )
            )
    return FormDef(service=service, version=version, groups=groups, documents=documents)


def forms_read(directory: Path, *, services: set[str] | None = None) -> dict[str, FormDef]:
    """Every form of a city's forms directory; DataFileError lists every problem."""
    return _read(directory, services=services)[0]


def _read(
    directory: Path, *, services: set[str] | None = None
) -> tuple[dict[str, FormDef], dict[str, DocumentDef]]:
    errors: list[str] = []
    if not directory.is_dir():
        return {}, {}
    languages = city_file_languages(directory.parent / "city.yaml")
    lib = _library(directory, errors, languages)
    forms: dict[str, FormDef] = {}
    for path in sorted(directory.glob("*.yaml")):
        if path.name == LIBRARY:
            continue
        form = _form(path, lib, errors, services, languages)
        if form is not None and form.service:
            forms[form.service] = form
    if errors:
        raise DataFileError(errors)
    docs = {key: DocumentDef(key, raw["label"], False) for key, raw in lib[1].items()}
    return forms, docs


_cache: dict[str, tuple[float, dict[str, FormDef], dict[str, DocumentDef]]] = {}
_lock = threading.Lock()


def forms_dir(slug: str) -> Path:
    return Path(settings.LOTSE_CITY_DATA_DIR) / slug / "forms"


def _city(slug: str) -> tuple[dict[str, FormDef], dict[str, DocumentDef]]:
    directory = forms_dir(slug)
    if not KEY_RE.match(slug) or not directory.is_dir():
        return {}, {}
    stamp = max((p.stat().st_mtime for p in directory.glob("*.yaml")), default=0.0)
    with _lock:
        cached = _cache.get(slug)
        if cached is not None and cached[0] == stamp:
            return cached[1], cached[2]
    forms, docs = _read(directory)
    with _lock:
        _cache[slug] = (stamp, forms, docs)
    return forms, docs


def city_forms(slug: str) -> dict[str, FormDef]:
    """The city's forms, read once and again when a file changes."""
    return _city(slug)[0]


def document_label(slug: str, label: str, language: str) -> str:
    """A requested document in the newcomer's language when staff named one of the library's
    documents (by key or by its label in any language); else the words staff wrote."""
    wanted = label.strip().casefold()
    for doc in _city(slug)[1].values():
        if wanted == doc.key or wanted in {text.casefold() for text in doc.label.values()}:
            return pick(doc.label, language)
    return label


def form_get(slug: str, service: str) -> FormDef | None:
    return city_forms(slug).get(service)


def field_visible(f: FieldDef, answers: dict[str, Any]) -> bool:
    return all(str(answers.get(other, "")) == str(value) for other, value in f.when.items())


def field_json(f: FieldDef, language: str) -> dict[str, Any]:
    data: dict[str, Any] = {
        "name": f.name,
        "type": f.type,
        "label": pick(f.label, language),
        "required": f.required,
        "group": f.group,
    }
    if f.help:
        data["help"] = pick(f.help, language)
    if f.choices:
        data["choices"] = [{"value": k, "label": pick(v, language)} for k, v in f.choices.items()]
    if f.when:
        data["when"] = f.when
    for name in ("min", "max"):
        if getattr(f, name) is not None:
            data[name] = getattr(f, name)
    if f.pattern:
        data["pattern"] = f.pattern
    if f.fim:
        data["fim_id"] = f.fim
    return data


def form_json(form: FormDef, language: str) -> dict[str, Any]:
    return {
        "service": form.service,
        "version": form.version,
        "language": language,
        "groups": [{"key": g.key, "label": pick(g.label, language)} for g in form.groups],
        "fields": [field_json(f, language) for f in form.fields],
        "documents": [
            {"key": d.key, "label": pick(d.label, language), "required": d.required}
            for d in form.documents
        ],
    }


def _number(value: Any) -> float | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return float(value)
    if isinstance(value, str):
        try:
            return float(value.strip().replace(",", "."))
        except ValueError:
            return None
    return None


def answers_clean(
    form: FormDef, answers: dict[str, Any], msg: Any, *, today: dt.date
) -> tuple[dict[str, Any], dict[str, str]]:
    """Check the answers against the form. `msg(code, **kw)` gives a message in the person's
    language. Returns the cleaned answers (visible fields only) and the errors by field."""
    errors: dict[str, str] = {}
    clean: dict[str, Any] = {}
    names = {f.name for f in form.fields}
    for name in answers:
        if name not in names:
            errors[str(name)[:64]] = msg("unknown")
    for f in form.fields:
        if not field_visible(f, answers):
            continue
        raw = answers.get(f.name)
        empty = raw is None or (isinstance(raw, str) and not raw.strip())
        if f.type == "boolean":
            if raw in (True, "true", "on", "1", "yes"):
                clean[f.name] = True
            elif raw in (False, "false", "0", "no") or empty:
                if f.required and empty:
                    errors[f.name] = msg("required")
                else:
                    clean[f.name] = False
            else:
                errors[f.name] = msg("boolean")
            continue
        if empty:
            if f.required:
                errors[f.name] = msg("required")
            continue
        if not isinstance(raw, str | int | float) or isinstance(raw, bool):
            errors[f.name] = msg("text")
            continue
        text = str(raw).strip()
        if f.type in ("text", "email", "country") and len(text) > int(f.max or TEXT_MAX):
            errors[f.name] = msg("too_long", max=int(f.max or TEXT_MAX))
        elif f.type == "text" and f.pattern and not re.fullmatch(f.pattern, text):
            errors[f.name] = msg("pattern")
        elif f.type == "text":
            clean[f.name] = text
        elif f.type == "email":
            if EMAIL_RE.match(text):
                clean[f.name] = text
            else:
                errors[f.name] = msg("email")
        elif f.type == "country":
            if COUNTRY_RE.match(text.upper()):
                clean[f.name] = text.upper()
            else:
                errors[f.name] = msg("country")
        elif f.type == "choice":
            if text in f.choices:
                clean[f.name] = text
            else:
                errors[f.name] = msg("choice")
        elif f.type == "date":
            try:
                day = dt.date.fromisoformat(text)
            except ValueError:
                errors[f.name] = msg("date")
                continue
            if day.year < 1900 or (f.max_today and day > today):
                errors[f.name] = msg("date_range")
            else:
                clean[f.name] = day.isoformat()
        elif f.type == "number":
            number = _number(raw)
            if number is None or number != number:  # NaN
                errors[f.name] = msg("number")
            elif (f.min is not None and number < f.min) or (f.max is not None and number > f.max):
                errors[f.name] = msg(
                    "range",
                    min=f.min if f.min is not None else "",
                    max=f.max if f.max is not None else "",
                )
            else:
                clean[f.name] = int(number) if number.is_integer() else number
    return clean, errors
