"""Import service descriptions from an XZuFi 2.2 XML file (FIM portal) into a city: all or nothing."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml
from django.core.management.base import BaseCommand, CommandError, CommandParser

from lotse.catalog.xzufi import FIM_PORTAL_URL, KEY_RE, LEIKA_RE, XzufiImportError, xzufi_import
from lotse.core.models import City


def _read_key_map(path: Path) -> dict[str, str]:
    """A YAML mapping of 14-digit LeiKa keys to service keys."""
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        raise CommandError(f"--key-map {path}: cannot read it as YAML: {exc}") from exc
    if not isinstance(raw, dict):
        raise CommandError(f"--key-map {path}: must map LeiKa keys to service keys")
    mapping = {}
    for leika, key in raw.items():
        leika, key = str(leika).strip(), str(key).strip()
        if not LEIKA_RE.match(leika) or not KEY_RE.match(key):
            raise CommandError(
                f"--key-map {path}: {leika!r}: {key!r} must map a 14-digit LeiKa key to a "
                "service key (lowercase words joined by '-')"
            )
        mapping[leika] = key
    return mapping


class Command(BaseCommand):
    help = "Import the Leistungen of an XZuFi 2.2 XML file into a city's catalog (all or nothing)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("file", type=Path, help="XZuFi XML file, e.g. from the FIM portal")
        parser.add_argument("--city", required=True, help="city slug, e.g. dortmund")
        parser.add_argument("--office", help="office key made responsible for the services")
        parser.add_argument(
            "--key-prefix", default="", help="prefix for service keys derived from names"
        )
        parser.add_argument(
            "--key-map", type=Path, help="YAML file mapping LeiKa keys to service keys"
        )
        parser.add_argument(
            "--source-url",
            default=FIM_PORTAL_URL,
            help=f"URL recorded as the source of the texts (default {FIM_PORTAL_URL})",
        )
        parser.add_argument(
            "--dry-run", action="store_true", help="validate and report, write nothing"
        )

    def handle(self, *args: Any, **options: Any) -> None:
        city = City.objects.filter(slug=options["city"]).first()
        if city is None:
            raise CommandError(f"--city: no city {options['city']!r}")
        key_map = _read_key_map(options["key_map"]) if options["key_map"] else None
        source_url = options["source_url"]
        if not source_url.startswith(("http://", "https://")) or len(source_url) > 500:
            raise CommandError("--source-url must be an http(s) URL of at most 500 characters")
        try:
            result = xzufi_import(
                path=options["file"],
                city=city,
                office_key=options["office"],
                key_prefix=options["key_prefix"],
                key_map=key_map,
                source_url=source_url,
                dry_run=options["dry_run"],
            )
        except XzufiImportError as exc:
            raise CommandError(
                f"{len(exc.errors)} problem(s), nothing was imported:\n" + "\n".join(exc.errors)
            ) from exc
        for warning in result.warnings:
            self.stderr.write(f"warning: {warning}")
        verb = "Would import" if options["dry_run"] else "Imported"
        self.stdout.write(
            self.style.SUCCESS(
                f"{verb} into {city.slug}: created {len(result.created)} "
                f"({', '.join(result.created) or '-'}), updated {len(result.updated)} "
                f"({', '.join(result.updated) or '-'}), {result.texts_written} text(s) written"
            )
        )
