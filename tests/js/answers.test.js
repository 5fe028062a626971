/* The pure answers model (docs/assets/javascripts/answers.js) under Node's own test runner. */
"use strict";

const test = require("node:test");
const assert = require("node:assert/strict");
const answers = require("../../docs/assets/javascripts/answers-import.js");
const { manifest, RECORD_V1, FILE_V1 } = require("./fixtures.js");

const clone = (value) => JSON.parse(JSON.stringify(value));

test("a format-1 record loads unchanged", () => {
  const read = answers.readRecord(manifest(), "agreement", clone(RECORD_V1));
  assert.equal(read.ok, true);
  assert.deepEqual(read.answers, RECORD_V1.answers);
  assert.deepEqual(read.earlier, {});
  assert.equal(read.updated, RECORD_V1.updated);
});

test("a format-1 export file imports unchanged", () => {
  const result = answers.validateFile(manifest(), clone(FILE_V1));
  assert.equal(result.ok, true);
  assert.deepEqual(result.worksheets.agreement.answers, FILE_V1.worksheets.agreement);
  assert.deepEqual(result.worksheets.goals.answers, FILE_V1.worksheets.goals);
  assert.equal(result.earlierCount, 0);
  // 5 agreement fields, hopes + confidence, 3 + 1 fields inside the goal rows.
  assert.equal(result.fieldCount, 5 + 2 + 4);
});

test("a written record is format 1 and reads back the same", () => {
  const record = answers.makeRecord({ "mentee-name": "A" }, {}, new Date("2026-01-01T00:00:00Z"));
  assert.deepEqual(record, { version: 1, updated: "2026-01-01T00:00:00.000Z", answers: { "mentee-name": "A" } });
  const withEarlier = answers.makeRecord({}, { old: "x" });
  assert.deepEqual(withEarlier.earlier, { old: "x" });
});

test("an export file is format 1 and imports back", () => {
  const file = answers.makeFile({ agreement: { answers: { "mentee-name": "A" }, earlier: { "old-field": "kept" } } });
  assert.equal(file.format, "tyouramentorointi-answers");
  assert.equal(file.version, 1);
  assert.deepEqual(file.worksheets, { agreement: { "mentee-name": "A" } });
  const back = answers.validateFile(manifest(), JSON.parse(JSON.stringify(file)));
  assert.equal(back.ok, true);
  assert.deepEqual(back.worksheets.agreement.earlier, { "old-field": "kept" });
});

test("the migration chain runs every step in order (injected version 2 and 3)", () => {
  const seen = [];
  const migrations = {
    1: ({ kind, data }) => { seen.push([kind, 1]); return { ...data, version: 2, answers: { ...data.answers, added: "v2" } }; },
    2: ({ kind, data }) => { seen.push([kind, 2]); return { ...data, version: 3 }; },
  };
  const result = answers.migrate(clone(RECORD_V1), "record", { migrations, target: 3 });
  assert.equal(result.ok, true);
  assert.equal(result.data.version, 3);
  assert.equal(result.data.answers.added, "v2");
  assert.equal(result.data.answers["mentee-name"], "Aino Aktori");
  assert.deepEqual(seen, [["record", 1], ["record", 2]]);
});

test("a migration that does not reach the next version is an error, not silent", () => {
  const migrations = { 1: ({ data }) => ({ ...data }) };
  assert.throws(() => answers.migrate(clone(RECORD_V1), "record", { migrations, target: 2 }), /did not produce version 2/);
});

test("a missing step in the chain refuses with the version message", () => {
  const result = answers.migrate({ version: 1, answers: {} }, "file", { migrations: {}, target: 2 });
  assert.deepEqual(result, { ok: false, reason: "import_error_version", params: { version: 1, supported: 2 } });
});

test("the current chain reaches the current version", () => {
  assert.equal(answers.VERSION, 1);
  const result = answers.migrate({ version: answers.VERSION, answers: {} }, "record");
  assert.equal(result.ok, true);
});

test("renamed_from maps an old field id, renamed_options maps an old value", () => {
  const m = manifest((base) => {
    const fields = base.worksheets.agreement.fields;
    delete fields["mentee-name"];
    fields["mentee"] = { type: "text", label: "Mentee", renamed_from: ["mentee-name"] };
    fields["meeting-rhythm"] = { type: "choice", label: "Rhythm", options: ["every-week", "monthly"], renamed_options: { weekly: "every-week" } };
  });
  const read = answers.readRecord(m, "agreement", clone(RECORD_V1));
  assert.equal(read.answers.mentee, "Aino Aktori");
  assert.equal(read.answers["mentee-name"], undefined);
  assert.equal(read.answers["meeting-rhythm"], "every-week");
  assert.deepEqual(read.earlier, {});
});

