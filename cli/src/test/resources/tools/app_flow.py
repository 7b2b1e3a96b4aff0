"""Walks a learner through the mlpath web app in headless Chromium (Selenium, chromedriver), against
a running `mlpath serve`, and reports what it saw as JSON on stdout. Keyboard where a learner would
use it. Saves screenshots at 1280 and 360 pixels wide. With an axe-core file, runs axe in the page.

usage: app_flow.py TOOLS_DIR CHROMIUM CHROMEDRIVER BASE_URL SHOTS_DIR GOAL_TEXT GOAL_ID KNOWN_ID [AXE_JS]

TOOLS_DIR holds headless_chromium.py. The quiz is answered as a learner who knows KNOWN_ID and
everything it requires (and nothing else) would answer it.
"""
import json
import sys
import tempfile
import time
import urllib.parse

tools, chromium, driver_path, base, shots, goal_text, goal_id, known_id = sys.argv[1:9]
axe = sys.argv[9] if len(sys.argv) > 9 else None
sys.path.insert(0, tools)
import headless_chromium  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.common.keys import Keys  # noqa: E402
from selenium.webdriver.support.ui import WebDriverWait  # noqa: E402

report = {"steps": []}
driver = headless_chromium.start(chromium, driver_path, tempfile.mkdtemp(prefix="mlpath-app-"),
                                 ["--window-size=1280,900"])
wait = WebDriverWait(driver, 60)


def ready():
    """Waits for the page's start (profile, map data, path) to finish."""
    driver.execute_async_script(
        "var done = arguments[arguments.length - 1];"
        "var t = setInterval(function () { if (window.mlpathReady) { clearInterval(t);"
        " window.mlpathReady.then(function () { done(true); }, function () { done(false); }); } }, 50);")


def idle():
    """Waits until no request of the page is in flight and the DOM settled."""
    driver.execute_async_script(
        "var done = arguments[arguments.length - 1];"
        "var t = setInterval(function () { if (!window.mlpathBusy || window.mlpathBusy() === 0) {"
        " clearInterval(t); setTimeout(function () { done(true); }, 100); } }, 50);")


def steps():
    return driver.execute_script(
        "return Array.from(document.querySelectorAll('#track .step')).map(function (li) {"
        " return {id: li.getAttribute('data-topic'), checked: li.querySelector('input').checked}; });")


def progress_text():
    return driver.find_element(By.ID, "progress-text").text


def no_page_scroll_sideways():
    return driver.execute_script(
        "return document.documentElement.scrollWidth <= document.documentElement.clientWidth;")


