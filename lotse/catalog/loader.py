"""Reading and validating a city's catalog data files (YAML) before anything is written.

Validation collects every problem with the file it was found in, so a data editor sees
all mistakes at once; `catalog_load_city` writes nothing unless the whole set is valid.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from django.conf import settings

from lotse.catalog import models
from lotse.core.datafiles import (
    KEY_RE,
    LANG_RE,
    DataFileError,
    DataReader,
    load_yaml,
)
from lotse.core.languages import default_city_languages, supported_languages

TIME_RE = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$")
LEIKA_RE = re.compile(r"^\d{14}$")
WEEKDAYS = {"mo": 0, "tu": 1, "we": 2, "th": 3, "fr": 4, "sa": 5, "su": 6}


class CatalogDataError(DataFileError):
    """Raised when the data files are invalid; carries every problem found."""


@dataclass
class SourceData:
    url: str
    title: str
    checked: dt.date
    covers: list[str]


@dataclass(frozen=True)
class Validity:
    """When a fact (a service's text module) holds: a known change ahead, or a rule that ended."""

    valid_from: dt.date | None
    valid_to: dt.date | None
    note: str


@dataclass
class OfficeData:
    key: str
    kind: str
    texts: dict[str, dict[str, str]]  # field -> language -> text
    addresses: list[dict[str, str]]
    opening_hours: list[tuple[int, dt.time, dt.time]]
    phone: str
    email: str
    website: str
    appointment_url: str
    languages: list[str]
    sources: list[SourceData]
    uncertain: dict[str, str]


@dataclass
class ServiceFields:
    """What a service file states, before (ServiceFile) and after (ServiceData) the merge."""

    key: str
    leika: list[str]
    life_situations: list[str]
    offices: list[str]
    related: list[str]
    sources: list[SourceData]
    uncertain: dict[str, str]
    texts: dict[str, dict[str, str]]  # language -> module -> text
    statuses: dict[str, str]  # language -> status


@dataclass
class ServiceData(ServiceFields):
    validity: dict[str, Validity] = field(default_factory=dict)  # module -> validity
    # The content layer each module's source-language text comes from: module -> federal |
    # state | city; and per language (a translation may come from another layer's file).
    layers: dict[str, str] = field(default_factory=dict)
    text_layers: dict[str, dict[str, str]] = field(default_factory=dict)


@dataclass
class CityData:
    slug: str
    names: dict[str, str]
    state: str
    source_language: str
    timezone: str
    welcome_office: str
    fallback_service: str
    languages: list[str] = field(default_factory=list)  # the languages the city offers
    offices: list[OfficeData] = field(default_factory=list)
    services: list[ServiceData] = field(default_factory=list)


class _Reader(DataReader):
    """Collects errors while reading one catalog file."""

    def sources(self, data: dict[str, Any], where: str) -> list[SourceData]:
        return [
            SourceData(
                url=url, title=title, checked=checked, covers=self.str_list(entry, "covers", here)
            )
            for entry, here, url, title, checked in self.source_entries(data, where)
        ]

    def validity(self, data: dict[str, Any], where: str) -> dict[str, Validity]:
        """`validity: {module: {valid_from, valid_to, note}}` (either date may be missing)."""
        raw = data.get("validity") or {}
        if not isinstance(raw, dict):
            self.error(where, "'validity' must map text modules to {valid_from, valid_to, note}")
            return {}
        result = {}
        for module, item in raw.items():
            here = f"{where} validity.{module}"
            if module not in models.TextModule.values:
                self.error(here, f"unknown text module {module!r}")
                continue
            item = self.mapping(item, here)
            unknown = set(item) - {"valid_from", "valid_to", "note"}
            if unknown:
                self.error(here, f"unknown keys {sorted(unknown)}")
            start = self.date(item, "valid_from", here, required=False)
            end = self.date(item, "valid_to", here, required=False)
            if start is None and end is None:
                self.error(here, "needs valid_from or valid_to")
                continue
            if start and end and end < start:
                self.error(here, "valid_to is before valid_from")
                continue
            result[str(module)] = Validity(
                valid_from=start, valid_to=end, note=self.string(item, "note", here)
            )
        return result


def _read_city(path: Path, errors: list[str]) -> CityData | None:
    reader = _Reader(path, errors)
    raw = load_yaml(path, errors)
    if raw is None:
        return None
    data = reader.mapping(raw, "city")
    names = data.get("name")
    if not isinstance(names, dict) or not all(isinstance(v, str) for v in names.values()):
        reader.error("city", "'name' must map languages to names")
        names = {}
    source_language = reader.string(data, "source_language", "city", required=False) or "de"
    return CityData(
        slug=reader.string(data, "slug", "city"),
        names={str(k): v for k, v in names.items()},
        state=reader.string(data, "state", "city"),
        source_language=source_language,
        timezone=reader.string(data, "timezone", "city", required=False) or settings.TIME_ZONE,
        welcome_office=reader.string(data, "welcome_office", "city"),
        fallback_service=reader.string(data, "fallback_service", "city", required=False),
        languages=_city_languages(reader, data, source_language),
    )


def _city_languages(reader: _Reader, data: dict[str, Any], source_language: str) -> list[str]:
    """city.yaml `languages`: the codes the city offers, in the project's order. Absent: every
    language except the opt-in ones (`settings.LANGUAGES_OPT_IN`)."""
    known = supported_languages()
    if data.get("languages") is None:
        return default_city_languages()
    chosen = reader.str_list(data, "languages", "city")
    problems = []
    unknown = [code for code in chosen if code not in known]
    if unknown:
        problems.append(f"unknown language codes {unknown} (known: {', '.join(known)})")
    if len(set(chosen)) != len(chosen):
        problems.append("a language is listed twice")
    for needed in dict.fromkeys([source_language, settings.FALLBACK_LANGUAGE]):
        if needed not in chosen:
            problems.append(f"must contain {needed!r}")
    for problem in problems:
        reader.error("city", f"'languages' {problem}", data, "languages")
    return [code for code in known if code in chosen]


def _language_not_offered(lang: str) -> str:
    if lang in dict(settings.LANGUAGES):
        return f"language {lang!r} is not one of the city's languages (city.yaml 'languages')"
    return f"unknown language {lang!r}"


def _read_offices(path: Path, errors: list[str], languages: set[str]) -> list[OfficeData]:
    reader = _Reader(path, errors)
    raw = load_yaml(path, errors)
    if raw is None:
        return []
    if not isinstance(raw, list):
        reader.error("offices", "must be a list of offices")
        return []
    offices = []
    for i, item in enumerate(raw):
        where = f"offices[{i}]"
        data = reader.mapping(item, where)
        key = reader.string(data, "key", where)
        if key and not KEY_RE.match(key):
            reader.error(where, f"key {key!r} must be lowercase words joined by '-'")
        where = f"office {key or i}"
        kind = reader.string(data, "kind", where)
        if kind and kind not in models.OfficeKind.values:
            reader.error(
                where, f"kind {kind!r} must be one of {', '.join(models.OfficeKind.values)}"
            )
        texts: dict[str, dict[str, str]] = {}
        for text_field in models.OfficeTextField.values:
            value = data.get(text_field)
            if value is None:
                continue
            if not isinstance(value, dict) or not all(isinstance(v, str) for v in value.values()):
                reader.error(where, f"'{text_field}' must map languages to texts")
                continue
            unknown = set(value) - languages
            if unknown:
                reader.error(where, f"'{text_field}' has unknown languages {sorted(unknown)}")
            texts[text_field] = {lang: v.strip() for lang, v in value.items() if v.strip()}
        if not {"de", "en"} <= set(texts.get("name", {})):
            reader.error(where, "'name' needs at least de and en")
        addresses = []
        for j, addr in enumerate(data.get("addresses") or []):
            here = f"{where} addresses[{j}]"
            addr = reader.mapping(addr, here)
            address_type = reader.string(addr, "type", here)
            if address_type and address_type not in models.AddressType.values:
                reader.error(
                    here, f"type {address_type!r} must be one of {models.AddressType.values}"
                )
            addresses.append(
                {
                    "type": address_type,
                    "street": reader.string(addr, "street", here, required=False),
                    "postal_code": reader.string(addr, "postal_code", here, required=False),
                    "locality": reader.string(addr, "locality", here),
                    "note": reader.string(addr, "note", here, required=False),
                }
            )
        hours: list[tuple[int, dt.time, dt.time]] = []
        for j, interval in enumerate(data.get("opening_hours") or []):
            here = f"{where} opening_hours[{j}]"
            interval = reader.mapping(interval, here)
            opens = reader.string(interval, "opens", here)
            closes = reader.string(interval, "closes", here)
            if not (TIME_RE.match(opens) and TIME_RE.match(closes)):
                reader.error(here, "opens/closes must be HH:MM")
                continue
            opens_t, closes_t = dt.time.fromisoformat(opens), dt.time.fromisoformat(closes)
            if closes_t <= opens_t:
                reader.error(here, f"closes {closes} must be after opens {opens}")
                continue
            days = reader.str_list(interval, "days", here)
            if not days or any(d not in WEEKDAYS for d in days):
                reader.error(here, f"days must be a non-empty list of {', '.join(WEEKDAYS)}")
                continue
            hours.extend((WEEKDAYS[d], opens_t, closes_t) for d in days)
        spoken = reader.str_list(data, "languages", where)
        bad = [code for code in spoken if not LANG_RE.match(code)]
        if bad:
            reader.error(where, f"languages must be ISO 639-1 codes, got {bad}")
        email = reader.string(data, "email", where, required=False)
        if email and not re.match(r"^[^@\s]+@[^@\s]+\.[^@\s]+$", email):
            reader.error(where, f"email {email!r} is not an email address")
        offices.append(
            OfficeData(
                key=key,
                kind=kind or models.OfficeKind.CITY,
                texts=texts,
                addresses=addresses,
                opening_hours=hours,
                phone=reader.string(data, "phone", where, required=False),
                email=email,
                website=reader.url(data, "website", where),
                appointment_url=reader.url(data, "appointment_url", where),
                languages=spoken,
                sources=reader.sources(data, where),
                uncertain=reader.uncertain(data, where),
            )
        )
    return offices


def _merge_office_translations(
    path: Path, offices: list[OfficeData], errors: list[str], languages: set[str]
) -> None:
    """Add one language's office texts (translations/<lang>/offices.yaml: key -> field -> text)."""
    reader = _Reader(path, errors)
    lang = path.parent.name
    if lang not in languages:
        reader.error("offices", _language_not_offered(lang))
        return
    raw = reader.mapping(load_yaml(path, errors) or {}, "offices")
    by_key = {office.key: office for office in offices}
    for key, fields in raw.items():
        where = f"office {key}"
        office = by_key.get(key)
        if office is None:
            reader.error(where, f"unknown office {key!r}")
            continue
        for text_field, value in reader.mapping(fields, where).items():
            if text_field not in models.OfficeTextField.values:
                reader.error(where, f"unknown office text {text_field!r}")
            elif not isinstance(value, str) or not value.strip():
                reader.error(where, f"'{text_field}' must be a non-empty text")
            elif lang in office.texts.get(text_field, {}):
                reader.error(where, f"'{text_field}' in {lang!r} is also in offices.yaml")
            else:
                office.texts.setdefault(text_field, {})[lang] = value.strip()


def _module_text(reader: _Reader, module: str, value: Any, where: str) -> str | None:
    """A module's text as stored: list modules become one item per line."""
    if module == models.TextModule.FORMS:
        if not isinstance(value, list):
            reader.error(where, "'forms' must be a list of {title, url}")
            return None
        lines = []
        for form in value:
            if not isinstance(form, dict) or not form.get("title"):
                reader.error(where, "each form needs a title (and an optional url)")
                return None
            url = str(form.get("url") or "").strip()
            if url and not url.startswith(("http://", "https://")):
                reader.error(where, f"form url {url!r} must be http(s)")
                return None
            title = str(form["title"]).replace("|", "/").strip()
            lines.append(f"{title} | {url}" if url else title)
        return "\n".join(lines)
    if module in models.LIST_MODULES:
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list) or not all(isinstance(v, str | int) for v in value):
            reader.error(where, f"'{module}' must be a list of texts")
            return None
        return "\n".join(" ".join(str(v).split()) for v in value if str(v).strip())
    if not isinstance(value, str | int | float) or isinstance(value, bool):
        reader.error(where, f"'{module}' must be text")
        return None
    return str(value).strip()


