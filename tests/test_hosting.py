"""Anyone can host it: under a sub-path, from a file share with no internet, inside an iframe, with own branding."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import pytest

from conftest import ROOT, RequestLog, run_mkdocs_build, serve
from helpers import PageDoc, built_pages, site_config

SUB_PATH = "/hr/mentoring/"


# ---------------------------------------------------------------------------------------------------------------------
# Sub-path
# ---------------------------------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def sub_path_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, str]]:
    """The site built for http://127.0.0.1:<port>/hr/mentoring/ and served there."""
    web_root = tmp_path_factory.mktemp("intranet")
    with serve(web_root) as base:
        origin = base.rstrip("/")
        site = web_root / SUB_PATH.strip("/")
        result = run_mkdocs_build(ROOT / "mkdocs.yml", site, env={"SITE_URL": origin + SUB_PATH})
        assert result.returncode == 0, result.stderr[-3000:]
        yield site, origin


def test_no_link_escapes_the_sub_path(sub_path_site: tuple[Path, str]) -> None:
    """Check that every link and asset of every page (404 included) stays under the sub-path."""
    site, origin = sub_path_site
    checked = 0
    for path in [*built_pages(site), site / "404.html"]:
        page_url = origin + SUB_PATH + path.relative_to(site).as_posix()
        for tag, attrs in PageDoc(path.read_text(encoding="utf-8")).tags:
            for attr in ("href", "src"):
                value = attrs.get(attr)
                if not value or value.startswith(("mailto:", "tel:", "data:", "#")):
                    continue
                target = urlsplit(urljoin(page_url, value))
                if target.netloc == urlsplit(origin).netloc:
                    checked += 1
                    assert target.path.startswith(SUB_PATH), f"{path.relative_to(site)}: <{tag} {attr}={value}>"
    assert checked > 1000


def test_sitemap_lists_both_languages_under_the_sub_path(sub_path_site: tuple[Path, str]) -> None:
    """Check that the sitemap holds absolute URLs of both languages, all under the sub-path."""
    site, origin = sub_path_site
    locations = re.findall(r"<loc>([^<]+)</loc>", (site / "sitemap.xml").read_text(encoding="utf-8"))
    assert locations and all(loc.startswith(origin + SUB_PATH) for loc in locations)
    assert origin + SUB_PATH + "en/guide/principles/" in locations
    assert origin + SUB_PATH + "guide/principles/" in locations


def test_site_without_an_address_writes_no_sitemap(site_dir: Path) -> None:
    """Check that a build without site_url leaves out the sitemap instead of writing relative addresses."""
    assert sorted(p.name for p in site_dir.rglob("sitemap.xml*")) == []


def test_sitemap_holds_only_absolute_addresses(sub_path_site: tuple[Path, str]) -> None:
    """Check that every <loc> and every hreflang alternate of the published sitemap is an absolute address."""
    site, origin = sub_path_site
    text = (site / "sitemap.xml").read_text(encoding="utf-8")
    addresses = re.findall(r"<loc>([^<]*)</loc>", text) + re.findall(r'hreflang="[^"]*" href="([^"]*)"', text)
    assert len(addresses) > 60
    assert [a for a in addresses if not a.startswith(origin + SUB_PATH)] == []


@pytest.mark.browser
def test_switcher_on_the_home_page_stays_under_the_sub_path(browser, sub_path_site: tuple[Path, str]) -> None:
    """Check the home page's language switcher (mkdocs-static-i18n's weak spot) and search under a sub-path."""
    _, origin = sub_path_site
    page = browser.new_page()
    page.goto(origin + SUB_PATH)
    page.locator(".md-header .md-select > button").hover()
    page.locator(".md-select__link[hreflang=en]").click()
    page.wait_for_url(origin + SUB_PATH + "en/")
    page.locator(".md-header .md-select > button").hover()
    page.locator(".md-select__link[hreflang=fi]").click()
    page.wait_for_url(origin + SUB_PATH)
    page.keyboard.press("s")
    page.keyboard.type("verkostoitumisesta", delay=20)
    page.wait_for_selector(".md-search-result__item")
    href = page.locator(".md-search-result__item a").first.get_attribute("href")
    assert href.startswith(origin + SUB_PATH)
    page.close()


