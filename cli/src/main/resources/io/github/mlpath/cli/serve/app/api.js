/*
 * mlpath web app: talking to the server (the JSON API of `mlpath serve`) and keeping the learner's
 * profile. No DOM here, so Node's test runner tests it (cli/src/test/js). An ES module: the page
 * (app.js) and Node's tests import it.
 *
 * A profile store answers every method with a Promise of the profile as the page shows it:
 *   {goals: [id], known: [id], learned: {id: "YYYY-MM-DD"}, implied: [id],
 *    prefs: {hoursPerWeek: number | null, start: "YYYY-MM-DD" | null}}
 * `known` is what the learner knew before following the path (topics or areas they ticked, the
 * placement quiz's answer): the path is planned after it. `learned` is what they ticked on the
 * path. `implied` is what the learned topics require (only a server profile computes it).
 */

/** An answer of the API that is not 2xx: its status and the server's message. */
function ApiError(status, message, body) {
  this.name = "ApiError";
  this.status = status;
  this.message = message;
  this.body = body || {};
}
ApiError.prototype = Object.create(Error.prototype);

/** The query string for params: arrays repeat the name, empty values are left out. */
function query(params) {
  var parts = [];
  Object.keys(params || {}).forEach(function (k) {
    var v = params[k];
    (Array.isArray(v) ? v : [v]).forEach(function (x) {
      if (x !== undefined && x !== null && x !== "") {
        parts.push(encodeURIComponent(k) + "=" + encodeURIComponent(String(x)));
      }
    });
  });
  return parts.length ? "?" + parts.join("&") : "";
}

/** A client of the JSON API on `fetchFn` (the browser's fetch), relative to the page. */
function client(fetchFn) {
  function handle(res) {
    return res.text().then(function (text) {
      var body;
      try { body = text ? JSON.parse(text) : {}; } catch (e) { body = { error: text }; }
      if (!res.ok) {
        throw new ApiError(res.status, body.error || ("the server answered " + res.status), body);
      }
      return body;
    });
  }
  return {
    get: function (route, params) {
      return fetchFn("api/" + route + query(params), { headers: { Accept: "application/json" } }).then(handle);
    },
    post: function (route, body) {
      return fetchFn("api/" + route, {
        method: "POST",
        headers: { "Content-Type": "application/json", Accept: "application/json", "X-Mlpath-Write": "1" },
        body: JSON.stringify(body)
      }).then(handle);
    }
  };
}

var EMPTY = { goals: [], known: [], learned: {}, implied: [], prefs: { hoursPerWeek: null, start: null } };

function copy(p) {
  return {
    goals: p.goals.slice(),
    known: p.known.slice(),
    learned: Object.assign({}, p.learned),
    implied: p.implied.slice(),
    prefs: Object.assign({}, p.prefs)
  };
}

/** A profile read back from storage, with anything missing or malformed set to empty. */
function normalize(raw) {
  var p = copy(EMPTY);
  if (!raw || typeof raw !== "object") { return p; }
  var ids = function (a) { return Array.isArray(a) ? a.filter(function (x) { return typeof x === "string"; }) : []; };
  p.goals = ids(raw.goals);
  p.known = ids(raw.known);
  if (raw.learned && typeof raw.learned === "object") {
    Object.keys(raw.learned).forEach(function (k) {
      if (typeof raw.learned[k] === "string") { p.learned[k] = raw.learned[k]; }
    });
  }
  if (raw.prefs && typeof raw.prefs === "object") {
    var h = raw.prefs.hoursPerWeek;
    p.prefs.hoursPerWeek = typeof h === "number" && h > 0 && h <= 168 ? h : null;
    p.prefs.start = typeof raw.prefs.start === "string" && /^\d{4}-\d\d-\d\d$/.test(raw.prefs.start) ? raw.prefs.start : null;
  }
  return p;
}

function union(list, more) {
  var out = list.slice();
  more.forEach(function (x) { if (out.indexOf(x) < 0) { out.push(x); } });
  return out;
}

function without(list, less) {
  return list.filter(function (x) { return less.indexOf(x) < 0; });
}

/**
 * A profile kept in the browser's storage (`storage` is window.localStorage or anything with
 * getItem and setItem), under `key`: for the page exported to a file, and for a server without
 * profile routes. A stored value that does not parse is kept aside under key + ".unreadable"
 * (never lost) and the profile starts empty. It cannot schedule reviews: that needs the
 * server's learner model.
 */
