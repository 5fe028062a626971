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

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "hooks"))

import i18n_sync  # noqa: E402
from mkdocs.utils import yaml_load  # noqa: E402


def load_settings(config_file: Path) -> tuple[Path, list[str]]:
    """Docs folder and languages (source first) from mkdocs.yml, without running a build."""
    with config_file.open(encoding="utf-8") as handle:
        config = yaml_load(handle)
    docs_dir = config_file.parent / config.get("docs_dir", "docs")
    for plugin in config.get("plugins", []):
        if isinstance(plugin, dict) and "i18n" in plugin:
            langs = [lang for lang in plugin["i18n"]["languages"] if lang.get("build", True)]
            langs.sort(key=lambda lang: not lang.get("default", False))
            return docs_dir, [lang["locale"] for lang in langs if lang["locale"] != "null"]
    raise SystemExit(f"{config_file}: no 'i18n' plugin configured")


def page_name(arg: str, languages: list[str]) -> str:
    """Accept 'guide/x', 'guide/x.md', 'docs/guide/x.fi.md' and similar."""
    name = arg.removeprefix("docs/").removesuffix(".md")
    stem, _, suffix = name.rpartition(".")
    return stem if stem and suffix in languages else name


# ---------------------------------------------------------------------------------------------------------------------
# Commands
# ---------------------------------------------------------------------------------------------------------------------


def cmd_check(docs_dir: Path, languages: list[str]) -> int:
    problems = i18n_sync.check_docs(docs_dir, languages)
    for problem in problems:
        print(problem)
    print(f"{len(problems)} problem(s)." if problems else "All translations are in sync.")
    return 1 if problems else 0


def cmd_status(docs_dir: Path, languages: list[str]) -> int:
    pages, _ = i18n_sync.collect_pages(docs_dir, languages)
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
            source_text = source.read_text(encoding="utf-8")
            doc = i18n_sync.Document(str(by_lang[lang]), page, lang, by_lang[lang].read_text(encoding="utf-8"))
            marked = doc.meta.get("source_hash")
            if not marked:
                rows.append((page, lang, "not marked"))
            elif str(marked) == i18n_sync.source_hash(source_text):
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
    digest = i18n_sync.source_hash(source.read_text(encoding="utf-8"))
    targets = [only] if only else languages[1:]
    status = 0
    for lang in targets:
        path = docs_dir / f"{page}.{lang}.md"
        if not path.exists():
            print(f"{path}: missing — translate {source.name} first", file=sys.stderr)
            status = 2
            continue
        path.write_text(set_front_matter_key(path.read_text(encoding="utf-8"), "source_hash", digest), encoding="utf-8")
        print(f"{path.relative_to(docs_dir.parent)}: marked in sync with {source.name} ({digest})")
    return status


# ---------------------------------------------------------------------------------------------------------------------
# Helpers
# ---------------------------------------------------------------------------------------------------------------------


def set_front_matter_key(text: str, key: str, value: str) -> str:
    """Set one top-level key in the YAML front matter, keeping every other line as written."""
    match = i18n_sync.RE_FRONT_MATTER.match(text)
    if not match:
        return f"---\n{key}: {value}\n---\n\n{text}"
    lines = (match.group("yaml") or "").splitlines()
    lines = [line for line in lines if not line.startswith(f"{key}:")]
    lines.append(f"{key}: {value}")
    return "---\n" + "\n".join(lines) + "\n---\n" + text[match.end() :]


def source_diff(source: Path, marked: str, current: str) -> str:
    """Unified diff from the source version that was marked (found in git history) to the current one."""
    header = f"--- changes in {source.name} since the translation was marked"
    top = _git(source.parent, "rev-parse", "--show-toplevel")
    if top is not None:
        repo = Path(top.strip()).resolve()
        rel = source.resolve().relative_to(repo).as_posix()
        for commit in (_git(repo, "log", "--format=%H", "--", rel) or "").split():
            old = _git(repo, "show", f"{commit}:{rel}")
            if old is not None and i18n_sync.source_hash(old) == marked:
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
    docs_dir, languages = load_settings(args.config)
    if args.command == "check":
        return cmd_check(docs_dir, languages)
    if args.command == "status":
        return cmd_status(docs_dir, languages)
    return cmd_mark(docs_dir, languages, page_name(args.page, languages), args.lang)


if __name__ == "__main__":
    sys.exit(main())
