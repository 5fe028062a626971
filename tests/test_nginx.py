"""The sample nginx configuration for real: Debian's nginx serves the built site under a sub-path with deploy/nginx.conf,
and Chromium loads pages, worksheets, search and the 404 page there with no Content-Security-Policy violation.

The policy itself comes from hooks/csp.py, whose parts are checked first without a server. A second copy of the
sample's server, changed as deploy/README.md says for embedding, lets an intranet page on another origin frame the site.
"""

from __future__ import annotations

import ctypes
import html
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlencode, urlsplit

import pytest

import csp
from conftest import ROOT, run_mkdocs_build
from helpers import built_pages
from waiting import wait_until
from worksheet_driver import fill_all, read_all, wait_for_save

SAMPLE = ROOT / "deploy" / "nginx.conf"
SUB_PATH = "/hr/mentoring/"  # the sample's own sub-path, kept so the test serves the file as written
SAMPLE_SITE = "/srv/mentoring/site/"
SAMPLE_FRAME_ANCESTORS = """set $frame_ancestors "'self'";"""
HASHED_ASSET = re.compile(r"assets/javascripts/bundle\.[0-9a-f]{8}\.min\.js")
LONG_CACHE = "public, max-age=31536000, immutable"
PERMISSIONS = "camera=(), geolocation=(), microphone=(), payment=(), usb=()"
# Records every violation the page sees, whatever the console says (installed before any page script runs).
VIOLATION_LISTENER = """
window.__cspViolations = [];
document.addEventListener("securitypolicyviolation", (event) => {
  window.__cspViolations.push(`${event.violatedDirective} blocked ${event.blockedURI || "inline"} in ${event.sourceFile}`);
}, true);
"""

# ---------------------------------------------------------------------------------------------------------------------
# The policy written by the build (no server needed)
# ---------------------------------------------------------------------------------------------------------------------


def test_policy_hashes_inline_scripts_but_not_data_blocks_or_files() -> None:
    """Check that only scripts that run inline get a hash, computed as the browser does."""
    inline = csp.InlineCode()
    inline.read(
        '<script>alert(1)</script><script type="application/json">{"a": 1}</script><script src="x.js"></script>',
        "index.html",
    )
    assert inline.script_hashes == {"'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='"}
    assert csp.csp_hash("a\r\nb") == csp.csp_hash("a\nb")


def test_style_attributes_open_style_src_attr_only() -> None:
    """Check that a style="" attribute allows inline style attributes without weakening style-src."""
    inline = csp.InlineCode()
    inline.read('<p style="color: red">x</p>', "index.html")
    directives = policy_directives(csp.policy(inline))
    assert directives["style-src"] == "'self'"
    assert directives["style-src-attr"] == "'unsafe-inline'"
    assert "style-src-attr" not in policy_directives(csp.policy(csp.InlineCode()))


def test_inline_event_handler_is_reported_with_its_page() -> None:
    """Check that an onclick attribute, which no hash can allow, is reported naming the page."""
    inline = csp.InlineCode()
    inline.read('<button onclick="go()">Go</button>', "guide/index.html")
    assert inline.handlers == [
        "guide/index.html: inline event handler <button onclick=...> is blocked by the Content-Security-Policy; "
        "attach the listener from a script file instead"
    ]


# ---------------------------------------------------------------------------------------------------------------------
# nginx with the sample configuration
# ---------------------------------------------------------------------------------------------------------------------


@dataclass
class Hosted:
    base: str  # http://127.0.0.1:<port>/hr/mentoring/
    site: Path
    policy: str  # the Content-Security-Policy value nginx should send
    embeddable_base: str  # the same site from a second server that lets the intranet frame it, as deploy/README.md says
    intranet: str  # origin of an intranet page that shows ?src= in an iframe


def nginx_binary() -> str:
    path = os.environ.get("NGINX") or shutil.which("nginx") or shutil.which("nginx", path="/usr/sbin:/usr/local/sbin")
    if not path:
        pytest.skip("nginx is not installed: run 'make test' as root (it installs Debian's nginx) or 'apt-get install nginx'")
    return path


