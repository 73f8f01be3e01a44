"""Tests for the XZuFi import: mapping into the catalog, idempotence, statuses, all-or-nothing."""

from __future__ import annotations

from io import StringIO
from pathlib import Path
from typing import Any

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.utils import timezone

from lotse.catalog import models, xzufi

pytestmark = pytest.mark.django_db

SAMPLE = Path(__file__).parent / "data" / "xzufi" / "musterstadt-sample.xml"
NS = "http://xoev.de/schemata/xzufi/2_2_0"


def run(path: Path, *args: str) -> str:
    out, err = StringIO(), StringIO()
    call_command("xzufi_import", str(path), "--city", "musterstadt", *args, stdout=out, stderr=err)
    return out.getvalue()


def counts() -> tuple[int, int, int, int]:
    return (
        models.Service.objects.count(),
        models.ServiceText.objects.count(),
        models.Source.objects.count(),
        models.Responsibility.objects.count(),
    )


def texts(key: str) -> dict[tuple[str, str], models.ServiceText]:
    return {
        (t.module, t.language): t
        for t in models.ServiceText.objects.filter(
            service__city__slug="musterstadt", service__key=key
        )
    }


def write(tmp_path: Path, content: bytes | str, name: str = "input.xml") -> Path:
    path = tmp_path / name
    path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
    return path


def leistung_xml(*, leistung_id: str, leika: str, modules: str) -> str:
    """A single-Leistung document (the shape the FIM portal serves for one service)."""
    return (
        f'<?xml version="1.0" encoding="UTF-8"?>\n<xzufi:leistung xmlns:xzufi="{NS}">\n'
        f"<xzufi:id>{leistung_id}</xzufi:id>\n"
        f"<xzufi:referenzLeiKa><code>{leika}</code></xzufi:referenzLeiKa>\n"
        f"{modules}</xzufi:leistung>\n"
    )


def modul(code: str, **texts_by_language: str) -> str:
    inhalt = "".join(
        f'<xzufi:inhalt languageCode="{lang}">{text}</xzufi:inhalt>'
        for lang, text in texts_by_language.items()
    )
    return (
        f"<xzufi:modulText>{inhalt}<xzufi:leikaTextmodul><code>{code}</code>"
        "</xzufi:leikaTextmodul></xzufi:modulText>\n"
    )


def test_sample_import_creates_services_with_texts_statuses_leika_and_sources() -> None:
    before = models.Service.objects.filter(city__slug="musterstadt").count()

    output = run(SAMPLE, "--office", "info-point")

    assert "created 2 (hund-anmelden, bewohnerparkausweis-beantragen)" in output
    assert models.Service.objects.filter(city__slug="musterstadt").count() == before + 2
    dog = models.Service.objects.get(city__slug="musterstadt", key="hund-anmelden")
    assert dog.leika_keys == ["99999001000000"]
    assert list(dog.offices.values_list("key", flat=True)) == ["info-point"]
    rows = texts("hund-anmelden")
    # "Leistungsbezeichnung II" (03) is the name; the formal 02 name stays as a synonym.
    assert rows[("name", "de")].text == "Hund anmelden"
    assert rows[("synonyms", "de")].text == "Hundesteuer Anmeldung"
    assert rows[("name", "de")].status == models.TranslationStatus.ORIGINAL
    # en-GB is read as English; translations follow the German text they came with.
    assert rows[("name", "en")].text == "Register your dog"
    assert rows[("name", "en")].status == models.TranslationStatus.MACHINE_ASSISTED
    assert rows[("name", "en")].source_digest == models.text_digest("Hund anmelden")
    assert rows[("documents", "de")].items() == [
        "Personalausweis oder Pass",
        "Nachweis über die Haftpflichtversicherung für den Hund",
    ]
    assert rows[("steps", "de")].items()[0] == "Formular ausfüllen"
    assert rows[("body", "de")].text.split("\n\n")[1].startswith("Nach der Anmeldung")
    assert rows[("forms", "de")].text == (
        "Anmeldung eines Hundes | https://musterstadt.example/formulare/hund.pdf"
    )
    assert rows[("fees", "en")].status == models.TranslationStatus.MACHINE_ASSISTED
    assert rows[("deadlines", "de")].text.startswith("Innerhalb eines Monats")
    assert rows[("processing_time", "de")].text == "Etwa zwei Wochen."
    # Module 22 (responsible office) is not imported as text.
    assert not any(module == "who" for module, _lang in rows)
    sources = {s.url: s for s in dog.sources.all()}
    assert set(sources) == {xzufi.FIM_PORTAL_URL, "https://musterstadt.example/leistungen/hund"}
    assert sources[xzufi.FIM_PORTAL_URL].checked == timezone.localdate()
    assert "L-MUSTER-0001" in sources[xzufi.FIM_PORTAL_URL].title
    parking = texts("bewohnerparkausweis-beantragen")
    assert parking[("prerequisites", "de")].text.splitlines()[1].startswith("- Das Fahrzeug")
    assert (
        parking[("notes", "de")].text
        == "Der Ausweis gilt ein Jahr.\nDanach beantragen Sie ihn neu."
    )


