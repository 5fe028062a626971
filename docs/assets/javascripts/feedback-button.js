/*
 * "Give feedback to the coordinator" on worksheets with fields marked `aggregate: true`. Only those pages load this
 * small script, and most visits never press the button, so everything else loads when it is pressed: the code
 * (feedback.bundle.js, beside this script, also from a file share), the dialog's styles (stylesheets/share.css, the
 * share dialog's) and the page's own dialog, strings and fields (the script the button names, beside the page).
 */
(function () {
  "use strict";

  var HERE = document.currentScript ? document.currentScript.src.replace(/[^/]*$/, "") : "";
  var loading = null;

  /**
   * Add a script or a stylesheet to the page; settles when it has loaded or failed.
   * @param {string} tag "script" or "link"
   * @param {Object<string, string>} attrs
   * @returns {Promise<void>}
   */
  function add(tag, attrs) {
    return new Promise(function (resolve, reject) {
      var element = document.createElement(tag);
      Object.keys(attrs).forEach(function (name) { element[name] = attrs[name]; });
      element.onload = function () { resolve(); };
      element.onerror = reject;
      document.head.appendChild(element);
    });
  }

  document.addEventListener("click", function (event) {
    var button = event.target.closest && event.target.closest("[data-ws-action=export-feedback]");
    if (!button) return;
    if (!loading) {
      loading = Promise.all([
        // The dialog opens unstyled rather than not at all if the styles fail.
        add("link", { rel: "stylesheet", href: HERE.replace(/javascripts\/$/, "stylesheets/share.css") }).catch(function () {}),
        add("script", { src: HERE + "feedback.bundle.js" }),
        add("script", { src: button.getAttribute("data-ws-feedback-src") })
      ]);
    }
    loading.then(function () { window.wsFeedbackDialog.open(button); }, function () {
      loading = null;
      var root = button.closest("[data-ws-worksheet]");
      window.wsUi.say({ alert: root.querySelector("[data-ws-alert]"), status: root.querySelector("[data-ws-status]") },
        button.getAttribute("data-ws-feedback-error"), true);
    });
  });
})();
