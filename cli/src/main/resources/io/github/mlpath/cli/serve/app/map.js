/*
 * mlpath web app: the map. Topics in one band per area (the clusters of the Graphviz export),
 * columns by learning depth within what is shown (prerequisites to the left), the learner's path
 * numbered with only its own edges emphasised, known topics dimmed. layout() is pure (tested with
 * Node); draw() builds the SVG. An ES module: the page (app.js) and
 * Node's tests import it.
 */

var NODE_W = 200, NODE_H = 46, COL_W = 240, ROW_H = 56, PAD = 16, BAND_HEAD = 26, BAND_GAP = 14;
var MIN_ZOOM = 0.65, MAX_ZOOM = 2.5;
var KINDS = {
  "programming": { label: "Programming", fill: "#dbe8f6", stroke: "#2f5f93" },
  "project": { label: "Project", fill: "#fde9d3", stroke: "#9c520d" },
  "ml-concept": { label: "ML concept", fill: "#e0eedb", stroke: "#356b30" },
  "math": { label: "Math", fill: "#ebe2f7", stroke: "#5d4191" }
};

/**
 * Where each shown topic goes. `data` is the map data (areas, nodes, edges); `shown` a Set of ids
 * (all topics when absent); `order` maps an id to its rank within a column (step numbers on a
 * path), else the data's order. Bands follow the areas' order (topics without an area last);
 * a topic's column is the longest chain of shown prerequisites below it.
 * Returns {width, height, bands: [{id, label, y, height}], nodes: {id: {x, y, depth}}, edges}.
 */
function layout(data, shown, order) {
  var nodes = data.nodes.filter(function (n) { return !shown || shown.has(n.id); });
  var index = {};
  nodes.forEach(function (n, i) { index[n.id] = i; });
  var edges = data.edges.filter(function (e) { return e.source in index && e.target in index; });
  var requires = nodes.map(function () { return []; });
  edges.forEach(function (e) { requires[index[e.target]].push(index[e.source]); });
  var depth = nodes.map(function () { return -1; });
  function depthOf(i, seen) {
    if (depth[i] >= 0) { return depth[i]; }
    if (seen[i]) { return 0; } // a cycle in the data: draw it rather than loop
    seen[i] = true;
    var d = 0;
    requires[i].forEach(function (j) { d = Math.max(d, depthOf(j, seen) + 1); });
    depth[i] = d;
    return d;
  }
  nodes.forEach(function (n, i) { depthOf(i, {}); });
  var rank = function (n, i) { return order && order[n.id] !== undefined ? order[n.id] : 1e9 + i; };
  var bandIds = data.areas.map(function (a) { return a.id; }).concat([""]);
  var labels = {};
  data.areas.forEach(function (a) { labels[a.id] = a.label; });
  labels[""] = "No area";
  var out = { bands: [], nodes: {}, edges: edges, width: 0, height: 0 };
  var y = PAD, maxDepth = 0;
  bandIds.forEach(function (b) {
    var members = [];
    nodes.forEach(function (n, i) { if ((n.areaId || "") === b) { members.push(i); } });
    if (!members.length) { return; }
    members.sort(function (i, j) { return depth[i] - depth[j] || rank(nodes[i], i) - rank(nodes[j], j); });
    var rows = {}, tallest = 0;
    members.forEach(function (i) {
      var row = rows[depth[i]] = (rows[depth[i]] || 0) + 1;
      tallest = Math.max(tallest, row);
      maxDepth = Math.max(maxDepth, depth[i]);
      out.nodes[nodes[i].id] = { x: PAD + depth[i] * COL_W, y: y + BAND_HEAD + (row - 1) * ROW_H, depth: depth[i] };
    });
    var height = BAND_HEAD + tallest * ROW_H;
    out.bands.push({ id: b, label: labels[b] || b, y: y, height: height, count: members.length });
    y += height + BAND_GAP;
  });
  out.width = PAD * 2 + maxDepth * COL_W + NODE_W;
  out.height = Math.max(y - BAND_GAP + PAD, PAD * 2);
  return out;
}

/** A label in at most two lines of about `max` characters, the second cut with an ellipsis. */
function lines(label, max) {
  var words = label.replace(/\s+/g, " ").trim().split(" ");
  var first = "";
  while (words.length && (first + " " + words[0]).trim().length <= max) {
    first = (first + " " + words.shift()).trim();
  }
  if (!first) { first = words.shift(); }
  if (first.length > max) { return [first.slice(0, max - 1) + "\u2026"]; }
  var rest = words.join(" ");
  if (!rest) { return [first]; }
  return [first, rest.length > max ? rest.slice(0, max - 1) + "\u2026" : rest];
}

var SVG = "http://www.w3.org/2000/svg";
function el(name, attrs, parent) {
  var e = document.createElementNS(SVG, name);
  Object.keys(attrs).forEach(function (k) { e.setAttribute(k, attrs[k]); });
  if (parent) { parent.appendChild(e); }
  return e;
}

/**
 * Draws the map into `box` (an element that scrolls; the map pans inside it). `opts`: shown (Set
 * of ids), steps ({id: {number, neededBy}}), known (Set of ids), onSelect(id). Returns a
 * controller: zoom(factor), fit(), select(id), zoomLevel().
 */
