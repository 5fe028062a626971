/*
 * The coordinator's evaluation, pure: a collection of feedback files (each checked by feedback.js, a second copy
 * of one file skipped by its id), the summary per question (counts, median and mean of scales, open answers),
 * small groups suppressed, filters by role and round, the chart descriptions and the CSV. No DOM and no storage:
 * in the browser window.wsEvaluation (load answers.js and feedback.js first), under Node module.exports
 * (tests/js/evaluation.test.js). evaluation-page.js draws what this computes.
 */
(function (root, factory) {
  "use strict";
  var node = typeof module === "object" && module.exports;
  var api = factory(node ? require("./answers.js") : root.wsAnswers, node ? require("./feedback.js") : root.wsFeedback);
  if (node) module.exports = api;
  else root.wsEvaluation = api;
})(typeof self !== "undefined" ? self : this, function (A, FB) {
  "use strict";

  /** A figure based on fewer answers than this is not shown (extra.organisation.evaluation_min_answers). */
  var DEFAULT_THRESHOLD = 5;
  /** The kept summary's format in this browser's storage. */
  var KEPT_FORMAT = "tyouramentorointi-evaluation";
  var KEPT_VERSION = 1;

  /* ------------------------------------------------------------------------------------------------------------
   * The files
   * ---------------------------------------------------------------------------------------------------------- */

  /**
   * An empty collection of feedback files.
   * @returns {{files: Object[], originals: Object[], ids: Object<string, string>}} ids: file id -> file name
   */
  function createCollection() {
    return { files: [], originals: [], ids: {} };
  }

  /**
   * Add one file's text to the collection, or say why it is skipped. Nothing else in the collection changes.
   * @param {Object} collection from createCollection
   * @param {Object} manifest the evaluation page's manifest
   * @param {string} name the file's name, for messages
   * @param {string|Object} content the file's text, or its parsed JSON (a kept copy)
   * @returns {{ok: true, file: Object} | {ok: false, reason: string, params: Object}}
   */
  function addFile(collection, manifest, name, content) {
    var read = typeof content === "string" ? FB.readFeedback(manifest, content) : FB.checkFeedback(manifest, content);
    if (!read.ok) return read;
    if (A.has(collection.ids, read.file.id)) {
      return { ok: false, reason: "eval_error_duplicate", params: { other: collection.ids[read.file.id] } };
    }
    collection.ids[read.file.id] = name;
    collection.files.push(read.file);
    collection.originals.push(read.data);
    return { ok: true, file: read.file };
  }

  /**
   * A round name as compared: spaces tidied, case ignored ("Kevät 2027" and "kevät  2027" are one round).
   * @param {string} round
   * @returns {string}
   */
  function roundKey(round) {
    return FB.tidyRound(round).toLocaleLowerCase();
  }

  /**
   * The rounds the files name, each as first written, sorted; "" stands for files that name none.
   * @param {Object[]} files
   * @returns {Array<{key: string, label: string, count: number}>}
   */
  function rounds(files) {
    var found = {};
    files.forEach(function (file) {
      var key = roundKey(file.round);
      if (!A.has(found, key)) found[key] = { key: key, label: file.round, count: 0 };
      found[key].count += 1;
    });
    return Object.keys(found).sort().map(function (key) { return found[key]; });
  }

  /**
   * The files a filter keeps: role "" for every role, round null for every round ("" for files that name none).
   * @param {Object[]} files
   * @param {{role?: string, round?: string|null}} filter
   * @returns {Object[]}
   */
  function filterFiles(files, filter) {
    var role = (filter && filter.role) || "";
    var round = filter && typeof filter.round === "string" ? roundKey(filter.round) : null;
    return files.filter(function (file) {
      return (!role || file.role === role) && (round === null || roundKey(file.round) === round);
    });
  }

  /**
   * The months the files were made in: {from, to} as "YYYY-MM", or null when none says.
   * @param {Object[]} files
   * @returns {{from: string, to: string}|null}
   */
  function period(files) {
    var months = files.map(function (file) { return file.month; }).filter(Boolean).sort();
    return months.length ? { from: months[0], to: months[months.length - 1] } : null;
  }

  /* ------------------------------------------------------------------------------------------------------------
   * Figures
   * ---------------------------------------------------------------------------------------------------------- */

  /**
   * The median of numbers (the mean of the two middle ones when their count is even); null for none.
   * @param {number[]} values
   * @returns {number|null}
   */
  function median(values) {
    if (!values.length) return null;
    var sorted = values.slice().sort(function (a, b) { return a - b; });
    var middle = Math.floor(sorted.length / 2);
    return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  }

  /**
   * The mean of numbers rounded to two decimals; null for none.
   * @param {number[]} values
   * @returns {number|null}
   */
  function mean(values) {
    if (!values.length) return null;
    var sum = 0;
    values.forEach(function (value) { sum += value; });
    return Math.round(sum / values.length * 100) / 100;
  }

  /**
   * A number as the page's language writes it: "3.5" or "3,5"; with digits 2 always two decimals ("3,00").
   * @param {number|null} value
   * @param {string} decimalMark "." or ","
   * @param {number} [digits] 2 for a mean; otherwise as few as needed (at most two)
   * @returns {string} "" for null
   */
  function formatNumber(value, decimalMark, digits) {
    if (value === null || value === undefined) return "";
    var text = digits === 2 ? value.toFixed(2) : String(Math.round(value * 100) / 100);
    return decimalMark === "," ? text.replace(".", ",") : text;
  }

  /**
   * One question's summary over some files.
   * @param {Object} manifest
   * @param {{id: string, spec: Object, open: boolean}} field
   * @param {Object[]} files the files of its worksheet that the filter keeps
   * @param {number} threshold
   * @returns {{id: string, label: string, type: string, kind: string, n: number, suppressed: boolean,
   *           options: Array<{value: string, label: string, count: number}>|null, median: number|null,
   *           mean: number|null, texts: string[]}}
   */
  function summariseQuestion(manifest, field, files, threshold) {
    var spec = field.spec;
    var kind = field.open ? "open" : spec.type === "scale" ? "scale" : A.valueKind(manifest, spec);
    var labels = A.isPlainObject(spec.option_labels) ? A.clone(spec.option_labels) : {};
    // A scale's ends are named: "1 – Not at all", "5 – A lot".
    if (kind === "scale") {
      if (spec.min_label) labels["1"] = "1 – " + spec.min_label;
      if (spec.max_label) labels["5"] = "5 – " + spec.max_label;
    }
    var options = A.optionsOf(manifest, spec).map(function (value) {
      return { value: value, label: A.has(labels, value) ? labels[value] : value, count: 0 };
    });
    var n = 0;
    var numbers = [];
    var texts = [];
    files.forEach(function (file) {
      var value = file.answers[field.id];
      if (A.isEmpty(value)) return;
      n += 1;
      if (kind === "open") { texts.push(value); return; }
      (Array.isArray(value) ? value : [value]).forEach(function (item) {
        options.forEach(function (option) { if (option.value === item) option.count += 1; });
      });
      if (kind === "scale") numbers.push(Number(value));
    });
    var suppressed = n < threshold;
    return {
      id: field.id,
      label: spec.label || field.id,
      type: spec.type,
      kind: kind,
      n: n,
      suppressed: suppressed,
      options: suppressed || kind === "open" ? null : options,
      median: suppressed || kind !== "scale" ? null : median(numbers),
      mean: suppressed || kind !== "scale" ? null : mean(numbers),
      texts: suppressed ? [] : texts.sort()
    };
  }

  /**
   * The whole summary: per worksheet that has files, each aggregated question. A figure based on fewer than
   * `threshold` answers is suppressed (no counts, no median, no mean, no open answers).
   * @param {Object} manifest the evaluation page's manifest
   * @param {Object[]} files every loaded file
   * @param {{threshold?: number, role?: string, round?: string|null}} options
   * @returns {{n: number, threshold: number, worksheets: Array<{id: string, title: string, n: number,
   *           questions: Object[]}>}}
   */
  function summarise(manifest, files, options) {
    var threshold = options && options.threshold > 0 ? options.threshold : DEFAULT_THRESHOLD;
    var kept = filterFiles(files, options || {});
    var worksheets = [];
    Object.keys((manifest && manifest.worksheets) || {}).forEach(function (worksheetId) {
      var own = kept.filter(function (file) { return file.worksheet === worksheetId; });
      if (!own.length) return;
      worksheets.push({
        id: worksheetId,
        title: manifest.worksheets[worksheetId].title,
        n: own.length,
        questions: FB.aggregateFields(manifest, worksheetId).map(function (field) {
          return summariseQuestion(manifest, field, own, threshold);
        })
      });
    });
    return { n: kept.length, threshold: threshold, worksheets: worksheets };
  }

  /* ------------------------------------------------------------------------------------------------------------
   * Words: chart descriptions and the CSV
   * ---------------------------------------------------------------------------------------------------------- */

  /**
   * The description of a question's chart, in the page's language, from the same figures the chart shows (the
   * chart's title is the question itself).
   * @param {Object} question from summarise
   * @param {function(string, Object=): string} t the page's strings
   * @param {number} threshold
   * @param {string} decimalMark
   * @returns {string}
   */
  function describe(question, t, threshold, decimalMark) {
    if (question.suppressed) return t("eval_suppressed", { threshold: threshold });
    var parts = [t(question.n === 1 ? "eval_chart_answers_one" : "eval_chart_answers", { count: question.n })];
    if (question.options) {
      parts.push(question.options.map(function (option) {
        return t("eval_chart_option", { option: option.label, count: option.count });
      }).join(", ") + ".");
    }
    if (question.kind === "scale") {
      parts.push(t("eval_chart_scale", { median: formatNumber(question.median, decimalMark), mean: formatNumber(question.mean, decimalMark, 2) }));
    }
    return parts.join(" ");
  }

  /**
   * One CSV cell: quoted when it holds the separator, a quote or a line break; a text a spreadsheet would run
   * as a formula (=, +, -, @ first) gets a leading apostrophe.
   * @param {*} value
   * @param {string} separator
   * @returns {string}
   */
  function csvCell(value, separator) {
    var text = value === null || value === undefined ? "" : String(value);
    if (/^[=+\-@\t\r]/.test(text) && !/^-?\d/.test(text)) text = "'" + text;
    if (text.indexOf(separator) !== -1 || /["\n\r]/.test(text)) text = '"' + text.replace(/"/g, '""') + '"';
    return text;
  }

  /**
   * The summary as CSV, one row per question with its count, after a header row; UTF-8 with a byte order mark,
   * so spreadsheet programs read the letters right. With separator ";" numbers get a decimal comma (Finnish Excel).
   * @param {Object} summary from summarise
   * @param {function(string, Object=): string} t
   * @param {{separator?: string}} [options] "," (default) or ";"
   * @returns {string}
   */
  function csv(summary, t, options) {
    var separator = options && options.separator === ";" ? ";" : ",";
    var mark = separator === ";" ? "," : ".";
    var rows = [[t("eval_csv_worksheet"), t("eval_csv_question_id"), t("eval_csv_question"), t("eval_csv_count"),
      t("eval_csv_median"), t("eval_csv_mean"), t("eval_csv_distribution")]];
    summary.worksheets.forEach(function (sheet) {
      sheet.questions.forEach(function (question) {
        var distribution = question.options ? question.options.map(function (option) {
          return option.label + ": " + option.count;
        }).join(" | ") : "";
        rows.push([
          sheet.title, question.id, question.label,
          question.suppressed ? t("eval_fewer_than", { threshold: summary.threshold }) : question.n,
          formatNumber(question.median, mark), formatNumber(question.mean, mark, 2), distribution
        ]);
      });
    });
    return "\ufeff" + rows.map(function (row) {
      return row.map(function (cell) { return csvCell(cell, separator); }).join(separator);
    }).join("\r\n") + "\r\n";
  }

  /* ------------------------------------------------------------------------------------------------------------
   * Kept in this browser (only when the coordinator asks)
   * ---------------------------------------------------------------------------------------------------------- */

  /**
   * What "keep in this browser" stores: the files as read, so the summary and its filters come back as they were.
   * @param {Object} collection
   * @param {Date} [now]
   * @returns {{format: string, version: number, kept: string, files: Object[]}}
   */
  function makeKept(collection, now) {
    return { format: KEPT_FORMAT, version: KEPT_VERSION, kept: (now || new Date()).toISOString(), files: A.clone(collection.originals) };
  }

  /**
   * A kept summary read back into a new collection; each file checked again like a file (a broken one is left out).
   * @param {Object} manifest
   * @param {*} data
   * @param {string} name what a duplicate message calls these files (file names are not kept)
   * @returns {{ok: boolean, collection?: Object, kept?: string, skipped?: number}}
   */
  function readKept(manifest, data, name) {
    if (!A.isPlainObject(data) || data.format !== KEPT_FORMAT || data.version !== KEPT_VERSION || !Array.isArray(data.files)) return { ok: false };
    var collection = createCollection();
    var skipped = 0;
    data.files.forEach(function (file, index) {
      if (!addFile(collection, manifest, name || String(index + 1), file).ok) skipped += 1;
    });
    return { ok: true, collection: collection, kept: typeof data.kept === "string" ? data.kept : "", skipped: skipped };
  }

  return {
    DEFAULT_THRESHOLD: DEFAULT_THRESHOLD,
    KEPT_FORMAT: KEPT_FORMAT,
    createCollection: createCollection,
    addFile: addFile,
    rounds: rounds,
    roundKey: roundKey,
    filterFiles: filterFiles,
    period: period,
    median: median,
    mean: mean,
    formatNumber: formatNumber,
    summarise: summarise,
    describe: describe,
    csvCell: csvCell,
    csv: csv,
    makeKept: makeKept,
    readKept: readKept
  };
});
