#!/usr/bin/env python3
"""Opens HTML files in headless Chromium and tells whether anything in them ran or was added.

    python3 Tests/Browser/no_script.py FILE.html [FILE.html ...]

Prints one JSON object per file, a line each: its title, the value of `window.__pwned` (set by
the payloads HostileTextBrowserTests puts in article text and file names), and how many
`<img>`, `<script>`, `<iframe>` and `<object>` elements and `on…` attributes the page has, and
its visible text.
A report Triglot writes has none of them (the corpus index has its one sorting script).
"""

import json
import pathlib
import sys

from serve_page import browser  # noqa: E402  (one way to start Chromium for every script)

COUNT = """
const handlers = [...document.querySelectorAll("*")]
  .filter(element => [...element.attributes].some(a => a.name.startsWith("on"))).length;
return {
  pwned: window.__pwned === undefined ? null : String(window.__pwned),
  images: document.images.length,
  scripts: document.scripts.length,
  frames: document.querySelectorAll("iframe, object, embed").length,
  handlers: handlers,
  text: document.body.innerText,
};
"""


def main():
    driver = browser()
    try:
        driver.set_page_load_timeout(60)
        for path in sys.argv[1:]:
            driver.get(pathlib.Path(path).resolve().as_uri())
            result = driver.execute_script(COUNT)
            result["title"] = driver.title
            result["file"] = path
            print(json.dumps(result))
    finally:
        driver.quit()


if __name__ == "__main__":
    main()
