"""Walks a learner through the mlpath web app in headless Chromium (Selenium, chromedriver), against
a running `mlpath serve`, and reports what it saw as JSON on stdout. By keyboard alone: Tab,
Shift+Tab, arrows, Enter, space and typing (no element is clicked or focused by script). Saves screenshots at 1280 and 360 pixels wide. With an axe-core file, runs axe in the page.

usage: app_flow.py TOOLS_DIR CHROMIUM CHROMEDRIVER BASE_URL SHOTS_DIR GOAL_TEXT GOAL_ID KNOWN_ID AXE_JS|- [REVIEW_ID]

With REVIEW_ID (a server profile where that topic's review is due), also records that review by
keyboard, and opens the page again in a second, fresh browser (nothing in its storage), which must
show what the first one left in the profile.

TOOLS_DIR holds headless_chromium.py. The quiz is answered as a learner who knows KNOWN_ID and
everything it requires (and nothing else) would answer it.
"""
import datetime
import json
import math
import sys
import tempfile
import time
import urllib.parse

tools, chromium, driver_path, base, shots, goal_text, goal_id, known_id = sys.argv[1:9]
axe = sys.argv[9] if len(sys.argv) > 9 and sys.argv[9] != "-" else None
review_id = sys.argv[10] if len(sys.argv) > 10 else None
sys.path.insert(0, tools)
import headless_chromium  # noqa: E402
from selenium.webdriver.common.action_chains import ActionChains  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.common.keys import Keys  # noqa: E402
from selenium.webdriver.support.ui import WebDriverWait  # noqa: E402

report = {"steps": []}
driver = headless_chromium.start(chromium, driver_path, tempfile.mkdtemp(prefix="mlpath-app-"),
                                 ["--window-size=1280,900"])
drivers = [driver]
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


def keys(*k):
    """Types into whatever has the focus, as a keyboard does (no element is focused by script)."""
    ActionChains(driver).send_keys(*k).perform()


def tab_to(selector, back=False, limit=300):
    """Presses Tab (Shift+Tab when back) until the focus is on an element matching selector."""
    for n in range(limit):
        if driver.execute_script(
                "var a = document.activeElement; return !!a && a.matches(arguments[0]);", selector):
            return n
        if back:
            ActionChains(driver).key_down(Keys.SHIFT).send_keys(Keys.TAB).key_up(Keys.SHIFT).perform()
        else:
            keys(Keys.TAB)
    raise AssertionError("Tab never reached " + selector + " in %d presses" % limit)


def step_views():
    """What each step of the track shows: its phase, reason, resource, hours and estimate mark."""
    return driver.execute_script(
        "return Array.from(document.querySelectorAll('#track .step')).map(function (li) {"
        " var q = function (s) { var e = li.querySelector(s); return e ? e.textContent.trim() : null; };"
        " return {id: li.getAttribute('data-topic'), phase: li.closest('.phase').querySelector('h3').textContent,"
        " number: li.closest('ol').start + Array.prototype.indexOf.call(li.parentNode.children, li),"
        " why: q('.why'), title: q('.res a'), href: (li.querySelector('.res a') || {}).href || null,"
        " facts: q('.res .facts'), hours: q('.hours'), est: !!li.querySelector('.hours abbr'),"
        " alts: !!li.querySelector('details.alts summary')}; });")


def page_json(route):
    return driver.execute_script(
        "return fetch(arguments[0]).then(function (r) { return r.json(); });", route)


def other_hosts():
    """The requests the page made so far to anything but the server."""
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
    return requests


def no_page_scroll_sideways():
    return driver.execute_script(
        "return document.documentElement.scrollWidth <= document.documentElement.clientWidth;")