# Content layers (docs/data-format.md, "Layers"): a module's text comes from the city's file,
# else the state layer's, else the federal layer's.
FEDERAL, STATE, CITY = "federal", "state", "city"
LAYERS = (FEDERAL, STATE, CITY)
# Fields that are always the city's own: a layer file never has them.
CITY_ONLY_FIELDS = ("offices", "life_situations", "related")
LAYER_FIELDS = {"key", "leika", "sources", "uncertain", "validity", "text"}
SERVICE_FIELDS = LAYER_FIELDS | set(CITY_ONLY_FIELDS)
_STATUS_RANK: dict[str, int] = {
    models.TranslationStatus.ORIGINAL: 2,
    models.TranslationStatus.REVIEWED: 1,
    models.TranslationStatus.MACHINE_ASSISTED: 0,
}


@dataclass
class ServiceFile(ServiceFields):
    """One layer's file of a service (and its translation files), read but not yet merged."""

    path: Path
    layer: str
    validity: dict[str, Validity]
    present: dict[str, set[str]]  # language -> modules written (an explicit "" included)
    files: dict[str, Path]  # language -> the file its texts are in


def _read_service_file(
    path: Path, errors: list[str], languages: list[str], source_language: str, layer: str
) -> ServiceFile | None:
    """Read one service file of a layer with its translation files (a language the settings do
    not know is an error in a city's file, and skipped in a layer: other cities may speak it)."""
    reader = _Reader(path, errors)
    raw = load_yaml(path, errors)
    if raw is None:
        return None
    data = reader.mapping(raw, "service")
    key = reader.string(data, "key", "service")
    if key != path.stem:
        reader.error("service", f"key {key!r} must equal the file name {path.stem!r}")
    allowed = SERVICE_FIELDS if layer == CITY else LAYER_FIELDS
    for name in data:
        if name in CITY_ONLY_FIELDS and layer != CITY:
            reader.error(
                "service",
                f"'{name}' is always the city's own: a {layer} layer file never has it",
                data,
                name,
            )
        elif name not in allowed:
            reader.error("service", f"unknown field {name!r}", data, name)
    leika = reader.str_list(data, "leika", "service")
    for code in leika:
        if not LEIKA_RE.match(code):
            reader.error("service", f"LeiKa key {code!r} must have 14 digits")
    situations = reader.str_list(data, "life_situations", "service")
    for situation in situations:
        if situation not in models.LifeSituation.values:
            reader.error(
                "service",
                f"life situation {situation!r} is not one of {models.LifeSituation.values}",
            )
    raw_text = dict(reader.mapping(data.get("text") or {}, "text"))
    readers = dict.fromkeys(raw_text, reader)
    files = dict.fromkeys(raw_text, path)
    # Translations live beside the service file, one file per language and service:
    # translations/<lang>/services/<key>.yaml holds the same mapping as `text.<lang>`.
    for overlay in sorted(path.parent.parent.glob(f"translations/*/services/{path.name}")):
        lang = overlay.parent.parent.name
        overlay_reader = _Reader(overlay, errors)
        if lang in raw_text:
            overlay_reader.error("text", f"language {lang!r} is also in {path.as_posix()}")
            continue
        if lang not in languages and layer != CITY:
            continue
        raw_text[lang] = load_yaml(overlay, errors) or {}
        readers[lang] = overlay_reader
        files[lang] = overlay
    texts: dict[str, dict[str, str]] = {}
    statuses: dict[str, str] = {}
    present: dict[str, set[str]] = {}
    for lang, modules in raw_text.items():
        lang_reader = readers[lang]
        where = f"text.{lang}"
        if lang not in languages:
            if layer == CITY or lang_reader is reader:
                lang_reader.error(where, _language_not_offered(lang))
            continue
        modules = dict(lang_reader.mapping(modules, where))
        status = str(modules.pop("status", "")).strip()
        if lang == source_language:
            if status and status != models.TranslationStatus.ORIGINAL:
                lang_reader.error(where, "the source language has no translation status")
            status = models.TranslationStatus.ORIGINAL
        else:
            status = status or models.TranslationStatus.MACHINE_ASSISTED
            if status not in {
                models.TranslationStatus.MACHINE_ASSISTED,
                models.TranslationStatus.REVIEWED,
            }:
                lang_reader.error(where, f"status {status!r} must be machine-assisted or reviewed")
        statuses[lang] = status
        texts[lang] = {}
        present[lang] = set()
        for module, value in modules.items():
            if module not in models.TextModule.values:
                lang_reader.error(where, f"unknown text module {module!r}")
                continue
            present[lang].add(str(module))
            if value is None or value == "" or value == []:
                continue
            text = _module_text(lang_reader, module, value, where)
            if text is not None:
                texts[lang][module] = text
    # A layer file may hold only texts no source backs (a name, synonyms), and a city's file
    # may leave every source to its layers: then no `sources` (the merged service needs one).
    sources = reader.sources(data, "service") if data.get("sources") is not None else []
    if layer != CITY:
        held = {m for modules in present.values() for m in modules} | (
            {"leika"} if leika else set()
        )
        for i, source in enumerate(sources):
            foreign = [c for c in source.covers if c not in held]
            if foreign:
                reader.error(
                    f"service sources[{i}]",
                    f"covers {foreign}, which this {layer} layer file does not hold",
                )
    return ServiceFile(
        path=path,
        layer=layer,
        key=key,
        leika=leika,
        life_situations=situations,
        offices=reader.str_list(data, "offices", "service"),
        related=reader.str_list(data, "related", "service"),
        sources=sources,
        uncertain=reader.uncertain(data, "service"),
        validity=reader.validity(data, "service"),
        texts=texts,
        statuses=statuses,
        present=present,
        files=files,
    )


