/*
 * "Shared with me": open a shared copy from the address's fragment (then dropped from the address bar and the
 * history entry with history.replaceState) or from a file; ask for the passphrase when it has one; show it
 * read-only; keep it in this browser, list kept copies, remove them with undo. Never touches the reader's answers.
 */
(function () {
  "use strict";

  var A = window.wsAnswers;
  var S = window.wsShare;
  var ui = window.wsUi;
  var t = ui.t;
  var manifest = ui.manifest || { worksheets: {} };

  /**
   * Wire the page.
   * @param {Element} root [data-ws-shared]
   */
  function mountShared(root) {
    var store = window.wsStorage.open(root.getAttribute("data-ws-namespace") || "tyouramentorointi");
    var regions = { alert: root.querySelector("[data-ws-alert]"), status: root.querySelector("[data-ws-status]") };
    var input = root.querySelector("[data-ws-open-shared]");
    var unlockBox = root.querySelector("[data-ws-shared-unlock]");
    var passphrase = root.querySelector("[data-ws-share-passphrase]");
    var copyBox = root.querySelector("[data-ws-shared-copy]");
    var keepButton = root.querySelector("[data-ws-action=shared-keep]");
    var keptBox = root.querySelector("[data-ws-shared-kept-box]");
    var keptList = root.querySelector("[data-ws-shared-kept]");
    var undoBox = root.querySelector("[data-ws-undo]");
    var pending = null; // the text of a locked copy waiting for its passphrase
    var shown = null; // the plain copy on screen
    var undoAction = null;

    /**
     * Show an opened copy, or say why it could not be opened (what was on screen stays).
     * @param {Object} result from wsShare.open
     */
    function show(result) {
      if (!result.ok) {
        if (result.reason === "share_error_need_passphrase") {
          unlockBox.hidden = false;
          passphrase.focus();
        }
        ui.say(regions, t(result.reason, result.params), true);
        return;
      }
      pending = null;
      unlockBox.hidden = true;
      passphrase.value = "";
      shown = result.copy;
      window.wsSharedView.render(root.querySelector("[data-ws-shared-view]"), manifest, result, { level: 3, links: true });
      drawPictures(root.querySelector("[data-ws-shared-view]"), result);
      root.querySelector("[data-ws-shared-by]").textContent = window.wsSharedView.byline(result);
      copyBox.hidden = false;
      keepButton.hidden = !!keptKeyOf(shown);
      var titles = Object.keys(manifest.worksheets).filter(function (id) { return A.has(result.worksheets, id); })
        .map(function (id) { return manifest.worksheets[id].title; }).concat(Object.keys(result.unknown).map(A.shortId));
      ui.say(regions, t("shared_opened", { worksheets: titles.join(", ") }), false);
      root.querySelector("[data-ws-shared-by]").focus();
    }

    /**
     * The copy's pictures (lifeline, network map, goal timelines) under each such worksheet's title, drawn from the
     * copy's answers once the pictures' code has loaded (lazy.js); a copy opened meanwhile replaces this one.
     * @param {Element} view
     * @param {{worksheets: Object}} opened
     */
    function drawPictures(view, opened) {
      var ids = ["lifeline", "network", "goals"].filter(function (id) { return A.has(opened.worksheets, id); });
      if (!ids.length) return;
      var copy = shown;
      var files = ["charts.bundle.js", "ui-charts." + (document.documentElement.lang || "fi") + ".js"];
      window.wsLazy.load(files, function (ok) {
        if (!ok || shown !== copy) return;
        var answers = {};
        Object.keys(opened.worksheets).forEach(function (id) { answers[id] = opened.worksheets[id].answers; });
        ids.forEach(function (id) {
          var section = view.querySelector('[data-ws-shared-worksheet="' + id + '"]');
          var place = document.createElement("div");
          place.className = "ws-shared__picture";
          if (window.wsChartDraw.drawCopy(place, id, answers[id], answers)) section.querySelector(".ws-shared__fields").before(place);
        });
      });
    }

    /**
     * Open a link fragment or a file's text.
     * @param {string} text
     */
    function openText(text) {
      if (typeof CompressionStream !== "function" || !(window.crypto && window.crypto.subtle)) {
        ui.say(regions, t("share_error_unavailable"), true);
        return;
      }
      S.open(manifest, text).then(function (result) {
        if (!result.ok && result.reason === "share_error_need_passphrase") pending = text;
        show(result);
      });
    }

    /** Try the typed passphrase on the pending copy. */
    function unlock() {
      if (pending === null) return;
      S.open(manifest, pending, passphrase.value).then(function (result) {
        if (!result.ok && result.reason === "share_error_passphrase") {
          passphrase.select();
          ui.say(regions, t("share_error_passphrase"), true);
          return;
        }
        show(result);
      });
    }

    /**
     * The storage key of a kept copy with the same content, or null.
     * @param {Object} copy
     * @returns {string|null}
     */
    function keptKeyOf(copy) {
      var text = JSON.stringify(copy);
      var same = window.wsSharedRecall.keptCopies(store).filter(function (kept) { return JSON.stringify(kept.copy) === text; });
      return same.length ? same[0].key : null;
    }

    /** Keep the copy on screen in this browser. */
    function keep() {
      if (!shown || keptKeyOf(shown)) return;
      var key = store.namespace + ":shared:" + new Date().toISOString().replace(/[:.]/g, "-");
      for (var n = 2; store.get(key) !== null; n++) key = key.replace(/(~\d+)?$/, "~" + n);
      if (store.set(key, JSON.stringify({ kept: new Date().toISOString(), copy: shown })) !== "ok") {
        ui.say(regions, t("share_error_storage"), true);
        return;
      }
      keepButton.hidden = true;
      ui.say(regions, t("shared_kept"), false);
      listKept();
    }

    /** List the kept copies with "Show" and "Remove". */
    function listKept() {
      var kept = window.wsSharedRecall.keptCopies(store);
      keptList.textContent = "";
      kept.forEach(function (entry) {
        var item = document.createElement("li");
        item.setAttribute("data-ws-shared-kept-item", entry.key);
        var read = S.readCopy(manifest, entry.copy);
        var text = document.createElement("span");
        var titles = read.ok ? Object.keys(manifest.worksheets).filter(function (id) { return A.has(read.worksheets, id); })
          .map(function (id) { return manifest.worksheets[id].title; }) : [];
        text.textContent = window.wsSharedView.byline({ name: entry.name, at: entry.at }) + (titles.length ? ": " + titles.join(", ") : "");
        item.appendChild(text);
        [["shared_show", "shared-show"], ["shared_remove", "shared-remove"]].forEach(function (pair) {
          var button = document.createElement("button");
          button.type = "button";
          button.className = "md-button";
          button.textContent = t(pair[0]);
          button.setAttribute("data-ws-action", pair[1]);
          button.setAttribute("data-ws-key", entry.key);
          button.setAttribute("aria-label", t(pair[0]) + ": " + text.textContent);
          item.appendChild(button);
        });
        keptList.appendChild(item);
      });
      root.querySelector("[data-ws-shared-kept-none]").hidden = kept.length > 0;
      keptBox.hidden = false;
    }

    /**
     * Remove a kept copy; "Undo" puts it back while the page is open.
     * @param {string} key
     */
    function remove(key) {
      var saved = store.get(key);
      if (saved === null) return;
      store.set(key, null);
      listKept();
      if (shown && !keptKeyOf(shown)) keepButton.hidden = false;
      undoAction = function () {
        store.set(key, saved);
        undoBox.hidden = true;
        undoAction = null;
        listKept();
        if (shown) keepButton.hidden = !!keptKeyOf(shown);
        ui.say(regions, t("undone"), false);
      };
      undoBox.querySelector("[data-ws-undo-text]").textContent = t("shared_removed");
      undoBox.hidden = false;
      undoBox.querySelector("[data-ws-action=undo]").focus();
    }

    root.addEventListener("click", function (event) {
      var target = event.target.closest("[data-ws-action]");
      if (!target) return;
      var action = target.getAttribute("data-ws-action");
      if (action === "shared-keep") keep();
      else if (action === "shared-print") window.print();
      else if (action === "shared-remove") remove(target.getAttribute("data-ws-key"));
      else if (action === "undo" && undoAction) undoAction();
      else if (action === "shared-show") {
        var kept = window.wsSharedRecall.keptCopies(store).filter(function (entry) { return entry.key === target.getAttribute("data-ws-key"); })[0];
        if (kept) openText(JSON.stringify(kept.copy));
      }
    });
    // The passphrase is a form of its own: "Open" and Enter both submit it, and nothing leaves the page.
    unlockBox.addEventListener("submit", function (event) {
      event.preventDefault();
      unlock();
    });
    input.addEventListener("change", function () {
      var file = input.files && input.files[0];
      if (!file) return;
      var size = A.limitsOf(manifest).max_file_bytes;
      if (typeof size === "number" && file.size > size) { ui.say(regions, t("share_error_file"), true); return; }
      var reader = new FileReader();
      reader.onload = function () { openText(String(reader.result)); };
      reader.onerror = function () { ui.say(regions, t("share_error_file"), true); };
      reader.readAsText(file);
      input.value = "";
    });
    // Another tab kept or removed a copy.
    store.subscribe(function () { listKept(); });
    root.querySelectorAll("[data-ws-toolbar]").forEach(function (el) { el.hidden = false; });
    listKept();

    readFragment();
    // A link pasted into the address bar while this page is open changes only the fragment.
    window.addEventListener("hashchange", readFragment);

    /** A link: read its fragment, then drop it from the address bar and this history entry at once. */
    function readFragment() {
      if (!S.isLinkFragment(location.hash)) return;
      var fragment = location.hash.slice(1);
      try { history.replaceState(history.state, "", location.pathname + location.search); } catch (e) { location.hash = ""; }
      openText(fragment);
    }
  }

  document.querySelectorAll("[data-ws-shared]").forEach(mountShared);
})();
