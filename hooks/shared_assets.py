"""Shared assets: an image both languages show (`![](../assets/images/logo.svg)` in both pages) works in every build.

With `fallback_to_default: false`, mkdocs-static-i18n leaves every file without a language suffix out of the other
languages' builds, so an English page that shows a shared image fails the strict build (the target "is not found
among documentation files"). This hook gives each other language's build those files back, pointing at the one
copy the default build writes (`../img/logo.svg` from `/en/`), so nothing is copied twice and the link stays
relative (sub-paths, file shares). A localised file (`logo.en.svg`) still wins for its language: the plugin has
already put it in that build's files under the shared name.
"""

from __future__ import annotations

import os
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING

from mkdocs.plugins import event_priority
from mkdocs.structure.files import File

from toolkit.site import configured_languages, is_nested_build, page_key

if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig
    from mkdocs.structure.files import Files


class _State:
    def __init__(self) -> None:
        self.site_dir = Path()  # the outer build's site folder (the default language's)


STATE = _State()

# ---------------------------------------------------------------------------------------------------------------------
# MkDocs events
# ---------------------------------------------------------------------------------------------------------------------


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    if not is_nested_build(config):
        STATE.site_dir = Path(config.site_dir)
    return config


@event_priority(-110)  # after mkdocs-static-i18n (-100) has chosen this language's files
def on_files(files: Files, config: MkDocsConfig) -> Files:
    if not is_nested_build(config):
        return files
    up = len(Path(config.site_dir).relative_to(STATE.site_dir).parts)
    present = {file.src_uri for file in files}
    for src_uri in shared_files(Path(config.docs_dir), configured_languages(config)):
        if src_uri not in present:
            destination = PurePosixPath(*([".."] * up), src_uri).as_posix()
            files.append(File(src_uri, config.docs_dir, config.site_dir, config.use_directory_urls, dest_uri=destination))
    return files


# ---------------------------------------------------------------------------------------------------------------------
# Helpers
# ---------------------------------------------------------------------------------------------------------------------


def shared_files(docs_dir: Path, languages: list[str]) -> list[str]:
    """Files under `docs_dir` (symbolic links followed, as MkDocs does) that are neither pages nor localised
    (`img/logo.svg`, not `img/logo.en.svg`), as site paths."""
    found = []
    for folder, _, names in os.walk(docs_dir, followlinks=True):
        for name in names:
            stem, dot, extension = name.rpartition(".")
            if not dot or extension == "md" or name.startswith("."):
                continue
            if page_key(f"{stem}.md", languages)[1] is None:
                found.append((Path(folder) / name).relative_to(docs_dir).as_posix())
    return sorted(found)
