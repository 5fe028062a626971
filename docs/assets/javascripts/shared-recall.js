/*
 * The closing evaluation recalls the goals set at the start. When the reader has none of their own, a shared copy
 * kept in this browser ("Shared with me" page) is used instead, and the recall says whose they are and when they
 * were shared. Kept copies are stored under "<namespace>:shared:<time>" as {kept: ISO time, copy: shared copy}.
 */
(function () {
  "use strict";

  var A = window.wsAnswers;

  /**
   * The non-empty text values of one field in some answers: the field itself or that field in a group's rows.
   * @param {Object} answers
   * @param {string} fieldId
   * @returns {string[]}
   */
  function valuesOf(answers, fieldId) {
    var values = [];
    Object.keys(answers || {}).forEach(function (key) {
      var value = answers[key];
      if (key === fieldId && typeof value === "string") values.push(value);
      if (Array.isArray(value)) {
        value.forEach(function (row) { if (A.isPlainObject(row) && typeof row[fieldId] === "string") values.push(row[fieldId]); });
      }
    });
    return values.filter(function (value) { return value.trim() !== ""; });
  }

  /**
   * Kept shared copies, newest shared first: {key, name, at, copy}. Unreadable ones are skipped.
   * @param {Object} store storage.js store
   * @returns {Object[]}
   */
  function keptCopies(store) {
    var prefix = store.namespace + ":shared:";
    return store.keys().filter(function (key) { return key.indexOf(prefix) === 0; }).map(function (key) {
      var data = null;
      try { data = JSON.parse(store.get(key)); } catch (e) { data = null; }
      if (!A.isPlainObject(data) || !A.isPlainObject(data.copy) || !A.isPlainObject(data.copy.worksheets)) return null;
      var shared = A.isPlainObject(data.copy.shared) ? data.copy.shared : {};
      return { key: key, kept: data.kept, name: typeof shared.name === "string" ? shared.name : "", at: typeof shared.at === "string" ? shared.at : "", copy: data.copy };
    }).filter(Boolean).sort(function (a, b) { return a.at < b.at ? 1 : a.at > b.at ? -1 : 0; });
  }

  /**
   * The answers a recall box shows: the reader's own when they have any for the field, else the newest kept shared
   * copy's, with a note in the box saying who shared them and when.
   * @param {Object} store
   * @param {Object} manifest
   * @param {Element} box a [data-ws-recall-worksheet] element
   * @param {Object} own the reader's own answers of the recalled worksheet
   * @param {function(string, Object): string} t
   * @returns {Object}
   */
  function answersFor(store, manifest, box, own, t) {
    var worksheetId = box.getAttribute("data-ws-recall-worksheet");
    var fieldId = box.getAttribute("data-ws-recall-field");
    var note = box.querySelector(".ws-recall__shared");
    if (note) note.remove();
    if (valuesOf(own, fieldId).length) return own;
    var sheet = manifest && manifest.worksheets && manifest.worksheets[worksheetId];
    var found = null;
    keptCopies(store).some(function (kept) {
      var answers = kept.copy.worksheets[worksheetId];
      if (!A.isPlainObject(answers)) return false;
      if (sheet) answers = A.normaliseAnswers(manifest, sheet.fields, answers, "", {});
      if (!valuesOf(answers, fieldId).length) return false;
      found = { answers: answers, kept: kept };
      return true;
    });
    if (!found) return own;
    note = document.createElement("p");
    note.className = "ws-recall__shared";
    note.setAttribute("data-ws-recall-shared", "");
    var date = found.kept.at && !isNaN(new Date(found.kept.at)) ? new Date(found.kept.at).toLocaleDateString(window.wsUi.locale()) : "";
    note.textContent = found.kept.name ? t("recall_shared", { name: found.kept.name, date: date }) : t("recall_shared_unknown", { date: date });
    box.querySelector(".ws-recall__title").insertAdjacentElement("afterend", note);
    return found.answers;
  }

  window.wsSharedRecall = { answersFor: answersFor, keptCopies: keptCopies, valuesOf: valuesOf };
})();
