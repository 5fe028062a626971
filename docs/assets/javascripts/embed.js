/*
 * Embedding: `?embed=1` shows the toolkit without its header, navigation and footer, for the rest of the visit,
 * so an intranet page can hold it in an iframe. The page reports its height to the host page with postMessage
 * (only the height: never any answer), so the host can size the iframe to its content. Runs in <head> so the
 * page never flashes its navigation. It also keeps pages working in a sandboxed iframe, where even reading
 * `localStorage` throws: Material's inline scripts read it unguarded.
 */
(function () {
  "use strict";

  /** Where storage is blocked, give Material a page-lifetime stand-in; `volatile` tells the worksheets it keeps nothing. */
  (function guardStorage() {
    try {
      if (window.localStorage) return;
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

  var asked = /(?:^|[?&])embed=1(?:&|$)/.test(location.search);
  if (!asked && !remembered()) return;
  var stored = asked ? remember() : true;
  document.documentElement.classList.add("embedded");

  /** Keep `embed=1` on links within the site when the session cannot remember it. */
  function carryFlag() {
    if (stored) return;
    document.querySelectorAll("a[href]").forEach(function (link) {
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
