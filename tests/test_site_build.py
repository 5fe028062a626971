"""The built site, read as HTML: both languages, lang attributes, switcher targets, 404, nothing from other hosts."""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import pytest

from helpers import PageDoc, built_pages

EXTERNAL = re.compile(r"^(?:[a-z][a-z0-9+.-]*:)?//", re.I)


def page_doc(path: Path) -> PageDoc:
    return PageDoc(path.read_text(encoding="utf-8"))


def finnish_pages(site: Path) -> list[Path]:
    return [p for p in built_pages(site) if p.relative_to(site).parts[0] != "en"]


def test_every_finnish_page_has_an_english_twin(site_dir: Path) -> None:
    """Check that both languages are built with the same set of pages."""
    fi = {p.relative_to(site_dir).as_posix() for p in finnish_pages(site_dir)}
    en = {p.relative_to(site_dir / "en").as_posix() for p in built_pages(site_dir / "en")}
    assert len(fi) >= 30
    assert fi == en


def test_lang_attribute_matches_the_language(site_dir: Path) -> None:
    """Check that <html lang> is fi at the root and en under /en/."""
    for path in built_pages(site_dir):
        expected = "en" if path.relative_to(site_dir).parts[0] == "en" else "fi"
        assert page_doc(path).lang == expected, path


def test_language_switcher_opens_the_same_page_in_the_other_language(site_dir: Path) -> None:
    """Check that every page's switcher and hreflang links point at its own translation."""
    for path in built_pages(site_dir):
        rel = path.relative_to(site_dir).as_posix()
        fi_rel = rel.removeprefix("en/")
        expected = {"fi": fi_rel, "en": f"en/{fi_rel}"}
        doc = page_doc(path)
        switcher = {a["hreflang"]: a["href"] for a in doc.find("a") if "md-select__link" in a.get("class", "")}
        alternates = {a["hreflang"]: a["href"] for a in doc.find("link", rel="alternate") if a.get("hreflang")}
        for links in (switcher, alternates):
            assert set(links) == {"fi", "en"}, rel
            for lang, href in links.items():
                target = urljoin(f"http://x/{rel}", href)
                resolved = urlsplit(target).path.lstrip("/")
                if resolved == "" or resolved.endswith("/"):
                    resolved += "index.html"
                assert resolved == expected[lang], f"{rel}: {lang} link {href} -> {resolved}"


def test_404_page_is_finnish(site_dir: Path) -> None:
    """Check that the site-root 404 page is the Finnish one, not the last language built."""
    doc = page_doc(site_dir / "404.html")
    assert doc.lang == "fi"
    assert "Sivua ei löytynyt" in doc.text
    assert "Page not found" not in doc.text


def test_no_page_loads_anything_from_another_host(site_dir: Path) -> None:
    """Check that no script, stylesheet, font, image or frame comes from another host."""
    for path in [*built_pages(site_dir), site_dir / "404.html"]:
        doc = page_doc(path)
        for tag, attrs in doc.tags:
            for attr in ("src", "srcset", "data"):
                assert not EXTERNAL.match(attrs.get(attr, "")), f"{path}: <{tag} {attr}={attrs[attr]}>"
            if tag == "link" and attrs.get("rel") in ("stylesheet", "preload", "preconnect", "icon", "modulepreload", "dns-prefetch"):
                assert not EXTERNAL.match(attrs.get("href", "")), f"{path}: <link href={attrs['href']}>"
        html = path.read_text(encoding="utf-8")
        assert "fonts.googleapis" not in html and "fonts.gstatic" not in html, path
        assert "@import url(http" not in html, path


def test_stylesheets_and_scripts_reference_no_other_host(site_dir: Path) -> None:
    """Check that CSS url()s and our own scripts do not fetch from another host."""
    for css in (site_dir / "assets").rglob("*.css"):
        for url in re.findall(r"url\(\s*['\"]?([^'\")]+)", css.read_text(encoding="utf-8")):
            assert not EXTERNAL.match(url), f"{css}: url({url})"
    script = "".join((site_dir / "assets" / "javascripts" / name).read_text(encoding="utf-8") for name in ("ui.js", "answers.js", "answers-count.js", "answers-import.js", "storage.js", "fields.js", "worksheet-page.js", "overview.js", "import.js", "worksheet.bundle.js", "overview.bundle.js", "import.bundle.js"))
    assert "fetch(" not in script and "XMLHttpRequest" not in script and "sendBeacon" not in script


def test_theme_font_is_disabled(site_dir: Path) -> None:
    """Check that Material's Google Fonts request is switched off (theme.font: false)."""
    html = (site_dir / "index.html").read_text(encoding="utf-8")
    assert "fonts.googleapis.com" not in html


@pytest.mark.parametrize("lang_prefix", ["", "en/"])
def test_every_page_has_description_h1_and_no_placeholder(site_dir: Path, lang_prefix: str) -> None:
    """Check that every page has a meta description of its own, one H1 and no placeholder text."""
    root = site_dir / lang_prefix if lang_prefix else site_dir
    pages = built_pages(root) if lang_prefix else finnish_pages(site_dir)
    for path in pages:
        doc = page_doc(path)
        descriptions = doc.find("meta", name="description")
        assert descriptions and len(descriptions[0]["content"]) >= 40, path
        assert len(doc.find("h1")) == 1, path
        text = doc.text.lower()
        for placeholder in ("lorem ipsum", "todo", "tulossa", "coming soon", "tbd"):
            assert not re.search(rf"\b{placeholder}\b", text), f"{path}: '{placeholder}'"


def test_descriptions_differ_between_languages(site_dir: Path) -> None:
    """Check that English pages carry English descriptions, not copies of the Finnish ones."""
    for path in finnish_pages(site_dir):
        rel = path.relative_to(site_dir)
        fi = page_doc(path).find("meta", name="description")[0]["content"]
        en = page_doc(site_dir / "en" / rel).find("meta", name="description")[0]["content"]
        assert fi != en, rel