def test_reimport_of_the_same_file_changes_nothing() -> None:
    run(SAMPLE, "--office", "info-point")
    snapshot = {
        key: {k: (t.text, t.status, t.source_digest) for k, t in texts(key).items()}
        for key in ("hund-anmelden", "bewohnerparkausweis-beantragen")
    }
    before = counts()

    output = run(SAMPLE, "--office", "info-point")

    assert "created 0" in output and "updated 2" in output and "0 text(s) written" in output
    assert counts() == before
    for key, rows in snapshot.items():
        assert {k: (t.text, t.status, t.source_digest) for k, t in texts(key).items()} == rows


def test_changed_german_text_marks_its_translation_outdated(tmp_path: Path) -> None:
    run(SAMPLE)
    changed = SAMPLE.read_text(encoding="utf-8").replace(
        "meldet ihn innerhalb eines Monats bei der Stadt an.",
        "meldet ihn spätestens nach einem Monat bei der Stadt an.",
    )

    run(write(tmp_path, changed))

    rows = texts("hund-anmelden")
    assert rows[("summary", "de")].text.startswith(
        "Wer in Musterstadt einen Hund hält, meldet ihn sp"
    )
    assert rows[("summary", "de")].status == models.TranslationStatus.ORIGINAL
    assert rows[("summary", "en")].status == models.TranslationStatus.OUTDATED
    # Untouched modules keep their status.
    assert rows[("name", "en")].status == models.TranslationStatus.MACHINE_ASSISTED


def test_leika_key_of_an_existing_service_updates_that_service(tmp_path: Path) -> None:
    before = counts()
    xml = leistung_xml(
        leistung_id="L-MUSTER-0003",
        leika="99115001000000",
        modules=modul("02", de="Wohnsitz anmelden")
        + modul("05", de="Melden Sie Ihre neue Wohnung innerhalb von 14 Tagen an."),
    )

    output = run(write(tmp_path, xml))

    assert "updated 1 (residence-registration)" in output
    assert models.Service.objects.count() == before[0]
    rows = texts("residence-registration")
    assert rows[("summary", "de")].text.endswith("innerhalb von 14 Tagen an.")
    assert rows[("summary", "en")].status == models.TranslationStatus.OUTDATED
    # The unchanged German name leaves its translations as they were.
    assert rows[("name", "en")].status == models.TranslationStatus.MACHINE_ASSISTED


def test_key_map_and_prefix_decide_new_service_keys(tmp_path: Path) -> None:
    key_map = write(tmp_path, '"99999002000000": resident-parking\n', "keys.yaml")

    output = run(SAMPLE, "--key-map", str(key_map), "--key-prefix", "fim-")

    assert "created 2 (fim-hund-anmelden, resident-parking)" in output


def test_dry_run_reports_but_writes_nothing() -> None:
    before = counts()

    output = run(SAMPLE, "--dry-run")

    assert output.startswith("Would import into musterstadt: created 2")
    assert counts() == before


