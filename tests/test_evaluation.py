"""The coordinator's evaluation in Chromium: anonymous feedback files made through the product by several people
(browser contexts, Finnish and English), read on the evaluation page with damaged, duplicate and foreign files;
counts, medians, means, suppression, filters, the CSV, the charts' descriptions, keeping, axe, file:// and the
iframe — and no request leaving 127.0.0.1."""

from __future__ import annotations

import csv
import io
import json
import re
import shutil
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from answers_helpers import ANSWERS_FORMAT, NAMESPACE, open_sheet
from conftest import ROOT, RequestLog, run_mkdocs_build, serve
from test_accessibility import axe_violations

pytestmark = pytest.mark.browser

FEEDBACK_FORMAT = "tyouramentorointi-feedback"
ROUND = "Kevät 2027"


@dataclass(frozen=True)
class Person:
    """One participant filling the final feedback survey on their own device, in their own language."""

    lang: str
    role: str
    overall: str
    recommend: str
    themes: tuple[str, ...] = ()
    best: str = ""
    allow_open: bool = False
    round: str = ""


#: Six people, known answers. overall: 5, 4, 4, 3, 2, 3 -> median 3.5, mean 3.50; three mentees and three mentors
#: (fewer than 5 each, so a role filter suppresses everything); the last mentor answers exactly as the first one
#: (two people, the same answers: both count).
PEOPLE = (
    Person("fi", "mentee", "5", "would", ("networking", "skills"), "Tapaamiset olivat parasta.", True, ROUND),
    Person("fi", "mentee", "4", "would", ("skills",), "Tämä ei saa näkyä.", False, ROUND),
    Person("en", "mentee", "4", "maybe", round="kevät  2027"),
    Person("en", "mentor", "3", "would"),
    Person("fi", "mentor", "2", "would-not"),
    Person("en", "mentor", "3", "would"),
)


@dataclass
class Files:
    """Feedback files made through the product, plus bad ones, in one folder."""

    folder: Path
    feedback: list[Path] = field(default_factory=list)
    closing: Path | None = None

    def good(self) -> list[Path]:
        return [*self.feedback, *([self.closing] if self.closing else [])]


def device(browser: Any, server: str, lang: str) -> tuple[Any, Any, RequestLog]:
    """A new browser context (another person's device) whose tab logs its requests and errors."""
    ctx = browser.new_context(accept_downloads=True, locale="fi-FI" if lang == "fi" else "en-GB")
    tab = ctx.new_page()
    log = RequestLog(server)
    tab.on("request", lambda request: log.urls.append(request.url))
    tab.on("pageerror", lambda error: log.console_errors.append(str(error)))
    return ctx, tab, log


def open_feedback_dialog(tab: Any) -> None:
    tab.locator("[data-ws-action=export-feedback]").click()
    tab.wait_for_selector("dialog[data-ws-feedback-dialog][open]")


def save_feedback(tab: Any, folder: Path) -> Path:
    """Confirm the dialog and keep the downloaded file in `folder` under the name the page gave it."""
    with tab.expect_download() as info:
        tab.locator("[data-ws-action=export-feedback-confirm]").click()
    download = info.value
    target = folder / download.suggested_filename
    download.save_as(target)
    return target


def fill_survey(tab: Any, server: str, person: Person) -> None:
    open_sheet(tab, server, "feedback", person.lang)
    tab.locator(f"[data-ws-field=role] input[value={person.role}]").check()
    tab.locator(f"[data-ws-field=overall] input[value='{person.overall}']").check()
    tab.locator(f"[data-ws-field=recommend] input[value={person.recommend}]").check()
    for theme in person.themes:
        tab.locator(f"[data-ws-field=themes] input[value={theme}]").check()
    if person.best:
        tab.locator("[data-ws-field=best] textarea").fill(person.best)


