/*
 * Search worker: Material's own worker (named in this script's URL fragment), adjusted for the page's language.
 * Runs entirely in the browser; nothing is sent anywhere. What it changes, and why:
 *
 * - Query words are reduced to their stem first. Material turns every word into a prefix search ("tavoitteita*"),
 *   and lunr never stems such words, so inflected Finnish words found nothing. Stemming with the index's own lunr
 *   stemmer, then trimming the stem to the part Finnish inflection does not change ("verkostoitumis-" /
 *   "verkostoitumin-" -> "verkostoitumi-"), makes "verkostoitumisesta" find "verkostoituminen".
 * - Numbers survive: lunr-languages' trimmers strip every character that is not a letter of their language, so
 *   on Finnish pages "A4" was indexed as "a" and "20" not at all. The trimmer here strips only what is neither a
 *   letter nor a digit (in any script), for the index and the query alike.
 * - ä, ö and å are folded to a, o and a on both sides, after stemming, so "tyonhaku" finds "työnhaku" (people who
 *   moved to Finland often type without a Finnish keyboard) and "työnhaku" still finds it too.
 * - Pages whose title has a query word (in any inflected form, or as base form in the index's hidden
 *   `title_lemmas` field) are listed before pages that only mention it. lunr cannot tell "Tavoitteet" from
 *   "Tavoitetehtävät" for the prefix search "tavoi*", and a rare compound outscores a common word.
 *
 * The index itself gets hidden fields of base forms at build time (hooks/search_index.py), so "käytäntö" finds
 * "käytännön": the query's stem is a prefix of the stem of the base form held there.
 */
