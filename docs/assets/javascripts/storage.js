/*
 * Storage: localStorage behind try/catch, where failure is expected, not exceptional. Reading keeps working when
 * writing fails; a full storage ("full") is told apart from a storage the browser blocks ("blocked").
 * Keys, all under the site's namespace (extra.worksheets.storage_namespace):
 *   <ns>:worksheet:<id>               the answers record of a worksheet (answers.js describes the format)
 *   <ns>:settings                     print and workbook preferences
 *   <ns>:rescued:<id>:<timestamp>     an unreadable record set aside, never overwritten (one key each)
 *   <ns>:worksheet:<id>:unreadable    the same, as the first version wrote it (listed, never written)
 *   <ns>:backup                       the state before the last import or clear, so "Undo" works after a reload
 * Pages follow each other through the "storage" event (subscribe).
 */
(function () {
  "use strict";

  /**
   * Whether an exception from localStorage means "no space left" (every browser names it differently).
   * @param {*} error
   * @returns {boolean}
   */
  function isQuotaError(error) {
    if (!error) return false;
    return error.name === "QuotaExceededError" || error.name === "NS_ERROR_DOM_QUOTA_REACHED" || error.code === 22 || error.code === 1014;
  }

  /**
   * Open the namespace's storage.
   * @param {string} namespace
   * @returns {Object} the store (see the methods below)
   */
  function open(namespace) {
    var storage = null;
    var state = "ok";
    try {
      storage = window.localStorage;
      // embed.js swaps in a page-lifetime stand-in where the browser blocks storage: it keeps nothing.
      if (!storage || storage.volatile) throw new Error("storage unavailable");
      storage.getItem(namespace + ":settings");
    } catch (e) {
      storage = null;
      state = "blocked";
    }
    var worksheetPrefix = namespace + ":worksheet:";
    var rescuedPrefix = namespace + ":rescued:";
    var backupKey = namespace + ":backup";
    var listeners = [];
    var memoryBackup = null;
    if (storage) {
      // A tiny write tells a full storage apart from a working one before the person types anything.
      try {
        storage.setItem(namespace + ":probe", "1");
        storage.removeItem(namespace + ":probe");
      } catch (e) {
        state = isQuotaError(e) ? "full" : "blocked";
      }
    }

    /**
     * Note the outcome of a write: success clears "full"; a quota error sets it; anything else is "blocked".
     * @param {*} error null on success
     * @returns {string} "ok", "full" or "blocked"
     */
    function noteWrite(error) {
      if (!storage) return "blocked";
      var before = state;
      state = error ? (isQuotaError(error) ? "full" : "blocked") : "ok";
      if (before !== state) listeners.forEach(function (fn) { fn({ type: "state", state: state }); });
      return state;
    }

    /**
     * Read one key; null when missing or unreadable.
     * @param {string} key
     * @returns {string|null}
     */
    function get(key) {
      if (!storage) return null;
      try { return storage.getItem(key); } catch (e) { return null; }
    }

    /**
     * Write one key (null removes it).
     * @param {string} key
     * @param {string|null} value
     * @returns {string} "ok", "full" or "blocked"
     */
    function set(key, value) {
      if (!storage) return "blocked";
      try {
        if (value === null) storage.removeItem(key); else storage.setItem(key, value);
        return noteWrite(null);
      } catch (e) {
        return noteWrite(e);
      }
    }

    /**
     * Every key of this namespace in storage.
     * @returns {string[]}
     */
    function keys() {
      if (!storage) return [];
      var found = [];
      try {
        for (var i = 0; i < storage.length; i++) {
          var key = storage.key(i);
          if (key && key.indexOf(namespace + ":") === 0) found.push(key);
        }
      } catch (e) { /* nothing readable */ }
      return found.sort();
    }

    var store = {
      namespace: namespace,
      /** @returns {string} "ok", "full" or "blocked" */
      state: function () { return state; },
      /** @returns {boolean} true when answers can be read (also when storage is full) */
      readable: function () { return storage !== null; },
      /**
       * @param {string} worksheetId
       * @returns {string} the storage key of a worksheet's record
       */
      key: function (worksheetId) { return worksheetPrefix + worksheetId; },
      /**
       * The stored text of a worksheet's record.
       * @param {string} worksheetId
       * @returns {string|null}
       */
      raw: function (worksheetId) { return get(worksheetPrefix + worksheetId); },
      /**
       * Write a worksheet's record text (null removes it).
       * @param {string} worksheetId
       * @param {string|null} text
       * @returns {string} "ok", "full" or "blocked"
       */
      write: function (worksheetId, text) { return set(worksheetPrefix + worksheetId, text); },
      /**
       * A worksheet's answers for the current fields (answers.js: migrations, renames, earlier answers).
       * An unreadable record is set aside under a key of its own before anything could overwrite it.
       * @param {string} worksheetId
       * @param {Object} manifest
       * @returns {{ok: boolean, answers: Object, earlier: Object, updated: string|null, rescuedKey?: string|null}}
       */
      readWorksheet: function (worksheetId, manifest) {
        var raw = get(worksheetPrefix + worksheetId);
        if (raw === null) return { ok: true, answers: {}, earlier: {}, updated: null };
        var parsed;
        try { parsed = JSON.parse(raw); } catch (e) { parsed = undefined; }
        var read = parsed === undefined ? { ok: false } : window.wsAnswers.readRecord(manifest, worksheetId, parsed);
        if (read.ok) return read;
        return { ok: false, answers: {}, earlier: {}, updated: null, rescuedKey: store.rescue(worksheetId, raw) };
      },
      get: get,
      set: set,
      keys: keys,
      /**
       * Set an unreadable record aside under a key of its own; never overwrites another rescued copy.
       * @param {string} worksheetId
       * @param {string} text
       * @returns {string|null} the key, or null when it could not be written
       */
      rescue: function (worksheetId, text) {
        var existing = keys().filter(function (key) { return key.indexOf(rescuedPrefix + worksheetId + ":") === 0; });
        for (var i = 0; i < existing.length; i++) if (get(existing[i]) === text) return existing[i];
        var base = rescuedPrefix + worksheetId + ":" + new Date().toISOString().replace(/[:.]/g, "-");
        var key = base;
        for (var n = 2; get(key) !== null; n++) key = base + "-" + n;
        return set(key, text) === "ok" ? key : null;
      },
      /**
       * Rescued copies: the new keys and the first version's ":unreadable" keys.
       * @returns {{key: string, worksheet: string, text: string}[]}
       */
      rescued: function () {
        return keys().map(function (key) {
          var match = key.indexOf(rescuedPrefix) === 0 ? /^([^:]+):/.exec(key.slice(rescuedPrefix.length))
            : key.indexOf(worksheetPrefix) === 0 && /:unreadable$/.test(key) ? [null, key.slice(worksheetPrefix.length, -11)] : null;
          return match ? { key: key, worksheet: match[1], text: get(key) || "" } : null;
        }).filter(Boolean);
      },
      /**
       * Keep the state of some keys before a change, for "Undo" (in storage, and in memory when storage is full).
       * @param {string} kind "import", "clear", "clear-all"
       * @param {string[]} keyList keys the change touches
       * @param {Object} [extra] what the message needs (e.g. worksheet titles)
       * @returns {Object} the backup
       */
      backup: function (kind, keyList, extra) {
        var records = {};
        keyList.forEach(function (key) { records[key] = get(key); });
        memoryBackup = { kind: kind, taken: new Date().toISOString(), records: records, extra: extra || {} };
        set(backupKey, JSON.stringify(memoryBackup));
        return memoryBackup;
      },
      /**
       * The last backup, from storage (so it survives a reload) or from memory.
       * @returns {Object|null}
       */
      lastBackup: function () {
        var text = get(backupKey);
        if (text) {
          try {
            var data = JSON.parse(text);
            if (data && typeof data === "object" && data.records && typeof data.records === "object") return data;
          } catch (e) { /* fall back to memory */ }
        }
        return memoryBackup;
      },
      /**
       * Put back every key of the last backup and forget it.
       * @returns {string} "ok", "full", "blocked" or "none"
       */
      restoreBackup: function () {
        var backup = store.lastBackup();
        if (!backup) return "none";
        var result = "ok";
        Object.keys(backup.records).forEach(function (key) {
          var outcome = set(key, backup.records[key]);
          if (outcome !== "ok") result = outcome;
        });
        if (result === "ok") store.dropBackup();
        return result;
      },
      /** Forget the last backup. */
      dropBackup: function () {
        memoryBackup = null;
        set(backupKey, null);
      },
      /**
       * A preference from "<ns>:settings".
       * @param {string} name
       * @returns {*}
       */
      getSetting: function (name) {
        try {
          var settings = JSON.parse(get(namespace + ":settings") || "{}");
          return settings && typeof settings === "object" ? settings[name] : null;
        } catch (e) { return null; }
      },
      /**
       * Keep a preference; a lost preference is harmless.
       * @param {string} name
       * @param {*} value
       */
      setSetting: function (name, value) {
        var settings;
        try { settings = JSON.parse(get(namespace + ":settings") || "{}"); } catch (e) { settings = {}; }
        if (!settings || typeof settings !== "object" || Array.isArray(settings)) settings = {};
        settings[name] = value;
        set(namespace + ":settings", JSON.stringify(settings));
      },
      /**
       * Follow changes: storage events from other pages ({type: "worksheet", worksheet, key} or {type: "other",
       * key}) and this page's storage state changes ({type: "state", state}).
       * @param {function(Object)} fn
       */
      subscribe: function (fn) {
        listeners.push(fn);
      }
    };

    window.addEventListener("storage", function (event) {
      if (event.storageArea && event.storageArea !== storage) return;
      var key = event.key;
      if (key !== null && key.indexOf(namespace + ":") !== 0) return;
      var change = key !== null && key.indexOf(worksheetPrefix) === 0 && key.indexOf(":", worksheetPrefix.length) === -1
        ? { type: "worksheet", worksheet: key.slice(worksheetPrefix.length), key: key }
        : { type: "other", key: key };
      // Another page wrote something, so there may be room again: let the next write find out.
      listeners.forEach(function (fn) { fn(change); });
    });
    return store;
  }

  window.wsStorage = { open: open, isQuotaError: isQuotaError };
})();
