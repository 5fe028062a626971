/*
 * Worksheets: answers are saved as the person types, only in this browser's localStorage, under keys built
 * from the site's namespace and the worksheet id (never the page path, so answers follow a language switch).
 * Export, import, clear and print work without any network request. Storage failure is expected, not
 * exceptional: every storage call is wrapped, and the page keeps working with a visible notice.
 * A page may hold several worksheets (the printable workbook): each [data-ws-worksheet] root is mounted on its
 * own. A root with data-ws-blank shows empty fields and saves nothing; a "ws:refresh" event on the root makes it
 * read that attribute and its answers again.
 */
(function () {
  "use strict";

  var FORMAT = "tyouramentorointi-answers";
  var VERSION = 1;
  var SAVE_DELAY_MS = 300;
  var MAX_IMPORT_BYTES = 2 * 1024 * 1024;
  var MAX_ROWS = 200;

  var ui = readJsonScript("ws-ui") || {};
  var manifest = readJsonScript("ws-manifest") || { worksheets: {} };

  /* ------------------------------------------------------------------------------------------------------------
   * Helpers
   * ---------------------------------------------------------------------------------------------------------- */

  /** Parse a <script type="application/json"> element by id; null when missing or broken. */
  function readJsonScript(id) {
    var el = document.getElementById(id);
    if (!el) return null;
    try { return JSON.parse(el.textContent); } catch (e) { return null; }
  }

  /** Translate a UI string and fill {placeholders}. */
  function t(key, params) {
    var text = Object.prototype.hasOwnProperty.call(ui, key) ? ui[key] : key;
    return text.replace(/\{(\w+)\}/g, function (match, name) {
      return params && Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : match;
    });
  }

  function isPlainObject(value) {
    return value !== null && typeof value === "object" && !Array.isArray(value);
  }

  function isEmpty(value) {
    if (Array.isArray(value)) {
      return value.every(function (item) { return isPlainObject(item) ? Object.keys(item).every(function (k) { return isEmpty(item[k]); }) : isEmpty(item); });
    }
    return value === undefined || value === null || value === "";
  }

  function today() {
    return new Date().toISOString().slice(0, 10);
  }

  /** Show a message in the page's alert (errors) or status region (confirmations). */
  function say(root, message, isError) {
    var region = root.querySelector(isError ? "[data-ws-alert]" : "[data-ws-status]") || root.querySelector("[data-ws-alert]");
    if (!region) return;
    region.textContent = message;
    region.classList.toggle("ws-alert--error", !!isError);
    region.classList.toggle("ws-alert--visible", !!message);
  }

  /* ------------------------------------------------------------------------------------------------------------
   * Storage
   * ---------------------------------------------------------------------------------------------------------- */

  /** localStorage behind try/catch: blocked, full or sandboxed storage must never break the page. */
  function createStore(namespace) {
    var storage = null;
    try {
      storage = window.localStorage;
      // embed.js swaps in a page-lifetime stand-in where the browser blocks storage: it keeps nothing.
      if (!storage || storage.volatile) throw new Error("storage unavailable");
      var probe = namespace + ":probe";
      storage.setItem(probe, "1");
      storage.removeItem(probe);
    } catch (e) {
      storage = null;
    }
    var prefix = namespace + ":worksheet:";
    return {
      available: storage !== null,
      key: function (worksheetId) { return prefix + worksheetId; },
      /** Saved record of a worksheet: {answers, updated}; {corrupted: true} when unreadable. */
      load: function (worksheetId) {
        if (!storage) return { answers: {} };
        var raw;
        try { raw = storage.getItem(prefix + worksheetId); } catch (e) { return { answers: {} }; }
        if (raw === null) return { answers: {} };
        try {
          var record = JSON.parse(raw);
          if (!isPlainObject(record) || !isPlainObject(record.answers)) throw new Error("bad record");
          return record;
        } catch (e) {
          return { answers: {}, corrupted: true };
        }
      },
      /** Write answers; returns false when the browser refused (full or blocked). */
      save: function (worksheetId, answers) {
        if (!storage) return false;
        var key = prefix + worksheetId;
        try {
          var previous = storage.getItem(key);
          if (previous !== null && this.load(worksheetId).corrupted) {
            // Keep the unreadable data aside instead of silently overwriting it.
            storage.setItem(key + ":unreadable", previous);
          }
          storage.setItem(key, JSON.stringify({ version: VERSION, updated: new Date().toISOString(), answers: answers }));
          return true;
        } catch (e) {
          return false;
        }
      },
      remove: function (worksheetId) {
        if (!storage) return;
        try { storage.removeItem(prefix + worksheetId); } catch (e) { /* nothing to keep */ }
      },
      raw: function (worksheetId) {
        if (!storage) return null;
        try { return storage.getItem(prefix + worksheetId); } catch (e) { return null; }
      },
      restoreRaw: function (worksheetId, raw) {
        if (!storage) return;
        try {
          if (raw === null) storage.removeItem(prefix + worksheetId);
          else storage.setItem(prefix + worksheetId, raw);
        } catch (e) { /* best effort rollback */ }
      },
      getSetting: function (name) {
        if (!storage) return null;
        try {
          var settings = JSON.parse(storage.getItem(namespace + ":settings") || "{}");
          return isPlainObject(settings) ? settings[name] : null;
        } catch (e) { return null; }
      },
      setSetting: function (name, value) {
        if (!storage) return;
        try {
          var settings = JSON.parse(storage.getItem(namespace + ":settings") || "{}");
          if (!isPlainObject(settings)) settings = {};
          settings[name] = value;
          storage.setItem(namespace + ":settings", JSON.stringify(settings));
        } catch (e) { /* a lost preference is harmless */ }
      }
    };
  }

  function showStorageNotice(root, store) {
    var notice = root.querySelector("[data-ws-notice]");
    if (!store.available && notice) {
      notice.textContent = t("storage_unavailable");
      notice.classList.add("ws-notice--warning");
    }
  }

  /* ------------------------------------------------------------------------------------------------------------
   * Fields: reading and writing one field's value
   * ---------------------------------------------------------------------------------------------------------- */

  function readField(field) {
    var type = field.getAttribute("data-ws-type");
    if (type === "choice" || type === "scale") {
      var checked = field.querySelector("input:checked");
      return checked ? checked.value : "";
    }
    if (type === "multichoice") {
      return Array.prototype.map.call(field.querySelectorAll("input:checked"), function (input) { return input.value; });
    }
    var input = field.querySelector(".ws-field__input");
    return input ? input.value : "";
  }

  function writeField(field, value) {
    var type = field.getAttribute("data-ws-type");
    if (type === "choice" || type === "scale" || type === "multichoice") {
      var wanted = Array.isArray(value) ? value : [value];
      field.querySelectorAll("input").forEach(function (input) { input.checked = wanted.indexOf(input.value) !== -1; });
    } else {
      var input = field.querySelector(".ws-field__input");
      if (input) input.value = typeof value === "string" ? value : "";
    }
    refreshPrintValue(field);
  }

  /** Copy the answer into the print-only element (textareas would be clipped), or leave blank lines. */
  function refreshPrintValue(field) {
    var value = readField(field);
    var filled = !isEmpty(value) && !(Array.isArray(value) && value.length === 0);
    field.classList.toggle("ws-field--filled", filled);
    var target = field.querySelector(".ws-field__value");
    if (!target) return;
    var text = typeof value === "string" ? value : "";
    if (field.getAttribute("data-ws-type") === "date" && /^\d{4}-\d{2}-\d{2}$/.test(text)) {
      var parts = text.split("-");
      text = new Date(Date.UTC(+parts[0], +parts[1] - 1, +parts[2])).toLocaleDateString(document.documentElement.lang || undefined, { timeZone: "UTC" });
    }
    target.textContent = text;
    var textarea = field.querySelector("textarea");
    if (textarea) fitTextarea(textarea);
  }

  /** Grow a textarea with its content so a long answer is never hidden in a scroll box. */
  function fitTextarea(textarea) {
    textarea.style.height = "auto";
    if (textarea.scrollHeight > textarea.clientHeight) textarea.style.height = textarea.scrollHeight + 4 + "px";
  }

  /* ------------------------------------------------------------------------------------------------------------
   * Repeatable groups
   * ---------------------------------------------------------------------------------------------------------- */

  function topLevelFields(root) {
    return Array.prototype.filter.call(root.querySelectorAll("[data-ws-field]"), function (field) {
      return !field.closest("[data-ws-group]");
    });
  }

  function groupRows(group) {
    return Array.prototype.slice.call(group.querySelectorAll("[data-ws-rows] > [data-ws-row]"));
  }

  /** Give row `index` its own ids, names and legend so labels keep pointing at the right control. */
  function numberRow(group, row, index) {
    // Row ids extend the group's own id (ws-<group>-<n>-..., in the workbook ws-<worksheet>-<group>-<n>-...).
    var base = group.id || "ws-" + group.getAttribute("data-ws-group");
    var pattern = new RegExp("^" + base.replace(/[.*+?^${}()|[\]\\]/g, "\\$&") + "-\\d+-");
    var replacement = base + "-" + index + "-";
    row.setAttribute("data-ws-row", String(index));
    row.querySelectorAll("[id], [for], [name], [aria-describedby]").forEach(function (el) {
      ["id", "for", "name"].forEach(function (attr) {
        var value = el.getAttribute(attr);
        if (value) el.setAttribute(attr, value.replace(pattern, replacement));
      });
      var described = el.getAttribute("aria-describedby");
      if (described) {
        el.setAttribute("aria-describedby", described.split(" ").map(function (id) { return id.replace(pattern, replacement); }).join(" "));
      }
    });
    var item = group.getAttribute("data-ws-item") || "";
    var legend = row.querySelector(".ws-row__legend");
    if (legend) legend.textContent = t("row_title", { item: item, number: index + 1 });
    var remove = row.querySelector("[data-ws-remove]");
    if (remove) remove.textContent = t("remove_row", { item: item, number: index + 1 });
  }

  function renumberRows(group) {
    var rows = groupRows(group);
    rows.forEach(function (row, index) { numberRow(group, row, index); });
    rows.forEach(function (row) {
      var remove = row.querySelector("[data-ws-remove]");
      if (remove) remove.hidden = rows.length < 2;
    });
  }

  function addRemoveButton(row) {
    if (row.querySelector("[data-ws-remove]")) return;
    var button = document.createElement("button");
    button.type = "button";
    button.className = "md-button ws-row__remove";
    button.setAttribute("data-ws-remove", "");
    row.appendChild(button);
  }

  function addRow(group, template) {
    var container = group.querySelector("[data-ws-rows]");
    var row = template.cloneNode(true);
    container.appendChild(row);
    renumberRows(group);
    row.querySelectorAll("[data-ws-field]").forEach(refreshPrintValue);
    return row;
  }

  function readGroup(group) {
    return groupRows(group).map(function (row) {
      var values = {};
      row.querySelectorAll("[data-ws-field]").forEach(function (field) {
        values[field.getAttribute("data-ws-field")] = readField(field);
      });
      return values;
    });
  }

  function writeGroup(group, template, rowsValue) {
    var values = Array.isArray(rowsValue) && rowsValue.length ? rowsValue.slice(0, MAX_ROWS) : [{}];
    var rows = groupRows(group);
    rows.slice(values.length).forEach(function (row) { row.remove(); });
    for (var i = rows.length; i < values.length; i++) addRow(group, template);
    groupRows(group).forEach(function (row, index) {
      var rowValue = isPlainObject(values[index]) ? values[index] : {};
      row.querySelectorAll("[data-ws-field]").forEach(function (field) {
        writeField(field, rowValue[field.getAttribute("data-ws-field")]);
      });
    });
    renumberRows(group);
  }

  /* ------------------------------------------------------------------------------------------------------------
   * Worksheet page
   * ---------------------------------------------------------------------------------------------------------- */

  function mountWorksheet(root) {
    var worksheetId = root.getAttribute("data-ws-worksheet");
    var store = createStore(root.getAttribute("data-ws-namespace") || "tyouramentorointi");
    var groups = Array.prototype.slice.call(root.querySelectorAll("[data-ws-group]"));
    var templates = new Map();
    var saveTimer = null;
    var blank = root.hasAttribute("data-ws-blank");

    groups.forEach(function (group) {
      var first = groupRows(group)[0];
      addRemoveButton(first);
      var template = first.cloneNode(true);
      template.querySelectorAll("input, textarea").forEach(function (input) {
        if (input.type === "radio" || input.type === "checkbox") input.checked = false; else input.value = "";
      });
      templates.set(group, template);
      var add = group.querySelector("[data-ws-add]");
      if (add) add.hidden = false;
    });

    function collect() {
      var answers = {};
      topLevelFields(root).forEach(function (field) {
        if (field.getAttribute("data-ws-type") !== "signature") answers[field.getAttribute("data-ws-field")] = readField(field);
      });
      groups.forEach(function (group) { answers[group.getAttribute("data-ws-group")] = readGroup(group); });
      return answers;
    }

    function apply(answers) {
      topLevelFields(root).forEach(function (field) { writeField(field, answers[field.getAttribute("data-ws-field")]); });
      groups.forEach(function (group) { writeGroup(group, templates.get(group), answers[group.getAttribute("data-ws-group")]); });
    }

    function saveNow() {
      clearTimeout(saveTimer);
      saveTimer = null;
      if (!store.available || blank) return;
      if (!store.save(worksheetId, collect())) say(root, t("storage_full"), true);
    }

    function scheduleSave() {
      clearTimeout(saveTimer);
      saveTimer = setTimeout(saveNow, SAVE_DELAY_MS);
    }

    /** Show the saved answers, or empty fields in blank mode. */
    function load() {
      var record = blank ? { answers: {} } : store.load(worksheetId);
      if (record.corrupted) say(root, t("storage_corrupted", { worksheets: document.title }), true);
      apply(record.answers);
      mountRecalls(root, store, blank);
    }

    load();
    showStorageNotice(root, store);
    root.addEventListener("ws:refresh", function () {
      if (saveTimer) saveNow(); // keep what was typed before the mode changed
      blank = root.hasAttribute("data-ws-blank");
      load();
    });

    root.addEventListener("input", function (event) {
      var field = event.target.closest("[data-ws-field]");
      if (field) refreshPrintValue(field);
      scheduleSave();
    });
    root.addEventListener("change", function (event) {
      var field = event.target.closest("[data-ws-field]");
      if (field) refreshPrintValue(field);
      scheduleSave();
    });
    // Flush a pending save when the tab is hidden or closed, so the last keystrokes are kept.
    window.addEventListener("pagehide", function () { if (saveTimer) saveNow(); });
    document.addEventListener("visibilitychange", function () { if (document.visibilityState === "hidden" && saveTimer) saveNow(); });

    root.addEventListener("click", function (event) {
      var target = event.target.closest("button");
      if (!target || !root.contains(target)) return;
      var group = target.closest("[data-ws-group]");
      if (target.hasAttribute("data-ws-add") && group) {
        var row = addRow(group, templates.get(group));
        var first = row.querySelector("input, textarea");
        if (first) first.focus();
        scheduleSave();
      } else if (target.hasAttribute("data-ws-remove") && group) {
        var rows = groupRows(group);
        var index = rows.indexOf(target.closest("[data-ws-row]"));
        rows[index].remove();
        renumberRows(group);
        var remaining = groupRows(group);
        var focusRow = remaining[Math.min(index, remaining.length - 1)];
        var focusTarget = focusRow && focusRow.querySelector("input, textarea");
        (focusTarget || group.querySelector("[data-ws-add]")).focus();
        say(root, t("row_removed", { item: group.getAttribute("data-ws-item") || "" }), false);
        scheduleSave();
      }
      var action = target.getAttribute("data-ws-action");
      if (action === "print") {
        saveNow();
        window.print();
      } else if (action === "export") {
        saveNow();
        var worksheets = {};
        worksheets[worksheetId] = collect();
        download(worksheets, worksheetId);
      } else if (action === "clear") {
        if (!window.confirm(t("clear_confirm"))) return;
        clearTimeout(saveTimer);
        store.remove(worksheetId);
        apply({});
        say(root, t("cleared"), false);
      }
    });

    var bilingual = root.querySelector("[data-ws-bilingual]");
    if (bilingual) {
      bilingual.checked = store.getSetting("bilingual") === true;
      document.documentElement.classList.toggle("ws-bilingual", bilingual.checked);
      bilingual.addEventListener("change", function () {
        document.documentElement.classList.toggle("ws-bilingual", bilingual.checked);
        store.setSetting("bilingual", bilingual.checked);
      });
    }
    // Printing from the browser menu must show the latest answers too.
    window.addEventListener("beforeprint", function () {
      root.querySelectorAll("[data-ws-field]").forEach(refreshPrintValue);
    });
    root.querySelectorAll("[data-ws-toolbar]").forEach(function (el) { el.hidden = false; });
  }

  /** Show answers of another worksheet (e.g. the goals set at the start) read-only, as text; none when blank. */
  function mountRecalls(root, store, blank) {
    root.querySelectorAll("[data-ws-recall-worksheet]").forEach(function (box) {
      var answers = blank ? {} : store.load(box.getAttribute("data-ws-recall-worksheet")).answers;
      var fieldId = box.getAttribute("data-ws-recall-field");
      var values = [];
      Object.keys(answers).forEach(function (key) {
        var value = answers[key];
        if (key === fieldId && typeof value === "string") values.push(value);
        if (Array.isArray(value)) {
          value.forEach(function (row) { if (isPlainObject(row) && typeof row[fieldId] === "string") values.push(row[fieldId]); });
        }
      });
      values = values.filter(function (value) { return value.trim() !== ""; });
      var list = box.querySelector(".ws-recall__list");
      list.textContent = "";
      values.forEach(function (value) {
        var item = document.createElement("li");
        item.textContent = value;
        list.appendChild(item);
      });
      list.hidden = values.length === 0;
      box.querySelector(".ws-recall__empty").hidden = values.length > 0;
    });
  }

  /** Save answers as a JSON file; a blob URL never leaves the device. */
  function download(worksheets, name) {
    var data = { format: FORMAT, version: VERSION, exported: new Date().toISOString(), worksheets: worksheets };
    var blob = new Blob([JSON.stringify(data, null, 2)], { type: "application/json" });
    var link = document.createElement("a");
    link.href = URL.createObjectURL(blob);
    link.download = "tyouramentorointi-" + name + "-" + today() + ".json";
    document.body.appendChild(link);
    link.click();
    setTimeout(function () { URL.revokeObjectURL(link.href); link.remove(); }, 0);
  }

  /* ------------------------------------------------------------------------------------------------------------
   * Import validation
   * ---------------------------------------------------------------------------------------------------------- */

  /** Check one value against its manifest entry; returns a reason key or null. */
  function invalidReason(spec, value) {
    if (spec.type === "group") {
      if (!Array.isArray(value) || value.length > MAX_ROWS) return "import_reason_type";
      for (var i = 0; i < value.length; i++) {
        if (!isPlainObject(value[i])) return "import_reason_type";
        var keys = Object.keys(value[i]);
        for (var k = 0; k < keys.length; k++) {
          var child = spec.fields[keys[k]];
          if (!child) return "import_reason_unknown";
          var reason = invalidReason(child, value[i][keys[k]]);
          if (reason) return reason;
        }
      }
      return null;
    }
    if (spec.type === "multichoice") {
      if (!Array.isArray(value)) return "import_reason_type";
      for (var j = 0; j < value.length; j++) {
        if (typeof value[j] !== "string") return "import_reason_type";
        if (spec.options.indexOf(value[j]) === -1) return "import_reason_option";
      }
      return null;
    }
    if (typeof value !== "string") return "import_reason_type";
    if (spec.type === "choice" || spec.type === "scale") {
      return value === "" || spec.options.indexOf(value) !== -1 ? null : "import_reason_option";
    }
    if (spec.maxlength && value.length > spec.maxlength) return "import_reason_long";
    if (spec.type === "date" && value !== "" && !/^\d{4}-\d{2}-\d{2}$/.test(value)) return "import_reason_type";
    return null;
  }

  /** Validate a parsed answers file against the manifest; returns an error message or null. */
  function validateImport(data) {
    if (!isPlainObject(data) || data.format !== FORMAT) return t("import_error_format");
    if (data.version !== VERSION) return t("import_error_version", { version: String(data.version), supported: VERSION });
    if (!isPlainObject(data.worksheets)) return t("import_error_format");
    var ids = Object.keys(data.worksheets);
    if (ids.length === 0) return t("import_error_empty");
    for (var i = 0; i < ids.length; i++) {
      var spec = manifest.worksheets[ids[i]];
      if (!Object.prototype.hasOwnProperty.call(manifest.worksheets, ids[i])) return t("import_error_worksheet", { worksheet: ids[i] });
      var answers = data.worksheets[ids[i]];
      if (!isPlainObject(answers)) return t("import_error_format");
      var fieldIds = Object.keys(answers);
      for (var f = 0; f < fieldIds.length; f++) {
        var fieldSpec = Object.prototype.hasOwnProperty.call(spec.fields, fieldIds[f]) ? spec.fields[fieldIds[f]] : null;
        var reason = fieldSpec ? invalidReason(fieldSpec, answers[fieldIds[f]]) : "import_reason_unknown";
        if (reason) return t("import_error_field", { worksheet: spec.title, field: fieldIds[f], reason: t(reason) });
      }
    }
    return null;
  }

  /* ------------------------------------------------------------------------------------------------------------
   * "My answers" page
   * ---------------------------------------------------------------------------------------------------------- */

  function mountOverview(root) {
    var store = createStore(root.getAttribute("data-ws-namespace") || "tyouramentorointi");
    var ids = Object.keys(manifest.worksheets);

    function refresh() {
      var corrupted = [];
      ids.forEach(function (id) {
        var row = root.querySelector('[data-ws-overview-row="' + id + '"]');
        if (!row) return;
        var record = store.load(id);
        if (record.corrupted) corrupted.push(manifest.worksheets[id].title);
        var fieldIds = Object.keys(manifest.worksheets[id].fields);
        var filled = fieldIds.filter(function (fieldId) { return !isEmpty(record.answers[fieldId]); }).length;
        row.querySelector("[data-ws-filled]").textContent = filled ? t("overview_filled_count", { filled: filled, total: fieldIds.length }) : t("overview_never");
        var updated = record.updated && filled ? new Date(record.updated) : null;
        row.querySelector("[data-ws-updated]").textContent = updated && !isNaN(updated) ? updated.toLocaleDateString(document.documentElement.lang || undefined) : t("empty_value");
      });
      if (corrupted.length) say(root, t("storage_corrupted", { worksheets: corrupted.join(", ") }), true);
    }

    function importText(text) {
      var data;
      try { data = JSON.parse(text); } catch (e) { say(root, t("import_error_read"), true); return; }
      var error = validateImport(data);
      if (error) { say(root, error, true); return; }
      if (!store.available) { say(root, t("storage_unavailable"), true); return; }
      var written = [];
      var titles = [];
      var names = Object.keys(data.worksheets);
      for (var i = 0; i < names.length; i++) {
        var previous = store.raw(names[i]);
        if (!store.save(names[i], data.worksheets[names[i]])) {
          // All or nothing: put back what this import already changed.
          written.forEach(function (entry) { store.restoreRaw(entry.id, entry.raw); });
          say(root, t("storage_full"), true);
          return;
        }
        written.push({ id: names[i], raw: previous });
        titles.push(manifest.worksheets[names[i]].title);
      }
      refresh();
      say(root, "", true);
      say(root, t("import_done", { worksheets: titles.join(", ") }), false);
    }

    root.addEventListener("click", function (event) {
      var target = event.target.closest("[data-ws-action]");
      if (!target) return;
      var action = target.getAttribute("data-ws-action");
      if (action === "export-all") {
        var worksheets = {};
        ids.forEach(function (id) {
          var record = store.load(id);
          if (!record.corrupted && Object.keys(record.answers).length) worksheets[id] = record.answers;
        });
        download(worksheets, "all");
      } else if (action === "clear-all") {
        if (!window.confirm(t("clear_all_confirm"))) return;
        ids.forEach(function (id) { store.remove(id); });
        refresh();
        say(root, "", true);
        say(root, t("cleared_all"), false);
      }
    });

    var input = root.querySelector("[data-ws-import]");
    if (input) {
      input.addEventListener("change", function () {
        var file = input.files && input.files[0];
        if (!file) return;
        if (file.size > MAX_IMPORT_BYTES) { say(root, t("import_error_read"), true); input.value = ""; return; }
        var reader = new FileReader();
        reader.onload = function () { importText(String(reader.result)); input.value = ""; };
        reader.onerror = function () { say(root, t("import_error_read"), true); input.value = ""; };
        reader.readAsText(file);
      });
    }
    showStorageNotice(root, store);
    root.querySelectorAll("[data-ws-toolbar]").forEach(function (el) { el.hidden = false; });
    refresh();
  }

  document.querySelectorAll("[data-ws-worksheet]").forEach(mountWorksheet);
  document.querySelectorAll("[data-ws-overview]").forEach(mountOverview);
  // The workbook's choices (workbook.js) are kept with the same storage helpers.
  window.wsWorksheets = { createStore: createStore };
})();
