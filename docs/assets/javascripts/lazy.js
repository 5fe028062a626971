/*
 * Code loaded on demand: a classic <script> beside the bundle this is part of (the same folder also when the site
 * is opened from a file share, where fetch() of a local file is blocked), added once, however often it is asked for.
 * Used by pictures.js (the charts and their strings, the calendar) and by "Shared with me" (pictures of a copy).
 */
(function () {
  "use strict";

  // The bundle this file is part of is the script running now; the others sit in its folder.
  var HERE = document.currentScript ? document.currentScript.src.replace(/[^/]*$/, "") : "";
  var scripts = {};

  /**
   * Load the scripts named, each once, in parallel; call back when all of them have run, or when one cannot load.
   * @param {string[]} names file names beside this bundle
   * @param {function(boolean)} done true when all ran, false when one failed (asking again tries that one again)
   */
  function load(names, done) {
    var left = names.length;
    var failed = false;
    names.forEach(function (name) {
      if (!scripts[name]) {
        var entry = scripts[name] = { state: "loading", waiting: [] };
        var script = document.createElement("script");
        script.src = HERE + name;
        script.onload = script.onerror = function (event) {
          entry.state = event.type === "load" ? "ready" : "failed";
          if (entry.state === "failed") delete scripts[name];
          entry.waiting.splice(0).forEach(function (callback) { callback(entry.state === "ready"); });
        };
        document.head.appendChild(script);
      }
      var wait = function (ok) {
        failed = failed || !ok;
        if (--left === 0) done(!failed);
      };
      if (scripts[name].state === "ready") wait(true); else scripts[name].waiting.push(wait);
    });
  }

  window.wsLazy = { load: load };
})();