try:
    driver.get(base)
    ready()
    # Keyboard only from here to the end of the quiz: Tab, arrows, Enter, space, typing.
    keys(Keys.TAB)
    report["firstTab"] = driver.execute_script("return document.activeElement.className;")
    tab_to("#goal-input")
    keys(goal_text)
    wait.until(lambda d: d.find_elements(By.CSS_SELECTOR, '#goal-options [data-topic="%s"]' % goal_id))
    report["suggestions"] = [e.get_attribute("data-topic")
                             for e in driver.find_elements(By.CSS_SELECTOR, "#goal-options [role=option]")]
    report["suggestionTexts"] = [e.text for e in driver.find_elements(By.CSS_SELECTOR, "#goal-options [role=option]")]
    for _ in range(len(report["suggestions"])):
        active = driver.execute_script(
            "var a = document.getElementById('goal-input').getAttribute('aria-activedescendant');"
            " return a ? document.getElementById(a).getAttribute('data-topic') : null;")
        if active == goal_id:
            break
        keys(Keys.ARROW_DOWN)
    keys(Keys.ENTER)
    wait.until(lambda d: d.find_elements(By.CSS_SELECTOR, "#track .step"))
    idle()
    report["goals"] = [e.text for e in driver.find_elements(By.CSS_SELECTOR, "#goal-list .chip span")]
    # The pace: 5 hours a week since two weeks ago (typed into the date field as its segments).
    today = datetime.date.fromisoformat(driver.execute_async_script(
        "var done = arguments[arguments.length - 1];"
        " import('/app/track.js').then(function (T) { done(T.today()); });"))
    started = today - datetime.timedelta(days=14)
    tab_to("#pace-hours")
    keys("5")
    tab_to("#pace-start")
    keys(started.strftime("%m"), started.strftime("%d"), started.strftime("%Y"))
    report["paceStartTyped"] = [started.isoformat(), driver.find_element(By.ID, "pace-start").get_attribute("value")]
    tab_to("#pace-save")
    keys(Keys.ENTER)
    idle()
    before = steps()
    report["stepsBefore"] = len(before)
    plan = page_json("api/path?goal=" + goal_id)
    report["apiSteps"] = [{"id": s["topic"]["id"], "number": s["number"], "hours": s["hours"],
                           "estimated": s["estimated"], "kind": s["topic"]["kind"], "label": s["topic"]["label"],
                           "reason": s.get("reason"), "neededBy": (s.get("neededBy") or {}).get("label"),
                           "title": (s.get("resource") or {}).get("resource", {}).get("title"),
                           "medium": (s.get("resource") or {}).get("resource", {}).get("medium"),
                           "free": (s.get("resource") or {}).get("resource", {}).get("free")}
                          for s in plan["steps"]]
    report["stepViews"] = step_views()
    # Tick three steps: Tab to each checkbox, space.
    ticked = []
    for s in before[:3]:
        tab_to("#learned-" + s["id"])
        keys(Keys.SPACE)
        ticked.append(s["id"])
        idle()
    # Other resources, one key press away on the third step.
    tab_to('#step-%s details.alts summary' % ticked[2])
    keys(Keys.ENTER)
    alternatives = ("return Array.from(document.querySelectorAll(arguments[0])).map(function (li) {"
                    " return li.textContent; });")
    alt_items = "#step-%s details.alts li" % ticked[2]
    wait.until(lambda d: [t for t in d.execute_script(alternatives, alt_items) if not t.startswith("Loading")])
    report["alternatives"] = driver.execute_script(alternatives, alt_items)
    report["focusRing"] = driver.execute_script(
        "var s = getComputedStyle(document.activeElement); return s.outlineStyle + ' ' + s.outlineWidth;")
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
    report["progressMore"] = driver.find_element(By.ID, "progress-more").text
    left = 0.0
    for s in plan["steps"]:
        if s["topic"]["id"] not in ticked:
            left += s["hours"]
    report["expectedFinish"] = (today + datetime.timedelta(days=math.ceil(left / 5 * 7))).isoformat()
    # The skip link (the first Tab stop) takes the focus to the path; Tab on to the first
    # "Math for this" and press Enter.
    keys(Keys.TAB)
    keys(Keys.ENTER)
    report["skipFocus"] = driver.execute_script("return document.activeElement.id;")
    if driver.find_elements(By.CSS_SELECTOR, "#track .math-btn"):
        tab_to("#track .math-btn")
        keys(Keys.ENTER)
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
    asked = []
    # Back (Shift+Tab) from the path to the quiz button, Enter; then each question's answer by Tab
    # and Enter (the focus moves to each new question).
    tab_to("#quiz-start", back=True)
    if driver.find_element(By.ID, "quiz-start").is_enabled():
        keys(Keys.ENTER)
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
            tab_to('#quiz-panel [data-reply="%s"]' % reply)
            keys(Keys.ENTER)
        idle()
        report["quizResult"] = driver.find_element(By.ID, "quiz-result").text
        report["quizDoneFocus"] = driver.execute_script("return document.activeElement.id;")
    report["quizAnswers"] = asked
    report["stepsAfterQuiz"] = [s["id"] for s in steps()]
    report["profileWhere"] = driver.find_element(By.ID, "profile-where").text
    if review_id:
        # Review due today: Tab on from the quiz button to the review's "Good", Enter.
        due = "return Array.from(document.querySelectorAll('#review-body li[data-topic]')).map(" \
              "function (li) { return li.getAttribute('data-topic'); });"
        report["dueBefore"] = driver.execute_script(due)
        tab_to('#review-body li[data-topic="%s"] [data-grade="good"]' % review_id)
        keys(Keys.ENTER)
        idle()
        report["dueAfter"] = driver.execute_script(due)
        report["reviewStatus"] = driver.find_element(By.ID, "status").text
        report["reviewBody"] = driver.find_element(By.ID, "review-body").text
        report["reviewsAfter"] = page_json("api/review")
        # Tick a whole area (Trigonometry, outside the path): open the list with Enter, space.
        tab_to("#areas summary")
        keys(Keys.ENTER)
        tab_to("#area-trigonometry")
        keys(Keys.SPACE)
        idle()
        report["areaTicked"] = driver.find_element(By.ID, "area-trigonometry").is_selected()
        report["progressAfterArea"] = progress_text()
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
    report["otherHosts"] = other_hosts()
    report["consoleErrors"] = [l["message"] for l in driver.get_log("browser")
                               if l["level"] in ("SEVERE", "WARNING")]
    if review_id:
        # Tomorrow, or another browser: nothing in its storage, the same state from the profile.
        driver = headless_chromium.start(chromium, driver_path, tempfile.mkdtemp(prefix="mlpath-app-"),
                                         ["--window-size=1280,900"])
        drivers.append(driver)
        driver.get(base)
        ready()
        idle()
        report["freshGoals"] = [e.text for e in driver.find_elements(By.CSS_SELECTOR, "#goal-list .chip span")]
        report["freshSteps"] = [s["id"] for s in steps()]
        report["freshChecked"] = [s["id"] for s in steps() if s["checked"]]
        report["freshProgress"] = progress_text()
        report["freshProgressMore"] = driver.find_element(By.ID, "progress-more").text
        report["freshStorage"] = driver.execute_script("return window.localStorage.length;")
        report["freshAreaTicked"] = driver.find_element(By.ID, "area-trigonometry").is_selected()
        report["consoleErrors"] += [l["message"] for l in driver.get_log("browser")
                                    if l["level"] in ("SEVERE", "WARNING")]
        report["otherHosts"] += other_hosts()
finally:
    for d in drivers:
        d.quit()
print(json.dumps(report))
