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

  /** The ids of the worksheets whose box is ticked (`ticked` true) or not ticked (false). */
  function chosen(ticked) {
    return Array.prototype.filter.call(choices.querySelectorAll("input[name=wb-include]"), function (input) {
      return input.checked === ticked;
    }).map(function (input) { return input.value; });
  }

  function excludedNow() { return chosen(false); }

  function includedNow() { return chosen(true); }

  /** The remembered list `key` of worksheet ids, or [] when there is none. */
  function savedList(key) {
    var list = store.getSetting(key);
    return Array.isArray(list) ? list : [];
  }

  // Restore the remembered choices. A worksheet in neither remembered list (added later, or never chosen) starts
  // as the page offers it: the pair's worksheets ticked, the programme kit's forms (data-wb-optional) not.
  var blank = store.getSetting("workbook_blank") === true;
  var bilingual = store.getSetting("bilingual") === true;
  var excluded = savedList("workbook_exclude");
  var included = savedList("workbook_include");
  choices.querySelector("input[name=wb-mode][value=" + (blank ? "blank" : "answers") + "]").checked = true;
  if (bilingual) choices.querySelector("input[name=wb-language][value=bilingual]").checked = true;
  choices.querySelectorAll("input[name=wb-include]").forEach(function (input) {
    if (excluded.indexOf(input.value) !== -1) input.checked = false;
    else if (included.indexOf(input.value) !== -1) input.checked = true;
    else input.checked = !input.hasAttribute("data-wb-optional");
  });
  applyMode(blank);
  applyBilingual(bilingual);
  applyInclude(excludedNow());

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
      store.setSetting("workbook_include", includedNow());
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