def _merge_service(
    city_file: ServiceFile,
    layer_files: list[ServiceFile],
    errors: list[str],
    languages: list[str],
    source_language: str,
) -> ServiceData:
    """One city's service: the city's file over the state's over the federal layer's, per
    language and module; sources in layer order (a URL once); the rest per key."""
    files = [*layer_files, city_file]  # federal, state, city: later ones win
    texts: dict[str, dict[str, str]] = {}
    layers: dict[str, dict[str, str]] = {}
    contributors: dict[str, set[str]] = {}
    for item in files:
        for lang, modules in item.texts.items():
            for module, text in modules.items():
                texts.setdefault(lang, {})[module] = text
                layers.setdefault(lang, {})[module] = item.layer
    for item in files:
        for lang, written in item.present.items():
            for module in written:
                # An explicit "" (deadlines: "none") in a nearer layer replaces a farther text.
                if module not in item.texts.get(lang, {}) and _nearest(files, lang, module) is item:
                    texts.get(lang, {}).pop(module, None)
                    layers.get(lang, {}).pop(module, None)
    for lang, modules in layers.items():
        contributors[lang] = set(modules.values())
    statuses: dict[str, str] = {}
    for lang in texts:
        ranks = [
            item.statuses[lang]
            for item in files
            if lang in item.statuses and item.layer in contributors.get(lang, set())
        ]
        statuses[lang] = min(ranks or [city_file.statuses.get(lang, "")], key=_rank)
    for lang in languages:
        required = (
            models.REQUIRED_FULL
            if lang in settings.FULL_TEXT_LANGUAGES
            else models.REQUIRED_EVERYWHERE
        )
        present = texts.get(lang, {})
        missing = [str(m) for m in required if m not in present]
        # Deadlines may be truly empty ("none"); an explicit "" is allowed for them.
        if "deadlines" in missing and any("deadlines" in f.present.get(lang, ()) for f in files):
            missing.remove("deadlines")
        if missing:
            where = city_file.files.get(lang, city_file.path)
            errors.append(f"{where.as_posix()}: text.{lang}: missing {', '.join(missing)}")
    sources: list[SourceData] = []
    by_url: dict[str, SourceData] = {}
    for item in files:
        for source in item.sources:
            known = by_url.get(source.url)
            if known is None:
                copy = SourceData(
                    url=source.url,
                    title=source.title,
                    checked=source.checked,
                    covers=list(source.covers),
                )
                by_url[source.url] = copy
                sources.append(copy)
                continue
            # A URL once: the covers join; the earlier check date stands for all of them.
            known.covers += [c for c in source.covers if c not in known.covers]
            known.checked = min(known.checked, source.checked)
    if not sources:
        errors.append(
            f"{city_file.path.as_posix()}: service: 'sources' must list at least one source "
            "(in this file or in a layer's file of the service)"
        )
    uncertain: dict[str, str] = {}
    validity: dict[str, Validity] = {}
    leika: list[str] = []
    for item in files:
        uncertain.update(item.uncertain)
        validity.update(item.validity)
        leika = item.leika or leika
    return ServiceData(
        key=city_file.key,
        leika=leika,
        life_situations=city_file.life_situations,
        offices=city_file.offices,
        related=city_file.related,
        sources=sources,
        uncertain=uncertain,
        texts=texts,
        statuses=statuses,
        validity=validity,
        layers=dict(layers.get(source_language, {})),
        text_layers=layers,
    )


