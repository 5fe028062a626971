/*
 * Embedding: `?embed=1` shows the toolkit without its header, navigation and footer, so an intranet page can hold
 * it in an iframe. Inside a frame the choice lasts for the visit (a compact bar keeps the language switch and the
 * worksheet list at hand); it never follows the reader out of the frame: the same tab opened full-page shows the
 * whole site again, and `?embed=0` ends it anywhere. The page reports its height to the host page with postMessage
 * (only the height: never any answer), so the host can size the iframe to its content. Runs in <head> so the
 * page never flashes its navigation. It also keeps pages working in a sandboxed iframe, where even reading
 * `localStorage` throws: Material's inline scripts read it unguarded.
 */
(function () {
  "use strict";

  /** Where storage is blocked, give Material a page-lifetime stand-in; `volatile` tells the worksheets it keeps nothing. */
  var storageBlocked = (function guardStorage() {
    try {
      if (window.localStorage) return false;
    } catch (e) { /* blocked: fall through */ }
    var items = {};
    var memory = {
      volatile: true,
      getItem: function (key) { return Object.prototype.hasOwnProperty.call(items, key) ? items[key] : null; },
      setItem: function (key, value) { items[key] = String(value); },
      removeItem: function (key) { delete items[key]; },
      clear: function () { items = {}; },
      key: function (index) { return Object.keys(items)[index] || null; },
      get length() { return Object.keys(items).length; }
    };
    try { Object.defineProperty(window, "localStorage", { value: memory, configurable: true }); } catch (e) { /* keep going */ }
    return true;
  })();

  var KEY = "tyouramentorointi:embed";
  var MESSAGE = "tyouramentorointi:height";

  /** Session storage may be blocked in an iframe; then the flag travels in the links instead. */
  function remember() {
    try { sessionStorage.setItem(KEY, "1"); return true; } catch (e) { return false; }
  }

  function remembered() {
    try { return sessionStorage.getItem(KEY) === "1"; } catch (e) { return false; }
  }

  function forget() {
    try { sessionStorage.removeItem(KEY); } catch (e) { /* nothing was kept */ }
  }

  /** True inside any frame; a cross-origin parent throws on access, which also means framed. */
  function framed() {
    try { return window.self !== window.top; } catch (e) { return true; }
  }

  var param = /(?:^|[?&])embed=([01])(?:&|$)/.exec(location.search);
  if (param && param[1] === "0") { forget(); return; }
  var asked = param !== null;
  // The session's flag is shared by every page of the tab: it counts only inside a frame, so leaving the frame
  // (the same tab opened full-page) shows the whole site again.
  if (!asked && !(framed() && remembered())) return;
  var stored = asked ? remember() : true;
  document.documentElement.classList.add("embedded");
  if (storageBlocked && framed()) document.documentElement.classList.add("embedded--no-storage");

  /** Keep `embed=1` on links within the site when the session cannot remember it. */
  function carryFlag() {
    if (stored) return;
    document.querySelectorAll("a[href]:not([data-embed-open])").forEach(function (link) {
      var url = new URL(link.getAttribute("href"), location.href);
      if (url.origin !== location.origin || url.searchParams.has("embed")) return;
      url.searchParams.set("embed", "1");
      link.setAttribute("href", url.href);
    });
  }

  /** Tell the host page how tall the content is. */
  function reportHeight() {
    if (window.parent === window) return;
    window.parent.postMessage({ type: MESSAGE, height: Math.ceil(document.documentElement.scrollHeight) }, "*");
  }

  document.addEventListener("DOMContentLoaded", function () {
    carryFlag();
    reportHeight();
    if (typeof ResizeObserver === "function") new ResizeObserver(reportHeight).observe(document.body);
  });
  window.addEventListener("load", reportHeight);
})();