def free_ports(count: int) -> list[int]:
    sockets = [socket.socket() for _ in range(count)]
    for sock in sockets:
        sock.bind(("127.0.0.1", 0))
    ports = [sock.getsockname()[1] for sock in sockets]
    for sock in sockets:
        sock.close()
    return ports


def mime_types(nginx: str) -> Path:
    """The mime.types next to the nginx installation's own configuration."""
    version = subprocess.run([nginx, "-V"], capture_output=True, text=True).stderr
    match = re.search(r"--conf-path=(\S+)", version)
    conf_dir = Path(match.group(1)).parent if match else Path("/etc/nginx")
    return conf_dir / "mime.types"


def replace_required(text: str, old: str, new: str) -> str:
    assert old in text, f"deploy/nginx.conf no longer contains {old!r}; update tests/test_nginx.py"
    return text.replace(old, new)


def nginx_conf_for_test(nginx: str, site: Path, port: int, embed_port: int, intranet: str, run_dir: Path) -> str:
    """A complete nginx.conf around the sample: its server on a loopback port with the built site, a second copy of
    that server which allows the intranet to frame the site, everything else in run_dir."""
    sample = replace_required(SAMPLE.read_text(encoding="utf-8"), SAMPLE_SITE, f"{site}/")
    server_at = sample.index("\nserver {")
    server = sample[server_at:]
    embeddable = replace_required(server, "listen 80;", f"listen 127.0.0.1:{embed_port};")
    embeddable = replace_required(embeddable, SAMPLE_FRAME_ANCESTORS, f"""set $frame_ancestors "'self' {intranet}";""")
    server = sample[:server_at] + replace_required(server, "listen 80;", f"listen 127.0.0.1:{port};") + embeddable
    kinds = ("client_body", "proxy", "fastcgi", "uwsgi", "scgi")
    temp = "\n".join(f"    {kind}_temp_path {run_dir}/{kind};" for kind in kinds)
    # As root the workers would switch to `nobody`, who cannot read pytest's private temporary folders.
    user = "user root;\n" if os.geteuid() == 0 else ""
    return (
        f"{user}daemon off;\nworker_processes 1;\npid {run_dir}/nginx.pid;\nerror_log {run_dir}/error.log warn;\n"
        "events {\n    worker_connections 64;\n}\n"
        f"http {{\n    include {mime_types(nginx)};\n    default_type application/octet-stream;\n"
        f"    access_log {run_dir}/access.log;\n{temp}\n\n{server}\n}}\n"
    )


def stop_with_parent() -> None:
    """Runs in the nginx child before exec: if pytest dies without its teardown, nginx still stops."""
    if sys.platform == "linux":
        ctypes.CDLL(None).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG


class IntranetPage(BaseHTTPRequestHandler):
    """An intranet page on its own loopback origin that shows the URL in its `src` parameter in an iframe.

    A real server, not a page answered inside Chromium: Chromium treats such a page as public and would refuse to
    frame a loopback address whatever the policy says.
    """

    def do_GET(self) -> None:  # noqa: N802 - name from the base class
        src = parse_qs(urlsplit(self.path).query).get("src", [""])[0]
        body = f'<!doctype html><title>Intranet</title><iframe src="{html.escape(src)}" width="900" height="700"></iframe>'
        data = body.encode("utf-8")
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - signature from the base class
        pass


@pytest.fixture(scope="session")
def intranet() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), IntranetPage)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture(scope="session")
def hosted(tmp_path_factory: pytest.TempPathFactory, intranet: str) -> Iterator[Hosted]:
    """The site built for the sub-path and served by nginx with the sample config; nginx stops with the session."""
    nginx = nginx_binary()
    port, embed_port = free_ports(2)
    base = f"http://127.0.0.1:{port}{SUB_PATH}"
    run_dir = tmp_path_factory.mktemp("nginx")
    site = run_dir / "site"
    built = run_mkdocs_build(ROOT / "mkdocs.yml", site, env={"SITE_URL": base})
    if built.returncode != 0:
        pytest.fail(f"mkdocs build failed:\n{built.stderr[-5000:]}")
    config = run_dir / "nginx.conf"
    config.write_text(nginx_conf_for_test(nginx, site, port, embed_port, intranet, run_dir), encoding="utf-8")
    command = [nginx, "-p", str(run_dir), "-c", str(config), "-e", str(run_dir / "error.log")]
    checked = subprocess.run([*command, "-t"], capture_output=True, text=True)
    if checked.returncode != 0:
        pytest.fail(f"nginx refuses the sample configuration:\n{checked.stderr}")
    log = (run_dir / "nginx.out").open("w")
    process = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT, preexec_fn=stop_with_parent)
    try:
        wait_for_port(process, port, run_dir)
        wait_for_port(process, embed_port, run_dir)
        embeddable_base = f"http://127.0.0.1:{embed_port}{SUB_PATH}"
        yield Hosted(base, site, served_policy(site), embeddable_base, intranet)
    finally:
        process.terminate()  # nginx's fast shutdown
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        log.close()


