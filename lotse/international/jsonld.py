"""schema.org JSON-LD for the attractions bundle, escaped so it is safe inside <script>."""

from __future__ import annotations

import json
from typing import Any

from django.utils.safestring import SafeString, mark_safe

from lotse.core.models import City
from lotse.core.weburl import is_web_url
from lotse.international.models import AttractionKind
from lotse.international.selectors import AttractionInfo

# JSON-LD is a data block (type="application/ld+json"): browsers never execute it, so the
# content security policy's script-src does not apply. "<", ">" and "&" are escaped so the
# text can never close the <script> element.
_ESCAPES = {ord("<"): "\\u003c", ord(">"): "\\u003e", ord("&"): "\\u0026"}


def attractions_jsonld(items: list[AttractionInfo], *, city: City, language: str) -> SafeString:
    graph: list[dict[str, Any]] = []
    for a in items:
        node: dict[str, Any] = {
            "@type": "Museum" if a.kind == AttractionKind.MUSEUM else "TouristAttraction",
            "@id": f"#{a.key}",
            "name": a.title(language),
            "description": a.description(language),
            "address": {
                "@type": "PostalAddress",
                "streetAddress": a.street,
                "postalCode": a.postal_code,
                "addressLocality": a.locality,
                "addressCountry": "DE",
            },
            "alternateName": sorted(set(a.texts.get("title", {}).values()) - {a.title(language)}),
        }
        if is_web_url(a.website):
            node["url"] = a.website
        if a.events:
            node["event"] = [
                {
                    "@type": "Event",
                    "name": e.title(language),
                    "startDate": e.start.isoformat(),
                    **({"endDate": e.end.isoformat()} if e.end else {}),
                }
                for e in a.events
            ]
        graph.append(node)
    data = {
        "@context": "https://schema.org",
        "@type": "ItemList",
        "name": city.name(language),
        "itemListElement": [
            {"@type": "ListItem", "position": i + 1, "item": node} for i, node in enumerate(graph)
        ],
    }
    text = json.dumps(data, ensure_ascii=False).translate(_ESCAPES)
    return mark_safe(text)
