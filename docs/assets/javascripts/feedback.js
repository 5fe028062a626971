/*
 * The anonymous feedback file, on top of answers.js: what a person sends the coordinator from a worksheet whose
 * fields are marked `aggregate: true` (the final feedback survey, the closing evaluation), and how the
 * coordinator's evaluation page reads one back. Pure: no DOM, no storage; in the browser window.wsFeedback (load
 * answers.js first), under Node module.exports (tests/js/evaluation.test.js).
 *
 * Format (version 1), in the answers format family (versioned, migrated step by step, validated like an import):
 *   {format: FORMAT, version: 1, id: 32 hex digits (random: a second copy of one file is a duplicate, two people
 *    with the same answers are two files), worksheet: id, month: "YYYY-MM", role?: "mentee"|"mentor",
 *    round?: text, open: true|false, answers: {fieldId: value}}
 * Only answers to aggregated fields go in; open (text) answers only with open: true, the person's consent. No
 * names, no times finer than the month.
 */
(function (root, factory) {
  "use strict";
  var core = typeof module === "object" && module.exports ? require("./answers.js") : root.wsAnswers;
  var api = factory(core);
  if (typeof module === "object" && module.exports) module.exports = api;
  else root.wsFeedback = api;
})(typeof self !== "undefined" ? self : this, function (A) {
  "use strict";

  var FORMAT = "tyouramentorointi-feedback";
  var VERSION = 1;
  /** Roles the evaluation page filters by (toolkit/registry.py ROLES). */
  var ROLES = ["mentee", "mentor"];
  /** The field whose answer is the role, where a worksheet asks it (toolkit/registry.py ROLE_FIELD). */
  var ROLE_FIELD = "role";
  /** The longest programme round name, in characters. */
  var ROUND_MAX = 80;
  /** The largest feedback file read, in bytes: every aggregated field full is far less. */
  var MAX_BYTES = 512 * 1024;
  var RE_ID = /^[0-9a-f]{32}$/;
  var RE_MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

  /**
   * Migrations of the feedback file, keyed by the version they start from (as answers.js's MIGRATIONS).
   * @type {Object<number, function({kind: string, data: Object}): Object>}
   */
  var MIGRATIONS = {};

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
   * The aggregated fields of a worksheet in the manifest, in order: {id, spec, open} (open: a text answer).
   * @param {Object} manifest
   * @param {string} worksheetId
   * @returns {Array<{id: string, spec: Object, open: boolean}>}
   */
  function aggregateFields(manifest, worksheetId) {
    var sheet = manifest && manifest.worksheets && manifest.worksheets[worksheetId];
    if (!sheet) return [];
    return Object.keys(sheet.fields).filter(function (id) { return sheet.fields[id].aggregate === true; }).map(function (id) {
      return { id: id, spec: sheet.fields[id], open: A.valueKind(manifest, sheet.fields[id]) === "text" };
    });
  }

  /**
   * True when the worksheet asks the role itself (an aggregated `role` field); otherwise the file asks it.
   * @param {Object} manifest
   * @param {string} worksheetId
   * @returns {boolean}
   */
  function asksRole(manifest, worksheetId) {
    return aggregateFields(manifest, worksheetId).some(function (field) { return field.id === ROLE_FIELD; });
  }

  /**
   * A new random file id: 16 random bytes as 32 hex digits.
   * @param {function(number): ArrayLike<number>} randomBytes e.g. n => crypto.getRandomValues(new Uint8Array(n))
   * @returns {string}
   */
  function newId(randomBytes) {
    var bytes = randomBytes(16);
    var out = "";
    for (var i = 0; i < 16; i++) out += (bytes[i] < 16 ? "0" : "") + (bytes[i] & 255).toString(16);
    return out;
  }

  /**
   * A round name as written, spaces tidied; "" when none. Longer than ROUND_MAX is cut there.
   * @param {*} text
   * @returns {string}
   */
  function tidyRound(text) {
    return typeof text === "string" ? text.replace(/\s+/g, " ").trim().slice(0, ROUND_MAX) : "";
  }

  /**
   * The feedback file a person sends: their answers to the aggregated fields, open answers only with consent.
   * @param {Object} manifest
   * @param {string} worksheetId
   * @param {Object} answers the answers the page shows, by field id
   * @param {{id: string, month: string, role?: string, round?: string, includeOpen?: boolean}} choices
   *   id from newId; month "YYYY-MM"; role when the worksheet does not ask it
   * @returns {Object} the file's JSON
   */
  function makeFeedback(manifest, worksheetId, answers, choices) {
    var kept = {};
    var includeOpen = choices.includeOpen === true;
    aggregateFields(manifest, worksheetId).forEach(function (field) {
      var value = answers && answers[field.id];
      if (A.isEmpty(value) || (field.open && !includeOpen)) return;
      kept[field.id] = A.clone(typeof value === "string" ? (field.open ? value.trim() : value) : value);
      if (kept[field.id] === "") delete kept[field.id];
    });
    var role = asksRole(manifest, worksheetId) ? kept[ROLE_FIELD] : choices.role;
    var file = { format: FORMAT, version: VERSION, id: choices.id, worksheet: worksheetId, month: choices.month };
    if (ROLES.indexOf(role) !== -1) file.role = role;
    var round = tidyRound(choices.round);
    if (round) file.round = round;
    file.open = includeOpen;
    file.answers = kept;
    return file;
  }

  /**
   * The name a feedback file is saved under: no name, and a part of its random id, so the files of a whole
   * programme can sit in one folder without replacing each other.
   * @param {Object} file
   * @returns {string}
   */
  function fileName(file) {
    return "tyouramentorointi-feedback-" + file.worksheet + "-" + String(file.id).slice(0, 8) + ".json";
  }

  /**
   * Why an answer cannot be counted for a field: a reason key, or null when it can.
   * @param {Object} manifest
   * @param {Object} spec
   * @param {*} value
   * @returns {string|null}
   */
  function invalidReason(manifest, spec, value) {
    var kind = A.valueKind(manifest, spec);
    if (kind === "multichoice") {
      if (!Array.isArray(value) || value.some(function (item) { return typeof item !== "string"; })) return "import_reason_type";
      return null;
    }
    if (typeof value !== "string") return "import_reason_type";
    var max = A.maxLengthOf(manifest, spec);
    if (kind === "text" && max !== null && value.length > max) return "import_reason_long";
    return null;
  }

  /**
   * Read one feedback file for the evaluation page: checked like an import, renamed fields and options mapped,
   * answers to fields this site does not count (or no longer has) left out and counted in `ignored`.
   * @param {Object} manifest the evaluation page's manifest (the aggregated fields)
   * @param {string} text the file's contents
   * @returns {{ok: true, file: {id: string, worksheet: string, month: string, role: string, round: string,
   *           open: boolean, answers: Object, ignored: number}, data: Object} |
   *           {ok: false, reason: string, params: Object}}
   */
  function readFeedback(manifest, text) {
    if (typeof text !== "string") return refuse("eval_error_damaged");
    if (text.length > MAX_BYTES) return refuse("eval_error_size", { max: Math.round(MAX_BYTES / 1024) });
    var data;
    try { data = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text); } catch (e) { return refuse("eval_error_damaged"); }
    return checkFeedback(manifest, data);
  }

  /**
   * Check parsed feedback (a file, or one kept in this browser) and normalise it; see readFeedback.
   * @param {Object} manifest
   * @param {*} data
   * @returns {Object} as readFeedback
   */
  function checkFeedback(manifest, data) {
    if (!A.isPlainObject(data)) return refuse("eval_error_foreign");
    if (data.format === A.FORMAT) return refuse("eval_error_answers_file");
    if (data.format !== FORMAT) return refuse("eval_error_foreign");
    var migrated = A.migrate(data, "feedback", { migrations: MIGRATIONS, target: VERSION });
    if (!migrated.ok) return migrated.reason === "import_error_version" ? refuse("eval_error_version", migrated.params) : refuse("eval_error_damaged");
    data = migrated.data;
    if (typeof data.id !== "string" || !RE_ID.test(data.id) || !A.isPlainObject(data.answers)) return refuse("eval_error_damaged");
    if (A.has(data, "role") && ROLES.indexOf(data.role) === -1) return refuse("eval_error_damaged");
    if (A.has(data, "round") && (typeof data.round !== "string" || data.round.length > ROUND_MAX)) return refuse("eval_error_damaged");
    if (A.has(data, "month") && (typeof data.month !== "string" || !RE_MONTH.test(data.month))) return refuse("eval_error_damaged");
    if (A.has(data, "open") && typeof data.open !== "boolean") return refuse("eval_error_damaged");
    var sheet = manifest && manifest.worksheets && A.has(manifest.worksheets, data.worksheet) ? manifest.worksheets[data.worksheet] : null;
    if (!sheet) return refuse("eval_error_worksheet", { worksheet: A.shortId(data.worksheet) });
    var counted = {};
    aggregateFields(manifest, data.worksheet).forEach(function (field) { counted[field.id] = field.spec; });
    var ids = Object.keys(data.answers);
    for (var i = 0; i < ids.length; i++) {
      var target = A.currentId(counted, ids[i]);
      if (target === null) continue;
      var reason = invalidReason(manifest, counted[target], data.answers[ids[i]]);
      if (reason) return refuse("eval_error_field", { field: A.shortId(ids[i]) });
    }
    var earlier = {};
    var answers = A.normaliseAnswers(manifest, counted, data.answers, "", earlier);
    var ignored = A.earlierEntries(earlier).length;
    Object.keys(answers).forEach(function (id) {
      var open = A.valueKind(manifest, counted[id]) === "text";
      // Text without the person's consent is never shown, whatever a file says.
      if (A.isEmpty(answers[id]) || (open && data.open !== true)) delete answers[id];
      else if (open) answers[id] = answers[id].trim();
    });
    var role = data.role || "";
    if (A.has(counted, ROLE_FIELD) && typeof answers[ROLE_FIELD] === "string") role = answers[ROLE_FIELD];
    return {
      ok: true,
      data: data,
      file: {
        id: data.id, worksheet: data.worksheet, month: data.month || "", role: role, round: tidyRound(data.round),
        open: data.open === true, answers: answers, ignored: ignored
      }
    };
  }

  return {
    FORMAT: FORMAT,
    VERSION: VERSION,
    MIGRATIONS: MIGRATIONS,
    ROLES: ROLES,
    ROLE_FIELD: ROLE_FIELD,
    ROUND_MAX: ROUND_MAX,
    MAX_BYTES: MAX_BYTES,
    aggregateFields: aggregateFields,
    asksRole: asksRole,
    newId: newId,
    tidyRound: tidyRound,
    makeFeedback: makeFeedback,
    fileName: fileName,
    readFeedback: readFeedback,
    checkFeedback: checkFeedback
  };
});
