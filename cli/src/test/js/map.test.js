import test from "node:test";
import assert from "node:assert/strict";
import * as M from "../../main/resources/io/github/mlpath/cli/serve/app/map.js";

const data = {
  areas: [{ id: "python", label: "Python" }, { id: "calculus", label: "Calculus" }],
  nodes: [
    { id: "py", label: "Python basics", kind: "programming", areaId: "python" },
    { id: "lim", label: "Limits", kind: "math", areaId: "calculus" },
    { id: "der", label: "Derivatives", kind: "math", areaId: "calculus" },
    { id: "act", label: "Activation functions", kind: "ml-concept" },
  ],
  edges: [
    { source: "lim", target: "der" },
    { source: "der", target: "act" },
    { source: "py", target: "act" },
  ],
};

test("one band per area in the areas' order, topics without an area last", () => {
  const L = M.layout(data);
  assert.deepEqual(L.bands.map((b) => b.label), ["Python", "Calculus", "No area"]);
  assert.ok(L.bands[0].y < L.bands[1].y && L.bands[1].y < L.bands[2].y);
  for (const id of ["py", "lim", "der", "act"]) {
    const b = L.bands.find((x) => x.id === (data.nodes.find((n) => n.id === id).areaId || ""));
    assert.ok(L.nodes[id].y >= b.y && L.nodes[id].y < b.y + b.height, id + " inside its band");
  }
});

test("columns follow the longest chain of shown prerequisites", () => {
  const L = M.layout(data);
  assert.deepEqual(["py", "lim", "der", "act"].map((id) => L.nodes[id].depth), [0, 0, 1, 2]);
  const part = M.layout(data, new Set(["der", "act"]));
  assert.deepEqual(Object.keys(part.nodes).sort(), ["act", "der"]);
  assert.equal(part.nodes.der.depth, 0);
  assert.equal(part.edges.length, 1);
});

test("topics of one column and band are ordered by step number", () => {
  const two = { areas: [], nodes: [{ id: "a", label: "A", kind: "math" }, { id: "b", label: "B", kind: "math" }], edges: [] };
  const L = M.layout(two, null, { a: 2, b: 1 });
  assert.ok(L.nodes.b.y < L.nodes.a.y);
});

test("a cycle in the data is drawn rather than looping forever", () => {
  const cyc = { areas: [], nodes: [{ id: "a", label: "A", kind: "math" }, { id: "b", label: "B", kind: "math" }],
    edges: [{ source: "a", target: "b" }, { source: "b", target: "a" }] };
  const L = M.layout(cyc);
  assert.equal(Object.keys(L.nodes).length, 2);
});

test("labels wrap on two lines and only the second is cut", () => {
  assert.deepEqual(M.lines("Derivatives", 24), ["Derivatives"]);
  assert.deepEqual(M.lines("Vanishing and exploding gradients", 24), ["Vanishing and exploding", "gradients"]);
  const long = M.lines("Convolutional neural networks for image classification tasks", 24);
  assert.equal(long.length, 2);
  assert.ok(long[1].endsWith("\u2026") && long[1].length === 24);
  assert.deepEqual(M.lines("Supercalifragilisticexpialidocious", 10), ["Supercali\u2026"]);
});
