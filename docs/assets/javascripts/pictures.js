/*
 * Pictures and the calendar on worksheet pages, loaded only where needed: a page with a chart (the lifeline, the network map, goal timelines) loads
 * charts.bundle.js (charts.js, chart-draw.js); "Add to calendar" loads calendar.bundle.js (ics.js) when clicked.
 * This part is in worksheet.bundle.js before worksheet-page.js, so it hears the first `ws:answers` event (sent
 * whenever the page shows other answers) and hands the latest one to the chart when its code arrives.
 */
(function () {
  "use strict";

  var ui = window.wsUi;
  var t = ui.t;
  // The lazy bundles sit beside this script (also when the site is opened from a file share).
  var HERE = document.currentScript ? document.currentScript.src.replace(/[^/]*$/, "") : "";
  /** Worksheet -> the group its chart is drawn from. */
  var CHARTS = { lifeline: "events", network: "contacts", goals: "goals", closing: "goal-results" };
  /** Worksheets whose dates go into the calendar; each of them offers the download. */
  var CALENDAR_SOURCES = ["agreement", "meeting", "goals"];
  var loading = {};

  /**
   * Load a bundle beside this script once; call back when it has run.
   * @param {string} name
   * @param {function()} done
   */
  function load(name, done) {
    if (!loading[name]) {
      loading[name] = { ready: false, waiting: [] };
      var script = document.createElement("script");
      script.src = HERE + name;
      script.onload = function () {
        loading[name].ready = true;
        loading[name].waiting.forEach(function (callback) { callback(); });
      };
      document.head.appendChild(script);
    }
    if (loading[name].ready) done(); else loading[name].waiting.push(done);
  }

  /**
   * Offer "Add to calendar" with a reminder choice in the toolbar of the worksheets whose dates it collects.
   * @param {Element} root
   * @param {function(): {answers: Object, blank: boolean}} shown the answers the page shows now
   */
  function mountCalendar(root, shown) {
    var worksheetId = root.getAttribute("data-ws-worksheet");
    var buttons = root.querySelector(".ws-toolbar__buttons");
    if (CALENDAR_SOURCES.indexOf(worksheetId) === -1 || !buttons) return;
    var button = document.createElement("button");
    button.type = "button";
    button.className = "md-button";
    button.setAttribute("data-ws-action", "calendar");
    button.textContent = t("calendar_add");
    buttons.appendChild(button);
    var option = document.createElement("div");
    option.className = "ws-toolbar__option";
    var select = document.createElement("select");
    select.id = "ws-calendar-reminder-" + worksheetId;
    select.setAttribute("data-ws-calendar-reminder", "");
    [["day", t("calendar_reminder_day")], ["week", t("calendar_reminder_week")], ["none", t("calendar_reminder_none")]].forEach(function (pair) {
      var choice = document.createElement("option");
      choice.value = pair[0];
      choice.textContent = pair[1];
      select.appendChild(choice);
    });
    var label = document.createElement("label");
    label.htmlFor = select.id;
    label.textContent = t("calendar_reminder") + " ";
    option.appendChild(label);
    option.appendChild(select);
    buttons.parentNode.insertBefore(option, buttons.nextSibling);
    button.addEventListener("click", function () {
      load("calendar.bundle.js", function () { download(shown()); });
    });

    /**
     * Write the calendar file of the agreed dates and offer it.
     * @param {{answers: Object, blank: boolean}} now
     */
    function download(now) {
      var current = now.answers || {};
      var blank = now.blank;
      var ns = root.getAttribute("data-ws-namespace") || "tyouramentorointi";
      var store = window.wsWorksheets && window.wsWorksheets.createStore(ns);
      var manifest = ui.manifest || {};
      var answers = {};
      var titles = {};
      CALENDAR_SOURCES.forEach(function (id) {
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
      var text = window.wsIcs.write(items, { reminder: select.value, name: document.title });
      ui.download(text, ns + "-" + ui.today() + ".ics", "text/calendar");
      ui.say(regions, t("calendar_done", { count: items.length }), false);
    }
  }

  document.querySelectorAll("[data-ws-worksheet]").forEach(function (root) {
    var shown = null;
    root.addEventListener("ws:answers", function (event) { shown = event.detail; });
    var group = CHARTS[root.getAttribute("data-ws-worksheet")];
    if (group && root.querySelector('[data-ws-group="' + group + '"]')) {
      // Marked until the chart is first drawn, so whoever prints the page (scripts/make_pdf.py) can wait for it.
      root.setAttribute("data-ws-chart-pending", "");
      load("charts.bundle.js", function () { window.wsChartDraw.mount(root, group, shown); });
    }
    mountCalendar(root, function () { return shown || { answers: {}, blank: root.hasAttribute("data-ws-blank") }; });
  });
})();