BILLION_LAUGHS = (
    '<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol">'
    '<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>\n'
    f'<xzufi:leistung xmlns:xzufi="{NS}"><xzufi:id>&lol2;</xzufi:id></xzufi:leistung>'
)
XXE = (
    '<?xml version="1.0"?>\n<!DOCTYPE x [<!ENTITY secret SYSTEM "file:///etc/passwd">]>\n'
    f'<xzufi:leistung xmlns:xzufi="{NS}"><xzufi:id>&secret;</xzufi:id></xzufi:leistung>'
)
VALID_ONE = modul("02", de="Erste Leistung")
BROKEN_INPUTS: dict[str, tuple[bytes | str, str]] = {
    "empty file": (b"", "the file is empty"),
    "whitespace only": (b"  \n\n", "the file is empty"),
    "binary junk": (bytes(range(256)) * 4, "not well-formed XML"),
    "syntax error": (
        f'<xzufi:leistung xmlns:xzufi="{NS}">\n<xzufi:id>1</xzufi:leistung>',
        "line 2: not well-formed XML",
    ),
    "unknown namespace": (
        '<leistung xmlns="http://example.org/other"><id>1</id></leistung>',
        "unknown root element {http://example.org/other}leistung",
    ),
    "older XZuFi version": (
        '<x:leistung xmlns:x="http://xoev.de/schemata/xzufi/2_1_0"/>',
        "unknown root element",
    ),
    "unknown root in the namespace": (
        f'<xzufi:organisationseinheit xmlns:xzufi="{NS}"/>',
        "neither a Leistung nor an XZuFi message",
    ),
    "message without Leistung": (
        f'<xzufi:m xmlns:xzufi="{NS}"><xzufi:nachrichtenkopf/></xzufi:m>',
        "the message holds no Leistung",
    ),
    "entity expansion": (BILLION_LAUGHS, "a DOCTYPE (entity declarations) is not allowed"),
    "external entity": (XXE, "a DOCTYPE (entity declarations) is not allowed"),
    "no German name": (
        leistung_xml(
            leistung_id="L1", leika="99999001000000", modules=modul("02", en="Only English")
        ),
        "line 2: leistung L1: no Leistungsbezeichnung",
    ),
    "missing id": (
        leistung_xml(leistung_id="", leika="99999001000000", modules=VALID_ONE),
        "line 2: leistung: missing <id>",
    ),
    "bad LeiKa key": (
        leistung_xml(leistung_id="L1", leika="12345", modules=VALID_ONE),
        "line 4: referenzLeiKa '12345' must be a 14-digit LeiKa key",
    ),
    "text module without code": (
        leistung_xml(
            leistung_id="L1",
            leika="99999001000000",
            modules=VALID_ONE + '<xzufi:modulText><xzufi:inhalt languageCode="de">x</xzufi:inhalt>'
            "</xzufi:modulText>",
        ),
        "modulText without leikaTextmodul code",
    ),
    "second Leistung broken": (
        SAMPLE.read_text(encoding="utf-8").replace(
            "<code>99999002000000</code>", "<code>not-a-key</code>"
        ),
        "referenzLeiKa 'not-a-key'",
    ),
    "same Leistung twice": (
        SAMPLE.read_text(encoding="utf-8").replace("L-MUSTER-0002", "L-MUSTER-0001"),
        "leistung L-MUSTER-0001 appears twice",
    ),
}


@pytest.mark.parametrize("case", list(BROKEN_INPUTS))
def test_broken_input_is_refused_with_a_clear_error_and_imports_nothing(
    case: str, tmp_path: Path
) -> None:
    content, expected = BROKEN_INPUTS[case]
    before = counts()

    with pytest.raises(CommandError) as raised:
        run(write(tmp_path, content))

    assert "nothing was imported" in str(raised.value)
    assert expected in str(raised.value)
    assert counts() == before


def test_unknown_office_imports_nothing() -> None:
    before = counts()

    with pytest.raises(CommandError, match="has no office 'nowhere'"):
        run(SAMPLE, "--office", "nowhere")

    assert counts() == before


def test_key_taken_by_a_service_with_other_leika_keys_imports_nothing(tmp_path: Path) -> None:
    key_map = write(tmp_path, '"99999002000000": residence-registration\n', "keys.yaml")
    before = counts()

    with pytest.raises(CommandError, match="already belongs to a service with LeiKa"):
        run(SAMPLE, "--key-map", str(key_map))

    assert counts() == before


def test_failure_while_writing_rolls_back_everything(monkeypatch: pytest.MonkeyPatch) -> None:
    before = counts()
    calls = {"n": 0}
    real = xzufi.service_text_update

    def failing(**kwargs: Any) -> models.ServiceText:
        calls["n"] += 1
        if calls["n"] > 5:
            raise RuntimeError("database went away")
        return real(**kwargs)

    monkeypatch.setattr(xzufi, "service_text_update", failing)

    with pytest.raises(RuntimeError):
        run(SAMPLE, "--office", "info-point")

    assert calls["n"] == 6
    assert counts() == before


def test_missing_file_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(CommandError, match="cannot read the file"):
        run(tmp_path / "absent.xml")


def test_unknown_city_is_a_clear_error() -> None:
    with pytest.raises(CommandError, match="no city 'atlantis'"):
        call_command("xzufi_import", str(SAMPLE), "--city", "atlantis", stdout=StringIO())
