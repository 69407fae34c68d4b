"""End to end in a real browser (Debian's chromium): browsing, checking, changes, downloads,
keyboard-only use, no JavaScript, phone and desktop; axe-core on every page."""

from __future__ import annotations

import pytest
from playwright.sync_api import Browser, Page, expect

from .browser import DESKTOP, PHONE, describe, screenshot, serious_violations
from .conftest import LiveServer

PAGES = {
    "ask": "/",
    "check": "/check?issue=accept_gift",
    "codes": "/codes",
    "edition": "/codes/wa/current",
    "provision": "/codes/wa/draft/wa.conduct.9",
    "wisconsin": "/codes/wi/current",
    "changes": "/codes/wa/changes",
    "compare": "/compare?a=wa&b=wi",
    "api": "/api",
    "not-found": "/codes/wa/current/wa.conduct.99",
}


def _console_errors(page: Page) -> list[str]:
    errors: list[str] = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    return errors


@pytest.mark.parametrize("name", sorted(PAGES))
def test_every_page_has_no_serious_accessibility_violations(
    browser: Browser, live_server: LiveServer, name: str
) -> None:
    for label, size in (("desktop", DESKTOP), ("phone", PHONE)):
        context = browser.new_context(viewport=size, base_url=live_server.url)
        page = context.new_page()
        errors: list[str] = []
        page.on(
            "console", lambda m, seen=errors: seen.append(m.text) if m.type == "error" else None
        )
        page.goto(PAGES[name])
        found = serious_violations(page)
        assert not found, f"{name} ({label}): {describe(found)}"
        # Nothing wider than the screen (a phone scrolls down, never sideways).
        width = page.evaluate("document.documentElement.scrollWidth")
        assert width <= size["width"], f"{name} ({label}) is {width}px wide"
        screenshot(page, f"{name}-{label}")
        context.close()
        if name != "not-found":
            assert not errors, errors  # e.g. a CSP violation


def test_browsing_a_code_with_a_permalink(page: Page) -> None:
    page.goto("/codes")
    page.get_by_role("link", name="wa@current").click()
    page.wait_for_url("**/codes/wa/current")
    page.locator('a.permalink[href="#wa.conduct.5"]').click()
    assert page.url.endswith("/codes/wa/current#wa.conduct.5")
    target = page.locator(":target")
    expect(target).to_have_attribute("id", "wa.conduct.5")
    expect(target).to_contain_text("Do not")
    # The permalink works when opened directly.
    page.goto("/codes/wa/draft#wa.conduct.9")
    expect(page.locator(":target")).to_have_attribute("id", "wa.conduct.9")


def test_raw_text_is_one_toggle_away_where_the_reading_differs(page: Page) -> None:
    page.goto("/codes/wa/current")
    toggle = page.locator("details.raw").first
    raw = toggle.locator(".raw-text")
    expect(raw).to_be_hidden()
    toggle.locator("summary").click()
    expect(raw).to_be_visible()


@pytest.mark.parametrize("size", ["desktop", "phone"])
def test_check_and_refine_with_a_follow_up_in_place(
    browser: Browser, live_server: LiveServer, size: str
) -> None:
    context = browser.new_context(
        viewport=DESKTOP if size == "desktop" else PHONE, base_url=live_server.url
    )
    page = context.new_page()
    page.goto("/check")
    page.get_by_label("What is it about?").select_option("accept_gift")
    page.get_by_role("button", name="Next").click()
    page.get_by_label("Is it money").select_option("item")
    page.get_by_role("button", name="Check", exact=True).click()
    cards = page.locator("li.answer")
    expect(cards).to_have_count(3)
    expect(cards.first).to_contain_text("Washington — current code (in force)")
    page.evaluate("window.__same_page = true")
    # A follow-up answer refines the answer without loading a new page (htmx): the detail
    # form then shows the answered fact.
    button = page.locator("section.followups button").first
    fact, value = button.get_attribute("name"), button.get_attribute("value")
    button.click()
    expect(page.locator(f"#fact-{fact}")).to_have_value(str(value), timeout=15_000)
    assert page.evaluate("window.__same_page === true")
    expect(page.locator("li.answer").first).to_contain_text("wa.conduct.5")
    screenshot(page, f"check-answer-{size}")
    found = serious_violations(page)
    assert not found, describe(found)
    context.close()


def test_check_works_without_javascript(browser: Browser, live_server: LiveServer) -> None:
    context = browser.new_context(java_script_enabled=False, base_url=live_server.url)
    page = context.new_page()
    page.goto("/check?issue=accept_gift")
    page.get_by_label("Is it money").select_option("money")
    page.get_by_role("button", name="Check", exact=True).click()
    # Who the other person is was left open: Washington's answer depends on it, in plain words.
    expect(page.locator("li.answer").first).to_contain_text("Depends")
    expect(page.locator("li.answer").first).to_contain_text(
        "not allowed if the other person is someone you currently support"
    )
    context.close()


