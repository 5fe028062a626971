/*
 * Search on demand: on every page load Material fetches the search index (search/search_index.json, about 45 KB
 * gzipped) and starts its search worker (lunr, about 13 KB more), though most visits never search. Loaded before
 * Material's bundle, this script holds both back until the person starts searching - focuses the search field or
 * opens the search dialog - or arrives from a search result (?h=, which Material highlights with the index).
 * From a file share Material already waits for the search dialog, so nothing is changed there.
 */
(function () {
  "use strict";
  if (!/^https?:$/.test(location.protocol)) return;

  var started = false;
  var waiting = [];

  /** Run `task` once search has started (at once if it has). */
  function whenSearching(task) {
    if (started) task();
    else waiting.push(task);
  }

  /** Let the held index request and worker go. */
  function start() {
    if (started) return;
    started = true;
    waiting.splice(0).forEach(function (task) { task(); });
  }

  // The index: Material requests it with XMLHttpRequest; its send() waits for the first search.
  var open = XMLHttpRequest.prototype.open;
  var send = XMLHttpRequest.prototype.send;
  var held = new WeakSet();
  XMLHttpRequest.prototype.open = function (method, url) {
    if (/\/search\/search_index\.json$/.test(String(url).split(/[?#]/)[0])) held.add(this);
    else held.delete(this);
    return open.apply(this, arguments);
  };
  XMLHttpRequest.prototype.send = function () {
    var request = this;
    var args = arguments;
    if (!held.has(request)) return send.apply(request, args);
    whenSearching(function () { send.apply(request, args); });
    return undefined;
  };

  // The worker: a stand-in keeps Material's messages and hands them to the real worker when search starts.
  var NativeWorker = window.Worker;
  if (typeof NativeWorker === "function" && typeof EventTarget === "function") {
    window.Worker = function Worker(url, options) {
      if (!/\/workers\//.test(String(url))) return new NativeWorker(url, options);
      return deferredWorker(url, options);
    };
    window.Worker.prototype = NativeWorker.prototype;
  }

  /** An object that behaves like the search worker and becomes one when search starts. */
  function deferredWorker(url, options) {
    var standIn = new EventTarget();
    var queue = [];
    var worker = null;
    standIn.postMessage = function (message, transfer) {
      if (worker) worker.postMessage(message, transfer);
      else queue.push([message, transfer]);
    };
    standIn.terminate = function () {
      if (worker) worker.terminate();
      queue = [];
    };
    whenSearching(function () {
      worker = new NativeWorker(url, options);
      ["message", "messageerror", "error"].forEach(function (type) {
        worker.addEventListener(type, function (event) {
          standIn.dispatchEvent(type === "error" ? new Event("error") : new MessageEvent(type, { data: event.data }));
        });
      });
      queue.splice(0).forEach(function (item) { worker.postMessage(item[0], item[1]); });
    });
    return standIn;
  }

  // Starting to search: focus in the search field, the search dialog opened (by click, tap or keyboard shortcut).
  document.addEventListener("focusin", function (event) {
    if (event.target && event.target.matches && event.target.matches("[data-md-component=search-query]")) start();
  });
  document.addEventListener("change", function (event) {
    if (event.target && event.target.id === "__search" && event.target.checked) start();
  });
  if (new URLSearchParams(location.search).has("h")) start();
})();
