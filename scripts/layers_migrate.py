"""Move Dortmund's shared service texts into the federal and state content layers (issue 21).

Which modules are the city's own and which are shared comes from the classification table
(`dortmund-modules.tsv`: key, module, city|shared, why). A shared module goes to the federal
layer (`data/federal`), or to the state layer (`data/states/nw`) where it is NRW law, an NRW
office or NRW practice (STATE_SERVICES, STATE_MODULES below, decided by reading the texts);
a few modules the table calls shared are really Dortmund's own and stay (KEEP_CITY). Every
language of a module moves verbatim; a source moves with the modules it covers (split when it
covers modules of several layers); `uncertain` notes and `validity` move with their module.

    python scripts/layers_migrate.py prepare TSV   # sources in the order the layers merge them
    python scripts/layers_migrate.py move TSV      # write the layers, strip them from Dortmund
    python scripts/layers_migrate.py verify REF    # merged services equal those read from REF
    python scripts/layers_migrate.py relayer LANG [DATA]   # federal LANG texts to their layer

`prepare` only reorders each service's sources (layer sources first, as the loader merges them:
federal, state, city) and each source's covers, so the pages keep their source numbers after
the move. `move` refuses to run when `data/federal` exists (re-run it from a clean checkout).
"""

from __future__ import annotations

import os
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data"
CITY_DIR = DATA / "cities" / "dortmund"
FEDERAL, STATE, CITY = "federal", "state", "city"
RANK = {FEDERAL: 0, STATE: 1, CITY: 2}
LAYER_DIRS = {FEDERAL: DATA / "federal", STATE: DATA / "states" / "nw"}

# Services governed by NRW law or run by NRW offices: all their shared modules are the state's.
STATE_SERVICES = {
    "adult-education-centre",  # Weiterbildungsgesetz NRW
    "daycare-place",  # KiBiz NRW: notice six months ahead, Kita year from 1 August
    "integration-council-and-voting",  # Gemeindeordnung NRW, Kommunalwahlgesetz NRW
    "international-daycare-and-school",  # Schulgesetz NRW
    "housing-entitlement-certificate",  # WFNG NRW
    "kinderstube",  # KiBiz NRW
    "language-support-for-children",  # NRW school ministry decree, TIntG NRW
    "local-public-transport",  # VRR tariffs, NRW Sozialticket
    "recognition-of-school-certificates",  # Bezirksregierungen Köln and Düsseldorf
    "school-enrolment",  # SchulG NRW
    "school-types-nrw",  # SchulG NRW
    "university-admission",  # HG NRW
}
# Single modules of otherwise federal services that state NRW law, offices or practice.
STATE_MODULES = {
    ("accelerated-skilled-worker-procedure", "prerequisites"),  # a job offer in NRW
    ("accelerated-skilled-worker-procedure", "synonyms"),  # ZFE NRW
    ("business-registration", "legal_basis"),  # AVerwGebO NRW tariff
    ("housing-benefit", "body"),  # the state's Wohngeldrechner
    ("housing-search", "legal_basis"),  # WFNG NRW
    ("recognition-of-qualifications", "legal_basis"),  # BQFG NRW
}
# Classified shared, but on reading Dortmund's own: they stay in the city's file.
KEEP_CITY = {
    ("culture-and-museums", "fees"),  # the city's museums' free permanent exhibitions
    ("dog-registration-and-tax", "documents"),  # the city's own form
    ("dog-registration-and-tax", "fees"),  # the city's tax statute and due dates
    ("dortmund-pass", "deadlines"),  # the Dortmund-Pass is the city's own scheme
    ("dortmund-pass", "documents"),
    ("dortmund-pass", "fees"),
    ("international-daycare-and-school", "fees"),  # names a Dortmund school
    ("waste-separation", "deadlines"),  # the local waste company's pick-up rule
}


class Flow(list[Any]):
    """A list written in flow style ([a, b])."""


class Dumper(yaml.SafeDumper):
    pass


def _str(dumper: yaml.SafeDumper, value: str) -> yaml.Node:
    style = "|" if "\n" in value.strip("\n") or value.endswith("\n") else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


def _flow(dumper: yaml.SafeDumper, value: Flow) -> yaml.Node:
    return dumper.represent_sequence("tag:yaml.org,2002:seq", value, flow_style=True)


Dumper.add_representer(str, _str)
Dumper.add_representer(Flow, _flow)
FLOW_KEYS = {"leika", "life_situations", "offices", "related", "covers"}