# ---------------------------------------------------------------------------------------------------------------------
# Offline copy (file share, no internet)
# ---------------------------------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def offline_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """`make offline` as a coordinator runs it, into a temporary folder."""
    out = tmp_path_factory.mktemp("share") / "site-offline"
    result = run_mkdocs_build(ROOT / "mkdocs.yml", out, env={"OFFLINE": "true"})
    assert result.returncode == 0, result.stderr[-3000:]
    return out


def test_offline_copy_references_no_other_host(offline_site: Path) -> None:
    """Check that the offline copy ships the search shim itself instead of loading it from unpkg.com."""
    for path in built_pages(offline_site):
        html = path.read_text(encoding="utf-8")
        assert "unpkg.com" not in html, path
        assert re.search(r'src="[^"]*assets/javascripts/vendor/iframe-worker-shim\.js"', html), path
    assert (offline_site / "search" / "search_index.js").read_text(encoding="utf-8").startswith("var __index = ")
    assert (offline_site / "en" / "search" / "search_index.js").exists()


@pytest.mark.browser
@pytest.mark.browser
def test_offline_404_pages_are_per_language_and_work_from_disk(browser, offline_site: Path) -> None:
    """Check that each language's 404 page in the offline copy is in its language, styled, and leads home from disk."""
    page = browser.new_page()
    for path, lang, home in (("404.html", "fi", "index.html"), ("en/404.html", "en", "en/index.html")):
        page.goto((offline_site / path).as_uri())
        assert page.evaluate("document.documentElement.lang") == lang
        assert page.evaluate("getComputedStyle(document.querySelector('.md-header')).position") == "sticky"  # styled
        page.locator("article a").last.click()
        page.wait_for_url((offline_site / home).as_uri())
    page.close()


@pytest.mark.browser
def test_offline_copy_works_from_disk(browser, offline_site: Path) -> None:
    """Check navigation, language switch, a worksheet and search from file:// with nothing but local files."""
    context = browser.new_context()
    page = context.new_page()
    log = RequestLog("file://")
    page.on("request", lambda request: log.urls.append(request.url))
    page.on("console", lambda message: message.type == "error" and log.console_errors.append(message.text))
    root = offline_site.as_uri() + "/"
    page.goto(root + "index.html")
    page.locator(".md-tabs__link", has_text="Työkalut").click()
    page.wait_for_load_state()
    assert page.url.startswith(root + "worksheets/")
    page.goto(root + "worksheets/goals.html")
    page.locator("[data-ws-field=goal] input").fill("Työpaikka omalta alalta")
    page.wait_for_function("(localStorage.getItem('tyouramentorointi:worksheet:goals') || '').includes('Työpaikka')")
    page.locator(".md-header .md-select > button").hover()
    page.locator(".md-select__link[hreflang=en]").click()
    page.wait_for_url(root + "en/worksheets/goals.html")
    assert page.locator("[data-ws-field=goal] input").input_value() == "Työpaikka omalta alalta"
    page.keyboard.press("s")
    page.keyboard.type("networking", delay=20)
    page.wait_for_selector(".md-search-result__item")
    assert page.locator(".md-search-result__item a").first.get_attribute("href").startswith(root + "en/")
    page.goto(root + "guide/phases.html")
    page.keyboard.press("s")
    page.keyboard.type("tavoitteita", delay=20)
    page.wait_for_selector(".md-search-result__item")
    assert {urlsplit(url).scheme for url in log.urls} == {"file"}
    assert log.console_errors == []
    context.close()


def test_make_offline_writes_a_zip(tmp_path: Path) -> None:
    """Check that `make offline` produces site-offline/ and a zip of it (run on a copy of the repository)."""
    work = tmp_path / "repo"
    shutil.copytree(ROOT, work, ignore=shutil.ignore_patterns(".venv", "site", "site-offline*", ".git", "node_modules"))
    (work / ".venv").symlink_to(ROOT / ".venv")
    stamp = ROOT / ".venv" / ".deps"
    result = subprocess.run(
        ["make", "-o", ".venv/.deps", "offline"], cwd=work, capture_output=True, text=True, timeout=300
    )
    assert result.returncode == 0, result.stderr[-3000:]
    assert stamp.exists()
    names = subprocess.run([sys.executable, "-m", "zipfile", "-l", str(work / "site-offline.zip")], capture_output=True, text=True).stdout
    assert "site-offline/index.html" in names and "site-offline/en/worksheets/goals.html" in names


