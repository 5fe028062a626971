/*
 * Drawing the pictures from the answers as inline SVG (the lifeline; loaded by pictures.js only on pages with a
 * chart, as charts.bundle.js with charts.js). The geometry and the sentences come from charts.js (pure); this only
 * creates elements and never reads layout, so drawing adds no forced reflow.
 */
(function () {
  "use strict";

  var t = window.wsUi.t;
  var C = window.wsCharts;
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
   * Put a chart's figure after the group it is drawn from, draw it from the answers shown now, and again whenever
   * they change.
   * @param {Element} root [data-ws-worksheet]
   * @param {string} groupId
   * @param {{answers: Object, blank: boolean}|null} shown the last `ws:answers` detail, heard before this loaded
   */
  function mountChart(root, groupId, shown) {
    var group = root.querySelector('[data-ws-group="' + groupId + '"]');
    var draw = DRAWERS[groupId];
    if (!group || !draw) return;
    var figure = document.createElement("figure");
    figure.className = "ws-chart";
    figure.setAttribute("data-ws-chart-id", "ws-chart-" + root.getAttribute("data-ws-worksheet") + "-" + groupId);
    var box = document.createElement("div");
    box.className = "ws-chart__scroll";
    // On a phone the picture keeps its size (text stays readable) and scrolls sideways; the keyboard can scroll it.
    box.tabIndex = 0;
    box.setAttribute("role", "group");
    box.setAttribute("aria-label", draw.title());
    var list = document.createElement("div");
    list.className = "ws-chart__unplaced";
    list.hidden = true;
    figure.appendChild(box);
    figure.appendChild(list);
    group.parentNode.insertBefore(figure, group.nextSibling);
    var latest = null;
    /** Draw once per frame, with the latest answers (typing sends many events). */
    function schedule(detail) {
      var scheduled = latest !== null;
      latest = detail;
      if (scheduled) return;
      window.requestAnimationFrame(function () {
        var now = latest;
        latest = null;
        draw.draw(figure, (now.answers || {})[groupId], now.blank);
      });
    }
    root.addEventListener("ws:answers", function (event) { schedule(event.detail); });
    schedule(shown || { answers: {}, blank: root.hasAttribute("data-ws-blank") });
  }

  /** The charts by the group they are drawn from. */
  var DRAWERS = {
    events: { title: function () { return t("chart_lifeline_title"); }, draw: drawLifeline }
  };

  window.wsChartDraw = { mount: mountChart };
})();
