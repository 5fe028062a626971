/*
 * "My answers": how much of each worksheet is filled in (fields inside repeatable rows counted too), export of
 * everything, import (import.js, loaded when a file is chosen) and its undo that survives a reload, clear all
 * with undo, answers from an earlier version of the site (readable, printable, deletable one by one) and damaged
 * saved answers set aside (download, delete). Reading works even when storage is full.
 * Needs ui.js, answers.js, answers-count.js and storage.js loaded first.
 */
(function () {
  "use strict";

  var ui = window.wsUi;
  var A = window.wsAnswers;
  var t = ui.t;
  var manifest = ui.manifest || { worksheets: {}, types: {}, limits: {} };
  // import.bundle.js sits beside this script (also when the site is opened from a file share).
  var IMPORT_SCRIPT = document.currentScript ? document.currentScript.src.replace(/[^/]*$/, "import.bundle.js") : "";

  /**
   * Mount the overview.
   * @param {Element} root [data-ws-overview]
   */
  function mountOverview(root) {
    var store = window.wsStorage.open(root.getAttribute("data-ws-namespace") || "tyouramentorointi");
    var ids = Object.keys(manifest.worksheets);
    var regions = { alert: root.querySelector("[data-ws-alert]"), status: root.querySelector("[data-ws-status]") };
    var importRegions = { alert: root.querySelector("[data-ws-import-alert]"), status: root.querySelector("[data-ws-import-status]") };
    var preview = root.querySelector("[data-ws-preview]");
    var undoBox = root.querySelector("[data-ws-undo]");
    var input = root.querySelector("[data-ws-import]");
    var memoryUndo = null; // a removal that can be undone while the page is open (clear all, deletions)

    /**
     * The title of a worksheet id (the id itself for one the site no longer has).
     * @param {string} id
     * @returns {string}
     */
    function title(id) {
      return manifest.worksheets[id] ? manifest.worksheets[id].title : id;
    }

    /**
     * Every worksheet's stored answers, read for the current fields.
     * @returns {Object<string, Object>}
     */
    function readAll() {
      var all = {};
      ids.forEach(function (id) { all[id] = store.readWorksheet(id, manifest); });
      return all;
    }

    /** Show counts, dates, earlier answers, rescued copies, the storage state and the undo offer. */
    function refresh() {
      var all = readAll();
      var corrupted = [];
      ids.forEach(function (id) {
        var row = root.querySelector('[data-ws-overview-row="' + id + '"]');
        var record = all[id];
        if (!record.ok) corrupted.push(title(id));
        if (!row) return;
        var counted = A.count(manifest, id, record.answers);
        var earlier = A.earlierEntries(record.earlier).length;
        var text = counted.filled ? t("overview_filled_count", { filled: counted.filled, total: counted.total }) : t("overview_never");
        if (earlier) text += " " + t("overview_earlier_count", { count: earlier });
        row.querySelector("[data-ws-filled]").textContent = text;
        var updated = record.updated && (counted.filled || earlier) ? new Date(record.updated) : null;
        row.querySelector("[data-ws-updated]").textContent = updated && !isNaN(updated) ? updated.toLocaleDateString(window.wsUi.locale()) : t("empty_value");
      });
      renderEarlier(all);
      renderRescued();
      showStorageState();
      if (corrupted.length) ui.say(regions, t("storage_corrupted", { worksheets: corrupted.join(", ") }), true);
      showBackupUndo();
    }

    /** Blocked storage: answers are not kept. Full storage: answers are shown and can be exported. */
    function showStorageState() {
      var notice = root.querySelector("[data-ws-notice]");
      var state = store.state();
      var text = state === "blocked" ? t("storage_unavailable") : t("saved_locally");
      if (notice && notice.textContent !== text) notice.textContent = text;
      if (notice) notice.classList.toggle("ws-notice--warning", state === "blocked");
      if (state === "full") ui.say(regions, t("storage_full_overview"), true);
      else if (regions.alert.getAttribute("data-ws-condition") === "full") ui.say(regions, "", true);
      regions.alert.setAttribute("data-ws-condition", state === "full" ? "full" : "");
    }

    /**
     * A field's label for an "earlier" path ("goals.2.measurable" -> "Goals 2: measurable").
     * @param {string} worksheetId
     * @param {string} path
     * @returns {string}
     */
    function earlierLabel(worksheetId, path) {
      var parts = path.split("#")[0].split(".");
      var fields = manifest.worksheets[worksheetId] ? manifest.worksheets[worksheetId].fields : {};
      var group = parts.length === 3 && fields[parts[0]];
      if (group && group.type === "group") return t("row_title", { item: group.item || group.label, number: parts[1] }) + ": " + parts[2];
      if (parts.length === 1 && fields[parts[0]]) return (fields[parts[0]].label || parts[0]);
      return parts.join(" ");
    }

    /**
     * An earlier answer as text (lists joined, rows as "field: value" lines).
     * @param {*} value
     * @returns {string}
     */
    function valueText(value) {
      if (typeof value === "string") return value;
      if (Array.isArray(value)) return value.map(valueText).join(", ");
      if (A.isPlainObject(value)) return Object.keys(value).map(function (key) { return key + ": " + valueText(value[key]); }).join("\n");
      return String(value);
    }

    /**
     * List the answers from an earlier version, per worksheet, each with a Delete button.
     * @param {Object<string, Object>} all
     */
    function renderEarlier(all) {
      var section = root.querySelector("[data-ws-earlier]");
      var list = root.querySelector("[data-ws-earlier-list]");
      if (!section || !list) return;
      list.textContent = "";
      var any = false;
      ids.forEach(function (id) {
        var entries = A.earlierEntries(all[id].earlier);
        if (!entries.length) return;
        any = true;
        var heading = document.createElement("h3");
        heading.textContent = title(id);
        var dl = document.createElement("dl");
        dl.className = "ws-earlier__list";
        dl.setAttribute("data-ws-earlier-worksheet", id);
        entries.forEach(function (entry) {
          var dt = document.createElement("dt");
          dt.textContent = earlierLabel(id, entry.path);
          var dd = document.createElement("dd");
          dd.setAttribute("data-ws-earlier-path", entry.path);
          var value = document.createElement("span");
          value.className = "ws-earlier__value";
          value.textContent = valueText(entry.value);
          var remove = document.createElement("button");
          remove.type = "button";
          remove.className = "md-button ws-earlier__delete";
          remove.textContent = t("earlier_delete", { field: dt.textContent });
          remove.addEventListener("click", function () { deleteEarlier(id, entry.path, dt.textContent); });
          dd.appendChild(value);
          dd.appendChild(remove);
          dl.appendChild(dt);
          dl.appendChild(dd);
        });
        list.appendChild(heading);
        list.appendChild(dl);
      });
      section.hidden = !any;
    }

    /**
     * List rescued (damaged) saved answers with Download and Delete.
     */
    function renderRescued() {
      var section = root.querySelector("[data-ws-rescued]");
      var list = root.querySelector("[data-ws-rescued-list]");
      if (!section || !list) return;
      var rescued = store.rescued();
      list.textContent = "";
      rescued.forEach(function (entry) {
        var item = document.createElement("li");
        item.setAttribute("data-ws-rescued-key", entry.key);
        var text = document.createElement("span");
        var stamp = /:(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})/.exec(entry.key);
        text.textContent = title(entry.worksheet) + (stamp ? " (" + ui.formatTime(stamp[1] + "T" + stamp[2] + ":" + stamp[3] + ":00Z") + ")" : "");
        var save = document.createElement("button");
        save.type = "button";
        save.className = "md-button";
        save.textContent = t("rescued_download");
        save.addEventListener("click", function () {
          ui.download(entry.text, "tyouramentorointi-damaged-" + entry.worksheet + "-" + ui.today() + ".txt", "text/plain");
        });
        var remove = document.createElement("button");
        remove.type = "button";
        remove.className = "md-button";
        remove.textContent = t("rescued_delete");
        remove.addEventListener("click", function () {
          removeKeys([entry.key], t("rescued_deleted", { worksheet: title(entry.worksheet) }));
        });
        item.appendChild(text);
        item.appendChild(document.createTextNode(" "));
        item.appendChild(save);
        item.appendChild(document.createTextNode(" "));
        item.appendChild(remove);
        list.appendChild(item);
      });
      section.hidden = rescued.length === 0;
    }

    /**
     * Offer "Undo" with a message; the button gets focus so the keyboard is where the offer is.
     * @param {string} message
     * @param {function()} undo
     * @param {boolean} [focus]
     */
    function offerUndo(message, undo, focus) {
      memoryUndo = undo;
      undoBox.querySelector("[data-ws-undo-text]").textContent = message;
      undoBox.hidden = false;
      if (focus !== false) undoBox.querySelector("[data-ws-action=undo]").focus();
    }

    /** Hide the undo offer. */
    function dropUndo() {
      memoryUndo = null;
      undoBox.hidden = true;
    }

    /** After a reload: the last import can still be undone from its stored backup. */
    function showBackupUndo() {
      if (memoryUndo) return;
      var backup = store.lastBackup();
      if (!backup || backup.kind !== "import") { undoBox.hidden = true; return; }
      offerUndo(t("undo_import_offer", { time: ui.formatTime(backup.taken) }), undoImport, false);
    }

    /** Put back what the last import changed. */
    function undoImport() {
      var outcome = store.restoreBackup();
      dropUndo();
      refresh();
      if (outcome === "ok") ui.say(regions, t("import_undone"), false);
      else ui.say(regions, outcome === "full" ? t("storage_full_overview") : t("storage_unavailable"), true);
    }

    /**
     * Remove keys after keeping them for "Undo" while the page is open.
     * @param {string[]} keys
     * @param {string} message
     */
    function removeKeys(keys, message) {
      var saved = {};
      keys.forEach(function (key) { saved[key] = store.get(key); });
      var failed = keys.filter(function (key) { return store.set(key, null) !== "ok"; });
      refresh();
      ui.say(regions, "", false);
      if (failed.length) ui.say(regions, t("clear_incomplete", { count: failed.length }), true);
      offerUndo(message, function () {
        var bad = Object.keys(saved).filter(function (key) { return saved[key] !== null && store.set(key, saved[key]) !== "ok"; });
        dropUndo();
        refresh();
        if (bad.length) ui.say(regions, t("storage_full_overview"), true);
        else ui.say(regions, t("undone"), false);
      });
    }

    /**
     * Delete one answer from an earlier version (the record is rewritten without it).
     * @param {string} worksheetId
     * @param {string} path
     * @param {string} label
     */
    function deleteEarlier(worksheetId, path, label) {
      var key = store.key(worksheetId);
      var before = store.get(key);
      var record = store.readWorksheet(worksheetId, manifest);
      if (!record.ok) return;
      var earlier = A.clone(record.earlier);
      delete earlier[path];
      var outcome = store.set(key, JSON.stringify(A.makeRecord(record.answers, earlier)));
      refresh();
      if (outcome !== "ok") { ui.say(regions, t("storage_unavailable"), true); return; }
      offerUndo(t("earlier_deleted", { field: label }), function () {
        store.set(key, before);
        dropUndo();
        refresh();
        ui.say(regions, t("undone"), false);
      });
    }

    /** Write every worksheet's answers (and earlier answers) to one file; works when storage is full too. */
    function exportAll() {
      var all = readAll();
      var worksheets = {};
      ids.forEach(function (id) {
        var record = all[id];
        if (!A.isEmpty(record.answers) || A.earlierEntries(record.earlier).length) worksheets[id] = record;
      });
      var text = JSON.stringify(A.makeFile(worksheets), null, 2);
      ui.download(text, "tyouramentorointi-all-" + ui.today() + ".json", "application/json");
      var size = A.checkFileSize(manifest, new Blob([text]).size);
      if (!size.ok) ui.say(regions, t("export_too_large", size.params), true);
    }

    /** Clear every key of the namespace (answers, settings, rescued copies, backups); "Undo" while the page is open. */
    function clearAll() {
      var keys = store.keys();
      removeKeys(keys, t("cleared_all"));
    }

    /**
     * Import a chosen file. The import code (answers-import.js, import.js) loads now, not with the page: most visits
     * never import, and the page's first load stays small.
     * @param {File} file
     */
    function importFile(file) {
      var context = {
        root: root, store: store, manifest: manifest, input: input, preview: preview,
        title: title, readAll: readAll, refresh: refresh, offerUndo: offerUndo, undoImport: undoImport
      };
      if (window.wsImport) { window.wsImport(context, file); return; }
      var script = document.createElement("script");
      script.src = IMPORT_SCRIPT;
      script.onload = function () { window.wsImport(context, file); };
      script.onerror = function () { ui.say(importRegions, t("import_error_read"), true); input.value = ""; };
      document.head.appendChild(script);
    }

    root.addEventListener("click", function (event) {
      var target = event.target.closest("[data-ws-action]");
      if (!target) return;
      var action = target.getAttribute("data-ws-action");
      if (action === "export-all") exportAll();
      else if (action === "clear-all") clearAll();
      else if (action === "undo" && memoryUndo) memoryUndo();
    });
    input.addEventListener("change", function () {
      var file = input.files && input.files[0];
      if (file) importFile(file);
    });
    // Other tabs save, import and clear: keep the counts current.
    store.subscribe(function () { refresh(); });
    root.querySelectorAll("[data-ws-toolbar]").forEach(function (el) { el.hidden = false; });
    refresh();
  }

  document.querySelectorAll("[data-ws-overview]").forEach(mountOverview);
})();
