"""Issue 19: every text of the five forms (labels, help texts, choices, groups, documents) is
there in all twelve languages, so no reader gets a German or English help text."""

from __future__ import annotations

import pytest
from django.conf import settings

from lotse.cases.applications.forms import form_get
from lotse.core.testing import city_file_languages

LANGUAGES = set(city_file_languages("dortmund"))  # Dortmund's forms: Dortmund's languages
FORMS = [
    "residence-permit-extension",
    "residence-permit-skilled-work",
    "settlement-permit",
    "registration-certificate",
    "welcome-counselling",
]


@pytest.mark.parametrize("service", FORMS)
def test_every_text_of_the_form_is_in_every_language(db, service):
    form = form_get("dortmund", service)
    assert form is not None
    missing: list[str] = []

    def check(where: str, texts: dict[str, str]) -> None:
        if texts and LANGUAGES - set(texts):
            missing.append(f"{where}: {sorted(LANGUAGES - set(texts))}")

    for group in form.groups:
        check(f"group {group.key}", group.label)
        for f in group.fields:
            check(f"{f.name}.label", f.label)
            check(f"{f.name}.help", f.help)

            for value, label in f.choices.items():
                check(f"{f.name}.{value}", label)
    for d in form.documents:
        check(f"document {d.key}", d.label)
    assert missing == []


def _forms_copy(tmp_path, languages):
    import shutil
    from pathlib import Path

    import yaml

    city = tmp_path / "somecity"
    shutil.copytree(Path(settings.LOTSE_CITY_DATA_DIR) / "dortmund" / "forms", city / "forms")
    (city / "city.yaml").write_text(yaml.safe_dump({"languages": languages}), encoding="utf-8")
    return city / "forms"


def test_form_labels_are_required_in_the_citys_languages_only(tmp_path):
    from lotse.cases.applications.forms import forms_read
    from lotse.core.datafiles import DataFileError

    # Dortmund's forms have all of Dortmund's languages: a city offering fewer reads them.
    assert "welcome-counselling" in forms_read(_forms_copy(tmp_path / "a", ["de", "en"]))
    # A city offering Japanese needs Japanese labels; each missing one is named.
    with pytest.raises(DataFileError) as info:
        forms_read(_forms_copy(tmp_path / "b", ["de", "en", "ja"]))
    assert any("lacks the languages: ja" in e for e in info.value.errors)
