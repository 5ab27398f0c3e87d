"""Open the built docs site in headless Chromium and check what a reader sees.

Run by ``.ci/run`` after ``mkdocs build``: serves the site on 127.0.0.1, opens the landing page,
the glossary, one API page, the rendered analyst notebook and the search, asserts that the search finds "lhůta", "lhuta" and
"pestoun" (the same pages for "pestoun" and "pěstoun"), that no request leaves 127.0.0.1, and saves
a screenshot of each page under the artefacts folder given on the command line.

    python .ci/browser_check.py SITE_DIR ARTEFACTS_DIR
"""

from __future__ import annotations

import functools
import http.server
import json
import sys
import threading
import time
from pathlib import Path
from urllib.parse import urlparse

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

LOCAL_SCHEMES = {"data", "blob", "about", "chrome", "chrome-extension"}


def serve(site: Path) -> tuple[http.server.ThreadingHTTPServer, str]:
    handler = functools.partial(_QuietHandler, directory=str(site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}/"


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


def browser() -> webdriver.Chrome:
    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for flag in (
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--window-size=1280,900",
    ):
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"performance": "ALL"})
    return webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)


def requested_urls(driver: webdriver.Chrome) -> list[str]:
    urls = []
    for entry in driver.get_log("performance"):
        message = json.loads(entry["message"])["message"]
        if message.get("method") == "Network.requestWillBeSent":
            urls.append(message["params"]["request"]["url"])
    return urls


def search(driver: webdriver.Chrome, base: str, query: str) -> list[str]:
    driver.get(f"{base}?q={query}")
    wait = WebDriverWait(driver, 20)
    wait.until(lambda d: d.find_elements(By.CSS_SELECTOR, ".md-search-result__meta"))
    wait.until(
        lambda d: (
            "Initializing" not in d.find_element(By.CSS_SELECTOR, ".md-search-result__meta").text
        )
    )
    time.sleep(0.5)
    links = driver.find_elements(By.CSS_SELECTOR, ".md-search-result__item > a")
    return sorted({urlparse(link.get_attribute("href") or "").path for link in links})


def main(site: Path, artefacts: Path) -> int:
    artefacts.mkdir(parents=True, exist_ok=True)
    server, base = serve(site)
    driver = browser()
    failures: list[str] = []
    try:
        for name, path in (
            ("landing", ""),
            ("glossary", "glossary/"),
            ("api", "api/deadlines/"),
            ("notebook", "analyst/"),
        ):
            driver.get(base + path)
            WebDriverWait(driver, 20).until(lambda d: d.find_elements(By.CSS_SELECTOR, "article"))
            driver.save_screenshot(str(artefacts / f"{name}.png"))
            if not driver.find_elements(By.CSS_SELECTOR, "article h1"):
                failures.append(f"{name}: the page has no heading")
        found = {
            query: search(driver, base, query) for query in ("lhůta", "lhuta", "pestoun", "pěstoun")
        }
        driver.save_screenshot(str(artefacts / "search.png"))
        for query, pages in found.items():
            print(f"search {query!r}: {len(pages)} pages")
            if not pages:
                failures.append(f"search for {query!r} finds nothing")
        if found["lhuta"] and not any("deadlines" in page for page in found["lhuta"]):
            failures.append("search for 'lhuta' does not find the deadlines page")
        if found["pestoun"] != found["pěstoun"]:
            failures.append("'pestoun' and 'pěstoun' find different pages")
        outside = [
            url
            for url in requested_urls(driver)
            if urlparse(url).scheme not in LOCAL_SCHEMES and urlparse(url).hostname != "127.0.0.1"
        ]
        if outside:
            failures.append(f"requests left 127.0.0.1: {sorted(set(outside))[:5]}")
    finally:
        driver.quit()
        server.shutdown()
    for failure in failures:
        print("FAIL:", failure)
    print(f"screenshots in {artefacts}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]), Path(sys.argv[2])))
