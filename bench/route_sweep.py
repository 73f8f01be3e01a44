"""Routing parameter sweep over the dev parts, in-process (route11, twentieth session).

Runs the routing questions of `lotse/ask/eval/questions.yaml` (parts 0-12 by default; never
tune on the newest parts) through `selectors.search` for a grid of the ranking's numbers and
prints one JSON line per setting: top-1/top-3 per part. What no swept number changes is
computed once per process and memoised: the model's query vectors and similarities, the
"did you mean" corrections, the question types; the lexical scores per (K1, B, field weights).
Field weights are swept without re-indexing: each service's postings are split per module at
weight 1 once, and a setting's CSR weights and document lengths are their weighted sums (with
today's weights they equal the stored ones to the bit; checked at the first setting).

    LOTSE_ENV=test .venv/bin/python bench/route_sweep.py base,lw,width
    LOTSE_ENV=test .venv/bin/python bench/route_sweep.py custom '{"lw": 0.55, "ratio": 1.6}'

Grids: base, lw (fusion weight of BM25), width (semantic margin scale), floor (the model's
"sure at all" floor), conf (skip-the-model threshold and ratio), damp (rules.DAMPING), fw
(field weights), k1b, combo, combo2. SWEEP_PARTS=4,5 restricts the parts. The first setting
embeds every question (~4 min on a shared machine); the vectors are kept in SWEEP_CACHE
(default /tmp/route_sweep_sem.pkl) for the next run. See lotse/ask/README.md ("Fusion").
"""

from __future__ import annotations

import itertools
import json
import os
import pickle
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

os.environ.setdefault("LOTSE_ASK_QUERY_CACHE", "1")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

BASE: dict[str, Any] = {
    "lw": 0.55,
    "k1": 1.2,
    "b": 0.6,
    "conf": 6.0,
    "ratio": 2.0,
    "damp": 0.75,
    "width": 0.09,
    "floor": 0.78,
}
GRIDS: dict[str, list[dict[str, Any]]] = {
    "base": [{}],
    "lw": [{"lw": v} for v in (0.4, 0.45, 0.5, 0.6, 0.65)],
    "width": [{"width": v} for v in (0.06, 0.07, 0.08, 0.10, 0.12)],
    "floor": [{"floor": v} for v in (0.74, 0.76, 0.80, 0.82)],
    "conf": [
        {"conf": c, "ratio": r}
        for c, r in ((4.0, 2.0), (8.0, 2.0), (10.0, 2.0), (6.0, 1.5), (6.0, 3.0), (1e9, 2.0))
    ],
    "damp": [{"damp": v} for v in (0.6, 0.65, 0.7, 0.8, 0.85, 0.9)],
    "fw": [
        {"fw": {m: v}}
        for m, v in (
            ("phrasings", 0.3),
            ("phrasings", 0.8),
            ("phrasings", 1.0),
            ("name", 3.0),
            ("name", 5.0),
            ("synonyms", 2.0),
            ("synonyms", 4.0),
            ("summary", 1.5),
            ("summary", 3.0),
            ("body", 0.4),
            ("body", 0.9),
            ("who", 0.5),
            ("who", 1.2),
        )
    ],
    "k1b": [
        {"k1": k, "b": b}
        for k, b in itertools.product((0.9, 1.2, 1.5, 2.0), (0.4, 0.6, 0.75, 0.9))
        if (k, b) != (1.2, 0.6)
    ],
    "combo": [
        {"lw": a, "width": w}
        for a in (0.5, 0.55, 0.6)
        for w in (0.08, 0.09, 0.1, 0.11)
        if (a, w) != (0.55, 0.09)
    ],
    "combo2": [
        *({"ratio": 1.5, "lw": a, "width": w} for a in (0.5, 0.55) for w in (0.08, 0.09, 0.1)),
        *({"ratio": r} for r in (1.75, 1.6, 1.4, 1.25)),
    ],
}


def _memo(function: Callable[..., Any], key: Callable[..., Any], store: dict[Any, Any]) -> Any:
    def wrapped(*args: Any) -> Any:
        k = key(*args)
        if k not in store:
            store[k] = function(*args)
        return store[k]

    return wrapped


