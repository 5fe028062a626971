"""The worksheet field syntax: parsing, and the accessible form controls each field type renders to."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from playwright.sync_api import expect

from toolkit import manifest, rules, session, worksheet_blocks, worksheet_fields
from toolkit.frontmatter import parse as parse_page
from toolkit.mkdocs_site import load_settings
from toolkit.registry import Registry, WorksheetDef
from conftest import run_mkdocs_build, serve
from helpers import FIXTURES, REPO_ROOT, nav_worksheets, sync_tree

ALL_FIELDS = FIXTURES / "fields"


def parse(text: str) -> worksheet_fields.Worksheet:
    """The declarations of a page (front matter included), found by pymdownx.blocks as in the build."""
    page = parse_page(text)
    return worksheet_blocks.collect_worksheet(page.body, page.body_line)


def doc(path: str, lang: str, text: str) -> rules.Doc:
    """A page as the guard sees it, with its declarations from the registry's collector."""
    page = parse_page(text)
    sheet = parse(text)
    definition = WorksheetDef("s", "p", lang, path, "", tuple(sheet.fields), tuple(sheet.errors))
    return rules.Doc(path, "p", lang, page, worksheet=definition)


def test_every_field_type_parses_with_its_options() -> None:
    """Check that the fixture page declares each type once, in order, with options and the group's child."""
    sheet = parse((ALL_FIELDS / "all-fields.fi.md").read_text())
    assert sheet.errors == []
    assert [(d.kind, d.type, d.id) for d in sheet.fields] == [
        ("field", "text", "name"),
        ("field", "longtext", "story"),
        ("field", "date", "start"),
        ("field", "choice", "mode"),
        ("field", "multichoice", "channels"),
        ("field", "scale", "confidence"),
        ("group", "group", "contacts"),
        ("field", "signature", "signed"),
    ]
    assert sheet.fields[3].option_values == ("in-person", "video")
    assert [(c.id, c.group) for c in sheet.fields[6].children] == [("person", "contacts")]
    assert sheet.fields[0].line == 9  # the header line in the file, front matter included


def test_fields_inside_code_blocks_are_ignored() -> None:
    """Check that a syntax example in a fenced code block is not a field."""
    text = "```\n/// field | text\n    id: example\n    label: Example\n///\n```\n"
    assert parse(text).fields == []


@pytest.mark.parametrize(
    ("block", "message"),
    [
        ("/// field | number\n    id: a\n    label: A\n///\n", "unknown field type 'number'"),
        ("/// field | text\n    label: A\n///\n", "missing 'id:' option"),
        ("/// field | text\n    id: a\n///\n", "missing 'label:' option"),
        ("/// field | text\n    id: Name_1\n    label: A\n///\n", "field id 'Name_1' must be lowercase kebab-case"),
        ("/// field | choice\n    id: a\n    label: A\n///\n", "a choice field needs 'options:'"),
        ("/// field | choice\n    id: a\n    label: A\n    options:\n      achieved: yes\n      not-achieved: no\n///\n",
         "the label of option 'achieved' is read as True, not as text: put it in quotes, e.g. achieved: \"yes\""),
        ("/// field | longtext\n    id: a\n    label: A\n    rows: 40\n///\n", "'rows' must be a whole number from 2 to 12"),
        ("/// field | text\n    id: a\n    label: [broken\n///\n", "the options of this block are not valid YAML"),
        ("/// field | text\n    id: a\n    label: A\n///\n\n/// field | date\n    id: a\n    label: B\n///\n",
         "field id 'a' is already used on line 1"),
        ("/// group\n    id: g\n    label: G\n    item: I\n///\n", "a group needs four slashes"),
        ("//// group\n    id: g\n    label: G\n    item: I\n    print_rows: 0\n\n/// field | text\n    id: a\n    label: A\n///\n\n////\n",
         "'print_rows' must be a whole number from 1 to 20, not 0"),
        ("//// group\n    id: g\n    label: G\n    item: I\n    print_rows: 2.5\n\n/// field | text\n    id: a\n    label: A\n///\n\n////\n",
         "'print_rows' must be a whole number from 1 to 20, not 2.5"),
        ("//// group\n    id: g\n    label: G\n    item: I\n    print_rows: many\n\n/// field | text\n    id: a\n    label: A\n///\n\n////\n",
         "'print_rows' must be a whole number from 1 to 20, not 'many'"),
        ("//// group\n    id: g\n    label: G\n    item: I\n\n/// field | text\n    id: a\n    label: A\n///\n",
         "this group is never closed"),
        ("/// field | text\n    id: a\n    label: A\n    renamed_from: Old_A\n///\n",
         "'renamed_from' must be an earlier id or a list of them, in kebab-case, not 'Old_A'"),
        ("/// field | text\n    id: a\n    label: A\n///\n\n/// field | text\n    id: b\n    label: B\n    renamed_from: a\n///\n",
         "'renamed_from: a' is the id of a current field (line 1): an earlier id cannot be reused"),
        ("/// field | text\n    id: a\n    label: A\n    renamed_from: old\n///\n\n/// field | text\n    id: b\n"
         "    label: B\n    renamed_from: [old]\n///\n", "'renamed_from: old' is already claimed on line 1"),
        ("/// field | choice\n    id: a\n    label: A\n    options:\n      x: X\n    renamed_options:\n      y: z\n///\n",
         "'renamed_options' maps 'y' to 'z', which is not an option (x)"),
        ("/// field | choice\n    id: a\n    label: A\n    options:\n      x: X\n      y: Y\n    renamed_options:\n      y: x\n///\n",
         "earlier option value 'y' is still an option: remove it from 'renamed_options'"),
    ],
)
def test_declaration_errors_name_the_problem(block: str, message: str) -> None:
    """Check that each malformed declaration yields a message that says what to fix, at its line."""
    errors = parse(block).errors
    assert any(message in error.message for error in errors), errors
    assert all(error.line >= 1 for error in errors)