@pytest.fixture(scope="module")
def files(browser: Any, server: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Files]:
    """Every person's feedback file, made in their own context; a closing evaluation's file; bad files beside them."""
    folder = tmp_path_factory.mktemp("feedback-files")
    made = Files(folder)
    for person in PEOPLE:
        ctx, tab, log = device(browser, server, person.lang)
        fill_survey(tab, server, person)
        open_feedback_dialog(tab)
        tab.locator("[data-ws-feedback-round]").fill(person.round)
        if person.allow_open:
            tab.locator("[data-ws-feedback-open]").check()
        made.feedback.append(save_feedback(tab, folder))
        assert log.foreign() == [] and log.console_errors == []
        ctx.close()
    # The closing evaluation does not ask the role: its dialog does.
    ctx, tab, log = device(browser, server, "fi")
    open_sheet(tab, server, "closing")
    tab.locator("[data-ws-field=satisfaction] input[value='4']").check()
    tab.locator("[data-ws-field=feedback-partner] textarea").fill("Kiitos, Maija!")
    open_feedback_dialog(tab)
    tab.locator("[data-ws-feedback-role] input[value=mentor]").check()
    made.closing = save_feedback(tab, folder)
    assert log.foreign() == [] and log.console_errors == []
    ctx.close()
    yield made


def bad_files(files: Files, tmp_path: Path) -> dict[str, Path]:
    """A damaged file, a copy of a file already there, a foreign JSON file and an ordinary answers file."""
    bad = {
        "cut.json": tmp_path / "cut.json",
        "copy.json": tmp_path / "copy.json",
        "photo.json": tmp_path / "photo.json",
        "answers.json": tmp_path / "answers.json",
    }
    bad["cut.json"].write_text(files.feedback[0].read_text(encoding="utf-8")[:60], encoding="utf-8")
    shutil.copy(files.feedback[1], bad["copy.json"])
    bad["photo.json"].write_text(json.dumps({"camera": "x"}), encoding="utf-8")
    bad["answers.json"].write_text(json.dumps({"format": ANSWERS_FORMAT, "version": 1, "worksheets": {}}), encoding="utf-8")
    return bad


def open_evaluation(tab: Any, base: str, lang: str = "fi") -> None:
    tab.goto(base + ("en/" if lang == "en" else "") + "kit/evaluation/")
    tab.wait_for_selector("[data-ws-evaluation] [data-ws-toolbar]:not([hidden])")


def load_files(tab: Any, paths: list[Path]) -> None:
    """Choose the files on the evaluation page and wait until they are read and summarised."""
    before = int(tab.locator("[data-ws-evaluation]").get_attribute("data-ws-eval-files-read") or 0)
    tab.locator("input[type=file][multiple][data-ws-evaluation-files]").set_input_files([str(p) for p in paths])
    tab.wait_for_function(
        "(before) => { const root = document.querySelector('[data-ws-evaluation]');"
        " return root.getAttribute('data-ws-eval-state') === 'ready' && root.querySelector('[data-ws-status], [data-ws-alert]')"
        " && !/\\d+ \\/ \\d+|of \\d+/.test(root.querySelector('[data-ws-status]').textContent)"
        " && Number(root.getAttribute('data-ws-eval-files-read') || 0) >= before; }", arg=before)


def stored_keys(tab: Any) -> list[str]:
    """The toolkit's own localStorage keys (Material keeps its colour scheme choice there too)."""
    return tab.evaluate(f"Object.keys(localStorage).filter((key) => key.startsWith('{NAMESPACE}:'))")


def question(tab: Any, worksheet: str, field_id: str) -> dict[str, str | None]:
    """A question's summary as its data attributes say."""
    box = tab.locator(f"[data-ws-eval-worksheet={worksheet}][data-ws-eval-question={field_id}]")
    return {name: box.get_attribute(name) for name in ("data-n", "data-median", "data-mean")}


# ---------------------------------------------------------------------------------------------------------------------
# The feedback file
# ---------------------------------------------------------------------------------------------------------------------