/* global lunr, importScripts */
(function () {
  "use strict";

  /** Language of the index (lunr language code), set by Material's setup message. */
  var language = "en";
  /** Shortest stem prefix for Finnish: shorter ones would match too many unrelated words. */
  var MIN_PREFIX = 5;
  /** Letters folded for people without them on their keyboard; applied after stemming, on both sides. */
  var FOLDED = { "ä": "a", "ö": "o", "å": "a" };
  /** The query's words as the index holds them, for ordering the results (set for each query). */
  var queryForms = [];
  /** The stemmer of each language before this script wrapped it: stems without folding. */
  var plainStemmers = {};

  /**
   * Fold ä, ö, å to a, o, a.
   * @param {string} word - a lower-case word
   * @returns {string} the word without those letters
   */
  function fold(word) {
    return word.replace(/[äöå]/g, function (letter) { return FOLDED[letter]; });
  }

  /**
   * Finnish: drop the consonants after the last vowel, where consonant gradation and case endings differ.
   * @param {string} stem - a Finnish stem from the Snowball stemmer
   * @returns {string} the stem's stable beginning, or the stem itself when that would be too short
   */
  function finnishPrefix(stem) {
    var trimmed = stem.replace(/[^aeiouyäö]+$/, "");
    return trimmed.length >= MIN_PREFIX ? trimmed : stem;
  }

  /**
   * The object holding a language's lunr pipeline functions (`lunr` itself for English, `lunr.fi` for Finnish).
   * @param {string} code - lunr language code
   * @returns {object|undefined} the language support, if loaded
   */
  function support(code) {
    return code === "en" ? lunr : lunr[code];
  }

  /**
   * One word stemmed with the plain (unfolded) stemmer of the index's language.
   * @param {string} word - a lower-case word
   * @returns {string} its stem, or the word when no stemmer is loaded
   */
  function plainStem(word) {
    var stemmer = plainStemmers[language] || (support(language) || {}).stemmer;
    return typeof stemmer === "function" ? String(stemmer(new lunr.Token(word, {}))) : word;
  }

  /**
   * One query word to the form the index holds: stemmed, trimmed for Finnish, folded. Short words (CV, TE, A4)
   * are only folded: stemmers mangle abbreviations.
   * @param {string} word - a word as typed
   * @returns {string} the prefix to search for
   */
  function queryForm(word) {
    var lower = word.toLowerCase();
    if (lower.length <= 2) return fold(lower);
    var stem = plainStem(lower);
    return fold(language === "fi" ? finnishPrefix(stem) : stem);
  }

  /**
   * Stem plain words only; quotes, + operators, wildcards and field names stay as the person typed them (a word
   * after "-", the operator that excludes it, is stemmed like any other).
   * @param {string} query - the query as typed
   * @returns {string} the query Material's worker receives
   */
  function stemQuery(query) {
    if (typeof lunr === "undefined") return query;
    var stopWordFilter = (support(language) || {}).stopWordFilter;
    queryForms = [];
    // Hyphens separate words in the index too (Material's separator), so "TE-palvelut" is two words here.
    return query.split(/(\s+|-)/).map(function (part) {
      if (!/^[\p{L}\p{N}]+$/u.test(part)) return part;
      var form = queryForm(part);
      // Stop words ("ja", "and") would make every title with "ja" a title match.
      if (typeof stopWordFilter !== "function" || stopWordFilter(part.toLowerCase())) queryForms.push(form);
      return form;
    }).join("");
  }

  /**
   * Replace a loaded language's trimmer (keeps digits) and stemmer (also yields the folded forms), once.
   * Material's worker builds the index right after loading the language, through the properties replaced here.
   * @param {string} code - lunr language code
   */
  function adapt(code) {
    var lang = support(code);
    if (!lang || plainStemmers[code] || typeof lang.stemmer !== "function") return;
    var stemmer = lang.stemmer;
    plainStemmers[code] = stemmer;

    lang.trimmer = function (token) {
      return token.update(function (s) { return s.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ""); });
    };
    lunr.Pipeline.registerFunction(lang.trimmer, "trimmer-digits-" + code);

    // Index side: the folded stem of the word, and the stem of the folded word when that differs, so a query
    // typed without ä/ö (stemmed as typed) meets the same token.
    lang.stemmer = function (token) {
      if (typeof token.update !== "function") return fold(String(stemmer(new lunr.Token(String(token), {}))));
      var word = token.toString();
      var folded = fold(String(stemmer(token.clone())));
      var plain = fold(String(stemmer(new lunr.Token(fold(word), {}))));
      var first = token.update(function () { return folded; });
      return plain === folded ? first : [first, first.clone(function () { return plain; })];
    };
    lunr.Pipeline.registerFunction(lang.stemmer, "stemmer-folding-" + code);
  }

  /**
   * Whether a result's page title has one of the query's words as a whole word (any inflection, or its base form).
   * @param {{title?: string, title_lemmas?: string}} article - the page's own result entry
   * @returns {boolean} true when the title matches
   */
  function titleMatches(article) {
    var words = [article.title, article.title_lemmas].join(" ").replace(/<[^>]*>/g, " ").toLowerCase()
      .split(/[^\p{L}\p{N}]+/u).filter(Boolean);
    return words.some(function (word) {
      return queryForms.indexOf(queryForm(word)) !== -1;
    });
  }

  /**
   * Pages whose title matches first, each part in lunr's order (a stable sort).
   * @param {Array<Array<object>>} groups - Material's result: one list of entries per page, page entry included
   * @returns {Array<Array<object>>} the same groups, reordered
   */
  function titlesFirst(groups) {
    if (!queryForms.length) return groups;
    var ranked = groups.map(function (group, position) {
      var article = group.filter(function (entry) { return entry.location.indexOf("#") === -1; })[0] || group[0];
      return { group: group, position: position, title: titleMatches(article) ? 0 : 1 };
    });
    ranked.sort(function (a, b) { return a.title - b.title || a.position - b.position; });
    return ranked.map(function (item) { return item.group; });
  }

  // Registered before Material's listener, so the query is rewritten before Material reads it.
  self.addEventListener("message", function (event) {
    var message = event.data;
    if (!message) return;
    if (message.type === 0 && message.data && message.data.config && message.data.config.lang) {
      language = message.data.config.lang[0] || "en";
      adapt("en");
    } else if (message.type === 2 && typeof message.data === "string") {
      message.data = stemQuery(message.data);
    }
  });

  // Material loads a language's lunr support with importScripts and builds the index at once: adapt it in
  // between. From a file share importScripts is the iframe-worker shim's, which returns a promise.
  var load = self.importScripts;
  self.importScripts = function () {
    var done = load.apply(self, arguments);
    var after = function () { adapt(language); };
    if (done && typeof done.then === "function") return done.then(after);
    after();
    return done;
  };

  // Results go back to the page through postMessage: order them there (type 3 is Material's result message).
  var send = self.postMessage;
  self.postMessage = function (message) {
    if (message && message.type === 3 && message.data && Array.isArray(message.data.items)) {
      message.data.items = titlesFirst(message.data.items);
    }
    return send.apply(self, arguments);
  };

  // From a file share the "worker" runs in an iframe (iframe-worker shim): there, this script's own URL says
  // where Material's worker lies; in a real worker, self.location does.
  var own = typeof document !== "undefined" && document.currentScript ? document.currentScript.src : self.location.href;
  var material = decodeURIComponent(new URL(own).hash.slice(1)).split("?")[0];
  load.call(self, new URL(material, own).href);
})();