def test_renames_are_read_and_must_match_in_every_language() -> None:
    """Check that renamed_from and renamed_options are parsed and that a translation without them is refused."""
    fi_text = (
        "---\nworksheet: s\n---\n\n/// field | choice\n    id: rhythm\n    label: Rytmi\n    renamed_from: [pace, tempo]\n"
        "    options:\n      biweekly: Joka toinen viikko\n    renamed_options:\n      weekly: biweekly\n///\n"
    )
    decl = parse(fi_text).fields[0]
    assert decl.renamed_from == ("pace", "tempo")
    assert decl.renamed_options == {"weekly": "biweekly"}
    en_text = fi_text.replace("Rytmi", "Rhythm").replace("    renamed_options:\n      weekly: biweekly\n", "")
    fi = doc("fi.md", "fi", fi_text)
    en = doc("en.md", "en", en_text)
    problems = rules.check_worksheet_fields(fi, en)
    assert [p.line for p in problems] == [5]
    assert "same ids, types, options and order" in problems[0].message


def test_print_rows_are_read_and_must_match_in_every_language() -> None:
    """Check that a group's print_rows is read (default 3) and that a translation printing other rows is refused."""
    fi_text = (
        "---\nworksheet: s\n---\n\n//// group\n    id: events\n    label: Tapahtumat\n    item: Tapahtuma\n"
        "    print_rows: 8\n\n/// field | text\n    id: year\n    label: Vuosi\n///\n\n////\n"
    )
    group = parse(fi_text).fields[0]
    assert group.print_rows == 8
    assert parse(fi_text.replace("    print_rows: 8\n", "")).fields[0].print_rows == worksheet_fields.DEFAULT_PRINT_ROWS == 3
    en_text = fi_text.replace("Tapahtumat", "Events").replace("Tapahtuma", "Event").replace("Vuosi", "Year")
    assert rules.check_worksheet_fields(doc("fi.md", "fi", fi_text), doc("en.md", "en", en_text)) == []
    problems = rules.check_worksheet_fields(
        doc("fi.md", "fi", fi_text), doc("en.md", "en", en_text.replace("print_rows: 8", "print_rows: 6"))
    )
    assert [(p.line, p.message.split(": ")[0]) for p in problems] == [
        (5, "field 1 is group 'events' (print_rows 6), but in fi.md:5 it is group 'events' (print_rows 8)")
    ]


def test_field_parity_rule_accepts_label_changes_only(tmp_path: Path) -> None:
    """Check that translated labels, hints and option texts pass while ids and types must match."""
    fi = doc("fi.md", "fi", (ALL_FIELDS / "all-fields.fi.md").read_text())
    en_text = (ALL_FIELDS / "all-fields.en.md").read_text()
    en = doc("en.md", "en", en_text)
    assert rules.check_worksheet_fields(fi, en) == []
    swapped = en_text.replace("      email: E-mail\n      phone: Phone", "      phone: Phone\n      email: E-mail")
    problems = rules.check_worksheet_fields(fi, doc("en.md", "en", swapped))
    assert [p.message.split(":")[0] for p in problems] == ["field 5 is 'channels' (multichoice with options phone, email), but in fi.md"]