def main(argv: list[str]) -> int:
    from lotse.ask.eval.__main__ import _prepare, _setup, question_parts

    _setup(None)
    city = _prepare("dortmund")
    import numpy as np

    from lotse.ask import answers, rules, selectors, services
    from lotse.catalog.models import Service

    parts_wanted = [
        int(p) for p in os.environ.get("SWEEP_PARTS", "0,1,2,3,4,5,6,7,8,9,10,11,12").split(",")
    ]
    cache = Path(os.environ.get("SWEEP_CACHE", "/tmp/route_sweep_sem.pkl"))  # noqa: S108
    sem_store: dict[Any, Any] = {}
    cor_store: dict[Any, Any] = {}
    if cache.exists():
        with cache.open("rb") as fh:
            sem_store, cor_store = pickle.load(fh)  # noqa: S301 - our own file
    fw_key = [""]
    lexical = _memo(
        selectors._lexical, lambda t, lang, _i: (t, lang, selectors.K1, selectors.B, fw_key[0]), {}
    )
    semantic = _memo(selectors._semantic, lambda t, lang, _i: (t, lang), sem_store)
    selectors._lexical = lambda *a: lexical(*a).copy()
    selectors._semantic = lambda *a: (semantic(*a)[0].copy(), semantic(*a)[1])
    selectors._corrected = _memo(selectors._corrected, lambda _c, _i, t, lang: (t, lang), cor_store)
    answers.classify = _memo(answers.classify, lambda t: t, {})

    parts = {int(label.split()[1]): qs for label, qs in question_parts("questions", "dortmund")}
    index = selectors.city_index(city)
    stored_weights, stored_lengths = index.weights.copy(), index.lengths.copy()
    base_fields = dict(services.FIELD_WEIGHTS)
    split: dict[str, tuple[Any, Any, Any]] = {}

    def split_by_module() -> None:
        """Per module: positions in index.weights and the weights there at field weight 1."""
        rows = list(Service.objects.filter(city=city).prefetch_related("texts"))
        contents = {s.pk: services._content(s, s.texts.all()) for s in rows}
        vocabulary: set[str] = set()
        for content in contents.values():
            vocabulary.update(services.analyze(services.content_text(content, "de"), "de"))
        flat = {}
        for term, slot in index.terms.items():
            for j in range(int(index.offsets[slot]), int(index.offsets[slot + 1])):
                flat[(term, int(index.docs[j]))] = j
        position = {k: i for i, k in enumerate(index.keys)}
        for module in base_fields:
            services.FIELD_WEIGHTS[module] = 1.0
        collected: dict[str, tuple[list[int], list[float], Any]] = {}
        try:
            for service in rows:
                pos = position.get(service.key)
                if pos is None:
                    continue
                for module, texts in contents[service.pk].texts.items():
                    weights, _languages, length = services._postings(
                        services._ServiceContent(texts={module: texts}), vocabulary.__contains__
                    )
                    at, values, lengths = collected.setdefault(
                        module, ([], [], np.zeros(len(index.keys)))
                    )
                    lengths[pos] += length
                    for term, value in weights.items():
                        if (term, pos) in flat:
                            at.append(flat[(term, pos)])
                            values.append(value)
        finally:
            services.FIELD_WEIGHTS.update(base_fields)
        for module, (at, values, lengths) in collected.items():
            split[module] = (np.asarray(at), np.asarray(values), lengths)

    def set_params(p: dict[str, Any]) -> None:
        fields = {**base_fields, **p.get("fw", {})}
        fw_key[0] = json.dumps(p.get("fw", {}), sort_keys=True)
        if p.get("fw") or not split:
            if not split:
                split_by_module()
            weights = np.zeros(len(stored_weights))
            lengths = np.zeros(len(index.keys))
            for module, (at, values, module_lengths) in split.items():
                weights += np.bincount(at, weights=values * fields[module], minlength=len(weights))
                lengths += module_lengths * fields[module]
            if not p.get("fw"):
                print(
                    "field weights rebuilt, largest difference to the stored ones:",
                    float(np.abs(weights - stored_weights).max()),
                    float(np.abs(lengths - stored_lengths).max()),
                    file=sys.stderr,
                )
            index.weights = weights.astype(np.float32)
            index.lengths = lengths.astype(np.float32)
        else:
            index.weights, index.lengths = stored_weights, stored_lengths
        services.FIELD_WEIGHTS.clear()
        services.FIELD_WEIGHTS.update(fields)
        services._phrasing_weights = None
        avg = float(index.lengths.mean())
        index.norms = (p["k1"] * (1 - p["b"] + p["b"] * index.lengths / avg)).astype(np.float32)
        selectors.K1, selectors.B = p["k1"], p["b"]
        selectors.LEXICAL_WEIGHT, selectors.SEMANTIC_WEIGHT = p["lw"], 1 - p["lw"]
        selectors.CONFIDENT_BM25, selectors.CONFIDENT_RATIO = p["conf"], p["ratio"]
        rules.DAMPING = p["damp"]
        selectors.SEMANTIC_WIDTH, selectors.SURE_FLOOR = p["width"], p["floor"]

    names = argv[0].split(",") if argv else ["base"]
    extra = json.loads(argv[1]) if len(argv) > 1 else {}
    todo = [c for g in names for c in (GRIDS[g] if g != "custom" else [extra])]
    for change in todo:
        p = {**BASE, **change}
        started = time.perf_counter()
        set_params(p)
        result = {}
        for n in parts_wanted:
            top1 = top3 = 0
            for q in parts[n]:
                hits = selectors.search(city=city, query=q["q"], limit=10, with_answer=False).hits
                keys = [h.key for h in hits]
                rank = next((i + 1 for i, k in enumerate(keys) if k in set(q["expected"])), None)
                top1 += rank == 1
                top3 += rank is not None and rank <= 3
            result[n] = (top1, top3, len(parts[n]))
        if not cache.exists():
            with cache.open("wb") as out:
                pickle.dump((sem_store, cor_store), out)
        line = {
            "change": change,
            "sum_top1": sum(v[0] for v in result.values()),
            "sum_top3": sum(v[1] for v in result.values()),
            "n": sum(v[2] for v in result.values()),
            "parts": result,
            "secs": round(time.perf_counter() - started, 1),
        }
        print(json.dumps(line), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