def test_the_file_holds_only_the_counted_answers_with_a_random_id(files: Files) -> None:
    """Check each file made through the product: format, random id, month, role, round, no open answer without
    consent, nothing from fields that are not aggregated, no name."""
    ids = set()
    for person, path in zip(PEOPLE, files.feedback):
        data = json.loads(path.read_text(encoding="utf-8"))
        assert data["format"] == FEEDBACK_FORMAT and data["version"] == 1
        assert re.fullmatch(r"[0-9a-f]{32}", data["id"]) and data["id"][:8] in path.name
        ids.add(data["id"])
        assert re.fullmatch(r"\d{4}-\d{2}", data["month"])
        assert data["role"] == person.role and data["worksheet"] == "feedback"
        expected = {"role": person.role, "overall": person.overall, "recommend": person.recommend}
        if person.themes:
            expected["themes"] = list(person.themes)
        if person.allow_open:
            expected["best"] = person.best
        assert data["answers"] == expected
        assert data["open"] is person.allow_open
        assert data.get("round", "") == " ".join(person.round.split())
    assert len(ids) == len(PEOPLE)  # two people with identical answers still have two files
    closing = json.loads(files.closing.read_text(encoding="utf-8"))  # type: ignore[union-attr]
    assert closing["role"] == "mentor" and closing["answers"] == {"satisfaction": "4"}
    assert "Maija" not in files.closing.read_text(encoding="utf-8")  # type: ignore[union-attr]


def test_the_dialog_shows_what_the_file_holds_before_it_is_made(page, server: str, requests_seen) -> None:
    """Check that the preview lists the answers in the page's words, leaves the open answer out until the person
    allows it, and refuses a file with nothing to count."""
    open_sheet(page, server, "feedback")
    page.locator("[data-ws-field=best] textarea").fill("Hyvät keskustelut")
    open_feedback_dialog(page)
    page.locator("[data-ws-action=export-feedback-confirm]").click()
    assert "Et ole vielä vastannut" in page.locator("[data-ws-feedback-alert]").inner_text()
    page.locator("[data-ws-action=feedback-close]").click()
    page.locator("[data-ws-field=overall] input[value='4']").check()
    open_feedback_dialog(page)
    preview = page.locator("[data-ws-feedback-preview]")
    assert "Olen tyytyväinen mentorointiin kokonaisuutena." in preview.inner_text() and "Hyvät keskustelut" not in preview.inner_text()
    assert "jätetään pois" in preview.inner_text()
    page.locator("[data-ws-feedback-open]").check()
    assert "Hyvät keskustelut" in preview.inner_text()
    # The survey asks the role itself, so the dialog does not.
    assert not page.locator("[data-ws-feedback-role]").is_visible()
    assert axe_violations(page) == []
    # The dialog's own inputs are not answers: nothing about them is saved with the worksheet.
    page.locator("[data-ws-feedback-round]").fill("Kevät 2027")
    stored = page.evaluate(f"localStorage.getItem('{NAMESPACE}:worksheet:feedback') || ''")
    assert "Kevät" not in stored
    page.keyboard.press("Escape")
    assert page.evaluate("document.activeElement.getAttribute('data-ws-action')") == "export-feedback"
    assert requests_seen.foreign() == [] and requests_seen.console_errors == []


# ---------------------------------------------------------------------------------------------------------------------
# The evaluation page
# ---------------------------------------------------------------------------------------------------------------------


