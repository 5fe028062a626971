#!/usr/bin/env node
/*
 * Worksheet script bundles: the readable sources in docs/assets/javascripts/ (one concern each, JSDoc on every
 * function) joined in load order into one file per page kind, with comments and spare whitespace left out, so a
 * page makes one small request. Tokens are re-emitted exactly as written (acorn's tokenizer tells a regular
 * expression from a division), a line break is kept wherever the source had one between two tokens (so automatic
 * semicolon insertion reads the code as before), and nothing is renamed.
 *   node scripts/bundle_js.js          write the bundles
 *   node scripts/bundle_js.js --check  exit 1 when a bundle differs from its sources (tests/js/ runs this)
 */
"use strict";

const fs = require("node:fs");
const path = require("node:path");
const acorn = require("acorn");

const DIR = path.join(__dirname, "..", "docs", "assets", "javascripts");

/** Bundle name -> sources in load order. */
const BUNDLES = {
  "worksheet.bundle.js": ["ui.js", "answers.js", "storage.js", "fields.js", "shared-recall.js", "worksheet-page.js", "share-button.js"],
  // After it, on the worksheets with a picture or "Add to calendar" and on the workbook
  // (overrides/partials/worksheet/pictures-pages.html).
  "pictures.bundle.js": ["lazy.js", "pictures.js"],
  // Loaded by pictures.js (lazy.js): when a chart's place nears the screen, on the first change, before printing
  // (with ui-charts.<lang>.js, written by hooks/ui_strings.py), and when a person asks for a calendar file.
  "charts.bundle.js": ["charts.js", "chart-draw.js"],
  "calendar.bundle.js": ["ics.js", "calendar.js"],
  "overview.bundle.js": ["ui.js", "answers.js", "answers-count.js", "storage.js", "overview.js", "share-button.js"],
  // Loaded by overview.js only when a person chooses a file to import.
  "import.bundle.js": ["answers-import.js", "import.js"],
  // Every page, in <head>: language links before Material's bundle, embedding before the page is drawn.
  "head.bundle.js": ["language-links.js", "embed.js"],
  // Every page, just before Material's bundle: search loads only when a person starts searching.
  "search-on-demand.bundle.js": ["search-on-demand.js"],
  // Pages that link ready-made PDFs.
  "pdf-links.bundle.js": ["pdf-links.js"],
  // Loaded by share-button.js only when a person opens the share dialog (on top of a worksheet or My answers bundle).
  "share.bundle.js": ["share.js", "shared-view.js", "share-dialog.js"],
  // "Shared with me" (worksheets/shared/).
  "shared.bundle.js": ["ui.js", "answers.js", "storage.js", "share.js", "shared-view.js", "shared-recall.js", "lazy.js", "shared-page.js"],
};

/**
 * A word-like character: two tokens that end and start with one need a space between them.
 * @param {string} ch
 * @returns {boolean}
 */
function wordy(ch) {
  return /[A-Za-z0-9_$\\]/.test(ch || "");
}

/**
 * One source without comments and spare whitespace.
 * @param {string} source
 * @returns {string}
 */
function compact(source) {
  const out = [];
  let previousEnd = 0;
  let previous = "";
  for (const token of acorn.tokenizer(source, { ecmaVersion: 5, allowHashBang: false })) {
    const text = source.slice(token.start, token.end);
    const gap = source.slice(previousEnd, token.start);
    if (out.length) {
      if (/[\n\r\u2028\u2029]/.test(gap.replace(/\/\*[\s\S]*?\*\//g, (c) => (/[\n\r]/.test(c) ? "\n" : " ")).replace(/\/\/[^\n\r]*/g, ""))) out.push("\n");
      else if (wordy(previous.slice(-1)) && wordy(text[0])) out.push(" ");
      else if ((previous.slice(-1) === "+" && text[0] === "+") || (previous.slice(-1) === "-" && text[0] === "-")) out.push(" ");
      else if (previous.slice(-1) === "/" && text[0] === "/") out.push(" ");
    }
    out.push(text);
    previous = text;
    previousEnd = token.end;
  }
  return out.join("");
}

/**
 * The text of one bundle.
 * @param {string[]} sources file names in load order
 * @returns {string}
 */
function build(sources) {
  const header = "/* Built by scripts/bundle_js.js from " + sources.join(", ") + " (read those; edit those, then run `make js`). */\n";
  return header + sources.map((name) => compact(fs.readFileSync(path.join(DIR, name), "utf8")) + "\n").join("");
}

/**
 * Write the bundles, or with --check report the ones that differ from their sources.
 * @returns {number} exit code
 */
function main() {
  const check = process.argv.includes("--check");
  let stale = 0;
  for (const [name, sources] of Object.entries(BUNDLES)) {
    const text = build(sources);
    const file = path.join(DIR, name);
    const current = fs.existsSync(file) ? fs.readFileSync(file, "utf8") : null;
    if (check) {
      if (current !== text) {
        stale += 1;
        console.error(`${path.relative(process.cwd(), file)} is out of date: run \`make js\` and commit it.`);
      }
    } else if (current !== text) {
      fs.writeFileSync(file, text);
      console.log(`wrote ${path.relative(process.cwd(), file)} (${text.length} bytes)`);
    }
  }
  return stale ? 1 : 0;
}

module.exports = { compact, build, BUNDLES };
if (require.main === module) process.exit(main());