try:
    driver.get(base)
    ready()
    # Type part of the goal and pick it from the suggestions with the keyboard.
    box = driver.find_element(By.ID, "goal-input")
    box.click()
    box.send_keys(goal_text)
    wait.until(lambda d: d.find_elements(By.CSS_SELECTOR, '#goal-options [data-topic="%s"]' % goal_id))
    report["suggestions"] = [e.get_attribute("data-topic")
                             for e in driver.find_elements(By.CSS_SELECTOR, "#goal-options [role=option]")]
    for _ in range(len(report["suggestions"])):
        active = driver.execute_script(
            "var a = document.getElementById('goal-input').getAttribute('aria-activedescendant');"
            " return a ? document.getElementById(a).getAttribute('data-topic') : null;")
        if active == goal_id:
            break
        box.send_keys(Keys.ARROW_DOWN)
    box.send_keys(Keys.ENTER)
    wait.until(lambda d: d.find_elements(By.CSS_SELECTOR, "#track .step"))
    idle()
    report["goals"] = [e.text for e in driver.find_elements(By.CSS_SELECTOR, "#goal-list .chip span")]
    before = steps()
    report["stepsBefore"] = len(before)
    # Tick three steps with the keyboard (space on the focused checkbox).
    ticked = []
    for s in before[:3]:
        cb = driver.find_element(By.ID, "learned-" + s["id"])
        driver.execute_script("arguments[0].focus();", cb)
        cb.send_keys(Keys.SPACE)
        ticked.append(s["id"])
        idle()
    report["ticked"] = ticked
    report["progressAfterTicks"] = progress_text()
    driver.save_screenshot(shots + "/app-path-1280.png")
    # Reload: the ticks come back from the profile.
    driver.refresh()
    ready()
    idle()
    after = steps()
    report["checkedAfterReload"] = [s["id"] for s in after if s["checked"]]
    report["stepsAfterReload"] = len(after)
    report["progressAfterReload"] = progress_text()
    report["progressValue"] = driver.execute_script(
        "var p = document.getElementById('progress-bar'); return [p.value, p.max];")
    # Math for this, on the first ML concept of the track.
    math = driver.find_elements(By.CSS_SELECTOR, "#track .math-btn")
    if math:
        math[0].click()
        wait.until(lambda d: d.find_elements(By.CSS_SELECTOR, "#math-for h3"))
        report["mathFor"] = driver.find_element(By.CSS_SELECTOR, "#math-for h3").text
        report["mathForItems"] = len(driver.find_elements(By.CSS_SELECTOR, "#math-for > ol > li"))
    # The map: path highlighted, known dimmed.
    report["mapNodes"] = len(driver.find_elements(By.CSS_SELECTOR, "#map-box .node"))
    report["mapPathEdges"] = len(driver.find_elements(By.CSS_SELECTOR, "#map-box .edge.on-path"))
    report["mapKnown"] = len(driver.find_elements(By.CSS_SELECTOR, "#map-box .node.known"))
    # The placement quiz, to the end, answered as a learner who knows known_id and all it requires.
    mapdata = driver.execute_script("return fetch('api/map').then(function (r) { return r.json(); });")
    requires = {}
    for e in mapdata["edges"]:
        requires.setdefault(e["target"], []).append(e["source"])
    knows, todo = set(), [known_id]
    while todo:
        t = todo.pop()
        if t not in knows:
            knows.add(t)
            todo.extend(requires.get(t, []))
    report["learnerKnows"] = sorted(knows)
    report["stepsBeforeQuiz"] = [s["id"] for s in steps()]
    quiz = driver.find_element(By.ID, "quiz-start")
    asked = []
    if quiz.is_enabled():
        quiz.send_keys(Keys.ENTER)
        for _ in range(400):
            idle()
            panel = driver.find_element(By.ID, "quiz-panel")
            if not panel.is_displayed():
                break
            topic = driver.find_element(By.ID, "quiz-question").get_attribute("data-topic")
            reply = "yes" if topic in knows else "no"
            asked.append([topic, reply])
            if len(asked) == 2:
                driver.execute_script("document.getElementById('know').scrollIntoView();")
                driver.save_screenshot(shots + "/app-quiz-1280.png")
            driver.find_element(By.CSS_SELECTOR, '#quiz-panel [data-reply="%s"]' % reply).send_keys(Keys.ENTER)
        idle()
        report["quizResult"] = driver.find_element(By.ID, "quiz-result").text
        report["quizDoneFocus"] = driver.execute_script("return document.activeElement.id;")
    report["quizAnswers"] = asked
    report["stepsAfterQuiz"] = [s["id"] for s in steps()]
    report["noSidewaysScroll1280"] = no_page_scroll_sideways()
    if axe:
        with open(axe, encoding="utf-8") as f:
            driver.execute_script(f.read())
        result = driver.execute_async_script(
            "var done = arguments[arguments.length - 1];"
            "axe.run(document, {resultTypes: ['violations']}).then(function (r) { done(r.violations.map("
            "function (v) { return {id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 3).map("
            "function (n) { return n.target.join(' '); })}; })); }, function (e) { done([{id: 'axe-error',"
            " impact: 'critical', help: String(e), nodes: []}]); });")
        report["axe"] = result
    # Printed: only the track, as a checklist.
    driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
    time.sleep(0.3)
    report["print"] = driver.execute_script(
        "function shown(s) { var e = document.querySelector(s); return !!e && getComputedStyle(e).display !== 'none'; }"
        "return {track: shown('#track'), steps: document.querySelectorAll('#track .step input[type=checkbox]').length,"
        " side: shown('.side'), map: shown('#map'), header: shown('.top nav')};")
    driver.execute_script("document.getElementById('path').scrollIntoView();")
    driver.save_screenshot(shots + "/app-print-1280.png")
    driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": ""})
    # At 360 px: no sideways scroll of the page; the map pans inside its box.
    driver.set_window_size(360, 800)
    time.sleep(0.5)
    report["noSidewaysScroll360"] = no_page_scroll_sideways()
    report["mapBoxScrolls360"] = driver.execute_script(
        "var b = document.getElementById('map-box'); return b.scrollWidth > b.clientWidth;")
    driver.execute_script("document.getElementById('path').scrollIntoView();")
    driver.save_screenshot(shots + "/app-path-360.png")
    host = urllib.parse.urlsplit(base).netloc
    requests = []
    for entry in driver.get_log("performance"):
        message = json.loads(entry["message"])["message"]
        if message.get("method") == "Network.requestWillBeSent":
            url = message["params"]["request"]["url"]
            # Chromium's own chrome:// pages are not the app's doing; any other scheme is.
            if not url.startswith(("data:", "chrome:", "chrome-extension:")) and \
                    urllib.parse.urlsplit(url).netloc != host:
                requests.append(url)
    report["otherHosts"] = requests
    report["consoleErrors"] = [l["message"] for l in driver.get_log("browser")
                               if l["level"] in ("SEVERE", "WARNING")]
finally:
    driver.quit()
print(json.dumps(report))
