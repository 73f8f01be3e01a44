"""Moving Dortmund's texts into the federal and state layers changed no public page (issue 21).

`dortmund-pages.json` was recorded from the data before the move: URL -> sha256 of the page's
normalised visible text (`lotse.catalog.pagesnapshot`). Every page rendered from the layered
tree must give the same digest. To record it again (only when a page is meant to change):
`LOTSE_WRITE_PAGE_SNAPSHOT=1 LOTSE_ENV=test pytest lotse/catalog/tests/test_dortmund_pages.py`.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from lotse.catalog.pagesnapshot import normalised_text, page_digests
from lotse.core.models import City

SNAPSHOT = Path(__file__).parent / "data" / "dortmund-pages.json"


def test_normalised_text_drops_tags_layer_labels_and_extra_whitespace():
    page = (
        "<html><head><style>p{}</style><script>var x = 1;</script></head><body>"
        "<h2>Fees <span data-layer='federal'>Federal law</span>after</h2>\n\n<p>12  EUR</p>"
        "</body></html>"
    )
    assert normalised_text(page) == "Fees after 12 EUR"


@pytest.mark.snapshot
@pytest.mark.django_db
def test_every_dortmund_page_is_unchanged_by_the_content_layers(client):
    digests = page_digests(City.objects.get(slug="dortmund"), client)
    if os.environ.get("LOTSE_WRITE_PAGE_SNAPSHOT"):
        SNAPSHOT.write_text(json.dumps(digests, indent=1, sort_keys=True) + "\n")
    expected = json.loads(SNAPSHOT.read_text())
    assert len(digests) > 1500
    changed = sorted(url for url in expected if digests.get(url) != expected[url])
    added = sorted(set(digests) - set(expected))
    assert (changed, added) == ([], [])
