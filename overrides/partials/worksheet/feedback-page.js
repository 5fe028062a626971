{#- A worksheet's "Give feedback to the coordinator" dialog as a script beside the page (hooks/worksheets.py writes
    it; feedback-button.js loads it when the button is pressed): the dialog's markup in the page's language, the
    strings its code says, and the fields whose answers go into the feedback file. -#}
{%- set keys = {
  "feedback": ["feedback_made", "feedback_nothing", "feedback_open_left_out", "feedback_unanswered"],
} -%}
{%- set strings = {} -%}
{%- for key in keys["feedback"] -%}{%- if strings.update({key: ui[key]}) -%}{%- endif -%}{%- endfor -%}
{%- set dialog -%}{% include "partials/worksheet/feedback-dialog.html" %}{%- endset -%}
window.wsFeedbackPage = {{ {"worksheet": worksheet_id, "fields": feedback_fields, "strings": strings, "html": dialog} | tojson }};