def wait_for_port(process: subprocess.Popen[bytes], port: int, run_dir: Path) -> None:
    deadline = time.monotonic() + 15
    while time.monotonic() < deadline:
        if process.poll() is not None:
            pytest.fail(f"nginx stopped at start:\n{(run_dir / 'error.log').read_text(errors='replace')}")
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
            return
        except OSError:
            time.sleep(0.1)
    pytest.fail(f"nginx did not listen on 127.0.0.1:{port} within 15 s")


def served_policy(site: Path) -> str:
    """The policy in the build's csp-header.conf, with the sample's frame-ancestors value filled in."""
    match = re.search(r'add_header Content-Security-Policy "([^"]+)" always;', (site / csp.HEADER_FILE).read_text())
    assert match, "csp-header.conf has no Content-Security-Policy line"
    return match.group(1).replace("$frame_ancestors", "'self'")


def policy_directives(policy: str) -> dict[str, str]:
    return {name: value.strip() for name, _, value in (part.strip().partition(" ") for part in policy.split(";"))}


def fetch(url: str) -> tuple[int, dict[str, str], bytes]:
    """GET without following redirects; (status, headers with lower-case names, body)."""

    class NoRedirect(urllib.request.HTTPRedirectHandler):
        def redirect_request(self, *args: object, **kwargs: object) -> None:
            return None

    try:
        with urllib.request.build_opener(NoRedirect).open(url, timeout=10) as response:
            return response.status, {k.lower(): v for k, v in response.headers.items()}, response.read()
    except urllib.error.HTTPError as error:
        return error.code, {k.lower(): v for k, v in error.headers.items()}, error.read()


# ---------------------------------------------------------------------------------------------------------------------
# Headers
# ---------------------------------------------------------------------------------------------------------------------


def test_policy_allows_nothing_from_other_hosts(hosted: Hosted) -> None:
    """Check the policy directive by directive: only this origin, Material's script hashes, no 'unsafe-inline'."""
    directives = policy_directives(hosted.policy)
    script_sources = directives.pop("script-src").split()
    assert script_sources[0] == "'self'"
    assert script_sources[1:] and all(re.fullmatch(r"'sha256-[A-Za-z0-9+/]{43}='", s) for s in script_sources[1:])
    assert directives == {
        "default-src": "'self'",
        "style-src": "'self'",
        "img-src": "'self' data:",
        "font-src": "'self'",
        "connect-src": "'self'",
        "worker-src": "'self'",
        "object-src": "'none'",
        "base-uri": "'self'",
        "form-action": "'none'",
        "frame-ancestors": "'self'",
    }


@pytest.mark.parametrize("path", ["", "en/", "worksheets/goals/", "no-such-page/"])
def test_pages_carry_the_security_headers(hosted: Hosted, path: str) -> None:
    """Check that pages (the 404 page too) carry the policy, nosniff, no referrer, the permissions and revalidation."""
    status, headers, _ = fetch(hosted.base + path)
    assert status == (404 if path.startswith("no-such") else 200)
    assert headers["content-security-policy"] == hosted.policy
    assert headers["x-content-type-options"] == "nosniff"
    assert headers["referrer-policy"] == "no-referrer"
    assert headers["permissions-policy"] == PERMISSIONS
    assert headers["cache-control"] == "no-cache"
    assert headers["content-type"] == "text/html; charset=utf-8"


