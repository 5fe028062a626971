/*
 * Drawing the pictures from the answers as inline SVG (the lifeline, the network map, goal timelines; loaded by pictures.js only on pages with a
 * chart, as charts.bundle.js with charts.js). The geometry and the sentences come from charts.js (pure); this only
 * creates elements and never reads layout, so drawing adds no forced reflow.
 */
(function () {
  "use strict";

  var C = window.wsCharts;
  /** Sentence parameters that hold a date: charts.js (pure) gives them as YYYY-MM-DD. */
  var DATE_PARAMS = ["date", "start", "deadline"];

  /**
   * The page's translator, with dates in the sentences written as the page's language writes them.
   * @param {string} key
   * @param {Object} [params]
   * @returns {string}
   */
  function t(key, params) {
    var localised = {};
    Object.keys(params || {}).forEach(function (name) {
      var value = params[name];
      localised[name] = DATE_PARAMS.indexOf(name) !== -1 && typeof value === "string" ? window.wsUi.formatDate(value) : value;
    });
    return window.wsUi.t(key, localised);
  }
  var SVG = "http://www.w3.org/2000/svg";

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
   * The mark of a contact's type, so the map reads without colour: circle (person), square (organisation),
   * triangle (community), diamond (online); a ring for an unknown type.
   * @param {{x: number, y: number, type: string}} node
   * @returns {Element}
   */
  function typeMark(node) {
    var x = node.x;
    var y = node.y;
    var attrs = { class: "ws-chart__marker", "data-ws-type": node.type };
    if (node.type === "organisation") return svg("rect", Object.assign(attrs, { x: x - 7, y: y - 7, width: 14, height: 14 }));
    if (node.type === "community") return svg("path", Object.assign(attrs, { d: "M" + x + " " + (y - 9) + "L" + (x + 8) + " " + (y + 6) + "L" + (x - 8) + " " + (y + 6) + "Z" }));
    if (node.type === "online") return svg("path", Object.assign(attrs, { d: "M" + x + " " + (y - 9) + "L" + (x + 9) + " " + y + "L" + x + " " + (y + 9) + "L" + (x - 9) + " " + y + "Z" }));
    if (node.type === "person") return svg("circle", Object.assign(attrs, { cx: x, cy: y, r: 7 }));
    return svg("circle", { cx: x, cy: y, r: 6, class: "ws-chart__marker ws-chart__marker--open" });
  }

  /**
   * Draw the network map: the target job in the centre, three rings, each contact a labelled mark with its next
   * contact date; blank: the empty rings to write on by hand.
   * @param {Element} figure
   * @param {Object} answers the network worksheet's answers
   * @param {boolean} blank
   */
  function drawNetwork(figure, answers, blank) {
    var chart = C.network(blank ? {} : answers, t);
    var id = figure.getAttribute("data-ws-chart-id");
    var c = chart.centre;
    var picture = svg("svg", {
      "data-ws-chart": "network", role: "img", "aria-labelledby": id + "-title " + id + "-desc",
      width: chart.size, height: chart.height, viewBox: "0 0 " + chart.size + " " + chart.height, class: "ws-chart__svg"
    });
    picture.appendChild(svg("title", { id: id + "-title" }, chart.title));
    picture.appendChild(svg("desc", { id: id + "-desc" }, blank ? t("chart_network_blank") : chart.description));
    var grid = svg("g", { class: "ws-chart__grid" });
    var ringNames = { close: t("chart_network_close"), acquaintance: t("chart_network_acquaintance"), "new": t("chart_network_new") };
    chart.rings.forEach(function (ring, i) {
      grid.appendChild(svg("circle", { cx: c, cy: c, r: ring.r, class: "ws-chart__ring ws-chart__ring--" + i }));
      grid.appendChild(svg("text", { x: c, y: c + ring.r - 6, "text-anchor": "middle", class: "ws-chart__text ws-chart__text--strong" }, ringNames[ring.id]));
    });
    picture.appendChild(grid);
    picture.appendChild(svg("text", { x: c, y: c + 5, "text-anchor": "middle", class: "ws-chart__text ws-chart__text--strong ws-chart__label" },
      chart.target ? C.shorten(chart.target, 20) : t("chart_network_centre")));
    if (chart.nodes.some(function (node) { return !node.ring; })) {
      picture.appendChild(svg("text", { x: 10, y: chart.size + 8, class: "ws-chart__text ws-chart__text--strong" }, t("chart_network_no_circle")));
    }
    chart.nodes.forEach(function (node, index) {
      picture.appendChild(typeMark(node));
      var dx = node.anchor === "start" ? 12 : node.anchor === "end" ? -12 : 0;
      // Above the mark (name, then date) at the top of a ring, below it at the bottom, beside it elsewhere.
      var dy = node.anchor !== "middle" ? 4 : node.y <= c ? (node.next ? -28 : -13) : 22;
      picture.appendChild(svg("text", {
        x: node.x + dx, y: node.y + dy, "text-anchor": node.anchor, "data-ws-node": index, "data-ws-row": node.row,
        class: "ws-chart__text ws-chart__label"
      }, node.name));
      if (node.next) {
        picture.appendChild(svg("text", { x: node.x + dx, y: node.y + dy + 15, "text-anchor": node.anchor, class: "ws-chart__text ws-chart__label ws-chart__date" }, "→ " + window.wsUi.formatDate(node.next)));
      }
    });
    figure.querySelector(".ws-chart__scroll").replaceChildren(picture);
    var legend = figure.querySelector(".ws-chart__unplaced");
    legend.textContent = t("chart_network_legend");
    legend.hidden = false;
  }

  /**
   * A worksheet's answers as stored in this browser; none when storage cannot be read.
   * @param {Element} root
   * @param {string} worksheetId
   * @returns {Object}
   */
  function stored(root, worksheetId) {
    var store = window.wsWorksheets && window.wsWorksheets.createStore(root.getAttribute("data-ws-namespace") || "tyouramentorointi");
    return store && store.readable() ? store.readWorksheet(worksheetId, window.wsUi.manifest || {}).answers : {};
  }

  /**
   * The goals (and the agreement's dates) the closing evaluation's timelines show: the reader's own, or, when they
   * have no goal with a deadline, those of the newest shared copy kept in this browser that has one (as the
   * closing evaluation's recall of the goals does, shared-recall.js).
   * @param {Element} root the closing evaluation
   * @returns {{goals: Object[], agreement: Object}}
   */
  function closingGoals(root) {
    var A = window.wsAnswers;
    var manifest = window.wsUi.manifest || { worksheets: {} };
    var store = window.wsWorksheets && window.wsWorksheets.createStore(root.getAttribute("data-ws-namespace") || "tyouramentorointi");
    var timelines = function (rows) { return C.goals(rows, {}, "", t).length; };
    var result = { goals: stored(root, "goals").goals || [], agreement: stored(root, "agreement") };
    if (timelines(result.goals) || !store || !store.readable() || !window.wsSharedRecall) return result;
    window.wsSharedRecall.keptCopies(store).some(function (kept) {
      var read = function (id) {
        var answers = A.isPlainObject(kept.copy.worksheets[id]) ? kept.copy.worksheets[id] : {};
        return manifest.worksheets && manifest.worksheets[id] ? A.normaliseAnswers(manifest, manifest.worksheets[id].fields, answers, "", {}) : answers;
      };
      var goals = read("goals").goals;
      if (!Array.isArray(goals) || !timelines(goals)) return false;
      result = { goals: goals, agreement: read("agreement") };
      return true;
    });
    return result;
  }

  /**
   * Today as "YYYY-MM-DD" in the person's own time zone.
   * @returns {string}
   */
  function localToday() {
    var d = new Date();
    return [d.getFullYear(), ("0" + (d.getMonth() + 1)).slice(-2), ("0" + d.getDate()).slice(-2)].join("-");
  }

  /**
   * Draw one timeline per goal with a deadline: start and deadline marks, today as a dashed line, each dated
   * progress check as a bar of its height (100 % is the full height) with its percentage above it; 0 % is an
   * open circle on the line.
   * @param {Element} figure
   * @param {Object[]} rows the goals
   * @param {boolean} blank nothing to show
   * @param {Object} agreement the agreement's answers (start and review dates)
   */
  function drawGoals(figure, rows, blank, agreement) {
    var charts = blank ? [] : C.goals(rows, agreement || {}, localToday(), t);
    var id = figure.getAttribute("data-ws-chart-id");
    var pictures = charts.map(function (chart) {
      var key = id + "-" + chart.number;
      var picture = svg("svg", {
        "data-ws-chart": "goal", "data-ws-row": chart.row, role: "img", "aria-labelledby": key + "-title " + key + "-desc",
        width: chart.width, height: chart.height, viewBox: "0 0 " + chart.width + " " + chart.height, class: "ws-chart__svg ws-chart__svg--goal"
      });
      picture.appendChild(svg("title", { id: key + "-title" }, chart.title));
      picture.appendChild(svg("desc", { id: key + "-desc" }, chart.description));
      picture.appendChild(svg("text", { x: chart.x0, y: 16, class: "ws-chart__text ws-chart__text--strong" }, chart.number + ". " + chart.label));
      picture.appendChild(svg("line", { x1: chart.x0, x2: chart.x1, y1: chart.base, y2: chart.base, class: "ws-chart__line" }));
      picture.appendChild(svg("path", { d: "M" + chart.x0 + " " + (chart.base - 8) + "v16M" + chart.x1 + " " + (chart.base - 30) + "v38", class: "ws-chart__span" }));
      picture.appendChild(svg("text", { x: chart.x0, y: chart.base + 24, class: "ws-chart__text" }, window.wsUi.formatDate(chart.start)));
      picture.appendChild(svg("text", { x: chart.x1, y: chart.base + 24, "text-anchor": "end", class: "ws-chart__text ws-chart__text--strong" }, t("chart_deadline") + " " + window.wsUi.formatDate(chart.deadline)));
      chart.checks.forEach(function (check) {
        var mark = check.percent
          ? svg("rect", { x: check.x - 5, y: check.top, width: 10, height: chart.base - check.top, class: "ws-chart__marker" })
          : svg("circle", { cx: check.x, cy: chart.base, r: 5, class: "ws-chart__marker ws-chart__marker--open" });
        mark.setAttribute("data-ws-check", check.number);
        picture.appendChild(mark);
        picture.appendChild(svg("text", { x: check.x, y: check.top - (check.percent ? 4 : 9), "text-anchor": "middle", class: "ws-chart__text ws-chart__label" },
          t("chart_percent", { percent: check.percent })));
      });
      if (chart.today) {
        picture.appendChild(svg("line", { x1: chart.today.x, x2: chart.today.x, y1: 24, y2: chart.base + 8, class: "ws-chart__today" }));
        var anchor = chart.today.x > chart.x1 - 60 ? "end" : chart.today.x < chart.x0 + 60 ? "start" : "middle";
        picture.appendChild(svg("text", { x: chart.today.x, y: chart.base + 24, "text-anchor": anchor, class: "ws-chart__text ws-chart__label" }, t("chart_today")));
      }
      return picture;
    });
    var box = figure.querySelector(".ws-chart__scroll");
    box.replaceChildren.apply(box, pictures);
    figure.hidden = !pictures.length;
  }

  /**
   * Draw a chart into the place pictures.js kept for it, from the answers shown now, and again whenever they change.
   * @param {Element} root [data-ws-worksheet]
   * @param {string} groupId
   * @param {{answers: Object, blank: boolean}|null} shown the last `ws:answers` detail, heard before this loaded
   * @param {Element} figure the chart's place (figure.ws-chart with .ws-chart__scroll and .ws-chart__unplaced)
   */
  function mountChart(root, groupId, shown, figure) {
    var draw = DRAWERS[groupId];
    if (!draw) return;
    var box = figure.querySelector(".ws-chart__scroll");
    // On a phone the picture keeps its size (text stays readable) and scrolls sideways; the keyboard can scroll it.
    box.tabIndex = 0;
    box.setAttribute("role", "group");
    box.setAttribute("aria-label", draw.title());
    var latest = null;
    var drawn = null;
    /** Draw once per frame, with the latest answers (typing sends many events). */
    function schedule(detail) {
      var scheduled = latest !== null;
      latest = detail;
      if (scheduled) return;
      window.requestAnimationFrame(function () {
        var now = latest;
        latest = null;
        var data = draw.whole ? now.answers || {} : (now.answers || {})[groupId];
        // A save tells the same answers again: the picture stays as it is.
        var key = JSON.stringify([data, !!now.blank]);
        if (key !== drawn) {
          drawn = key;
          draw.draw(figure, data, now.blank, root);
        }
        figure.removeAttribute("data-ws-chart-waiting");
        if (root.hasAttribute("data-ws-chart-pending")) {
          root.removeAttribute("data-ws-chart-pending");
          root.dispatchEvent(new CustomEvent("ws:chart-drawn", { bubbles: true }));
        }
      });
    }
    root.addEventListener("ws:answers", function (event) { schedule(event.detail); });
    schedule(shown || { answers: {}, blank: root.hasAttribute("data-ws-blank") });
  }

  /**
   * Draw the pictures of a shared copy's worksheet (on "Shared with me"): its lifeline, network map or goal
   * timelines, from the copy's answers only, in a figure added to `container`.
   * @param {Element} container
   * @param {string} worksheetId
   * @param {Object} answers the copy's answers of that worksheet
   * @param {Object} copyAnswers every worksheet's answers in the copy ({agreement: …}), for the goals' dates
   * @returns {boolean} whether there was a picture to draw
   */
  function drawCopy(container, worksheetId, answers, copyAnswers) {
    var groupId = { lifeline: "events", network: "contacts", goals: "goals" }[worksheetId];
    if (!groupId) return false;
    // A worksheet with nothing to draw gets no empty picture.
    if (groupId === "events" && C.lifeline(answers.events, t).empty) return false;
    if (groupId === "contacts" && !C.network(answers, t).nodes.length && !C.network(answers, t).target) return false;
    var figure = document.createElement("figure");
    figure.className = "ws-chart ws-chart--" + groupId;
    figure.setAttribute("data-ws-chart-id", "ws-chart-shared-" + worksheetId);
    var box = document.createElement("div");
    box.className = "ws-chart__scroll";
    box.tabIndex = 0;
    box.setAttribute("role", "group");
    box.setAttribute("aria-label", DRAWERS[groupId].title());
    var below = document.createElement("div");
    below.className = "ws-chart__unplaced";
    below.hidden = true;
    figure.appendChild(box);
    figure.appendChild(below);
    container.appendChild(figure);
    if (groupId === "events") drawLifeline(figure, answers.events || [], false);
    else if (groupId === "contacts") drawNetwork(figure, answers, false);
    else drawGoals(figure, answers.goals || [], false, (copyAnswers && copyAnswers.agreement) || {});
    return !figure.hidden;
  }

  /** The charts by the group they are drawn from. */
  var DRAWERS = {
    events: { title: function () { return t("chart_lifeline_title"); }, draw: drawLifeline },
    // The map needs the target job too, so it gets all the answers.
    contacts: { title: function () { return t("chart_network_title"); }, draw: drawNetwork, whole: true },
    goals: {
      title: function () { return t("chart_goals_title"); },
      draw: function (figure, rows, blank, root) { drawGoals(figure, rows, blank, blank ? {} : stored(root, "agreement")); }
    },
    // The closing evaluation shows the goals' timelines again (the reader's own, or a kept shared copy's).
    "goal-results": {
      title: function () { return t("chart_goals_title"); },
      draw: function (figure, rows, blank, root) {
        var goals = blank ? { goals: [], agreement: {} } : closingGoals(root);
        drawGoals(figure, goals.goals, blank, goals.agreement);
      }
    }
  };

  window.wsChartDraw = { mount: mountChart, drawCopy: drawCopy };
})();