function draw(box, data, opts) {
  var steps = opts.steps || {}, known = opts.known || new Set();
  var order = {};
  Object.keys(steps).forEach(function (id) { order[id] = steps[id].number; });
  var L = layout(data, opts.shown, order);
  var byId = {};
  data.nodes.forEach(function (n) { byId[n.id] = n; });
  box.textContent = "";
  var svg = el("svg", { width: L.width, height: L.height, viewBox: "0 0 " + L.width + " " + L.height,
    role: "group", "aria-label": "Map of " + Object.keys(L.nodes).length + " topics in " + L.bands.length + " areas" }, box);
  L.bands.forEach(function (b, i) {
    var g = el("g", { "class": "band band-" + (i % 2) }, svg);
    el("rect", { x: 2, y: b.y, width: L.width - 4, height: b.height, rx: 8 }, g);
    var t = el("text", { x: PAD, y: b.y + 18, "class": "band-label" }, g);
    t.textContent = b.label + " (" + b.count + ")";
  });
  var edgeLayer = el("g", { "aria-hidden": "true" }, svg), nodeLayer = el("g", {}, svg);
  var drawn = [];
  L.edges.forEach(function (e) {
    var s = L.nodes[e.source], t = L.nodes[e.target];
    var x1 = s.x + NODE_W, y1 = s.y + NODE_H / 2, x2 = t.x, y2 = t.y + NODE_H / 2;
    if (x2 <= x1) { x1 = s.x + NODE_W / 2; x2 = t.x + NODE_W / 2; }
    var dx = Math.max(30, Math.abs(x2 - x1) / 2);
    var onPath = steps[e.source] && steps[e.source].neededBy === e.target;
    var p = el("path", { d: "M" + x1 + "," + y1 + " C" + (x1 + dx) + "," + y1 + " " + (x2 - dx) + "," + y2 + " " + x2 + "," + y2,
      "class": "edge" + (onPath ? " on-path" : "") }, onPath ? null : edgeLayer);
    drawn.push({ e: e, svg: p, onPath: onPath });
  });
  drawn.forEach(function (d) { if (d.onPath) { edgeLayer.appendChild(d.svg); } });
  var nodeEls = {};
  Object.keys(L.nodes).forEach(function (id) {
    var n = byId[id], at = L.nodes[id], kind = KINDS[n.kind] || KINDS.math, step = steps[id];
    var name = n.label + ", " + kind.label + (step ? ", step " + step.number : "") + (known.has(id) ? ", known" : "");
    var g = el("g", { "class": "node" + (step ? " step" : "") + (known.has(id) ? " known" : ""),
      transform: "translate(" + at.x + "," + at.y + ")", tabindex: "0", role: "button",
      "data-topic": id }, nodeLayer);
    // The title names the node (SVG's own accessible name), so the cut label shown is not it.
    el("title", {}, g).textContent = name;
    el("rect", { "class": "box", width: NODE_W, height: NODE_H, rx: 7, fill: kind.fill, stroke: kind.stroke }, g);
    var x = step ? 34 : 10;
    lines(n.label, step ? 21 : 24).forEach(function (line, i, all) {
      var t = el("text", { x: x, y: (all.length === 1 ? 28 : 19 + i * 16), "class": "label" }, g);
      t.textContent = line;
    });
    if (step) {
      el("circle", { cx: 17, cy: NODE_H / 2, r: 12, "class": "badge" }, g);
      var num = el("text", { x: 17, y: NODE_H / 2 + 4, "class": "badge-text" }, g);
      num.textContent = String(step.number);
    }
    var pick = function () { if (opts.onSelect) { opts.onSelect(id); } };
    g.addEventListener("click", pick);
    g.addEventListener("keydown", function (ev) {
      if (ev.key === "Enter" || ev.key === " ") { ev.preventDefault(); pick(); }
    });
    nodeEls[id] = g;
  });

  var zoom = 1;
  function setZoom(z) {
    zoom = Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, z));
    svg.setAttribute("width", Math.round(L.width * zoom));
    svg.setAttribute("height", Math.round(L.height * zoom));
  }
  // Drag to pan; the box scrolls, so arrow keys and touch pan it too.
  var drag = null;
  box.onpointerdown = function (ev) {
    if (ev.button !== 0 || ev.target.closest(".node")) { return; }
    drag = { x: ev.clientX, y: ev.clientY, left: box.scrollLeft, top: box.scrollTop };
  };
  box.onpointermove = function (ev) {
    if (!drag) { return; }
    box.scrollLeft = drag.left - (ev.clientX - drag.x);
    box.scrollTop = drag.top - (ev.clientY - drag.y);
  };
  box.onpointerup = box.onpointerleave = function () { drag = null; };
  var selected = null;
  return {
    zoom: function (factor) { setZoom(zoom * factor); },
    zoomLevel: function () { return zoom; },
    fit: function () { setZoom(Math.min(1, box.clientWidth / L.width)); },
    select: function (id) {
      if (selected) { selected.classList.remove("selected"); }
      selected = nodeEls[id] || null;
      drawn.forEach(function (d) {
        d.svg.classList.toggle("in", !!selected && d.e.target === id);
        d.svg.classList.toggle("out", !!selected && d.e.source === id);
      });
      if (selected) {
        selected.classList.add("selected");
        var at = L.nodes[id];
        box.scrollTo({ left: Math.max(0, at.x * zoom - box.clientWidth / 2 + NODE_W * zoom / 2),
          top: Math.max(0, at.y * zoom - box.clientHeight / 2) });
      }
    }
  };
}

export {
  layout,
  lines,
  draw,
  KINDS,
  MIN_ZOOM
};
