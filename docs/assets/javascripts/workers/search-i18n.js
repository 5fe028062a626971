/*
 * Search worker: Material's own worker (named in this script's URL fragment), with each query word reduced to its
 * stem first. Material turns every word into a prefix search ("tavoitteita*"), and lunr never stems such words,
 * so inflected Finnish words found nothing. Stemming with the index's own lunr stemmer, then trimming the stem to
 * the part Finnish inflection does not change ("verkostoitumis-" / "verkostoitumin-" -> "verkostoitumi-"), makes
 * "verkostoitumisesta" find "verkostoituminen". Runs entirely in the browser; nothing is sent anywhere.
 */
/* global lunr, importScripts */
(function () {
  "use strict";

  var language = "en";
  var MIN_PREFIX = 5;

  /** Finnish: drop the consonants after the last vowel, where consonant gradation and case endings differ. */
  function finnishPrefix(stem) {
    var trimmed = stem.replace(/[^aeiouyäö]+$/, "");
    return trimmed.length >= MIN_PREFIX ? trimmed : stem;
  }

  /** One word to the form the index holds, with the stemmer of the index's language. */
  function stemWord(word) {
    var stemmer = language === "en" ? lunr.stemmer : lunr[language] && lunr[language].stemmer;
    if (typeof stemmer !== "function") return word;
    var stem = String(stemmer(new lunr.Token(word.toLowerCase(), {})));
    return language === "fi" ? finnishPrefix(stem) : stem;
  }

  /** Stem plain words only; quotes, +/- operators, wildcards and field names stay as the person typed them. */
  function stemQuery(query) {
    if (typeof lunr === "undefined") return query;
    return query.split(/(\s+)/).map(function (part) {
      return /^[\p{L}\p{N}]+$/u.test(part) && part.length > 2 ? stemWord(part) : part;
    }).join("");
  }

  // Registered before Material's listener, so the query is rewritten before Material reads it.
  self.addEventListener("message", function (event) {
    var message = event.data;
    if (!message) return;
    if (message.type === 0 && message.data && message.data.config && message.data.config.lang) {
      language = message.data.config.lang[0] || "en";
    } else if (message.type === 2 && typeof message.data === "string") {
      message.data = stemQuery(message.data);
    }
  });

  // From a file share the "worker" runs in an iframe (iframe-worker shim): there, this script's own URL says
  // where Material's worker lies; in a real worker, self.location does.
  var own = typeof document !== "undefined" && document.currentScript ? document.currentScript.src : self.location.href;
  var material = decodeURIComponent(new URL(own).hash.slice(1)).split("?")[0];
  importScripts(new URL(material, own).href);
})();