# ---------------------------------------------------------------------------------------------------------------------
# Embedding in an intranet page
# ---------------------------------------------------------------------------------------------------------------------


@pytest.fixture()
def intranet_page(tmp_path: Path, server: str) -> Iterator[str]:
    """The documented host-page snippet (examples/embed-host.html) on another origin, pointing at the toolkit."""
    html = (ROOT / "examples" / "embed-host.html").read_text(encoding="utf-8")
    (tmp_path / "host.html").write_text(html.replace("https://intranet.example/hr/mentoring/", server + "worksheets/goals/"))
    sandboxed = html.replace("<iframe ", '<iframe sandbox="allow-scripts" ').replace(
        "https://intranet.example/hr/mentoring/", server + "worksheets/goals/"
    )
    (tmp_path / "sandboxed.html").write_text(sandboxed)
    with serve(tmp_path) as base:
        yield base


@pytest.mark.browser
def test_embedded_toolkit_hides_chrome_and_sizes_its_iframe(page, intranet_page: str, server: str) -> None:
    """Check that ?embed=1 hides header, navigation and footer for the visit and the host resizes the iframe."""
    page.goto(intranet_page + "host.html")
    frame = page.frame_locator("#mentoring-toolkit")
    frame.locator("[data-ws-field=goal] input").wait_for()
    assert not frame.locator(".md-header").is_visible()
    assert not frame.locator(".md-footer").is_visible()
    page.wait_for_function("document.getElementById('mentoring-toolkit').style.height !== ''")
    height = page.evaluate("parseInt(document.getElementById('mentoring-toolkit').style.height)")
    assert height > 800
    # Following a link inside the frame keeps the embedded view.
    frame.locator(".md-content a[href^='../']:visible").first.click()
    page.frames[1].wait_for_url(lambda url: url != server + "worksheets/goals/?embed=1")
    frame.locator("h1").wait_for()
    assert not frame.locator(".md-header").is_visible()


@pytest.mark.browser
def test_embedded_view_has_language_switch_and_worksheet_list(page, intranet_page: str, server: str) -> None:
    """Check that the embedded view's compact bar switches language and leads to the worksheet list, still embedded."""
    page.goto(intranet_page + "host.html")
    frame = page.frame_locator("#mentoring-toolkit")
    bar = frame.locator("nav.embed-bar")
    bar.wait_for()
    assert bar.get_attribute("aria-label") == "Oppaan valikko"
    assert not frame.locator(".embed-bar__storage").is_visible()  # storage works in this frame
    bar.get_by_role("link", name="English").click()
    page.frames[1].wait_for_url(server + "en/worksheets/goals/")
    frame.locator("html[lang=en]").wait_for(state="attached")
    assert not frame.locator(".md-header").is_visible()
    frame.locator("nav.embed-bar").get_by_role("link", name="All worksheets").click()
    page.frames[1].wait_for_url(server + "en/worksheets/")
    assert frame.locator("nav.embed-bar").is_visible()
    opener = frame.locator("nav.embed-bar [data-embed-open]")
    assert opener.get_attribute("target") == "_blank" and "embed" not in (opener.get_attribute("href") or "")


@pytest.mark.browser
def test_embedded_view_ends_with_the_frame_and_with_embed_0(page, intranet_page: str, server: str) -> None:
    """Check that after a visit inside the frame, the same tab opened full-page shows the whole site, and ?embed=0
    ends the embedded view inside a frame too."""
    page.goto(intranet_page + "host.html")
    page.frame_locator("#mentoring-toolkit").locator("nav.embed-bar").wait_for()
    page.goto(server + "worksheets/goals/")  # the same tab, full-page, same origin as the frame's session flag
    assert page.locator(".md-header").is_visible()
    assert not page.locator("nav.embed-bar").is_visible()
    page.goto(server + "worksheets/goals/?embed=1")  # asked for explicitly: embedded even full-page
    assert not page.locator(".md-header").is_visible()
    page.goto(server + "worksheets/goals/?embed=0")
    assert page.locator(".md-header").is_visible()
    page.goto(intranet_page + "host.html")
    frame = page.frame_locator("#mentoring-toolkit")
    frame.locator("nav.embed-bar").wait_for()
    page.frames[1].goto(server + "worksheets/?embed=0")
    assert frame.locator(".md-header").is_visible()
    page.frames[1].goto(server + "worksheets/goals/")
    assert frame.locator(".md-header").is_visible()  # ended for the visit, not only for one page


