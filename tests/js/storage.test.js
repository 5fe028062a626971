/* storage.js with a stand-in localStorage: full is not blocked, reading works when writing fails, rescued copies
   are never overwritten, backups restore exactly. */
"use strict";

const test = require("node:test");
const assert = require("node:assert/strict");
const path = require("node:path");

/** A Storage stand-in with a size limit (characters of keys and values), throwing as browsers do. */
function fakeStorage(limit) {
  const data = new Map();
  const used = () => [...data].reduce((n, [k, v]) => n + k.length + v.length, 0);
  return {
    data,
    get length() { return data.size; },
    key(i) { return [...data.keys()][i] ?? null; },
    getItem(k) { return data.has(k) ? data.get(k) : null; },
    setItem(k, v) {
      const before = data.has(k) ? k.length + data.get(k).length : 0;
      if (used() - before + k.length + String(v).length > limit) {
        const error = new Error("full");
        error.name = "QuotaExceededError";
        throw error;
      }
      data.set(k, String(v));
    },
    removeItem(k) { data.delete(k); },
  };
}

/** Load storage.js and answers.js into a fresh fake window. */
function load(storage) {
  const listeners = [];
  global.window = {
    localStorage: storage,
    addEventListener: (type, fn) => { if (type === "storage") listeners.push(fn); },
  };
  for (const file of ["answers.js", "storage.js"]) {
    const full = path.join(__dirname, "../../docs/assets/javascripts", file);
    delete require.cache[require.resolve(full)];
    require(full);
  }
  window.wsAnswers = require(path.join(__dirname, "../../docs/assets/javascripts/answers.js"));
  return { api: window.wsStorage, fire: (event) => listeners.forEach((fn) => fn(event)) };
}

test("a full storage is 'full', still readable, and 'ok' again once there is room", () => {
  const storage = fakeStorage(200);
  storage.setItem("ns:worksheet:goals", JSON.stringify({ version: 1, answers: { wishes: "x" } }));
  storage.setItem("other-app", "y".repeat(200 - storage.getItem("ns:worksheet:goals").length - 18 - 9));
  const { api } = load(storage);
  const store = api.open("ns");
  assert.equal(store.state(), "full");
  assert.equal(store.readable(), true);
  assert.deepEqual(store.readWorksheet("goals", null).answers, { wishes: "x" });
  assert.equal(store.write("goals", JSON.stringify({ version: 1, answers: { wishes: "longer text" } })), "full");
  storage.removeItem("other-app");
  assert.equal(store.write("goals", JSON.stringify({ version: 1, answers: { wishes: "z" } })), "ok");
  assert.equal(store.state(), "ok");
});

test("a storage the browser blocks is 'blocked', not 'full'", () => {
  global.window = { addEventListener() {} };
  Object.defineProperty(global.window, "localStorage", { get() { const e = new Error("no"); e.name = "SecurityError"; throw e; } });
  require.cache[require.resolve("../../docs/assets/javascripts/storage.js")] = undefined;
  delete require.cache[require.resolve("../../docs/assets/javascripts/storage.js")];
  require("../../docs/assets/javascripts/storage.js");
  const store = window.wsStorage.open("ns");
  assert.equal(store.state(), "blocked");
  assert.equal(store.readable(), false);
  assert.equal(store.write("goals", "{}"), "blocked");
});

test("each unreadable record gets a key of its own; none overwrites another", () => {
  const storage = fakeStorage(1e6);
  const { api } = load(storage);
  const store = api.open("ns");
  storage.setItem("ns:worksheet:meeting", "{first broken");
  const first = store.readWorksheet("meeting", null);
  assert.equal(first.ok, false);
  storage.setItem("ns:worksheet:meeting", "{second broken");
  const second = store.readWorksheet("meeting", null);
  assert.notEqual(first.rescuedKey, second.rescuedKey);
  assert.match(first.rescuedKey, /^ns:rescued:meeting:/);
  assert.equal(storage.getItem(first.rescuedKey), "{first broken");
  assert.equal(storage.getItem(second.rescuedKey), "{second broken");
  // Reading the same damaged record again does not make another copy.
  assert.equal(store.readWorksheet("meeting", null).rescuedKey, second.rescuedKey);
  storage.setItem("ns:worksheet:lifeline:unreadable", "old");
  assert.deepEqual(store.rescued().map((r) => [r.worksheet, r.text]).sort(), [["lifeline", "old"], ["meeting", "{first broken"], ["meeting", "{second broken"]]);
});

test("a backup restores every key exactly, also from a new page (after a reload)", () => {
  const storage = fakeStorage(1e6);
  storage.setItem("ns:worksheet:goals", "A");
  const { api } = load(storage);
  api.open("ns").backup("import", ["ns:worksheet:goals", "ns:worksheet:agreement"]);
  storage.setItem("ns:worksheet:goals", "B");
  storage.setItem("ns:worksheet:agreement", "C");
  const reopened = api.open("ns");
  assert.equal(reopened.lastBackup().kind, "import");
  assert.equal(reopened.restoreBackup(), "ok");
  assert.equal(storage.getItem("ns:worksheet:goals"), "A");
  assert.equal(storage.getItem("ns:worksheet:agreement"), null);
  assert.equal(reopened.lastBackup(), null);
});

test("storage events name the worksheet; other namespaces are ignored", () => {
  const storage = fakeStorage(1e6);
  const { api, fire } = load(storage);
  const store = api.open("ns");
  const seen = [];
  store.subscribe((change) => seen.push(change));
  fire({ key: "ns:worksheet:goals", storageArea: storage });
  fire({ key: "other:worksheet:goals", storageArea: storage });
  fire({ key: "ns:settings", storageArea: storage });
  fire({ key: null, storageArea: storage });
  assert.deepEqual(seen, [
    { type: "worksheet", worksheet: "goals", key: "ns:worksheet:goals" },
    { type: "other", key: "ns:settings" },
    { type: "other", key: null },
  ]);
});