# ---------------------------------------------------------------------------------------------------------------------
# Rendered controls, checked in Chromium by their accessible name and description
# ---------------------------------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def fields_page(tmp_path_factory: pytest.TempPathFactory, browser):
    """The all-fields worksheet built with the real hooks and theme, opened in Chromium."""
    tmp = tmp_path_factory.mktemp("fields")
    site = sync_tree(tmp)
    for lang in ("fi", "en"):
        shutil.copy(ALL_FIELDS / f"all-fields.{lang}.md", site / "docs")
    shutil.copytree(REPO_ROOT / "docs" / "assets", site / "docs" / "assets")  # the real stylesheets and scripts
    import i18n_tool  # scripts/ is importable through pyproject's pytest `pythonpath`

    i18n_tool.cmd_mark(site / "docs", ["fi", "en"], "all-fields", None)
    result = run_mkdocs_build(site / "mkdocs.yml", tmp / "out")
    assert result.returncode == 0, result.stderr[-3000:]
    with serve(tmp / "out") as base:
        page = browser.new_page()
        page.goto(base + "all-fields/")
        yield page
        page.close()


@pytest.mark.browser
@pytest.mark.parametrize(
    ("role", "name", "description"),
    [
        ("textbox", "Nimi", "Etu- ja sukunimi."),
        ("textbox", "Tarina", "Kerro omin sanoin."),
        ("group", "Tapa", "Valitse yksi."),
        ("group", "Kanavat", ""),
        ("group", "Varmuus", "Arvioi itse. 1 = Epävarma 5 = Varma"),
        ("group", "Yhteyshenkilöt", ""),
        ("textbox", "Henkilö", ""),
    ],
)
def test_each_control_has_its_label_and_help_text(fields_page, role: str, name: str, description: str) -> None:
    """Check the accessible name (label/legend) and description (hint via aria-describedby) of each control."""
    control = fields_page.get_by_role(role, name=name, exact=True)
    expect(control).to_have_count(1)
    expect(control).to_have_accessible_name(name)
    expect(control).to_have_accessible_description(description)


@pytest.mark.browser
def test_options_are_labelled_and_dates_are_date_inputs(fields_page) -> None:
    """Check radio/checkbox labels, the date input type, textarea rows and that signature has no input."""
    expect(fields_page.get_by_role("radio", name="Kasvokkain")).to_have_count(1)
    expect(fields_page.get_by_role("checkbox", name="Puhelin")).to_have_count(1)
    expect(fields_page.get_by_role("radio", name="5", exact=True)).to_have_count(1)
    expect(fields_page.locator("#ws-start")).to_have_accessible_name("Alkaa")
    assert fields_page.locator("#ws-start").get_attribute("type") == "date"
    assert fields_page.locator("#ws-story").get_attribute("rows") == "6"
    assert fields_page.locator("[data-ws-field=signed] input, [data-ws-field=signed] textarea").count() == 0


@pytest.mark.browser
def test_alternate_language_labels_are_rendered_for_bilingual_print(fields_page) -> None:
    """Check that the English label sits beside each Finnish one, marked lang="en", hidden until asked for."""
    alt = fields_page.locator("label[for=ws-name] .ws-alt")
    assert alt.get_attribute("lang") == "en"
    assert alt.inner_text() == "Name" or not alt.is_visible()
    assert not alt.is_visible()
    fields_page.locator("[data-ws-bilingual]").check()
    assert alt.is_visible() and alt.inner_text() == "Name"
    fields_page.locator("[data-ws-bilingual]").uncheck()


# ---------------------------------------------------------------------------------------------------------------------
# The answers manifest: its JSON is a contract with the browser scripts
# ---------------------------------------------------------------------------------------------------------------------

MANIFESTS = FIXTURES / "manifest"


@pytest.mark.parametrize("golden", sorted(path.name for path in MANIFESTS.glob("*.json")))
def test_manifest_json_stays_byte_for_byte_the_same(site_dir: Path, golden: str) -> None:
    """Check that the manifest a page embeds is exactly the pinned one (the browser scripts code against it)."""
    page = site_dir / golden.removesuffix(".json").replace("_", "/") / "index.html"
    html = page.read_text(encoding="utf-8")
    embedded = html.split('<script type="application/json" id="ws-manifest">', 1)[1].split("</script>", 1)[0]
    assert embedded + "\n" == (MANIFESTS / golden).read_text(encoding="utf-8")


# ---------------------------------------------------------------------------------------------------------------------
# The registry: every reader's one source of declarations
# ---------------------------------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def real_session() -> session.Session:
    """The real site's pages and worksheet registry, read with its own Markdown extensions."""
    settings = load_settings(REPO_ROOT / "mkdocs.yml")
    return session.open_session(settings.docs_dir, settings.languages, settings.extensions, settings.configs)


