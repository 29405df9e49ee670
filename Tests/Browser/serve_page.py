#!/usr/bin/env python3
"""Drives the page of `triglot serve` in headless Chromium, as an editor would use it.

    python3 Tests/Browser/serve_page.py URL UK_FILE EN_FILE RU_FILE [SCREENSHOT.png]

Opens URL (the server's `GET /`), pastes the three files into the Ukrainian, English and
Russian text areas, presses Audit and waits for the report the page opens. Prints one JSON
object: the address and title of the page it ended on, its visible text, and the status line
of the form when the page showed an error instead. ServeCommandTests runs it and compares the
findings shown with the CLI's audit of the same files; it needs the PyPI package selenium 4 and
Debian's chromium and chromium-driver (the test is skipped without them).
"""

import json
import shutil
import sys

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

# Setting the value at once is what a paste does; send_keys would type every character as a
# key press, which takes minutes for an article.
PASTE = """
const area = arguments[0];
area.value = arguments[1];
area.dispatchEvent(new Event("input", { bubbles: true }));
"""

# The report replaces the form in the same tab, or the form's status line shows the error.
SETTLED = """
if (location.protocol === "blob:") return document.readyState === "complete";
const status = document.getElementById("status");
return status !== null && status.className === "error";
"""


def browser():
    options = webdriver.ChromeOptions()
    for argument in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage",
                     "--window-size=1400,1000"):
        options.add_argument(argument)
    binary = shutil.which("chromium") or shutil.which("chromium-browser")
    if binary:
        options.binary_location = binary
    # The driver is Debian's; naming it keeps Selenium Manager from looking for one online.
    return webdriver.Chrome(options=options, service=Service(shutil.which("chromedriver")))


def main():
    url, *files = sys.argv[1:5]
    screenshot = sys.argv[5] if len(sys.argv) > 5 else None
    driver = browser()
    try:
        driver.set_page_load_timeout(60)
        driver.get(url)
        for language, path in zip(("uk", "en", "ru"), files):
            with open(path, encoding="utf-8") as file:
                text = file.read()
            driver.execute_script(PASTE, driver.find_element(By.ID, "text-" + language), text)
        driver.find_element(By.ID, "submit").click()
        WebDriverWait(driver, 120).until(lambda page: page.execute_script(SETTLED))
        result = {
            "url": driver.current_url,
            "title": driver.title,
            "text": driver.find_element(By.TAG_NAME, "body").text,
            # Set by a payload in the pasted text if any of it ran (HostileTextBrowserTests).
            "pwned": driver.execute_script(
                "return window.__pwned === undefined ? null : String(window.__pwned)"),
            "images": driver.execute_script("return document.images.length"),
        }
        if not driver.current_url.startswith("blob:"):
            result["status"] = driver.find_element(By.ID, "status").text
        if screenshot:
            driver.save_screenshot(screenshot)
        print(json.dumps(result))
    finally:
        driver.quit()


if __name__ == "__main__":
    main()
