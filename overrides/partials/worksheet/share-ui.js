{#- share-ui.<lang>.js, written into each language's assets by hooks/ui_strings.py: the share dialog's markup and the
    strings only share.bundle.js uses (share-dialog.js, shared-view.js), loaded on the first "Share…" press so that
    worksheet pages and My answers do not carry them. tests/js/bundle.test.js reads `keys`. -#}
{%- set keys = ["share_copied", "share_error_nothing", "share_file_made", "share_link_made", "share_link_too_long",
                "share_none", "share_working", "shared_by", "shared_by_unknown", "shared_earlier",
                "shared_open_worksheet", "shared_unknown_worksheet"] -%}
{%- set strings = {} -%}
{%- for key in keys -%}{%- if strings.update({key: ui[key]}) -%}{%- endif -%}{%- endfor -%}
{%- set markup -%}{% include "partials/worksheet/share-dialog.html" %}{%- endset -%}
/* Built by hooks/ui_strings.py from overrides/partials/worksheet/share-ui.js and share-dialog.html. */
window.wsShareUi = {{ {"markup": markup | trim, "strings": strings} | tojson }};
