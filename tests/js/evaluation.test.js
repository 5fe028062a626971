/* The anonymous feedback file (feedback.js) and the coordinator's evaluation (evaluation.js) under Node. */
"use strict";

const test = require("node:test");
const assert = require("node:assert/strict");
const FB = require("../../docs/assets/javascripts/feedback.js");
const E = require("../../docs/assets/javascripts/evaluation.js");
const { manifest: baseManifest } = require("./fixtures.js");

/** The evaluation page's manifest shape: a survey with a role, a scale, a choice, a multichoice and an open answer. */
function manifest() {
  const m = baseManifest();
  m.worksheets = {
    feedback: {
      title: "Loppupalaute",
      page: "feedback",
      fields: {
        role: { type: "choice", label: "Rooli", options: ["mentee", "mentor"], option_labels: { mentee: "aktorina", mentor: "mentorina" }, aggregate: true },
        overall: { type: "scale", label: "Tyytyväisyys", aggregate: true },
        recommend: { type: "choice", label: "Suosittelisitko", options: ["would", "maybe", "would-not"], option_labels: { would: "kyllä", maybe: "ehkä", "would-not": "en" }, renamed_options: { yes: "would" }, aggregate: true },
        themes: { type: "multichoice", label: "Teemat", options: ["networking", "skills"], option_labels: { networking: "Verkostoituminen", skills: "Osaaminen" }, aggregate: true },
        best: { type: "longtext", label: "Parasta", aggregate: true, renamed_from: "best-part" },
      },
    },
    closing: {
      title: "Loppuarviointi",
      page: "closing",
      fields: {
        satisfaction: { type: "scale", label: "Tyytyväisyys", aggregate: true },
      },
    },
  };
  return m;
}

let counter = 0;
/** A feedback file as the product writes it, with a fresh id. */
function file(answers, extra) {
  counter += 1;
  const id = counter.toString(16).padStart(32, "0");
  return FB.makeFeedback(manifest(), (extra && extra.worksheet) || "feedback", answers, {
    id, month: "2027-05", role: extra && extra.role, round: extra && extra.round, includeOpen: extra && extra.open,
  });
}

/** A collection of the given files (as text). */
function collect(files) {
  const collection = E.createCollection();
  files.forEach((data, index) => assert.equal(E.addFile(collection, manifest(), `f${index}.json`, JSON.stringify(data)).ok, true));
  return collection;
}

const t = (key, params) => key + (params ? JSON.stringify(params) : "");

test("a feedback file holds only the aggregated answers, open answers only with consent", () => {
  const withoutConsent = file({ role: "mentee", overall: "4", best: "Tapaamiset", themes: ["skills"] });
  assert.deepEqual(withoutConsent.answers, { role: "mentee", overall: "4", themes: ["skills"] });
  assert.equal(withoutConsent.open, false);
  assert.equal(withoutConsent.role, "mentee");
  assert.equal(withoutConsent.format, "tyouramentorointi-feedback");
  assert.equal(withoutConsent.version, 1);
  const withConsent = file({ overall: "4", best: "  Tapaamiset  ", "not-aggregated": "x" }, { open: true, round: "  Kevät   2027 " });
  assert.deepEqual(withConsent.answers, { overall: "4", best: "Tapaamiset" });
  assert.equal(withConsent.round, "Kevät 2027");
  assert.equal("role" in withConsent, false);
});

test("a worksheet that does not ask the role takes it from the dialog", () => {
  const closing = file({ satisfaction: "5" }, { worksheet: "closing", role: "mentor" });
  assert.equal(closing.role, "mentor");
  assert.equal(FB.asksRole(manifest(), "closing"), false);
  assert.equal(FB.asksRole(manifest(), "feedback"), true);
  assert.equal(file({ satisfaction: "5" }, { worksheet: "closing", role: "boss" }).role, undefined);
});

