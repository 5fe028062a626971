"""Base forms (lemmas) of the words on the site, for the search index's hidden lemma fields.

Finnish inflection changes the inside of a word (consonant gradation: käytäntö -> käytännön, tavoite ->
tavoitteita), which lunr's Snowball stemmer does not undo, so a base form and its inflected forms can have
different stems. simplemma (https://github.com/adbar/simplemma, a maintained dictionary lemmatiser in pure Python)
maps an inflected form to its base form; the search hook puts those base forms into a hidden field of the index.

simplemma loads its whole Finnish dictionary (3.5 million forms) on first use: about 2 s on a free core, 4-7 s on a
busy one, which is more than the rest of the build. So every word's lemma is kept in a small JSON cache beside
mkdocs.yml (`.cache/search/lemmas-<lang>.json`, like Material's own plugins keep theirs under `.cache/plugin/`),
and the dictionary is loaded only when the site has words the cache has not seen (a fresh clone, or new text).
"""

from __future__ import annotations

import importlib.metadata
import json
import os
import tempfile
from collections.abc import Iterable
from pathlib import Path

#: Languages whose index gets lemma fields: those where the stemmer misses base forms (measured for Finnish in
#: bench/results.md, "Search: queries of mentees and mentors"). Any language simplemma knows can be added.
LEMMA_LANGUAGES = frozenset({"fi"})
CACHE_FOLDER = Path(".cache") / "search"


def lemmas(words: Iterable[str], lang: str, project: Path) -> dict[str, str]:
    """The base form of each word (lower case in, lower case out), read from the cache or from simplemma.

    `project` is the folder of mkdocs.yml, under which the cache lives. Words the lemmatiser does not know map to
    themselves. The cache is rewritten (atomically, so two parallel builds cannot leave half a file) only when
    words were added.
    """
    wanted = set(words)
    path = project / CACHE_FOLDER / f"lemmas-{lang}.json"
    version = importlib.metadata.version("simplemma")
    known = _read_cache(path, version)
    missing = sorted(wanted - known.keys())
    if missing:
        import simplemma  # imported here: only a build with new words pays for loading it

        for word in missing:
            known[word] = simplemma.lemmatize(word, lang=lang).lower()
        _write_cache(path, version, known)
    return {word: known[word] for word in wanted}


def _read_cache(path: Path, version: str) -> dict[str, str]:
    """The cached lemmas, or nothing when the file is missing, unreadable or from another simplemma version."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(data, dict) or data.get("simplemma") != version or not isinstance(data.get("lemmas"), dict):
        return {}
    return {str(word): str(lemma) for word, lemma in data["lemmas"].items()}


def _write_cache(path: Path, version: str, known: dict[str, str]) -> None:
    """Write the cache through a temporary file and a rename; a read-only project folder only costs speed."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            json.dump({"simplemma": version, "lemmas": dict(sorted(known.items()))}, out, ensure_ascii=False, indent=0)
        os.replace(temporary, path)
    except OSError:
        pass
