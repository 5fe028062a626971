/*
 * The "Share…" button of a worksheet page and My answers: loads the share code (share.bundle.js, beside this
 * script, also from a file share) the first time it is pressed, then opens the share dialog. Most visits never
 * share, so the pages' first load stays small.
 */
(function () {
  "use strict";

  var SHARE_SCRIPT = document.currentScript ? document.currentScript.src.replace(/[^/]*$/, "share.bundle.js") : "";
  var loading = null;

  /**
   * Load share.bundle.js once.
   * @returns {Promise<void>}
   */
  function load() {
    if (window.wsShareDialog) return Promise.resolve();
    if (!loading) {
      loading = new Promise(function (resolve, reject) {
        var script = document.createElement("script");
        script.src = SHARE_SCRIPT;
        script.onload = function () { resolve(); };
        script.onerror = function () { loading = null; reject(new Error("share.bundle.js did not load")); };
        document.head.appendChild(script);
      });
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