def test_registry_holds_every_worksheet_in_every_language_with_its_lines(real_session: session.Session) -> None:
    """Check that the registry has every worksheet of the navigation per language, each declaration at its header's
    line."""
    worksheets = real_session.registry.worksheets
    assert set(worksheets) == set(nav_worksheets())
    assert {"agreement", "goals", "closing", "feedback"} <= set(worksheets)
    for by_lang in worksheets.values():
        assert set(by_lang) == {"fi", "en"}
        for definition in by_lang.values():
            assert definition.errors == ()
            lines = (REPO_ROOT / definition.path).read_text(encoding="utf-8").split("\n")
            for decl in definition.flat():
                header = lines[decl.line - 1].strip()
                assert header.startswith(("/// field", "//// group", "/// recall")), (definition.path, decl.line)
                if decl.kind == "field":
                    assert header.endswith(f"| {decl.type}") and f"id: {decl.id}" in lines[decl.line]


def test_blocks_are_found_where_markdown_finds_them() -> None:
    """Check that fields inside an admonition or a tab count, and ones in code or an HTML comment do not."""
    body = (
        '!!! note "N"\n\n    /// field | text\n        id: in-note\n        label: A\n    ///\n\n'
        '=== "T"\n\n    /// field | date\n        id: in-tab\n        label: B\n    ///\n\n'
        "<!--\n/// field | text\n    id: commented\n    label: C\n///\n-->\n\n"
        "    /// field | text\n        id: indented-code\n        label: D\n    ///\n"
    )
    sheet = worksheet_blocks.collect_worksheet(body, 10)
    assert [(decl.id, decl.line) for decl in sheet.fields] == [("in-note", 12), ("in-tab", 19)]
    assert sheet.errors == []


def test_a_refused_block_is_one_message_at_its_line() -> None:
    """Check that options pymdownx.blocks cannot read give one message at the header's line, no follow-on errors."""
    body = "Intro.\n\n/// field | text\n    id: a\n    label: [broken\n///\n\n/// field | text\n    id: b\n    label: B\n///\n"
    sheet = worksheet_blocks.collect_worksheet(body, 5)
    assert [(error.line, error.message.split(" (")[0]) for error in sheet.errors] == [
        (7, "the options of this block are not valid YAML")
    ]
    assert [decl.id for decl in sheet.fields] == ["b"]


def test_each_field_type_is_one_spec_row_with_its_template_and_fixture() -> None:
    """Check that every type in the spec has its template, appears in the all-fields fixture and in the manifest."""
    fixture = {decl.type for decl in parse((ALL_FIELDS / "all-fields.fi.md").read_text()).fields}
    fixture |= {child.type for decl in parse((ALL_FIELDS / "all-fields.fi.md").read_text()).fields
                for child in decl.children}
    registry = Registry(("fi",))
    data = manifest.build_manifest(registry, "fi")
    for name, spec in worksheet_fields.FIELD_TYPE_SPEC.items():
        assert (REPO_ROOT / "overrides" / "partials" / "worksheet" / spec.template).is_file(), name
        assert name in fixture, name
        assert data["types"].get(name) == (spec.manifest() if spec.value != "none" else None)


def test_each_page_gets_only_the_manifest_detail_its_scripts_read(real_session: session.Session) -> None:
    """Check the three manifest details: worksheet pages get no texts but titles, My answers adds field labels and row
    items, the shared-with-me page adds option labels; limits come from the types table, never per field."""
    registry = real_session.registry
    answers, labels, full = (manifest.build_manifest(registry, "fi", {"agreement"}, d) for d in manifest.DETAILS)
    rhythm = [sheet["fields"]["meeting-rhythm"] for sheet in (answers["worksheets"]["agreement"],
              labels["worksheets"]["agreement"], full["worksheets"]["agreement"])]
    assert [sorted(entry) for entry in rhythm] == [
        ["options", "type"], ["label", "options", "type"], ["label", "option_labels", "options", "type"]]
    assert answers["worksheets"]["agreement"]["title"] == "Mentorointisopimus"
    assert all("maxlength" not in entry for entry in full["worksheets"]["agreement"]["fields"].values())
    assert full["types"]["text"]["maxlength"] == 500
    with pytest.raises(ValueError, match="unknown manifest detail 'all'"):
        manifest.build_manifest(registry, "fi", None, "all")


def test_the_core_imports_no_mkdocs() -> None:
    """Check that the engine's core modules import nothing from MkDocs (front matter reuses only its meta parser)."""
    allowed = {"frontmatter.py": {"from mkdocs.utils.meta import YAML_RE, get_data"}, "mkdocs_site.py": None}
    for module in sorted((REPO_ROOT / "toolkit").glob("*.py")):
        lines = {line.strip() for line in module.read_text(encoding="utf-8").splitlines()
                 if line.strip().startswith(("import mkdocs", "from mkdocs"))}
        if module.name in allowed:
            assert allowed[module.name] is None or lines == allowed[module.name], module.name
        else:
            assert lines == set(), module.name
