"""Sharing between two devices (two browser contexts): a link or a file, with or without a passphrase, read on the
"Shared with me" page in the reader's language, kept, recalled by the closing evaluation; bad input refused."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from answers_helpers import ANSWERS_FORMAT, NAMESPACE, open_sheet, storage_snapshot, wait_for_save, write_file
from conftest import ROOT, RequestLog, run_mkdocs_build, serve

pytestmark = pytest.mark.browser

PASSPHRASE = "kolme vihreää omenaa"


def device(browser, server: str, locale: str):
    """A new browser context (another device) with a tab that logs its requests."""
    ctx = browser.new_context(accept_downloads=True, locale=locale)
    tab = ctx.new_page()
    log = RequestLog(server)
    tab.on("request", lambda request: log.urls.append(request.url))
    tab.on("pageerror", lambda error: log.console_errors.append(str(error)))
    return ctx, tab, log


def fill_goals(page, server: str) -> None:
    """The mentee's goals, in Finnish, saved."""
    open_sheet(page, server, "goals")
    page.locator("[data-ws-field=wishes] textarea").fill("Haluan oppia verkostoitumaan")
    page.locator("[data-ws-row='0'] [data-ws-field=goal] input").fill("Työpaikka omalta alalta")
    page.locator("[data-ws-row='0'] [data-ws-field=deadline] input").fill("2027-06-30")
    wait_for_save(page)


def open_share_dialog(page, name: str = "Maija", passphrase: str = "") -> None:
    """Open the share dialog, type the name and the passphrase."""
    page.locator("[data-ws-action=share]").first.click()
    page.wait_for_selector("dialog[data-ws-share-dialog][open]")
    page.locator("[data-ws-share-name]").fill(name)
    page.locator("input[data-ws-share-passphrase]").fill(passphrase)


def make_link(page) -> str:
    """Make the link and return it."""
    page.locator("[data-ws-action=share-link]").click()
    page.wait_for_function("() => document.querySelector('[data-ws-share-link]').value !== ''")
    return page.locator("[data-ws-share-link]").input_value()


def shared_page(page, server: str, lang: str = "en") -> None:
    page.goto(server + ("en/" if lang == "en" else "") + "worksheets/shared/")
    page.wait_for_selector("[data-ws-shared] [data-ws-toolbar]:not([hidden])")


def alert_says(page, text: str) -> bool:
    """Wait until the page's alert region says the text (a message replaces the one before it)."""
    page.wait_for_function("(text) => document.querySelector('[data-ws-shared] [data-ws-alert][role=alert]').textContent.includes(text)", arg=text)
    return True


