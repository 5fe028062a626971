/* Chart geometry (docs/assets/javascripts/charts.js) under Node's own test runner. */
"use strict";

const test = require("node:test");
const assert = require("node:assert/strict");
const charts = require("../../docs/assets/javascripts/charts.js");

const STRINGS = {
  chart_lifeline_title: "My lifeline",
  chart_lifeline_empty: "Nothing yet.",
  chart_lifeline_one: "1 event ({year}).",
  chart_lifeline_many: "{count} events from {from} to {to}.",
  chart_lifeline_highest: "Highest {year}: {label} ({rating}/5).",
  chart_lifeline_lowest: "Lowest {year}: {label} ({rating}/5).",
  chart_lifeline_unplaced: "Without a year or rating: {count}.",
};
const t = (key, params) => STRINGS[key].replace(/\{(\w+)\}/g, (m, name) => (params && name in params ? String(params[name]) : m));

test("a year or a period gives its years; text without a year gives none", () => {
  assert.deepEqual(charts.parsePeriod("2015"), { from: 2015, to: 2015 });
  assert.deepEqual(charts.parsePeriod("2018–2021"), { from: 2018, to: 2021 });
  assert.deepEqual(charts.parsePeriod("syksy 2019 - kevät 2020"), { from: 2019, to: 2020 });
  assert.deepEqual(charts.parsePeriod("2021-2018"), { from: 2018, to: 2021 });
  assert.equal(charts.parsePeriod("childhood"), null);
  assert.equal(charts.parsePeriod("12345"), null);
  assert.equal(charts.parsePeriod(""), null);
});

test("long labels are shortened at a word, short ones kept", () => {
  assert.equal(charts.shorten("Moved to Finland", 18), "Moved to Finland");
  assert.equal(charts.shorten("Started my first job as a nurse", 18), "Started my first…");
  assert.equal(charts.shorten("First line\nsecond line", 18), "First line");
  assert.ok(charts.shorten("x".repeat(40), 18).length <= 18);
});

test("tick steps keep at most the asked number of ticks", () => {
  assert.equal(charts.tickStep(4, 8), 1);
  assert.equal(charts.tickStep(15, 8), 2);
  assert.equal(charts.tickStep(30, 8), 5);
  assert.equal(charts.tickStep(70, 8), 10);
});

test("lifeline points go left to right by year, up and down by rating, a period at its middle", () => {
  const chart = charts.lifeline([
    { year: "2019", "what-happened": "Moved to Finland", "high-low": "2" },
    { year: "2009", "what-happened": "Graduated as an engineer in my home country", "high-low": "5" },
    { year: "2012–2016", "what-happened": "First job", "high-low": "4" },
    { year: "", "what-happened": "Childhood by the sea", "high-low": "4" },
    { year: "2020", "what-happened": "Finnish course", "high-low": "" },
    { year: "", "what-happened": "", "high-low": "" },
  ], t);
  assert.deepEqual(chart.points.map((p) => p.full), ["Graduated as an engineer in my home country", "First job", "Moved to Finland"]);
  assert.deepEqual(chart.points.map((p) => p.row), [1, 2, 0]);
  const [first, period, last] = chart.points;
  assert.equal(first.x, chart.plot.x0);
  assert.equal(last.x, chart.plot.x1);
  assert.ok(first.x < period.x && period.x < last.x);
  assert.equal(period.x, (period.spanFrom + period.spanTo) / 2);
  assert.ok(period.spanFrom < period.spanTo);
  assert.equal(first.y, chart.plot.y0, "5 is at the top");
  assert.ok(last.y > period.y, "a low point is lower");
  assert.deepEqual(chart.points.map((p) => p.shape), ["up", "up", "down"]);
  assert.equal(first.label, "Graduated as an…");
  assert.deepEqual(chart.unplaced.map((u) => [u.label, u.reason]), [["Childhood by the sea", "year"], ["Finnish course", "rating"]]);
  assert.equal(chart.description,
    "3 events from 2009 to 2019. Highest 2009: Graduated as an engineer in my home country (5/5). Lowest 2019: Moved to Finland (2/5). Without a year or rating: 2.");
  assert.equal(chart.ticks[0].year, 2010);
  assert.ok(chart.ticks.every((tick) => tick.x >= chart.plot.x0 && tick.x <= chart.plot.x1));
});

test("one event is centred with a year either side; no events say so", () => {
  const one = charts.lifeline([{ year: "2015", "what-happened": "Exchange year", "high-low": "3" }], t);
  assert.equal(one.points.length, 1);
  assert.equal(one.points[0].x, (one.plot.x0 + one.plot.x1) / 2);
  assert.equal(one.points[0].shape, "middle");
  assert.equal(one.description, "1 event (2015). Highest 2015: Exchange year (3/5).");
  const none = charts.lifeline([], t);
  assert.equal(none.empty, true);
  assert.equal(none.description, "Nothing yet.");
  assert.equal(charts.lifeline(undefined, t).points.length, 0);
});

const NET = {
  chart_network_title: "My network",
  chart_network_target: "Target: {target}.",
  chart_network_no_target: "No target.",
  chart_network_rings: "{count} contacts: {close} close, {acquaintance} acquaintances, {new} new.",
  chart_network_next: "Next {date}: {name}.",
  chart_network_unplaced: "Without a circle: {count}.",
};
const tn = (key, params) => NET[key].replace(/\{(\w+)\}/g, (m, name) => (params && name in params ? String(params[name]) : m));