test("new ids are 32 hex digits and file names carry part of them", () => {
  const id = FB.newId((n) => Array.from({ length: n }, (_, i) => i * 17));
  assert.match(id, /^[0-9a-f]{32}$/);
  assert.equal(id.slice(0, 4), "0011");
  assert.equal(FB.fileName({ worksheet: "feedback", id }), "tyouramentorointi-feedback-feedback-00112233.json");
});

test("damaged, foreign, newer and answers files are refused with their own reason", () => {
  const m = manifest();
  assert.equal(FB.readFeedback(m, "{not json").reason, "eval_error_damaged");
  assert.equal(FB.readFeedback(m, JSON.stringify({ hello: 1 })).reason, "eval_error_foreign");
  assert.equal(FB.readFeedback(m, JSON.stringify([1, 2])).reason, "eval_error_foreign");
  assert.equal(FB.readFeedback(m, JSON.stringify({ format: "tyouramentorointi-answers", version: 1, worksheets: {} })).reason, "eval_error_answers_file");
  const good = file({ overall: "3" });
  const newer = FB.readFeedback(m, JSON.stringify({ ...good, version: 2 }));
  assert.deepEqual([newer.reason, newer.params], ["eval_error_version", { version: 2, supported: 1 }]);
  assert.equal(FB.readFeedback(m, JSON.stringify({ ...good, id: "short" })).reason, "eval_error_damaged");
  assert.equal(FB.readFeedback(m, JSON.stringify({ ...good, role: "boss" })).reason, "eval_error_damaged");
  assert.equal(FB.readFeedback(m, JSON.stringify({ ...good, worksheet: "goals" })).reason, "eval_error_worksheet");
  const wrongType = FB.readFeedback(m, JSON.stringify({ ...good, answers: { overall: 4 } }));
  assert.deepEqual([wrongType.reason, wrongType.params], ["eval_error_field", { field: "overall" }]);
  assert.equal(FB.readFeedback(m, "x".repeat(FB.MAX_BYTES + 1)).reason, "eval_error_size");
  // A byte order mark, as some editors save, is fine.
  assert.equal(FB.readFeedback(m, "\ufeff" + JSON.stringify(good)).ok, true);
});

test("renamed fields and options are mapped; unknown ones are left out and counted; text needs consent", () => {
  const m = manifest();
  const data = file({ overall: "2" });
  data.answers = { overall: "2", recommend: "yes", "best-part": "Hyvä", gone: "x", themes: ["skills", "removed"] };
  data.open = true;
  const read = FB.readFeedback(m, JSON.stringify(data));
  assert.equal(read.ok, true);
  assert.deepEqual(read.file.answers, { overall: "2", recommend: "would", best: "Hyvä", themes: ["skills"] });
  assert.equal(read.file.ignored, 2);
  data.open = false;
  assert.deepEqual(Object.keys(FB.readFeedback(m, JSON.stringify(data)).file.answers).sort(), ["overall", "recommend", "themes"]);
});

test("a second copy of one file is a duplicate, two people with the same answers count twice", () => {
  const m = manifest();
  const collection = E.createCollection();
  const one = file({ overall: "4" });
  const other = file({ overall: "4" });
  assert.equal(E.addFile(collection, m, "a.json", JSON.stringify(one)).ok, true);
  assert.equal(E.addFile(collection, m, "b.json", JSON.stringify(other)).ok, true);
  const again = E.addFile(collection, m, "a (1).json", JSON.stringify(one));
  assert.deepEqual([again.ok, again.reason, again.params], [false, "eval_error_duplicate", { other: "a.json" }]);
  assert.equal(E.addFile(collection, m, "bad.json", "{").ok, false);
  assert.equal(collection.files.length, 2);
});

test("median and mean: the middle value (mean of the two middle ones), the mean to two decimals", () => {
  assert.equal(E.median([5, 1, 3]), 3);
  assert.equal(E.median([4, 1, 3, 5]), 3.5);
  assert.equal(E.median([]), null);
  assert.equal(E.mean([4, 4, 3]), 3.67);
  assert.equal(E.mean([1, 2]), 1.5);
  assert.equal(E.formatNumber(3.5, ","), "3,5");
  assert.equal(E.formatNumber(4, "."), "4");
  assert.equal(E.formatNumber(3.5, ",", 2), "3,50");
  assert.equal(E.formatNumber(null, ","), "");
});

