"""The article view in a real browser: headless Chromium renders it without errors or requests.

Screenshots (light and dark theme) and the page are written to ``test-artifacts/`` (or
``$SECRETOME_ARTIFACTS``) for people to look at. Without Chromium these tests FAIL: install it
(``apt-get install -y chromium``) or set ``SECRETOME_SKIP_BROWSER=1`` to skip them explicitly.
"""

from __future__ import annotations

import io
import os
from pathlib import Path

import pytest

import secretome_nlp as sn
from chromium import Chromium, find_chromium

ROOT = Path(__file__).resolve().parents[1]
PIL = pytest.importorskip("PIL.Image", reason="Pillow comes with the [test] extra")

# Text is #1b1b1b / #e8e8e8 on white / #1e1e1e; 4.5 is WCAG AA for body text.
MIN_CONTRAST = 4.5

CONTRAST_JS = """
(() => {
  const rgb = s => s.match(/[0-9.]+/g).slice(0, 3).map(Number);
  const lum = c => { const [r, g, b] = c.map(v => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; });
                     return 0.2126 * r + 0.7152 * g + 0.0722 * b; };
  const ratio = (a, b) => { const [x, y] = [lum(rgb(a)), lum(rgb(b))].sort((p, q) => q - p); return (x + 0.05) / (y + 0.05); };
  const root = document.querySelector('.sn-root'), rs = getComputedStyle(root);
  const marks = [...document.querySelectorAll('mark.sn-ent')].map(m => { const s = getComputedStyle(m); return ratio(s.color, s.backgroundColor); });
  return {text: ratio(rs.color, rs.backgroundColor), background: rs.backgroundColor, worst_mark: Math.min(...marks)};
})()
"""

LAYOUT_JS = """
(() => {
  const box = id => document.querySelector(`[data-section="${id}"]`).getBoundingClientRect();
  const out = {};
  for (const kind of ['introduction', 'aim', 'methods', 'main_content', 'conclusion']) {
    const ru = box(`ru.abstract.${kind}`), en = box(`en.abstract.${kind}`);
    out[kind] = {top_delta: Math.abs(ru.top - en.top), gap: en.left - ru.right, ru_width: ru.width, en_width: en.width};
  }
  return out;
})()
"""


@pytest.fixture(scope="module")
def chromium():
    if os.environ.get("SECRETOME_SKIP_BROWSER") == "1":
        pytest.skip("SECRETOME_SKIP_BROWSER=1")
    path = find_chromium()
    if path is None:
        pytest.fail("headless Chromium is needed for the view tests and was not found on PATH: "
                    "apt-get install -y chromium  (or set SECRETOME_SKIP_BROWSER=1 to skip them)")
    with Chromium(path) as browser:
        yield browser


@pytest.fixture(scope="module")
def artifacts() -> Path:
    out = Path(os.environ.get("SECRETOME_ARTIFACTS", ROOT / "test-artifacts"))
    out.mkdir(parents=True, exist_ok=True)
    return out


def pixel_spread(png: bytes) -> float:
    """Standard deviation of the grey levels: near 0 for a blank (one-colour) screenshot."""
    from PIL import ImageStat

    with PIL.open(io.BytesIO(png)) as image:
        return ImageStat.Stat(image.convert("L")).stddev[0]


def test_harness_sees_errors_requests_and_blank_pages(chromium, tmp_path) -> None:
    """The checks below can fail: a bad page is caught on every count."""
    bad = tmp_path / "bad.html"
    bad.write_text("<html><body><img src='missing.png'><script>console.error('boom'); nope();</script>"
                   "<img src='https://example.invalid/x.png'></body></html>", encoding="utf-8")
    report = chromium.load(bad.as_uri())
    text = "\n".join(report.problems)
    assert "console.error: boom" in text and "ReferenceError" in text and "ERR_FILE_NOT_FOUND" in text
    assert "https://example.invalid/x.png" in report.requests
    blank = tmp_path / "blank.html"
    blank.write_text("<html><body></body></html>", encoding="utf-8")
    assert pixel_spread(chromium.load(blank.as_uri()).png) < 1.0


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_seed_view_renders_in_headless_chromium(chromium, artifacts, seed_article, theme) -> None:
    page = artifacts / "seed-view.html"
    sn.view(seed_article).save(page)
    report = chromium.load(page.as_uri(), dark=theme == "dark", evaluate={
        "marks": "document.querySelectorAll('mark.sn-ent').length",
        "scripts": "document.querySelectorAll('script, img, iframe, object').length",
        "contrast": CONTRAST_JS, "layout": LAYOUT_JS})
    shot = artifacts / f"seed-view-{theme}.png"
    shot.write_bytes(report.png)
    assert report.problems == [], report.problems
    assert report.requests == []  # nothing fetched: no network, no missing resources
    assert pixel_spread(report.png) > 20, f"{shot} looks blank"
    v = report.values
    spans = {(m.source, m.start, m.end) for e in seed_article.entities for m in e.mentions}
    outer = [s for s in spans if not any(o != s and o[0] == s[0] and o[1] <= s[1] and s[2] <= o[2] for o in spans)]
    assert v["marks"] == len(outer) and v["scripts"] == 0
    assert v["contrast"]["text"] >= MIN_CONTRAST and v["contrast"]["worst_mark"] >= MIN_CONTRAST
    dark_bg = sum(map(int, v["contrast"]["background"][4:-1].split(",")[:3])) < 200
    assert dark_bg == (theme == "dark")
    for kind, box in v["layout"].items():  # RU and EN side by side: same row, EN to the right
        assert box["top_delta"] < 2 and box["gap"] > 0 and box["ru_width"] > 300 and box["en_width"] > 300, kind


def test_escaped_payload_stays_text_in_the_browser(chromium, artifacts, tmp_path, seed_text) -> None:
    payload = "<script>console.error('xss')</script><img src=x onerror=console.error('xss')>"
    path = tmp_path / "evil.txt"
    path.write_text(seed_text.replace("ВВЕДЕНИЕ. Клеточный", f"ВВЕДЕНИЕ. {payload} Клеточный", 1), encoding="utf-8")
    article = sn.parse(path, lemmas=False, references=False)
    page = artifacts / "escaped-view.html"
    sn.view(article).save(page)
    report = chromium.load(page.as_uri(), evaluate={
        "shown": f"document.body.innerText.includes({payload!r})",
        "elements": "document.querySelectorAll('script, img').length"})
    assert report.problems == [] and report.requests == []
    assert report.values == {"shown": True, "elements": 0}


@pytest.mark.parametrize("holder", ["<body data-jp-theme-light='false'>", "<body class='vscode-dark'>"])
def test_notebook_dark_themes_switch_the_view_to_dark(chromium, tmp_path, seed_article, holder) -> None:
    """JupyterLab and VS Code dark themes say so on <body>, whatever the OS prefers."""
    page = tmp_path / "jupyter-dark.html"
    page.write_text(f"<!DOCTYPE html><html><head><meta charset='utf-8'></head>{holder}"
                    f"{sn.view(seed_article).html}</body></html>", encoding="utf-8")
    report = chromium.load(page.as_uri(), dark=False, evaluate={"contrast": CONTRAST_JS})
    assert report.problems == []
    contrast = report.values["contrast"]
    assert sum(map(int, contrast["background"][4:-1].split(",")[:3])) < 200
    assert contrast["text"] >= MIN_CONTRAST and contrast["worst_mark"] >= MIN_CONTRAST
