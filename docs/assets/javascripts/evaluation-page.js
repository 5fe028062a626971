/*
 * The coordinator's evaluation page (overrides/partials/evaluation/tool.html): feedback files chosen or dropped
 * are read with the File API in this browser (in batches, with progress, so the page stays responsive), each
 * checked on its own (a damaged, foreign or duplicate file is named and skipped; nothing else changes), then
 * every question is drawn: its count, a bar chart (inline SVG, role="img", with a description written from the
 * figures) beside a table of the same numbers, median and mean for scales, open answers where included. Small
 * groups are suppressed (evaluation.js). Nothing is sent; nothing is stored unless the coordinator asks.
 */
(function () {
  "use strict";

  var ui = window.wsUi;
  var t = ui.t;
  var E = window.wsEvaluation;
  var FB = window.wsFeedback;
  var SVG = "http://www.w3.org/2000/svg";
  /** Files read at once before the page gets a turn to draw the progress. */
  var BATCH = 50;
  /** Chart geometry in CSS pixels (drawn 1:1, like the worksheets' charts): width, one option's row, bar height. */
  var CHART = { width: 440, row: 40, bar: 14, label: 16, countRoom: 40 };

  /**
   * A new element with a class and text.
   * @param {string} tag
   * @param {string} [className]
   * @param {string} [text]
   * @returns {Element}
   */
  function el(tag, className, text) {
    var element = document.createElement(tag);
    if (className) element.className = className;
    if (text !== undefined) element.textContent = text;
    return element;
  }

  /**
   * A new SVG element with attributes.
   * @param {string} tag
   * @param {Object<string, *>} attrs
   * @returns {Element}
   */
  function svg(tag, attrs) {
    var element = document.createElementNS(SVG, tag);
    Object.keys(attrs).forEach(function (name) { element.setAttribute(name, String(attrs[name])); });
    return element;
  }

  /**
   * Read a file's text; a refusal when the browser cannot (a file removed meanwhile, no permission).
   * @param {File} file
   * @returns {Promise<{ok: boolean, text?: string}>}
   */
  function readText(file) {
    if (file.size > FB.MAX_BYTES) return Promise.resolve({ ok: false, reason: "eval_error_size", params: { max: Math.round(FB.MAX_BYTES / 1024) } });
    var reading = typeof file.text === "function" ? file.text() : new Promise(function (resolve, reject) {
      var reader = new FileReader();
      reader.onload = function () { resolve(reader.result); };
      reader.onerror = function () { reject(reader.error); };
      reader.readAsText(file);
    });
    return reading.then(function (text) { return { ok: true, text: text }; }, function () { return { ok: false, reason: "eval_error_read", params: {} }; });
  }

  /**
   * Wire the evaluation tool.
   * @param {Element} root [data-ws-evaluation]
   */
  function mount(root) {
    var manifest = ui.manifest || {};
    var lang = document.documentElement.lang || "en";
    var decimalMark = (1.5).toLocaleString(lang).charAt(1) === "," ? "," : ".";
    var threshold = parseInt(root.getAttribute("data-ws-threshold"), 10) || E.DEFAULT_THRESHOLD;
    var storageKey = (root.getAttribute("data-ws-namespace") || "tyouramentorointi") + ":evaluation";
    var input = root.querySelector("[data-ws-evaluation-files]");
    var drop = root.querySelector("[data-ws-eval-drop]");
    var progress = root.querySelector("[data-ws-eval-progress]");
    var regions = { alert: root.querySelector("[data-ws-alert]"), status: root.querySelector("[data-ws-status]") };
    var skippedBox = root.querySelector("[data-ws-eval-skipped-box]");
    var skippedList = root.querySelector("[data-ws-eval-skipped]");
    var roleSelect = root.querySelector("[data-ws-eval-role]");
    var roundSelect = root.querySelector("[data-ws-eval-round]");
    var periodInput = root.querySelector("[data-ws-eval-period]");
    var results = root.querySelector("[data-ws-eval-results]");
    var none = root.querySelector("[data-ws-eval-none]");
    var forget = root.querySelector("[data-ws-action=evaluation-forget]");
    var collection = E.createCollection();
    var periodWritten = false;
    var busy = false;

    /**
     * The filter chosen now: role "" for all, round null for all ("" for files without a round).
     * @returns {{role: string, round: string|null, threshold: number}}
     */
    function filter() {
      return { role: roleSelect.value, round: roundSelect.value === "*" ? null : roundSelect.value, threshold: threshold };
    }

    /**
     * A year and month ("2027-05") as the page's language writes it.
     * @param {string} month
     * @returns {string}
     */
    function formatMonth(month) {
      var date = new Date(Number(month.slice(0, 4)), Number(month.slice(5, 7)) - 1, 1);
      return date.toLocaleDateString(lang, { month: "numeric", year: "numeric" });
    }

    /**
     * The round choices from the files read, keeping the one chosen when it is still there.
     */
    function fillRounds() {
      var chosen = roundSelect.value;
      while (roundSelect.options.length > 1) roundSelect.remove(1);
      E.rounds(collection.files).forEach(function (round) {
        var option = el("option", "", round.key ? round.label : t("eval_round_none"));
        option.value = round.key;
        roundSelect.appendChild(option);
      });
      roundSelect.value = chosen;
      if (roundSelect.value !== chosen) roundSelect.value = "*";
    }

    /**
     * The report's head: period, filter, when it was made and what was left out.
     */
    function fillHead() {
      if (!periodWritten) {
        var months = E.period(collection.files);
        periodInput.value = !months ? "" : months.from === months.to ? formatMonth(months.from) : formatMonth(months.from) + "–" + formatMonth(months.to);
      }
      root.querySelector("[data-ws-eval-period-shown]").textContent = periodInput.value;
      var role = roleSelect.options[roleSelect.selectedIndex].textContent;
      var round = roundSelect.options[roundSelect.selectedIndex].textContent;
      root.querySelector("[data-ws-eval-made]").textContent = t("eval_filter_shown", { role: role, round: round }) + " " +
        t("eval_report_made", { date: new Date().toLocaleDateString(lang), threshold: threshold });
    }

    /**
     * One question's bar chart: one bar per option, its label above it and its count at its end.
     * @param {Object} question from E.summarise
     * @param {string} id element id prefix
     * @returns {Element}
     */
    function chart(question, id) {
      // As wide as the column allows (a phone), at most CHART.width; the text stays 13 px whatever the width.
      var chartWidth = Math.max(240, Math.min(CHART.width, results.clientWidth || CHART.width));
      var height = question.options.length * CHART.row + 4;
      var most = Math.max.apply(null, question.options.map(function (option) { return option.count; }).concat([1]));
      var room = chartWidth - CHART.countRoom;
      var picture = svg("svg", {
        "class": "ws-eval-chart", role: "img", width: chartWidth, height: height,
        viewBox: "0 0 " + chartWidth + " " + height, "aria-labelledby": id + "-title " + id + "-desc", "data-ws-eval-chart": ""
      });
      var title = svg("title", { id: id + "-title" });
      title.textContent = question.label;
      var desc = svg("desc", { id: id + "-desc" });
      desc.textContent = E.describe(question, t, threshold, decimalMark);
      picture.appendChild(title);
      picture.appendChild(desc);
      question.options.forEach(function (option, index) {
        var top = index * CHART.row;
        var label = svg("text", { x: 0, y: top + CHART.label - 2, "class": "ws-eval-chart__label" });
        label.textContent = option.label;
        var width = Math.round(option.count / most * room);
        var bar = svg("rect", { x: 0, y: top + CHART.label + 2, width: Math.max(width, option.count ? 2 : 0), height: CHART.bar, "class": "ws-eval-chart__bar" });
        var count = svg("text", { x: width + 6, y: top + CHART.label + CHART.bar, "class": "ws-eval-chart__count" });
        count.textContent = String(option.count);
        var base = svg("line", { x1: 0, x2: 0, y1: top + CHART.label, y2: top + CHART.label + CHART.bar + 4, "class": "ws-eval-chart__axis" });
        [label, bar, count, base].forEach(function (part) { picture.appendChild(part); });
      });
      return picture;
    }

    /**
     * The same numbers as the chart, as a table.
     * @param {Object} question
     * @param {string} headingId the question's heading, which names the table
     * @returns {Element}
     */
    function table(question, headingId) {
      var box = el("table", "ws-eval-table");
      box.setAttribute("aria-labelledby", headingId);
      var head = el("thead");
      var headRow = el("tr");
      ["eval_table_option", "eval_table_count", "eval_table_share"].forEach(function (key) {
        var th = el("th", "", t(key));
        th.scope = "col";
        headRow.appendChild(th);
      });
      head.appendChild(headRow);
      box.appendChild(head);
      var body = el("tbody");
      question.options.forEach(function (option) {
        var row = el("tr");
        var th = el("th", "", option.label);
        th.scope = "row";
        row.appendChild(th);
        row.appendChild(el("td", "", String(option.count)));
        row.appendChild(el("td", "", Math.round(option.count / question.n * 100) + " %"));
        body.appendChild(row);
      });
      box.appendChild(body);
      return box;
    }

    /**
     * One question's summary: heading, count, figures, chart and table, or the suppression note.
     * @param {string} worksheetId
     * @param {Object} question
     * @returns {Element}
     */
    function questionBox(worksheetId, question) {
      var id = "ws-eval-" + worksheetId + "-" + question.id;
      var box = el("article", "ws-eval-question");
      box.setAttribute("data-ws-eval-worksheet", worksheetId);
      box.setAttribute("data-ws-eval-question", question.id);
      box.setAttribute("data-n", question.suppressed ? "suppressed" : String(question.n));
      if (question.kind === "scale") {
        // Machine-readable figures (a dot, two decimals for the mean); the text shows them in the page's language.
        box.setAttribute("data-median", question.suppressed ? "" : String(question.median));
        box.setAttribute("data-mean", question.suppressed ? "" : question.mean.toFixed(2));
      }
      var heading = el("h4", "ws-eval-question__title", question.label);
      heading.id = id;
      box.appendChild(heading);
      var count = question.suppressed ? t("eval_fewer_than", { threshold: threshold }) : String(question.n);
      box.appendChild(el("p", "ws-eval-question__count", t("eval_answers", { count: count })));
      if (question.suppressed) {
        box.appendChild(el("p", "ws-eval-question__suppressed", t("eval_suppressed", { threshold: threshold })));
        return box;
      }
      if (question.kind === "scale") {
        box.appendChild(el("p", "ws-eval-question__figures", t("eval_median") + " " + E.formatNumber(question.median, decimalMark) +
          " · " + t("eval_mean") + " " + E.formatNumber(question.mean, decimalMark, 2)));
      }
      if (question.options) {
        var figure = el("div", "ws-eval-question__figure");
        var scroll = el("div", "ws-eval-question__chart");
        // On a narrow screen the chart scrolls sideways (its text never shrinks): a keyboard must reach it too.
        scroll.tabIndex = 0;
        scroll.setAttribute("role", "group");
        scroll.setAttribute("aria-labelledby", id);
        scroll.appendChild(chart(question, id));
        figure.appendChild(scroll);
        figure.appendChild(table(question, id));
        box.appendChild(figure);
      } else if (question.texts.length) {
        var details = el("details", "ws-eval-question__open");
        details.appendChild(el("summary", "", t("eval_open_answers", { count: question.texts.length })));
        var list = el("ul");
        question.texts.forEach(function (text) { list.appendChild(el("li", "", text)); });
        details.appendChild(list);
        box.appendChild(details);
      }
      return box;
    }

    /**
     * Draw the summary of the files read, under the filter chosen.
     */
    function render() {
      var summary = E.summarise(manifest, collection.files, filter());
      results.textContent = "";
      summary.worksheets.forEach(function (sheet) {
        var section = el("section", "ws-eval-sheet");
        section.setAttribute("data-ws-eval-sheet", sheet.id);
        var heading = el("h3", "", sheet.title);
        heading.id = "ws-eval-sheet-" + sheet.id;
        section.setAttribute("aria-labelledby", heading.id);
        section.appendChild(heading);
        var count = sheet.n < threshold ? t("eval_fewer_than", { threshold: threshold }) : String(sheet.n);
        section.appendChild(el("p", "ws-eval-sheet__count", t("eval_respondents", { count: count })));
        sheet.questions.forEach(function (question) { section.appendChild(questionBox(sheet.id, question)); });
        results.appendChild(section);
      });
      none.hidden = summary.worksheets.length > 0;
      fillHead();
      root.setAttribute("data-ws-eval-files-read", String(collection.files.length));
      return summary;
    }

    /**
     * Name a skipped file and say why.
     * @param {string} name
     * @param {{reason: string, params: Object}} refusal
     */
    function skip(name, refusal) {
      var params = {};
      Object.keys(refusal.params || {}).forEach(function (key) { params[key] = refusal.params[key]; });
      params.name = name;
      skippedList.appendChild(el("li", "", t(refusal.reason, params)));
      skippedBox.hidden = false;
    }

    /**
     * Read files in batches, showing progress between them, then add each in order and draw the summary once.
     * @param {FileList|File[]} list
     * @returns {Promise<void>}
     */
    function readFiles(list) {
      var files = Array.prototype.slice.call(list || []);
      if (!files.length || busy) return Promise.resolve();
      busy = true;
      root.setAttribute("data-ws-eval-state", "reading");
      progress.max = files.length;
      progress.value = 0;
      progress.hidden = false;
      ui.say(regions, t("eval_reading", { done: 0, total: files.length }), false);
      var texts = [];
      var before = collection.files.length;
      var skipped = 0;
      var ignored = 0;

      /**
       * Read the batch starting at `start`, then let the page draw before the next.
       * @param {number} start
       * @returns {Promise<void>}
       */
      function batch(start) {
        if (start >= files.length) return Promise.resolve();
        return Promise.all(files.slice(start, start + BATCH).map(readText)).then(function (read) {
          texts = texts.concat(read);
          progress.value = texts.length;
          ui.say(regions, t("eval_reading", { done: texts.length, total: files.length }), false);
          return new Promise(function (resolve) { setTimeout(resolve, 0); });
        }).then(function () { return batch(start + BATCH); });
      }

      return batch(0).then(function () {
        texts.forEach(function (read, index) {
          var name = files[index].name;
          var added = read.ok ? E.addFile(collection, manifest, name, read.text) : read;
          if (added.ok) ignored += added.file.ignored;
          else { skipped += 1; skip(name, added); }
        });
        fillRounds();
        render();
        var message = t("eval_read_done", { added: collection.files.length - before, total: collection.files.length });
        if (ignored) message += " " + t("eval_ignored", { count: ignored });
        if (skipped) ui.say(regions, message + " " + t("eval_read_skipped", { count: skipped }), true);
        else ui.say(regions, message, false);
      }).then(function () {
        progress.hidden = true;
        busy = false;
        input.value = "";
        root.setAttribute("data-ws-eval-state", "ready");
      });
    }

    /**
     * Keep the files read in this browser, only because the coordinator asked; say if the browser refuses.
     */
    function keep() {
      try {
        window.localStorage.setItem(storageKey, JSON.stringify(E.makeKept(collection)));
        forget.hidden = false;
        ui.say(regions, t("eval_kept"), false);
      } catch (e) {
        ui.say(regions, t("eval_keep_failed"), true);
      }
    }

    /**
     * Show a summary kept earlier in this browser, if there is one.
     */
    function showKept() {
      var stored = null;
      try { stored = window.localStorage.getItem(storageKey); } catch (e) { return; }
      if (!stored) return;
      var kept;
      try { kept = E.readKept(manifest, JSON.parse(stored), t("eval_kept_name")); } catch (e) { kept = { ok: false }; }
      forget.hidden = false;
      if (!kept.ok) return;
      collection = kept.collection;
      fillRounds();
      render();
      ui.say(regions, t("eval_kept_shown", { time: ui.formatTime(kept.kept) }), false);
    }

    input.addEventListener("change", function () { readFiles(input.files); });
    drop.addEventListener("dragover", function (event) {
      event.preventDefault();
      drop.classList.add("ws-eval__drop--over");
    });
    drop.addEventListener("dragleave", function () { drop.classList.remove("ws-eval__drop--over"); });
    drop.addEventListener("drop", function (event) {
      event.preventDefault();
      drop.classList.remove("ws-eval__drop--over");
      readFiles(event.dataTransfer && event.dataTransfer.files);
    });
    [roleSelect, roundSelect].forEach(function (select) { select.addEventListener("change", render); });
    periodInput.addEventListener("input", function () {
      periodWritten = periodInput.value.trim() !== "";
      fillHead();
    });
    root.addEventListener("click", function (event) {
      var button = event.target.closest("button[data-ws-action]");
      if (!button) return;
      var action = button.getAttribute("data-ws-action");
      if (action === "evaluation-csv") {
        var separator = root.querySelector("[data-ws-eval-semicolon]").checked ? ";" : ",";
        var text = E.csv(E.summarise(manifest, collection.files, filter()), t, { separator: separator });
        ui.download(text, "tyouramentorointi-evaluation-" + ui.today() + ".csv", "text/csv;charset=utf-8");
        ui.say(regions, t("eval_csv_done"), false);
      } else if (action === "evaluation-print") {
        window.print();
      } else if (action === "evaluation-keep") {
        keep();
      } else if (action === "evaluation-forget") {
        try { window.localStorage.removeItem(storageKey); } catch (e) { /* nothing kept where nothing can be */ }
        forget.hidden = true;
        ui.say(regions, t("eval_forgotten"), false);
      } else if (action === "evaluation-clear") {
        collection = E.createCollection();
        skippedList.textContent = "";
        skippedBox.hidden = true;
        periodWritten = false;
        fillRounds();
        render();
        ui.say(regions, t("eval_cleared"), false);
      }
    });
    // Open answers are folded on screen; on paper they are all shown.
    window.addEventListener("beforeprint", function () {
      fillHead();
      results.querySelectorAll("details").forEach(function (details) { details.open = true; });
    });

    showKept();
    if (!collection.files.length) fillHead();
    root.querySelectorAll("[data-ws-toolbar]").forEach(function (element) { element.hidden = false; });
    root.setAttribute("data-ws-eval-state", "ready");
  }

  document.querySelectorAll("[data-ws-evaluation]").forEach(mount);
})();
