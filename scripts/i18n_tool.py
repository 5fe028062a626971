"""Translation bookkeeping for authors: check, status table and marking a translation in sync.

    python scripts/i18n_tool.py check                 # every sync-guard problem, without building
    python scripts/i18n_tool.py status                # table of page pairs: in sync / outdated / missing
    python scripts/i18n_tool.py mark guide/principles [--lang en]

A translation is "in sync" when its front matter holds `source_hash:` equal to the hash of the current Finnish
source. `mark` writes that hash after a person has brought the translation up to date. `status` shows what changed
in the source since the recorded hash, when git history still holds that version.
"""

from __future__ import annotations

import argparse
import difflib
import subprocess
import sys
from pathlib import Path

from toolkit import frontmatter, session
from toolkit import frontmatter as i18n_sync  # the name other tests use for `source_hash`
from toolkit.mkdocs_site import load_settings as load_site
from toolkit.site import collect_pages

ROOT = Path(__file__).resolve().parent.parent


def load_settings(config_file: Path) -> tuple[Path, list[str]]:
    """Docs folder and languages (source first), as MkDocs loads mkdocs.yml, without running a build."""
    settings = load_site(Path(config_file).resolve())
    return settings.docs_dir, list(settings.languages)


def page_name(arg: str, languages: list[str]) -> str:
    """Accept 'guide/x', 'guide/x.md', 'docs/guide/x.fi.md' and similar."""
    name = arg.removeprefix("docs/").removesuffix(".md")
    stem, _, suffix = name.rpartition(".")
    return stem if stem and suffix in languages else name


# ---------------------------------------------------------------------------------------------------------------------
# Commands
# ---------------------------------------------------------------------------------------------------------------------


def cmd_check(config_file: Path) -> int:
    settings = load_site(Path(config_file).resolve())
    problems = session.check_docs(settings.docs_dir, settings.languages, settings.extensions, settings.configs)
    for problem in problems:
        print(problem)
    print(f"{len(problems)} problem(s)." if problems else "All translations are in sync.")
    return 1 if problems else 0


def cmd_status(docs_dir: Path, languages: list[str]) -> int:
    pages = collect_pages(docs_dir, languages).pages
    source_lang = languages[0]
    rows: list[tuple[str, str, str]] = []
    diffs: list[str] = []
    for page in sorted(pages):
        by_lang = pages[page]
        source = by_lang.get(source_lang)
        for lang in languages[1:]:
            if source is None:
                rows.append((page, lang, f"missing source ({source_lang})"))
                continue
            if lang not in by_lang:
                rows.append((page, lang, "missing"))
                continue
            try:
                source_text = frontmatter.read_text(source)
                translation = frontmatter.read_page(by_lang[lang])
            except UnicodeDecodeError:
                rows.append((page, lang, "unreadable (not UTF-8)"))
                continue
            marked = translation.meta.get(frontmatter.SOURCE_HASH_KEY)
            if translation.error:
                rows.append((page, lang, "unreadable front matter"))
            elif not marked:
                rows.append((page, lang, "not marked"))
            elif str(marked) == frontmatter.source_hash(source_text):
                rows.append((page, lang, "in sync"))
            else:
                rows.append((page, lang, "outdated"))
                diffs.append(source_diff(source, str(marked), source_text))
    width = max((len(p) for p, _, _ in rows), default=4)
    print(f"{'page':<{width}}  lang  state")
    for page, lang, state in rows:
        print(f"{page:<{width}}  {lang:<4}  {state}")
    for diff in diffs:
        print()
        print(diff)
    return 0


def cmd_mark(docs_dir: Path, languages: list[str], page: str, only: str | None) -> int:
    source = docs_dir / f"{page}.{languages[0]}.md"
    if not source.exists():
        print(f"{source}: no such source page", file=sys.stderr)
        return 2
    digest = frontmatter.source_hash(frontmatter.read_text(source))
    targets = [only] if only else languages[1:]
    status = 0
    for lang in targets:
        path = docs_dir / f"{page}.{lang}.md"
        if not path.exists():
            print(f"{path}: missing — translate {source.name} first", file=sys.stderr)
            status = 2
            continue
        shown = path.relative_to(docs_dir.parent)
        try:
            marked = set_front_matter_key(frontmatter.read_text(path), frontmatter.SOURCE_HASH_KEY, digest)
        except (UnicodeDecodeError, frontmatter.FrontMatterError) as exc:
            reason = "it is not UTF-8 text" if isinstance(exc, UnicodeDecodeError) else str(exc)
            print(f"{shown}: not marked, left unchanged: {reason}", file=sys.stderr)
            status = 2
            continue
        frontmatter.write_like(path, marked)
        print(f"{path.relative_to(docs_dir.parent)}: marked in sync with {source.name} ({digest})")
    return status


# ---------------------------------------------------------------------------------------------------------------------
# Helpers
# ---------------------------------------------------------------------------------------------------------------------


def set_front_matter_key(text: str, key: str, value: str) -> str:
    """Set one top-level key in the YAML front matter, keeping every other line as written (see
    `toolkit.frontmatter.set_key`; raises FrontMatterError for front matter MkDocs would not read)."""
    return frontmatter.set_key(text, key, value)


def source_diff(source: Path, marked: str, current: str) -> str:
    """Unified diff from the source version that was marked (found in git history) to the current one."""
    header = f"--- changes in {source.name} since the translation was marked"
    top = _git(source.parent, "rev-parse", "--show-toplevel")
    if top is not None:
        repo = Path(top.strip()).resolve()
        rel = source.resolve().relative_to(repo).as_posix()
        for commit in (_git(repo, "log", "--format=%H", "--", rel) or "").split():
            old = _git(repo, "show", f"{commit}:{rel}")
            if old is not None and frontmatter.source_hash(old) == marked:
                diff = difflib.unified_diff(
                    old.splitlines(), current.splitlines(), f"{rel} (marked, {commit[:8]})", f"{rel} (now)", lineterm=""
                )
                return header + "\n" + "\n".join(diff)
    return header + "\n(the marked version is not in git history, so the changes cannot be shown)"


def _git(cwd: Path, *args: str) -> str | None:
    try:
        result = subprocess.run(["git", *args], cwd=cwd, capture_output=True, text=True)
    except OSError:
        return None
    return result.stdout if result.returncode == 0 else None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--config", type=Path, default=ROOT / "mkdocs.yml")
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("check")
    sub.add_parser("status")
    mark = sub.add_parser("mark")
    mark.add_argument("page")
    mark.add_argument("--lang")
    args = parser.parse_args(argv)
    if args.command == "check":
        return cmd_check(args.config)
    docs_dir, languages = load_settings(args.config)
    if args.command == "status":
        return cmd_status(docs_dir, languages)
    return cmd_mark(docs_dir, languages, page_name(args.page, languages), args.lang)


if __name__ == "__main__":
    sys.exit(main())