test("renamed_from as a single id and inside a renamed group", () => {
  const m = manifest((base) => {
    const group = base.worksheets.goals.fields.goals;
    delete base.worksheets.goals.fields.goals;
    group.renamed_from = "goals";
    group.fields.target = { ...group.fields.goal, renamed_from: "goal" };
    delete group.fields.goal;
    base.worksheets.goals.fields.aims = group;
  });
  const read = answers.readRecord(m, "goals", { version: 1, answers: clone(FILE_V1.worksheets.goals) });
  assert.deepEqual(read.answers.aims.map((row) => row.target), ["Saan alan työpaikan", "Opin suomea"]);
  assert.deepEqual(read.earlier, {});
});

test("an answer under the new id wins; the old id's answer is kept, not dropped", () => {
  const m = manifest((base) => {
    base.worksheets.agreement.fields["mentee-name"].renamed_from = ["name"];
  });
  const read = answers.readRecord(m, "agreement", { version: 1, answers: { name: "Old", "mentee-name": "New" } });
  assert.equal(read.answers["mentee-name"], "New");
  assert.deepEqual(read.earlier, { name: "Old" });
});

test("answers to removed fields and options are kept under earlier", () => {
  const m = manifest((base) => {
    const fields = base.worksheets.agreement.fields;
    delete fields.confidentiality;
    fields["meeting-rhythm"].options = ["biweekly", "monthly"];
    fields["meeting-mode"].options = ["face", "phone"];
  });
  const read = answers.readRecord(m, "agreement", clone(RECORD_V1));
  assert.equal(read.answers["meeting-rhythm"], "");
  assert.deepEqual(read.answers["meeting-mode"], ["face"]);
  assert.deepEqual(read.earlier, {
    confidentiality: RECORD_V1.answers.confidentiality,
    "meeting-rhythm": "weekly",
    "meeting-mode": ["video"],
  });
  // Reading the record again with its earlier answers is stable: nothing is doubled or lost.
  const again = answers.readRecord(m, "agreement", answers.makeRecord(read.answers, read.earlier));
  assert.deepEqual(again.earlier, read.earlier);
  assert.deepEqual(answers.earlierEntries(again.earlier).map((e) => e.path).sort(), ["confidentiality", "meeting-mode", "meeting-rhythm"]);
});

test("a removed field inside a repeatable row is kept with its row number", () => {
  const m = manifest((base) => { delete base.worksheets.goals.fields.goals.fields.measurable; });
  const read = answers.readRecord(m, "goals", { version: 1, answers: clone(FILE_V1.worksheets.goals) });
  assert.deepEqual(read.earlier, { "goals.1.measurable": "Sopimus" });
});

test("a second orphan under the same path does not overwrite the first", () => {
  const earlier = { "meeting-rhythm": "weekly" };
  const m = manifest((base) => { base.worksheets.agreement.fields["meeting-rhythm"].options = ["monthly"]; });
  answers.normaliseAnswers(m, m.worksheets.agreement.fields, { "meeting-rhythm": "biweekly" }, "", earlier);
  assert.deepEqual(earlier, { "meeting-rhythm": "weekly", "meeting-rhythm#2": "biweekly" });
});

test("an export made before a rename imports with a warning count, not a refusal", () => {
  const m = manifest((base) => {
    const fields = base.worksheets.agreement.fields;
    delete fields["mentee-name"];
    fields.mentee = { type: "text", label: "Mentee", renamed_from: "mentee-name" };
    fields["meeting-rhythm"].options = ["biweekly", "monthly"];
    fields.salary = undefined;
    delete fields.salary;
  });
  const file = clone(FILE_V1);
  file.worksheets.agreement.salary = "3000";
  const result = answers.validateFile(m, file);
  assert.equal(result.ok, true);
  assert.equal(result.worksheets.agreement.answers.mentee, "Aino Aktori");
  assert.deepEqual(result.worksheets.agreement.earlier, { "meeting-rhythm": "weekly", salary: "3000" });
  assert.equal(result.earlierCount, 2);
});