test("counts, medians and means per question, with the role and round filters", () => {
  const files = [
    file({ role: "mentee", overall: "5", recommend: "would", themes: ["networking", "skills"] }, { round: "Kevät 2027" }),
    file({ role: "mentee", overall: "4", recommend: "would", themes: ["skills"] }, { round: "kevät  2027" }),
    file({ role: "mentee", overall: "4", recommend: "maybe" }, { round: "Syksy 2026" }),
    file({ role: "mentor", overall: "3", recommend: "would" }),
    file({ role: "mentor", overall: "2", recommend: "would-not" }),
    file({ role: "mentor", recommend: "would" }),
  ];
  const collection = collect(files);
  const all = E.summarise(manifest(), collection.files, { threshold: 5 });
  assert.equal(all.n, 6);
  const feedback = all.worksheets[0];
  assert.deepEqual([feedback.id, feedback.n], ["feedback", 6]);
  const overall = feedback.questions.find((q) => q.id === "overall");
  assert.deepEqual([overall.n, overall.median, overall.mean, overall.suppressed], [5, 4, 3.6, false]);
  assert.deepEqual(overall.options.map((o) => o.count), [0, 1, 1, 2, 1]);
  const recommend = feedback.questions.find((q) => q.id === "recommend");
  assert.deepEqual(recommend.options.map((o) => [o.label, o.count]), [["kyllä", 4], ["ehkä", 1], ["en", 1]]);
  assert.equal(recommend.median, null);
  const themes = feedback.questions.find((q) => q.id === "themes");
  assert.equal(themes.n, 2);
  assert.equal(themes.suppressed, true);
  assert.equal(themes.options, null);
  // Filters: three mentees are fewer than 5, so every figure is suppressed; a threshold of 3 shows them.
  const mentees = E.summarise(manifest(), collection.files, { threshold: 5, role: "mentee" }).worksheets[0];
  assert.equal(mentees.n, 3);
  assert.ok(mentees.questions.every((q) => q.suppressed && q.median === null && q.mean === null));
  const menteesShown = E.summarise(manifest(), collection.files, { threshold: 3, role: "mentee" }).worksheets[0];
  assert.deepEqual(menteesShown.questions.find((q) => q.id === "overall").median, 4);
  assert.equal(menteesShown.questions.find((q) => q.id === "overall").mean, 4.33);
  // Rounds compare without case and extra spaces; "" is the files without a round.
  assert.deepEqual(E.rounds(collection.files).map((r) => [r.key, r.label, r.count]), [["", "", 3], ["kevät 2027", "Kevät 2027", 2], ["syksy 2026", "Syksy 2026", 1]]);
  assert.equal(E.filterFiles(collection.files, { round: "KEVÄT 2027" }).length, 2);
  assert.equal(E.filterFiles(collection.files, { round: "" }).length, 3);
  assert.deepEqual(E.period(collection.files), { from: "2027-05", to: "2027-05" });
});

test("open answers are shown only with consent and enough of them", () => {
  const m = manifest();
  const texts = ["A", "B", "C", "D", "E"].map((text, i) => file({ overall: "3", best: text }, { open: i !== 4 }));
  let sheet = E.summarise(m, collect(texts).files, { threshold: 4 }).worksheets[0];
  let best = sheet.questions.find((q) => q.id === "best");
  assert.deepEqual([best.kind, best.n, best.texts], ["open", 4, ["A", "B", "C", "D"]]);
  sheet = E.summarise(m, collect(texts).files, { threshold: 5 }).worksheets[0];
  best = sheet.questions.find((q) => q.id === "best");
  assert.deepEqual([best.suppressed, best.texts], [true, []]);
});

