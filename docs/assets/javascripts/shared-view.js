/*
 * A shared copy shown read-only: each worksheet's title and field labels in the reader's language (from this page's
 * manifest), the answers as the other person wrote them, and answers this site has no field for under "From an
 * earlier or another version". Used by the share dialog (what the other person will see) and the "Shared with me"
 * page. Builds elements with textContent only: a shared copy is someone else's text and never becomes markup.
 */
(function () {
  "use strict";

  var A = window.wsAnswers;
  var ui = window.wsUi;
  var t = ui.t;

  /**
   * A new element with a class and text.
   * @param {string} tag
   * @param {string} [className]
   * @param {string} [text]
   * @returns {Element}
   */
  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  /**
   * A value as text: a choice by its label in the reader's language, several choices joined.
   * @param {Object} manifest
   * @param {Object|null} spec
   * @param {*} value
   * @returns {string}
   */
  function valueText(manifest, spec, value) {
    var labels = spec && A.isPlainObject(spec.option_labels) ? spec.option_labels : {};
    if (Array.isArray(value)) {
      return value.map(function (item) { return valueText(manifest, spec, item); }).filter(Boolean).join(", ");
    }
    if (A.isPlainObject(value)) {
      return Object.keys(value).map(function (key) { return key + ": " + valueText(manifest, null, value[key]); }).join("\n");
    }
    if (typeof value === "string" && A.has(labels, value)) return String(labels[value]);
    return value === null || value === undefined ? "" : String(value);
  }

  /**
   * A list of label–answer pairs for the filled fields, in the worksheet's own order.
   * @param {Object} manifest
   * @param {Object} fields manifest fields
   * @param {Object} answers
   * @param {number} level heading level for a group's rows
   * @returns {Element}
   */
  function fieldList(manifest, fields, answers, level) {
    var list = el("dl", "ws-shared__fields");
    Object.keys(fields).forEach(function (id) {
      var spec = fields[id];
      var value = answers[id];
      if (A.isEmpty(value)) return;
      list.appendChild(el("dt", "ws-shared__label", spec.label || id));
      var dd = el("dd", "ws-shared__value");
      if (A.valueKind(manifest, spec) === "group" && Array.isArray(value)) {
        value.forEach(function (row, index) {
          if (A.isEmpty(row) || !A.isPlainObject(row)) return;
          dd.appendChild(el("h" + Math.min(level, 6), "ws-shared__row", t("row_title", { item: spec.item || spec.label || id, number: index + 1 })));
          dd.appendChild(fieldList(manifest, spec.fields || {}, row, level + 1));
        });
      } else dd.textContent = valueText(manifest, spec, value);
      list.appendChild(dd);
    });
    return list;
  }

  /**
   * Answers with no field on this site, by their path, under their own heading.
   * @param {Object} earlier path -> value
   * @param {number} level
   * @returns {Element|null}
   */
  function earlierList(earlier, level) {
    var entries = A.earlierEntries(earlier);
    if (!entries.length) return null;
    var box = el("div", "ws-shared__earlier");
    box.appendChild(el("h" + Math.min(level, 6), "ws-shared__earlier-title", t("shared_earlier")));
    var list = el("dl", "ws-shared__fields");
    entries.forEach(function (entry) {
      list.appendChild(el("dt", "ws-shared__label", entry.path));
      list.appendChild(el("dd", "ws-shared__value", valueText(null, null, entry.value)));
    });
    box.appendChild(list);
    return box;
  }

  /**
   * Who shared and when, as one line.
   * @param {{name: string, at: string|null}} opened
   * @returns {string}
   */
  function byline(opened) {
    var date = opened.at ? new Date(opened.at).toLocaleDateString(window.wsUi.locale()) : "";
    return opened.name ? t("shared_by", { name: opened.name, date: date }) : t("shared_by_unknown", { date: date });
  }

  /**
   * Show an opened copy in a container (emptied first).
   * @param {Element} container
   * @param {Object} manifest
   * @param {{name: string, at: string|null, worksheets: Object, unknown: Object}} opened from wsShare.open/readCopy
   * @param {{level?: number, links?: boolean}} [options] heading level of worksheet titles; links to the worksheets
   */
  function render(container, manifest, opened, options) {
    var level = (options && options.level) || 2;
    container.textContent = "";
    var sheets = manifest.worksheets || {};
    // The site's order (the navigation's), not the file's.
    Object.keys(sheets).filter(function (id) { return A.has(opened.worksheets, id); }).forEach(function (id) {
      var section = el("section", "ws-shared__worksheet");
      section.setAttribute("data-ws-shared-worksheet", id);
      section.appendChild(el("h" + level, "ws-shared__title", sheets[id].title));
      if (options && options.links && sheets[id].page) {
        var link = el("a", "ws-shared__link", t("shared_open_worksheet"));
        var urls = ui.json("ws-page-urls") || {};
        link.href = A.has(urls, sheets[id].page) ? urls[sheets[id].page] : "../" + sheets[id].page + "/";
        section.appendChild(link);
      }
      section.appendChild(fieldList(manifest, sheets[id].fields, opened.worksheets[id].answers, level + 1));
      var earlier = earlierList(opened.worksheets[id].earlier, level + 1);
      if (earlier) section.appendChild(earlier);
      container.appendChild(section);
    });
    Object.keys(opened.unknown || {}).forEach(function (id) {
      var section = el("section", "ws-shared__worksheet");
      section.setAttribute("data-ws-shared-worksheet", id);
      section.appendChild(el("h" + level, "ws-shared__title", t("shared_unknown_worksheet", { worksheet: A.shortId(id) })));
      var earlier = earlierList(opened.unknown[id], level + 1);
      if (earlier) section.appendChild(earlier);
      container.appendChild(section);
    });
  }

  window.wsSharedView = { render: render, byline: byline };
})();
