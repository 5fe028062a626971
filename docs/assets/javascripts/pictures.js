/*
 * Pictures and the calendar on worksheet pages: the lifeline chart drawn from the answers, and "Add to calendar".
 * Follows the `ws:answers` event worksheet-page.js sends whenever the page shows other answers (typing, rows added
 * or removed, another tab, import, blank mode); loaded before it so the first event is heard. The geometry and
 * the sentences are in charts.js, the iCalendar text in ics.js (both pure). Drawing only creates elements and
 * never reads layout, so it adds no forced reflow.
 */
(function () {
  "use strict";

  var ui = window.wsUi;
  var t = ui.t;
  var C = window.wsCharts;
  var SVG = "http://www.w3.org/2000/svg";
  /** Worksheets whose answers go into the calendar, and the page that offers the download on each. */
  var CALENDAR_SOURCES = ["agreement", "meeting", "goals"];

  /**
   * An SVG element with attributes and optional text.
   * @param {string} name
   * @param {Object} [attrs]
   * @param {string} [text]
   * @returns {Element}
   */
  function svg(name, attrs, text) {
    var node = document.createElementNS(SVG, name);
    Object.keys(attrs || {}).forEach(function (key) { node.setAttribute(key, String(attrs[key])); });
    if (text !== undefined) node.textContent = text;
    return node;
  }

  /**
   * The marker of a lifeline point: a triangle up for a good time, down for a hard time, a circle in between, so
   * the picture reads without colour.
   * @param {{x: number, y: number, shape: string}} point
   * @returns {Element}
   */
  function marker(point) {
    var x = point.x;
    var y = point.y;
    if (point.shape === "middle") return svg("circle", { cx: x, cy: y, r: 6, class: "ws-chart__marker" });
    var d = point.shape === "up"
      ? "M" + x + " " + (y - 8) + "L" + (x + 7) + " " + (y + 5) + "L" + (x - 7) + " " + (y + 5) + "Z"
      : "M" + x + " " + (y + 8) + "L" + (x + 7) + " " + (y - 5) + "L" + (x - 7) + " " + (y - 5) + "Z";
    return svg("path", { d: d, class: "ws-chart__marker" });
  }

  /**
   * Draw the lifeline into its figure: the grid, the middle line, periods as spans, points joined by the line,
   * short labels; events without a year or a rating are listed under the picture.
   * @param {Element} figure
   * @param {Object[]} rows the events
   * @param {boolean} blank an empty grid to draw on by hand
   */
  function drawLifeline(figure, rows, blank) {
    var chart = C.lifeline(blank ? [] : rows, t);
    var p = chart.plot;
    var id = figure.getAttribute("data-ws-chart-id");
    var picture = svg("svg", {
      "data-ws-chart": "lifeline", role: "img", "aria-labelledby": id + "-title " + id + "-desc",
      width: chart.width, height: chart.height, viewBox: "0 0 " + chart.width + " " + chart.height, class: "ws-chart__svg"
    });
    picture.appendChild(svg("title", { id: id + "-title" }, chart.title));
    picture.appendChild(svg("desc", { id: id + "-desc" }, blank ? t("chart_lifeline_blank") : chart.description));
    var grid = svg("g", { class: "ws-chart__grid" });
    chart.levels.forEach(function (level) {
      grid.appendChild(svg("line", { x1: p.x0, x2: p.x1, y1: level.y, y2: level.y, class: level.rating === 3 ? "ws-chart__middle" : "" }));
      grid.appendChild(svg("text", { x: p.x0 - 10, y: level.y + 4, "text-anchor": "end", class: "ws-chart__text" }, String(level.rating)));
      if (level.rating === 5 || level.rating === 1) {
        grid.appendChild(svg("text", { x: p.x0 - 26, y: level.y + 4, "text-anchor": "end", class: "ws-chart__text ws-chart__text--strong" },
          level.rating === 5 ? t("chart_high") + " ▲" : t("chart_low") + " ▼"));
      }
    });
    if (blank || chart.empty) {
      for (var i = 0; i <= 10; i++) {
        var gx = p.x0 + (i * (p.x1 - p.x0)) / 10;
        grid.appendChild(svg("line", { x1: gx, x2: gx, y1: p.y0, y2: p.y1 }));
      }
    }
    chart.ticks.forEach(function (tick) {
      grid.appendChild(svg("line", { x1: tick.x, x2: tick.x, y1: p.y0, y2: p.y1 }));
      grid.appendChild(svg("text", { x: tick.x, y: p.y1 + 18, "text-anchor": "middle", class: "ws-chart__text" }, String(tick.year)));
    });
    grid.appendChild(svg("text", { x: p.x1, y: chart.height - 6, "text-anchor": "end", class: "ws-chart__text" }, t("chart_years") + " →"));
    picture.appendChild(grid);
    if (chart.points.length > 1) {
      picture.appendChild(svg("polyline", {
        points: chart.points.map(function (point) { return point.x + "," + point.y; }).join(" "), class: "ws-chart__line"
      }));
    }
    chart.points.forEach(function (point, index) {
      var group = svg("g", { "data-ws-point": index, "data-ws-row": point.row, class: "ws-chart__point" });
      if (point.spanTo > point.spanFrom) {
        // A period: a bar across its years with an end mark at each side.
        group.appendChild(svg("path", {
          d: "M" + point.spanFrom + " " + (point.y - 6) + "v12M" + point.spanFrom + " " + point.y + "H" + point.spanTo +
            "M" + point.spanTo + " " + (point.y - 6) + "v12",
          class: "ws-chart__span"
        }));
      }
      group.appendChild(marker(point));
      var anchor = point.x < p.x0 + 60 ? "start" : point.x > p.x1 - 60 ? "end" : "middle";
      group.appendChild(svg("text", { x: point.x, y: point.labelY, "text-anchor": anchor, class: "ws-chart__text ws-chart__label" }, point.label));
      picture.appendChild(group);
    });
    var box = figure.querySelector(".ws-chart__scroll");
    box.replaceChildren(picture);
    var list = figure.querySelector(".ws-chart__unplaced");
    list.replaceChildren();
    list.hidden = !chart.unplaced.length;
    if (chart.unplaced.length) {
      list.appendChild(document.createTextNode(t("chart_unplaced")));
      var items = document.createElement("ul");
      chart.unplaced.forEach(function (event) {
        var item = document.createElement("li");
        item.textContent = [event.yearText, event.label].filter(Boolean).filter(function (v, i, all) { return all.indexOf(v) === i; }).join(" – ");
        items.appendChild(item);
      });
      list.appendChild(items);
    }
  }

  /**
   * Put a chart's figure after the group it is drawn from, and draw it whenever the answers change.
   * @param {Element} root [data-ws-worksheet]
   * @param {string} groupId
   * @param {string} title the chart's name
   * @param {function(Element, Object[], boolean)} draw
   */
  function mountChart(root, groupId, title, draw) {
    var group = root.querySelector('[data-ws-group="' + groupId + '"]');
    if (!group) return;
    var figure = document.createElement("figure");
    figure.className = "ws-chart";
    figure.setAttribute("data-ws-chart-id", "ws-chart-" + root.getAttribute("data-ws-worksheet") + "-" + groupId);
    var box = document.createElement("div");
    box.className = "ws-chart__scroll";
    // On a phone the picture keeps its size (text stays readable) and scrolls sideways; the keyboard can scroll it.
    box.tabIndex = 0;
    box.setAttribute("role", "group");
    box.setAttribute("aria-label", title);
    var list = document.createElement("div");
    list.className = "ws-chart__unplaced";
    list.hidden = true;
    figure.appendChild(box);
    figure.appendChild(list);
    group.parentNode.insertBefore(figure, group.nextSibling);
    var latest = null;
    root.addEventListener("ws:answers", function (event) {
      // Typing fires many events; one drawing per frame is enough, with the latest answers.
      var scheduled = latest !== null;
      latest = event.detail;
      if (scheduled) return;
      window.requestAnimationFrame(function () {
        var detail = latest;
        latest = null;
        draw(figure, (detail.answers || {})[groupId], detail.blank);
      });
    });
  }

  /**
   * Offer "Add to calendar" with a reminder choice in the toolbar of the worksheets whose dates it collects.
   * @param {Element} root
   */
  function mountCalendar(root) {
    var worksheetId = root.getAttribute("data-ws-worksheet");
    var buttons = root.querySelector(".ws-toolbar__buttons");
    if (CALENDAR_SOURCES.indexOf(worksheetId) === -1 || !buttons || !window.wsIcs) return;
    var current = {};
    var blank = false;
    root.addEventListener("ws:answers", function (event) {
      current = event.detail.answers || {};
      blank = event.detail.blank;
    });
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
    });
  }

  document.querySelectorAll("[data-ws-worksheet]").forEach(function (root) {
    if (root.getAttribute("data-ws-worksheet") === "lifeline") mountChart(root, "events", t("chart_lifeline_title"), drawLifeline);
    mountCalendar(root);
  });
})();
