"""Plan rules take office, fee and deadline facts from the catalog (issue 22).

The rules once sent the accelerated skilled-worker procedure to the Amt für Migration or "the
immigration office where your company is", while the catalog (and the law in NRW) sends it to
ZFE NRW; the child-benefit rule cited the repealed § 66 (3) EStG; the Dortmund-Pass kept its old
name in a rule. These tests fail on each of those again, and on any new contradiction.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools

import pytest
from django.conf import settings

from lotse.catalog.facts import REPEALED, is_official
from lotse.catalog.loader import CityData, read_city_data
from lotse.plans.factcheck import offices_named, quantities, rule_findings, rules_report
from lotse.plans.rulebook import Rule, load_rules


@functools.cache
def _dortmund() -> CityData:
    return read_city_data(settings.LOTSE_CITY_DATA_DIR / "dortmund")


def _rule(rule_id: str) -> Rule:
    return next(r for r in load_rules().rules if r.id == rule_id)


def test_accelerated_procedure_rules_name_no_office_but_the_catalogs():
    """In every language, the rules for § 81a name no office the catalog does not give (ZFE NRW)."""
    city = _dortmund()
    service = next(s for s in city.services if s.key == "accelerated-skilled-worker-procedure")
    assert service.offices == ["central-skilled-immigration-office"]
    rules = [r for r in load_rules().rules if r.service == service.key]
    assert {r.id for r in rules} == {
        "accelerated-procedure-for-hire",
        "employer-accelerated-procedure",
    }
    for rule in rules:
        for lang, text in [*rule.why.items(), ("legal_basis", rule.legal_basis)]:
            named = offices_named(text, city) - set(rule.mentions)
            assert named <= set(service.offices), f"{rule.id} {lang}: {sorted(named)}"
            assert "migration-office" not in offices_named(text, city), f"{rule.id} {lang}"


def test_no_rule_contradicts_the_catalog():
    contradictions = [
        f"{f.where} {f.rule}: {f.message}"
        for f in rule_findings(load_rules(), _dortmund())
        if f.kind == "contradiction"
    ]
    assert not contradictions, "\n".join(contradictions)


def test_checker_finds_an_office_the_catalog_does_not_give():
    city = _dortmund()
    rule = _rule("accelerated-procedure-for-hire")
    wrong = dataclasses.replace(
        rule,
        why={"en": rule.why["en"], "de": "Ihr Arbeitgeber beantragt es beim Amt für Migration."},
    )
    rules = dataclasses.replace(load_rules(), rules=[wrong])
    found = [f for f in rule_findings(rules, city) if f.kind == "contradiction"]
    assert [f.message.split(",")[0] for f in found] == ["why.de names office 'migration-office'"]
    declared = dataclasses.replace(wrong, mentions=("migration-office",))
    rules = dataclasses.replace(rules, rules=[declared])
    assert not [f for f in rule_findings(rules, city) if f.kind == "contradiction"]


def test_checker_tells_a_restatement_from_a_contradiction():
    city = _dortmund()
    rule = _rule("national-visa-before-entry")  # visa-national: the German mission handles it
    kinds = {f.kind for f in rule_findings(dataclasses.replace(load_rules(), rules=[rule]), city)}
    assert kinds == {"restatement"}


def test_checker_finds_a_period_or_amount_the_catalog_does_not_state():
    city = _dortmund()
    rule = _rule("child-benefit-within-six-months")
    assert quantities(rule.why["de"], "de") == {(6, "month")}
    for lang, text in (
        ("en", "Child benefit is paid back for four months only."),
        ("de", "Kindergeld gibt es 300 Euro im Monat."),
    ):
        wrong = dataclasses.replace(rule, why={**rule.why, lang: text})
        found = rule_findings(dataclasses.replace(load_rules(), rules=[wrong]), city)
        assert [f.kind for f in found] == ["contradiction"], found
        assert f"why.{lang}" in found[0].message


def test_office_names_match_the_longest_name_only():
    city = _dortmund()
    assert offices_named("the Federal Central Tax Office sends it", city) == {"federal-tax-office"}
    assert offices_named("Ask the tax office.", city) == {"tax-office"}


def test_child_benefit_rule_cites_section_70_not_the_repealed_66_3():
    rule = _rule("child-benefit-within-six-months")
    assert "70 Abs. 1 EStG" in rule.legal_basis
    for pattern, _why in REPEALED:
        assert not pattern.search(rule.legal_basis) and not pattern.search(rule.source)
    assert "__66" not in rule.source


def test_the_dortmund_card_has_its_current_name_wherever_the_old_one_is_used():
    """The service page calls it Dortmund-Karte; a text that says Dortmund-Pass also says so."""
    rule = _rule("dortmund-pass-on-low-income")
    office = next(o for o in _dortmund().offices if o.key == "social-welfare-office")
    texts = [*rule.why.items(), *office.texts.get("description", {}).items()]
    assert rule.why["de"] and "Dortmund-Karte" in rule.why["de"]
    stale = [
        lang for lang, text in texts if "Dortmund-Pass" in text and "Dortmund-Karte" not in text
    ]
    assert not stale, stale


def test_thresholds_are_confirmed_only_on_an_official_source():
    for entry in load_rules().blue_card:
        assert not entry.confirmed or is_official(entry.source), entry


def test_rules_report_has_no_blocking_finding_for_dortmund():
    findings = rules_report(_dortmund(), dt.date(2026, 12, 2), 180)
    blocking = [f"{f.subject}: {f.message}" for f in findings if f.blocking]
    assert not blocking, "\n".join(blocking)
    assert any(f.kind == "rule-restates" for f in findings)


def test_mentions_are_read_and_must_be_a_list(tmp_path):
    import shutil

    from lotse.plans.rulebook import RULES_DIR, RulesError

    target = tmp_path / "rules"
    shutil.copytree(RULES_DIR, target)
    rule = """\
  - id: test-rule
    service: bank-account
    when: {}
    legal_basis: "test"
    source: https://example.org/
    checked: 2026-11-22
    mentions: %s
    why: {en: Because., de: Weil.}