def test_material_hashed_assets_are_cached_for_a_year_and_own_files_revalidated(hosted: Hosted) -> None:
    """Check that fingerprinted theme files are immutable and unhashed ones are revalidated."""
    home = (hosted.site / "index.html").read_text(encoding="utf-8")
    bundle = HASHED_ASSET.search(home)
    assert bundle, "no Material bundle in the home page"
    stylesheet = re.search(r"assets/stylesheets/main\.[0-9a-f]{8}\.min\.css", home)
    assert stylesheet, "no Material stylesheet in the home page"
    worker = next((hosted.site / "assets/javascripts/workers").glob("search.*.min.js")).relative_to(hosted.site)
    for path in (bundle.group(0), stylesheet.group(0), worker.as_posix()):
        status, headers, _ = fetch(hosted.base + path)
        assert (status, headers["cache-control"]) == (200, LONG_CACHE), path
    for path in ("assets/stylesheets/site.css", "assets/javascripts/worksheets.js", "search/search_index.json"):
        status, headers, _ = fetch(hosted.base + path)
        assert (status, headers["cache-control"]) == (200, "no-cache"), path
        assert headers["x-content-type-options"] == "nosniff"


def test_policy_file_is_not_served(hosted: Hosted) -> None:
    """Check that csp-header.conf, which sits in the site folder, answers with the 404 page instead of its text."""
    status, _, body = fetch(hosted.base + csp.HEADER_FILE)
    assert status == 404
    assert b"add_header" not in body
    assert b"<html" in body


FILES_NEVER_SERVED = (
    ".env", ".git/config", ".htpasswd", "worksheets/.notes.md.swp", "index.html~", "mkdocs.yml.bak",
    "assets/site.css.orig", "about/index.html.old",
)


@pytest.mark.parametrize("path", FILES_NEVER_SERVED)
def test_dotfiles_and_editor_backups_are_never_served(hosted: Hosted, path: str) -> None:
    """Check that a secret or backup copied into the web root by mistake answers 404, not its content."""
    target = hosted.site / path
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text("SECRET=do-not-serve\n", encoding="utf-8")
    try:
        status, _, body = fetch(hosted.base + path)
    finally:
        target.unlink()
    assert status == 404
    assert b"do-not-serve" not in body


def test_ordinary_files_with_dots_in_their_names_are_served(hosted: Hosted) -> None:
    """Check that the deny rules do not catch the site's own files (fingerprinted names, search index)."""
    for path in ("search/search_index.json", "assets/stylesheets/site.css", "sitemap.xml"):
        status, _, _ = fetch(hosted.base + path)
        assert status == 200, path


def test_sub_path_without_slash_redirects_into_it(hosted: Hosted) -> None:
    """Check that /hr/mentoring answers with a redirect to /hr/mentoring/ on the same host."""
    status, headers, _ = fetch(hosted.base.rstrip("/"))
    assert (status, headers["location"]) == (301, SUB_PATH)


# ---------------------------------------------------------------------------------------------------------------------
# Chromium under the policy
# ---------------------------------------------------------------------------------------------------------------------


@dataclass
class Watch:
    """What the tab did: every request, every console message of the page and its workers."""

    base: str
    requests: list[str] = field(default_factory=list)
    console: list[str] = field(default_factory=list)

    def outside_sub_path(self) -> list[str]:
        local = ("data", "blob", "about")
        return [u for u in self.requests if urlsplit(u).scheme not in local and not u.startswith(self.base)]

    def csp_messages(self) -> list[str]:
        return [m for m in self.console if "Content Security Policy" in m or "Content-Security-Policy" in m]

    def errors(self) -> list[str]:
        return [m for m in self.console if m.startswith("error:")]


@pytest.fixture()
def tab(browser: object, hosted: Hosted) -> Iterator[tuple[object, Watch]]:
    context = browser.new_context(locale="fi-FI")  # type: ignore[attr-defined]
    context.add_init_script(VIOLATION_LISTENER)
    page = context.new_page()
    watch = Watch(hosted.base)
    record = lambda message: watch.console.append(f"{message.type}: {message.text}")  # noqa: E731
    page.on("request", lambda request: watch.requests.append(request.url))
    page.on("console", record)
    page.on("worker", lambda worker: worker.on("console", record))
    page.on("pageerror", lambda error: watch.console.append(f"error: {error}"))
    yield page, watch
    context.close()


