/*
 * mlpath web app: the logic of the track view that is not layout, so that Node's test runner can
 * test it (cli/src/test/js). No DOM here. An ES module: the page
 * (app.js) and Node's tests import it.
 */

var DAY = 24 * 60 * 60 * 1000;

/**
 * The steps of a path grouped into phases, in order. With the just-in-time strategy each math
 * step joins the phase of the first non-math step after it (the one it was placed before), and a
 * phase is a run of programming steps, a run of projects, or one ML concept with the math placed
 * just before it; math steps at the end (a math goal) make a phase of their own. With another
 * strategy a phase is a run of steps of one kind.
 *
 * Each phase: {kind: "programming" | "project" | "ml-concept" | "math", title, steps}.
 */
function phases(steps, strategy) {
  var out = [];
  if (strategy && strategy !== "jit") {
    steps.forEach(function (s) {
      var last = out[out.length - 1];
      if (last && last.kind === s.topic.kind) {
        last.steps.push(s);
      } else {
        out.push({ kind: s.topic.kind, title: runTitle(s.topic.kind, out), steps: [s] });
      }
    });
    return out;
  }
  var pending = [];
  steps.forEach(function (s) {
    var kind = s.topic.kind;
    if (kind === "math") {
      pending.push(s);
      return;
    }
    var last = out[out.length - 1];
    if (kind !== "ml-concept" && last && last.kind === kind) {
      last.steps = last.steps.concat(pending, [s]);
    } else {
      var title = kind === "ml-concept" ? s.topic.label : runTitle(kind, out);
      out.push({ kind: kind, title: title, steps: pending.concat([s]) });
    }
    pending = [];
  });
  if (pending.length) {
    out.push({ kind: "math", title: "Math: " + pending[pending.length - 1].topic.label, steps: pending });
  }
  return out;
}

function runTitle(kind, before) {
  var earlier = before.some(function (p) { return p.kind === kind; });
  switch (kind) {
    case "programming": return earlier ? "More programming" : "Programming";
    case "project": return earlier ? "Another project" : "First project";
    case "ml-concept": return "Machine learning";
    default: return "Math";
  }
}

/** Days from ISO date a to ISO date b (negative when b is earlier). */
function daysBetween(a, b) {
  return Math.round((Date.parse(b + "T00:00:00Z") - Date.parse(a + "T00:00:00Z")) / DAY);
}

/** The ISO date n days after ISO date d. */
function addDays(d, n) {
  return new Date(Date.parse(d + "T00:00:00Z") + n * DAY).toISOString().slice(0, 10);
}

/** Today in the browser's time zone, as an ISO date. */
function today(now) {
  var t = now || new Date();
  var m = t.getMonth() + 1, d = t.getDate();
  return t.getFullYear() + "-" + (m < 10 ? "0" : "") + m + "-" + (d < 10 ? "0" : "") + d;
}

/**
 * Where the learner stands on the track: steps done (their topic is in `done`, a Set of ids) and
 * in all, hours done and left (with the estimated part of what is left), and, given a pace in
 * hours per week, the day the rest ends at that pace from `day`; given a start date too, how many
 * hours ahead of that schedule the learner is (negative: behind). The schedule from the start
 * expects `pace` hours each week, at most the whole track.
 */
function progress(steps, done, pace, start, day) {
  var r = { done: 0, total: steps.length, hoursDone: 0, hoursLeft: 0, hoursLeftEstimated: 0, finish: null, aheadHours: null };
  steps.forEach(function (s) {
    if (done.has(s.topic.id)) {
      r.done++;
      r.hoursDone += s.hours;
    } else {
      r.hoursLeft += s.hours;
      if (s.estimated) { r.hoursLeftEstimated += s.hours; }
    }
  });
  if (pace > 0) {
    r.finish = r.hoursLeft === 0 ? day : addDays(day, Math.ceil(r.hoursLeft / pace * 7));
    if (start) {
      var expected = Math.min(r.hoursDone + r.hoursLeft, Math.max(0, daysBetween(start, day)) / 7 * pace);
      r.aheadHours = round1(r.hoursDone - expected);
    }
  }
  r.hoursDone = round1(r.hoursDone);
  r.hoursLeft = round1(r.hoursLeft);
  r.hoursLeftEstimated = round1(r.hoursLeftEstimated);
  return r;
}

function round1(x) { return Math.round(x * 10) / 10; }

/** Hours as a person reads them: "45 min", "3 h", "2.5 h". */
function hoursText(h) {
  if (h > 0 && h < 1) { return Math.max(1, Math.round(h * 60)) + " min"; }
  return round1(h) + " h";
}

/** A resource's medium, length and price in a few words: "video · 18 min · free". */
function resourceFacts(r) {
  var bits = [];
  if (r.medium) { bits.push(r.medium); }
  var hours = r.hours !== undefined ? r.hours : durationHours(r.duration);
  if (hours !== null && hours !== undefined) { bits.push(hoursText(hours)); }
  if (r.free === true) { bits.push("free"); }
  if (r.free === false) { bits.push("paid"); }
  if (r.pagination) { bits.push("pages " + r.pagination); }
  return bits.join(" \u00b7 ");
}

/** Hours in an ISO 8601 duration such as PT1H30M (days, hours, minutes, seconds), or null. */
function durationHours(d) {
  var m = /^P(?:(\d+(?:\.\d+)?)D)?(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?)?$/.exec(d || "");
  if (!m || d === "P" || d === "PT") { return null; }
  return (+(m[1] || 0)) * 24 + (+(m[2] || 0)) + (+(m[3] || 0)) / 60 + (+(m[4] || 0)) / 3600;
}

/** Where the highlighted option of a list of `count` goes on `key`; -1 means none. */
function moveHighlight(index, count, key) {
  if (count === 0) { return -1; }
  switch (key) {
    case "ArrowDown": return index < 0 || index >= count - 1 ? 0 : index + 1;
    case "ArrowUp": return index <= 0 ? count - 1 : index - 1;
    case "Home": return 0;
    case "End": return count - 1;
    default: return index;
  }
}

/** What a learner reads about being ahead or behind: "on schedule", "3 h ahead", "2.5 h behind". */
function scheduleText(aheadHours) {
  if (aheadHours === null || aheadHours === undefined) { return ""; }
  if (Math.abs(aheadHours) < 0.5) { return "on schedule"; }
  return hoursText(Math.abs(aheadHours)) + (aheadHours > 0 ? " ahead of" : " behind") + " your schedule";
}

/**
 * A self-check split into the task and its answer, so the page can hide the answer until asked:
 * the data writes the answer last, as "(Answer: ...)". {task, answer}; answer is null when the
 * check has none.
 */
function splitCheck(check) {
  var m = /^([\s\S]*?)\s*\(Answer:\s*([\s\S]*?)\)\s*$/.exec(check || "");
  return m ? { task: m[1], answer: m[2] } : { task: check || "", answer: null };
}

/** Only http and https links are opened; anything else (javascript:, data:) is not a link. */
function safeUrl(u) {
  return typeof u === "string" && /^https?:\/\//i.test(u) ? u : null;
}

export {
  phases,
  progress,
  daysBetween,
  addDays,
  today,
  hoursText,
  resourceFacts,
  durationHours,
  moveHighlight,
  scheduleText,
  splitCheck,
  safeUrl
};
