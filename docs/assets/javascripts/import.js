/*
 * Import on My answers (loaded by overview.js when a person chooses a file): check the file, show a preview of
 * what it holds and what it would change, then add to the person's answers (the default) or replace them; the
 * state before is kept as a backup, so "Undo import" works also after a reload. A new message replaces the older
 * one, beside the file picker. Needs ui.js, answers.js, answers-count.js, storage.js and answers-import.js.
 */
(function () {
  "use strict";

  var ui = window.wsUi;
  var A = window.wsAnswers;
  var t = ui.t;
  var state = { pending: null, mounted: null };

  /**
   * Start importing a file on My answers (the preview's buttons are wired the first time).
   * @param {{root: Element, store: Object, manifest: Object, input: HTMLInputElement, preview: Element,
   *          title: function(string): string, readAll: function(): Object, refresh: function(),
   *          offerUndo: function(string, function()), undoImport: function()}} ctx from overview.js
   * @param {File} file
   */
  function start(ctx, file) {
    var root = ctx.root;
    var store = ctx.store;
    var manifest = ctx.manifest;
    var input = ctx.input;
    var preview = ctx.preview;
    var importRegions = { alert: root.querySelector("[data-ws-import-alert]"), status: root.querySelector("[data-ws-import-status]") };

    /**
     * Show the import's result beside the file picker (a new message replaces the old one).
     * @param {string} message
     * @param {boolean} isError
     */
    function sayImport(message, isError) {
      ui.say(importRegions, message, isError);
    }

    /**
     * A refusal as a message: its key with parameters, a field reason translated, "Nothing was changed".
     * @param {{reason: string, params: Object}} refusal
     * @returns {string}
     */
    function refusalText(refusal) {
      var params = A.clone(refusal.params) || {};
      if (params.reason) params.reason = t(params.reason);
      return t(refusal.reason, params);
    }

    /**
     * Show what an import would do, and wait for the person's choice.
     * @param {Object} result validateFile's result
     * @param {string} name file name
     */
    function showPreview(result, name) {
      var all = ctx.readAll();
      state.pending = { result: result, all: all };
      preview.querySelector("[data-ws-preview-file]").textContent = t("import_preview_file", { file: name });
      var list = preview.querySelector("[data-ws-preview-list]");
      list.textContent = "";
      Object.keys(result.worksheets).forEach(function (id) {
        var item = document.createElement("li");
        var counted = A.count(manifest, id, result.worksheets[id].answers);
        item.textContent = t("import_preview_item", { worksheet: ctx.title(id), count: counted.filled });
        list.appendChild(item);
      });
      var earlier = preview.querySelector("[data-ws-preview-earlier]");
      earlier.textContent = result.earlierCount ? t("import_warning_earlier", { count: result.earlierCount }) : "";
      earlier.hidden = !result.earlierCount;
      preview.querySelector("[data-ws-import-mode][value=add]").checked = true;
      updateChanges();
      preview.hidden = false;
      preview.querySelector("#ws-preview-title").focus();
    }

    /** Say how many existing answers the chosen mode would change. */
    function updateChanges() {
      if (!state.pending) return;
      var mode = preview.querySelector("[data-ws-import-mode]:checked").value;
      var changes = 0;
      Object.keys(state.pending.result.worksheets).forEach(function (id) {
        changes += A.applyImport(state.pending.all[id].answers, state.pending.result.worksheets[id].answers, mode).changes;
      });
      preview.querySelector("[data-ws-preview-changes]").textContent = changes ? t("import_preview_changes", { count: changes }) : t("import_preview_no_changes");
    }

    /** Close the preview; focus goes back to the file picker. */
    function closePreview() {
      state.pending = null;
      preview.hidden = true;
      input.value = "";
    }

    /** Import the previewed file: back up, write every worksheet (all or nothing), offer "Undo import". */
    function confirmImport() {
      if (!state.pending) return;
      var mode = preview.querySelector("[data-ws-import-mode]:checked").value;
      var result = state.pending.result;
      var worksheetIds = Object.keys(result.worksheets);
      var fresh = ctx.readAll();
      if (store.state() === "blocked" || !store.readable()) { sayImport(t("storage_unavailable"), true); return; }
      store.backup("import", worksheetIds.map(function (id) { return store.key(id); }));
      for (var i = 0; i < worksheetIds.length; i++) {
        var id = worksheetIds[i];
        var current = fresh[id];
        if (!current.ok && !current.rescuedKey) { store.restoreBackup(); sayImport(t("storage_full_overview"), true); return; }
        var incoming = result.worksheets[id];
        var answers = A.applyImport(current.answers, incoming.answers, mode).answers;
        var earlier = A.clone(current.earlier);
        Object.keys(incoming.earlier).forEach(function (path) {
          var key = path;
          for (var n = 2; Object.prototype.hasOwnProperty.call(earlier, key) && !A.sameValue(earlier[key], incoming.earlier[path]); n++) key = path + "#" + n;
          earlier[key] = incoming.earlier[path];
        });
        if (store.write(id, JSON.stringify(A.makeRecord(answers, earlier))) !== "ok") {
          // All or nothing: put back what this import already changed.
          store.restoreBackup();
          closePreview();
          ctx.refresh();
          sayImport(store.state() === "full" ? t("storage_full_overview") : t("storage_unavailable"), true);
          input.focus();
          return;
        }
      }
      closePreview();
      ctx.refresh();
      var titles = worksheetIds.map(ctx.title).join(", ");
      sayImport(t("import_done", { worksheets: titles }) + (result.earlierCount ? " " + t("import_warning_earlier", { count: result.earlierCount }) : ""), false);
      ctx.offerUndo(t("undo_import_offer_now"), ctx.undoImport);
    }

    /**
     * Read, check and preview a chosen file.
     * @param {File} file
     */
    function readFile(file) {
      closePreview();
      var size = A.checkFileSize(manifest, file.size);
      if (!size.ok) { sayImport(refusalText(size), true); return; }
      var reader = new FileReader();
      reader.onload = function () {
        var data;
        try { data = JSON.parse(String(reader.result)); } catch (e) { sayImport(t("import_error_read"), true); input.value = ""; return; }
        var result = A.validateFile(manifest, data);
        if (!result.ok) { sayImport(refusalText(result), true); input.value = ""; return; }
        sayImport("", false);
        showPreview(result, file.name);
      };
      reader.onerror = function () { sayImport(t("import_error_read"), true); input.value = ""; };
      reader.readAsText(file);
    }


    if (state.mounted !== root) {
      state.mounted = root;
      root.addEventListener("click", function (event) {
        var target = event.target.closest("[data-ws-action]");
        if (!target) return;
        var action = target.getAttribute("data-ws-action");
        if (action === "import-confirm") confirmImport();
        else if (action === "import-cancel") cancel();
      });
      preview.addEventListener("change", updateChanges);
      preview.addEventListener("keydown", function (event) {
        if (event.key === "Escape") cancel();
      });
    }

    /** Close the preview without importing; focus goes back to the file picker. */
    function cancel() {
      closePreview();
      sayImport(t("import_cancelled"), false);
      input.focus();
    }

    readFile(file);
  }

  window.wsImport = start;
})();
