"""A fingerprint of every public page of a city, to prove a data change left them alone.

`page_digests` renders every public catalog page of a loaded city — each service page, the
city page, the services list, each life-situation page, the office list and each office page,
in every language, and the API service detail in every language — and records the sha256 of
each page's normalised visible text: tags stripped, whitespace collapsed, and elements marked
`data-layer` (the content-layer labels, which say where a text comes from) left out. The API
detail is fingerprinted as canonical JSON (sorted keys; a source's `covers` is a set; without
`text_layers`, the API's counterpart of the labels).

Used by the Dortmund migration into content layers (issue 21): the snapshot taken before
(`lotse/catalog/tests/data/dortmund-pages.json`) must equal the pages rendered after.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any, cast

from django.test import Client
from lxml import html as lxml_html

from lotse.catalog.models import Office, Service
from lotse.core.languages import city_languages
from lotse.core.models import City

DROPPED_TAGS = ("script", "style", "template", "noscript")


def normalised_text(page: bytes | str) -> str:
    """The visible text of an HTML page: no tags, no scripts, no `data-layer` elements,
    whitespace collapsed to single spaces."""
    if isinstance(page, bytes):
        page = page.decode("utf-8")
    root = cast(lxml_html.HtmlElement, lxml_html.fromstring(page))
    dropped = [
        el for el in root.iter() if el.get("data-layer") is not None or el.tag in DROPPED_TAGS
    ]
    for element in dropped:
        parent = element.getparent()
        if parent is None:
            continue
        # Keep the text that follows the dropped element (its tail).
        tail = element.tail or ""
        previous = element.getprevious()
        if previous is not None:
            previous.tail = (previous.tail or "") + tail
        else:
            parent.text = (parent.text or "") + tail
        parent.remove(element)
    return " ".join(str(root.text_content()).split())


def normalised_json(data: Any) -> str:
    """Canonical JSON of an API answer: sorted keys; each source's `covers` sorted; the
    content layers (`text_layers`) left out."""

    def canonical(value: Any) -> Any:
        if isinstance(value, dict):
            result = {k: canonical(v) for k, v in value.items() if k != "text_layers"}
            if "covers" in result and isinstance(result["covers"], list) and "url" in result:
                result["covers"] = sorted(result["covers"])
            return result
        if isinstance(value, list):
            return [canonical(v) for v in value]
        return value

    return json.dumps(canonical(data), sort_keys=True, ensure_ascii=False)


def page_urls(city: City) -> list[str]:
    """Every public catalog page of the city, in every language (HTML pages, then the API)."""
    languages = city_languages(city)
    services = list(Service.objects.filter(city=city).order_by("key"))
    offices = list(Office.objects.filter(city=city).order_by("key").values_list("key", flat=True))
    situations = sorted({s for service in services for s in service.life_situations})
    slug = city.slug
    urls = []
    for lang in languages:
        base = f"/{lang}/{slug}/"
        urls += [base, f"{base}services/", f"{base}offices/"]
        urls += [f"{base}life/{situation}/" for situation in situations]
        urls += [f"{base}services/{service.key}/" for service in services]
        urls += [f"{base}offices/{key}/" for key in offices]
    for lang in languages:
        urls += [f"/api/v1/cities/{slug}/services/{s.key}?lang={lang}" for s in services]
    return urls


def page_text(client: Client, url: str) -> str:
    """The normalised text of one page (raises if the page does not answer 200)."""
    response = client.get(url)
    if response.status_code != 200:
        raise AssertionError(f"{url} answered {response.status_code}")
    if url.startswith("/api/"):
        return normalised_json(response.json())
    return normalised_text(response.content)


def page_digests(city: City, client: Client | None = None) -> dict[str, str]:
    """URL -> sha256 of the page's normalised text, for every public page of the city."""
    client = client or Client()
    return {
        url: hashlib.sha256(page_text(client, url).encode("utf-8")).hexdigest()
        for url in page_urls(city)
    }
