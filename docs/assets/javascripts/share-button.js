/*
 * The "Share…" button of a worksheet page and My answers: the first time it is pressed, loads the share code
 * (share.bundle.js, beside this script, also from a file share), its styles (stylesheets/share.css) and the
 * dialog in the page's language (share-ui.<lang>.js: markup and strings, at the button's data-ws-share-ui), puts
 * the dialog in the page, then opens it. Most visits never share, so the pages' first load stays small.
 */
(function () {
  "use strict";

  var SHARE_SCRIPT = document.currentScript ? document.currentScript.src.replace(/[^/]*$/, "share.bundle.js") : "";
  var SHARE_STYLES = SHARE_SCRIPT.replace(/javascripts\/share\.bundle\.js$/, "stylesheets/share.css");
  var loading = null;

  /**
   * Add a script element and wait for it.
   * @param {string} src
   * @returns {Promise<void>}
   */
  function script(src) {
    return new Promise(function (resolve, reject) {
      var element = document.createElement("script");
      element.src = src;
      element.onload = function () { resolve(); };
      element.onerror = function () { reject(new Error(src + " did not load")); };
      document.head.appendChild(element);
    });
  }

  /**
   * Load share.bundle.js, share.css and share-ui.<lang>.js once (the dialog opens unstyled rather than not at all if the
   * styles fail); a failed load is tried again on the next press.
   * @param {string} uiScript address of this language's share-ui.<lang>.js
   * @returns {Promise<void>}
   */
  function load(uiScript) {
    if (window.wsShareDialog && window.wsShareUi) return Promise.resolve();
    if (!loading) {
      var styles = new Promise(function (resolve) {
        var link = document.createElement("link");
        link.rel = "stylesheet";
        link.href = SHARE_STYLES;
        link.onload = link.onerror = function () { resolve(); };
        document.head.appendChild(link);
      });
      loading = Promise.all([styles, script(SHARE_SCRIPT), script(uiScript)]).then(function () {
        window.wsUi.addStrings(window.wsShareUi.strings);
      }, function (error) {
        loading = null;
        throw error;
      });
    }
    return loading;
  }

  /**
   * The root's share dialog, put in the page from share-ui.<lang>.js the first time.
   * @param {Element} root
   * @param {Element} button
   * @returns {HTMLDialogElement}
   */
  function dialogFor(root, button) {
    var dialog = root.querySelector("[data-ws-share-dialog]");
    if (!dialog) {
      root.insertAdjacentHTML("beforeend", window.wsShareUi.markup);
      dialog = root.querySelector("[data-ws-share-dialog]");
      dialog.setAttribute("data-ws-shared-page", button.getAttribute("data-ws-shared-page") || "");
    }
    return dialog;
  }

  document.addEventListener("click", function (event) {
    var button = event.target.closest && event.target.closest("[data-ws-action=share]");
    if (!button) return;
    var root = button.closest("[data-ws-worksheet], [data-ws-overview]");
    if (!root) return;
    load(button.getAttribute("data-ws-share-ui") || "").then(function () {
      window.wsShareDialog.open(dialogFor(root, button), root, button);
    }, function () {
      var alert = root.querySelector("[data-ws-alert]");
      if (alert) window.wsUi.say({ alert: alert, status: root.querySelector("[data-ws-status]") }, window.wsUi.t("share_error_unavailable"), true);
    });
  });
})();
