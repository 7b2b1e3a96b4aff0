/*
 * mlpath web app: the page's wiring. The logic lives in track.js (phases, progress, text),
 * api.js (the server and the profile) and map.js (the map); this file builds the DOM from their
 * answers. See docs/webapp.md. A plain script: it imports those three ES modules, then starts.
 */
(function () {
  "use strict";
  var T = null, A = null, M = null; // track.js, api.js and map.js, once imported
  var busy = 0;
  /** Counts what is in flight, so tests (and the status line) know when the page has settled. */
  function counted(f) {
    return function () {
      busy++;
      var p = Promise.resolve(f.apply(null, arguments));
      var end = function () { busy--; };
      p.then(end, end);
      return p;
    };
  }
  function countedAll(o) {
    Object.keys(o).forEach(function (k) { if (typeof o[k] === "function") { o[k] = counted(o[k]); } });
    return o;
  }
  window.mlpathBusy = function () { return busy; };
  var api = null;
  var store = null, profile = null, mapData = null, plan = null, mapView = null;
  var $ = function (id) { return document.getElementById(id); };

  function h(tag, attrs, children) {
    var e = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) {
      if (k === "text") { e.textContent = attrs[k]; } else if (k === "class") { e.className = attrs[k]; } else { e.setAttribute(k, attrs[k]); }
    });
    (children || []).forEach(function (c) { if (c) { e.appendChild(typeof c === "string" ? document.createTextNode(c) : c); } });
    return e;
  }
  function say(text) { $("status").textContent = text; }
  function fail(e) { say(e && e.message ? e.message : String(e)); }
  function byId(id) { return mapData && mapData.index[id]; }
  function label(id) { var n = byId(id); return n ? n.label : id; }
  function oneLine(text, max) {
    var t = (text || "").replace(/\s+/g, " ").trim();
    return t.length > max ? t.slice(0, max - 1) + "\u2026" : t;
  }

  // ---- Search boxes that suggest topics as one types (the ARIA 1.2 combobox pattern).
  function combo(input, list, onPick) {
    var options = [], active = -1, asked = 0, timer = null;
    function close() {
      list.hidden = true; input.setAttribute("aria-expanded", "false");
      input.removeAttribute("aria-activedescendant"); active = -1;
    }
    function highlight(i) {
      active = i;
      Array.prototype.forEach.call(list.children, function (li, j) { li.setAttribute("aria-selected", j === i ? "true" : "false"); });
      if (i >= 0) { input.setAttribute("aria-activedescendant", list.children[i].id); list.children[i].scrollIntoView({ block: "nearest" }); }
    }
    function show(topics) {
      options = topics; list.textContent = "";
      topics.forEach(function (m, i) {
        var li = h("li", { role: "option", id: list.id + "-" + i, "aria-selected": "false", "data-topic": m.topic.id }, [
          h("span", { "class": "opt-label", text: m.topic.label }),
          h("span", { "class": "opt-meta", text: " " + kindLabel(m.topic.kind) + (m.area ? " \u00b7 " + m.area : "") + (m.matched !== m.topic.label ? " \u00b7 " + m.matched : "") }),
          m.definition ? h("span", { "class": "opt-def", text: oneLine(m.definition, 110) }) : null
        ]);
        li.addEventListener("mousedown", function (ev) { ev.preventDefault(); pick(i); });
        list.appendChild(li);
      });
      if (!topics.length) { list.appendChild(h("li", { "class": "opt-none", role: "option", "aria-disabled": "true", "aria-selected": "false", id: list.id + "-none", text: "No topic matches" })); }
      list.hidden = false; input.setAttribute("aria-expanded", "true"); highlight(topics.length ? 0 : -1);
    }
    function pick(i) {
      var m = options[i];
      if (!m) { return; }
      close(); input.value = "";
      onPick(m.topic.id);
    }
    input.addEventListener("input", function () {
      clearTimeout(timer);
      var q = input.value.trim();
      if (!q) { close(); return; }
      timer = setTimeout(function () {
        var mine = ++asked;
        api.get("search", { q: q, limit: 8 }).then(function (r) { if (mine === asked && input.value.trim()) { show(r.topics); } }, fail);
      }, 120);
    });
    input.addEventListener("keydown", function (ev) {
      if (ev.key === "Escape") { close(); return; }
      if (list.hidden) { return; }
      if (ev.key === "Enter") { ev.preventDefault(); pick(active); return; }
      var next = T.moveHighlight(active, options.length, ev.key);
      if (next !== active) { ev.preventDefault(); highlight(next); }
    });
    input.addEventListener("blur", function () { setTimeout(close, 100); });
  }

  function kindLabel(kind) { return (M.KINDS[kind] || { label: kind }).label; }

  // ---- Goals, what is known, pace.
  function chips(list, ids, what, remove) {
    list.textContent = "";
    ids.forEach(function (id) {
      var b = h("button", { type: "button", "class": "chip-x", "aria-label": "Remove " + what + " " + label(id), text: "\u00d7" });
      b.addEventListener("click", function () { remove(id); });
      list.appendChild(h("li", { "class": "chip" }, [h("span", { text: label(id) }), b]));
    });
  }

  function change(promise, message) {
    return promise.then(function (p) { profile = p; say(message); renderProfile(); return replan(); }, fail);
  }

  function renderProfile() {
    chips($("goal-list"), profile.goals, "goal", function (id) { change(store.removeGoal(id), "Removed the goal " + label(id) + "."); });
    // What the learner knew before, and what they learned that is not a step of the path (with
    // the server's profile, a topic added as known is marked learned there).
    var steps = plan ? plan.steps.map(function (st) { return st.topic.id; }) : [];
    var knownShown = profile.known.concat(Object.keys(profile.learned).filter(function (id) {
      return steps.indexOf(id) < 0 && profile.known.indexOf(id) < 0;
    })).filter(function (id) { return !inTickedArea(id); });
    chips($("known-list"), knownShown, "known topic", function (id) { change(store.forget([id]), label(id) + " is no longer counted as known."); });
    $("pace-hours").value = profile.prefs.hoursPerWeek || "";
    $("pace-start").value = profile.prefs.start || "";
    renderAreas();
  }

  function areaTopics(areaId) {
    return mapData ? mapData.nodes.filter(function (n) { return n.areaId === areaId; }).map(function (n) { return n.id; }) : [];
  }
  /** The umbrella topic of an area (Calculus for the Calculus area), if the data has one. */
  function areaUmbrella(areaId) {
    var u = mapData.nodes.filter(function (n) { return n.areaId === areaId && n.umbrella; });
    return u.length === 1 ? u[0].id : null;
  }
  /** Whether the profile counts `id` known: known before, learned, or implied by either. */
  function knows(id) {
    return profile.known.indexOf(id) >= 0 || profile.learned[id] !== undefined || profile.implied.indexOf(id) >= 0;
  }
  function areaKnown(areaId) {
    var ids = areaTopics(areaId), umbrella = areaUmbrella(areaId);
    return ids.length > 0 && ((umbrella !== null && knows(umbrella)) || ids.every(knows));
  }
  function inTickedArea(id) { var n = byId(id); return !!(n && n.areaId && areaKnown(n.areaId)); }

  function renderAreas() {
    var list = $("area-list");
    if (!mapData) { return; }
    list.textContent = "";
    mapData.areas.forEach(function (a) {
      var ids = areaTopics(a.id);
      if (!ids.length) { return; }
      var cb = h("input", { type: "checkbox", id: "area-" + a.id });
      cb.checked = areaKnown(a.id);
      // An area with an umbrella topic is known through it, as "--known calculus" is.
      var umbrella = areaUmbrella(a.id), mark = umbrella ? [umbrella] : ids;
      cb.addEventListener("change", function () {
        change(cb.checked ? store.know(mark) : store.forget(ids.concat(mark)), (cb.checked ? "Counted as known: all of " : "No longer counted as known: ") + a.label + ".");
      });
      list.appendChild(h("li", {}, [cb, h("label", { "for": "area-" + a.id, text: " " + a.label + " (" + ids.length + " topics)" })]));
    });
  }

  $("pace-save").addEventListener("click", function () {
    var hours = parseFloat($("pace-hours").value);
    change(store.setPrefs({ hoursPerWeek: hours > 0 ? hours : null, start: $("pace-start").value || null }), "Pace saved.");
  });

  // ---- The track.
  function replan() {
    if (!profile.goals.length) {
      plan = null;
      $("track").textContent = "";
      $("track").appendChild(h("p", { "class": "help", text: "Choose a goal above and your path appears here, step by step." }));
      $("progress").hidden = true;
      drawMap();
      return Promise.resolve();
    }
    // The page says itself what is known (learned topics stay on the path, shown done), so the
    // server's profile must not fill in the request: no-profile.
    return api.get("path", { goal: profile.goals, known: profile.known, "no-profile": true }).then(function (p) {
      plan = p; renderTrack(); drawMap(); renderProfile();
    }, fail);
  }

  function doneSet() {
    var s = new Set(Object.keys(profile.learned));
    profile.implied.forEach(function (id) { s.add(id); });
    return s;
  }

  function renderTrack() {
    var track = $("track"), done = doneSet();
    track.textContent = "";
    if (plan.knownGoals && plan.knownGoals.length) {
      track.appendChild(h("p", { "class": "help", text: "You know already: " + plan.knownGoals.map(function (g) { return g.label; }).join(", ") + "." }));
    }
    var phases = T.phases(plan.steps, plan.strategy);
    var ol = h("ol", { "class": "phases" });
    phases.forEach(function (ph, i) {
      var head = h("h3", { id: "phase-" + i, text: ph.title });
      var steps = h("ol", { "class": "steps", start: String(ph.steps[0].number), "aria-labelledby": "phase-" + i });
      ph.steps.forEach(function (s) { steps.appendChild(stepItem(s, done)); });
      ol.appendChild(h("li", { "class": "phase phase-" + ph.kind }, [head, steps]));
    });
    track.appendChild(ol);
    renderProgress();
  }

  function stepItem(s, done) {
    var id = s.topic.id, cbId = "learned-" + id;
    var cb = h("input", { type: "checkbox", id: cbId, "aria-describedby": "why-" + id });
    cb.checked = done.has(id);
    cb.addEventListener("change", function () {
      var p = cb.checked ? store.learn(id, T.today()) : store.unlearn(id);
      p.then(function (np) {
        profile = np; li.classList.toggle("done", cb.checked); renderProgress(); drawMap();
        say((cb.checked ? "Learned: " : "Not learned yet: ") + s.topic.label + ".");
      }, function (e) { cb.checked = !cb.checked; fail(e); });
    });
    var hours = h("span", { "class": "hours" }, [T.hoursText(s.hours)]);
    if (s.estimated) { hours.appendChild(h("abbr", { title: "estimated: the data gives no length for this step", text: " est." })); }
    var why = s.goal && !s.neededBy ? "Your goal." :
      "Needed by " + (s.neededBy ? s.neededBy.label : "a later step") + (s.reason ? ": " + s.reason : ".");
    var li = h("li", { "class": "step" + (cb.checked ? " done" : ""), id: "step-" + id, "data-topic": id }, [
      h("div", { "class": "step-head" }, [
        cb,
        h("label", { "for": cbId }, [h("span", { "class": "visually-hidden", text: "Learned: " }), h("span", { "class": "step-name", text: s.topic.label })]),
        h("span", { "class": "kind kind-" + s.topic.kind, text: kindLabel(s.topic.kind) }),
        hours
      ]),
      h("p", { "class": "why", id: "why-" + id, text: why })
    ]);
    if (s.resource) { li.appendChild(resourceLine(s.resource.resource, "res")); }
    var alts = h("details", { "class": "alts" }, [h("summary", { text: "Other resources" })]);
    alts.addEventListener("toggle", function () { if (alts.open && alts.children.length === 1) { loadAlternatives(id, s.resource, alts); } });
    li.appendChild(alts);
    if (s.topic.kind === "ml-concept") {
      var mb = h("button", { type: "button", "class": "link math-btn", text: "Math for this" });
      mb.addEventListener("click", function () { mathFor(id); });
      li.appendChild(mb);
    }
    return li;
  }

  function resourceLine(r, cls) {
    var url = T.safeUrl(r.url);
    var title = url ? h("a", { href: url, target: "_blank", rel: "noopener noreferrer", text: r.title }) : h("span", { text: r.title });
    var facts = T.resourceFacts(r);
    return h("p", { "class": cls }, [title, facts ? h("span", { "class": "facts", text: " " + facts }) : null]);
  }

  function loadAlternatives(id, chosen, box) {
    var ul = h("ul", {}, [h("li", { text: "Loading\u2026" })]);
    box.appendChild(ul);
    api.get("topic", { name: id }).then(function (t) {
      ul.textContent = "";
      var skip = chosen ? chosen.resource.id : null;
      (t.resources || []).filter(function (r) { return r.id !== skip; }).forEach(function (r) {
        ul.appendChild(h("li", {}, [resourceLine(r, "alt")]));
      });
      if (!ul.children.length) { ul.appendChild(h("li", { text: "No other resource in the data." })); }
    }, function (e) { ul.textContent = e.message; });
  }

  function renderProgress() {
    if (!plan) { return; }
    var pr = T.progress(plan.steps, doneSet(), profile.prefs.hoursPerWeek, profile.prefs.start, T.today());
    $("progress").hidden = false;
    $("progress-bar").max = Math.max(1, pr.total);
    $("progress-bar").value = pr.done;
    $("progress-text").textContent = pr.done + " of " + pr.total + " steps done \u00b7 " + T.hoursText(pr.hoursLeft) + " left" +
      (pr.hoursLeftEstimated > 0 ? " (" + T.hoursText(pr.hoursLeftEstimated) + " of it estimated)" : "");
    var more = pr.finish ? "At " + T.hoursText(profile.prefs.hoursPerWeek) + " a week you finish on " + pr.finish + "." : "Set your pace to see when you finish.";
    if (pr.aheadHours !== null) { more += " You are " + T.scheduleText(pr.aheadHours) + "."; }
    $("progress-more").textContent = more.replace("You are on schedule", "You are on schedule");
  }

  // ---- Math for this.
  function mathFor(id) {
    var box = $("math-for");
    box.hidden = false; box.textContent = "";
    box.appendChild(h("p", { text: "Loading the math for " + label(id) + "\u2026" }));
    api.get("need", { topic: id, known: profile.known, "no-profile": true }).then(function (n) {
      box.textContent = "";
      var close = h("button", { type: "button", "class": "link", text: "Close" });
      close.addEventListener("click", function () { box.hidden = true; var b = document.querySelector("#step-" + cssId(id) + " .math-btn"); if (b) { b.focus(); } });
      box.appendChild(h("h3", { text: "Math for " + n.topic.label }));
      if (!n.needs.length) { box.appendChild(h("p", { text: n.alreadyKnown ? "You know this topic already." : "No math you do not know yet." })); }
      var ol = h("ol", {});
      n.needs.forEach(function (m) {
        var chain = h("ul", { "class": "chain" });
        m.chain.forEach(function (l) { chain.appendChild(h("li", { text: l.topic.label + " needs " + l.required.label + (l.reason ? ": " + l.reason : "") })); });
        var li = h("li", {}, [h("strong", { text: m.topic.label }), chain]);
        if (m.resource) { li.appendChild(resourceLine(m.resource.resource, "res")); }
        ol.appendChild(li);
      });
      box.appendChild(ol); box.appendChild(close);
      box.focus();
    }, fail);
  }
  function cssId(id) { return window.CSS && CSS.escape ? CSS.escape(id) : id; }

  // ---- The map.
  function closure(goals) {
    var req = {};
    mapData.edges.forEach(function (e) { (req[e.target] = req[e.target] || []).push(e.source); });
    var seen = new Set(), stack = goals.slice();
    while (stack.length) {
      var v = stack.pop();
      if (seen.has(v)) { continue; }
      seen.add(v);
      (req[v] || []).forEach(function (w) { stack.push(w); });
    }
    return seen;
  }

  function drawMap() {
    if (!mapData) { return; }
    var steps = {};
    (plan ? plan.steps : []).forEach(function (s) { steps[s.topic.id] = { number: s.number, neededBy: s.neededBy ? s.neededBy.id : null }; });
    var known = closure(profile.known);
    doneSet().forEach(function (id) { known.add(id); });
    var scope = $("map-scope").value;
    var shown = scope === "all" || !profile.goals.length ? null : closure(profile.goals);
    var level = mapView ? mapView.zoomLevel() : 1;
    mapView = M.draw($("map-box"), mapData, { shown: shown, steps: steps, known: known, onSelect: showTopic });
    mapView.zoom(level);
  }

  function showTopic(id) {
    var n = byId(id), box = $("map-details");
    mapView.select(id);
    box.textContent = "";
    box.appendChild(h("h3", { text: n.label }));
    box.appendChild(h("p", { "class": "help", text: kindLabel(n.kind) + (n.area ? " \u00b7 " + n.area : "") }));
    if (n.definition) { box.appendChild(h("p", { text: n.definition })); }
    var ul = h("ul", {});
    (n.resources || []).forEach(function (r) { ul.appendChild(h("li", {}, [resourceLine(r, "alt")])); });
    box.appendChild(ul);
    var req = mapData.edges.filter(function (e) { return e.target === id; });
    if (req.length) {
      box.appendChild(h("h4", { text: "Learn first" }));
      var rl = h("ul", {});
      req.forEach(function (e) { rl.appendChild(h("li", { text: label(e.source) + (e.reason ? ": " + e.reason : "") })); });
      box.appendChild(rl);
    }
    var goal = h("button", { type: "button", text: "Make it a goal" });
    goal.addEventListener("click", function () { change(store.addGoal(id), "New goal: " + n.label + "."); });
    var know = h("button", { type: "button", text: "I know this" });
    know.addEventListener("click", function () { change(store.know([id]), "Counted as known: " + n.label + "."); });
    box.appendChild(h("p", { "class": "buttons" }, [goal, " ", know]));
    if (n.kind === "ml-concept") {
      var mb = h("button", { type: "button", text: "Math for this" });
      mb.addEventListener("click", function () { mathFor(id); location.hash = "#path"; });
      box.lastChild.appendChild(document.createTextNode(" "));
      box.lastChild.appendChild(mb);
    }
  }

  $("map-scope").addEventListener("change", drawMap);
  $("map-in").addEventListener("click", function () { mapView.zoom(1.25); });
  $("map-out").addEventListener("click", function () { mapView.zoom(0.8); });
  $("map-fit").addEventListener("click", function () { mapView.fit(); });
  $("map-box").addEventListener("keydown", function (ev) {
    if (ev.target !== $("map-box")) { return; }
    if (ev.key === "+" || ev.key === "=") { mapView.zoom(1.25); }
    if (ev.key === "-") { mapView.zoom(0.8); }
  });
  function legend() {
    Object.keys(M.KINDS).forEach(function (k) {
      var sw = h("i", { "class": "swatch kind-" + k, "aria-hidden": "true" });
      $("map-legend").appendChild(h("span", {}, [sw, M.KINDS[k].label]));
    });
    $("map-legend").appendChild(h("span", {}, [h("i", { "class": "swatch known", "aria-hidden": "true" }), "known (dimmed)"]));
  }
  $("print").addEventListener("click", function () { window.print(); });

  // ---- The placement quiz: the server decides the next question from the answers so far (the
  // stateless GET /api/assess); the page only keeps the answers and shows the question. The
  // result is saved as what the learner knew before the path.
  var quiz = null;
  function quizStep(answers) {
    quiz.answers = answers;
    var asked = store.assess ? store.assess(profile.goals, answers, false).then(function (r) { return r.state; }) :
      api.get("assess", { goal: profile.goals, known: profile.known.concat(Object.keys(profile.learned)),
        answer: answers.map(function (a) { return a.topic + ":" + a.reply; }) });
    return asked.then(showQuestion, fail);
  }
  function showQuestion(state) {
    var q = state.next;
    if (!q) { return endQuiz(state); }
    quiz.asked++;
    quiz.next = q;
    var decided = state.known.length + state.unknown.length;
    $("quiz-progress").textContent = "Question " + quiz.asked + " \u00b7 " + decided + " of " + state.topics + " topics decided";
    var head = $("quiz-question");
    head.textContent = "Can you do this: " + q.topic.label + "?";
    head.setAttribute("data-topic", q.topic.id);
    $("quiz-definition").textContent = q.definition || "";
    var check = T.splitCheck(q.check), box = $("quiz-check");
    var task = check.task;
    if (q.resolves) {
      task = "You said yes to " + q.resolves.yes.label + ", which needs " + q.resolves.no.label + ", and no to " + q.resolves.no.label + ". Which is it? " + task;
    }
    box.textContent = task;
    if (check.answer) {
      box.appendChild(h("details", { "class": "answer" }, [h("summary", { text: "Show the answer" }), h("span", { text: check.answer })]));
    }
    box.hidden = !task;
    head.focus();
  }
  function endQuiz(state) {
    var known = state.known.map(function (t) { return t.id; });
    $("quiz-panel").hidden = true;
    $("quiz-start").hidden = false;
    $("quiz-result").textContent = "The quiz counted " + known.length + " topics as known" +
      (state.unknown.length ? " and " + state.unknown.length + " as still to learn" : "") + ". Your path starts after them.";
    var saved = store.assess ? store.assess(profile.goals, quiz.answers, true).then(store.saved) :
      known.length ? store.place(known) : Promise.resolve(profile);
    quiz = null;
    return change(saved, "Placement saved.").then(function () { $("quiz-start").focus(); });
  }
  $("quiz-start").addEventListener("click", function () {
    quiz = { answers: [], asked: 0, next: null };
    $("quiz-start").hidden = true;
    $("quiz-panel").hidden = false;
    $("quiz-result").textContent = "";
    quizStep([]);
  });
  Array.prototype.forEach.call(document.querySelectorAll("#quiz-panel [data-reply]"), function (b) {
    b.addEventListener("click", function () {
      if (!quiz || !quiz.next) { return; }
      var r = b.getAttribute("data-reply");
      var more = r === "yes" ? quiz.next.ifYes : r === "no" ? quiz.next.ifNo : quiz.next.ifSkip;
      quiz.next = null;
      quizStep(quiz.answers.concat(more));
    });
  });
  $("quiz-stop").addEventListener("click", function () {
    quiz = null;
    $("quiz-panel").hidden = true;
    $("quiz-start").hidden = false;
    $("quiz-result").textContent = "Quiz stopped; nothing was saved.";
    $("quiz-start").focus();
  });

  // ---- Review due today: one click records how it went (the server schedules the next one).
  var GRADES = [["again", "Forgot"], ["hard", "Hard"], ["good", "Good"], ["easy", "Easy"]];
  function renderReviews() {
    if (!store.canReview) { return Promise.resolve(); }
    return store.due(T.today()).then(function (list) {
      var body = $("review-body");
      body.textContent = "";
      if (!list.due.length) {
        body.appendChild(h("p", { "class": "help", text: "Nothing is due today." +
          (list.next ? " Next: " + list.next.topic.label + " on " + list.next.due + "." : "") }));
        return;
      }
      var ul = h("ul", { "class": "reviews" });
      list.due.forEach(function (r) {
        var buttons = h("div", { "class": "grades", role: "group", "aria-label": "How did reviewing " + r.topic.label + " go?" });
        GRADES.forEach(function (g) {
          var b = h("button", { type: "button", "data-grade": g[0], text: g[1] });
          b.addEventListener("click", function () {
            store.reviewed(r.topic.id, g[0], T.today()).then(function (p) {
              profile = p; say("Review recorded: " + r.topic.label + " (" + g[1].toLowerCase() + ").");
              return renderReviews();
            }, fail);
          });
          buttons.appendChild(b);
        });
        var late = r.overdueDays > 0 ? " \u00b7 " + r.overdueDays + " days overdue" : "";
        ul.appendChild(h("li", { "data-topic": r.topic.id }, [h("strong", { text: r.topic.label }),
          h("span", { "class": "help", text: " due " + r.due + late }), buttons]));
      });
      body.appendChild(ul);
    }, fail);
  }

  // ---- Placement quiz and reviews: these need the server's learner model.
  function renderLearnerParts() {
    if (!store.canReview) {
      $("review-body").textContent = "";
      $("review-body").appendChild(h("p", { "class": "help", text: "Reviews are scheduled by the learner profile on the server; this page keeps your ticks in this browser only." }));
    }
  }

  // ---- Start.
  function start() {
    // The server says in the page whether it keeps a profile (mlpath serve's learner routes).
    var meta = document.querySelector('meta[name="mlpath-profile"]');
    if (meta && meta.getAttribute("content") === "server") {
      store = countedAll(A.serverProfile(api));
      $("profile-where").textContent = "kept by the server (mlpath serve), in its profile file";
    } else {
      store = countedAll(A.localProfile(window.localStorage, "mlpath.profile"));
      $("profile-where").textContent = "kept in this browser (localStorage)";
    }
    combo($("goal-input"), $("goal-options"), function (id) { change(store.addGoal(id), "New goal: " + label(id) + "."); });
    combo($("know-input"), $("know-options"), function (id) { change(store.know([id]), "Counted as known: " + label(id) + "."); });
    renderLearnerParts();
    return Promise.all([store.load(), api.get("map")]).then(function (r) {
      profile = r[0]; mapData = r[1]; mapData.index = {};
      mapData.nodes.forEach(function (n) { mapData.index[n.id] = n; });
      renderProfile();
      return Promise.all([replan(), renderReviews()]);
    }, fail);
  }
  // Relative to this script (app/), so the modules come from the same server.
  window.mlpathReady = Promise.all([import("./track.js"), import("./api.js"), import("./map.js")]).then(function (m) {
    T = m[0]; A = m[1]; M = m[2];
    api = countedAll(A.client(window.fetch.bind(window)));
    legend();
    return start();
  });
})();
