/*
 * Pictures on worksheet pages, their code loaded only when needed (lazy.js): a chart's code (charts.bundle.js:
 * charts.js, chart-draw.js) and its strings (ui-charts.<lang>.js) when the chart's place comes near the screen, when
 * the person first changes an answer, and before printing ("Add to calendar" is calendar-button.js). Until a chart
 * is drawn its place is kept empty at the size the picture will have, so nothing below it moves. Loaded (in
 * charts-lazy.bundle.js or pictures.bundle.js, with lazy.js) after worksheet.bundle.js on the worksheets with a
 * chart and on the workbook; it starts from what the page shows
 * (wsWorksheets.shown), follows every later `ws:answers` event and hands the latest to the chart when its code
 * arrives.
 */
(function () {
  "use strict";

  var ui = window.wsUi;
  var t = ui.t;
  /** Worksheet -> the group its chart is drawn from. */
  var CHARTS = { lifeline: "events", network: "contacts", goals: "goals", closing: "goal-results" };
  /** How near the screen (CSS px) a chart's place is when its code starts to load: it is drawn by the time it is seen. */
  var NEAR = "400px";
  /** Heights (CSS px) of the pictures (charts.js): the lifeline, the network map, one goal timeline. */
  var SPACE = { events: 340, contacts: 560 };
  var GOAL_HEIGHT = 110;
  var charts = [];
  var chartsLoaded = false;
  var whenDrawn = [];

  /**
   * The chart code and this language's chart strings.
   * @returns {string[]}
   */
  function chartScripts() {
    return ["charts.bundle.js", "ui-charts." + (document.documentElement.lang || "fi") + ".js"];
  }

  /**
   * Keep a chart's place: an empty figure at the size its picture will have, after (or before) its group.
   * @param {Element} root [data-ws-worksheet]
   * @param {string} groupId
   * @returns {{root: Element, group: string, figure: Element, shown: Object|null, mounted: boolean}}
   */
  function placeChart(root, groupId) {
    var group = root.querySelector('[data-ws-group="' + groupId + '"]');
    var figure = document.createElement("figure");
    figure.className = "ws-chart ws-chart--" + groupId;
    figure.setAttribute("data-ws-chart-id", "ws-chart-" + root.getAttribute("data-ws-worksheet") + "-" + groupId);
    figure.setAttribute("data-ws-chart-waiting", "");
    var box = document.createElement("div");
    box.className = "ws-chart__scroll";
    var below = document.createElement("div");
    below.className = "ws-chart__unplaced";
    below.hidden = true;
    figure.appendChild(box);
    figure.appendChild(below);
    // The closing evaluation shows the goals' timelines above its goal-by-goal evaluation.
    group.parentNode.insertBefore(figure, groupId === "goal-results" ? group : group.nextSibling);
    return { root: root, group: groupId, figure: figure, shown: null, mounted: false };
  }

  /**
   * Size a waiting chart's place for the answers shown now (CSS variables read by worksheets.css): the lifeline and
   * the network map have one size, the goals one timeline per goal with a deadline (the closing evaluation's from
   * the stored goals). Rarer extras (a row of contacts without a ring, events without a year) are not reserved.
   * @param {Object} chart
   */
  function reserveSpace(chart) {
    var shown = chart.shown || { answers: {}, blank: chart.root.hasAttribute("data-ws-blank") };
    var height = SPACE[chart.group];
    var pictures = 1;
    if (!height) {
      var store = chart.group === "goal-results" && !shown.blank ? window.wsStorage.open(chart.root.getAttribute("data-ws-namespace") || "tyouramentorointi") : null;
      var rows = shown.blank ? [] : store ? (store.readable() ? store.readWorksheet("goals", ui.manifest || {}).answers.goals : []) : (shown.answers || {}).goals;
      pictures = (Array.isArray(rows) ? rows : []).filter(function (row) { return row && /^\d{4}-\d{2}-\d{2}$/.test(row.deadline); }).length;
      height = pictures * GOAL_HEIGHT;
    }
    chart.figure.style.setProperty("--ws-chart-height", height + "px");
    chart.figure.style.setProperty("--ws-chart-gaps", String(Math.max(pictures - 1, 0)));
    chart.figure.hidden = !pictures;
    if (chart.group === "contacts") {
      var legend = chart.figure.querySelector(".ws-chart__unplaced");
      legend.textContent = t("chart_network_legend");
      legend.hidden = false;
    }
  }

  /**
   * Load the charts' code once and draw every chart of the page; then call back the callers waiting for the drawing.
   */
  function loadCharts() {
    if (chartsLoaded || !charts.length) return;
    chartsLoaded = true;
    window.wsLazy.load(chartScripts(), function (ok) {
      if (!ok) {
        chartsLoaded = false; // the next occasion tries again; the page works without its pictures
        return;
      }
      charts.forEach(function (chart) {
        chart.mounted = true;
        window.wsChartDraw.mount(chart.root, chart.group, chart.shown, chart.figure);
      });
    });
  }

  /**
   * Call back once every chart of the page is drawn (at once when there are none): printing waits for this.
   * @param {function()} done
   */
  function ready(done) {
    if (chartsDrawn()) { done(); return; }
    whenDrawn.push(done);
    loadCharts();
  }

  document.addEventListener("ws:chart-drawn", function () {
    if (chartsDrawn()) whenDrawn.splice(0).forEach(function (done) { done(); });
  });

  document.querySelectorAll("[data-ws-worksheet]").forEach(function (root) {
    var groupId = CHARTS[root.getAttribute("data-ws-worksheet")];
    var chart = groupId && root.querySelector('[data-ws-group="' + groupId + '"]') ? placeChart(root, groupId) : null;
    // Loaded after worksheet-page.js (pictures.bundle.js): what the page shows already was announced.
    var shown = window.wsWorksheets ? window.wsWorksheets.shown(root) : null;
    if (chart) chart.shown = shown;
    root.addEventListener("ws:answers", function (event) {
      shown = event.detail;
      if (chart && !chart.mounted) {
        chart.shown = shown;
        reserveSpace(chart);
      }
    });
    if (chart) {
      charts.push(chart);
      // Marked until the chart is first drawn, so whoever prints the page (scripts/make_pdf.py) can wait for it.
      root.setAttribute("data-ws-chart-pending", "");
      reserveSpace(chart);
      // The first change of an answer: the picture follows what the person types.
      root.addEventListener("input", loadCharts);
      root.addEventListener("change", loadCharts);
    }
  });

  if (charts.length) {
    if (typeof IntersectionObserver === "function") {
      var watcher = new IntersectionObserver(function (entries) {
        if (entries.some(function (entry) { return entry.isIntersecting; })) {
          watcher.disconnect();
          loadCharts();
        }
      }, { rootMargin: NEAR + " 0px" });
      charts.forEach(function (chart) { watcher.observe(chart.figure); });
    } else loadCharts();
    // Printing from the browser's menu cannot wait for code to load: it starts loading here, and the empty places
    // are left out of the print (worksheets.css). The Print buttons and the print shortcut wait for the drawing.
    window.addEventListener("beforeprint", loadCharts);
    document.addEventListener("keydown", function (event) {
      if ((event.ctrlKey || event.metaKey) && !event.altKey && (event.key === "p" || event.key === "P") && !chartsDrawn()) {
        event.preventDefault();
        ready(function () { window.print(); });
      }
    });
  }

  /**
   * Whether every chart of the page has been drawn.
   * @returns {boolean}
   */
  function chartsDrawn() {
    return !charts.some(function (chart) { return chart.root.hasAttribute("data-ws-chart-pending"); });
  }

  window.wsPictures = { ready: ready };
})();