function localProfile(storage, key) {
  function read() {
    var text = storage.getItem(key);
    if (text === null) { return copy(EMPTY); }
    try {
      return normalize(JSON.parse(text));
    } catch (e) {
      storage.setItem(key + ".unreadable", text);
      return copy(EMPTY);
    }
  }
  function change(f) {
    var p = read();
    f(p);
    storage.setItem(key, JSON.stringify(p));
    return Promise.resolve(p);
  }
  return {
    kind: "browser",
    canReview: false,
    load: function () { return Promise.resolve(read()); },
    addGoal: function (id) { return change(function (p) { p.goals = union(p.goals, [id]); }); },
    removeGoal: function (id) { return change(function (p) { p.goals = without(p.goals, [id]); }); },
    know: function (ids) { return change(function (p) { p.known = union(p.known, ids); }); },
    place: function (ids) { return change(function (p) { p.known = union(p.known, ids); }); },
    forget: function (ids) {
      return change(function (p) { p.known = without(p.known, ids); ids.forEach(function (id) { delete p.learned[id]; }); });
    },
    learn: function (id, day) { return change(function (p) { p.learned[id] = day; }); },
    unlearn: function (id) { return change(function (p) { delete p.learned[id]; }); },
    setPrefs: function (prefs) {
      return change(function (p) { p.prefs = normalize({ prefs: Object.assign({}, p.prefs, prefs) }).prefs; });
    }
  };
}

/**
 * The page's view of the server's profile (the Profile of GET /api/profile): what the quiz
 * placed ("assessed" marks) is what the learner knew before the path; their other marks are
 * ticks; implied topics are kept apart.
 */
function fromServer(p) {
  var out = copy(EMPTY);
  out.goals = (p.goals || []).slice();
  (p.learned || []).forEach(function (m) {
    if (m.origin === "assessed") { out.known.push(m.topic); } else { out.learned[m.topic] = m.date; }
  });
  out.implied = (p.implied || []).map(function (m) { return m.topic; });
  var prefs = p.preferences || {};
  out.prefs = { hoursPerWeek: typeof prefs.hoursPerWeek === "number" ? prefs.hoursPerWeek : null,
    start: typeof prefs.start === "string" ? prefs.start : null };
  return out;
}

/**
 * The profile on the server (`mlpath serve`'s learner routes), through `api` (a client): every
 * change is one write of the server's profile file, atomic and locked. Topics the learner says
 * they know are marked learned there (the server implies what they require).
 */
/** The parameter of `prefs set` for each of the page's preferences. */
var PREF_PARAMS = { hoursPerWeek: "hours-per-week", start: "start" };

function serverProfile(api) {
  var keep = function (p) { return fromServer(p); };
  var report = function (r) { return fromServer(r.profile); };
  var mark = function (ids) { return api.post("learned", { topic: ids }).then(report); };
  var unmark = function (ids) { return api.post("unlearn", { topic: ids }).then(report); };
  // POST /api/reviewed takes the command's flags: {"topic": id, "hard": true}.
  var review = function (topic, grade) { var b = { topic: topic }; b[grade] = true; return b; };
  return {
    kind: "server",
    canReview: true,
    load: function () { return api.get("profile").then(keep); },
    addGoal: function (id) { return api.post("goal/add", { topic: [id] }).then(report); },
    removeGoal: function (id) { return api.post("goal/remove", { topic: [id] }).then(report); },
    know: mark,
    forget: unmark,
    learn: function (id) { return mark([id]); },
    unlearn: function (id) { return unmark([id]); },
    setPrefs: function (prefs) {
      // As `mlpath prefs set --hours-per-week N --start DATE` and `prefs unset NAME...`.
      var set = {}, unset = [];
      Object.keys(prefs).forEach(function (k) {
        var name = PREF_PARAMS[k];
        if (prefs[k] === null || prefs[k] === undefined || prefs[k] === "") { unset.push(name); } else { set[name] = prefs[k]; }
      });
      var done = Object.keys(set).length ? api.post("prefs/set", set) : Promise.resolve();
      return done.then(function () { return unset.length ? api.post("prefs/unset", { name: unset }) : null; })
        .then(function () { return api.get("profile").then(keep); });
    },
    assess: function (goals, answers, save) { return api.post("profile/assess", { goals: goals, answers: answers, save: save }); },
    saved: function (answer) { return fromServer(answer.saved.profile); },
    due: function () { return api.get("review"); },
    reviewed: function (topic, grade) { return api.post("reviewed", review(topic, grade)).then(report); }
  };
}

export {
  fromServer,
  serverProfile,
  ApiError,
  query,
  client,
  normalize,
  localProfile
};
