/*
 * Shared copies: answers one person sends to another as a file or a link, with no server. Pure, like answers.js:
 * no DOM, no storage; the browser's CompressionStream and Web Crypto (also in Node 20) do the work.
 *
 * A shared copy is an answers file (answers.js's format) with a "shared" member:
 *   {format, version, exported, worksheets, earlier?, shared: {name: "Maija" | "", at: ISO time, worksheets: [ids]}}
 * With a passphrase, the file is an envelope of the same format family that holds nothing readable:
 *   {format, version, shared: {locked: true}, locked: {cipher: "AES-GCM", kdf: "PBKDF2", hash: "SHA-256",
 *    iterations, salt, iv, data}}   (salt, iv, data in base64url; data = AES-GCM of the deflate-raw'd copy)
 * A link carries the copy in its fragment, which browsers never send to a server:
 *   <site>/worksheets/shared/#s1.z.<base64url of deflate-raw(JSON)>
 *   <site>/worksheets/shared/#s1.k.<iterations>.<salt>.<iv>.<base64url of AES-GCM(deflate-raw(JSON))>
 * In the browser: window.wsShare (load answers.js first); under Node: module.exports (tests/js/share.test.js).
 */
(function (root, factory) {
  "use strict";
  var core = typeof module === "object" && module.exports ? require("./answers.js") : root.wsAnswers;
  var api = factory(core, root);
  if (typeof module === "object" && module.exports) module.exports = api;
  else root.wsShare = api;
})(typeof self !== "undefined" ? self : this, function (A, root) {
  "use strict";

  var LINK_PREFIX = "s1";
  /** The longest link offered: longer ones do not survive many chat apps and e-mail clients; use the file. */
  var LINK_MAX = 8000;
  /** PBKDF2-SHA-256 iterations, OWASP's 2023 recommendation; stored with the data, so it can grow later. */
  var ITERATIONS = 600000;
  /** Fewer iterations than this in a file or link are refused: nobody should be talked into a weak copy. */
  var ITERATIONS_MIN = 100000;
  var ITERATIONS_MAX = 10000000;
  var COMPRESSION = "deflate-raw";
  var NAME_MAX = 100;

  /* ------------------------------------------------------------------------------------------------------------
   * Bytes: base64url, compression, encryption
   * ---------------------------------------------------------------------------------------------------------- */

  /**
   * Bytes as base64url without padding.
   * @param {Uint8Array} bytes
   * @returns {string}
   */
  function toBase64url(bytes) {
    var binary = "";
    for (var i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode.apply(null, bytes.subarray(i, i + 0x8000));
    return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
  }

  /**
   * base64url (padding optional) as bytes; null when the text is not base64url.
   * @param {string} text
   * @returns {Uint8Array|null}
   */
  function fromBase64url(text) {
    if (typeof text !== "string" || !/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) return null;
    var binary;
    try { binary = atob(text.replace(/-/g, "+").replace(/_/g, "/")); } catch (e) { return null; }
    var bytes = new Uint8Array(binary.length);
    for (var i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    return bytes;
  }

  /**
   * Run bytes through a CompressionStream or DecompressionStream.
   * @param {Uint8Array} bytes
   * @param {Object} stream a new (De)CompressionStream
   * @returns {Promise<Uint8Array>}
   */
  function pipe(bytes, stream) {
    var writer = stream.writable.getWriter();
    writer.write(bytes).catch(function () { /* reported by the reader */ });
    writer.close().catch(function () { /* reported by the reader */ });
    return new Response(stream.readable).arrayBuffer().then(function (buffer) { return new Uint8Array(buffer); });
  }

  /**
   * Text compressed with the browser's deflate-raw.
   * @param {string} text
   * @returns {Promise<Uint8Array>}
   */
  function compress(text) {
    return pipe(new TextEncoder().encode(text), new CompressionStream(COMPRESSION));
  }

  /**
   * Compressed bytes back to text; rejects when the bytes are damaged or cut short.
   * @param {Uint8Array} bytes
   * @returns {Promise<string>}
   */
  function decompress(bytes) {
    return pipe(bytes, new DecompressionStream(COMPRESSION)).then(function (out) {
      return new TextDecoder("utf-8", { fatal: true }).decode(out);
    });
  }

  /**
   * Web Crypto (the browser's, or Node's globalThis.crypto).
   * @returns {SubtleCrypto}
   */
  function subtle() {
    var c = (root && root.crypto) || (typeof globalThis !== "undefined" && globalThis.crypto);
    if (!c || !c.subtle) throw new Error("Web Crypto unavailable");
    return c.subtle;
  }

  /**
   * Random bytes from the browser's cryptographic generator.
   * @param {number} length
   * @returns {Uint8Array}
   */
  function randomBytes(length) {
    var c = (root && root.crypto) || globalThis.crypto;
    return c.getRandomValues(new Uint8Array(length));
  }

  /**
   * An AES-GCM key derived from a passphrase with PBKDF2-SHA-256.
   * @param {string} passphrase
   * @param {Uint8Array} salt
   * @param {number} iterations
   * @returns {Promise<CryptoKey>}
   */
  function deriveKey(passphrase, salt, iterations) {
    var s = subtle();
    return s.importKey("raw", new TextEncoder().encode(passphrase.normalize("NFC")), "PBKDF2", false, ["deriveKey"]).then(function (base) {
      return s.deriveKey({ name: "PBKDF2", hash: "SHA-256", salt: salt, iterations: iterations }, base,
        { name: "AES-GCM", length: 256 }, false, ["encrypt", "decrypt"]);
    });
  }

  /**
   * Encrypt bytes with a passphrase: a new random salt (16 bytes) and IV (12 bytes) every time.
   * @param {Uint8Array} bytes
   * @param {string} passphrase
   * @param {number} [iterations]
   * @returns {Promise<{iterations: number, salt: Uint8Array, iv: Uint8Array, data: Uint8Array}>}
   */
  function encrypt(bytes, passphrase, iterations) {
    var rounds = iterations || ITERATIONS;
    var salt = randomBytes(16);
    var iv = randomBytes(12);
    return deriveKey(passphrase, salt, rounds).then(function (key) {
      return subtle().encrypt({ name: "AES-GCM", iv: iv }, key, bytes);
    }).then(function (data) {
      return { iterations: rounds, salt: salt, iv: iv, data: new Uint8Array(data) };
    });
  }

  /**
   * Decrypt; rejects with {reason: "share_error_passphrase"} when the passphrase (or the data) is wrong: AES-GCM
   * cannot tell the two apart, and says nothing readable either way.
   * @param {{iterations: number, salt: Uint8Array, iv: Uint8Array, data: Uint8Array}} sealed
   * @param {string} passphrase
   * @returns {Promise<Uint8Array>}
   */
  function decrypt(sealed, passphrase) {
    return deriveKey(passphrase, sealed.salt, sealed.iterations).then(function (key) {
      return subtle().decrypt({ name: "AES-GCM", iv: sealed.iv }, key, sealed.data);
    }).then(function (plain) { return new Uint8Array(plain); }, function () {
      throw refusal("share_error_passphrase");
    });
  }

  /* ------------------------------------------------------------------------------------------------------------
   * Shared copies: make, check
   * ---------------------------------------------------------------------------------------------------------- */

  /**
   * A refusal, thrown or returned: a UI string key and its parameters.
   * @param {string} reason
   * @param {Object} [params]
   * @returns {{ok: false, reason: string, params: Object}}
   */
  function refusal(reason, params) {
    return { ok: false, reason: reason, params: params || {} };
  }

  /**
   * A shared copy of some worksheets' answers.
   * @param {Object<string, {answers: Object, earlier: Object}>} worksheets
   * @param {string} name who shares (may be empty)
   * @param {Date} [now]
   * @returns {Object}
   */
  function makeCopy(worksheets, name, now) {
    var when = now || new Date();
    var copy = A.makeFile(worksheets, when);
    copy.shared = { name: String(name || "").trim().slice(0, NAME_MAX), at: when.toISOString(), worksheets: Object.keys(worksheets) };
    return copy;
  }

  /**
   * Check a parsed shared copy and read it for this site. Worksheets and fields this site does not have are kept
   * under "earlier" (shown as from an earlier or another version), never dropped.
   * @param {Object} manifest
   * @param {*} data
   * @returns {{ok: true, name: string, at: string|null, worksheets: Object<string, {answers: Object, earlier: Object}>,
   *           unknown: Object<string, Object>} | {ok: false, reason: string, params: Object}}
   */
  function readCopy(manifest, data) {
    if (!A.isPlainObject(data) || data.format !== A.FORMAT) return refusal("share_error_not_shared");
    if (!A.isPlainObject(data.shared)) return refusal("share_error_not_shared");
    if (typeof data.version === "number" && data.version > A.VERSION) {
      return refusal("share_error_version", { version: data.version, supported: A.VERSION });
    }
    if (data.shared.locked) return refusal("share_error_locked");
    var migrated = A.migrate(data, "file");
    if (!migrated.ok) return refusal("share_error_damaged");
    data = migrated.data;
    if (!A.isPlainObject(data.worksheets)) return refusal("share_error_damaged");
    var fileEarlier = A.isPlainObject(data.earlier) ? data.earlier : {};
    var worksheets = {};
    var unknown = {};
    Object.keys(data.worksheets).forEach(function (id) {
      var answers = A.isPlainObject(data.worksheets[id]) ? data.worksheets[id] : {};
      var earlier = A.isPlainObject(fileEarlier[id]) ? A.clone(fileEarlier[id]) : {};
      if (manifest && manifest.worksheets && A.has(manifest.worksheets, id)) {
        worksheets[id] = { answers: A.normaliseAnswers(manifest, manifest.worksheets[id].fields, answers, "", earlier), earlier: earlier };
      } else {
        Object.keys(answers).forEach(function (field) { if (!A.isEmpty(answers[field])) earlier[field] = A.clone(answers[field]); });
        unknown[id] = earlier;
      }
    });
    Object.keys(fileEarlier).forEach(function (id) {
      if (!A.has(data.worksheets, id) && A.isPlainObject(fileEarlier[id])) unknown[id] = A.clone(fileEarlier[id]);
    });
    if (!Object.keys(worksheets).length && !Object.keys(unknown).length) return refusal("share_error_empty");
    var at = typeof data.shared.at === "string" && !isNaN(new Date(data.shared.at)) ? data.shared.at : null;
    var name = typeof data.shared.name === "string" ? data.shared.name.slice(0, NAME_MAX) : "";
    return { ok: true, name: name, at: at, worksheets: worksheets, unknown: unknown };
  }

  /* ------------------------------------------------------------------------------------------------------------
   * Files and links
   * ---------------------------------------------------------------------------------------------------------- */

  /**
   * The text of a shared file: the copy as JSON, or with a passphrase a locked envelope.
   * @param {Object} copy from makeCopy
   * @param {string} [passphrase]
   * @returns {Promise<string>}
   */
  function fileText(copy, passphrase) {
    var json = JSON.stringify(copy, null, 2);
    if (!passphrase) return Promise.resolve(json);
    return compress(JSON.stringify(copy)).then(function (bytes) { return encrypt(bytes, passphrase); }).then(function (sealed) {
      return JSON.stringify({
        format: A.FORMAT, version: A.VERSION, shared: { locked: true },
        locked: { cipher: "AES-GCM", kdf: "PBKDF2", hash: "SHA-256", compression: COMPRESSION, iterations: sealed.iterations,
          salt: toBase64url(sealed.salt), iv: toBase64url(sealed.iv), data: toBase64url(sealed.data) }
      }, null, 2);
    });
  }

  /**
   * The fragment of a link (without "#").
   * @param {Object} copy from makeCopy
   * @param {string} [passphrase]
   * @returns {Promise<string>}
   */
  function linkFragment(copy, passphrase) {
    return compress(JSON.stringify(copy)).then(function (bytes) {
      if (!passphrase) return LINK_PREFIX + ".z." + toBase64url(bytes);
      return encrypt(bytes, passphrase).then(function (sealed) {
        return [LINK_PREFIX, "k", sealed.iterations, toBase64url(sealed.salt), toBase64url(sealed.iv), toBase64url(sealed.data)].join(".");
      });
    });
  }

  /**
   * True when a fragment (with or without "#") looks like a shared link's.
   * @param {string} fragment
   * @returns {boolean}
   */
  function isLinkFragment(fragment) {
    return String(fragment || "").replace(/^#/, "").indexOf(LINK_PREFIX + ".") === 0;
  }

  /**
   * Check the iterations and byte lengths of sealed data.
   * @param {*} iterations
   * @param {Uint8Array|null} salt
   * @param {Uint8Array|null} iv
   * @param {Uint8Array|null} data
   * @returns {boolean}
   */
  function sealedLooksRight(iterations, salt, iv, data) {
    return typeof iterations === "number" && iterations % 1 === 0 && iterations >= ITERATIONS_MIN && iterations <= ITERATIONS_MAX &&
      !!salt && salt.length >= 16 && !!iv && iv.length === 12 && !!data && data.length > 16;
  }

  /**
   * Parse what a person opened (a link's fragment or a file's text) into either a plain copy or a locked one.
   * @param {string} text a fragment ("s1.…", with or without "#") or a file's text
   * @returns {{ok: true, locked: false, data: *} | {ok: true, locked: true, sealed: Object, compressed: boolean,
   *           link: boolean} | {ok: true, locked: false, compressed: Uint8Array} | {ok: false, reason: string}}
   */
  function parse(text) {
    var source = String(text || "").trim();
    if (isLinkFragment(source)) {
      var parts = source.replace(/^#/, "").split(".");
      if (parts[1] === "z" && parts.length === 3) {
        var bytes = fromBase64url(parts[2]);
        if (!bytes || !bytes.length) return refusal("share_error_damaged");
        return { ok: true, locked: false, compressed: bytes };
      }
      if (parts[1] === "k" && parts.length === 6) {
        var iterations = /^\d+$/.test(parts[2]) ? Number(parts[2]) : NaN;
        var sealed = { iterations: iterations, salt: fromBase64url(parts[3]), iv: fromBase64url(parts[4]), data: fromBase64url(parts[5]) };
        if (!sealedLooksRight(sealed.iterations, sealed.salt, sealed.iv, sealed.data)) return refusal("share_error_damaged");
        return { ok: true, locked: true, sealed: sealed };
      }
      return refusal("share_error_damaged");
    }
    var data;
    try { data = JSON.parse(source); } catch (e) { return refusal("share_error_file"); }
    if (A.isPlainObject(data) && data.format === A.FORMAT && A.isPlainObject(data.shared) && data.shared.locked) {
      if (typeof data.version === "number" && data.version > A.VERSION) {
        return refusal("share_error_version", { version: data.version, supported: A.VERSION });
      }
      var l = A.isPlainObject(data.locked) ? data.locked : {};
      var box = { iterations: l.iterations, salt: fromBase64url(l.salt), iv: fromBase64url(l.iv), data: fromBase64url(l.data) };
      if (l.cipher !== "AES-GCM" || l.kdf !== "PBKDF2" || l.hash !== "SHA-256" || l.compression !== COMPRESSION ||
          !sealedLooksRight(box.iterations, box.salt, box.iv, box.data)) return refusal("share_error_damaged");
      return { ok: true, locked: true, sealed: box };
    }
    return { ok: true, locked: false, data: data };
  }

  /**
   * Read a parsed copy's plain JSON from compressed bytes.
   * @param {Uint8Array} bytes
   * @returns {Promise<*>} rejects with a refusal when damaged
   */
  function inflateJson(bytes) {
    return decompress(bytes).then(function (text) { return JSON.parse(text); }).catch(function () {
      throw refusal("share_error_damaged");
    });
  }

  /**
   * Open a link fragment or a file's text: parse, decrypt with the passphrase when locked, decompress, check.
   * Resolves to readCopy's result, or a refusal ("share_error_need_passphrase" when locked and none was given).
   * Never throws.
   * @param {Object} manifest
   * @param {string} text
   * @param {string} [passphrase]
   * @returns {Promise<Object>}
   */
  function open(manifest, text, passphrase) {
    var parsed = parse(text);
    if (!parsed.ok) return Promise.resolve(parsed);
    var json;
    if (parsed.locked) {
      if (!passphrase) return Promise.resolve(refusal("share_error_need_passphrase"));
      json = decrypt(parsed.sealed, passphrase).then(inflateJson);
    } else if (parsed.compressed) json = inflateJson(parsed.compressed);
    else json = Promise.resolve(parsed.data);
    return json.then(function (data) {
      var result = readCopy(manifest, data);
      if (result.ok) result.copy = data;
      return result;
    }, function (error) {
      return error && error.reason ? error : refusal("share_error_damaged");
    });
  }

  /**
   * The absolute address of the site's shared page with a fragment.
   * @param {string} pageUrl absolute address of worksheets/shared/
   * @param {string} fragment
   * @returns {{url: string, length: number, fits: boolean}}
   */
  function link(pageUrl, fragment) {
    var url = String(pageUrl).replace(/#.*$/, "") + "#" + fragment;
    return { url: url, length: url.length, fits: url.length <= LINK_MAX };
  }

  return {
    LINK_MAX: LINK_MAX,
    ITERATIONS: ITERATIONS,
    toBase64url: toBase64url,
    fromBase64url: fromBase64url,
    compress: compress,
    decompress: decompress,
    encrypt: encrypt,
    decrypt: decrypt,
    makeCopy: makeCopy,
    readCopy: readCopy,
    fileText: fileText,
    linkFragment: linkFragment,
    isLinkFragment: isLinkFragment,
    parse: parse,
    open: open,
    link: link
  };
});
