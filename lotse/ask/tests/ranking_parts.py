"""Search hits and facts built by hand, for the tests of the rank rules that choose which of the
top services answers (`selectors._telling_first_rank` and the rescues beside it)."""

from __future__ import annotations

import datetime as dt

from lotse.ask import answers, selectors


def hit(key: str, score: float) -> selectors.SearchHit:
    """A top service at this fused score (its title is its key; no offices)."""
    return selectors.SearchHit(
        key=key, title=key, title_language="en", score=score, lexical=0.0, semantic=0.0, offices=[]
    )


def fact(service: str, text: str, module: str = "fees") -> answers.Fact:
    """An English sentence of a service's module, with a placeholder source."""
    return answers.Fact(
        text=text,
        service=service,
        module=module,
        language="en",
        source="s",
        checked=dt.date(2026, 1, 1),
    )