def test_link_with_passphrase_read_on_another_device_in_english_kept_and_recalled(browser, server: str) -> None:
    """Check the whole path: A shares goals by a protected link; B opens it in English, a wrong passphrase changes
    nothing, the right one shows A's answers with English labels, the fragment is gone, B keeps it, reloads, and
    B's closing evaluation recalls the shared goals; B's own answers never change; no request leaves the server."""
    ctx_a, a, log_a = device(browser, server, "fi-FI")
    ctx_b, b, log_b = device(browser, server, "en-GB")
    fill_goals(a, server)
    open_share_dialog(a, "Maija", PASSPHRASE)
    assert a.evaluate("document.activeElement.closest('dialog') !== null")  # focus moved into the dialog
    assert "passphrase" in a.locator("[data-ws-share-privacy]").inner_text().lower() or "salasana" in a.locator("[data-ws-share-privacy]").inner_text().lower()
    link = make_link(a)
    assert link.startswith(server + "worksheets/shared/#s1.k.600000.")
    assert "Maija" not in link
    assert str(len(link)) in a.locator("[data-ws-share-length]").inner_text()
    a.keyboard.press("Escape")
    a.wait_for_selector("dialog[data-ws-share-dialog]:not([open])", state="hidden")
    assert a.evaluate("document.activeElement.getAttribute('data-ws-action')") == "share"

    # B has an answer of their own.
    open_sheet(b, server, "agreement", "en")
    b.locator("[data-ws-field=mentor-name] input").fill("Mentor Matti")
    wait_for_save(b)
    own_before = b.evaluate(f"localStorage.getItem('{NAMESPACE}:worksheet:agreement')")
    assert b.evaluate(f"localStorage.getItem('{NAMESPACE}:worksheet:goals')") is None

    b.goto(link.replace(server, server + "en/"))
    b.wait_for_selector("input[data-ws-share-passphrase]:visible")
    assert "#" not in b.url
    assert b.evaluate("location.hash") == ""
    b.locator("input[data-ws-share-passphrase]").fill("wrong passphrase")
    b.locator("[data-ws-action=unlock]").click()
    assert alert_says(b, "Wrong passphrase. Nothing was opened.")
    assert b.locator("[data-ws-shared-copy]").is_hidden()
    b.locator("input[data-ws-share-passphrase]").fill(PASSPHRASE)
    b.locator("[data-ws-action=unlock]").click()
    view = b.locator("[data-ws-shared-view]")
    view.get_by_text("Työpaikka omalta alalta", exact=True).wait_for()
    assert "SMART goals" in view.inner_text()
    assert "What do you hope to get from mentoring?" in view.inner_text()  # English label
    assert "Haluan oppia verkostoitumaan" in view.inner_text()  # the answer as written
    assert "Shared by Maija on" in b.locator("[data-ws-shared-by]").inner_text()
    assert "Opened: SMART goals" in b.locator("[data-ws-shared] [data-ws-status][role=status]").inner_text()
    assert view.locator("input, textarea, select").count() == 0  # read-only

    b.locator("[data-ws-action=shared-keep]").click()
    b.reload()
    b.wait_for_selector("[data-ws-shared-kept] li")
    assert "Maija" in b.locator("[data-ws-shared-kept]").inner_text()
    b.locator("[data-ws-shared-kept] [data-ws-action=shared-show]").click()
    view.get_by_text("Työpaikka omalta alalta", exact=True).wait_for()

    assert b.evaluate(f"localStorage.getItem('{NAMESPACE}:worksheet:agreement')") == own_before
    assert b.evaluate(f"localStorage.getItem('{NAMESPACE}:worksheet:goals')") is None

    open_sheet(b, server, "closing", "en")
    recall = b.locator("[data-ws-recall-worksheet=goals][data-ws-recall-field=goal]")
    recall.locator(".ws-recall__list li", has_text="Työpaikka omalta alalta").wait_for()
    assert "Shared by Maija on" in recall.locator("[data-ws-recall-shared]").inner_text()
    assert b.evaluate(f"localStorage.getItem('{NAMESPACE}:worksheet:goals')") is None

    for log in (log_a, log_b):
        assert log.foreign() == []
        assert log.console_errors == []
        assert not any("Ty%C3%B6paikka" in url or "Työpaikka" in url for url in log.urls)
    ctx_a.close()
    ctx_b.close()


def test_file_and_plain_link_open_on_another_device(browser, server: str, tmp_path: Path) -> None:
    """Check a file without passphrase and one with, and a plain link from My answers, on B's device."""
    ctx_a, a, log_a = device(browser, server, "fi-FI")
    ctx_b, b, log_b = device(browser, server, "en-GB")
    fill_goals(a, server)
    open_share_dialog(a, "", "")
    with a.expect_download() as info:
        a.locator("[data-ws-action=share-file]").click()
    plain = tmp_path / "plain.json"
    info.value.save_as(plain)
    data = json.loads(plain.read_text(encoding="utf-8"))
    assert data["format"] == ANSWERS_FORMAT and data["shared"]["worksheets"] == ["goals"]
    a.locator("input[data-ws-share-passphrase]").fill(PASSPHRASE)
    with a.expect_download() as info:
        a.locator("[data-ws-action=share-file]").click()
    locked = tmp_path / "locked.json"
    info.value.save_as(locked)
    assert "Työpaikka" not in locked.read_text(encoding="utf-8")
    a.keyboard.press("Escape")

    a.goto(server + "worksheets/my-answers/")
    a.wait_for_selector("[data-ws-toolbar]:not([hidden])")
    open_share_dialog(a, "Maija", "")
    assert a.locator("[data-ws-share-worksheet=goals]").is_checked()
    link = make_link(a)
    assert link.startswith(server + "worksheets/shared/#s1.z.")

    shared_page(b, server)
    b.locator("input[type=file][data-ws-open-shared]").set_input_files(str(plain))
    b.locator("[data-ws-shared-view]").get_by_text("Työpaikka omalta alalta", exact=True).wait_for()
    assert "Shared on" in b.locator("[data-ws-shared-by]").inner_text()
    b.locator("input[type=file][data-ws-open-shared]").set_input_files(str(locked))
    b.wait_for_selector("input[data-ws-share-passphrase]:visible")
    b.locator("input[data-ws-share-passphrase]").fill(PASSPHRASE)
    b.locator("input[data-ws-share-passphrase]").press("Enter")
    b.wait_for_function("() => document.querySelector('[data-ws-shared-unlock]').hidden")
    b.goto(link)  # the Finnish page opens it too
    b.wait_for_selector("[data-ws-shared-copy]:not([hidden])")
    assert "Maija" in b.locator("[data-ws-shared-by]").inner_text()
    assert "Tavoitteet" in b.locator("[data-ws-shared-view]").inner_text()
    assert b.evaluate("location.hash") == ""
    for log in (log_a, log_b):
        assert log.foreign() == []
    ctx_a.close()
    ctx_b.close()


