/*
 * iCalendar (RFC 5545) writer and the dates the worksheets agree on: the mentoring agreement (first meeting and
 * rhythm, end, review points), the meeting notes (next meeting) and the goals (deadlines, progress checks).
 * Pure: no DOM. Runs as a classic script in the browser (window.wsIcs) and under Node (module.exports), where
 * tests/js/ics.test.js checks it with `node --test`; tests/test_pictures_browser.py parses a downloaded file with
 * Python's icalendar.
 */
(function (root, factory) {
  "use strict";
  var api = factory();
  if (typeof module === "object" && module.exports) module.exports = api;
  else root.wsIcs = api;
})(typeof self !== "undefined" ? self : this, function () {
  "use strict";

  var DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
  var TIME = /^(\d{2}):(\d{2})$/;
  /** Europe/Helsinki since 1996 (EU rules): the VTIMEZONE a timed event refers to. */
  var HELSINKI = [
    "BEGIN:VTIMEZONE", "TZID:Europe/Helsinki",
    "BEGIN:DAYLIGHT", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0300", "TZNAME:EEST", "DTSTART:19700329T030000",
    "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT",
    "BEGIN:STANDARD", "TZOFFSETFROM:+0300", "TZOFFSETTO:+0200", "TZNAME:EET", "DTSTART:19701025T040000",
    "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD",
    "END:VTIMEZONE"
  ];
  /** The agreement's meeting rhythms as recurrence rules; "other" has none (one event on the first date). */
  var RHYTHMS = {
    "weekly": "FREQ=WEEKLY",
    "every-two-weeks": "FREQ=WEEKLY;INTERVAL=2",
    "every-three-weeks": "FREQ=WEEKLY;INTERVAL=3",
    "monthly": "FREQ=MONTHLY"
  };
  /** Reminder choices as VALARM triggers (before an all-day event's day starts). */
  var REMINDERS = { none: null, day: "-P1D", week: "-P7D" };

  /**
   * Escape a TEXT value (RFC 5545 3.3.11): backslash, semicolon, comma, and newlines as \n.
   * @param {string} text
   * @returns {string}
   */
  function escapeText(text) {
    return String(text).replace(/\\/g, "\\\\").replace(/;/g, "\\;").replace(/,/g, "\\,").replace(/\r\n|\r|\n/g, "\\n");
  }

  /**
   * The number of UTF-8 octets a character takes.
   * @param {number} code code point
   * @returns {number}
   */
  function octets(code) {
    return code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
  }

  /**
   * Fold a content line at 75 octets (RFC 5545 3.1): CRLF and one space, never inside a UTF-8 character.
   * @param {string} line
   * @returns {string}
   */
  function fold(line) {
    var out = "";
    var used = 0;
    for (var i = 0; i < line.length; i++) {
      var code = line.codePointAt(i);
      var ch = String.fromCodePoint(code);
      if (code > 0xffff) i++;
      var size = octets(code);
      if (used + size > 75) {
        out += "\r\n ";
        used = 1;
      }
      out += ch;
      used += size;
    }
    return out;
  }

  /**
   * A real calendar date "YYYY-MM-DD" as "YYYYMMDD"; null otherwise.
   * @param {string} value
   * @returns {string|null}
   */
  function basicDate(value) {
    var m = DATE.exec(String(value || ""));
    if (!m) return null;
    var d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
    if (d.getUTCFullYear() !== +m[1] || d.getUTCMonth() !== +m[2] - 1 || d.getUTCDate() !== +m[3]) return null;
    return m[1] + m[2] + m[3];
  }

  /**
   * The day after a "YYYY-MM-DD" date, as "YYYYMMDD" (an all-day event ends, exclusive, on the next day).
   * @param {string} value
   * @returns {string}
   */
  function nextDay(value) {
    var m = DATE.exec(value);
    var d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3] + 1));
    return d.toISOString().slice(0, 10).replace(/-/g, "");
  }

  /**
   * A time as a UTC DATE-TIME ("20261130T051500Z").
   * @param {Date} date
   * @returns {string}
   */
  function utcStamp(date) {
    return date.toISOString().replace(/[-:]/g, "").replace(/\.\d{3}/, "");
  }

  /**
   * Write a calendar.
   * @param {Object[]} items {uid, date: "YYYY-MM-DD", time?: "HH:MM" (Europe/Helsinki), minutes?: duration,
   *   summary, description?, rrule?: "FREQ=…", until?: "YYYY-MM-DD"}; items without a real date are left out
   * @param {{stamp?: Date, reminder?: string, reminderText?: string, name?: string}} [options]
   *   reminder: "none" | "day" | "week" (default "day")
   * @returns {string} the iCalendar text, CRLF line ends
   */
  function write(items, options) {
    options = options || {};
    var stamp = utcStamp(options.stamp || new Date());
    var trigger = REMINDERS[options.reminder === undefined ? "day" : options.reminder];
    var timed = items.some(function (item) { return basicDate(item.date) && TIME.test(item.time || ""); });
    var lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Tyouramentorointi//Career mentoring toolkit//FI", "CALSCALE:GREGORIAN", "METHOD:PUBLISH"];
    if (options.name) lines.push("X-WR-CALNAME:" + escapeText(options.name));
    if (timed) lines = lines.concat(HELSINKI);
    items.forEach(function (item) {
      var day = basicDate(item.date);
      if (!day) return;
      lines.push("BEGIN:VEVENT", "UID:" + item.uid, "DTSTAMP:" + stamp);
      var time = TIME.exec(item.time || "");
      if (time) {
        var start = day + "T" + time[1] + time[2] + "00";
        var end = new Date(Date.UTC(+day.slice(0, 4), +day.slice(4, 6) - 1, +day.slice(6, 8), +time[1], +time[2] + (item.minutes || 60)));
        lines.push("DTSTART;TZID=Europe/Helsinki:" + start, "DTEND;TZID=Europe/Helsinki:" + utcStamp(end).slice(0, 15));
      } else {
        lines.push("DTSTART;VALUE=DATE:" + day, "DTEND;VALUE=DATE:" + nextDay(item.date));
      }
      if (item.rrule) {
        var until = basicDate(item.until);
        // UNTIL has DTSTART's value type: a date for all-day events, the end of that day in UTC for timed ones.
        lines.push("RRULE:" + item.rrule + (until ? ";UNTIL=" + (time ? until + "T235959Z" : until) : ""));
      }
      lines.push("SUMMARY:" + escapeText(item.summary || ""));
      if (item.description) lines.push("DESCRIPTION:" + escapeText(item.description));
      lines.push("TRANSP:TRANSPARENT");
      if (trigger) {
        lines.push("BEGIN:VALARM", "ACTION:DISPLAY", "DESCRIPTION:" + escapeText(options.reminderText || item.summary || ""),
          "TRIGGER:" + trigger, "END:VALARM");
      }
      lines.push("END:VEVENT");
    });
    lines.push("END:VCALENDAR");
    return lines.map(fold).join("\r\n") + "\r\n";
  }

  /**
   * The dates the worksheets agree on, as calendar items. UIDs name the worksheet and the field (and the goal's
   * row, or the meeting's date), so a second download updates the same events in a calendar instead of adding
   * copies.
   * @param {{agreement?: Object, meeting?: Object, goals?: Object}} answers answers of those worksheets
   * @param {function(string, Object=): string} t
   * @param {{namespace?: string, titles?: Object, rhythms?: Object}} [context] worksheet titles and rhythm labels
   * @returns {Object[]}
   */
  function agreedDates(answers, t, context) {
    context = context || {};
    var ns = context.namespace || "tyouramentorointi";
    var titles = context.titles || {};
    var from = function (id) { return t("calendar_from", { worksheet: titles[id] || id }); };
    var uid = function (part) { return part + "@" + ns + ".invalid"; };
    var text = function (value) { return typeof value === "string" ? value.trim() : ""; };
    var items = [];
    var agreement = answers.agreement || {};
    var start = text(agreement["start-date"]);
    var end = text(agreement["end-date"]);
    var rhythm = text(agreement["meeting-rhythm"]);
    if (basicDate(start)) {
      var rule = RHYTHMS[rhythm];
      var place = text(agreement["meeting-place"]);
      items.push({
        uid: uid("agreement-meetings"), date: start,
        rrule: rule && basicDate(end) ? rule : undefined, until: rule && basicDate(end) ? end : undefined,
        summary: rule && basicDate(end) ? t("calendar_meeting_series", { rhythm: (context.rhythms || {})[rhythm] || rhythm }) : t("calendar_meeting"),
        description: [place, from("agreement")].filter(Boolean).join("\n")
      });
    }
    if (basicDate(end)) items.push({ uid: uid("agreement-end-date"), date: end, summary: t("calendar_end"), description: from("agreement") });
    ["review-1", "review-2"].forEach(function (id) {
      var date = text(agreement[id]);
      if (basicDate(date)) items.push({ uid: uid("agreement-" + id), date: date, summary: t("calendar_review"), description: from("agreement") });
    });
    var seen = {};
    var meetings = (answers.meeting || {}).meetings;
    (Array.isArray(meetings) ? meetings : []).forEach(function (row) {
      var date = text(row && row["next-date"]);
      if (!basicDate(date) || seen[date]) return;
      seen[date] = true;
      var steps = text(row["next-steps"]);
      items.push({ uid: uid("meeting-next-" + date), date: date, summary: t("calendar_next_meeting"), description: [steps, from("meeting")].filter(Boolean).join("\n") });
    });
    var goals = (answers.goals || {}).goals;
    (Array.isArray(goals) ? goals : []).forEach(function (row, index) {
      var date = text(row && row.deadline);
      if (!basicDate(date)) return;
      var goal = text(row.goal);
      items.push({ uid: uid("goals-" + (index + 1) + "-deadline"), date: date, summary: t("calendar_deadline", { goal: goal || index + 1 }), description: [text(row.steps), from("goals")].filter(Boolean).join("\n") });
      // The goal's progress checks (goals worksheet: check-1-date … check-3-date), each on its own date.
      [1, 2, 3].forEach(function (number) {
        var checkDate = text(row["check-" + number + "-date"]);
        if (!basicDate(checkDate)) return;
        items.push({ uid: uid("goals-" + (index + 1) + "-check-" + number), date: checkDate, summary: t("calendar_goal_check", { number: number, goal: goal || index + 1 }), description: from("goals") });
      });
    });
    return items;
  }

  return {
    RHYTHMS: RHYTHMS,
    REMINDERS: REMINDERS,
    escapeText: escapeText,
    fold: fold,
    basicDate: basicDate,
    write: write,
    agreedDates: agreedDates
  };
});
