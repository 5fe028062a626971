/*
 * "Add to calendar" on the worksheets whose dates it collects (CALENDAR_SOURCES): a button and a reminder choice in
 * the toolbar; the calendar code (calendar.bundle.js: ics.js, calendar.js) loads with lazy.js when the button is
 * pressed. Loaded after worksheet.bundle.js (in calendar-button.bundle.js or pictures.bundle.js), it starts from
 * what the page shows (wsWorksheets.shown) and follows every later `ws:answers` event.
 */
(function () {
  "use strict";

  var ui = window.wsUi;
  var t = ui.t;
  /** Worksheets whose dates go into the calendar; each of them offers the download. */
  var CALENDAR_SOURCES = ["agreement", "meeting", "goals"];

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
      window.wsLazy.load(["calendar.bundle.js"], function (ok) {
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
