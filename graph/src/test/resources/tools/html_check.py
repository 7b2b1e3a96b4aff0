"""Opens an mlpath HTML map from disk in headless Chromium (Selenium, chromedriver) and reports, as
JSON on stdout: console errors, the topics on the page with their labels, what clicking a topic
shows, whether a path's tick survives a reload, and network requests other than the file itself.
Saves a screenshot.

usage: html_check.py CHROMIUM CHROMEDRIVER MAP.html SCREENSHOT.png TOPIC_ID
"""
import json
import sys
import tempfile
import time

import headless_chromium
from selenium.webdriver.common.by import By

chromium, driver_path, page, screenshot, topic = sys.argv[1:6]
profile = tempfile.mkdtemp(prefix="mlpath-chromium-")
driver = headless_chromium.start(chromium, driver_path, profile)
try:
    driver.get("file://" + page)
    time.sleep(0.5)
    topics = driver.execute_script(
        "return Array.from(document.querySelectorAll('[data-topic]')).map(function (g) {"
        " return {id: g.getAttribute('data-topic'), title: g.querySelector('title').textContent,"
        " text: g.querySelector('text').textContent}; });")
    target = driver.find_element(By.CSS_SELECTOR, '[data-topic="%s"]' % topic.replace('"', '\\"'))
    driver.execute_script("arguments[0].scrollIntoView({block: 'center', inline: 'center'});", target)
    target.click()
    time.sleep(0.2)
    heading = driver.find_element(By.CSS_SELECTOR, "#details h2").text
    resources = [
        {"text": a.text, "href": a.get_attribute("href")}
        for a in driver.find_elements(By.CSS_SELECTOR, "#resources a")
    ]
    reasons = [r.text for r in driver.find_elements(By.CSS_SELECTOR, "#details .reason")]
    selected = driver.execute_script(
        "return document.querySelector('.topic.selected').getAttribute('data-topic');")
    driver.execute_script("document.getElementById('canvas').scrollTo(0, 0);")
    driver.save_screenshot(screenshot)
    # On a path, tick the first step, reload from disk, and see whether the tick is still there.
    tick = None
    driver.find_element(By.CSS_SELECTOR, "#details button.link").click()
    boxes = driver.find_elements(By.CSS_SELECTOR, "#details input[type=checkbox]")
    if boxes:
        first = boxes[0].get_attribute("id")
        boxes[0].click()
        driver.refresh()
        time.sleep(0.5)
        tick = {"id": first, "afterReload": driver.find_element(By.ID, first).is_selected(),
                "progress": driver.find_element(By.ID, "progress").text}
    logs = driver.get_log("browser")
    requests = []
    for entry in driver.get_log("performance"):
        message = json.loads(entry["message"])["message"]
        if message.get("method") == "Network.requestWillBeSent":
            url = message["params"]["request"]["url"]
            # Chromium's own chrome:// pages are not the map's doing; anything else is.
            if url.startswith(("http:", "https:", "ws:", "wss:", "ftp:")) or (
                    url.startswith("file:") and url != "file://" + page):
                requests.append(url)
    print(json.dumps({
        "errors": [l["message"] for l in logs if l["level"] in ("SEVERE", "WARNING")],
        "topics": topics,
        "heading": heading,
        "selected": selected,
        "resources": resources,
        "reasons": reasons,
        "requests": requests,
        "tick": tick,
    }))
finally:
    driver.quit()
