"""Addresses in the data files come out as URIs (the API's `format: uri`)."""

from pathlib import Path

from lotse.core.datafiles import DataReader


def test_non_ascii_letters_in_an_address_are_percent_encoded():
    errors: list[str] = []
    reader = DataReader(Path("offices.yaml"), errors)
    url = reader.url({"url": "https://example.org/de/topic/10.über-uns.html"}, "url", "office x")
    assert url == "https://example.org/de/topic/10.%C3%BCber-uns.html" and errors == []
    assert reader.url({"url": "https://example.org/a?b=1"}, "url", "office x") == (
        "https://example.org/a?b=1"
    )