def test_counts_medians_means_and_suppression_with_bad_files_named_and_skipped(page, server: str, files: Files,
                                                                               tmp_path: Path, requests_seen) -> None:
    """Check the figures of the generated files; each bad file is named with its reason and changes nothing else."""
    bad = bad_files(files, tmp_path)
    open_evaluation(page, server)
    load_files(page, [*files.good(), *bad.values()])
    text = page.locator("[data-ws-evaluation]").inner_text()
    assert "Mitään ei lähetetä minnekään" in text  # the page says that nothing leaves it
    for name in bad:
        assert name in text, name
    skipped = page.locator("[data-ws-eval-skipped] li").all_inner_texts()
    assert len(skipped) == 4
    assert any("copy.json" in line and files.feedback[1].name in line for line in skipped)
    assert any("answers.json" in line and "vastaustiedosto" in line for line in skipped)
    assert question(page, "feedback", "overall") == {"data-n": "6", "data-median": "3.5", "data-mean": "3.50"}
    assert question(page, "feedback", "recommend")["data-n"] == "6"
    assert question(page, "feedback", "role")["data-n"] == "6"
    # Two people ticked themes and one allowed an open answer: fewer than 5, so no figure.
    assert question(page, "feedback", "themes")["data-n"] == "suppressed"
    assert question(page, "feedback", "best")["data-n"] == "suppressed"
    assert "Tapaamiset olivat parasta" not in text and "Tämä ei saa näkyä" not in text
    # Scales that nobody answered are suppressed too: both figures empty.
    assert question(page, "feedback", "pair-fit") == {"data-n": "suppressed", "data-median": "", "data-mean": ""}
    assert question(page, "closing", "satisfaction") == {"data-n": "suppressed", "data-median": "", "data-mean": ""}
    recommend = page.locator("[data-ws-eval-question=recommend] table tbody tr").all_inner_texts()
    assert [row.split("\t")[:2] for row in recommend] == [["kyllä", "4"], ["ehkä", "1"], ["en", "1"]]
    # Nothing is kept unless asked.
    assert stored_keys(page) == []
    # The role filter leaves three of each: every figure is suppressed.
    page.locator("[data-ws-eval-role]").select_option("mentor")
    assert question(page, "feedback", "overall") == {"data-n": "suppressed", "data-median": "", "data-mean": ""}
    page.locator("[data-ws-eval-role]").select_option("")
    # Rounds compare without case or extra spaces: three files name "Kevät 2027".
    options = page.locator("[data-ws-eval-round] option").all_inner_texts()
    assert options == ["Kaikki kierrokset", "Ei kierrosta", ROUND]
    page.locator("[data-ws-eval-round]").select_option(label=ROUND)
    assert question(page, "feedback", "overall")["data-n"] == "suppressed"
    assert requests_seen.foreign() == [] and requests_seen.console_errors == []


def test_csv_rows_match_the_figures_shown(page, server: str, files: Files, requests_seen) -> None:
    """Check the CSV: UTF-8 with a BOM, `;` and decimal commas for Finnish Excel, one row per question with its count."""
    open_evaluation(page, server)
    load_files(page, files.good())
    assert page.locator("[data-ws-eval-semicolon]").is_checked()
    with page.expect_download() as info:
        page.locator("[data-ws-action=evaluation-csv]").click()
    raw = Path(info.value.path()).read_bytes()
    assert raw.startswith("\ufeff".encode())
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig")), delimiter=";"))
    questions = page.locator("[data-ws-eval-question]")
    assert len(rows) == 1 + questions.count() == 1 + 14 + 4
    assert rows[0][:4] == ["Työkalu", "Tunnus", "Kysymys", "Vastauksia"]
    by_id = {(row[0], row[1]): row for row in rows[1:]}
    for index in range(questions.count()):
        box = questions.nth(index)
        title = box.locator("xpath=ancestor::section[@data-ws-eval-sheet]/h3").inner_text()
        row = by_id[(title, box.get_attribute("data-ws-eval-question"))]
        n = box.get_attribute("data-n")
        assert row[3] == ("alle 5" if n == "suppressed" else n)
        if box.get_attribute("data-mean"):
            assert row[4] == box.get_attribute("data-median").replace(".", ",")
            assert row[5] == box.get_attribute("data-mean").replace(".", ",")
    assert by_id[("Loppupalaute", "overall")][3:6] == ["6", "3,5", "3,50"]
    assert by_id[("Loppupalaute", "recommend")][6] == "kyllä: 4 | ehkä: 1 | en: 1"
    # Without the Finnish Excel choice: commas and decimal points.
    page.locator("[data-ws-eval-semicolon]").uncheck()
    with page.expect_download() as info:
        page.locator("[data-ws-action=evaluation-csv]").click()
    plain = list(csv.reader(io.StringIO(Path(info.value.path()).read_text(encoding="utf-8-sig"))))
    assert [row for row in plain if row[1] == "overall" and row[0] == "Loppupalaute"][0][3:6] == ["6", "3.5", "3.50"]
    assert requests_seen.foreign() == []