@pytest.mark.browser
def test_sandboxed_iframe_without_storage_still_works(page, intranet_page: str) -> None:
    """Check that in an iframe whose storage is blocked the worksheet works and says answers are not kept."""
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto(intranet_page + "sandboxed.html")
    frame = page.frame_locator("#mentoring-toolkit")
    notice = frame.locator("[data-ws-notice]")
    notice.wait_for()
    assert "vastauksiasi ei säilytetä" in notice.inner_text()
    # The bar says why and offers the way out: the same page in a tab of its own, where saving works.
    assert frame.locator(".embed-bar__storage").is_visible()
    assert "Avaa opas omaan välilehteensä" in frame.locator(".embed-bar__storage").inner_text()
    assert frame.locator("[data-embed-open]").get_attribute("href") == "./"
    frame.locator("[data-ws-field=goal] input").fill("Tavoite")
    assert frame.locator("[data-ws-field=goal] input").input_value() == "Tavoite"
    assert not frame.locator(".md-header").is_visible()
    assert errors == []  # neither our scripts nor Material's throw when storage is blocked


# ---------------------------------------------------------------------------------------------------------------------
# Branding
# ---------------------------------------------------------------------------------------------------------------------

SAMPLE_ORGANISATION = """\
    name: {fi: Esimerkkikaupungin työllisyyspalvelut, en: Example City Employment Services}
    logo: assets/images/org-logo.svg
    colour: "#0b5394"
    contact_name: Maija Meikäläinen
    contact_email: mentorointi@example.fi
    programme_url: {fi: https://example.fi/mentorointi, en: https://example.fi/en/mentoring}
    programme_page: true
    further_reading:
      - {title: {fi: Kaupungin työllisyyspalvelut, en: City employment services}, url: https://example.fi/tyo}
      - {title: {fi: Vain suomeksi}, url: https://example.fi/vain-suomeksi}
"""

PROGRAMME_PAGE = {
    "fi": "---\ntitle: Ohjelmamme\ndescription: \"Esimerkkikaupungin mentorointiohjelma – aikataulu, tapaamiset ja yhteystiedot.\"\n---\n\n# Ohjelmamme\n\nOhjelma alkaa syyskuussa.\n",
    "en": "---\ntitle: Our programme\ndescription: \"The Example City mentoring programme – schedule, meetings and contacts.\"\n---\n\n# Our programme\n\nThe programme starts in September.\n",
}


def branded_docs(tmp_path: Path) -> Path:
    docs = tmp_path / "docs"
    shutil.copytree(ROOT / "docs", docs)
    (docs / "assets" / "images" / "org-logo.svg").write_text(
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 8"><circle cx="4" cy="4" r="4"/></svg>'
    )
    for lang, text in PROGRAMME_PAGE.items():
        (docs / f"programme.{lang}.md").write_text(text, encoding="utf-8")
    sys.path.insert(0, str(ROOT / "scripts"))
    import i18n_tool

    en = docs / "programme.en.md"
    source = (docs / "programme.fi.md").read_text(encoding="utf-8")
    en.write_text(i18n_tool.set_front_matter_key(en.read_text(encoding="utf-8"), "source_hash", i18n_tool.i18n_sync.source_hash(source)))
    return docs


@pytest.fixture(scope="module")
def branded_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    tmp = tmp_path_factory.mktemp("branded")
    config = site_config(tmp, branded_docs(tmp), SAMPLE_ORGANISATION)
    result = run_mkdocs_build(config, tmp / "site")
    assert result.returncode == 0, result.stderr[-3000:]
    return tmp / "site"


