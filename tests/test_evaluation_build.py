"""What the build does for the evaluation: the `aggregate: true` field option and its checks, the manifests the
feedback action and the evaluation page get, the smallest group setting, and where the feedback action appears."""

from __future__ import annotations

import importlib.util
import json
import re
from pathlib import Path
from types import ModuleType

import pytest

from toolkit import manifest, registry as worksheet_registry, rules, worksheet_blocks
from toolkit.frontmatter import parse as parse_page
from toolkit.registry import WorksheetDef
from conftest import run_mkdocs_build
from helpers import REPO_ROOT, site_config


def parse(text: str):
    page = parse_page(text)
    return worksheet_blocks.collect_worksheet(page.body, page.body_line)


def definition(text: str, lang: str = "fi", path: str = "s.fi.md") -> WorksheetDef:
    sheet = parse(text)
    return WorksheetDef("s", "s", lang, path, "S", tuple(sheet.fields), tuple(sheet.errors))


def doc(path: str, lang: str, text: str) -> rules.Doc:
    return rules.Doc(path, "p", lang, parse_page(text), worksheet=definition(text, lang, path))


SURVEY = (
    "---\nworksheet: s\n---\n\n/// field | choice\n    id: role\n    label: Rooli\n    aggregate: true\n"
    "    options:\n      mentee: aktori\n      mentor: mentori\n///\n\n/// field | scale\n    id: overall\n"
    "    label: Kokonaisuus\n    aggregate: true\n///\n\n/// field | longtext\n    id: best\n    label: Parasta\n"
    "    aggregate: true\n///\n\n/// field | text\n    id: name\n    label: Nimi\n///\n"
)


def test_aggregate_is_read_on_choices_scales_and_texts() -> None:
    """Check that `aggregate: true` is read where it may stand, and is false where it is not written."""
    sheet = parse(SURVEY)
    assert sheet.errors == []
    assert [(decl.id, decl.aggregate) for decl in sheet.fields] == [
        ("role", True), ("overall", True), ("best", True), ("name", False)]


@pytest.mark.parametrize(
    ("block", "message"),
    [
        ("/// field | date\n    id: a\n    label: A\n    aggregate: true\n///\n",
         "unknown option 'aggregate': this block accepts hint, id, label, renamed_from"),
        ("/// field | scale\n    id: a\n    label: A\n    aggregate: always\n///\n",
         "'aggregate' must be true or false, not 'always'"),
        ("//// group\n    id: g\n    label: G\n    item: I\n\n/// field | scale\n    id: a\n    label: A\n    aggregate: true\n"
         "///\n\n////\n", "a field inside a group cannot have 'aggregate: true': only a field with one answer per person "
         "can be counted"),
    ],
)
def test_aggregate_where_it_cannot_work_is_refused(block: str, message: str) -> None:
    """Check the field option's own errors, each at the block's line."""
    errors = parse(block).errors
    assert [error.message for error in errors if "aggregate" in error.message] == [message]


def test_registry_refuses_a_role_the_evaluation_cannot_filter_by_and_a_file_of_text_alone() -> None:
    """Check the registry's check of aggregated fields: the role is a choice of mentee and mentor; something to count."""
    assert worksheet_registry.check_aggregate(definition(SURVEY)) == []
    wrong_role = SURVEY.replace("      mentor: mentori\n", "      coordinator: järjestäjä\n")
    problems = worksheet_registry.check_aggregate(definition(wrong_role))
    assert [(p.path, p.line, p.message) for p in problems] == [(
        "s.fi.md", 5, "the aggregated field 'role' is what the evaluation page filters by: make it a choice with options "
        "from mentee, mentor (it is choice with options mentee, coordinator)")]
    only_text = SURVEY.replace("/// field | choice\n    id: role\n    label: Rooli\n    aggregate: true\n",
                               "/// field | choice\n    id: role\n    label: Rooli\n").replace(
        "    label: Kokonaisuus\n    aggregate: true\n", "    label: Kokonaisuus\n")
    problems = worksheet_registry.check_aggregate(definition(only_text))
    assert [p.message for p in problems] == [
        "every field marked 'aggregate: true' here is an open answer: mark at least one choice or scale too, so the "
        "feedback file has something to count"]


def test_aggregate_must_match_in_every_language() -> None:
    """Check that a translation that leaves `aggregate: true` out is refused by the sync guard, naming the field."""
    en = SURVEY.replace("Kokonaisuus\n    aggregate: true\n", "Overall\n")
    problems = rules.check_worksheet_fields(doc("s.fi.md", "fi", SURVEY), doc("s.en.md", "en", en))
    assert len(problems) == 1
    assert "field 2 is 'overall' (scale), but in s.fi.md:14 it is 'overall' (scale, aggregate)" in problems[0].message