def _flowed(value: Any, key: str = "") -> Any:
    if isinstance(value, dict):
        return {k: _flowed(v, str(k)) for k, v in value.items()}
    if isinstance(value, list):
        items = [_flowed(v) for v in value]
        return Flow(items) if key in FLOW_KEYS else items
    return value


def dump(path: Path, data: Any) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    text = yaml.dump(
        _flowed(data), Dumper=Dumper, allow_unicode=True, sort_keys=False, width=100000
    )
    path.write_text(text, encoding="utf-8")


def load(path: Path) -> Any:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def classification(tsv: Path) -> dict[str, dict[str, str]]:
    table: dict[str, dict[str, str]] = defaultdict(dict)
    for line in tsv.read_text(encoding="utf-8").splitlines():
        if line.strip():
            key, module, kind = line.split("\t")[:3]
            table[key][module] = kind
    return table


def destination(table: dict[str, dict[str, str]], key: str, field: str) -> str:
    """The layer a module (or another field named in covers/uncertain) of a service goes to."""
    if table[key].get(field) != "shared" or (key, field) in KEEP_CITY:
        return CITY
    if key in STATE_SERVICES or (key, field) in STATE_MODULES:
        return STATE
    return FEDERAL


def _source_rank(table: dict[str, dict[str, str]], key: str, source: dict[str, Any]) -> int:
    return min(RANK[destination(table, key, c)] for c in source.get("covers") or ["offices"])


def prepare(table: dict[str, dict[str, str]]) -> None:
    """Reorder each Dortmund service's sources and covers as the layers will merge them."""
    for path in sorted((CITY_DIR / "services").glob("*.yaml")):
        key = path.stem
        lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
        start = next(i for i, line in enumerate(lines) if line.startswith("sources:"))
        end = next(
            (i for i in range(start + 1, len(lines)) if lines[i][:1] not in (" ", "-", "\n")),
            len(lines),
        )
        sources = yaml.safe_load("".join(lines[start:end]))["sources"]
        ordered = sorted(sources, key=lambda s: _source_rank(table, key, s))
        for source in ordered:
            source["covers"] = sorted(
                source.get("covers") or [],
                key=lambda c: RANK[destination(table, key, c)],
            )
        if ordered == sources and all(
            s["covers"] == o["covers"] for s, o in zip(sources, ordered, strict=True)
        ):
            continue
        block = yaml.dump(
            _flowed({"sources": ordered}),
            Dumper=Dumper,
            allow_unicode=True,
            sort_keys=False,
            width=100000,
        )
        first, *rest = block.splitlines(keepends=True)
        block = first + "".join("  " + line for line in rest)
        path.write_text("".join(lines[:start]) + block + "".join(lines[end:]), encoding="utf-8")


def move(table: dict[str, dict[str, str]]) -> None:
    if LAYER_DIRS[FEDERAL].exists():
        sys.exit(f"{LAYER_DIRS[FEDERAL]} exists: the move has been made (start from a clean tree)")
    for path in sorted((CITY_DIR / "services").glob("*.yaml")):
        key = path.stem
        data = load(path)
        layers: dict[str, dict[str, Any]] = {
            name: {"key": key, "sources": [], "uncertain": {}, "validity": {}, "text": {}}
            for name in (FEDERAL, STATE)
        }
        for lang, modules in data["text"].items():
            for module in list(modules):
                where = destination(table, key, module) if module != "status" else CITY
                if where != CITY:
                    layers[where]["text"].setdefault(lang, {})[module] = modules.pop(module)
            for layer in layers.values():
                if lang in layer["text"] and "status" in modules:
                    layer["text"][lang]["status"] = modules["status"]
        kept: list[dict[str, Any]] = []
        for source in data["sources"]:
            parts: dict[str, list[str]] = defaultdict(list)
            for cover in source.get("covers") or []:
                parts[destination(table, key, cover)].append(cover)
            if not source.get("covers"):
                parts[CITY] = []
            for where, covers in parts.items():
                entry = {**source, "covers": covers}
                (kept if where == CITY else layers[where]["sources"]).append(entry)
        if kept:
            data["sources"] = kept
        else:
            del data["sources"]  # every source backs a layer's modules now
        for name in ("uncertain", "validity"):
            for field in list(data.get(name) or {}):
                where = destination(table, key, field)
                if where != CITY:
                    layers[where][name][field] = data[name].pop(field)
            if name in data and not data[name]:
                del data[name]
        translations = sorted(CITY_DIR.glob(f"translations/*/services/{path.name}"))
        for overlay in translations:
            lang = overlay.parent.parent.name
            modules = load(overlay)
            for module in list(modules):
                where = destination(table, key, module) if module != "status" else CITY
                if where != CITY:
                    layer_text = layers[where].setdefault("translations", {}).setdefault(lang, {})
                    layer_text[module] = modules.pop(module)
                    if "status" in modules:
                        layer_text["status"] = modules["status"]
            if set(modules) <= {"status"}:
                overlay.unlink()
            else:
                dump(overlay, modules)
        for name, layer in layers.items():
            translated = layer.pop("translations", {})
            if not layer["text"] and not translated:
                continue
            for field in ("sources", "uncertain", "validity"):
                if not layer[field]:
                    del layer[field]
            folder = LAYER_DIRS[name]
            dump(folder / "services" / path.name, layer)
            for lang, modules in translated.items():
                dump(folder / "translations" / lang / "services" / path.name, modules)
        dump(path, data)