def _rank(status: str) -> int:
    return _STATUS_RANK.get(status, 0)


def _nearest(files: list[ServiceFile], lang: str, module: str) -> ServiceFile | None:
    """The nearest layer's file that writes `module` in `lang` (even as an explicit "")."""
    return next((f for f in reversed(files) if module in f.present.get(lang, ())), None)


def layer_directories(directory: Path, state: str) -> list[tuple[str, Path]]:
    """The layer folders of a city folder (`data/cities/<slug>`): the federal layer
    `data/federal` and the state layer `data/states/<state>`, those that exist."""
    root = directory.resolve().parent.parent
    found = [(FEDERAL, root / "federal")]
    if state:
        found.append((STATE, root / "states" / state.lower()))
    return [(layer, path) for layer, path in found if path.is_dir()]


def _read_layers(
    directory: Path, state: str, errors: list[str], languages: list[str], source_language: str
) -> dict[str, list[ServiceFile]]:
    """Every service file of the city's layers (each is checked, used by this city or not):
    key -> its layer files, federal first."""
    result: dict[str, list[ServiceFile]] = {}
    for layer, folder in layer_directories(directory, state):
        for path in sorted((folder / "services").glob("*.yaml")):
            item = _read_service_file(path, errors, languages, source_language, layer)
            if item is not None:
                result.setdefault(path.stem, []).append(item)
        for overlay in sorted(folder.glob("translations/*/services/*.yaml")):
            if overlay.parent.parent.name not in languages:
                continue  # another city's language: not read here
            if not (folder / "services" / overlay.name).is_file():
                errors.append(
                    f"{overlay.as_posix()}: a translation without "
                    f"{(folder / 'services' / overlay.name).as_posix()}"
                )
    return result


