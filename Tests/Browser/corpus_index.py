#!/usr/bin/env python3
"""Opens the index page of `triglot audit --corpus DIR --format html -o SITE` in headless
Chromium and sorts its table as an editor would, by clicking the column headings.

    python3 Tests/Browser/corpus_index.py SITE/index.html

Prints one JSON object: the first column of the table as loaded, after one click on "Errors",
after a second click on it, and after one click on "Coverage"; and, for each link of the table,
whether the page it opens has the title of an audit report. AuditCorpusCommandTests runs it; it
needs the PyPI package selenium 4 and Debian's chromium and chromium-driver (the test is skipped
without them).
"""

import json
import pathlib
import sys

from selenium.webdriver.common.by import By

sys.path.insert(0, str(pathlib.Path(__file__).parent))
from serve_page import browser  # noqa: E402  (one way to start Chromium for both scripts)


def main():
    index = pathlib.Path(sys.argv[1]).resolve().as_uri()
    driver = browser()
    try:
        driver.get(index)

        def first_column():
            rows = driver.find_elements(By.CSS_SELECTOR, "#articles tbody tr")
            return [row.find_elements(By.TAG_NAME, "td")[0].text for row in rows]

        def click(heading):
            buttons = driver.find_elements(By.CSS_SELECTOR, "#articles thead th button")
            next(button for button in buttons if button.text.strip() == heading).click()

        result = {"loaded": first_column()}
        click("Errors")
        result["errorsAscending"] = first_column()
        click("Errors")
        result["errorsDescending"] = first_column()
        click("Coverage")
        result["coverageAscending"] = first_column()
        links = [a.get_attribute("href") for a in driver.find_elements(By.CSS_SELECTOR, "#articles a")]
        result["linkTitles"] = []
        for link in links:
            driver.get(link)
            result["linkTitles"].append(driver.title)
        print(json.dumps(result, ensure_ascii=False))
    finally:
        driver.quit()


if __name__ == "__main__":
    main()
