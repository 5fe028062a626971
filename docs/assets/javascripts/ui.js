/*
 * Shared by the worksheet scripts: the page's UI strings (#ws-ui), the manifest (#ws-manifest), messages in live
 * regions (a new message replaces the older one), and file downloads through a blob URL that never leaves the device.
 */
(function () {
  "use strict";

  /**
   * Parse a <script type="application/json"> element by id; null when missing or broken.
   * @param {string} id
   * @returns {*}
   */
  function json(id) {
    var el = document.getElementById(id);
    if (!el) return null;
    try { return JSON.parse(el.textContent); } catch (e) { return null; }
  }

  var strings = json("ws-ui") || {};

  /**
   * Translate a UI string and fill its {placeholders}.
   * @param {string} key
   * @param {Object} [params]
   * @returns {string}
   */
  function t(key, params) {
    var text = Object.prototype.hasOwnProperty.call(strings, key) ? strings[key] : key;
    return text.replace(/\{(\w+)\}/g, function (match, name) {
      return params && Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : match;
    });
  }

  /**
   * Add strings that arrive with code loaded later (share-ui.<lang>.js with the share dialog, ui-charts.<lang>.js
   * with the pictures; both written by hooks/ui_strings.py); the page's own win.
   * @param {Object<string, string>} more
   */
  function addStrings(more) {
    Object.keys(more || {}).forEach(function (key) {
      if (!Object.prototype.hasOwnProperty.call(strings, key)) strings[key] = more[key];
    });
  }

  /**
   * Show a message in a pair of live regions: errors in the alert region, confirmations in the status region.
   * The other region is emptied, so an old message never stays beside a new one.
   * @param {{alert: Element|null, status: Element|null}} regions
   * @param {string} message empty to clear both
   * @param {boolean} isError
   */
  function say(regions, message, isError) {
    [regions.alert, regions.status].forEach(function (region) {
      if (!region) return;
      var mine = region === (isError ? regions.alert : regions.status);
      var text = mine ? message : "";
      if (region.textContent !== text) region.textContent = text;
      region.classList.toggle("ws-alert--error", mine && !!isError && !!message);
      region.classList.toggle("ws-alert--visible", !!text);
    });
  }

  /**
   * Offer data as a file download; a blob URL never leaves the device.
   * @param {string} text file contents
   * @param {string} filename
   * @param {string} type MIME type
   */
  function download(text, filename, type) {
    var blob = new Blob([text], { type: type });
    var link = document.createElement("a");
    link.href = URL.createObjectURL(blob);
    link.download = filename;
    document.body.appendChild(link);
    link.click();
    setTimeout(function () { URL.revokeObjectURL(link.href); link.remove(); }, 0);
  }

  /**
   * Inside an iframe (?embed=1) the host page sizes the frame to its content, so the frame's middle, where a modal
   * dialog goes, may be far off screen: put the dialog where the person just pressed its button instead, in the
   * page's flow, so that scrolling the host page reaches all of it (the share and the feedback dialogs).
   * @param {HTMLDialogElement} dialog
   * @param {Element} button
   */
  function placeDialogInFrame(dialog, button) {
    var framed;
    try { framed = window.self !== window.top; } catch (e) { framed = true; }
    if (!framed || !button) return;
    dialog.style.position = "absolute";
    dialog.style.top = Math.max(0, Math.round(button.getBoundingClientRect().top + window.scrollY) - 16) + "px";
    dialog.style.bottom = "auto";
    dialog.style.marginTop = "0";
    dialog.style.maxHeight = "none";
  }

  /**
   * Today's date as YYYY-MM-DD, for file names.
   * @returns {string}
   */
  function today() {
    return new Date().toISOString().slice(0, 10);
  }

  /**
   * The locale dates are written in: the page's language, with English day-first as readers in Finland expect
   * (plain "en" would give the American month-first order).
   * @returns {string|undefined}
   */
  function locale() {
    var lang = document.documentElement.lang || undefined;
    return lang === "en" ? "en-GB" : lang;
  }

  /**
   * A date as the page's language writes it (2026-03-15 -> 15.3.2026, 15/03/2026); other text as it is.
   * @param {string} text
   * @returns {string}
   */
  function formatDate(text) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return text;
    var parts = text.split("-");
    return new Date(Date.UTC(+parts[0], +parts[1] - 1, +parts[2])).toLocaleDateString(locale(), { timeZone: "UTC" });
  }

  /**
   * A time as the page's language writes it.
   * @param {string} iso
   * @returns {string}
   */
  function formatTime(iso) {
    var date = new Date(iso);
    if (isNaN(date)) return "";
    return date.toLocaleString(locale(), { dateStyle: "short", timeStyle: "short" });
  }

  window.wsUi = { json: json, t: t, locale: locale, formatDate: formatDate, addStrings: addStrings, say: say, download: download, placeDialogInFrame: placeDialogInFrame, today: today, formatTime: formatTime, manifest: json("ws-manifest") };
})();