@pytest.mark.parametrize(("lang", "expected"), [
    ("fi", ("Olen tyytyväinen mentorointiin kokonaisuutena.",
            "6 vastausta. 1 – En lainkaan: 0, 2: 1, 3: 2, 4: 2, 5 – Erittäin tyytyväinen: 1. Mediaani 3,5, keskiarvo 3,50.",
            "Alle 5 vastausta: lukuja ei näytetä, jotta ketään ei voi tunnistaa.")),
    ("en", ("I am satisfied with the mentoring as a whole.",
            "6 answers. 1 – Not at all: 0, 2: 1, 3: 2, 4: 2, 5 – Very satisfied: 1. Median 3.5, mean 3.50.",
            "Fewer than 5 answers: no figures are shown, so that no one can be identified.")),
])
def test_charts_are_described_in_the_page_language_and_files_of_both_languages_count_together(
        browser, server: str, files: Files, lang: str, expected: tuple[str, str, str]) -> None:
    """Check the bar chart's accessible name and description in each language, from Finnish and English files."""
    ctx, tab, log = device(browser, server, lang)
    open_evaluation(tab, server, lang)
    load_files(tab, files.good())
    chart = tab.locator("[data-ws-eval-worksheet=feedback][data-ws-eval-question=overall] svg[role=img]")
    labelled = chart.get_attribute("aria-labelledby").split()
    texts = [tab.locator(f"#{ident}").text_content() for ident in labelled]
    assert texts == list(expected[:2])
    assert tab.locator("[data-ws-eval-worksheet=feedback][data-ws-eval-question=overall] table tbody tr").count() == 5
    # A suppressed question says so in words and draws no chart and no table.
    themes = tab.locator("[data-ws-eval-worksheet=feedback][data-ws-eval-question=themes]")
    assert expected[2] in themes.inner_text()
    assert themes.locator("svg, table").count() == 0
    recommend = tab.locator("[data-ws-eval-worksheet=feedback][data-ws-eval-question=recommend] desc").text_content()
    assert recommend == ("6 vastausta. kyllä: 4, ehkä: 1, en: 1." if lang == "fi" else '6 answers. yes: 4, maybe: 1, no: 1.')
    assert log.foreign() == [] and log.console_errors == []
    ctx.close()


def test_open_answers_are_shown_only_with_consent_and_enough_answers(browser, server: str, tmp_path: Path) -> None:
    """Check that five people who allow their open answers are shown, and one who did not is never shown."""
    ctx, tab, log = device(browser, server, "fi")
    open_sheet(tab, server, "feedback")
    made = []
    for number in range(6):
        tab.evaluate("localStorage.clear()")
        tab.reload()
        tab.wait_for_selector("[data-ws-toolbar]:not([hidden])")
        tab.locator("[data-ws-field=overall] input[value='3']").check()
        tab.locator("[data-ws-field=improve] textarea").fill(f"Parannus {number}")
        open_feedback_dialog(tab)
        if number < 5:
            tab.locator("[data-ws-feedback-open]").check()
        made.append(save_feedback(tab, tmp_path))
    open_evaluation(tab, server)
    load_files(tab, made)
    box = tab.locator("[data-ws-eval-worksheet=feedback][data-ws-eval-question=improve]")
    assert box.get_attribute("data-n") == "5"
    box.locator("summary").click()
    assert box.locator("li").all_inner_texts() == [f"Parannus {n}" for n in range(5)]
    assert log.foreign() == [] and log.console_errors == []
    ctx.close()


