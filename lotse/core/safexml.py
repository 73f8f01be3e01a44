"""Parsing XML that came from outside (XZuFi imports, XLIFF uploads), defused: no entity
expansion, no DTD loading, no network, libxml2's size limits kept, and a DOCTYPE refused
(our formats never need one; one can only smuggle in entities: XXE, "billion laughs")."""

from __future__ import annotations

from lxml import etree


class UnsafeXmlError(ValueError):
    """Raised when bytes are not acceptable XML; `problem` says why, and `where` is
    "line N: " for a syntax error (empty otherwise)."""

    def __init__(self, problem: str, line: int | str | None = None) -> None:
        self.where = f"line {line}: " if line is not None else ""
        super().__init__(f"{self.where}{problem}")
        self.problem = problem


def xml_parse_safe(data: bytes, *, max_bytes: int) -> etree._Element:
    """The root element of `data`, parsed defused."""
    if not data.strip():
        raise UnsafeXmlError("the file is empty")
    if len(data) > max_bytes:
        raise UnsafeXmlError(f"the file is larger than {max_bytes} bytes")
    parser = etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        dtd_validation=False,
        huge_tree=False,
        remove_comments=True,
        remove_pis=True,
    )
    try:
        root = etree.fromstring(data, parser=parser)
    except etree.XMLSyntaxError as exc:
        raise UnsafeXmlError(f"not well-formed XML: {exc.msg}", exc.lineno or "?") from exc
    docinfo = root.getroottree().docinfo
    if getattr(docinfo, "doctype", "") or docinfo.internalDTD is not None:
        raise UnsafeXmlError("a DOCTYPE (entity declarations) is not allowed")
    return root
