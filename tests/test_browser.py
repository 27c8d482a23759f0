"""The chat page in a real headless Chromium (Debian's package, driven by Playwright)
against the real running bot. A screenshot is kept in results/widget.png."""

from __future__ import annotations

import shutil
from urllib.parse import urlparse

import pytest
from conftest import ROOT

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
# Without these, Chromium tries to reach Google's services at every start.
FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    # The fake intranet page (intercepted, so of unknown address) must be allowed to
    # load the widget from 127.0.0.1, as a real intranet page loads it from the bot.
    "--disable-features=LocalNetworkAccessChecks,BlockInsecurePrivateNetworkRequests",
]
EXIT_URL = "https://www.google.nl/"


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    if not shutil.which("chromium"):
        pytest.fail("Chromium is missing: 'make test' installs Debian's chromium")
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser, bot_url):
    context = browser.new_context()
    page = context.new_page()
    page.hosts = set()
    page.on("request", lambda r: page.hosts.add(urlparse(r.url).netloc))
    page.on("websocket", lambda ws: page.hosts.add(urlparse(ws.url).netloc))
    page.goto("about:blank")
    page.goto(bot_url + "/chat")
    page.get_by_text("Vertel in je eigen woorden").wait_for(timeout=30000)
    yield page
    context.close()


def _bot_says(page, text):
    page.locator(".vpb-bot", has_text=text).last.wait_for(timeout=30000)


def test_whole_conversation_by_keyboard_then_snel_weg(page, bot_url):
    # The welcome: 112 always visible, and the first role button has the focus.
    assert page.get_by_text("Direct gevaar? Bel").is_visible()
    assert page.locator('.vpb-danger a[href="tel:112"]').is_visible()
    assert page.locator('.vpb-danger a[href="tel:08000113"]').is_visible()
    focused = page.evaluate(
        "document.querySelector('#vpb-chat').shadowRoot.activeElement.textContent"
    )
    assert focused == "Werknemer"
    page.keyboard.press("Enter")
    _bot_says(page, "Vertel in een paar zinnen")

    # Typing a situation: Tab to the message box, type, Enter.
    box = page.get_by_label("Jouw bericht")
    box.focus()
    page.keyboard.type(
        "mijn leidinggevende maakt steeds seksuele opmerkingen over mijn lichaam"
    )
    page.keyboard.press("Enter")
    _bot_says(page, "Klopt dat?")
    assert page.locator(".vpb-bot", has_text="seksuele intimidatie").count() >= 1

    # Shift+Tab from the message box reaches the answer buttons: Nee, then Ja.
    page.keyboard.press("Shift+Tab")
    page.keyboard.press("Shift+Tab")
    page.keyboard.press("Enter")
    _bot_says(page, "vertrouwenspersoon")
    page.screenshot(path=str(ROOT / "results" / "widget.png"), full_page=True)

    # Nothing but the bot was contacted, and nothing was kept in the browser.
    assert page.hosts == {urlparse(bot_url).netloc}, page.hosts
    assert page.context.cookies() == []
    assert page.evaluate("localStorage.length + sessionStorage.length") == 0

    # "Snel weg" replaces the page, so Back does not bring the chat back.
    page.route(
        EXIT_URL + "**", lambda r: r.fulfill(body="neutraal", content_type="text/html")
    )
    page.get_by_role("button", name="Snel weg").click()
    page.wait_for_url(EXIT_URL + "**")
    page.go_back()
    assert "/chat" not in page.url


def test_text_is_never_inserted_as_html(page):
    box = page.get_by_label("Jouw bericht")
    box.fill('<img src=x onerror="window.__xss=1"> <b>vet</b>')
    box.press("Enter")
    _bot_says(page, "112")
    page.locator(".vpb-user", has_text="<img src=x").wait_for()
    assert page.evaluate("window.__xss") is None
    assert page.locator(".vpb-log img, .vpb-log b").count() == 0


def test_three_times_escape_leaves_the_page(page):
    page.route(
        EXIT_URL + "**", lambda r: r.fulfill(body="neutraal", content_type="text/html")
    )
    for _ in range(3):
        page.keyboard.press("Escape")
    page.wait_for_url(EXIT_URL + "**")