"""
    path = target / "steps" / "99-test.yaml"
    path.write_text("version: 1\nrules:\n" + rule % "[tax-office]", encoding="utf-8")
    loaded = next(r for r in load_rules(target).rules if r.id == "test-rule")
    assert loaded.mentions == ("tax-office",)
    path.write_text("version: 1\nrules:\n" + rule % "tax-office", encoding="utf-8")
    with pytest.raises(RulesError, match="mentions"):
        load_rules(target)


def test_rules_report_blocks_a_threshold_confirmed_on_a_secondary_source(monkeypatch):
    from lotse.plans import factcheck

    rules = load_rules()
    entry = dataclasses.replace(rules.blue_card[-1], confirmed=True)
    monkeypatch.setattr(factcheck, "ruleset", lambda: dataclasses.replace(rules, blue_card=[entry]))
    findings = factcheck.rules_report(_dortmund(), dt.date(2026, 12, 2), 180)
    flagged = [f for f in findings if f.kind == "threshold-confirmed-secondary"]
    assert len(flagged) == 1 and flagged[0].blocking
    stale = factcheck.rules_report(_dortmund(), dt.date(2026, 12, 2), 5)
    assert any(f.kind == "stale" and f.subject.startswith("rule:") for f in stale)


def test_office_name_patterns_are_compiled_once_however_many_names_a_city_has():
    # A city has ~700 office names and aliases; `re`'s own cache holds 512, so without a cache of
    # its own every rule text recompiled every pattern (facts-report took minutes, not seconds).
    from lotse.plans.factcheck import _alias_pattern

    first = _alias_pattern("Ausländerbehörde Dortmund")
    for i in range(1000):
        _alias_pattern(f"Amt Nummer {i}")
    assert _alias_pattern("Ausländerbehörde Dortmund") is first
    assert first.search("Gehen Sie zur Ausländerbehörde Dortmund.")
    assert not first.search("Ausländerbehörde Dortmund-Nord")
