/*
 * "Add to calendar" on the worksheets whose dates it collects (CALENDAR_SOURCES): the button and the reminder choice
 * are in the toolbar's markup (partials/worksheet/toolbar.html); the calendar code (calendar.bundle.js: ics.js, calendar.js) and its strings
 * (ui-calendar.<lang>.js) load with lazy.js when the button is pressed. Loaded after worksheet.bundle.js (in calendar-button.bundle.js or pictures.bundle.js), it starts from
 * what the page shows (wsWorksheets.shown) and follows every later `ws:answers` event.
 */
(function () {
  "use strict";

  var ui = window.wsUi;
  var t = ui.t;
  /** Worksheets whose dates go into the calendar; each of them offers the download. */
  var CALENDAR_SOURCES = ["agreement", "meeting", "goals"];

  /**
   * Make "Add to calendar" work: the button and the reminder choice are in the toolbar's markup (toolbar.html).
   * @param {Element} root
   * @param {function(): {answers: Object, blank: boolean}} shown the answers the page shows now
   */
  function mountCalendar(root, shown) {
    var button = root.querySelector("[data-ws-action=calendar]");
    var select = root.querySelector("[data-ws-calendar-reminder]");
    if (!button || !select) return;
    button.addEventListener("click", function () {
      window.wsLazy.load(["calendar.bundle.js", "ui-calendar." + (document.documentElement.lang || "fi") + ".js"], function (ok) {
        if (ok) window.wsCalendar.download(root, shown(), select.value, CALENDAR_SOURCES);
        else ui.say({ alert: root.querySelector("[data-ws-alert]"), status: root.querySelector("[data-ws-status]") }, t("calendar_unavailable"), true);
      });
    });
  }

  document.querySelectorAll("[data-ws-worksheet]").forEach(function (root) {
    if (CALENDAR_SOURCES.indexOf(root.getAttribute("data-ws-worksheet")) === -1) return;
    var shown = window.wsWorksheets ? window.wsWorksheets.shown(root) : null;
    root.addEventListener("ws:answers", function (event) { shown = event.detail; });
    mountCalendar(root, function () { return shown || { answers: {}, blank: root.hasAttribute("data-ws-blank") }; });
  });
})();
