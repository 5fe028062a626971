/*
 * Worksheet page: answers are saved as the person types. A save re-reads the stored record and writes only the
 * fields this page changed (answers.js merges), so two tabs of one worksheet never undo each other; a change made
 * in another tab shows here at once, unless the person is typing in that field (then they are told).
 * Clearing the worksheet and removing a row with text in it can be undone while the page is open.
 * A page may hold several worksheets (the printable workbook): each [data-ws-worksheet] root is mounted on its
 * own. A root with data-ws-blank shows empty fields and saves nothing; a "ws:refresh" event on the root makes it
 * read that attribute and its answers again.
 * Needs ui.js, answers.js, storage.js and fields.js loaded first.
 */
(function () {
  "use strict";

  var SAVE_DELAY_MS = 300;
  var ui = window.wsUi;
  var A = window.wsAnswers;
  var F = window.wsFields;
  var t = ui.t;
  var manifest = ui.manifest || { worksheets: {}, types: {}, limits: {} };
  var stores = {};
  /** Each worksheet root's last `ws:answers` detail, for scripts that start after it was sent (pictures.js). */
  var lastShown = new WeakMap();

  /**
   * One store per namespace, shared by every worksheet on the page.
   * @param {string} namespace
   * @returns {Object}
   */
  function storeFor(namespace) {
    if (!stores[namespace]) stores[namespace] = window.wsStorage.open(namespace);
    return stores[namespace];
  }

  /**
   * A worksheet's stored answers for the current fields (storage.js sets unreadable records aside).
   * @param {Object} store
   * @param {string} worksheetId
   * @returns {{ok: boolean, answers: Object, earlier: Object, updated: string|null, rescuedKey?: string|null}}
   */
  function loadStored(store, worksheetId) {
    return store.readWorksheet(worksheetId, manifest);
  }

  /**
   * The fields of a root that are not inside a repeatable group.
   * @param {Element} root
   * @returns {Element[]}
   */
  function topLevelFields(root) {
    return Array.prototype.filter.call(root.querySelectorAll("[data-ws-field]"), function (field) {
      return !field.closest("[data-ws-group]") && field.getAttribute("data-ws-type") !== "signature";
    });
  }

  /**
   * The rows of a repeatable group, in order.
   * @param {Element} group
   * @returns {Element[]}
   */
  function groupRows(group) {
    return Array.prototype.slice.call(group.querySelectorAll("[data-ws-rows] > [data-ws-row]"));
  }

  /**
   * Give row `index` its own ids, names and legend so labels keep pointing at the right control.
   * @param {Element} group
   * @param {Element} row
   * @param {number} index
   */
  function numberRow(group, row, index) {
    // Row ids extend the group's own id (ws-<group>-<n>-..., in the workbook ws-<worksheet>-<group>-<n>-...).
    var base = group.id || "ws-" + group.getAttribute("data-ws-group");
    var pattern = new RegExp("^" + base.replace(/[.*+?^${}()|[\]\\]/g, "\\$&") + "-\\d+-");
    var replacement = base + "-" + index + "-";
    row.setAttribute("data-ws-row", String(index));
    row.querySelectorAll("[id], [for], [name], [aria-describedby]").forEach(function (el) {
      ["id", "for", "name"].forEach(function (attr) {
        var value = el.getAttribute(attr);
        if (value && pattern.test(value)) el.setAttribute(attr, value.replace(pattern, replacement));
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

  /**
   * Number every row again, show Remove only where there are two rows or more, and stop Add at the row limit.
   * @param {Element} group
   */
  function renumberRows(group) {
    var rows = groupRows(group);
    rows.forEach(function (row, index) { numberRow(group, row, index); });
    rows.forEach(function (row) {
      var remove = row.querySelector("[data-ws-remove]");
      if (remove) remove.hidden = rows.length < 2;
    });
    var max = A.limitsOf(manifest).max_rows;
    var add = group.querySelector("[data-ws-add]");
    var full = typeof max === "number" && rows.length >= max;
    if (add) {
      add.disabled = full;
      add.setAttribute("aria-describedby", full ? group.id + "-limit" : "");
      if (!full) add.removeAttribute("aria-describedby");
    }
    var limit = group.querySelector("[data-ws-row-limit]");
    if (full && !limit) {
      limit = document.createElement("p");
      limit.className = "ws-group__limit";
      limit.id = group.id + "-limit";
      limit.setAttribute("data-ws-row-limit", "");
      limit.setAttribute("role", "status");
      if (add) add.insertAdjacentElement("afterend", limit);
      else group.appendChild(limit);
    }
    if (limit) {
      limit.textContent = full ? t("row_limit", { max: max, item: group.getAttribute("data-ws-item") || "" }) : "";
      limit.hidden = !full;
    }
  }

  /**
   * Add a Remove button to a row (rows are cloned from the first one, so they all get it).
   * @param {Element} row
   */
  function addRemoveButton(row) {
    if (row.querySelector("[data-ws-remove]")) return;
    var button = document.createElement("button");
    button.type = "button";
    button.className = "md-button ws-row__remove";
    button.setAttribute("data-ws-remove", "");
    row.appendChild(button);
  }

  /**
   * Mount one worksheet root.
   * @param {Element} root [data-ws-worksheet]
   */
  function mountWorksheet(root) {
    var worksheetId = root.getAttribute("data-ws-worksheet");
    var store = storeFor(root.getAttribute("data-ws-namespace") || "tyouramentorointi");
    var spec = manifest.worksheets && manifest.worksheets[worksheetId];
    var groups = Array.prototype.slice.call(root.querySelectorAll("[data-ws-group]"));
    var templates = new Map();
    var saveTimer = null;
    var blank = root.hasAttribute("data-ws-blank");
    var base = {};
    var regions = { alert: root.querySelector("[data-ws-alert]"), status: root.querySelector("[data-ws-status]") };
    var undoBox = root.querySelector("[data-ws-undo]");
    var undoAction = null;
    var conflictShown = {};

    /**
     * The manifest's value kind of a field element (fields in a group look up the group's spec).
     * @param {Element} field
     * @returns {string}
     */
    function kindFor(field) {
      return F.kindOf(field, manifest);
    }

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
      renumberRows(group);
    });

    /**
     * Append an empty row to a group.
     * @param {Element} group
     * @param {boolean} [quiet] leave numbering and print copies to the caller (loading many rows at once)
     * @returns {Element} the new row
     */
    function addRow(group, quiet) {
      var row = templates.get(group).cloneNode(true);
      group.querySelector("[data-ws-rows]").appendChild(row);
      if (quiet) return row; // the caller numbers the rows and refreshes every field once, in one batch
      renumberRows(group);
      F.refresh(Array.prototype.slice.call(row.querySelectorAll("[data-ws-field]")), kindFor);
      return row;
    }

    /**
     * The rows of a group as values.
     * @param {Element} group
     * @returns {Object[]}
     */
    function readGroup(group) {
      return groupRows(group).map(function (row) {
        var values = {};
        row.querySelectorAll("[data-ws-field]").forEach(function (field) {
          values[field.getAttribute("data-ws-field")] = F.read(field, kindFor(field));
        });
        return values;
      });
    }

    /**
     * Show rows in a group (at least one row; never more than the row limit is shown, and the limit is the same
     * one saving and import use, so nothing beyond it exists).
     * @param {Element} group
     * @param {*} rowsValue
     */
    function writeGroup(group, rowsValue) {
      var values = Array.isArray(rowsValue) && rowsValue.length ? rowsValue : [{}];
      // Rows changed as a whole (another tab, undo): earlier removal messages no longer point at a place.
      group.querySelectorAll("[data-ws-removed]").forEach(function (old) { old.remove(); });
      var rows = groupRows(group);
      rows.slice(values.length).forEach(function (row) { row.remove(); });
      for (var i = rows.length; i < values.length; i++) addRow(group, true);
      // Numbered before writing: a new row's radio buttons share the first row's names until then, and checking
      // one would uncheck the choice of another row.
      renumberRows(group);
      groupRows(group).forEach(function (row, index) {
        var rowValue = A.isPlainObject(values[index]) ? values[index] : {};
        row.querySelectorAll("[data-ws-field]").forEach(function (field) {
          F.write(field, kindFor(field), rowValue[field.getAttribute("data-ws-field")]);
        });
      });
    }

    /**
     * Every answer on the page, keyed by field or group id.
     * @returns {Object}
     */
    function collect() {
      var answers = {};
      topLevelFields(root).forEach(function (field) {
        answers[field.getAttribute("data-ws-field")] = F.read(field, kindFor(field));
      });
      groups.forEach(function (group) { answers[group.getAttribute("data-ws-group")] = readGroup(group); });
      return answers;
    }

    /**
     * The element holding an answer id (a field or a group).
     * @param {string} id
     * @returns {Element|null}
     */
    function elementFor(id) {
      var group = groups.filter(function (g) { return g.getAttribute("data-ws-group") === id; })[0];
      if (group) return group;
      return topLevelFields(root).filter(function (f) { return f.getAttribute("data-ws-field") === id; })[0] || null;
    }

    /**
     * Show answers in the fields; with `ids`, only those answers.
     * @param {Object} answers
     * @param {string[]} [ids]
     */
    function apply(answers, ids) {
      topLevelFields(root).forEach(function (field) {
        var id = field.getAttribute("data-ws-field");
        if (!ids || ids.indexOf(id) !== -1) F.write(field, kindFor(field), answers[id]);
      });
      groups.forEach(function (group) {
        var id = group.getAttribute("data-ws-group");
        if (!ids || ids.indexOf(id) !== -1) writeGroup(group, answers[id]);
      });
      F.refresh(Array.prototype.slice.call(root.querySelectorAll("[data-ws-field]")), kindFor);
      announce();
    }

    /**
     * Tell other scripts (the charts, the calendar) what the page shows now: a `ws:answers` event on the root.
     */
    function announce() {
      var detail = { answers: collect(), blank: blank };
      lastShown.set(root, detail);
      root.dispatchEvent(new CustomEvent("ws:answers", { detail: detail }));
    }

    /**
     * Say how storage is doing: blocked (nothing kept), full (saved answers shown, new changes not saved), or fine.
     */
    function showStorageState() {
      var notice = root.querySelector("[data-ws-notice]");
      var state = store.state();
      if (notice) {
        var text = state === "blocked" ? t("storage_unavailable") : t("saved_locally");
        if (notice.textContent !== text) notice.textContent = text;
        notice.classList.toggle("ws-notice--warning", state === "blocked");
      }
      if (state === "full") ui.say(regions, t("storage_full"), true);
      else if (regions.alert && regions.alert.getAttribute("data-ws-condition") === "full") ui.say(regions, "", true);
      if (regions.alert) regions.alert.setAttribute("data-ws-condition", state === "full" ? "full" : "");
    }

    /**
     * Save this page's changes now, merged field by field into what is stored.
     */
    function saveNow() {
      clearTimeout(saveTimer);
      saveTimer = null;
      root.removeAttribute("data-ws-saving");
      announce(); // rows added, removed or put back save at once
      if (blank || !store.readable() || store.state() === "blocked") return;
      var stored = loadStored(store, worksheetId);
      // An unreadable record that could not be set aside is never overwritten.
      if (!stored.ok && !stored.rescuedKey) { showStorageState(); return; }
      var current = collect();
      var merged = A.merge(stored.answers, base, current);
      if (!merged.changed.length) return;
      var outcome = store.write(worksheetId, JSON.stringify(A.makeRecord(merged.answers, stored.earlier)));
      if (outcome === "ok") {
        base = A.clone(merged.answers);
        follow(stored.answers, merged.changed);
      }
      showStorageState();
    }

    /** Save a moment after the last keystroke; the root has data-ws-saving until then. */
    function scheduleSave() {
      // Marked while a save waits, so tests (and anyone curious) can tell when the answers are stored.
      root.setAttribute("data-ws-saving", "");
      clearTimeout(saveTimer);
      saveTimer = setTimeout(saveNow, SAVE_DELAY_MS);
    }

    /**
     * Take over answers changed elsewhere: each field that differs from what this page last saw is updated,
     * unless the person has changes in it that are not saved yet; then they are told, and their version
     * stays until they change it.
     * @param {Object} stored answers stored now
     * @param {string[]} [skip] ids this page has just written
     */
    function follow(stored, skip) {
      var current = collect();
      var incoming = A.changedIds(base, stored).filter(function (id) { return !skip || skip.indexOf(id) === -1; });
      var take = [];
      incoming.forEach(function (id) {
        var element = elementFor(id);
        // Typing = changes here not saved yet; a field that only has focus in a background tab follows along.
        var typing = element && !A.sameValue(current[id], base[id]);
        if (typing && !A.sameValue(current[id], stored[id])) {
          if (!conflictShown[id]) {
            var label = element && element.querySelector(".ws-field__label, .ws-group__legend");
            ui.say(regions, t("changed_elsewhere", { field: label ? label.textContent : id }), true);
            conflictShown[id] = true;
          }
          return;
        }
        take.push(id);
        base[id] = A.clone(stored[id]);
      });
      if (take.length) apply(stored, take);
    }

    /**
     * Offer "Undo" for the last removal, in the toolbar's undo box.
     * @param {string} message
     * @param {function()} undo
     */
    function offerUndo(message, undo) {
      undoAction = undo;
      if (!undoBox) return;
      undoBox.querySelector("[data-ws-undo-text]").textContent = message;
      undoBox.hidden = false;
      undoBox.querySelector("[data-ws-action=undo]").focus();
    }

    /** Hide the undo offer. */
    function dropUndo() {
      undoAction = null;
      if (undoBox) undoBox.hidden = true;
    }

    /** Show the saved answers, or empty fields in blank mode. */
    function load() {
      var record = blank ? { ok: true, answers: {}, earlier: {} } : loadStored(store, worksheetId);
      if (!record.ok) ui.say(regions, t("storage_corrupted", { worksheets: (spec && spec.title) || document.title }), true);
      base = A.clone(record.answers);
      apply(record.answers);
      mountRecalls();
    }

    /**
     * The type of a recalled field (the page's manifest holds the worksheets it recalls), also inside a group.
     * @param {string} worksheetId
     * @param {string} fieldId
     * @returns {string} "" when unknown
     */
    function recalledType(worksheetId, fieldId) {
      var fields = (manifest.worksheets[worksheetId] || {}).fields || {};
      if (fields[fieldId]) return fields[fieldId].type;
      var found = "";
      Object.keys(fields).forEach(function (id) {
        var inner = fields[id].fields;
        if (inner && inner[fieldId]) found = inner[fieldId].type;
      });
      return found;
    }

    /** Show answers of other worksheets (e.g. the goals set at the start) read-only, as text; none when blank. */
    function mountRecalls() {
      root.querySelectorAll("[data-ws-recall-worksheet]").forEach(function (box) {
        var answers = blank ? {} : loadStored(store, box.getAttribute("data-ws-recall-worksheet")).answers;
        // None of the reader's own: a shared copy kept in this browser (shared-recall.js) says whose they are.
        if (!blank && window.wsSharedRecall) answers = window.wsSharedRecall.answersFor(store, manifest, box, answers, t);
        var fieldId = box.getAttribute("data-ws-recall-field");
        var values = [];
        Object.keys(answers).forEach(function (key) {
          var value = answers[key];
          if (key === fieldId && typeof value === "string") values.push(value);
          if (Array.isArray(value)) {
            value.forEach(function (row) { if (A.isPlainObject(row) && typeof row[fieldId] === "string") values.push(row[fieldId]); });
          }
        });
        values = values.filter(function (value) { return value.trim() !== ""; });
        // A recalled date reads as the page's language writes dates (30.6.2027 / 30 June 2027), not as stored.
        if (recalledType(box.getAttribute("data-ws-recall-worksheet"), fieldId) === "date") values = values.map(window.wsFields.formatDate);
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

    /**
     * Remove a row; one with anything typed in it leaves a message with "Undo" where it was.
     * @param {Element} group
     * @param {Element} row
     */
    function removeRow(group, row) {
      var rows = groupRows(group);
      var index = rows.indexOf(row);
      var hadText = Array.prototype.some.call(row.querySelectorAll("[data-ws-field]"), function (field) {
        return !A.isEmpty(F.read(field, kindFor(field)));
      });
      var item = group.getAttribute("data-ws-item") || "";
      var removedText = t("row_removed", { item: t("row_title", { item: item, number: index + 1 }) });
      if (!hadText) {
        row.remove();
        renumberRows(group);
        var remaining = groupRows(group);
        var focusRow = remaining[Math.min(index, remaining.length - 1)];
        var focusTarget = focusRow && focusRow.querySelector("input, textarea");
        (focusTarget || group.querySelector("[data-ws-add]")).focus();
        ui.say(regions, removedText, false);
        saveNow();
        return;
      }
      // The message and its Undo take the row's place; each removed row keeps its own until the page closes.
      var message = document.createElement("div");
      message.className = "ws-row-removed";
      message.setAttribute("data-ws-removed", "");
      message.setAttribute("role", "status");
      var text = document.createElement("span");
      text.textContent = removedText;
      var undo = document.createElement("button");
      undo.type = "button";
      undo.className = "md-button ws-row-removed__undo";
      undo.setAttribute("data-ws-undo-row", "");
      undo.textContent = t("undo_remove_row", { item: t("row_title", { item: item, number: index + 1 }) });
      undo.addEventListener("click", function () {
        message.replaceWith(row);
        renumberRows(group);
        var first = row.querySelector("input, textarea");
        if (first) first.focus();
        saveNow();
      });
      message.appendChild(text);
      message.appendChild(document.createTextNode(" "));
      message.appendChild(undo);
      row.replaceWith(message);
      renumberRows(group);
      undo.focus();
      saveNow();
    }

    /** Clear the worksheet; "Undo" puts every answer back while the page is open. */
    function clearWorksheet() {
      clearTimeout(saveTimer);
      saveTimer = null;
      var before = collect();
      var raw = store.raw(worksheetId);
      store.write(worksheetId, null);
      base = {};
      apply({});
      ui.say(regions, "", false);
      offerUndo(t("cleared"), function () {
        if (raw !== null && store.write(worksheetId, raw) === "ok") {
          load();
        } else {
          apply(before);
          saveNow();
        }
        dropUndo();
        ui.say(regions, t("undone"), false);
        var first = root.querySelector("[data-ws-field] input, [data-ws-field] textarea");
        if (first) first.focus();
      });
    }

    load();
    showStorageState();
    root.addEventListener("ws:refresh", function () {
      if (saveTimer) saveNow(); // keep what was typed before the mode changed
      blank = root.hasAttribute("data-ws-blank");
      load();
    });

    /**
     * A change in a field: print copy, length notice, save soon.
     * @param {Event} event
     */
    function onEdit(event) {
      var field = event.target.closest && event.target.closest("[data-ws-field]");
      if (field) {
        F.refresh([field], kindFor);
        F.lengthNotice(field, t);
        var id = field.closest("[data-ws-group]") ? field.closest("[data-ws-group]").getAttribute("data-ws-group") : field.getAttribute("data-ws-field");
        conflictShown[id] = false;
      }
      scheduleSave();
      announce();
    }
    root.addEventListener("input", onEdit);
    root.addEventListener("change", onEdit);
    // Flush a pending save when the tab is hidden or closed, so the last keystrokes are kept.
    window.addEventListener("pagehide", function () { if (saveTimer) saveNow(); });
    document.addEventListener("visibilitychange", function () { if (document.visibilityState === "hidden" && saveTimer) saveNow(); });

    store.subscribe(function (change) {
      if (change.type === "state") { showStorageState(); return; }
      if (blank) return;
      if (change.type === "worksheet" && change.worksheet === worksheetId) {
        var stored = loadStored(store, worksheetId);
        if (stored.ok) follow(stored.answers);
      } else if (change.type === "worksheet" || change.key === null) {
        mountRecalls();
        if (change.key === null) follow(loadStored(store, worksheetId).answers);
      }
      // Space may have been freed elsewhere: try the pending changes again.
      if (store.state() === "full" && A.changedIds(base, collect()).length) saveNow();
    });

    root.addEventListener("click", function (event) {
      var target = event.target.closest("button");
      if (!target || !root.contains(target)) return;
      var group = target.closest("[data-ws-group]");
      if (target.hasAttribute("data-ws-add") && group) {
        var max = A.limitsOf(manifest).max_rows;
        if (typeof max === "number" && groupRows(group).length >= max) return;
        var row = addRow(group);
        var first = row.querySelector("input, textarea");
        if (first) first.focus();
        scheduleSave();
        announce();
      } else if (target.hasAttribute("data-ws-remove") && group) {
        removeRow(group, target.closest("[data-ws-row]"));
      }
      var action = target.getAttribute("data-ws-action");
      if (action === "print") {
        saveNow();
        // Pictures whose code has not arrived yet are drawn first (pictures.js).
        if (window.wsPictures) window.wsPictures.ready(function () { window.print(); }); else window.print();
      } else if (action === "export") {
        saveNow();
        var stored = store.readable() ? loadStored(store, worksheetId) : { answers: {}, earlier: {} };
        var worksheets = {};
        // What is on the page is what the person sees; answers from an earlier version go along.
        worksheets[worksheetId] = { answers: A.merge(stored.answers, base, collect()).answers, earlier: stored.earlier };
        ui.download(JSON.stringify(A.makeFile(worksheets), null, 2), "tyouramentorointi-" + worksheetId + "-" + ui.today() + ".json", "application/json");
      } else if (action === "share") {
        saveNow(); // share-button.js opens the dialog, which reads the saved answers
      } else if (action === "clear") {
        clearWorksheet();
      } else if (action === "undo" && undoAction) {
        undoAction();
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
      F.refresh(Array.prototype.slice.call(root.querySelectorAll("[data-ws-field]")), kindFor);
    });
    root.querySelectorAll("[data-ws-toolbar]").forEach(function (el) { el.hidden = false; });
  }

  document.querySelectorAll("[data-ws-worksheet]").forEach(mountWorksheet);
  // The workbook's choices (workbook.js) are kept with the same storage helpers.
  window.wsWorksheets = {
    createStore: storeFor,
    /**
     * What a worksheet root shows now, as its last `ws:answers` event told; null before the first.
     * @param {Element} root
     * @returns {{answers: Object, blank: boolean}|null}
     */
    shown: function (root) { return lastShown.get(root) || null; }
  };
})();