def _read_service(
    path: Path,
    errors: list[str],
    languages: list[str],
    source_language: str,
    layers: dict[str, list[ServiceFile]] | None = None,
) -> ServiceData | None:
    """A city's service file merged over its layers' files of the same key."""
    city_file = _read_service_file(path, errors, languages, source_language, CITY)
    if city_file is None:
        return None
    return _merge_service(
        city_file, (layers or {}).get(path.stem, []), errors, languages, source_language
    )


def read_city_data(directory: Path) -> CityData:
    """Read and validate all files of one city; raise CatalogDataError listing every problem."""
    errors: list[str] = []
    if not directory.is_dir():
        raise CatalogDataError([f"{directory.as_posix()}: no such city data directory"])
    city = _read_city(directory / "city.yaml", errors)
    if city is None:
        raise CatalogDataError(errors)
    # Texts are required in, and allowed only in, the languages the city offers.
    languages = city.languages
    city.offices = _read_offices(directory / "offices.yaml", errors, set(languages))
    for overlay in sorted(directory.glob("translations/*/offices.yaml")):
        _merge_office_translations(overlay, city.offices, errors, set(languages))
    service_files = sorted((directory / "services").glob("*.yaml"))
    if not service_files:
        errors.append(f"{(directory / 'services').as_posix()}: no service files")
    layers = _read_layers(directory, city.state, errors, languages, city.source_language)
    for path in service_files:
        service = _read_service(path, errors, languages, city.source_language, layers)
        if service is not None:
            city.services.append(service)
    office_keys = {o.key for o in city.offices}
    service_keys = {s.key for s in city.services}
    for keys, kind in ((office_keys, "office"), (service_keys, "service")):
        items = city.offices if kind == "office" else city.services
        if len(keys) != len(items):
            errors.append(f"{directory.as_posix()}: duplicate {kind} keys")
    for service in city.services:
        where = f"{directory.as_posix()}/services/{service.key}.yaml: service"
        if not service.offices:
            errors.append(f"{where}: 'offices' must name at least one responsible office")
        for office_key in service.offices:
            if office_key not in office_keys:
                errors.append(f"{where}: unknown office {office_key!r}")
        for related in service.related:
            if related not in service_keys:
                errors.append(f"{where}: unknown related service {related!r}")
    if city.welcome_office and city.welcome_office not in office_keys:
        errors.append(
            f"{directory.as_posix()}/city.yaml: unknown welcome_office {city.welcome_office!r}"
        )
    if city.fallback_service and city.fallback_service not in service_keys:
        errors.append(
            f"{directory.as_posix()}/city.yaml: unknown fallback_service {city.fallback_service!r}"
        )
    if directory.name != city.slug:
        errors.append(
            f"{directory.as_posix()}/city.yaml: slug {city.slug!r} must equal the folder name"
        )
    if errors:
        raise CatalogDataError(errors)
    return city