def violations(page: object) -> list[str]:
    return page.evaluate("window.__cspViolations")  # type: ignore[attr-defined]


def open_page(page: object, url: str) -> int:
    response = page.goto(url)  # type: ignore[attr-defined]
    page.wait_for_load_state("networkidle")  # type: ignore[attr-defined]
    return response.status


@pytest.mark.browser
@pytest.mark.parametrize("path", ["", "en/", "guide/principles/", "en/guide/phases/", "worksheets/my-answers/"])
def test_page_loads_with_no_policy_violation(tab: tuple[object, Watch], hosted: Hosted, path: str) -> None:
    """Check that the page runs under the policy: no violation, no console error, nothing from outside the sub-path."""
    page, watch = tab
    assert open_page(page, hosted.base + path) == 200
    assert page.locator("html").get_attribute("class") and "js" in page.locator("html").get_attribute("class").split()
    assert violations(page) == []
    assert watch.csp_messages() == []
    assert watch.errors() == []
    assert watch.outside_sub_path() == []


@pytest.mark.browser
def test_every_built_page_runs_under_the_policy(tab: tuple[object, Watch], hosted: Hosted) -> None:
    """Check that no page of either language, the 404 page included, meets a policy violation."""
    page, watch = tab
    found = {}
    for built in [*built_pages(hosted.site), hosted.site / "404.html"]:
        path = built.relative_to(hosted.site).as_posix().removesuffix("index.html")
        page.goto(hosted.base + path, wait_until="load")
        if violations(page):
            found[path] = violations(page)
    assert found == {}
    assert watch.csp_messages() == []
    assert watch.outside_sub_path() == []


@pytest.mark.browser
def test_worksheet_saves_answers_under_the_policy(tab: tuple[object, Watch], hosted: Hosted) -> None:
    """Check that typing into a worksheet saves, survives reload and shows on My answers, with no violation."""
    page, watch = tab
    open_page(page, hosted.base + "worksheets/goals/")
    page.wait_for_selector("[data-ws-toolbar]:not([hidden])")
    entered = fill_all(page)
    wait_for_save(page)
    page.reload()
    page.wait_for_selector("[data-ws-toolbar]:not([hidden])")
    assert read_all(page) == entered
    assert violations(page) == []
    open_page(page, hosted.base + "worksheets/my-answers/")
    assert "/" in page.locator("[data-ws-overview-row=goals] [data-ws-filled]").inner_text()
    assert violations(page) == []
    assert watch.csp_messages() == []
    assert watch.errors() == []
    assert watch.outside_sub_path() == []


@pytest.mark.browser
@pytest.mark.parametrize(
    ("start", "query", "expected"),
    [("", "tavoitteita", "worksheets/goals/"), ("en/", "networking", "en/themes/networking/")],
)
def test_search_finds_results_under_the_policy(
    tab: tuple[object, Watch], hosted: Hosted, start: str, query: str, expected: str
) -> None:
    """Check that search (a web worker fetching the index) finds the page, with no violation."""
    page, watch = tab
    open_page(page, hosted.base + start)
    page.keyboard.press("s")  # Material's shortcut opens the search dialog
    page.keyboard.type(query, delay=20)
    page.wait_for_selector(".md-search-result__item")
    results = [a.get_attribute("href") or "" for a in page.locator(".md-search-result__item a").all()]
    assert hosted.base + expected in [href.split("?")[0].split("#")[0] for href in results]
    assert violations(page) == []
    assert watch.csp_messages() == []
    assert watch.errors() == []
    assert watch.outside_sub_path() == []


