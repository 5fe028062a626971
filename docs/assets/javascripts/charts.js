/*
 * Chart geometry: what the pictures drawn from the answers show, where, and the sentence that describes them.
 * Pure: no DOM. Takes answers (the worksheet's value format) and a translate function t(key, params), returns
 * plain records that pictures.js turns into SVG. Runs as a classic script in the browser (window.wsCharts) and
 * under Node (module.exports), where tests/js/charts.test.js checks it with `node --test`.
 */
(function (root, factory) {
  "use strict";
  var api = factory();
  if (typeof module === "object" && module.exports) module.exports = api;
  else root.wsCharts = api;
})(typeof self !== "undefined" ? self : this, function () {
  "use strict";

  /** Lifeline drawing area, in CSS pixels (drawn 1:1, so text keeps its size on a phone; the box scrolls). */
  var LIFELINE = { width: 640, height: 340, left: 120, right: 24, top: 48, bottom: 44, labelMax: 18 };
  var YEAR = /(^|[^0-9])((?:19|20)[0-9]{2})(?![0-9])/g;

  /**
   * The years a "year or period" answer names: "2015" -> 2015–2015, "2018–2021" -> 2018–2021; null when no year.
   * @param {string} text
   * @returns {{from: number, to: number}|null}
   */
  function parsePeriod(text) {
    var years = [];
    var match;
    YEAR.lastIndex = 0;
    while ((match = YEAR.exec(String(text || ""))) !== null) years.push(Number(match[2]));
    if (!years.length) return null;
    var from = years[0];
    var to = years[years.length - 1];
    return { from: Math.min(from, to), to: Math.max(from, to) };
  }

  /**
   * A label short enough for the chart: the first line, cut at a word with "…" when longer than max.
   * @param {string} text
   * @param {number} max characters
   * @returns {string}
   */
  function shorten(text, max) {
    var line = String(text || "").split(/\r?\n/)[0].replace(/\s+/g, " ").trim();
    if (line.length <= max) return line;
    var cut = line.slice(0, max - 1);
    var space = cut.lastIndexOf(" ");
    if (space > max / 2) cut = cut.slice(0, space);
    return cut.replace(/[\s,.;:–-]+$/, "") + "…";
  }

  /**
   * Round tick steps (1, 2, 5, 10, 20, …) so that a span of years gets at most `most` ticks.
   * @param {number} span years
   * @param {number} most
   * @returns {number}
   */
  function tickStep(span, most) {
    var steps = [1, 2, 5, 10, 20, 25, 50, 100];
    for (var i = 0; i < steps.length; i++) if (span / steps[i] <= most) return steps[i];
    return 100;
  }

  /**
   * The lifeline: events with a year and a rating as points, left to right by year (a period sits at its middle
   * and spans its years), rating 1 (low point) at the bottom to 5 (high point) at the top.
   * @param {Object[]} rows the `events` group's rows ({year, "what-happened", "high-low", …})
   * @param {function(string, Object=): string} t
   * @returns {{width: number, height: number, plot: Object, points: Object[], unplaced: Object[], ticks: Object[],
   *   levels: Object[], title: string, description: string, empty: boolean}}
   */
  function lifeline(rows, t) {
    var L = LIFELINE;
    var plot = { x0: L.left, x1: L.width - L.right, y0: L.top, y1: L.height - L.bottom };
    var events = [];
    var unplaced = [];
    (Array.isArray(rows) ? rows : []).forEach(function (row, index) {
      if (!row || typeof row !== "object") return;
      var yearText = typeof row.year === "string" ? row.year.trim() : "";
      var what = typeof row["what-happened"] === "string" ? row["what-happened"].trim() : "";
      var rating = Number(row["high-low"]);
      var period = parsePeriod(yearText);
      var rated = rating >= 1 && rating <= 5 && Math.round(rating) === rating;
      if (!yearText && !what && !row["high-low"]) return; // an empty row says nothing
      var label = shorten(what || yearText, L.labelMax);
      var full = what.split(/\r?\n/)[0].trim() || yearText;
      if (!period || !rated) {
        unplaced.push({ row: index, yearText: yearText, label: full, reason: !period ? "year" : "rating" });
        return;
      }
      events.push({ row: index, yearText: yearText, from: period.from, to: period.to, rating: rating, label: label, full: full });
    });
    events.sort(function (a, b) { return (a.from + a.to) - (b.from + b.to) || a.row - b.row; });

    var first = events.length ? Math.min.apply(null, events.map(function (e) { return e.from; })) : 0;
    var last = events.length ? Math.max.apply(null, events.map(function (e) { return e.to; })) : 0;
    var lo = first - (first === last ? 1 : 0);
    var hi = last + (first === last ? 1 : 0);
    var x = function (year) { return plot.x0 + ((year - lo) / (hi - lo)) * (plot.x1 - plot.x0); };
    var y = function (rating) { return plot.y1 - ((rating - 1) / 4) * (plot.y1 - plot.y0); };
    var round = function (n) { return Math.round(n * 10) / 10; };

    var points = events.map(function (e, i) {
      var px = x((e.from + e.to) / 2);
      var py = y(e.rating);
      // Labels above high points and below low ones, moved alternately up and down so neighbours do not meet.
      var above = e.rating >= 3;
      var offset = 14 + (i % 2) * 13;
      return {
        row: e.row, yearText: e.yearText, from: e.from, to: e.to, rating: e.rating, label: e.label, full: e.full,
        x: round(px), y: round(py),
        spanFrom: round(x(e.from)), spanTo: round(x(e.to)),
        shape: e.rating > 3 ? "up" : e.rating < 3 ? "down" : "middle",
        labelY: round(above ? py - offset : py + offset + 8)
      };
    });

    var ticks = [];
    if (events.length) {
      var step = tickStep(hi - lo, 8);
      for (var year = Math.ceil(lo / step) * step; year <= hi; year += step) ticks.push({ year: year, x: round(x(year)) });
    }
    var levels = [1, 2, 3, 4, 5].map(function (rating) { return { rating: rating, y: round(y(rating)) }; });

    return {
      width: L.width, height: L.height, plot: plot, points: points, unplaced: unplaced, ticks: ticks, levels: levels,
      title: t("chart_lifeline_title"), description: describeLifeline(points, unplaced, t), empty: !points.length
    };
  }

  /**
   * The sentence a screen reader hears for the lifeline, in the page's language.
   * @param {Object[]} points in year order
   * @param {Object[]} unplaced
   * @param {function(string, Object=): string} t
   * @returns {string}
   */
  function describeLifeline(points, unplaced, t) {
    var parts = [];
    if (!points.length) {
      parts.push(t("chart_lifeline_empty"));
    } else {
      var from = Math.min.apply(null, points.map(function (p) { return p.from; }));
      var to = Math.max.apply(null, points.map(function (p) { return p.to; }));
      var highest = points.reduce(function (best, p) { return p.rating > best.rating ? p : best; }, points[0]);
      var lowest = points.reduce(function (best, p) { return p.rating < best.rating ? p : best; }, points[0]);
      parts.push(t(points.length === 1 ? "chart_lifeline_one" : "chart_lifeline_many", { count: points.length, from: from, to: to, year: points[0].yearText }));
      parts.push(t("chart_lifeline_highest", { year: highest.yearText, label: highest.full, rating: highest.rating }));
      if (lowest !== highest) parts.push(t("chart_lifeline_lowest", { year: lowest.yearText, label: lowest.full, rating: lowest.rating }));
    }
    if (unplaced.length) parts.push(t("chart_lifeline_unplaced", { count: unplaced.length }));
    return parts.join(" ");
  }

  /** Network map: a square picture, the target job in the centre, three rings. */
  var NETWORK = { size: 560, rings: ["close", "acquaintance", "new"], radii: [90, 165, 240], labelMax: 22 };

  /**
   * The network map: each named contact on its ring (close, acquaintance, new), spread evenly around it starting
   * at the top, marked by its type; contacts without a ring are put in a row under the rings, not guessed.
   * @param {Object} answers the network worksheet's answers ({"target-job", contacts: [{name, type, circle, …}]})
   * @param {function(string, Object=): string} t
   * @returns {{size: number, height: number, centre: number, rings: Object[], nodes: Object[], unplaced: Object[], target: string,
   *   title: string, description: string}}
   */
  function network(answers, t) {
    var N = NETWORK;
    var centre = N.size / 2;
    var rows = answers && Array.isArray(answers.contacts) ? answers.contacts : [];
    var text = function (value) { return typeof value === "string" ? value.trim() : ""; };
    var byRing = N.rings.map(function () { return []; });
    var unplaced = [];
    rows.forEach(function (row, index) {
      if (!row || typeof row !== "object" || !text(row.name)) return;
      var contact = { row: index, name: text(row.name), type: text(row.type) || "unknown", next: text(row["next-contact"]) };
      var ring = N.rings.indexOf(text(row.circle));
      if (ring === -1) unplaced.push(contact); else byRing[ring].push(contact);
    });
    var round = function (n) { return Math.round(n * 10) / 10; };
    var nodes = [];
    byRing.forEach(function (contacts, ring) {
      // Rings are turned a little from each other, so nodes of neighbouring rings do not line up.
      var turn = ring * 0.35;
      contacts.forEach(function (contact, i) {
        var angle = -Math.PI / 2 + turn + (2 * Math.PI * i) / contacts.length;
        var x = centre + N.radii[ring] * Math.cos(angle);
        var y = centre + N.radii[ring] * Math.sin(angle);
        nodes.push({
          row: contact.row, name: contact.name, label: shorten(contact.name, N.labelMax), type: contact.type,
          ring: N.rings[ring], next: contact.next, x: round(x), y: round(y),
          anchor: Math.abs(x - centre) < 20 ? "middle" : x > centre ? "start" : "end"
        });
      });
    });
    // Contacts without a ring wait in a row under the rings, until the person chooses one.
    unplaced.forEach(function (contact, i) {
      nodes.push({
        row: contact.row, name: contact.name, label: shorten(contact.name, N.labelMax), type: contact.type, ring: "",
        next: contact.next, x: round(40 + ((N.size - 80) * (i + 0.5)) / unplaced.length), y: N.size + 30, anchor: "middle"
      });
    });
    var target = text(answers && answers["target-job"]);
    return {
      size: N.size, height: N.size + (unplaced.length ? 70 : 0), centre: centre, target: target, nodes: nodes, unplaced: unplaced,
      rings: N.rings.map(function (id, i) { return { id: id, r: N.radii[i] }; }),
      title: t("chart_network_title"), description: describeNetwork(target, byRing, unplaced, t)
    };
  }

  /**
   * The sentence a screen reader hears for the network map, in the page's language.
   * @param {string} target
   * @param {Object[][]} byRing contacts of the close, acquaintance and new rings
   * @param {Object[]} unplaced
   * @param {function(string, Object=): string} t
   * @returns {string}
   */
  function describeNetwork(target, byRing, unplaced, t) {
    var parts = [target ? t("chart_network_target", { target: target }) : t("chart_network_no_target")];
    var count = byRing[0].length + byRing[1].length + byRing[2].length;
    parts.push(t("chart_network_rings", { count: count, close: byRing[0].length, acquaintance: byRing[1].length, "new": byRing[2].length }));
    var dated = byRing[0].concat(byRing[1], byRing[2], unplaced).filter(function (c) { return /^\d{4}-\d{2}-\d{2}$/.test(c.next); });
    dated.sort(function (a, b) { return a.next < b.next ? -1 : a.next > b.next ? 1 : a.row - b.row; });
    if (dated.length) parts.push(t("chart_network_next", { date: dated[0].next, name: dated[0].name }));
    if (unplaced.length) parts.push(t("chart_network_unplaced", { count: unplaced.length }));
    return parts.join(" ");
  }

  /** A goal's timeline: one row per goal, start to deadline left to right. */
  var GOAL = { width: 560, height: 110, left: 24, right: 24, base: 78, bar: 40 };
  var DAY = 86400000;

  /**
   * A "YYYY-MM-DD" date as days since 1970 (UTC); null when not a real date.
   * @param {string} value
   * @returns {number|null}
   */
  function dayNumber(value) {
    var m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(typeof value === "string" ? value : "");
    if (!m) return null;
    var time = Date.UTC(+m[1], +m[2] - 1, +m[3]);
    var d = new Date(time);
    return d.getUTCDate() === +m[3] && d.getUTCMonth() === +m[2] - 1 ? time / DAY : null;
  }

  /** A goal's progress checks: how many each goal row has, and each progress choice as a share of the way. */
  var CHECKS = 3;
  var PERCENT = { "not-started": 0, started: 25, halfway: 50, "nearly-done": 75, done: 100 };

  /**
   * A goal row's progress checks that say how far along the goal is: check n's own date, or for the first two
   * checks the agreement's review n when the check has no date (the worksheet's earlier 1–5 review fields became
   * checks 1 and 2, whose date was the agreement's). Checks with a progress but no date are kept with date null.
   * @param {Object} row a goals row ({"check-1-date", "check-1-progress", "check-1-note", …})
   * @param {Object} agreement the agreement's answers ({"review-1", "review-2"})
   * @returns {{number: number, date: string|null, day: number|null, percent: number, note: string}[]}
   */
  function progressChecks(row, agreement) {
    var checks = [];
    for (var n = 1; n <= CHECKS; n++) {
      var progress = row && row["check-" + n + "-progress"];
      if (typeof progress !== "string" || !Object.prototype.hasOwnProperty.call(PERCENT, progress)) continue;
      var own = row["check-" + n + "-date"];
      var date = dayNumber(own) !== null ? own : n <= 2 && dayNumber((agreement || {})["review-" + n]) !== null ? agreement["review-" + n] : null;
      var note = typeof row["check-" + n + "-note"] === "string" ? row["check-" + n + "-note"].split(/\r?\n/)[0].trim() : "";
      checks.push({ number: n, date: date, day: date === null ? null : dayNumber(date), percent: PERCENT[progress], note: note });
    }
    return checks;
  }

  /**
   * One timeline per goal with a deadline: from the agreement's start date (or the first date known) to the
   * deadline, today's place, and the progress (0–100 %) at each dated progress check.
   * @param {Object[]} rows the goals group's rows ({goal, deadline, "check-n-date", "check-n-progress", "check-n-note"})
   * @param {Object} agreement the agreement's answers ({"start-date", "review-1", "review-2"})
   * @param {string} today "YYYY-MM-DD"
   * @param {function(string, Object=): string} t
   * @returns {Object[]} {row, number, goal, width, height, x0, x1, base, start, deadline, today, checks, title, description}
   */
  function goals(rows, agreement, today, t) {
    var G = GOAL;
    var x0 = G.left;
    var x1 = G.width - G.right;
    var now = dayNumber(today);
    var round = function (n) { return Math.round(n * 10) / 10; };
    var charts = [];
    (Array.isArray(rows) ? rows : []).forEach(function (row, index) {
      var end = dayNumber(row && row.deadline);
      if (end === null) return;
      var checks = progressChecks(row, agreement);
      var known = [dayNumber((agreement || {})["start-date"]), now].concat(checks.map(function (c) { return c.day; }))
        .filter(function (d) { return d !== null && d < end; });
      var start = known.length ? Math.min.apply(null, known) : end - 30;
      var x = function (d) { return round(x0 + ((Math.min(Math.max(d, start), end) - start) / (end - start)) * (x1 - x0)); };
      var goalText = typeof row.goal === "string" && row.goal.trim() ? row.goal.trim() : t("chart_goal_unnamed", { number: index + 1 });
      var placed = checks.filter(function (c) { return c.day !== null; }).map(function (c) {
        return { number: c.number, date: c.date, percent: c.percent, note: c.note, x: x(c.day), top: round(G.base - (G.bar * c.percent) / 100) };
      });
      var parts = [t("chart_goal_span", { goal: goalText, start: isoDay(start), deadline: row.deadline })];
      if (now !== null) parts.push(now <= end ? t("chart_goal_left", { days: end - now }) : t("chart_goal_past"));
      checks.forEach(function (c) {
        var params = { number: c.number, date: c.date || "", percent: c.percent, note: shorten(c.note, 60) };
        var key = c.date ? (c.note ? "chart_goal_check_note" : "chart_goal_check")
          : (c.note ? "chart_goal_check_undated_note" : "chart_goal_check_undated");
        parts.push(t(key, params));
      });
      charts.push({
        row: index, number: index + 1, goal: goalText, label: shorten(goalText, 40), width: G.width, height: G.height,
        x0: x0, x1: x1, base: G.base, start: isoDay(start), deadline: row.deadline,
        today: now === null ? null : { x: x(now), inside: now >= start && now <= end },
        checks: placed, title: t("chart_goal_title", { number: index + 1 }), description: parts.join(" ")
      });
    });
    return charts;
  }

  /**
   * Days since 1970 as "YYYY-MM-DD".
   * @param {number} days
   * @returns {string}
   */
  function isoDay(days) {
    return new Date(days * DAY).toISOString().slice(0, 10);
  }

  return {
    LIFELINE: LIFELINE,
    parsePeriod: parsePeriod,
    shorten: shorten,
    tickStep: tickStep,
    lifeline: lifeline,
    describeLifeline: describeLifeline,
    NETWORK: NETWORK,
    network: network,
    dayNumber: dayNumber,
    CHECKS: CHECKS,
    PERCENT: PERCENT,
    progressChecks: progressChecks,
    goals: goals
  };
});
