/*
 * The share dialog: choose worksheets (a worksheet page shares itself; My answers offers every worksheet with
 * answers), see what goes out, optionally a name and a passphrase, then a link (length shown, refused when too
 * long) or a file. A real <dialog>: showModal() keeps focus inside, Escape closes it, focus goes back to the
 * "Share…" button. Reads the saved answers; writes nothing.
 */
(function () {
  "use strict";

  var A = window.wsAnswers;
  var S = window.wsShare;
  var ui = window.wsUi;
  var t = ui.t;
  var manifest = ui.manifest || { worksheets: {} };
  var mounted = typeof WeakMap === "function" ? new WeakMap() : null;

  /**
   * True when this browser has what sharing needs.
   * @returns {boolean}
   */
  function supported() {
    return typeof CompressionStream === "function" && !!(window.crypto && window.crypto.subtle);
  }

  /**
   * Wire a dialog once.
   * @param {HTMLDialogElement} dialog
   * @param {Element} root the worksheet or My answers element
   * @returns {{show: function(Element): void}}
   */
  function mount(dialog, root) {
    var store = window.wsStorage.open(root.getAttribute("data-ws-namespace") || "tyouramentorointi");
    var single = root.getAttribute("data-ws-worksheet");
    var list = dialog.querySelector("[data-ws-share-worksheets]");
    var preview = dialog.querySelector("[data-ws-share-preview]");
    var name = dialog.querySelector("[data-ws-share-name]");
    var passphrase = dialog.querySelector("[data-ws-share-passphrase]");
    var linkBox = dialog.querySelector("[data-ws-share-link-box]");
    var linkField = dialog.querySelector("[data-ws-share-link]");
    var lengthNote = dialog.querySelector("[data-ws-share-length]");
    var regions = { alert: dialog.querySelector("[data-ws-share-alert]"), status: dialog.querySelector("[data-ws-share-status]") };
    var opener = null;
    var busy = false;

    /**
     * The saved answers of every worksheet this dialog can share that has any.
     * @returns {Object<string, {answers: Object, earlier: Object}>}
     */
    function available() {
      var out = {};
      var ids = single ? [single] : Object.keys(manifest.worksheets || {});
      ids.forEach(function (id) {
        var read = store.readWorksheet(id, manifest);
        if (read.ok && (!A.isEmpty(read.answers) || A.earlierEntries(read.earlier).length)) out[id] = { answers: read.answers, earlier: read.earlier };
      });
      return out;
    }

    /**
     * The chosen worksheets' answers.
     * @returns {Object<string, {answers: Object, earlier: Object}>}
     */
    function chosen() {
      var all = available();
      var out = {};
      list.querySelectorAll("input[type=checkbox]").forEach(function (box) {
        if (box.checked && A.has(all, box.value)) out[box.value] = all[box.value];
      });
      return out;
    }

    /** List the worksheets with answers as checkboxes (all chosen) and show the preview. */
    function fill() {
      var all = available();
      list.textContent = "";
      var ids = Object.keys(all);
      if (!ids.length) {
        var none = document.createElement("p");
        none.textContent = t("share_none");
        list.appendChild(none);
      }
      ids.forEach(function (id) {
        var option = document.createElement("div");
        option.className = "ws-option";
        var box = document.createElement("input");
        box.type = "checkbox";
        box.className = "ws-option__input";
        box.id = "ws-share-" + id;
        box.value = id;
        box.checked = true;
        box.setAttribute("data-ws-share-worksheet", id);
        var label = document.createElement("label");
        label.className = "ws-option__label";
        label.htmlFor = box.id;
        label.textContent = manifest.worksheets[id].title;
        option.appendChild(box);
        option.appendChild(label);
        list.appendChild(option);
      });
      showPreview();
    }

    /** Show what the other person will see. */
    function showPreview() {
      var copy = S.readCopy(manifest, S.makeCopy(chosen(), name.value));
      if (copy.ok) window.wsSharedView.render(preview, manifest, copy, { level: 3 });
      else preview.textContent = t("share_none");
      linkBox.hidden = true;
      linkField.value = "";
    }

    /**
     * The copy to send, or null (with a message) when nothing is chosen.
     * @returns {Object|null}
     */
    function copyToSend() {
      var worksheets = chosen();
      if (!Object.keys(worksheets).length) { ui.say(regions, t("share_error_nothing"), true); return null; }
      return S.makeCopy(worksheets, name.value);
    }

    /**
     * Run one share action, one at a time; a passphrase takes a moment (600 000 rounds), so say so.
     * @param {function(Object, string): Promise<void>} action
     */
    function run(action) {
      if (busy) return;
      if (!supported()) { ui.say(regions, t("share_error_unavailable"), true); return; }
      var copy = copyToSend();
      if (!copy) return;
      busy = true;
      if (passphrase.value) ui.say(regions, t("share_working"), false);
      action(copy, passphrase.value).then(function () { busy = false; }, function () {
        busy = false;
        ui.say(regions, t("share_error_unavailable"), true);
      });
    }

    /** Make the link, show it and its length, or say it is too long. */
    function makeLink() {
      run(function (copy, secret) {
        return S.linkFragment(copy, secret).then(function (fragment) {
          var made = S.link(new URL(dialog.getAttribute("data-ws-shared-page") || "../shared/", location.href).href, fragment);
          if (!made.fits) {
            linkBox.hidden = true;
            linkField.value = "";
            ui.say(regions, t("share_link_too_long", { length: made.length, max: S.LINK_MAX }), true);
            return;
          }
          linkField.value = made.url;
          lengthNote.textContent = t("share_link_made", { length: made.length });
          linkBox.hidden = false;
          ui.say(regions, t("share_link_made", { length: made.length }), false);
          linkField.focus();
          linkField.select();
        });
      });
    }

    /** Download the file. */
    function makeFile() {
      run(function (copy, secret) {
        return S.fileText(copy, secret).then(function (text) {
          var ids = copy.shared.worksheets;
          var file = "tyouramentorointi-shared-" + (ids.length === 1 ? ids[0] + "-" : "") + ui.today() + ".json";
          ui.download(text, file, "application/json");
          ui.say(regions, t("share_file_made"), false);
        });
      });
    }

    /** Copy the link to the clipboard where the browser allows it; otherwise it stays selected to copy by hand. */
    function copyLink() {
      linkField.focus();
      linkField.select();
      var done = function () { ui.say(regions, t("share_copied"), false); };
      if (navigator.clipboard && navigator.clipboard.writeText) navigator.clipboard.writeText(linkField.value).then(done, function () {});
    }

    dialog.addEventListener("click", function (event) {
      var target = event.target.closest("[data-ws-action]");
      if (!target) return;
      var action = target.getAttribute("data-ws-action");
      if (action === "share-link") makeLink();
      else if (action === "share-file") makeFile();
      else if (action === "share-copy") copyLink();
      else if (action === "share-close") dialog.close();
    });
    // The dialog's own inputs are not worksheet answers: the worksheet never sees them.
    ["input", "change"].forEach(function (type) {
      dialog.addEventListener(type, function (event) {
        event.stopPropagation();
        if (event.target.closest("[data-ws-share-worksheets]") || event.target === name) showPreview();
      });
    });
    dialog.addEventListener("close", function () {
      passphrase.value = "";
      if (opener && document.contains(opener)) opener.focus();
    });

    return {
      show: function (button) {
        opener = button;
        ui.say(regions, "", false);
        fill();
        if (typeof dialog.showModal === "function") dialog.showModal(); else dialog.setAttribute("open", "");
        window.wsUi.placeDialogInFrame(dialog, button);
        dialog.querySelector("#ws-share-title").focus();
      }
    };
  }

  /**
   * Open a page's share dialog.
   * @param {HTMLDialogElement} dialog
   * @param {Element} root
   * @param {Element} button the control that opened it (focus returns there)
   */
  function open(dialog, root, button) {
    var wired = mounted ? mounted.get(dialog) : dialog.wsShare;
    if (!wired) {
      wired = mount(dialog, root);
      if (mounted) mounted.set(dialog, wired); else dialog.wsShare = wired;
    }
    wired.show(button);
  }

  window.wsShareDialog = { open: open };
})();
