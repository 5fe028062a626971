/*
 * "Give feedback to the coordinator" on worksheets with fields marked `aggregate: true` (the final feedback survey,
 * the closing evaluation): loads the feedback code (feedback.bundle.js, beside this script, also from a file share)
 * and the dialog's styles (stylesheets/share.css, the share dialog's) the first time it is pressed, then opens the
 * dialog. Only these pages load this script, and most visits never press the button.
 */
(function () {
  "use strict";

  var SCRIPT = document.currentScript ? document.currentScript.src.replace(/[^/]*$/, "feedback.bundle.js") : "";
  var STYLES = SCRIPT.replace(/javascripts\/feedback\.bundle\.js$/, "stylesheets/share.css");
  var loading = null;

  /**
   * Load feedback.bundle.js and share.css once (the dialog opens unstyled rather than not at all if the styles fail).
   * @returns {Promise<void>}
   */
  function load() {
    if (window.wsFeedbackDialog) return Promise.resolve();
    if (!loading) {
      var styles = new Promise(function (resolve) {
        if (document.querySelector('link[href="' + STYLES + '"]')) { resolve(); return; }
        var link = document.createElement("link");
        link.rel = "stylesheet";
        link.href = STYLES;
        link.onload = link.onerror = function () { resolve(); };
        document.head.appendChild(link);
      });
      var script = new Promise(function (resolve, reject) {
        var element = document.createElement("script");
        element.src = SCRIPT;
        element.onload = function () { resolve(); };
        element.onerror = function () { loading = null; reject(new Error("feedback.bundle.js did not load")); };
        document.head.appendChild(element);
      });
      loading = Promise.all([styles, script]).then(function () {});
    }
    return loading;
  }

  document.addEventListener("click", function (event) {
    var button = event.target.closest && event.target.closest("[data-ws-action=export-feedback]");
    if (!button) return;
    var root = button.closest("[data-ws-worksheet]");
    var dialog = root && root.querySelector("[data-ws-feedback-dialog]");
    if (!dialog) return;
    load().then(function () { window.wsFeedbackDialog.open(dialog, root, button); }, function () {
      var alert = root.querySelector("[data-ws-alert]");
      if (alert) window.wsUi.say({ alert: alert, status: root.querySelector("[data-ws-status]") }, window.wsUi.t("feedback_unavailable"), true);
    });
  });
})();