def test_new_conversation_starts_fresh(page):
    page.get_by_label("Jouw bericht").fill("hoi")
    page.get_by_role("button", name="Verstuur").click()
    page.locator(".vpb-user", has_text="hoi").wait_for()
    page.get_by_role("button", name="Nieuw gesprek").click()
    assert page.locator(".vpb-user").count() == 0
    page.get_by_text("Vertel in je eigen woorden").wait_for(timeout=30000)


def test_works_on_a_phone_sized_screen(browser, bot_url):
    context = browser.new_context(
        viewport={"width": 360, "height": 640}, is_mobile=True
    )
    page = context.new_page()
    page.goto(bot_url + "/chat")
    page.get_by_text("Vertel in je eigen woorden").wait_for(timeout=30000)
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 360
    assert page.get_by_role("button", name="Snel weg").is_visible()
    context.close()


INTRANET_PAGE = """<!doctype html><html lang="nl"><head><title>Intranet</title></head>
<body><h1>Intranet</h1><p>Personeelsnieuws</p>
<script>window.VertrouwensbotConfig = {{server: "{bot}", title: "Vertrouwelijk praten",
colors: {{primary: "#005a46"}}}};</script>
<script src="{bot}/chat/widget.js" defer></script></body></html>"""


def _intranet(browser, bot_url, origin):
    context = browser.new_context()
    page = context.new_page()
    page.route(
        origin + "/",
        lambda r: r.fulfill(
            body=INTRANET_PAGE.format(bot=bot_url), content_type="text/html"
        ),
    )
    page.goto(origin + "/")
    return context, page


def test_widget_on_an_allowed_intranet_page(browser, bot_url):
    context, page = _intranet(browser, bot_url, "http://localhost:8123")
    launcher = page.get_by_role("button", name="Hulp nodig? Praat anoniem")
    launcher.click()
    page.get_by_text("Vertel in je eigen woorden").wait_for(timeout=30000)
    page.get_by_label("Jouw bericht").fill("een klant heeft me vorige week geslagen")
    page.keyboard.press("Enter")
    _bot_says(page, "Klopt dat?")
    # The integrator's colour is used; closing hands the focus back to the launcher.
    colour = page.evaluate(
        "getComputedStyle(document.querySelector('.vertrouwensbot'))"
        ".getPropertyValue('--vpb-primary')"
    )
    assert colour.strip() == "#005a46"
    page.get_by_role("button", name="Sluiten").click()
    assert launcher.is_visible()
    context.close()


def test_widget_on_a_page_that_is_not_allowed_gets_no_answers(browser, bot_url):
    context, page = _intranet(browser, bot_url, "http://localhost:8124")
    page.get_by_role("button", name="Hulp nodig? Praat anoniem").click()
    page.get_by_text("Geen verbinding met de chatbot").wait_for(timeout=15000)
    assert page.locator(".vpb-bot").count() == 0
    context.close()


CONTRAST = """() => {
  const root = document.querySelector('#vpb-chat').shadowRoot;
  const rgb = s => s.match(/[\\d.]+/g).slice(0, 3).map(Number);
  const lum = c => { const [r, g, b] = c.map(v => { v /= 255;
    return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b; };
  const background = el => { while (el) {
    const c = getComputedStyle(el).backgroundColor;
    if (c && !c.endsWith(', 0)') && c !== 'transparent') return c;
    el = el.parentElement || (el.getRootNode() && el.getRootNode().host); }
    return 'rgb(255, 255, 255)'; };
  const ratio = el => { const a = lum(rgb(getComputedStyle(el).color));
    const b = lum(rgb(background(el)));
    return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05); };
  const sel = ['.vpb-title', '.vpb-exit', '.vpb-restart', '.vpb-danger', '.vpb-privacy',
    '.vpb-bot', '.vpb-user', '.vpb-choice', '.vpb-send', '.vpb-form textarea'];
  return sel.map(s => [s, root.querySelector(s) ? ratio(root.querySelector(s)) : null]);
}"""


def test_text_has_enough_contrast(page):
    page.get_by_label("Jouw bericht").fill("hoi")
    page.keyboard.press("Enter")
    page.locator(".vpb-user").first.wait_for()
    ratios = dict(page.evaluate(CONTRAST))
    low = {s: r for s, r in ratios.items() if r is not None and r < 4.5}
    assert not low, f"contrast below WCAG AA 4.5:1: {low}"
    assert sum(r is not None for r in ratios.values()) >= 8