def relayer(lang: str, data: Path = DATA) -> None:
    """Put each module of `data/federal/translations/<lang>/services/*.yaml` (translations
    written for every shared module before the layers were split) beside its German text: in
    the federal or the state layer. A module whose German text no layer holds is the city's
    own: it is left out, and named."""
    folders = {FEDERAL: data / "federal", STATE: data / "states" / "nw"}
    for path in sorted((folders[FEDERAL] / "translations" / lang / "services").glob("*.yaml")):
        modules = load(path) or {}
        german = {
            name: (load(folder / "services" / path.name) or {}).get("text", {}).get("de", {})
            if (folder / "services" / path.name).is_file()
            else {}
            for name, folder in folders.items()
        }
        placed: dict[str, dict[str, Any]] = {FEDERAL: {}, STATE: {}}
        for module, value in modules.items():
            if module == "status":
                continue
            where = next((name for name in (FEDERAL, STATE) if module in german[name]), None)
            if where is None:
                print(f"{path}: {module}: the German text is the city's own; left out")
            else:
                placed[where][module] = value
        for name, texts in placed.items():
            target = folders[name] / "translations" / lang / "services" / path.name
            if texts:
                if "status" in modules:
                    texts["status"] = modules["status"]
                dump(target, texts)
            elif target.exists():
                target.unlink()


def verify(reference: Path) -> int:
    """Every Dortmund service read from the layered tree equals the one read from `reference`
    (a copy of the data before the move); prints the differences, returns their number."""
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "lotse.settings")
    os.environ.setdefault("LOTSE_ENV", "test")
    import django

    django.setup()
    from lotse.catalog.loader import read_city_data

    def facts(directory: Path) -> dict[str, Any]:
        city = read_city_data(directory)
        return {
            s.key: {
                "texts": s.texts,
                "statuses": s.statuses,
                "leika": s.leika,
                "offices": s.offices,
                "related": s.related,
                "life_situations": s.life_situations,
                "uncertain": s.uncertain,
                "validity": s.validity,
                "sources": [(x.url, x.title, x.checked, sorted(x.covers)) for x in s.sources],
            }
            for s in city.services
        }

    before, after = facts(reference), facts(CITY_DIR)
    problems = 0
    for key in sorted(set(before) | set(after)):
        for name in ("texts", "statuses", "leika", "offices", "related", "life_situations"):
            if before.get(key, {}).get(name) != after.get(key, {}).get(name):
                problems += 1
                print(f"{key}: {name} differs")
        for name in ("uncertain", "validity", "sources"):
            if before.get(key, {}).get(name) != after.get(key, {}).get(name):
                problems += 1
                print(f"{key}: {name} differs")
    layered = (
        sum(1 for p in (DATA / "federal").rglob("*.yaml")) if (DATA / "federal").exists() else 0
    )
    print(f"{len(after)} services compared, {problems} differences; {layered} federal files")
    return problems


def main() -> None:
    command = sys.argv[1] if len(sys.argv) > 1 else ""
    if command == "prepare" and len(sys.argv) == 3:
        prepare(classification(Path(sys.argv[2])))
    elif command == "move" and len(sys.argv) == 3:
        move(classification(Path(sys.argv[2])))
    elif command == "relayer" and len(sys.argv) in (3, 4):
        relayer(sys.argv[2], Path(sys.argv[3]) if len(sys.argv) == 4 else DATA)
    elif command == "verify" and len(sys.argv) == 3:
        sys.exit(1 if verify(Path(sys.argv[2])) else 0)
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main()