def test_bad_input_gets_its_message_and_changes_nothing(page, server: str, tmp_path: Path, requests_seen) -> None:
    """Check a damaged link, a cut file, a file that is not a shared copy and a newer format: each its message."""
    shared_page(page, server)
    before = storage_snapshot(page)
    page.goto(server + "en/worksheets/shared/#s1.z.AAAA_not-really-deflate")
    page.wait_for_selector("[data-ws-shared] [data-ws-toolbar]:not([hidden])")
    assert alert_says(page, "damaged or incomplete")
    assert page.evaluate("location.hash") == ""
    copy = {"format": ANSWERS_FORMAT, "version": 1, "exported": "2027-02-03T10:00:00Z",
            "worksheets": {"goals": {"wishes": "Toive", "gone-field": "vanha"}, "retired-sheet": {"x": "y"}},
            "shared": {"name": "Maija", "at": "2027-02-03T10:00:00Z", "worksheets": ["goals", "retired-sheet"]}}
    cases = {
        "cut.json": (json.dumps(copy)[:60], "not a complete shared copy"),
        "export.json": (json.dumps({k: v for k, v in copy.items() if k != "shared"}), "not a shared copy"),
        "newer.json": (json.dumps(dict(copy, version=99)), "newer version"),
    }
    for name, (text, message) in cases.items():
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        page.evaluate("document.querySelector('[data-ws-shared] [data-ws-alert]').textContent = ''")
        page.locator("input[type=file][data-ws-open-shared]").set_input_files(str(path))
        assert alert_says(page, message), name
        assert page.locator("[data-ws-shared-copy]").is_hidden()
    page.locator("input[type=file][data-ws-open-shared]").set_input_files(str(write_file(tmp_path, "ok.json", copy)))
    view = page.locator("[data-ws-shared-view]")
    view.locator("text=Toive").wait_for()
    assert view.locator("text=From an earlier or another version of the site").count() == 2
    assert "gone-field" in view.inner_text() and "vanha" in view.inner_text() and "retired-sheet" in view.inner_text()
    assert storage_snapshot(page) == before
    assert requests_seen.foreign() == []


def test_a_selection_too_large_for_a_link_says_use_the_file(page, server: str) -> None:
    """Check that a long answer gives the too-large message and no link."""
    open_sheet(page, server, "goals")
    noise = page.evaluate("Array.from(crypto.getRandomValues(new Uint8Array(9000)), (b) => String.fromCharCode(97 + b % 26)).join('')")
    page.locator("[data-ws-field=wishes] textarea").fill(noise)
    page.locator("[data-ws-row='0'] [data-ws-field=specific] textarea").fill(noise[::-1])
    wait_for_save(page)
    open_share_dialog(page)
    page.locator("[data-ws-action=share-link]").click()
    page.wait_for_function("() => document.querySelector('[data-ws-share-alert]').textContent !== ''")
    assert "too large for a link" in page.locator("[data-ws-share-alert]").inner_text() or "liian suuri linkiksi" in page.locator("[data-ws-share-alert]").inner_text()
    assert page.locator("[data-ws-share-link]").input_value() == ""