def test_the_real_surveys_mark_what_the_evaluation_counts(site_dir: Path) -> None:
    """Check the final feedback and the closing evaluation: their aggregated fields in the worksheet pages' manifests,
    the evaluation page's manifest of those fields alone with every label, and the action only on those pages."""
    def embedded(path: str) -> dict:
        html = (site_dir / path / "index.html").read_text(encoding="utf-8")
        return json.loads(html.split('<script type="application/json" id="ws-manifest">', 1)[1].split("</script>", 1)[0])

    # A worksheet's dialog, its strings and its aggregated fields wait beside the page; its manifest is unchanged.
    script = (site_dir / "worksheets" / "feedback" / "index.feedback.js").read_text(encoding="utf-8")
    page = json.loads(script.removeprefix("window.wsFeedbackPage = ").rstrip().removesuffix(";"))
    assert page["worksheet"] == "feedback" and page["fields"] == [
        "role", "completed", "meetings-total", "themes", "overall", "goals-reached", "pair-fit", "own-benefit",
        "coordinator-support", "materials", "recommend", "situation-now", "best", "improve"]
    assert 'data-ws-action="export-feedback-confirm"' in page["html"] and "feedback_made" in page["strings"]
    assert not any(entry.get("aggregate") for entry in embedded("worksheets/feedback")["worksheets"]["feedback"]["fields"].values())
    english = (site_dir / "en" / "worksheets" / "closing" / "index.feedback.js").read_text(encoding="utf-8")
    assert "Feedback to the coordinator" in english and '"fields": ["goals-reached", "stay-in-touch", "feedback-coordinator", "satisfaction"]' in english
    evaluation = embedded("en/kit/evaluation")["worksheets"]
    assert set(evaluation) == {"feedback", "closing"}
    assert list(evaluation["closing"]["fields"]) == ["goals-reached", "stay-in-touch", "feedback-coordinator", "satisfaction"]
    assert evaluation["feedback"]["fields"]["recommend"]["option_labels"] == {"would": "yes", "maybe": "maybe", "would-not": "no"}
    for path, has_action in (("worksheets/feedback", True), ("worksheets/closing", True), ("en/worksheets/closing", True),
                             ("worksheets/goals", False), ("worksheets/my-answers", False)):
        html = (site_dir / path / "index.html").read_text(encoding="utf-8")
        assert ('data-ws-action="export-feedback"' in html) is has_action, path
        assert ("feedback-button.bundle.js" in html) is has_action, path
        assert ('data-ws-feedback-src="index.feedback.js"' in html) is has_action, path
        assert "data-ws-feedback-dialog" not in html, path  # the dialog comes only when the button is pressed
    evaluation_html = (site_dir / "kit" / "evaluation" / "index.html").read_text(encoding="utf-8")
    assert 'data-ws-threshold="5"' in evaluation_html
    assert re.search(r'<input type="file" id="ws-eval-files" multiple[^>]*data-ws-evaluation-files', evaluation_html)
    assert "evaluation.bundle.js" in evaluation_html and "worksheet.bundle.js" not in evaluation_html
    # The coordinators' page and the kit link the evaluation page.
    for page in ("roles/coordinator", "kit", "en/roles/coordinator", "en/kit"):
        assert "kit/evaluation/" in (site_dir / page / "index.html").read_text(encoding="utf-8") \
            or 'href="evaluation/"' in (site_dir / page / "index.html").read_text(encoding="utf-8"), page


def test_manifest_for_the_evaluation_keeps_only_aggregated_fields() -> None:
    """Check `aggregate_only` and `aggregate_scope` on a registry of one survey."""
    reg = worksheet_registry.Registry(("fi",))
    reg.pages[("s", "fi")] = definition(SURVEY)
    assert manifest.aggregate_scope(reg) == {"s"}
    data = manifest.build_manifest(reg, "fi", manifest.aggregate_scope(reg), "full", aggregate_only=True)
    assert list(data["worksheets"]["s"]["fields"]) == ["role", "overall", "best"]
    assert data["worksheets"]["s"]["fields"]["overall"] == {"type": "scale", "label": "Kokonaisuus", "options": ["1", "2", "3", "4", "5"], "aggregate": True}


def branding() -> ModuleType:
    """hooks/branding.py, loaded as MkDocs loads a hook (hooks are not a package)."""
    spec = importlib.util.spec_from_file_location("branding_hook", REPO_ROOT / "hooks" / "branding.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_smallest_group_defaults_to_five_and_can_be_raised() -> None:
    """Check `extra.organisation.evaluation_min_answers`: 5 when not set, a coordinator's own number otherwise."""
    hook = branding()
    assert hook.resolve({}, "fi")["evaluation_min_answers"] == 5
    assert hook.resolve({"evaluation_min_answers": 8}, "en")["evaluation_min_answers"] == 8


@pytest.mark.parametrize("value", ["2", "five", "true", "4.5"])
def test_a_smallest_group_that_could_identify_people_stops_the_build(tmp_path: Path, value: str) -> None:
    """Check that a threshold below 3 or not a whole number stops the build, naming the setting and the value."""
    result = run_mkdocs_build(site_config(tmp_path, organisation=f"    evaluation_min_answers: {value}\n"), tmp_path / "site")
    assert result.returncode != 0
    assert "extra.organisation.evaluation_min_answers" in result.stderr
    assert "must be a whole number of at least 3: a figure from fewer answers could tell who answered" in result.stderr
