/* The iCalendar writer and the agreed dates (docs/assets/javascripts/ics.js) under Node's own test runner. */
"use strict";

const test = require("node:test");
const assert = require("node:assert/strict");
const ics = require("../../docs/assets/javascripts/ics.js");

const t = (key, params) => key + (params ? JSON.stringify(params) : "");
const STAMP = new Date("2026-11-30T05:30:00Z");
/** Unfold (RFC 5545 3.1) and split into lines. */
const unfold = (text) => text.replace(/\r\n /g, "").split("\r\n");

test("text values escape backslashes, semicolons, commas and newlines", () => {
  assert.equal(ics.escapeText("a;b,c\\d\ne\r\nf"), "a\\;b\\,c\\\\d\\ne\\nf");
});

test("lines fold at 75 octets with CRLF and a space, never inside a character", () => {
  const line = "SUMMARY:" + "ä".repeat(80);
  const folded = ics.fold(line);
  const parts = folded.split("\r\n");
  assert.ok(parts.length > 1);
  for (const part of parts) assert.ok(Buffer.byteLength(part, "utf8") <= 75, part);
  for (const part of parts.slice(1)) assert.equal(part[0], " ");
  assert.equal(folded.replace(/\r\n /g, ""), line);
  assert.equal(ics.fold("SHORT:x"), "SHORT:x");
  const emoji = ics.fold("X:" + "😀".repeat(30));
  assert.equal(emoji.replace(/\r\n /g, ""), "X:" + "😀".repeat(30));
  for (const part of emoji.split("\r\n")) assert.ok(Buffer.byteLength(part, "utf8") <= 75);
});

test("only real calendar dates are written", () => {
  assert.equal(ics.basicDate("2026-02-28"), "20260228");
  assert.equal(ics.basicDate("2026-02-30"), null);
  assert.equal(ics.basicDate("1.2.2026"), null);
});

test("a calendar has one all-day VEVENT per dated item with UID, DTSTAMP and a reminder", () => {
  const text = ics.write([
    { uid: "a@x", date: "2026-12-31", summary: "End; of, year\nparty" },
    { uid: "b@x", date: "not a date", summary: "left out" },
  ], { stamp: STAMP, reminder: "week" });
  assert.ok(text.endsWith("\r\n"));
  assert.ok(!/[^\r]\n/.test(text), "every line ends with CRLF");
  const lines = unfold(text);
  assert.equal(lines[0], "BEGIN:VCALENDAR");
  assert.ok(lines.includes("VERSION:2.0"));
  assert.equal(lines.filter((l) => l === "BEGIN:VEVENT").length, 1);
  for (const expected of ["UID:a@x", "DTSTAMP:20261130T053000Z", "DTSTART;VALUE=DATE:20261231", "DTEND;VALUE=DATE:20270101",
    "SUMMARY:End\\; of\\, year\\nparty", "BEGIN:VALARM", "TRIGGER:-P7D", "ACTION:DISPLAY"]) {
    assert.ok(lines.includes(expected), expected);
  }
  assert.ok(!lines.some((l) => l.startsWith("BEGIN:VTIMEZONE")), "no time zone without a timed event");
  assert.ok(!ics.write([{ uid: "a@x", date: "2026-12-31", summary: "x" }], { stamp: STAMP, reminder: "none" }).includes("VALARM"));
});

test("a timed event is in Europe/Helsinki with its VTIMEZONE; a rule ends on the end date", () => {
  const lines = unfold(ics.write([{ uid: "c@x", date: "2026-03-02", time: "17:30", summary: "M", rrule: "FREQ=WEEKLY;INTERVAL=2", until: "2026-06-01" }], { stamp: STAMP }));
  assert.ok(lines.includes("TZID:Europe/Helsinki"));
  assert.ok(lines.includes("DTSTART;TZID=Europe/Helsinki:20260302T173000"));
  assert.ok(lines.includes("DTEND;TZID=Europe/Helsinki:20260302T183000"));
  assert.ok(lines.includes("RRULE:FREQ=WEEKLY;INTERVAL=2;UNTIL=20260601T235959Z"));
});

test("the agreement, meeting notes and goals give their dates with stable UIDs", () => {
  const answers = {
    agreement: { "start-date": "2026-01-12", "end-date": "2026-06-15", "meeting-rhythm": "every-two-weeks", "review-1": "2026-03-16", "review-2": "", "meeting-place": "Library, room 2" },
    meeting: { meetings: [{ "next-date": "2026-01-26", "next-steps": "CV; LinkedIn" }, { "next-date": "2026-01-26" }, { "next-date": "" }] },
    goals: { goals: [{ goal: "Get an interview", deadline: "2026-04-30", "check-1-date": "2026-02-15", "check-2-date": "2026-13-01", "check-3-date": "2026-04-01" }, { goal: "No date", deadline: "" }, { goal: "Licence", deadline: "2026-05-31" }] },
  };
  const items = ics.agreedDates(answers, t, { namespace: "ns", rhythms: { "every-two-weeks": "every two weeks" } });
  assert.deepEqual(items.map((i) => [i.uid, i.date]), [
    ["agreement-meetings@ns.invalid", "2026-01-12"],
    ["agreement-end-date@ns.invalid", "2026-06-15"],
    ["agreement-review-1@ns.invalid", "2026-03-16"],
    ["meeting-next-2026-01-26@ns.invalid", "2026-01-26"],
    ["goals-1-deadline@ns.invalid", "2026-04-30"],
    ["goals-1-check-1@ns.invalid", "2026-02-15"],
    ["goals-1-check-3@ns.invalid", "2026-04-01"],
    ["goals-3-deadline@ns.invalid", "2026-05-31"],
  ]);
  assert.equal(items[5].summary, 'calendar_goal_check{"number":1,"goal":"Get an interview"}');
  assert.equal(items[0].rrule, "FREQ=WEEKLY;INTERVAL=2");
  assert.equal(items[0].until, "2026-06-15");
  assert.equal(items[0].summary, 'calendar_meeting_series{"rhythm":"every two weeks"}');
  assert.match(items[0].description, /^Library, room 2\n/);
  assert.equal(items[4].summary, 'calendar_deadline{"goal":"Get an interview"}');
  assert.deepEqual(ics.agreedDates(answers, t, { namespace: "ns" }).map((i) => i.uid), items.map((i) => i.uid), "UIDs do not change");
});

test("no rule without an end date or with the rhythm 'other'; nothing without dates", () => {
  const open = ics.agreedDates({ agreement: { "start-date": "2026-01-12", "meeting-rhythm": "weekly" } }, t);
  assert.equal(open.length, 1);
  assert.equal(open[0].rrule, undefined);
  assert.equal(open[0].summary, "calendar_meeting");
  const other = ics.agreedDates({ agreement: { "start-date": "2026-01-12", "end-date": "2026-03-01", "meeting-rhythm": "other" } }, t);
  assert.equal(other[0].rrule, undefined);
  assert.deepEqual(ics.agreedDates({}, t), []);
});