def test_clear_all_removes_kept_copies_and_undo_brings_them_back(page, server: str, tmp_path: Path) -> None:
    """Check that My answers' Clear all includes kept shared copies, and Undo restores them."""
    copy = {"format": ANSWERS_FORMAT, "version": 1, "exported": "2027-02-03T10:00:00Z", "worksheets": {"goals": {"wishes": "Toive"}},
            "shared": {"name": "Maija", "at": "2027-02-03T10:00:00Z", "worksheets": ["goals"]}}
    shared_page(page, server, "fi")
    page.locator("input[type=file][data-ws-open-shared]").set_input_files(str(write_file(tmp_path, "c.json", copy)))
    page.locator("[data-ws-action=shared-keep]").click()
    page.wait_for_selector("[data-ws-shared-kept] li")
    page.goto(server + "worksheets/my-answers/")
    page.wait_for_selector("[data-ws-toolbar]:not([hidden])")
    kept = f"Object.keys(localStorage).filter((k) => k.startsWith('{NAMESPACE}:shared:')).length"
    assert page.evaluate(kept) == 1
    page.locator("[data-ws-action=clear-all]").click()
    page.wait_for_function(f"() => {kept} === 0")
    page.locator("[data-ws-undo] [data-ws-action=undo]").click()
    page.wait_for_function(f"() => {kept} === 1")


# ---------------------------------------------------------------------------------------------------------------------
# Under a sub-path and from a file share
# ---------------------------------------------------------------------------------------------------------------------

SUB_PATH = "/hr/mentoring/"


@pytest.fixture(scope="module")
def sub_path_base(tmp_path_factory: pytest.TempPathFactory):
    """The site built for and served at http://127.0.0.1:<port>/hr/mentoring/."""
    web_root = tmp_path_factory.mktemp("intranet")
    with serve(web_root) as base:
        origin = base.rstrip("/")
        result = run_mkdocs_build(ROOT / "mkdocs.yml", web_root / SUB_PATH.strip("/"), env={"SITE_URL": origin + SUB_PATH})
        assert result.returncode == 0, result.stderr[-3000:]
        yield origin + SUB_PATH


@pytest.fixture(scope="module")
def offline_root(tmp_path_factory: pytest.TempPathFactory) -> str:
    """`make offline` into a temporary folder, as a file:// address."""
    out = tmp_path_factory.mktemp("share-offline") / "site-offline"
    result = run_mkdocs_build(ROOT / "mkdocs.yml", out, env={"OFFLINE": "true"})
    assert result.returncode == 0, result.stderr[-3000:]
    return out.as_uri() + "/"


def test_link_under_a_sub_path_stays_under_it(browser, sub_path_base: str) -> None:
    """Check that a link made under a sub-path points at that sub-path's shared page and opens there in English."""
    ctx_a, a, log_a = device(browser, sub_path_base, "fi-FI")
    ctx_b, b, log_b = device(browser, sub_path_base, "en-GB")
    fill_goals(a, sub_path_base)
    open_share_dialog(a, "Maija", PASSPHRASE)
    link = make_link(a)
    assert link.startswith(sub_path_base + "worksheets/shared/#s1.k.")
    b.goto(link.replace(sub_path_base, sub_path_base + "en/"))
    b.locator("input[data-ws-share-passphrase]").fill(PASSPHRASE)
    b.locator("[data-ws-action=unlock]").click()
    b.locator("[data-ws-shared-view]").get_by_text("Työpaikka omalta alalta", exact=True).wait_for()
    assert b.url == sub_path_base + "en/worksheets/shared/"
    for log in (log_a, log_b):
        assert log.foreign() == [] and log.console_errors == []
    ctx_a.close()
    ctx_b.close()


def test_link_from_a_file_share_opens_from_disk(browser, offline_root: str) -> None:
    """Check sharing from file:// (`make offline`): the link is the offline copy's shared page; it opens from disk."""
    ctx_a, a, log_a = device(browser, "file://", "fi-FI")
    ctx_b, b, log_b = device(browser, "file://", "en-GB")
    a.goto(offline_root + "worksheets/goals.html")
    a.wait_for_selector("[data-ws-toolbar]:not([hidden])")
    a.locator("[data-ws-row='0'] [data-ws-field=goal] input").fill("Työpaikka omalta alalta")
    wait_for_save(a)
    open_share_dialog(a, "Maija", "")
    link = make_link(a)
    assert link.startswith(offline_root + "worksheets/shared.html#s1.z.")
    b.goto(link.replace(offline_root, offline_root + "en/"))
    b.locator("[data-ws-shared-view]").get_by_text("Työpaikka omalta alalta", exact=True).wait_for()
    assert "SMART goals" in b.locator("[data-ws-shared-view]").inner_text()
    assert b.evaluate("location.hash") == ""
    for log in (log_a, log_b):
        assert {url.split(":", 1)[0] for url in log.urls} <= {"file", "blob", "data"}
        assert log.console_errors == []
    ctx_a.close()
    ctx_b.close()


