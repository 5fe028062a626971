/*
 * Fields: read and write one field's widgets by its value kind ("text", "date", "choice", "multichoice"), which
 * the manifest's types table gives for each field type (data-ws-type). Also the print copy of each answer, the
 * textarea heights (all reads, then all writes: no forced layout per field) and the length-limit notice.
 */
(function () {
  "use strict";

  /**
   * The value kind of a field element, from the manifest's types; without a manifest entry, from its widgets.
   * @param {Element} field [data-ws-field]
   * @param {Object} manifest
   * @returns {string}
   */
  function kindOf(field, manifest) {
    var type = field.getAttribute("data-ws-type");
    var spec = manifest && manifest.types && manifest.types[type];
    if (spec && spec.value) return spec.value;
    if (field.querySelector("input[type=checkbox]")) return "multichoice";
    if (field.querySelector("input[type=radio]")) return "choice";
    return "text";
  }

  /**
   * The value a person entered in a field.
   * @param {Element} field
   * @param {string} kind
   * @returns {string|string[]}
   */
  function read(field, kind) {
    if (kind === "choice") {
      var checked = field.querySelector("input:checked");
      return checked ? checked.value : "";
    }
    if (kind === "multichoice") {
      return Array.prototype.map.call(field.querySelectorAll("input:checked"), function (input) { return input.value; });
    }
    var input = field.querySelector(".ws-field__input");
    return input ? input.value : "";
  }

  /**
   * Show a value in a field's widgets (values that are not options simply tick nothing).
   * @param {Element} field
   * @param {string} kind
   * @param {*} value
   */
  function write(field, kind, value) {
    if (kind === "choice" || kind === "multichoice") {
      var wanted = Array.isArray(value) ? value : [value];
      field.querySelectorAll("input").forEach(function (input) { input.checked = wanted.indexOf(input.value) !== -1; });
    } else {
      var input = field.querySelector(".ws-field__input");
      if (input && input.value !== (typeof value === "string" ? value : "")) input.value = typeof value === "string" ? value : "";
    }
  }

  /**
   * Copy each field's answer into its print-only element (or leave blank lines), then fit the textareas:
   * all writes first, then one batch of reads, then one batch of writes.
   * @param {Element[]} fields
   * @param {function(Element): string} kindFor
   */
  function refresh(fields, kindFor) {
    var textareas = [];
    fields.forEach(function (field) {
      var kind = kindFor(field);
      var value = read(field, kind);
      var filled = Array.isArray(value) ? value.length > 0 : value !== "";
      field.classList.toggle("ws-field--filled", filled);
      var target = field.querySelector(".ws-field__value");
      if (target) target.textContent = typeof value === "string" ? (kind === "date" ? window.wsUi.formatDate(value) : value) : "";
      var textarea = field.querySelector("textarea");
      if (textarea) textareas.push(textarea);
    });
    fitTextareas(textareas);
  }

  var SIZED_BY_CSS = !!(window.CSS && CSS.supports && CSS.supports("field-sizing", "content"));

  /**
   * Grow textareas with their content so a long answer is never hidden in a scroll box.
   * @param {HTMLTextAreaElement[]} textareas
   */
  function fitTextareas(textareas) {
    if (SIZED_BY_CSS) return; // worksheets.css: field-sizing: content
    textareas.forEach(function (textarea) { textarea.style.height = ""; });
    var sizes = textareas.map(function (textarea) { return [textarea.scrollHeight, textarea.clientHeight]; });
    textareas.forEach(function (textarea, index) {
      if (sizes[index][0] > sizes[index][1]) textarea.style.height = sizes[index][0] + 4 + "px";
    });
  }

  /**
   * Say beside a one-line or multi-line field when it has reached its length limit (and clear it otherwise).
   * The notice is linked with aria-describedby, and announced once when the limit is reached.
   * @param {Element} field
   * @param {function(string, Object): string} t translate
   */
  function lengthNotice(field, t) {
    var input = field.querySelector(".ws-field__input");
    if (!input || !input.maxLength || input.maxLength < 0) return;
    var id = input.id + "-info";
    var notice = document.getElementById(id);
    var full = input.value.length >= input.maxLength;
    if (!notice && !full) return;
    if (!notice) {
      notice = document.createElement("p");
      notice.id = id;
      notice.className = "ws-field__info";
      notice.setAttribute("role", "status");
      input.insertAdjacentElement("afterend", notice);
      var described = (input.getAttribute("aria-describedby") || "").split(" ").filter(Boolean);
      described.push(id);
      input.setAttribute("aria-describedby", described.join(" "));
    }
    var text = full ? t("length_limit", { max: input.maxLength }) : "";
    if (notice.textContent !== text) notice.textContent = text;
    notice.hidden = !full;
  }

  window.wsFields = { kindOf: kindOf, read: read, write: write, refresh: refresh, fitTextareas: fitTextareas, lengthNotice: lengthNotice, formatDate: window.wsUi.formatDate };
})();