@pytest.mark.browser
def test_missing_page_shows_the_404_page_under_the_policy(tab: tuple[object, Watch], hosted: Hosted) -> None:
    """Check that a missing URL deep under the sub-path gets the styled 404 page, with no violation."""
    page, watch = tab
    assert open_page(page, hosted.base + "guide/no-such-page/deeper/") == 404
    assert page.locator("link[rel=stylesheet][href*='main.']").count() == 1
    assert page.evaluate("getComputedStyle(document.querySelector('.md-header')).position") == "sticky"
    assert violations(page) == []
    assert watch.csp_messages() == []
    # The only error is Chromium's note that the document itself answered 404.
    assert [m for m in watch.errors() if "status of 404" not in m] == []
    assert watch.outside_sub_path() == []


@pytest.mark.browser
@pytest.mark.parametrize(
    ("path", "lang", "title", "home"),
    [
        ("en/worksheets/goal/", "en", "Page not found", "en/"),
        ("en/", "en", None, None),  # a real page is not the 404
        ("worksheets/goal/", "fi", "Sivua ei löytynyt", ""),
    ],
)
def test_a_wrong_address_keeps_the_reader_in_their_language(
    tab: tuple[object, Watch], hosted: Hosted, path: str, lang: str, title: str | None, home: str | None
) -> None:
    """Check that a mistyped address under /en/ shows the English 404 page (lang, text, home link), Finnish elsewhere."""
    page, _ = tab
    status = open_page(page, hosted.base + path)
    assert page.evaluate("document.documentElement.lang") == lang
    if title is None:
        assert status == 200
        return
    assert status == 404
    assert page.locator("h1").inner_text() == title
    link = page.locator("article a", has_text="etusivulle" if lang == "fi" else "home page")
    assert link.evaluate("a => a.href") == hosted.base + home
    assert violations(page) == []


@pytest.mark.browser
def test_an_unlisted_inline_script_is_blocked_and_noticed(tab: tuple[object, Watch], hosted: Hosted) -> None:
    """Check that the policy is enforced and this test's watchers see a violation when there is one."""
    page, watch = tab
    open_page(page, hosted.base)
    page.evaluate("""() => {
        const script = document.createElement("script");
        script.textContent = "window.__ran = true";
        document.body.append(script);
    }""")
    page.wait_for_function("window.__cspViolations.length > 0")
    assert page.evaluate("window.__ran === undefined")
    assert [v.split(" ")[0] for v in violations(page)] == ["script-src-elem"]
    assert len(watch.csp_messages()) == 1


def host_page(page: object, hosted: Hosted, site_url: str) -> None:
    """Open the intranet page (another origin) with site_url in its iframe."""
    page.goto(f"{hosted.intranet}/mentoring.html?{urlencode({'src': site_url})}")  # type: ignore[attr-defined]


@pytest.mark.browser
def test_another_origin_cannot_frame_the_site_by_default(tab: tuple[object, Watch], hosted: Hosted) -> None:
    """Check that with the sample's frame-ancestors 'self' a page of another origin cannot frame the site."""
    page, watch = tab
    host_page(page, hosted, hosted.base + "?embed=1")
    wait_until(page, lambda: len(page.frames) > 1 and page.frames[1].url.startswith("chrome-error:"), "the refused frame")
    # nginx was asked; Chromium put its error page in the frame (the refusal is logged inside the frame only).
    assert hosted.base + "?embed=1" in watch.requests
    assert [frame.url for frame in page.frames][1:] == ["chrome-error://chromewebdata/"]


@pytest.mark.browser
def test_intranet_origin_added_to_frame_ancestors_can_embed_the_site(tab: tuple[object, Watch], hosted: Hosted) -> None:
    """Check that the documented `set $frame_ancestors "'self' <intranet>"` lets the intranet page embed a worksheet."""
    page, watch = tab
    url = hosted.embeddable_base + "worksheets/goals/?embed=1"
    host_page(page, hosted, url)
    sheet = page.frame_locator("iframe")
    sheet.locator("[data-ws-toolbar]:not([hidden])").wait_for()
    sheet.locator(".ws-field__input").first.fill("Upotettu vastaus")
    frame = next(f for f in page.frames if f.url == url)  # type: ignore[attr-defined]
    assert frame.evaluate("window.__cspViolations") == []
    assert watch.csp_messages() == []
    assert [u for u in watch.requests if not u.startswith((hosted.intranet, hosted.embeddable_base))] == []