def test_keyboard_only_check(page: Page) -> None:
    page.goto("/check")
    page.keyboard.press("Tab")
    expect(page.locator(".skip")).to_be_focused()
    # Focus is visible: the focused element gets an outline.
    assert page.evaluate("getComputedStyle(document.activeElement).outlineStyle") != "none"
    page.keyboard.press("Enter")  # skip to content
    for _ in range(30):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.id") == "issue":
            break
    expect(page.locator("#issue")).to_be_focused()
    page.locator("#issue").select_option("lend_borrow")  # what arrow keys do on a select
    page.keyboard.press("Tab")
    expect(page.get_by_role("button", name="Next")).to_be_focused()
    page.keyboard.press("Enter")
    page.wait_for_url("**/check?issue=lend_borrow")
    for _ in range(30):
        page.keyboard.press("Tab")
        focused = "document.activeElement.tagName + ':' + document.activeElement.textContent"
        if page.evaluate(focused) == "BUTTON:Check":
            break
    page.keyboard.press("Enter")
    expect(page.locator("li.answer").first).to_be_visible()


def test_redline_view_and_docx_download(page: Page) -> None:
    page.goto("/codes/wa/changes")
    deleted = page.locator("#redline del").first
    inserted = page.locator("#redline ins").first
    expect(deleted).to_be_visible()
    # Distinguishable without colour: struck through and underlined.
    assert "line-through" in deleted.evaluate("e => getComputedStyle(e).textDecorationLine")
    assert "underline" in inserted.evaluate("e => getComputedStyle(e).textDecorationLine")
    with page.expect_download() as info:
        page.get_by_role("link", name="Word (.docx) with tracked changes").click()
    download = info.value
    assert download.suggested_filename == "wa-changes.docx"
    path = download.path()
    assert path is not None and path.read_bytes()[:2] == b"PK"


@pytest.mark.parametrize("size", ["desktop", "phone"])
def test_ask_and_answer_a_follow_up_in_place(
    browser: Browser, live_server: LiveServer, size: str
) -> None:
    context = browser.new_context(
        viewport=DESKTOP if size == "desktop" else PHONE, base_url=live_server.url
    )
    page = context.new_page()
    errors = _console_errors(page)
    page.goto("/")
    page.get_by_label("Describe what happened").fill("My client offered me a gift")
    page.get_by_role("button", name="Ask", exact=True).click()
    cards = page.locator("li.answer")
    expect(cards).to_have_count(3)
    expect(cards.nth(2)).to_contain_text("proposed draft (not in force)")
    expect(page.locator("section.followups").get_by_text("Is it money").first).to_be_visible()
    screenshot(page, f"ask-answer-{size}")
    found = serious_violations(page)  # the answered page, not just the empty form
    assert not found, describe(found)
    page.evaluate("window.__same_page = true")
    page.get_by_role("button", name="it is money or a cash equivalent").click()
    expect(page.locator(".bottom-line")).to_contain_text("Don't accept it.")
    expect(page.locator("li.answer").first).to_contain_text("Not allowed")
    expect(page.locator("li.answer").first).to_contain_text("wa.conduct.5")
    assert page.evaluate("window.__same_page === true")  # refined in place, no new page
    # Keyboard and screen-reader users continue from the new answer.
    expect(page.locator("#answer-h")).to_be_focused()
    expect(page.locator("#text")).to_have_value("My client offered me a gift")
    screenshot(page, f"ask-refined-{size}")
    assert not errors, errors
    context.close()


def test_keyboard_only_ask(page: Page) -> None:
    page.goto("/")
    for _ in range(20):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.id") == "text":
            break
    expect(page.locator("#text")).to_be_focused()
    page.keyboard.type("Can I lend my client $50 until payday?")
    page.keyboard.press("Tab")
    expect(page.get_by_role("button", name="Ask", exact=True)).to_be_focused()
    page.keyboard.press("Enter")
    expect(page.locator("li.answer").first).to_contain_text("Not allowed")


def test_ask_without_javascript(browser: Browser, live_server: LiveServer) -> None:
    context = browser.new_context(java_script_enabled=False, base_url=live_server.url)
    page = context.new_page()
    page.goto("/")
    page.get_by_label("Describe what happened").fill("my client offered me a gift")
    page.get_by_role("button", name="Ask", exact=True).click()
    page.get_by_role("button", name="it is an item, not money").click()
    expect(page.locator("ul.evidence")).to_contain_text("it is an item, not money")
    context.close()
