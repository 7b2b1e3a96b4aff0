"""Renders Mermaid diagrams with the real Mermaid library in headless Chromium (Selenium,
chromedriver), from a local page that loads a local mermaid.min.js: no network. Reports, as JSON on
stdout, one object per diagram: the error mermaid.parse or mermaid.render threw (or null), the
flowchart nodes of the SVG (Mermaid's node id and the label's text, with each line break as a
newline), the subgraphs with their titles, the edges drawn (id and style), and the browser
console's errors and warnings; and any network request the page made. Saves a screenshot of each diagram.

usage: mermaid_render.py CHROMIUM CHROMEDRIVER MERMAID.min.js SCREENSHOT_PREFIX DIAGRAM.mmd...
"""
import json
import os
import sys
import tempfile
import time

import headless_chromium

chromium, driver_path, mermaid_js, screenshot_prefix = sys.argv[1:5]
diagrams = sys.argv[5:]
work = tempfile.mkdtemp(prefix="mlpath-mermaid-")
page = os.path.join(work, "render.html")
with open(page, "w", encoding="utf-8") as f:
    f.write("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>mermaid</title>\n"
            "<script src=\"file://%s\"></script></head>\n"
            "<body><div id=\"out\"></div></body></html>\n" % os.path.abspath(mermaid_js))

driver = headless_chromium.start(
    chromium, driver_path, os.path.join(work, "profile"), ["--allow-file-access-from-files"])
driver.set_script_timeout(120)

# Mermaid's own defaults (as GitHub uses them: securityLevel strict, maxEdges 500, HTML labels),
# except startOnLoad, since the page renders by calling mermaid.render itself.
RENDER = """
const [text, done] = arguments;
const out = document.getElementById('out');
const result = {error: null, nodes: [], clusters: [], edges: []};
(async () => {
  try {
    if (typeof mermaid === 'undefined') {
      throw new Error('mermaid.min.js did not load');
    }
    mermaid.initialize({startOnLoad: false});
    await mermaid.parse(text);
    const {svg, bindFunctions} = await mermaid.render('diagram', text);
    out.innerHTML = svg;
    if (bindFunctions) bindFunctions(out);
    const root = out.querySelector('svg');
    // A label's text as shown: each <br> is a line break.
    const shown = (el) => {
      if (!el) return null;
      const copy = el.cloneNode(true);
      copy.querySelectorAll('br').forEach((br) => br.replaceWith('\\n'));
      const lines = copy.querySelectorAll('tspan.row, tspan[class~="row"]');
      if (lines.length > 0) {
        return Array.from(lines).map((t) => t.textContent).join('\\n');
      }
      return copy.textContent;
    };
    result.nodes = Array.from(root.querySelectorAll('g.node')).map((g) => ({
      id: g.id,
      text: shown(g.querySelector('.nodeLabel') || g.querySelector('.label') || g),
    }));
    result.clusters = Array.from(root.querySelectorAll('g.cluster')).map((g) => ({
      id: g.id,
      text: shown(g.querySelector('.nodeLabel') || g.querySelector('.cluster-label') || g),
    }));
    result.edges = Array.from(root.querySelectorAll('g.edgePaths > path')).map((p) => ({
      id: p.id,
      style: p.getAttribute('style') || '',
    }));
  } catch (e) {
    result.error = String((e && (e.message || e.str)) || e);
  }
  done(result);
})();
"""

try:
    driver.get("file://" + page)
    time.sleep(0.2)
    results = []
    for i, path in enumerate(diagrams):
        with open(path, encoding="utf-8") as f:
            text = f.read()
        driver.execute_script("document.getElementById('out').innerHTML = '';")
        result = driver.execute_async_script(RENDER, text)
        time.sleep(0.1)
        driver.execute_script(
            "const s = document.querySelector('#out svg');"
            " if (s) { s.style.maxWidth = 'none'; }")
        driver.save_screenshot("%s-%d.png" % (screenshot_prefix, i))
        logs = driver.get_log("browser")
        result["errors"] = [l["message"] for l in logs if l["level"] in ("SEVERE", "WARNING")]
        result["file"] = path
        results.append(result)
    requests = []
    for entry in driver.get_log("performance"):
        message = json.loads(entry["message"])["message"]
        if message.get("method") == "Network.requestWillBeSent":
            url = message["params"]["request"]["url"]
            if url.startswith(("http:", "https:", "ws:", "wss:", "ftp:")):
                requests.append(url)
    print(json.dumps({"diagrams": results, "requests": requests}))
finally:
    driver.quit()
