"""The toolkit's engine: site model, sync guard, worksheet definitions; the MkDocs hooks are thin adapters.

Installed as a package (`pip install -e .`, run by `make`), so hooks, scripts and tests all `import toolkit`.
Core modules import no MkDocs code, so the engine can move to another generator:

| module | what it holds |
|---|---|
| `problems` | `Problem(path, line, message)`, what every check returns |
| `site` | languages (source first), page pairs, the "nested per-language build" check |
| `frontmatter` | front matter read the MkDocs way (BOM, `...`, CRLF), `source_hash`, writing one key |
| `structure` | what a page publishes (headings, link/image targets, includes, ids), from Python-Markdown's tree |
| `render` | the same structure outside a build, with the site's Markdown extensions |
| `rules`, `guard` | the sync guard's rules and the runner over a docs folder |
| `worksheet_fields` | the `/// field` syntax |
| `mkdocs_site` | adapter: mkdocs.yml loaded by MkDocs' own config code, for scripts and tests |

## Hook event order (mkdocs.yml `hooks:`; the i18n plugin builds Finnish, then each other language nested)

| event | hook | what happens |
|---|---|---|
| on_config | i18n_sync, ui_strings, worksheets, workbook, branding, offline | structure capture and worksheet blocks added; languages and UI strings loaded |
| on_files (100) | i18n_sync | outer build only: every page read once; source rules; a problem stops the build |
| on_files | worksheets, workbook, branding | worksheet declarations collected; organisation logo checked |
| on_nav | worksheets, workbook | worksheets in navigation (process) order |
| on_page_markdown | worksheets, workbook | worksheet template; the workbook's body assembled |
| on_page_content | i18n_sync, workbook | page structure kept (and its ids given to MkDocs' anchor check) |
| on_page_context | language_links (-50), ui_strings, worksheets, workbook, branding | template context |
| on_post_page | search_index | per-language search entries |
| on_post_build (100) | language_links | Finnish 404 kept |
| on_post_build | workbook, branding | outer build only: empty PDF list; branding files |
| on_post_build (-100) | mkdocs-static-i18n | runs the nested build of every other language |
| on_post_build (-110) | i18n_sync | outer build only: structures of every pair compared; a problem stops the build |
| on_post_build (-200, -300, -1000) | search_index, offline, csp | outer build only: per-language search, file-share copy, CSP hashes |
"""