test("merge keeps the other tab's fields and writes only this tab's changes", () => {
  // The exact scenario: tab A (English) wrote a goal; tab B (Finnish, loaded before) types one letter in "hopes".
  const base = { hopes: "", goals: [{ goal: "" }] };
  const stored = { hopes: "", goals: [{ goal: "Saan alan työpaikan" }] };
  const current = { hopes: "T", goals: [{ goal: "" }] };
  const result = answers.merge(stored, base, current);
  assert.deepEqual(result.answers, { hopes: "T", goals: [{ goal: "Saan alan työpaikan" }] });
  assert.deepEqual(result.changed, ["hopes"]);
  assert.deepEqual(result.conflicts, []);
});

test("merge reports a field both tabs changed differently; this tab's typing wins", () => {
  const result = answers.merge({ hopes: "theirs" }, { hopes: "base" }, { hopes: "mine" });
  assert.deepEqual(result.answers, { hopes: "mine" });
  assert.deepEqual(result.conflicts, ["hopes"]);
});

test("merge removes a field this tab emptied, and keeps one removed elsewhere if unchanged here", () => {
  const result = answers.merge({ a: "1" }, { a: "1", b: "2" }, { a: "", b: "2" });
  assert.deepEqual(result.answers, {});
  assert.deepEqual(answers.merge({}, { a: "1" }, { a: "1" }).answers, {});
});

test("merge never brings back a cleared worksheet from an unchanged stale tab", () => {
  const stale = { hopes: "old", goals: [{ goal: "old goal" }] };
  assert.deepEqual(answers.merge({}, stale, clone(stale)).answers, {});
});

test("count includes every field filled inside repeatable rows", () => {
  const c = answers.count(manifest(), "goals", FILE_V1.worksheets.goals);
  assert.deepEqual(c, { filled: 6, total: 2 + 3 * 2 });
  assert.deepEqual(answers.count(manifest(), "goals", {}), { filled: 0, total: 5 });
});

const REFUSALS = [
  ["not an object", [], "import_error_format", {}],
  ["another format", { format: "x", version: 1, worksheets: {} }, "import_error_format", {}],
  ["missing version", { format: "tyouramentorointi-answers", worksheets: {} }, "import_error_version_missing", {}],
  ["version as a string", { format: "tyouramentorointi-answers", version: "1", worksheets: {} }, "import_error_version_type", { version: '"1"' }],
  ["newer version", { format: "tyouramentorointi-answers", version: 99, worksheets: {} }, "import_error_version", { version: 99, supported: 1 }],
  ["no worksheets object", { format: "tyouramentorointi-answers", version: 1, worksheets: [] }, "import_error_format", {}],
  ["empty", { format: "tyouramentorointi-answers", version: 1, worksheets: {} }, "import_error_empty", {}],
  ["unknown worksheet, long id shortened", { format: "tyouramentorointi-answers", version: 1, worksheets: { ["h".repeat(100)]: {} } },
    "import_error_worksheet", { worksheet: "h".repeat(39) + "…" }],
  ["answers not an object", { format: "tyouramentorointi-answers", version: 1, worksheets: { agreement: "x" } }, "import_error_format", {}],
  ["wrong type", { format: "tyouramentorointi-answers", version: 1, worksheets: { agreement: { "mentee-name": 42 } } },
    "import_error_field", { worksheet: "Mentoring agreement", field: "mentee-name", reason: "import_reason_type" }],
  ["too long", { format: "tyouramentorointi-answers", version: 1, worksheets: { agreement: { "mentee-name": "x".repeat(501) } } },
    "import_error_field", { worksheet: "Mentoring agreement", field: "mentee-name", reason: "import_reason_long" }],
  ["not a calendar date", { format: "tyouramentorointi-answers", version: 1, worksheets: { agreement: { "start-date": "2025-02-30" } } },
    "import_error_field", { worksheet: "Mentoring agreement", field: "start-date", reason: "import_reason_date" }],
  ["too many rows", { format: "tyouramentorointi-answers", version: 1, worksheets: { goals: { goals: Array.from({ length: 201 }, () => ({ goal: "x" })) } } },
    "import_error_field", { worksheet: "SMART goals", field: "goals", reason: "import_reason_rows" }],
  ["wrong type in a row", { format: "tyouramentorointi-answers", version: 1, worksheets: { goals: { goals: [{ deadline: 5 }] } } },
    "import_error_field", { worksheet: "SMART goals", field: "goals", reason: "import_reason_type" }],
  ["choice given as several values", { format: "tyouramentorointi-answers", version: 1, worksheets: { agreement: { "meeting-rhythm": ["weekly", "monthly"] } } },
    "import_error_field", { worksheet: "Mentoring agreement", field: "meeting-rhythm", reason: "import_reason_type" }],
];

