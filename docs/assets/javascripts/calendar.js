/*
 * "Add to calendar" (the button is pictures.js's; this part is loaded with ics.js, as calendar.bundle.js, when it is
 * first pressed): the dates the agreement, the meeting notes and the goals agree on, as an iCalendar file.
 */
(function () {
  "use strict";

  var ui = window.wsUi;
  var t = ui.t;

  /**
   * Write the calendar file of the agreed dates and offer it.
   * @param {Element} root the worksheet offering it
   * @param {{answers: Object, blank: boolean}} now the answers the page shows
   * @param {string} reminder "day", "week" or "none"
   * @param {string[]} sources the worksheets whose dates go in
   */
  function download(root, now, reminder, sources) {
    var worksheetId = root.getAttribute("data-ws-worksheet");
    var current = now.answers || {};
    var blank = now.blank;
    var ns = root.getAttribute("data-ws-namespace") || "tyouramentorointi";
    var store = window.wsWorksheets && window.wsWorksheets.createStore(ns);
    var manifest = ui.manifest || {};
    var answers = {};
    var titles = {};
    sources.forEach(function (id) {
      var spec = manifest.worksheets && manifest.worksheets[id];
      titles[id] = (spec && spec.title) || id;
      // This page's answers as shown (also what is not saved yet); the others as stored.
      answers[id] = id === worksheetId ? current : (!blank && store && store.readable() ? store.readWorksheet(id, manifest).answers : {});
    });
    var rhythms = {
      "weekly": t("calendar_rhythm_weekly"), "every-two-weeks": t("calendar_rhythm_every_two_weeks"),
      "every-three-weeks": t("calendar_rhythm_every_three_weeks"), "monthly": t("calendar_rhythm_monthly")
    };
    var items = window.wsIcs.agreedDates(answers, t, { namespace: ns, titles: titles, rhythms: rhythms });
    var regions = { alert: root.querySelector("[data-ws-alert]"), status: root.querySelector("[data-ws-status]") };
    if (!items.length) { ui.say(regions, t("calendar_nothing"), true); return; }
    var text = window.wsIcs.write(items, { reminder: reminder, name: document.title });
    ui.download(text, ns + "-" + ui.today() + ".ics", "text/calendar");
    ui.say(regions, t("calendar_done", { count: items.length }), false);
  }

  window.wsCalendar = { download: download };
})();
