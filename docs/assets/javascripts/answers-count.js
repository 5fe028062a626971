/*
 * Counting answers, on top of answers.js: how many fields of a worksheet are filled in, every field inside every
 * repeatable row counted (My answers). Pure, like answers.js: in the browser it extends window.wsAnswers (load
 * answers.js first); under Node it returns answers.js's API with count added.
 */
(function (root, factory) {
  "use strict";
  var core = typeof module === "object" && module.exports ? require("./answers.js") : root.wsAnswers;
  core.count = factory(core).count;
  if (typeof module === "object" && module.exports) module.exports = core;
})(typeof self !== "undefined" ? self : this, function (A) {
  "use strict";

  /**
   * Filled and total fields of a worksheet, counting every field inside every repeatable row.
   * @param {Object} manifest
   * @param {string} worksheetId
   * @param {Object} answers normalised answers
   * @returns {{filled: number, total: number}}
   */
  function count(manifest, worksheetId, answers) {
    var sheet = manifest.worksheets[worksheetId];
    var filled = 0, total = 0;
    Object.keys(sheet.fields).forEach(function (id) {
      var spec = sheet.fields[id];
      if (spec.type === "group") {
        var children = Object.keys(spec.fields);
        var rows = Array.isArray(answers[id]) ? answers[id].filter(function (row) { return !A.isEmpty(row); }) : [];
        total += children.length * Math.max(rows.length, 1);
        rows.forEach(function (row) {
          children.forEach(function (child) { if (!A.isEmpty(row[child])) filled += 1; });
        });
      } else {
        total += 1;
        if (!A.isEmpty(answers[id])) filled += 1;
      }
    });
    return { filled: filled, total: total };
  }


  return { count: count };
});
