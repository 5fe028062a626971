/*
 * The "Share…" button of a worksheet page and My answers: loads the share code (share.bundle.js, beside this
 * script, also from a file share) and its styles (stylesheets/share.css) the first time it is pressed, then opens
 * the share dialog. Most visits never
 * share, so the pages' first load stays small.
 */
(function () {
  "use strict";

  var SHARE_SCRIPT = document.currentScript ? document.currentScript.src.replace(/[^/]*$/, "share.bundle.js") : "";
  var SHARE_STYLES = SHARE_SCRIPT.replace(/javascripts\/share\.bundle\.js$/, "stylesheets/share.css");
  var loading = null;

  /**
   * Load share.bundle.js and share.css once (the dialog opens unstyled rather than not at all if the styles fail).
   * @returns {Promise<void>}
   */
  function load() {
    if (window.wsShareDialog) return Promise.resolve();
    if (!loading) {
      var styles = new Promise(function (resolve) {
        var link = document.createElement("link");
        link.rel = "stylesheet";
        link.href = SHARE_STYLES;
        link.onload = link.onerror = function () { resolve(); };
        document.head.appendChild(link);
      });
      var script = new Promise(function (resolve, reject) {
        var element = document.createElement("script");
        element.src = SHARE_SCRIPT;
        element.onload = function () { resolve(); };
        element.onerror = function () { loading = null; reject(new Error("share.bundle.js did not load")); };
        document.head.appendChild(element);
      });
      loading = Promise.all([styles, script]).then(function () {});
    }
    return loading;
  }

  document.addEventListener("click", function (event) {
    var button = event.target.closest && event.target.closest("[data-ws-action=share]");
    if (!button) return;
    var root = button.closest("[data-ws-worksheet], [data-ws-overview]");
    var dialog = root && root.querySelector("[data-ws-share-dialog]");
    if (!dialog) return;
    load().then(function () { window.wsShareDialog.open(dialog, root, button); }, function () {
      var alert = root.querySelector("[data-ws-alert]");
      if (alert) window.wsUi.say({ alert: alert, status: root.querySelector("[data-ws-status]") }, window.wsUi.t("share_error_unavailable"), true);
    });
  });
})();
