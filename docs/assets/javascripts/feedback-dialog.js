/*
 * The "Give feedback to the coordinator" dialog (overrides/partials/worksheet/feedback-dialog.html, which comes in
 * the script beside the page, window.wsFeedbackPage, with its strings and the aggregated fields): shows, before
 * anything is made, exactly what the anonymous feedback file will hold — the answers to the fields marked
 * `aggregate: true` as the page shows them, open answers only when the person ticks that they may go along — then
 * saves the file (feedback.js writes it) on `[data-ws-action=export-feedback-confirm]`. A real <dialog>:
 * showModal() keeps focus inside, Escape closes it, focus returns to the button. In feedback.bundle.js, loaded by
 * feedback-button.js.
 */
(function () {
  "use strict";

  var ui = window.wsUi;
  var FB = window.wsFeedback;
  var F = window.wsFields;
  // The dialog looks like the share dialog: its stylesheet (share.css) starts loading with this code; the dialog
  // waits for it, and opens unstyled rather than not at all if it fails.
  var STYLES = document.currentScript ? document.currentScript.src.replace(/javascripts\/[^/]*$/, "stylesheets/share.css") : "";
  var styled = new Promise(function (resolve) {
    var link = document.querySelector('link[href="' + STYLES + '"]');
    if (link || !STYLES) { resolve(); return; }
    link = document.createElement("link");
    link.rel = "stylesheet";
    link.href = STYLES;
    link.onload = link.onerror = function () { resolve(); };
    document.head.appendChild(link);
  });

  /**
   * A string of the dialog (they come with its markup) with its {placeholders} filled.
   * @param {string} key
   * @param {Object} [params]
   * @returns {string}
   */
  function t(key, params) {
    var strings = (window.wsFeedbackPage && window.wsFeedbackPage.strings) || {};
    return ui.t(Object.prototype.hasOwnProperty.call(strings, key) ? strings[key] : key, params);
  }

  /**
   * The page's manifest with the fields that go into the feedback file marked, as the evaluation page's is.
   * @param {Object} manifest
   * @param {{worksheet: string, fields: string[]}} page
   * @returns {Object}
   */
  function marked(manifest, page) {
    var copy = window.wsAnswers.clone(manifest || {});
    var sheet = copy.worksheets && copy.worksheets[page.worksheet];
    page.fields.forEach(function (id) { if (sheet && sheet.fields[id]) sheet.fields[id].aggregate = true; });
    return copy;
  }

  /**
   * An element's text without the labels of other languages (bilingual print) that sit inside it.
   * @param {Element|null} element
   * @returns {string}
   */
  function ownText(element) {
    if (!element) return "";
    var copy = element.cloneNode(true);
    copy.querySelectorAll(".ws-alt").forEach(function (alt) { alt.remove(); });
    return copy.textContent.replace(/\s+/g, " ").trim();
  }

  /**
   * A top-level field element of the worksheet (not a row of a group, not an embedded sheet).
   * @param {Element} root
   * @param {string} id
   * @returns {Element|null}
   */
  function fieldElement(root, id) {
    return Array.prototype.filter.call(root.querySelectorAll('[data-ws-field="' + id + '"]'), function (field) {
      return !field.closest("[data-ws-group]");
    })[0] || null;
  }

  /**
   * Wire one dialog to its worksheet.
   * @param {HTMLDialogElement} dialog
   * @param {Element} root [data-ws-worksheet]
   * @returns {{show: function(Element)}}
   */
  function mount(dialog, root) {
    var worksheetId = root.getAttribute("data-ws-worksheet");
    var manifest = marked(ui.manifest, window.wsFeedbackPage);
    var fields = FB.aggregateFields(manifest, worksheetId);
    var roleBox = dialog.querySelector("[data-ws-feedback-role]");
    var round = dialog.querySelector("[data-ws-feedback-round]");
    var openBox = dialog.querySelector("[data-ws-feedback-open-box]");
    var open = dialog.querySelector("[data-ws-feedback-open]");
    var preview = dialog.querySelector("[data-ws-feedback-preview]");
    var regions = { alert: dialog.querySelector("[data-ws-feedback-alert]"), status: null };
    var pageRegions = { alert: root.querySelector("[data-ws-alert]"), status: root.querySelector("[data-ws-status]") };
    var opener = null;
    roleBox.hidden = FB.asksRole(manifest, worksheetId);
    openBox.hidden = !fields.some(function (field) { return field.open; });

    /**
     * The answers the page shows now, for the aggregated fields (also what is not saved yet).
     * @returns {Object}
     */
    function shownAnswers() {
      var answers = {};
      fields.forEach(function (field) {
        var element = fieldElement(root, field.id);
        if (element) answers[field.id] = F.read(element, F.kindOf(element, manifest));
      });
      return answers;
    }

    /**
     * The role chosen in the dialog, "" when none.
     * @returns {string}
     */
    function chosenRole() {
      var checked = dialog.querySelector("[data-ws-feedback-role] input:checked");
      return checked ? checked.value : "";
    }

    /**
     * The file as it would be made now (the id is filled in when it is saved).
     * @returns {Object}
     */
    function draft() {
      return FB.makeFeedback(manifest, worksheetId, shownAnswers(), {
        id: "", month: ui.today().slice(0, 7), role: chosenRole(), round: round.value, includeOpen: open.checked
      });
    }

    /**
     * An answer as the person sees it on the page: option labels, not their ids.
     * @param {Element} element
     * @param {*} value
     * @returns {string}
     */
    function shown(element, value) {
      var values = Array.isArray(value) ? value : [value];
      return values.map(function (item) {
        var input = element.querySelector('input[value="' + item + '"]');
        var label = input && element.querySelector('label[for="' + input.id + '"]');
        return label ? ownText(label) : String(item);
      }).join(", ");
    }

    /**
     * Write the preview: every line of the file, in the page's words.
     */
    function showPreview() {
      var file = draft();
      preview.textContent = "";
      /**
       * @param {string} term
       * @param {string} text
       */
      function line(term, text) {
        var dt = document.createElement("dt");
        dt.textContent = term;
        var dd = document.createElement("dd");
        dd.textContent = text;
        preview.appendChild(dt);
        preview.appendChild(dd);
      }
      if (!roleBox.hidden) {
        var roleInput = dialog.querySelector("#ws-feedback-role-" + file.role);
        line(ownText(roleBox.querySelector("legend")), file.role && roleInput ? ownText(dialog.querySelector('label[for="' + roleInput.id + '"]')) : t("feedback_unanswered"));
      }
      line(ownText(dialog.querySelector('label[for="ws-feedback-round"]')), file.round || t("feedback_unanswered"));
      fields.forEach(function (field) {
        var element = fieldElement(root, field.id);
        var label = element && (element.querySelector("legend") || element.querySelector("label"));
        var value = file.answers[field.id];
        var text = value !== undefined ? shown(element, value) : field.open && !open.checked && !window.wsAnswers.isEmpty(shownAnswers()[field.id]) ? t("feedback_open_left_out") : t("feedback_unanswered");
        line(ownText(label) || field.id, text);
      });
    }

    /**
     * Save the file and say so; refuse (saying why) when nothing in it could be counted.
     */
    function save() {
      var file = draft();
      var counted = fields.filter(function (field) {
        return !field.open && field.id !== FB.ROLE_FIELD && file.answers[field.id] !== undefined;
      });
      if (!counted.length) {
        ui.say(regions, t("feedback_nothing"), true);
        return;
      }
      file.id = FB.newId(function (n) { return window.crypto.getRandomValues(new Uint8Array(n)); });
      var name = FB.fileName(file);
      ui.download(JSON.stringify(file, null, 2), name, "application/json");
      dialog.close();
      ui.say(pageRegions, t("feedback_made", { file: name }), false);
    }

    dialog.addEventListener("click", function (event) {
      var target = event.target.closest("[data-ws-action]");
      if (!target) return;
      var action = target.getAttribute("data-ws-action");
      if (action === "export-feedback-confirm") save();
      else if (action === "feedback-close") dialog.close();
    });
    // The dialog's own inputs are not worksheet answers: the worksheet never sees them.
    ["input", "change"].forEach(function (type) {
      dialog.addEventListener(type, function (event) {
        event.stopPropagation();
        ui.say(regions, "", false);
        showPreview();
      });
    });
    dialog.addEventListener("close", function () {
      if (opener && document.contains(opener)) opener.focus();
    });

    return {
      show: function (button) {
        opener = button;
        ui.say(regions, "", false);
        showPreview();
        if (typeof dialog.showModal === "function") dialog.showModal(); else dialog.setAttribute("open", "");
        window.wsUi.placeDialogInFrame(dialog, button);
        dialog.querySelector("#ws-feedback-title").focus();
      }
    };
  }

  /**
   * Open the feedback dialog of the worksheet the button belongs to; the first time, put its markup after the
   * worksheet's toolbar.
   * @param {Element} button the control that opened it (focus returns there)
   * @returns {Promise<void>} settles when the dialog is open
   */
  function open(button) {
    return styled.then(function () { show(button); });
  }

  /**
   * Show the dialog (see open).
   * @param {Element} button
   */
  function show(button) {
    var root = button.closest("[data-ws-worksheet]");
    var dialog = root.querySelector("[data-ws-feedback-dialog]");
    if (!dialog) {
      var holder = document.createElement("template");
      holder.innerHTML = window.wsFeedbackPage.html;
      dialog = holder.content.firstElementChild;
      var toolbar = root.querySelector("[data-ws-toolbar]");
      toolbar.parentNode.insertBefore(dialog, toolbar.nextSibling);
      dialog.wsFeedback = mount(dialog, root);
    }
    dialog.wsFeedback.show(button);
  }

  window.wsFeedbackDialog = { open: open };
})();