def test_organisation_appears_where_promised(branded_site: Path) -> None:
    """Check the organisation's name in the header, contacts in the footer and on the coordinators' page."""
    fi = (branded_site / "roles" / "coordinator" / "index.html").read_text(encoding="utf-8")
    en = (branded_site / "en" / "roles" / "coordinator" / "index.html").read_text(encoding="utf-8")
    assert "Työuramentorointi · Esimerkkikaupungin työllisyyspalvelut" in fi
    assert "Career mentoring · Example City Employment Services" in en
    for html, url in ((fi, "https://example.fi/mentorointi"), (en, "https://example.fi/en/mentoring")):
        doc = PageDoc(html)
        assert html.count('href="mailto:mentorointi@example.fi"') == 2  # footer and the page itself
        assert "Maija Meikäläinen" in doc.text
        assert len(doc.find("a", href=url)) == 2
    home = (branded_site / "index.html").read_text(encoding="utf-8")
    assert 'href="mailto:mentorointi@example.fi"' in home  # footer on every page
    assert "org-logo.svg" in home
    assert "assets/stylesheets/brand.css" in home
    brand = (branded_site / "assets" / "stylesheets" / "brand.css").read_text()
    assert "--site-brand:#0b5394" in brand.replace(" ", "")  # served compact (hooks/minify_css.py)


def test_further_reading_lists_the_organisations_own_links(branded_site: Path, site_dir: Path) -> None:
    """Check that the organisation's links end the Further reading page in each language (a link without a title in
    a language is left out there), and that the default site adds none."""
    fi = PageDoc((branded_site / "kit" / "further-reading" / "index.html").read_text(encoding="utf-8"))
    en = PageDoc((branded_site / "en" / "kit" / "further-reading" / "index.html").read_text(encoding="utf-8"))
    own = ("https://example.fi/tyo", "https://example.fi/vain-suomeksi")
    assert [a.get("href") for a in fi.find("a") if a.get("href") in own] == list(own)
    assert [a.get("href") for a in en.find("a") if a.get("href") in own] == ["https://example.fi/tyo"]
    assert "Ohjelmanne järjestäjän lisäämät linkit" in fi.text and "Links added by your programme" in en.text
    default = (site_dir / "kit" / "further-reading" / "index.html").read_text(encoding="utf-8")
    assert 'id="organisation-links"' not in default


def test_programme_page_is_added_to_the_navigation(branded_site: Path) -> None:
    """Check that the organisation's own page is built in both languages and listed right after the home page."""
    fi_home = PageDoc((branded_site / "index.html").read_text(encoding="utf-8"))
    tabs = [a.get("href") for a in fi_home.find("a") if "md-tabs__link" in a.get("class", "")]
    assert tabs[:2] == [".", "programme/"]
    assert (branded_site / "en" / "programme" / "index.html").exists()


@pytest.mark.browser
def test_printed_worksheet_names_the_organisation(browser, branded_site: Path) -> None:
    """Check that a printed worksheet carries the organisation's name and programme contacts."""
    from pypdf import PdfReader
    import io

    with serve(branded_site) as base:
        page = browser.new_page()
        page.goto(base + "worksheets/agreement/")
        page.wait_for_selector("[data-ws-toolbar]:not([hidden])")
        sheets = [" ".join(p.extract_text().split()) for p in PdfReader(io.BytesIO(page.pdf(format="A4", prefer_css_page_size=True))).pages]
        page.check("[data-ws-bilingual]")
        bilingual = [" ".join(p.extract_text().split()) for p in PdfReader(io.BytesIO(page.pdf(format="A4", prefer_css_page_size=True))).pages]
        page.close()
    # The programme contacts the README promises at the top of every printed sheet, in both languages when bilingual.
    assert len(sheets) >= 2 and len(bilingual) >= 2
    for sheet in sheets:
        assert ("Yhteyshenkilö: Maija Meikäläinen · Sähköposti: mentorointi@example.fi · Ohjelman verkkosivu: "
                "https://example.fi/mentorointi") in sheet
    for sheet in bilingual:
        assert ("Yhteyshenkilö / Contact person: Maija Meikäläinen · Sähköposti / E-mail: mentorointi@example.fi · "
                "Ohjelman verkkosivu / Programme web page: https://example.fi/mentorointi / https://example.fi/en/mentoring") in sheet
    # Every sheet's footer names the site and the organisation; in bilingual print in both languages.
    assert all("Työuramentorointi · Esimerkkikaupungin työllisyyspalvelut · Mentorointisopimus" in sheet for sheet in sheets)
    assert all("Työuramentorointi · Esimerkkikaupungin työllisyyspalvelut / Career mentoring · Example City Employment "
               "Services · Mentorointisopimus / Mentoring agreement" in sheet for sheet in bilingual)


