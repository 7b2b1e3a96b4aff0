// Node's test runner: node --test cli/src/test/js (AppScriptsTest runs it in the Maven build).
import test from "node:test";
import assert from "node:assert/strict";
import * as T from "../../main/resources/io/github/mlpath/cli/serve/app/track.js";

function step(number, id, kind, hours, estimated) {
  return { number, topic: { id, label: id.toUpperCase(), kind }, hours: hours || 1, estimated: !!estimated };
}

test("just in time: math joins the ML concept placed after it, programming runs stay together", () => {
  const steps = [
    step(1, "terminal", "programming"), step(2, "python", "programming"),
    step(3, "titanic", "project"),
    step(4, "algebra", "math"), step(5, "functions", "math"), step(6, "supervised", "ml-concept"),
    step(7, "derivatives", "math"), step(8, "backprop", "ml-concept"),
  ];
  const p = T.phases(steps, "jit");
  assert.deepEqual(p.map((x) => x.title), ["Programming", "First project", "SUPERVISED", "BACKPROP"]);
  assert.deepEqual(p[2].steps.map((s) => s.topic.id), ["algebra", "functions", "supervised"]);
  assert.deepEqual(p.map((x) => x.kind), ["programming", "project", "ml-concept", "ml-concept"]);
});

test("math left at the end of a path (a math goal) is a phase of its own", () => {
  const p = T.phases([step(1, "python", "programming"), step(2, "limits", "math"), step(3, "derivatives", "math")], "jit");
  assert.equal(p.length, 2);
  assert.equal(p[1].kind, "math");
  assert.equal(p[1].title, "Math: DERIVATIVES");
  assert.equal(p[1].steps.length, 2);
});

test("another strategy groups runs of one kind, naming a second run apart from the first", () => {
  const p = T.phases([step(1, "a", "math"), step(2, "b", "math"), step(3, "c", "programming"), step(4, "d", "math")], "math-first");
  assert.deepEqual(p.map((x) => [x.title, x.steps.length]), [["Math", 2], ["Programming", 1], ["Math", 1]]);
});

test("progress counts done steps and hours, and the estimated part of what is left", () => {
  const steps = [step(1, "a", "math", 2, true), step(2, "b", "math", 3, false), step(3, "c", "math", 4, true)];
  const r = T.progress(steps, new Set(["a"]), null, null, "2027-01-10");
  assert.equal(r.done, 1);
  assert.equal(r.total, 3);
  assert.equal(r.hoursDone, 2);
  assert.equal(r.hoursLeft, 7);
  assert.equal(r.hoursLeftEstimated, 4);
  assert.equal(r.finish, null);
  assert.equal(r.aheadHours, null);
});

test("with a pace the finish date follows the hours left; with a start, ahead or behind", () => {
  const steps = [step(1, "a", "math", 10), step(2, "b", "math", 10)];
  // 10 h left at 5 h a week: two weeks from the day.
  const r = T.progress(steps, new Set(["a"]), 5, "2027-01-01", "2027-01-15");
  assert.equal(r.finish, "2027-01-29");
  // Two weeks in at 5 h a week, 10 h expected and 10 h done.
  assert.equal(r.aheadHours, 0);
  assert.equal(T.scheduleText(r.aheadHours), "on schedule");
  const behind = T.progress(steps, new Set(), 5, "2027-01-01", "2027-01-15");
  assert.equal(behind.aheadHours, -10);
  assert.equal(T.scheduleText(behind.aheadHours), "10 h behind your schedule");
  const done = T.progress(steps, new Set(["a", "b"]), 5, "2027-01-01", "2027-01-02");
  assert.equal(done.finish, "2027-01-02");
  assert.equal(T.scheduleText(done.aheadHours), "19.3 h ahead of your schedule");
});

test("the schedule never expects more than the whole track", () => {
  const r = T.progress([step(1, "a", "math", 3)], new Set(["a"]), 10, "2026-01-01", "2027-01-01");
  assert.equal(r.aheadHours, 0);
});

test("dates cross months, years and leap days", () => {
  assert.equal(T.addDays("2028-02-28", 1), "2028-02-29");
  assert.equal(T.addDays("2027-12-31", 1), "2028-01-01");
  assert.equal(T.daysBetween("2027-01-01", "2027-03-01"), 59);
  assert.equal(T.today(new Date(2027, 0, 5, 23, 30)), "2027-01-05");
});

test("hours and resources read as a person writes them", () => {
  assert.equal(T.hoursText(0.25), "15 min");
  assert.equal(T.hoursText(3), "3 h");
  assert.equal(T.hoursText(2.46), "2.5 h");
  assert.equal(T.durationHours("PT1H30M"), 1.5);
  assert.equal(T.durationHours("P1DT2H"), 26);
  assert.equal(T.durationHours("nonsense"), null);
  assert.equal(T.resourceFacts({ medium: "video", duration: "PT18M", free: true }), "video \u00b7 18 min \u00b7 free");
  assert.equal(T.resourceFacts({ medium: "book", free: false, pagination: "17-48" }), "book \u00b7 paid \u00b7 pages 17-48");
  assert.equal(T.resourceFacts({ medium: "article", hours: 0.5 }), "article \u00b7 30 min");
});

test("the highlighted suggestion wraps around with the arrow keys", () => {
  assert.equal(T.moveHighlight(-1, 3, "ArrowDown"), 0);
  assert.equal(T.moveHighlight(2, 3, "ArrowDown"), 0);
  assert.equal(T.moveHighlight(0, 3, "ArrowUp"), 2);
  assert.equal(T.moveHighlight(1, 3, "End"), 2);
  assert.equal(T.moveHighlight(1, 3, "a"), 1);
  assert.equal(T.moveHighlight(0, 0, "ArrowDown"), -1);
});

test("only http and https links are opened", () => {
  assert.equal(T.safeUrl("https://example.org/a"), "https://example.org/a");
  assert.equal(T.safeUrl("javascript:alert(1)"), null);
  assert.equal(T.safeUrl("data:text/html,x"), null);
  assert.equal(T.safeUrl(undefined), null);
});

test("a self-check's answer is split off so the page can hide it until asked", () => {
  assert.deepEqual(T.splitCheck("Can you give the length of (3, 4)? (Answer: 5.)"), { task: "Can you give the length of (3, 4)?", answer: "5." });
  assert.deepEqual(T.splitCheck("What is f(g(x)) for f(x) = x + 1? (Answer: g(x) + 1 (a shift).)"), { task: "What is f(g(x)) for f(x) = x + 1?", answer: "g(x) + 1 (a shift)." });
  assert.deepEqual(T.splitCheck("No answer here"), { task: "No answer here", answer: null });
  assert.deepEqual(T.splitCheck(undefined), { task: "", answer: null });
});
