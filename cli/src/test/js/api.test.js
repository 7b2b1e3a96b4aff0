import test from "node:test";
import assert from "node:assert/strict";
import * as A from "../../main/resources/io/github/mlpath/cli/serve/app/api.js";

function memory() {
  const m = new Map();
  return { getItem: (k) => (m.has(k) ? m.get(k) : null), setItem: (k, v) => m.set(k, String(v)), raw: m };
}

test("query strings repeat list parameters and leave empty ones out", () => {
  assert.equal(A.query({ goal: ["a b", "c&d"], known: [], start: null, n: 3 }), "?goal=a%20b&goal=c%26d&n=3");
  assert.equal(A.query({}), "");
});

test("a browser profile keeps goals, known topics, ticks and pace across loads", async () => {
  const s = memory();
  const p = A.localProfile(s, "k");
  await p.addGoal("backpropagation");
  await p.addGoal("backpropagation");
  await p.know(["python-basics", "algebra"]);
  await p.learn("derivatives", "2027-01-04");
  await p.setPrefs({ hoursPerWeek: 6, start: "2027-01-04" });
  const again = await A.localProfile(s, "k").load();
  assert.deepEqual(again.goals, ["backpropagation"]);
  assert.deepEqual(again.known, ["python-basics", "algebra"]);
  assert.deepEqual(again.learned, { derivatives: "2027-01-04" });
  assert.deepEqual(again.prefs, { hoursPerWeek: 6, start: "2027-01-04" });
  await p.unlearn("derivatives");
  await p.forget(["algebra"]);
  await p.removeGoal("backpropagation");
  const last = await p.load();
  assert.deepEqual([last.goals, last.known, last.learned], [[], ["python-basics"], {}]);
});

test("a browser profile no longer counts a forgotten topic, neither as known before nor as ticked", async () => {
  const p = A.localProfile(memory(), "k");
  await p.know(["algebra"]);
  await p.learn("vectors", "2027-01-04");
  await p.learn("derivatives", "2027-01-05");
  const last = await p.forget(["algebra", "vectors"]);
  assert.deepEqual([last.known, last.learned], [[], { derivatives: "2027-01-05" }]);
});

test("a stored profile that does not parse is kept aside, never lost", async () => {
  const s = memory();
  s.setItem("k", "{not json");
  const p = A.localProfile(s, "k");
  assert.deepEqual((await p.load()).goals, []);
  await p.addGoal("x");
  assert.equal(s.getItem("k.unreadable"), "{not json");
});

test("a pace out of range or a malformed date is not kept", () => {
  const p = A.normalize({ prefs: { hoursPerWeek: 500, start: "soon" }, goals: ["a", 3], learned: { a: "2027-01-01", b: 7 } });
  assert.deepEqual(p.prefs, { hoursPerWeek: null, start: null });
  assert.deepEqual(p.goals, ["a"]);
  assert.deepEqual(p.learned, { a: "2027-01-01" });
});

test("the client turns an error answer into an error carrying the server's message", async () => {
  const fetchFn = async (url) => ({
    ok: false,
    status: 404,
    text: async () => JSON.stringify({ error: "unknown topic 'x'", suggestions: ["y"], url }),
  });
  await assert.rejects(A.client(fetchFn).get("path", { goal: "x" }), (e) => {
    assert.equal(e.status, 404);
    assert.equal(e.message, "unknown topic 'x'");
    assert.equal(e.body.url, "api/path?goal=x");
    return true;
  });
});

test("writes go as JSON with a header a cross-site form cannot send", async () => {
  let seen;
  const fetchFn = async (url, init) => { seen = { url, init }; return { ok: true, status: 200, text: async () => "{}" }; };
  await A.client(fetchFn).post("learned", { topics: ["a"] });
  assert.equal(seen.init.method, "POST");
  assert.equal(seen.init.headers["Content-Type"], "application/json");
  assert.equal(seen.init.headers["X-Mlpath-Write"], "1");
  assert.equal(seen.init.body, '{"topics":["a"]}');
});

test("the server's profile: quiz placements are what was known before, other marks are ticks", () => {
  const p = A.fromServer({
    learned: [{ topic: "algebra", date: "2027-01-02", origin: "assessed" }, { topic: "python-basics", date: "2027-01-03", origin: "learned" }],
    implied: [{ topic: "absolute-value", date: "2027-01-02", origin: "implied" }],
    goals: ["backpropagation"],
    preferences: { hoursPerWeek: 6, start: "2027-01-04", freeOnly: false },
    reviews: [],
  });
  assert.deepEqual(p.known, ["algebra"]);
  assert.deepEqual(p.learned, { "python-basics": "2027-01-03" });
  assert.deepEqual(p.implied, ["absolute-value"]);
  assert.deepEqual(p.goals, ["backpropagation"]);
  assert.deepEqual(p.prefs, { hoursPerWeek: 6, start: "2027-01-04" });
  assert.deepEqual(A.fromServer({}).prefs, { hoursPerWeek: null, start: null });
});

test("a server profile writes each change to its route and shows the profile the server answers", async () => {
  const calls = [];
  const profile = { learned: [{ topic: "x", date: "2027-01-01", origin: "learned" }], implied: [], goals: ["g"], preferences: {} };
  const api = {
    get: async (route) => { calls.push(["GET", route]); return profile; },
    post: async (route, body) => { calls.push(["POST", route, body]); return { profile }; },
  };
  const s = A.serverProfile(api);
  assert.deepEqual((await s.learn("x")).learned, { x: "2027-01-01" });
  await s.unlearn("x");
  await s.addGoal("g");
  await s.removeGoal("g");
  await s.reviewed("x", "good");
  await s.assess(["g"], [{ topic: "x", reply: "yes" }], true);
  assert.deepEqual((await s.setPrefs({ hoursPerWeek: 5 })).goals, ["g"]);
  assert.deepEqual(calls, [
    ["POST", "learned", { topic: ["x"] }],
    ["POST", "unlearn", { topic: ["x"] }],
    ["POST", "goal/add", { topic: ["g"] }],
    ["POST", "goal/remove", { topic: ["g"] }],
    ["POST", "reviewed", { topic: "x", good: true }],
    ["POST", "profile/assess", { goals: ["g"], answers: [{ topic: "x", reply: "yes" }], save: true }],
    ["POST", "prefs/set", { "hours-per-week": 5 }],
    ["GET", "profile"],
  ]);
});