test("chart descriptions are written from the figures in the page's words", () => {
  const fi = { eval_chart_answers: "{count} vastausta.", eval_chart_option: "{option}: {count}", eval_chart_scale: "Mediaani {median}, keskiarvo {mean}.", eval_suppressed: "Alle {threshold} vastausta." };
  const tf = (key, params) => fi[key].replace(/\{(\w+)\}/g, (_, name) => params[name]);
  const collection = collect(["5", "4", "4", "3", "2"].map((value) => file({ overall: value })));
  const overall = E.summarise(manifest(), collection.files, { threshold: 5 }).worksheets[0].questions.find((q) => q.id === "overall");
  assert.equal(E.describe(overall, tf, 5, ","), "5 vastausta. 1: 0, 2: 1, 3: 1, 4: 2, 5: 1. Mediaani 4, keskiarvo 3,60.");
  const themes = E.summarise(manifest(), collection.files, { threshold: 5 }).worksheets[0].questions.find((q) => q.id === "themes");
  assert.equal(E.describe(themes, tf, 5, ","), "Alle 5 vastausta.");
});

test("the CSV has a BOM, a header and one row per question with its count; ';' brings decimal commas", () => {
  const collection = collect(["5", "4", "4", "3", "2"].map((value) => file({ overall: value, recommend: "would" })));
  const summary = E.summarise(manifest(), collection.files, { threshold: 5 });
  const text = E.csv(summary, t, { separator: ";" });
  assert.equal(text.charAt(0), "\ufeff");
  const rows = text.slice(1).trimEnd().split("\r\n").map((row) => row.split(";"));
  assert.equal(rows.length, 1 + 5);
  assert.deepEqual(rows[0], ["eval_csv_worksheet", "eval_csv_question_id", "eval_csv_question", "eval_csv_count", "eval_csv_median", "eval_csv_mean", "eval_csv_distribution"]);
  assert.deepEqual(rows[2].slice(0, 6), ["Loppupalaute", "overall", "Tyytyväisyys", "5", "4", "3,60"]);
  assert.equal(rows[2][6], "1: 0 | 2: 1 | 3: 1 | 4: 2 | 5: 1");
  // Five files, none of them with a role: the role question is suppressed (a cell with quotes is quoted).
  assert.deepEqual(rows[1].slice(1, 4), ["role", "Rooli", '"eval_fewer_than{""threshold"":5}"']);
  const comma = E.csv(summary, t).slice(1).split("\r\n")[2].split(",");
  assert.deepEqual(comma.slice(3, 6), ["5", "4", "3.60"]);
  assert.equal(E.csvCell("=SUM(A1)", ","), "'=SUM(A1)");
  assert.equal(E.csvCell('a;"b"', ";"), '"a;""b"""');
  assert.equal(E.csvCell("-3", ","), "-3");
});

test("a kept summary reads back the same files; a broken one is refused", () => {
  const collection = collect([file({ overall: "4" }), file({ overall: "2" })]);
  const kept = E.makeKept(collection, new Date("2027-06-01T10:00:00Z"));
  const read = E.readKept(manifest(), JSON.parse(JSON.stringify(kept)));
  assert.equal(read.ok, true);
  assert.equal(read.kept, "2027-06-01T10:00:00.000Z");
  assert.deepEqual(read.collection.files, collection.files);
  assert.equal(E.readKept(manifest(), { format: "other" }).ok, false);
});

test("a scale's ends are named in its options when the manifest gives their labels", () => {
  const m = manifest();
  m.worksheets.closing.fields.satisfaction.min_label = "Ei lainkaan";
  m.worksheets.closing.fields.satisfaction.max_label = "Paljon";
  const collection = E.createCollection();
  for (let i = 0; i < 5; i += 1) E.addFile(collection, m, `c${i}`, JSON.stringify(file({ satisfaction: "5" }, { worksheet: "closing" })));
  const satisfaction = E.summarise(m, collection.files, { threshold: 5 }).worksheets[0].questions[0];
  assert.deepEqual(satisfaction.options.map((o) => o.label), ["1 – Ei lainkaan", "2", "3", "4", "5 – Paljon"]);
  assert.deepEqual([satisfaction.median, satisfaction.mean], [5, 5]);
});
