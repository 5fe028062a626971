/* Shared copies (docs/assets/javascripts/share.js): files, links, passphrases and bad input, under Node's test runner. */
"use strict";

const test = require("node:test");
const assert = require("node:assert/strict");
const share = require("../../docs/assets/javascripts/share.js");
const { manifest } = require("./fixtures.js");

const NOW = new Date("2027-02-03T10:00:00Z");
// Fewer rounds keep the tests quick; the stored count is what decryption uses, so the code path is the same.
const FAST = 100000;

/** A copy of the agreement as Maija shares it. */
function copy() {
  return share.makeCopy({ agreement: { answers: { "mentee-name": "Maija Ääkkönen", "meeting-rhythm": "weekly" }, earlier: {} } }, "  Maija ", NOW);
}

test("a copy is an answers file marked as shared: who, when, which worksheets", () => {
  const data = copy();
  assert.equal(data.format, "tyouramentorointi-answers");
  assert.equal(data.version, 1);
  assert.deepEqual(data.shared, { name: "Maija", at: "2027-02-03T10:00:00.000Z", worksheets: ["agreement"] });
  assert.deepEqual(data.worksheets.agreement["mentee-name"], "Maija Ääkkönen");
});

test("base64url round-trips every byte value and refuses other characters", () => {
  const bytes = new Uint8Array(256).map((_, i) => i);
  const text = share.toBase64url(bytes);
  assert.match(text, /^[A-Za-z0-9_-]+$/);
  assert.deepEqual(share.fromBase64url(text), bytes);
  assert.equal(share.fromBase64url("ab+c"), null);
  assert.equal(share.fromBase64url("abcde"), null);
});

test("a plain link opens to the same answers and stays short", async () => {
  const fragment = await share.linkFragment(copy());
  assert.match(fragment, /^s1\.z\.[A-Za-z0-9_-]+$/);
  const opened = await share.open(manifest(), "#" + fragment);
  assert.equal(opened.ok, true);
  assert.equal(opened.name, "Maija");
  assert.equal(opened.at, "2027-02-03T10:00:00.000Z");
  assert.equal(opened.worksheets.agreement.answers["mentee-name"], "Maija Ääkkönen");
  const made = share.link("https://example.org/hr/worksheets/shared/#old", fragment);
  assert.equal(made.url, "https://example.org/hr/worksheets/shared/#" + fragment);
  assert.equal(made.fits, true);
  assert.equal(made.length, made.url.length);
});

test("a long selection does not fit a link", async () => {
  let seed = 7;
  const noise = Array.from({ length: 15000 }, () => { seed = (seed * 48271) % 2147483647; return String.fromCharCode(97 + (seed % 26)); }).join("");
  const data = share.makeCopy({ agreement: { answers: { confidentiality: noise }, earlier: {} } }, "", NOW);
  const made = share.link("https://example.org/worksheets/shared/", await share.linkFragment(data));
  assert.equal(made.fits, false);
  assert.ok(made.length > share.LINK_MAX);
});

test("a locked link needs the passphrase, refuses a wrong one and opens with the right one", async () => {
  const data = copy();
  const fragment = await share.linkFragment(data, "kissa ja koira");
  assert.match(fragment, /^s1\.k\.600000\./);
  assert.ok(!fragment.includes(Buffer.from("Maija").toString("base64url")));
  assert.equal((await share.open(manifest(), fragment)).reason, "share_error_need_passphrase");
  assert.equal((await share.open(manifest(), fragment, "kissa")).reason, "share_error_passphrase");
  const opened = await share.open(manifest(), fragment, "kissa ja koira");
  assert.equal(opened.ok, true);
  assert.equal(opened.worksheets.agreement.answers["meeting-rhythm"], "weekly");
});

test("every encryption uses a new salt and IV", async () => {
  const bytes = new TextEncoder().encode("same text");
  const a = await share.encrypt(bytes, "p", FAST);
  const b = await share.encrypt(bytes, "p", FAST);
  assert.notDeepEqual(a.salt, b.salt);
  assert.notDeepEqual(a.iv, b.iv);
  assert.notDeepEqual(a.data, b.data);
  assert.deepEqual(await share.decrypt(a, "p"), bytes);
});

test("a locked file holds nothing readable and opens with the passphrase", async () => {
  const text = await share.fileText(copy(), "salasana");
  assert.ok(!text.includes("Maija"));
  const envelope = JSON.parse(text);
  assert.equal(envelope.format, "tyouramentorointi-answers");
  assert.deepEqual(envelope.shared, { locked: true });
  assert.equal(envelope.locked.kdf, "PBKDF2");
  assert.equal(envelope.locked.iterations, 600000);
  assert.equal((await share.open(manifest(), text, "väärä")).reason, "share_error_passphrase");
  assert.equal((await share.open(manifest(), text, "salasana")).name, "Maija");
});

test("a plain file opens; a file that is not a shared copy, a newer format and broken JSON are refused", async () => {
  const text = await share.fileText(copy());
  assert.equal((await share.open(manifest(), text)).ok, true);
  const exported = { format: "tyouramentorointi-answers", version: 1, exported: NOW.toISOString(), worksheets: { agreement: {} } };
  assert.equal((await share.open(manifest(), JSON.stringify(exported))).reason, "share_error_not_shared");
  const newer = Object.assign(copy(), { version: 2 });
  const refused = await share.open(manifest(), JSON.stringify(newer));
  assert.equal(refused.reason, "share_error_version");
  assert.deepEqual(refused.params, { version: 2, supported: 1 });
  assert.equal((await share.open(manifest(), text.slice(0, text.length / 2))).reason, "share_error_file");
});

test("a damaged or cut link is refused, never half read", async () => {
  const plain = await share.linkFragment(copy());
  assert.equal((await share.open(manifest(), plain.slice(0, plain.length - 12))).reason, "share_error_damaged");
  assert.equal((await share.open(manifest(), plain.replace("s1.z.", "s1.z.!!"))).reason, "share_error_damaged");
  assert.equal((await share.open(manifest(), "s1.q.abc")).reason, "share_error_damaged");
  const locked = await share.linkFragment(copy(), "pass");
  const cut = locked.slice(0, locked.lastIndexOf(".") + 5);
  assert.equal((await share.open(manifest(), cut, "pass")).reason, "share_error_damaged");
  const weak = locked.replace(".600000.", ".1000.");
  assert.equal((await share.open(manifest(), weak, "pass")).reason, "share_error_damaged");
});

test("unknown worksheets and fields are kept as from an earlier or another version", async () => {
  const data = copy();
  data.worksheets.agreement["old-field"] = "vanha vastaus";
  data.worksheets.unknown = { thing: "x", empty: "" };
  const opened = await share.open(manifest(), JSON.stringify(data));
  assert.equal(opened.ok, true);
  assert.deepEqual(opened.worksheets.agreement.earlier, { "old-field": "vanha vastaus" });
  assert.deepEqual(opened.unknown, { unknown: { thing: "x" } });
});
