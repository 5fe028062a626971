#!/usr/bin/env node
/*
 * Worksheet script bundles: the readable sources in docs/assets/javascripts/ (one concern each, JSDoc on every
 * function) joined in load order into one file per page kind and minified by terser (a pinned npm dev dependency),
 * so a page makes one small request. Each source is minified on its own, local names are shortened, and global
 * and property names are kept.
 *   node scripts/bundle_js.js          write the bundles
 *   node scripts/bundle_js.js --check  exit 1 when a bundle differs from its sources (tests/js/ runs this)
 */
"use strict";

const fs = require("node:fs");
const path = require("node:path");
const { minify } = require("terser");

const DIR = path.join(__dirname, "..", "docs", "assets", "javascripts");

/** Bundle name -> sources in load order. */
const BUNDLES = {
  "worksheet.bundle.js": ["ui.js", "answers.js", "storage.js", "fields.js", "shared-recall.js", "worksheet-page.js", "share-button.js", "pdf-links.js"],
  // After it, by what a page offers (overrides/partials/worksheet/pictures-script.html, pictures-pages.html): a
  // picture and "Add to calendar" (goals, the workbook), a picture only, or "Add to calendar" only.
  "pictures.bundle.js": ["lazy.js", "pictures.js", "calendar-button.js"],
  "charts-lazy.bundle.js": ["lazy.js", "pictures.js"],
  "calendar-button.bundle.js": ["lazy.js", "calendar-button.js"],
  // Loaded by pictures.js (lazy.js): when a chart's place nears the screen, on the first change, before printing
  // (with ui-charts.<lang>.js, written by hooks/ui_strings.py), and when a person asks for a calendar file.
  "charts.bundle.js": ["charts.js", "chart-draw.js"],
  "calendar.bundle.js": ["ics.js", "calendar.js"],
  "overview.bundle.js": ["ui.js", "answers.js", "answers-count.js", "storage.js", "overview.js", "share-button.js"],
  // Loaded by overview.js only when a person chooses a file to import.
  "import.bundle.js": ["answers-import.js", "import.js"],
  // Every page, in <head>: language links and search on demand before Material's bundle, embedding before the page is drawn.
  "head.bundle.js": ["language-links.js", "embed.js", "search-on-demand.js"],
  // Other pages that link ready-made PDFs (worksheet pages and the workbook have pdf-links.js in their bundle).
  "pdf-links.bundle.js": ["pdf-links.js"],
  // Loaded by share-button.js only when a person opens the share dialog (on top of a worksheet or My answers bundle).
  "share.bundle.js": ["share.js", "shared-view.js", "share-dialog.js"],
  // Worksheets with fields marked `aggregate: true`: the "Give feedback to the coordinator" button, which loads
  // feedback.bundle.js (the file and its dialog) when pressed.
  "feedback-button.bundle.js": ["feedback-button.js"],
  "feedback.bundle.js": ["feedback.js", "feedback-dialog.js"],
  // The coordinator's evaluation page (kit/evaluation/).
  "evaluation.bundle.js": ["ui.js", "answers.js", "feedback.js", "evaluation.js", "evaluation-page.js"],
  // "Shared with me" (worksheets/shared/).
  "shared.bundle.js": ["ui.js", "answers.js", "storage.js", "share.js", "shared-view.js", "shared-recall.js", "lazy.js", "shared-page.js"],
};

/** Terser's settings: ES5 out (classic scripts that also run from file://), local names shortened, globals and
 *  property names kept (the scripts talk to each other through window.wsX objects and data- attributes). */
const MINIFY = { ecma: 5, compress: { passes: 2 }, mangle: true, format: { comments: false } };

/**
 * One source minified by terser, on its own (each source stays the separate classic script it was written as).
 * @param {string} source
 * @param {string} name file name, for terser's error messages
 * @returns {Promise<string>}
 */
async function compact(source, name = "source.js") {
  const result = await minify({ [name]: source }, MINIFY);
  return result.code;
}

/**
 * The text of one bundle.
 * @param {string[]} sources file names in load order
 * @returns {Promise<string>}
 */
async function build(sources) {
  const header = "/* Built by scripts/bundle_js.js from " + sources.join(", ") + " (read those; edit those, then run `make js`). */\n";
  const parts = [];
  for (const name of sources) parts.push((await compact(fs.readFileSync(path.join(DIR, name), "utf8"), name)) + "\n");
  return header + parts.join("");
}

/**
 * Write the bundles, or with --check report the ones that differ from their sources.
 * @returns {number} exit code
 */
async function main() {
  const check = process.argv.includes("--check");
  let stale = 0;
  for (const [name, sources] of Object.entries(BUNDLES)) {
    const text = await build(sources);
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
if (require.main === module) main().then((code) => { process.exitCode = code; });
