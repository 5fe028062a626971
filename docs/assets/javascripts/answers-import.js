/*
 * Importing answers files, on top of answers.js: validation of an answers file with a reason key for every
 * refusal (answers to fields and options that no longer exist are kept and counted, not refused), file size,
 * row limit, real calendar dates, and what an import adds or replaces. My answers loads it (import.bundle.js)
 * only when a person chooses a file. Pure, like answers.js: in the browser it extends window.wsAnswers (load
 * answers.js and answers-count.js first); under Node it returns answers.js's API with these functions added.
 */
(function (root, factory) {
  "use strict";
  var core = typeof module === "object" && module.exports ? require("./answers-count.js") : root.wsAnswers;
  var api = factory(core);
  Object.keys(api).forEach(function (key) { core[key] = api[key]; });
  if (typeof module === "object" && module.exports) module.exports = core;
})(typeof self !== "undefined" ? self : this, function (A) {
  "use strict";

  /**
   * True for "YYYY-MM-DD" naming a real calendar day (2025-02-30 is not one).
   * @param {string} text
   * @returns {boolean}
   */
  function isRealDate(text) {
    var match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
    if (!match) return false;
    var year = +match[1], month = +match[2], day = +match[3];
    if (month < 1 || month > 12 || day < 1) return false;
    var days = [31, (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
    return day <= days[month - 1];
  }


  /**
   * Megabytes with one decimal, as shown in messages.
   * @param {number} bytes
   * @returns {string}
   */
  function megabytes(bytes) {
    return (Math.round(bytes / 1048576 * 10) / 10).toFixed(1);
  }


  /**
   * Why a value cannot be imported into a field: a reason key, or null when it can (orphan options are fine).
   * @param {Object} manifest
   * @param {Object} spec
   * @param {*} value
   * @returns {string|null}
   */
  function invalidReason(manifest, spec, value) {
    var kind = A.valueKind(manifest, spec);
    if (kind === "group") {
      if (!Array.isArray(value)) return "import_reason_type";
      if (value.length > A.limitsOf(manifest).max_rows) return "import_reason_rows";
      for (var i = 0; i < value.length; i++) {
        if (!A.isPlainObject(value[i])) return "import_reason_type";
        var keys = Object.keys(value[i]);
        for (var k = 0; k < keys.length; k++) {
          var child = A.currentId(spec.fields, keys[k]);
          if (child === null) continue; // kept as an answer from an earlier version
          var reason = invalidReason(manifest, spec.fields[child], value[i][keys[k]]);
          if (reason) return reason;
        }
      }
      return null;
    }
    if (kind === "multichoice" || kind === "choice") {
      var items = Array.isArray(value) ? value : [value];
      if (kind === "choice" && Array.isArray(value) && value.length > 1) return "import_reason_type";
      for (var j = 0; j < items.length; j++) if (typeof items[j] !== "string") return "import_reason_type";
      return null;
    }
    if (typeof value !== "string") return "import_reason_type";
    var max = A.maxLengthOf(manifest, spec);
    if (max !== null && value.length > max) return "import_reason_long";
    if (kind === "date" && value !== "" && !isRealDate(value)) return "import_reason_date";
    return null;
  }


  /**
   * A refusal: the message key and its parameters.
   * @param {string} reason
   * @param {Object} [params]
   * @returns {{ok: false, reason: string, params: Object}}
   */
  function refuse(reason, params) {
    return { ok: false, reason: reason, params: params || {} };
  }


  /**
   * Check the size of a file before reading it.
   * @param {Object} manifest
   * @param {number} bytes
   * @returns {{ok: boolean, reason?: string, params?: Object}}
   */
  function checkFileSize(manifest, bytes) {
    var max = A.limitsOf(manifest).max_file_bytes;
    if (typeof max === "number" && bytes > max) {
      return refuse("import_error_size", { size: megabytes(bytes), max: megabytes(max) });
    }
    return { ok: true };
  }


  /**
   * Validate a parsed answers file against the manifest. All or nothing: a refusal names the first problem.
   * Unknown fields and options are accepted, kept as answers from an earlier version, and reported as warnings.
   * @param {Object} manifest
   * @param {*} data parsed JSON
   * @returns {{ok: true, worksheets: Object<string, {answers: Object, earlier: Object}>, earlierCount: number,
   *           fieldCount: number} | {ok: false, reason: string, params: Object}}
   */
  function validateFile(manifest, data) {
    if (!A.isPlainObject(data) || data.format !== A.FORMAT) return refuse("import_error_format");
    var migrated = A.migrate(data, "file");
    if (!migrated.ok) return migrated;
    data = migrated.data;
    if (!A.isPlainObject(data.worksheets)) return refuse("import_error_format");
    var ids = Object.keys(data.worksheets);
    if (ids.length === 0) return refuse("import_error_empty");
    var fileEarlier = A.isPlainObject(data.earlier) ? data.earlier : {};
    var result = {};
    var earlierCount = 0;
    var fieldCount = 0;
    for (var i = 0; i < ids.length; i++) {
      var id = ids[i];
      if (!A.has(manifest.worksheets, id)) return refuse("import_error_worksheet", { worksheet: A.shortId(id) });
      var sheet = manifest.worksheets[id];
      var answers = data.worksheets[id];
      if (!A.isPlainObject(answers)) return refuse("import_error_format");
      if (A.has(fileEarlier, id) && !A.isPlainObject(fileEarlier[id])) return refuse("import_error_format");
      var fieldIds = Object.keys(answers);
      for (var f = 0; f < fieldIds.length; f++) {
        var target = A.currentId(sheet.fields, fieldIds[f]);
        if (target === null) continue;
        var reason = invalidReason(manifest, sheet.fields[target], answers[fieldIds[f]]);
        if (reason) return refuse("import_error_field", { worksheet: sheet.title, field: A.shortId(fieldIds[f]), reason: reason });
      }
      var earlier = A.has(fileEarlier, id) ? A.clone(fileEarlier[id]) : {};
      var known = Object.keys(earlier).length;
      var normalised = A.normaliseAnswers(manifest, sheet.fields, answers, "", earlier);
      earlierCount += A.earlierEntries(earlier).length - known;
      fieldCount += A.count(manifest, id, normalised).filled;
      result[id] = { answers: normalised, earlier: earlier };
    }
    return { ok: true, worksheets: result, earlierCount: earlierCount, fieldCount: fieldCount };
  }


  /**
   * Rows beyond the limit are never silently dropped: the number of groups over the limit in some answers.
   * @param {Object} manifest
   * @param {Object} answers
   * @returns {boolean} true when every group is within max_rows
   */
  function withinRowLimit(manifest, answers) {
    var max = A.limitsOf(manifest).max_rows;
    return Object.keys(answers || {}).every(function (id) {
      return !Array.isArray(answers[id]) || answers[id].length <= max;
    });
  }


  /**
   * What an import would do to stored answers: fields it adds, changes, and (on replace) removes.
   * @param {Object} stored normalised stored answers of one worksheet
   * @param {Object} incoming normalised answers from the file
   * @param {string} mode "add" or "replace"
   * @returns {{answers: Object, changes: number}}
   */
  function applyImport(stored, incoming, mode) {
    var result = mode === "replace" ? {} : A.clone(stored || {});
    Object.keys(incoming).forEach(function (id) {
      if (!A.isEmpty(incoming[id])) result[id] = A.clone(incoming[id]);
    });
    var changes = A.changedIds(stored || {}, result).filter(function (id) {
      return A.has(stored, id) && !A.isEmpty(stored[id]);
    }).length;
    return { answers: result, changes: changes };
  }

  return {
    isRealDate: isRealDate,
    megabytes: megabytes,
    checkFileSize: checkFileSize,
    validateFile: validateFile,
    withinRowLimit: withinRowLimit,
    applyImport: applyImport
  };
});
