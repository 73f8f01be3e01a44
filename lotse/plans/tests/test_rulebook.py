"""The rules files: they load, cite sources, match the catalog, and bad files fail clearly."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from lotse.plans.rulebook import RULES_DIR, RulesError, load_rules, rules_check_catalog
from lotse.plans.selectors import city_service_keys


@pytest.fixture
def rules_copy(tmp_path: Path) -> Path:
    target = tmp_path / "rules"
    shutil.copytree(RULES_DIR, target)
    return target


def add_rule(directory: Path, text: str, name: str = "99-test.yaml") -> Path:
    path = directory / "steps" / name
    path.write_text("version: 1\nrules:\n" + text, encoding="utf-8")
    return path


GOOD = """\
  - id: test-rule
    service: bank-account
    when: {}
    legal_basis: "test"
    source: https://example.org/
    checked: 2026-11-22
    why: {en: Because., de: Weil.}
"""


def test_shipped_rules_load_and_each_cites_a_legal_basis_and_https_source():
    rules = load_rules()
    assert len(rules.rules) >= 40
    for rule in rules.rules:
        assert rule.legal_basis
        assert rule.source.startswith("https://")
        assert {"de", "en"} <= set(rule.why)


def test_country_lists_hold_what_the_law_names():
    rules = load_rules()
    assert rules.countries["visa_free_permit_after_entry"].codes == {
        "AU",
        "IL",
        "JP",
        "CA",
        "KR",
        "NZ",
        "GB",
        "US",
    }
    free = rules.countries["free_movement"].codes
    assert len(free) == 31 - 1  # 27 EU states without DE, + IS, LI, NO, + CH
    assert {"NO", "CH", "FR"} <= free and "GB" not in free
    assert len(rules.countries["iso3166_alpha2"].codes) == 249


def test_blue_card_thresholds_are_dated_and_2026_is_marked_unconfirmed():
    import datetime as dt

    rules = load_rules()
    t2025 = rules.threshold_for(dt.date(2025, 7, 1))
    t2026 = rules.threshold_for(dt.date(2026, 7, 1))
    assert (t2025.standard_eur, t2025.reduced_eur, t2025.confirmed) == (48300, 43759.80, False)
    assert (t2026.standard_eur, t2026.reduced_eur, t2026.confirmed) == (50700, 45934.20, False)
    assert rules.threshold_for(dt.date(2024, 1, 1)) is None


@pytest.mark.django_db
def test_every_rule_names_services_that_exist_in_the_dortmund_catalog():
    assert (
        rules_check_catalog(
            rules=load_rules(), city="dortmund", service_keys=city_service_keys("dortmund")
        )
        == []
    )


@pytest.mark.django_db
def test_a_city_lacking_services_is_reported_with_file_and_line():
    problems = rules_check_catalog(
        rules=load_rules(), city="musterstadt", service_keys=city_service_keys("musterstadt")
    )
    assert any("eu-blue-card" in p and "20-permits.yaml:" in p for p in problems)
    # the Dortmund-only rule is not checked against another city
    assert not any("dortmund-pass" in p for p in problems)


def test_a_rule_with_an_unknown_fact_fails_naming_file_and_line(rules_copy):
    add_rule(rules_copy, GOOD.replace("when: {}", "when: {shoe_size: 42}"))
    with pytest.raises(RulesError, match=r"steps/99-test.yaml:5: unknown fact 'shoe_size'"):
        load_rules(rules_copy)


def test_a_rule_missing_its_source_fails(rules_copy):
    add_rule(rules_copy, GOOD.replace("    source: https://example.org/\n", ""))
    with pytest.raises(RulesError, match=r"99-test.yaml:3: rule: missing source"):
        load_rules(rules_copy)


def test_a_rule_without_german_reason_fails(rules_copy):
    add_rule(rules_copy, GOOD.replace("why: {en: Because., de: Weil.}", "why: {en: Because.}"))
    with pytest.raises(RulesError, match="needs at least `en` and `de`"):
        load_rules(rules_copy)


def test_a_due_date_from_an_unknown_anchor_fails(rules_copy):
    add_rule(rules_copy, GOOD + "    due: {from: birthday, days: 3}\n")
    with pytest.raises(RulesError, match="unknown anchor 'birthday'"):
        load_rules(rules_copy)


def test_invalid_yaml_fails_with_the_line(rules_copy):
    path = rules_copy / "steps" / "99-test.yaml"
    path.write_text("version: 1\nrules:\n  - id: [unclosed\n", encoding="utf-8")
    with pytest.raises(RulesError, match=r"99-test.yaml:\d+: invalid YAML"):
        load_rules(rules_copy)


def test_a_duplicate_rule_id_fails_and_points_to_the_first(rules_copy):
    add_rule(rules_copy, GOOD.replace("test-rule", "blue-card"))
    with pytest.raises(RulesError, match=r"already used at .*20-permits.yaml:\d+"):
        load_rules(rules_copy)


def test_a_cycle_in_the_order_is_a_load_error(rules_copy):
    # residence-registration already comes after housing-search; the reverse closes a loop.
    add_rule(
        rules_copy,
        GOOD.replace("service: bank-account", "service: housing-search")
        + "    after: [residence-registration]\n",
    )
    with pytest.raises(RulesError, match="cycle"):
        load_rules(rules_copy)


def test_an_unsupported_version_fails(rules_copy):
    path = add_rule(rules_copy, GOOD)
    path.write_text(path.read_text().replace("version: 1", "version: 7"), encoding="utf-8")
    with pytest.raises(RulesError, match="version"):
        load_rules(rules_copy)


def test_norway_written_without_quotes_is_caught(rules_copy):
    path = rules_copy / "countries.yaml"
    path.write_text(path.read_text().replace('"NO", CH]', "NO, CH]"), encoding="utf-8")
    with pytest.raises(RulesError, match="quote"):
        load_rules(rules_copy)


def test_overlapping_threshold_periods_fail(rules_copy):
    path = rules_copy / "thresholds.yaml"
    path.write_text(path.read_text().replace("valid_from: 2026-01-01", "valid_from: 2025-12-01"))
    with pytest.raises(RulesError, match="overlap"):
        load_rules(rules_copy)


LEAD = """\
    lead:
      weeks: 12
      legal_basis: "processing time"
      source: https://example.org/lead
      checked: 2026-11-22
"""


def test_a_lead_time_needs_a_due_date_to_count_back_from(rules_copy):
    add_rule(rules_copy, GOOD + LEAD)
    with pytest.raises(RulesError, match="counts back from `due`"):
        load_rules(rules_copy)


def test_a_lead_time_without_its_source_fails(rules_copy):
    add_rule(
        rules_copy,
        GOOD
        + "    due: {from: arrival_date}\n"
        + LEAD.replace("      source: https://example.org/lead\n", ""),
    )
    with pytest.raises(RulesError, match="missing source"):
        load_rules(rules_copy)


def test_shipped_lead_times_cite_a_source_and_count_back_visa_and_kita():
    rules = {rule.id: rule for rule in load_rules().rules}
    visa = rules["national-visa-before-entry"].lead
    kita = rules["daycare-entitlement"].lead
    assert visa is not None and visa.weeks == 12 and visa.source.startswith("https://")
    assert kita is not None and kita.months == 6 and kita.source.startswith("https://")
    assert rules["temporary-protection-ukraine"].urgent
