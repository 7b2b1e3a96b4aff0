"""Starts Debian's Chromium headless through Selenium and chromedriver, with the flags that keep it
off the network (no background requests, no component updates, no sync) and working as root, and
with the browser console and network log kept. Shared by the scripts that check pages with it."""
from selenium import webdriver
from selenium.webdriver.chrome.service import Service

FLAGS = [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
    "--window-size=1600,1000",
]


def start(chromium, driver_path, profile_dir, extra_flags=()):
    """A WebDriver for a fresh Chromium using profile_dir as its user data directory."""
    options = webdriver.ChromeOptions()
    options.binary_location = chromium
    for arg in FLAGS + list(extra_flags) + ["--user-data-dir=" + profile_dir]:
        options.add_argument(arg)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL", "performance": "ALL"})
    return webdriver.Chrome(service=Service(driver_path), options=options)
