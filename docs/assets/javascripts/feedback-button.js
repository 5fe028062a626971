/*
 * "Give feedback to the coordinator" on worksheets with fields marked `aggregate: true`. Only those pages load this
 * small script, and most visits never press the button, so the rest loads when it is pressed: the code
 * (feedback.bundle.js, beside this script, also from a file share; it brings the dialog's styles) and the page's own
 * dialog, strings and fields (the script the button names, beside the page).
 */
(function () {
  "use strict";

  var HERE = document.currentScript ? document.currentScript.src.replace(/[^/]*$/, "") : "";
  var loading = null;

  /**
   * Add a script to the page; settles when it has run or failed to load.
   * @param {string} src
   * @returns {Promise<void>}
   */
  function add(src) {
    return new Promise(function (resolve, reject) {
      var script = document.createElement("script");
      script.src = src;
      script.onload = resolve;
      script.onerror = reject;
      document.head.appendChild(script);
    });
  }

  document.addEventListener("click", function (event) {
    var button = event.target.closest && event.target.closest("[data-ws-action=export-feedback]");
    if (!button) return;
    loading = loading || Promise.all([add(HERE + "feedback.bundle.js"), add(button.getAttribute("data-ws-feedback-src"))]);
    loading.then(function () { return window.wsFeedbackDialog.open(button); }, function () {
      loading = null;
      var alert = button.closest("[data-ws-worksheet]").querySelector("[data-ws-alert]");
      window.wsUi.say({ alert: alert }, button.getAttribute("data-ws-feedback-error"), true);
    });
  });
})();