for (const [name, data, reason, params] of REFUSALS) {
  test(`refused: ${name} -> ${reason}`, () => {
    assert.deepEqual(answers.validateFile(manifest(), data), { ok: false, reason, params });
  });
}

test("file size: over the limit refused with both sizes in MB, at the limit accepted", () => {
  const m = manifest();
  assert.deepEqual(answers.checkFileSize(m, 5 * 1024 * 1024), { ok: false, reason: "import_error_size", params: { size: "5.0", max: "4.0" } });
  assert.deepEqual(answers.checkFileSize(m, 4 * 1024 * 1024), { ok: true });
});

test("limits come from the manifest, not from the script", () => {
  const m = manifest((base) => { base.limits.max_rows = 3; });
  assert.deepEqual(answers.limitsOf(m), { max_rows: 3, max_file_bytes: 4 * 1024 * 1024 });
  const file = { format: "tyouramentorointi-answers", version: 1, worksheets: { goals: { goals: [{}, {}, {}, {}] } } };
  assert.equal(answers.validateFile(m, file).params.reason, "import_reason_rows");
  assert.equal(answers.withinRowLimit(m, { goals: [{}, {}, {}] }), true);
  assert.equal(answers.withinRowLimit(m, { goals: [{}, {}, {}, {}] }), false);
  assert.equal(answers.maxLengthOf(m, { type: "text" }), 500);
  assert.equal(answers.maxLengthOf(m, { type: "text", maxlength: 80 }), 80);
  assert.deepEqual(answers.optionsOf(m, { type: "scale" }), ["1", "2", "3", "4", "5"]);
});

test("real calendar dates", () => {
  for (const good of ["2024-02-29", "2000-02-29", "2026-12-31", "2026-01-01"]) assert.equal(answers.isRealDate(good), true, good);
  for (const bad of ["2025-02-29", "1900-02-29", "2025-02-30", "2026-13-01", "2026-00-10", "2026-04-31", "26-1-1", "2026-01-01x"]) {
    assert.equal(answers.isRealDate(bad), false, bad);
  }
});

test("import preview: add keeps fields not in the file, replace removes them; changes count existing answers", () => {
  const stored = { hopes: "mine", goals: [{ goal: "old" }] };
  const add = answers.applyImport(stored, { hopes: "file" }, "add");
  assert.deepEqual(add.answers, { hopes: "file", goals: [{ goal: "old" }] });
  assert.equal(add.changes, 1);
  const replace = answers.applyImport(stored, { hopes: "file" }, "replace");
  assert.deepEqual(replace.answers, { hopes: "file" });
  assert.equal(replace.changes, 2);
  assert.equal(answers.applyImport(stored, { hopes: "mine" }, "add").changes, 0);
});

test("a value of the old kind is converted when a field's type changes, not dropped", () => {
  const m = manifest((base) => { base.worksheets.agreement.fields["meeting-rhythm"].type = "multichoice"; });
  const read = answers.readRecord(m, "agreement", clone(RECORD_V1));
  assert.deepEqual(read.answers["meeting-rhythm"], ["weekly"]);
});

test("an unreadable record is reported, not read as empty", () => {
  assert.deepEqual(answers.readRecord(manifest(), "agreement", { version: 1 }), { ok: false, reason: "record_unreadable" });
  assert.deepEqual(answers.readRecord(manifest(), "agreement", { version: "x", answers: {} }), { ok: false, reason: "record_unreadable" });
});

test("a row with empty fields equals the same row without them (no needless write)", () => {
  assert.equal(answers.sameValue([{ goal: "x", steps: "" }], [{ goal: "x" }]), true);
  assert.equal(answers.sameValue([{ goal: "x" }], [{ goal: "y" }]), false);
  assert.equal(answers.sameValue([{ goal: "x" }, {}], [{ goal: "x" }]), false);
  assert.deepEqual(answers.merge({ goals: [{ goal: "x" }] }, { goals: [{ goal: "x" }] }, { goals: [{ goal: "x", steps: "" }] }).changed, []);
});