# ---------------------------------------------------------------------------------------------------------------------
# Accessibility
# ---------------------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_share_dialog_and_shared_copy_have_no_axe_violations(browser, server: str, scheme: str) -> None:
    """Check the open share dialog with a link, and the shared page with a copy and a kept list, in both schemes."""
    from test_accessibility import axe_violations

    ctx, page, log = device(browser, server, "fi-FI")
    page.emulate_media(color_scheme=scheme)
    fill_goals(page, server)
    open_share_dialog(page, "Maija", "")
    link = make_link(page)
    assert axe_violations(page) == []
    page.keyboard.press("Escape")
    page.goto(link.replace(server, server + "en/"))
    page.wait_for_selector("[data-ws-shared-copy]:not([hidden])")
    page.locator("[data-ws-action=shared-keep]").click()
    page.wait_for_selector("[data-ws-shared-kept] li")
    assert axe_violations(page) == []
    ctx.close()


def test_share_and_open_inside_the_embed_iframe(page, server: str, tmp_path: Path, requests_seen) -> None:
    """Check the share dialog inside the ?embed=1 iframe of an intranet page, and a link opened in such a frame."""
    host = (ROOT / "examples" / "embed-host.html").read_text(encoding="utf-8")
    (tmp_path / "host.html").write_text(host.replace("https://intranet.example/hr/mentoring/", server + "worksheets/goals/"))
    with serve(tmp_path) as intranet:
        page.goto(intranet + "host.html")
        frame = page.frame_locator("#mentoring-toolkit")
        frame.locator("[data-ws-row='0'] [data-ws-field=goal] input").fill("Työpaikka omalta alalta")
        frame.locator("[data-ws-action=share]").click()
        frame.locator("dialog[data-ws-share-dialog][open]").wait_for()
        frame.locator("input[data-ws-share-passphrase]").fill(PASSPHRASE)
        frame.locator("[data-ws-action=share-link]").click()
        frame.locator("[data-ws-share-link-box]:not([hidden])").wait_for()
        link = frame.locator("[data-ws-share-link]").input_value()
        assert link.startswith(server + "worksheets/shared/#s1.k.")
        page.evaluate("(src) => { document.getElementById('mentoring-toolkit').src = src; }",
                      link.replace(server + "worksheets/shared/", server + "en/worksheets/shared/?embed=1"))
        frame.locator("input[data-ws-share-passphrase]").fill(PASSPHRASE)
        frame.locator("[data-ws-action=unlock]").click()
        frame.locator("[data-ws-shared-view]").get_by_text("Työpaikka omalta alalta", exact=True).wait_for()
        assert not frame.locator(".md-header").is_visible()
    assert [url for url in requests_seen.foreign() if not url.startswith(intranet)] == []


def test_share_dialog_speaks_the_pages_language_and_is_not_in_the_page_until_used(page, server: str) -> None:
    """The dialog arrives with the share code on the first press (share-ui.<lang>.js), in the page's language, once."""
    for lang, title, copied in (("fi", "Jaa vastauksesi", "Linkki kopioitiin."), ("en", "Share your answers", "The link was copied.")):
        page.goto(server + ("en/" if lang == "en" else "") + "worksheets/goals/")
        page.wait_for_selector("[data-ws-toolbar]:not([hidden])")
        assert page.locator("dialog[data-ws-share-dialog]").count() == 0
        open_share_dialog(page)
        assert page.locator("#ws-share-title").inner_text() == title
        # The dialog's own strings arrived with it and the page's translator knows them.
        assert page.evaluate("window.wsUi.t('share_copied')") == copied
        page.locator("[data-ws-action=share-close]").click()
        page.locator("[data-ws-action=share]").first.click()
        page.wait_for_selector("dialog[data-ws-share-dialog][open]")
        assert page.locator("dialog[data-ws-share-dialog]").count() == 1