def test_summary_is_kept_only_on_request_and_removed_on_request(page, server: str, files: Files, requests_seen) -> None:
    """Check keep, reload (the summary is back), remove (gone after reload)."""
    open_evaluation(page, server)
    load_files(page, files.good())
    assert stored_keys(page) == []
    page.locator("[data-ws-action=evaluation-keep]").click()
    assert stored_keys(page) == [f"{NAMESPACE}:evaluation"]
    page.reload()
    page.wait_for_selector("[data-ws-eval-question]")
    assert question(page, "feedback", "overall")["data-mean"] == "3.50"
    # A file already in the kept summary is a duplicate of it; file names were not kept.
    load_files(page, files.feedback[:1])
    assert page.locator("[data-ws-eval-skipped] li").all_inner_texts() == [
        f"{files.feedback[0].name}: sama palaute on jo luettu (säilytetty yhteenveto), joten sitä ei laskettu kahdesti."]
    page.locator("[data-ws-action=evaluation-forget]").click()
    assert stored_keys(page) == []
    page.reload()
    page.wait_for_selector("[data-ws-evaluation] [data-ws-toolbar]:not([hidden])")
    assert page.locator("[data-ws-eval-question]").count() == 0
    assert requests_seen.foreign() == []


def test_the_printed_report_holds_the_report_and_not_the_controls(page, server: str, files: Files) -> None:
    """Check print media: the report's head, period and charts show; the file choice and the guidance do not."""
    open_evaluation(page, server)
    load_files(page, files.good())
    page.locator("[data-ws-eval-period]").fill("Syksy 2026 – kevät 2027")
    page.emulate_media(media="print")
    assert page.locator("[data-ws-eval-period-shown]").inner_text() == "Syksy 2026 – kevät 2027"
    assert page.locator("#ws-eval-report-title").is_visible()
    assert page.locator("[data-ws-eval-question=overall] svg").first.is_visible()
    assert not page.locator("[data-ws-evaluation-files]").is_visible()
    assert not page.locator(".ws-eval-guide").is_visible()
    pdf = page.pdf(format="A4")
    assert pdf.startswith(b"%PDF")


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_evaluation_page_has_no_axe_violations(browser, server: str, files: Files, tmp_path: Path, scheme: str) -> None:
    """Check axe with the report drawn, a skipped file listed and the open answers unfolded."""
    ctx = browser.new_context(color_scheme=scheme)
    tab = ctx.new_page()
    open_evaluation(tab, server)
    load_files(tab, [*files.good(), *bad_files(files, tmp_path).values()])
    assert axe_violations(tab) == []
    ctx.close()


def test_works_inside_the_embed_iframe(page, server: str, files: Files, tmp_path: Path, requests_seen) -> None:
    """Check the evaluation page inside an intranet page's ?embed=1 iframe."""
    host = (ROOT / "examples" / "embed-host.html").read_text(encoding="utf-8")
    (tmp_path / "host.html").write_text(host.replace("https://intranet.example/hr/mentoring/", server + "en/kit/evaluation/"))
    with serve(tmp_path) as intranet:
        page.goto(intranet + "host.html")
        frame = page.frame_locator("#mentoring-toolkit")
        frame.locator("[data-ws-evaluation] [data-ws-toolbar]:not([hidden])").wait_for()
        frame.locator("[data-ws-evaluation-files]").set_input_files([str(p) for p in files.good()])
        frame.locator("[data-ws-eval-worksheet=feedback][data-ws-eval-question=overall][data-n='6']").wait_for()
        assert frame.locator("[data-ws-eval-worksheet=feedback][data-ws-eval-question=overall]").get_attribute("data-mean") == "3.50"
    assert [url for url in requests_seen.foreign() if not url.startswith(intranet)] == []


