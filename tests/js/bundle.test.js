/* The page bundles are up to date with their sources, run as the sources do, and have every UI string they use. */
"use strict";

const test = require("node:test");
const assert = require("node:assert/strict");
const fs = require("node:fs");
const path = require("node:path");
const vm = require("node:vm");
const { build, compact, BUNDLES } = require("../../scripts/bundle_js.js");

const ROOT = path.join(__dirname, "..", "..");
const DIR = path.join(ROOT, "docs", "assets", "javascripts");

for (const [name, sources] of Object.entries(BUNDLES)) {
  test(`${name} matches its sources (run \`make js\` after editing them)`, async () => {
    assert.equal(fs.readFileSync(path.join(DIR, name), "utf8"), await build(sources));
  });
}

test("minifying keeps strings, regular expressions and global names", async () => {
  const source = 'var wsGlobal = function (longName) { return longName.replace(/\\/\\//g, "-") + "x /* kept */ y"; }; // gone\n';
  const code = await compact(source);
  assert.match(code, /wsGlobal/);
  assert.doesNotMatch(code, /longName|gone/);
  const sandbox = {};
  vm.runInNewContext(code, sandbox);
  assert.equal(sandbox.wsGlobal("a//b"), "a-bx /* kept */ y");
});
test("the pure module behaves the same minified", async () => {
  const sandbox = { module: undefined, self: {} };
  vm.runInNewContext(await compact(fs.readFileSync(path.join(DIR, "answers.js"), "utf8")), sandbox);
  const api = sandbox.self.wsAnswers;
  assert.equal(JSON.stringify(api.merge({ a: "1" }, {}, { b: "2" }).answers), JSON.stringify({ a: "1", b: "2" }));
  assert.equal(api.readRecord(null, "x", { version: 2, answers: {} }).ok, false);
});

// The pictures' and the calendar's strings come with their code, in ui-charts.<lang>.js and ui-calendar.<lang>.js
// (toolkit/ui.py ON_DEMAND_STRINGS).
const ON_DEMAND_PREFIX = /^(chart|calendar)_/;

for (const [kind, bundles] of [["worksheet", ["worksheet.bundle.js", "pictures.bundle.js", "charts-lazy.bundle.js", "calendar-button.bundle.js", "share.bundle.js", "charts.bundle.js", "calendar.bundle.js", "feedback-button.bundle.js", "feedback.bundle.js"]], ["overview", ["overview.bundle.js", "import.bundle.js", "share.bundle.js"]], ["shared", ["shared.bundle.js", "charts.bundle.js"]], ["evaluation", ["evaluation.bundle.js"]]]) {
  test(`${kind} pages get every UI string their scripts ask for`, () => {
    // The feedback dialog's strings come with its markup (feedback-page.js), the others with the page.
    const partial = ["script-strings.html", "feedback-page.js"].map((name) => fs.readFileSync(path.join(ROOT, "overrides", "partials", "worksheet", name), "utf8")).join("\n");
    // Worksheet pages also get the pictures', the calendar's and the feedback dialog's strings where they are shown.
    const listed = new Set();
    for (const list of kind === "worksheet" ? ["worksheet", "charts", "calendar", "feedback"] : [kind]) {
      const block = new RegExp(`"${list}": \\[([^\\]]*)\\]`).exec(partial);
      assert.ok(block, `no "${list}" list in script-strings.html`);
      for (const m of block[1].matchAll(/"([a-z_]+)"/g)) listed.add(m[1]);
    }
    // What only the share dialog says arrives with it (share-ui.<lang>.js, from partials/worksheet/share-ui.js).
    if (kind !== "shared") {
      const shareUi = fs.readFileSync(path.join(ROOT, "overrides", "partials", "worksheet", "share-ui.js"), "utf8");
      const block = /set keys = \[([^\]]*)\]/.exec(shareUi);
      assert.ok(block, "no keys list in share-ui.js");
      for (const m of block[1].matchAll(/"([a-z_]+)"/g)) listed.add(m[1]);
    }
    const known = new Set([...fs.readFileSync(path.join(ROOT, "i18n", "ui.en.yml"), "utf8").matchAll(/^([a-z_]+):/gm)].map((m) => m[1]));
    const used = new Set();
    for (const source of bundles.flatMap((bundle) => BUNDLES[bundle])) {
      const text = fs.readFileSync(path.join(DIR, source), "utf8");
      for (const m of text.matchAll(/\bt\("([a-z_]+)"/g)) used.add(m[1]);
      // My answers also translates the refusal keys the answers model returns for a file.
      if (kind === "overview") for (const m of text.matchAll(/"(import_(?:error|reason)_[a-z_]+)"/g)) used.add(m[1]);
      // "Shared with me" translates the refusal keys share.js returns.
      if (kind === "shared") for (const m of text.matchAll(/"(share_error_[a-z_]+)"/g)) used.add(m[1]);
      // The evaluation page translates the refusal keys feedback.js and evaluation.js return for a file.
      if (kind === "evaluation") for (const m of text.matchAll(/"(eval_error_[a-z_]+)"/g)) used.add(m[1]);
    }
    assert.ok(used.size > 5);
    for (const key of used) {
      assert.ok(known.has(key), `${key} is not in i18n/ui.en.yml`);
      assert.ok(listed.has(key) || ON_DEMAND_PREFIX.test(key), `${key} is used by ${bundles.join(", ")} but not listed for "${kind}" in script-strings.html`);
    }
  });
}

test("the pictures' and the calendar's code and strings go to the pages they draw on and offer the calendar on", () => {
  const partial = fs.readFileSync(path.join(ROOT, "overrides", "partials", "worksheet", "pictures-pages.html"), "utf8");
  const pictures = fs.readFileSync(path.join(DIR, "pictures.js"), "utf8");
  const pages = (name) => [...new RegExp(`"${name}": \\[([^\\]]*)\\]`).exec(partial)[1].matchAll(/"([a-z-]+)"/g)].map((m) => m[1]);
  const charts = Object.keys(JSON.parse(/var CHARTS = (\{[^}]*\})/.exec(pictures)[1].replace(/([a-z-]+):/g, '"$1":').replace(/""/g, '"')));
  const button = fs.readFileSync(path.join(DIR, "calendar-button.js"), "utf8");
  const calendar = JSON.parse(/var CALENDAR_SOURCES = (\[[^\]]*\])/.exec(button)[1]);
  assert.deepEqual(pages("charts").sort(), charts.sort());
  assert.deepEqual(pages("calendar").sort(), calendar.sort());
  const ui = fs.readFileSync(path.join(ROOT, "toolkit", "ui.py"), "utf8");
  assert.match(ui, /ON_DEMAND_STRINGS[^=]*= \{"ui-charts": "chart_", "ui-calendar": "calendar_"\}/, "the prefixes above are toolkit/ui.py's");
});
