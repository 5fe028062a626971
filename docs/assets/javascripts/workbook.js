/*
 * Printable workbook: the print choices and what they change on the page. Saved answers or blank: each embedded
 * worksheet (mounted by worksheet-page.js, which loads first) gets data-ws-blank and re-reads its answers. Language:
 * another language opens that language's workbook (the choice says so beforehand); "bilingual" shows the labels of
 * the other languages too, the same preference as on each worksheet page. Worksheets left out are hidden, on screen
 * and on paper, and the others are numbered again. Choices are kept in "<namespace>:settings" beside the answers.
 */
(function () {
  "use strict";

  var root = document.querySelector("[data-wb]");
  var choices = root && root.querySelector("[data-wb-choices]");
  if (!choices || !window.wsWorksheets) return;
  var store = window.wsWorksheets.createStore(root.getAttribute("data-ws-namespace") || "tyouramentorointi");

  /** The embedded worksheets, in order. */
  function sheets() {
    return Array.prototype.slice.call(root.querySelectorAll("[data-ws-embedded]"));
  }

  /** Blank mode: empty fields that save nothing; otherwise the saved answers. */
  function applyMode(blank) {
    sheets().forEach(function (sheet) {
      if (sheet.hasAttribute("data-ws-blank") === blank) return;
      sheet.toggleAttribute("data-ws-blank", blank);
      sheet.dispatchEvent(new CustomEvent("ws:refresh"));
    });
  }

  function applyBilingual(bilingual) {
    document.documentElement.classList.toggle("ws-bilingual", bilingual);
  }

  /** Hide the worksheets left out (and their contents lines), and number the others 1, 2, 3… */
  function applyInclude(excluded) {
    var number = 0;
    sheets().forEach(function (sheet) {
      var id = sheet.getAttribute("data-ws-worksheet");
      var included = excluded.indexOf(id) === -1;
      var entry = root.querySelector('[data-wb-entry="' + id + '"]');
      sheet.hidden = !included;
      if (entry) entry.hidden = !included;
      if (!included) return;
      number += 1;
      [sheet.querySelector(".ws-sheet__number"), entry && entry.querySelector(".ws-sheet__number")].forEach(function (el) {
        if (el) el.textContent = String(number);
      });
    });
  }

  function excludedNow() {
    return Array.prototype.filter.call(choices.querySelectorAll("input[name=wb-include]"), function (input) {
      return !input.checked;
    }).map(function (input) { return input.value; });
  }

  // Restore the remembered choices. Worksheets added later are not in the saved list, so they start included.
  var blank = store.getSetting("workbook_blank") === true;
  var bilingual = store.getSetting("bilingual") === true;
  var excluded = store.getSetting("workbook_exclude");
  excluded = Array.isArray(excluded) ? excluded : [];
  choices.querySelector("input[name=wb-mode][value=" + (blank ? "blank" : "answers") + "]").checked = true;
  if (bilingual) choices.querySelector("input[name=wb-language][value=bilingual]").checked = true;
  choices.querySelectorAll("input[name=wb-include]").forEach(function (input) {
    input.checked = excluded.indexOf(input.value) === -1;
  });
  applyMode(blank);
  applyBilingual(bilingual);
  applyInclude(excluded);

  choices.addEventListener("change", function (event) {
    var input = event.target;
    if (input.name === "wb-mode") {
      store.setSetting("workbook_blank", input.value === "blank");
      applyMode(input.value === "blank");
    } else if (input.name === "wb-language") {
      store.setSetting("bilingual", input.value === "bilingual");
      applyBilingual(input.value === "bilingual");
      var href = input.getAttribute("data-wb-href");
      if (href && input.value !== document.documentElement.lang) window.location.href = href;
    } else if (input.name === "wb-include") {
      store.setSetting("workbook_exclude", excludedNow());
      applyInclude(excludedNow());
    }
  });
  choices.addEventListener("click", function (event) {
    if (!event.target.closest("[data-ws-action=print]")) return;
    // Pictures whose code has not arrived yet are drawn first (pictures.js).
    if (window.wsPictures) window.wsPictures.ready(function () { window.print(); }); else window.print();
  });
  choices.hidden = false;
})();