test("network contacts sit on their rings, spread from the top, typed; no ring waits under the rings", () => {
  const chart = charts.network({
    "target-job": "Bridge engineer",
    contacts: [
      { name: "Anna Virtanen", type: "person", circle: "close", "next-contact": "2026-03-01" },
      { name: "Engineers' union", type: "organisation", circle: "new", "next-contact": "2026-02-10" },
      { name: "", type: "person", circle: "close" },
      { name: "Matti", type: "person", circle: "close" },
      { name: "LinkedIn group", type: "online", circle: "" },
    ],
  }, tn);
  const c = chart.centre;
  const distance = (node) => Math.round(Math.hypot(node.x - c, node.y - c));
  assert.deepEqual(chart.nodes.map((n) => [n.name, n.ring, n.type]), [
    ["Anna Virtanen", "close", "person"], ["Matti", "close", "person"], ["Engineers' union", "new", "organisation"], ["LinkedIn group", "", "online"],
  ]);
  assert.equal(distance(chart.nodes[0]), 90);
  assert.equal(distance(chart.nodes[1]), 90);
  assert.equal(distance(chart.nodes[2]), 240);
  assert.deepEqual([chart.nodes[0].x, chart.nodes[0].y], [c, c - 90], "the first contact of the inner ring is at the top");
  assert.deepEqual([chart.nodes[1].x, chart.nodes[1].y], [c, c + 90], "two contacts face each other");
  assert.ok(chart.nodes[3].y > chart.size, "no ring: under the rings");
  assert.equal(chart.height, chart.size + 70);
  assert.equal(chart.description, "Target: Bridge engineer. 3 contacts: 2 close, 0 acquaintances, 1 new. Next 2026-02-10: Engineers' union. Without a circle: 1.");
  const empty = charts.network({}, tn);
  assert.equal(empty.nodes.length, 0);
  assert.equal(empty.height, empty.size);
  assert.equal(empty.description, "No target. 0 contacts: 0 close, 0 acquaintances, 0 new.");
});

const GOALS = {
  chart_goal_title: "Goal {number}",
  chart_goal_unnamed: "Goal {number}",
  chart_goal_span: "{goal}: {start} to {deadline}.",
  chart_goal_left: "{days} days left.",
  chart_goal_past: "Passed.",
  chart_goal_check: "Check {number} ({date}): {percent}%.",
  chart_goal_check_note: "Check {number} ({date}): {percent}%, {note}.",
  chart_goal_check_undated: "Check {number} undated: {percent}%.",
  chart_goal_check_undated_note: "Check {number} undated: {percent}%, {note}.",
};
const tg = (key, params) => GOALS[key].replace(/\{(\w+)\}/g, (m, name) => (params && name in params ? String(params[name]) : m));

test("goal timelines run from the agreement's start to each deadline, with today and the dated progress checks", () => {
  const agreement = { "start-date": "2026-01-01", "review-1": "2026-02-01", "review-2": "2026-04-01" };
  const rows = [
    { goal: "Get an interview", deadline: "2026-05-01", "check-1-progress": "started", "check-1-note": "CV ready\nmore",
      "check-2-date": "2026-04-10", "check-2-progress": "nearly-done", "check-3-progress": "done" },
    { goal: "No deadline", deadline: "" },
    { goal: "", deadline: "2026-03-01", "check-1-progress": "halfway" },
  ];
  const [first, second] = charts.goals(rows, agreement, "2026-03-01", tg);
  assert.equal(charts.goals(rows, agreement, "2026-03-01", tg).length, 2, "one per goal with a deadline");
  assert.equal(first.x0, 24);
  assert.equal(first.start, "2026-01-01");
  assert.equal(first.today.x, Math.round((24 + (59 / 120) * 512) * 10) / 10);
  // Check 1 has no date of its own: the agreement's first review; check 2 its own; check 3 none (not drawn).
  assert.deepEqual(first.checks.map((c) => [c.number, c.date, c.percent]), [[1, "2026-02-01", 25], [2, "2026-04-10", 75]]);
  assert.ok(first.checks[0].x < first.today.x && first.today.x < first.checks[1].x);
  assert.ok(first.checks[1].top < first.checks[0].top, "more progress, taller");
  assert.equal(first.checks[0].top, 78 - 10, "25% of the 40 px bar");
  assert.equal(first.description, "Get an interview: 2026-01-01 to 2026-05-01. 61 days left. Check 1 (2026-02-01): 25%, CV ready. " +
    "Check 2 (2026-04-10): 75%. Check 3 undated: 100%.");
  assert.equal(second.goal, "Goal 3");
  assert.equal(second.today.x, second.x1, "today is the deadline");
  assert.deepEqual(second.checks.map((c) => c.number), [1]);
  const late = charts.goals([{ goal: "G", deadline: "2026-01-10" }], {}, "2026-02-01", tg)[0];
  assert.equal(late.start, "2025-12-11", "no earlier date: 30 days before the deadline");
  assert.match(late.description, /Passed\.$/);
  assert.equal(charts.dayNumber("2026-02-30"), null);
  // A check dated before the agreement's start starts the timeline there.
  const early = charts.goals([{ goal: "G", deadline: "2026-05-01", "check-1-date": "2025-12-01", "check-1-progress": "not-started" }], agreement, "2026-03-01", tg)[0];
  assert.equal(early.start, "2025-12-01");
  assert.deepEqual(early.checks.map((c) => [c.x, c.top]), [[24, 78]]);
});

test("progress checks read the choices the worksheet stores, and nothing else", () => {
  assert.deepEqual(Object.keys(charts.PERCENT), ["not-started", "started", "halfway", "nearly-done", "done"]);
  const checks = charts.progressChecks({ "check-1-progress": "3", "check-2-progress": "done", "check-2-date": "2026-13-01", "check-3-progress": "halfway", "check-3-date": "2026-02-02" }, {});
  assert.deepEqual(checks.map((c) => [c.number, c.date, c.percent]), [[2, null, 100], [3, "2026-02-02", 50]]);
});