def test_files_dropped_on_the_drop_zone_are_read(page, server: str, files: Files, requests_seen) -> None:
    """Check that dropping files (as a file manager does) reads them like choosing them does."""
    open_evaluation(page, server)
    contents = [path.read_text(encoding="utf-8") for path in files.feedback] + ["{"]
    page.evaluate(
        """(contents) => {
          const transfer = new DataTransfer();
          contents.forEach((text, index) => transfer.items.add(new File([text], `dropped-${index}.json`, {type: "application/json"})));
          const zone = document.querySelector('[data-ws-eval-drop]');
          zone.dispatchEvent(new DragEvent('dragover', {dataTransfer: transfer, bubbles: true, cancelable: true}));
          zone.dispatchEvent(new DragEvent('drop', {dataTransfer: transfer, bubbles: true, cancelable: true}));
        }""", contents)
    page.locator("[data-ws-eval-worksheet=feedback][data-ws-eval-question=overall][data-n='6']").wait_for()
    assert page.locator("[data-ws-eval-skipped] li").all_inner_texts() == [
        f"dropped-{len(files.feedback)}.json: tiedosto on vioittunut tai keskeneräinen, eikä sitä voi lukea."]
    assert requests_seen.foreign() == []


def test_feedback_dialog_works_inside_the_embed_iframe(page, server: str, tmp_path: Path, requests_seen) -> None:
    """Check that the feedback dialog opens where the button is inside an ?embed=1 iframe and saves the file there."""
    host = (ROOT / "examples" / "embed-host.html").read_text(encoding="utf-8")
    (tmp_path / "host.html").write_text(host.replace("https://intranet.example/hr/mentoring/", server + "en/worksheets/feedback/"))
    with serve(tmp_path) as intranet:
        page.goto(intranet + "host.html")
        frame = page.frame_locator("#mentoring-toolkit")
        frame.locator("[data-ws-field=overall] input[value='2']").check()
        frame.locator("[data-ws-action=export-feedback]").click()
        frame.locator("dialog[data-ws-feedback-dialog][open]").wait_for()
        assert frame.locator("[data-ws-action=export-feedback-confirm]").is_visible()
        with page.expect_download() as info:
            frame.locator("[data-ws-action=export-feedback-confirm]").click()
        data = json.loads(Path(info.value.path()).read_text(encoding="utf-8"))
        assert data["answers"] == {"overall": "2"} and data["format"] == FEEDBACK_FORMAT
    assert [url for url in requests_seen.foreign() if not url.startswith(intranet)] == []


@pytest.fixture(scope="module")
def offline_root(tmp_path_factory: pytest.TempPathFactory) -> str:
    """`make offline` into a temporary folder, as a file:// address."""
    out = tmp_path_factory.mktemp("evaluation-offline") / "site-offline"
    result = run_mkdocs_build(ROOT / "mkdocs.yml", out, env={"OFFLINE": "true"})
    assert result.returncode == 0, result.stderr[-3000:]
    return out.as_uri() + "/"


def test_works_from_a_file_share(browser, offline_root: str, files: Files) -> None:
    """Check the feedback dialog and the evaluation page from file:// (`make offline`), with no request anywhere."""
    ctx, tab, log = device(browser, "file://", "fi")
    tab.goto(offline_root + "worksheets/feedback.html")
    tab.wait_for_selector("[data-ws-toolbar]:not([hidden])")
    tab.locator("[data-ws-field=overall] input[value='5']").check()
    open_feedback_dialog(tab)
    made = save_feedback(tab, files.folder.parent)
    tab.goto(offline_root + "kit/evaluation.html")
    tab.wait_for_selector("[data-ws-evaluation] [data-ws-toolbar]:not([hidden])")
    load_files(tab, [*files.good(), made])
    assert question(tab, "feedback", "overall") == {"data-n": "7", "data-median": "4", "data-mean": "3.71"}
    assert [url for url in log.urls if not url.startswith("file://")] == [] and log.console_errors == []
    ctx.close()