def test_logo_is_named_after_the_organisation(branded_site: Path) -> None:
    """Check that the header logo's text alternative is the organisation's name in each language, not "logo"."""
    for path, name in (("index.html", "Esimerkkikaupungin työllisyyspalvelut"), ("en/index.html", "Example City Employment Services")):
        images = [img for img in PageDoc((branded_site / path).read_text(encoding="utf-8")).find("img") if "org-logo.svg" in img.get("src", "")]
        assert [img.get("alt") for img in images] == [name, name]  # header and the mobile drawer
        # Its space is reserved before it loads: 24 px tall (the header's 1.2rem), as wide as its 32:8 viewBox says.
        assert {(img.get("width"), img.get("height")) for img in images} == {("96", "24")}


@pytest.mark.browser
def test_long_organisation_name_is_readable_on_a_phone(browser, branded_site: Path) -> None:
    """Check that on a 360 px wide phone the organisation's whole name is on screen above the page, not cut off."""
    with serve(branded_site) as base:
        page = browser.new_page(viewport={"width": 360, "height": 740})
        for path, name in (("", "Esimerkkikaupungin työllisyyspalvelut"), ("en/worksheets/goals/", "Example City Employment Services")):
            page.goto(base + path)
            strip = page.locator(".site-org-strip")
            assert strip.is_visible() and strip.inner_text() == name
            box = strip.evaluate("e => ({scroll: e.scrollWidth, client: e.clientWidth, top: e.getBoundingClientRect().top})")
            assert box["scroll"] <= box["client"] and box["top"] < 200, box
        page.set_viewport_size({"width": 1400, "height": 900})
        assert not page.locator(".site-org-strip").is_visible()  # the header holds the whole name on a laptop
        page.close()


def test_default_site_shows_no_organisation(site_dir: Path) -> None:
    """Check that the neutral defaults add no contacts block, brand stylesheet or programme page."""
    html = (site_dir / "roles" / "coordinator" / "index.html").read_text(encoding="utf-8")
    assert "site-contact" not in html and "brand.css" not in html
    assert not (site_dir / "programme").exists()


@pytest.mark.parametrize(
    ("organisation", "message"),
    [
        ('    colour: "#a0c4ff"\n', "extra.organisation.colour '#a0c4ff' is too light for white text"),
        ("    colour: blue\n", "extra.organisation.colour 'blue' must be written as #rrggbb"),
        ("    contact_email: not-an-address\n", "extra.organisation.contact_email 'not-an-address' is not an e-mail address"),
        ("    logo: assets/images/missing.svg\n", "extra.organisation.logo 'assets/images/missing.svg' is not a file"),
        ("    programme_page: true\n", "programme_page is true, but docs/programme.fi.md does not exist"),
        ("    colour_scheme: dark\n", "unknown setting extra.organisation.colour_scheme"),
        ("    further_reading:\n      - {title: Palvelut, url: example.fi}\n",
         "extra.organisation.further_reading entry 1: url 'example.fi' must start with https://"),
        ("    further_reading:\n      - {url: https://example.fi}\n", "further_reading entry 1: 'title:' is missing"),
        ("    colour: #6a1b4d\n", "extra.organisation.colour has no value: YAML reads a value that starts with # as a "
         'comment. Put it in quotes: colour: "#6a1b4d"'),
        ("    logo: /assets/images/logo.svg\n", "extra.organisation.logo '/assets/images/logo.svg' must be a path under "
         "docs/, without a leading / or an address"),
        ("    logo: https://cdn.example/logo.svg\n", "extra.organisation.logo 'https://cdn.example/logo.svg' must be a path"),
    ],
)
def test_bad_branding_stops_the_build_with_a_message(tmp_path: Path, organisation: str, message: str) -> None:
    """Check that a branding value that cannot work stops the build and names the setting."""
    result = run_mkdocs_build(site_config(tmp_path, organisation=organisation), tmp_path / "site")
    assert result.returncode != 0
    assert message in result.stderr
