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
| `session` | one build's reading of the docs: pages, the worksheet registry, source problems |
| `worksheet_fields` | the field type spec (`FIELD_TYPE_SPEC`), declaration records and their rules |
| `worksheet_blocks` | the `/// field`, `//// group`, `/// recall`, `///// worksheet` blocks for pymdownx.blocks |
| `registry` | every worksheet's declarations per language, with source lines; recall, id and `aggregate` checks |
| `manifest` | the answers manifest (JSON contract with the browser scripts) |
| `ui`, `pdf_list` | UI strings (`i18n/ui.<lang>.yml`); the ready-made PDF list |
| `print_css` | a worksheet page's print margins (footer: site, title, page N of M; top: the organisation's contacts) as a stylesheet written beside the page |
| `image_size` | a logo's displayed width and height (SVG attributes or viewBox, raster headers via `imagesize`) |
| `mkdocs_site` | adapter: mkdocs.yml loaded by MkDocs' own config code, for scripts and tests |

## Hook event order (mkdocs.yml `hooks:`; the i18n plugin builds Finnish, then each other language nested)

| event | hook | what happens |
|---|---|---|
| on_config | i18n_sync, shared_assets, ui_strings, worksheets, workbook, branding, offline | structure capture and worksheet blocks added; languages and UI strings loaded |
| on_files (100) | i18n_sync | outer build only: every page read once, worksheet registry built (`session`); source rules; a problem stops the build |
| on_files | worksheets, workbook, branding | registry taken from the session (worksheets opens it if the guard is not configured); organisation logo checked and sized |
| on_files (-100) | mkdocs-static-i18n | this language's files chosen |
| on_files (-110) | shared_assets | other languages' builds: files without a language suffix pointed at the default build's copy |
| on_nav | worksheets, workbook | worksheets in navigation (process) order |
| on_page_markdown | worksheets, workbook | worksheet template; the workbook's body assembled |
| on_page_markdown, on_page_content | worksheets | page's declarations from the registry; all of them rendered |
| on_page_markdown | i18n_sync | the page's structure reset (a blank page has none) |
| on_page_content | i18n_sync, workbook | page structure kept (and its ids given to MkDocs' anchor check) |
| on_page_context | language_links (-50), ui_strings, worksheets, workbook, branding | template context; worksheets: the page's print stylesheet made |
| on_post_page | search_index, worksheets | per-language search entries; the print stylesheet and the feedback dialog script written beside the page |
| on_post_build (100) | language_links | a 404 page per language, the Finnish one at the root |
| on_post_build | workbook, branding | outer build only: empty PDF list; branding files |
| on_post_build (-100) | mkdocs-static-i18n | runs the nested build of every other language |
| on_post_build (-110) | i18n_sync | outer build only: structures of every pair compared; a problem stops the build |
| on_post_build (-200, -300, -900, -1000) | search_index, sitemap, offline, minify_css, csp | outer build only: per-language search, no sitemap without site_url, file-share copy, compact stylesheets, CSP hashes |
"""
