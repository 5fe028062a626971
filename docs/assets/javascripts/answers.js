/*
 * Answers model: the answers format, its versions and migrations, renamed fields and options, answers from an
 * earlier version of the site, field-level merging and limits. Checking and importing files, and counting, are in
 * answers-files.js (only My answers loads them).
 * Pure: no DOM, no storage. Field types and limits come from the manifest the build writes (#ws-manifest);
 * nothing here repeats them. Runs as a classic script in the browser (window.wsAnswers) and under Node
 * (module.exports), where tests/js/ checks it with `node --test`.
 *
 * Format (version 1, since the first release):
 *   record at "<namespace>:worksheet:<id>":  {version: 1, updated: ISO time, answers: {fieldId: value},
 *                                             earlier?: {path: value}}
 *   answers file:                            {format: FORMAT, version: 1, exported: ISO time,
 *                                             worksheets: {id: answers}, earlier?: {id: {path: value}}}
 * "earlier" holds answers to fields or options that no longer exist (optional; older records and files have none).
 * A future version N+1 adds MIGRATIONS[N], a function from a version-N record or file to version N+1.
 */
(function (root, factory) {
  "use strict";
  var api = factory();
  if (typeof module === "object" && module.exports) module.exports = api;
  else root.wsAnswers = api;
})(typeof self !== "undefined" ? self : this, function () {
  "use strict";

  var FORMAT = "tyouramentorointi-answers";
  var VERSION = 1;
  var ID_SHOWN_MAX = 40;

  /**
   * Migrations keyed by the version they start from: MIGRATIONS[n] turns a version-n record or file into n+1.
   * Each gets {kind: "record"|"file", data} and returns the new data. Version 1 is the current format.
   * @type {Object<number, function({kind: string, data: Object}): Object>}
   */
  var MIGRATIONS = {};

  /* ------------------------------------------------------------------------------------------------------------
   * Small helpers
   * ---------------------------------------------------------------------------------------------------------- */

  /**
   * True for a plain object (not null, not an array).
   * @param {*} value
   * @returns {boolean}
   */
  function isPlainObject(value) {
    return value !== null && typeof value === "object" && !Array.isArray(value);
  }

  /**
   * Own-property test that ignores the prototype ("constructor", "__proto__" are not field ids).
   * @param {Object} object
   * @param {string} key
   * @returns {boolean}
   */
  function has(object, key) {
    return isPlainObject(object) && Object.prototype.hasOwnProperty.call(object, key);
  }

  /**
   * True when a value holds nothing a person typed or chose: "", null, [], rows with only empty fields.
   * @param {*} value
   * @returns {boolean}
   */
  function isEmpty(value) {
    if (value === undefined || value === null || value === "") return true;
    if (Array.isArray(value)) return value.every(isEmpty);
    if (isPlainObject(value)) return Object.keys(value).every(function (key) { return isEmpty(value[key]); });
    return false;
  }

  /**
   * Deep equality of JSON values (answers, rows); empty values are equal to each other.
   * @param {*} a
   * @param {*} b
   * @returns {boolean}
   */
  function sameValue(a, b) {
    if (isEmpty(a) && isEmpty(b)) return true;
    return JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));
  }

  /**
   * A value with empty members of objects left out and keys sorted, so {goal: "x", steps: ""} equals {goal: "x"}.
   * @param {*} value
   * @returns {*}
   */
  function canonical(value) {
    if (Array.isArray(value)) return value.map(canonical);
    if (isPlainObject(value)) {
      var out = {};
      Object.keys(value).sort().forEach(function (key) { if (!isEmpty(value[key])) out[key] = canonical(value[key]); });
      return out;
    }
    return value;
  }

  /**
   * A copy of a JSON value.
   * @param {*} value
   * @returns {*}
   */
  function clone(value) {
    return value === undefined ? undefined : JSON.parse(JSON.stringify(value));
  }

  /**
   * An id as shown in a message: at most ID_SHOWN_MAX characters, longer ones cut with "…".
   * @param {*} id
   * @returns {string}
   */
  function shortId(id) {
    var text = String(id);
    return text.length > ID_SHOWN_MAX ? text.slice(0, ID_SHOWN_MAX - 1) + "…" : text;
  }

  /* ------------------------------------------------------------------------------------------------------------
   * Manifest: field specs, value kinds, limits
   * ---------------------------------------------------------------------------------------------------------- */

  /**
   * The value kind of a field spec ("text", "date", "choice", "multichoice", "group") from the manifest's types.
   * @param {Object} manifest
   * @param {Object} spec
   * @returns {string|null}
   */
  function valueKind(manifest, spec) {
    if (!spec) return null;
    if (spec.type === "group") return "group";
    var type = manifest && manifest.types && manifest.types[spec.type];
    return type && type.value ? type.value : null;
  }

  /**
   * The options a choice field accepts: its own, or its type's (a scale's 1–5).
   * @param {Object} manifest
   * @param {Object} spec
   * @returns {string[]}
   */
  function optionsOf(manifest, spec) {
    if (spec && Array.isArray(spec.options)) return spec.options;
    var type = manifest && manifest.types && spec && manifest.types[spec.type];
    return type && Array.isArray(type.options) ? type.options : [];
  }

  /**
   * The length limit of a text field: its own maxlength, else its type's; null when none.
   * @param {Object} manifest
   * @param {Object} spec
   * @returns {number|null}
   */
  function maxLengthOf(manifest, spec) {
    if (spec && typeof spec.maxlength === "number") return spec.maxlength;
    var type = manifest && manifest.types && spec && manifest.types[spec.type];
    return type && typeof type.maxlength === "number" ? type.maxlength : null;
  }

  /**
   * The limits every part of the site uses (rows, file size), from the manifest.
   * @param {Object} manifest
   * @returns {{max_rows: number, max_file_bytes: number}}
   */
  function limitsOf(manifest) {
    var limits = (manifest && manifest.limits) || {};
    return { max_rows: limits.max_rows, max_file_bytes: limits.max_file_bytes };
  }

  /* ------------------------------------------------------------------------------------------------------------
   * Versions and migrations
   * ---------------------------------------------------------------------------------------------------------- */

  /**
   * Bring a record or file of any known version up to the current one by running the migration chain.
   * @param {Object} data a record ({version, answers}) or a file ({format, version, worksheets})
   * @param {string} kind "record" or "file"
   * @param {{migrations?: Object, target?: number}} [options] injected chain and target (tests)
   * @returns {{ok: boolean, data?: Object, reason?: string, params?: Object}}
   */
  function migrate(data, kind, options) {
    var migrations = (options && options.migrations) || MIGRATIONS;
    var target = (options && options.target) || VERSION;
    if (!has(data, "version")) return { ok: false, reason: "import_error_version_missing", params: {} };
    var version = data.version;
    if (typeof version !== "number" || version % 1 !== 0 || version < 1) {
      return { ok: false, reason: "import_error_version_type", params: { version: shortId(JSON.stringify(version)) } };
    }
    if (version > target) {
      return { ok: false, reason: "import_error_version", params: { version: version, supported: target } };
    }
    var current = clone(data);
    while (current.version < target) {
      var step = migrations[current.version];
      if (typeof step !== "function") {
        return { ok: false, reason: "import_error_version", params: { version: version, supported: target } };
      }
      var from = current.version;
      current = step({ kind: kind, data: current });
      if (!isPlainObject(current) || current.version !== from + 1) throw new Error("migration " + from + " did not produce version " + (from + 1));
    }
    return { ok: true, data: current };
  }

  /* ------------------------------------------------------------------------------------------------------------
   * Renamed fields and options; answers from an earlier version
   * ---------------------------------------------------------------------------------------------------------- */

  /**
   * Find the current id for a stored id: itself when it is a field, else the field whose renamed_from names it.
   * @param {Object} fields manifest fields of a worksheet or group
   * @param {string} id
   * @returns {string|null}
   */
  function currentId(fields, id) {
    if (has(fields, id)) return id;
    var ids = Object.keys(fields || {});
    for (var i = 0; i < ids.length; i++) {
      var from = fields[ids[i]].renamed_from;
      if ((Array.isArray(from) && from.indexOf(id) !== -1) || from === id) return ids[i];
    }
    return null;
  }

  /**
   * Put a value aside under "earlier" without overwriting another one already there.
   * @param {Object} earlier
   * @param {string} path
   * @param {*} value
   */
  function keepEarlier(earlier, path, value) {
    if (isEmpty(value)) return;
    var key = path;
    for (var n = 2; has(earlier, key) && !sameValue(earlier[key], value); n++) key = path + "#" + n;
    earlier[key] = clone(value);
  }

  /**
   * Map a choice value through renamed_options; values that are no longer options go to "earlier".
   * @param {Object} manifest
   * @param {Object} spec field spec
   * @param {*} value stored value
   * @param {string} path where an orphan goes under "earlier"
   * @param {Object} earlier
   * @returns {*} the value to show in the field
   */
  function normaliseChoice(manifest, spec, value, path, earlier) {
    var options = optionsOf(manifest, spec);
    var renamed = isPlainObject(spec.renamed_options) ? spec.renamed_options : {};
    var kind = valueKind(manifest, spec);
    var values = Array.isArray(value) ? value : [value];
    var kept = [];
    var orphans = [];
    values.forEach(function (item) {
      if (item === "" || item === null || item === undefined) return;
      var mapped = typeof item === "string" && has(renamed, item) ? renamed[item] : item;
      if (typeof mapped === "string" && options.indexOf(mapped) !== -1) {
        if (kept.indexOf(mapped) === -1) kept.push(mapped);
      } else orphans.push(item);
    });
    if (kind === "choice" && kept.length > 1) orphans = orphans.concat(kept.splice(1));
    if (orphans.length) keepEarlier(earlier, path, Array.isArray(value) || kind === "multichoice" ? orphans : orphans[0]);
    if (kind === "multichoice") return kept;
    return kept.length ? kept[0] : "";
  }

  /**
   * One field's stored value as the current field expects it; what does not fit goes to "earlier".
   * @param {Object} manifest
   * @param {Object} spec
   * @param {*} value
   * @param {string} path
   * @param {Object} earlier
   * @returns {*}
   */
  function normaliseValue(manifest, spec, value, path, earlier) {
    var kind = valueKind(manifest, spec);
    if (kind === "group") {
      if (!Array.isArray(value)) { keepEarlier(earlier, path, value); return []; }
      return value.map(function (row, index) {
        if (!isPlainObject(row)) { keepEarlier(earlier, path + "." + (index + 1), row); return {}; }
        return normaliseAnswers(manifest, spec.fields, row, path + "." + (index + 1) + ".", earlier);
      });
    }
    if (kind === "choice" || kind === "multichoice") return normaliseChoice(manifest, spec, value, path, earlier);
    if (typeof value === "string") return value;
    keepEarlier(earlier, path, value);
    return "";
  }

  /**
   * Answers as the current fields expect them: renamed ids and options mapped, the rest put under "earlier".
   * @param {Object} manifest
   * @param {Object} fields manifest fields (of a worksheet or a group)
   * @param {Object} answers stored answers
   * @param {string} prefix path prefix for "earlier" entries ("" or "group.2.")
   * @param {Object} earlier collects answers with no place now
   * @returns {Object}
   */
  function normaliseAnswers(manifest, fields, answers, prefix, earlier) {
    var result = {};
    var ids = Object.keys(answers || {});
    // Current ids first, so an answer saved under a field's new id always wins over one under its old id.
    ids.filter(function (id) { return has(fields, id); }).forEach(function (id) {
      result[id] = normaliseValue(manifest, fields[id], answers[id], prefix + id, earlier);
    });
    ids.filter(function (id) { return !has(fields, id); }).forEach(function (id) {
      var target = currentId(fields, id);
      if (target === null || (has(result, target) && !isEmpty(result[target]))) {
        keepEarlier(earlier, prefix + id, answers[id]);
        return;
      }
      result[target] = normaliseValue(manifest, fields[target], answers[id], prefix + target, earlier);
    });
    return result;
  }

  /**
   * A stored record read for the current site: migrated, renames applied, orphans under "earlier".
   * @param {Object} manifest
   * @param {string} worksheetId
   * @param {Object|null} record parsed record or null when nothing is stored
   * @returns {{ok: boolean, answers?: Object, earlier?: Object, updated?: string, reason?: string}}
   */
  function readRecord(manifest, worksheetId, record) {
    if (record === null || record === undefined) return { ok: true, answers: {}, earlier: {}, updated: null };
    if (!isPlainObject(record) || !isPlainObject(record.answers)) return { ok: false, reason: "record_unreadable" };
    var migrated = migrate(record, "record");
    if (!migrated.ok) return { ok: false, reason: "record_unreadable" };
    var data = migrated.data;
    var earlier = isPlainObject(data.earlier) ? clone(data.earlier) : {};
    var sheet = manifest && manifest.worksheets && manifest.worksheets[worksheetId];
    var answers = sheet ? normaliseAnswers(manifest, sheet.fields, data.answers, "", earlier) : clone(data.answers);
    return { ok: true, answers: answers, earlier: earlier, updated: typeof data.updated === "string" ? data.updated : null };
  }

  /**
   * A record to store, in the current format.
   * @param {Object} answers
   * @param {Object} earlier
   * @param {Date} [now]
   * @returns {Object}
   */
  function makeRecord(answers, earlier, now) {
    var record = { version: VERSION, updated: (now || new Date()).toISOString(), answers: answers };
    if (earlier && Object.keys(earlier).length) record.earlier = earlier;
    return record;
  }

  /* ------------------------------------------------------------------------------------------------------------
   * Field-level merging
   * ---------------------------------------------------------------------------------------------------------- */

  /**
   * Merge this tab's changes into the answers stored now. A field this tab changed (current differs from base,
   * what the tab last loaded or saved) takes this tab's value; every other field keeps the stored value.
   * A repeatable group is one value, compared as a whole.
   * @param {Object} stored answers in storage now
   * @param {Object} base answers this tab last read or wrote
   * @param {Object} current answers on this page now
   * @returns {{answers: Object, changed: string[], conflicts: string[]}}
   */
  function merge(stored, base, current) {
    var result = clone(stored || {});
    var changed = [];
    var conflicts = [];
    var ids = Object.keys(current || {});
    Object.keys(base || {}).forEach(function (id) { if (ids.indexOf(id) === -1) ids.push(id); });
    ids.forEach(function (id) {
      var mine = has(current, id) ? current[id] : "";
      var before = has(base, id) ? base[id] : "";
      if (sameValue(mine, before)) return;
      var theirs = has(stored, id) ? stored[id] : "";
      if (!sameValue(theirs, before) && !sameValue(theirs, mine)) conflicts.push(id);
      changed.push(id);
      if (isEmpty(mine)) delete result[id];
      else result[id] = clone(mine);
    });
    return { answers: result, changed: changed, conflicts: conflicts };
  }

  /**
   * Ids whose values differ between two answers objects.
   * @param {Object} a
   * @param {Object} b
   * @returns {string[]}
   */
  function changedIds(a, b) {
    var ids = Object.keys(a || {});
    Object.keys(b || {}).forEach(function (id) { if (ids.indexOf(id) === -1) ids.push(id); });
    return ids.filter(function (id) { return !sameValue(has(a, id) ? a[id] : "", has(b, id) ? b[id] : ""); });
  }

  /* ------------------------------------------------------------------------------------------------------------
   * Answers from an earlier version, answers files
   * ---------------------------------------------------------------------------------------------------------- */

  /**
   * The entries under "earlier" that hold something, as a list for My answers.
   * @param {Object} earlier
   * @returns {{path: string, value: *}[]}
   */
  function earlierEntries(earlier) {
    return Object.keys(earlier || {}).filter(function (path) { return !isEmpty(earlier[path]); }).map(function (path) {
      return { path: path, value: earlier[path] };
    });
  }

  /**
   * An answers file for the given worksheets.
   * @param {Object<string, {answers: Object, earlier: Object}>} worksheets
   * @param {Date} [now]
   * @returns {Object}
   */
  function makeFile(worksheets, now) {
    var data = { format: FORMAT, version: VERSION, exported: (now || new Date()).toISOString(), worksheets: {} };
    var earlier = {};
    Object.keys(worksheets).forEach(function (id) {
      data.worksheets[id] = worksheets[id].answers;
      if (earlierEntries(worksheets[id].earlier).length) earlier[id] = worksheets[id].earlier;
    });
    if (Object.keys(earlier).length) data.earlier = earlier;
    return data;
  }

  return {
    FORMAT: FORMAT,
    VERSION: VERSION,
    MIGRATIONS: MIGRATIONS,
    isPlainObject: isPlainObject,
    has: has,
    currentId: currentId,
    isEmpty: isEmpty,
    sameValue: sameValue,
    clone: clone,
    shortId: shortId,
    valueKind: valueKind,
    optionsOf: optionsOf,
    maxLengthOf: maxLengthOf,
    limitsOf: limitsOf,
    migrate: migrate,
    readRecord: readRecord,
    makeRecord: makeRecord,
    normaliseAnswers: normaliseAnswers,
    merge: merge,
    changedIds: changedIds,
    earlierEntries: earlierEntries,
    makeFile: makeFile
  };
});
