"""An XSS and injection payload corpus, written for this project.

Every payload that could run script calls ``alert`` with a marker, so a scan can find
any that survives as markup and a browser hook can count any that runs.
"""

from __future__ import annotations

import html
import json
from pathlib import Path

MARK = "XSSMARK"

PAYLOADS: list[str] = [
    # script tags, in any case, broken up, nested
    f"<script>alert('{MARK}1')</script>",
    f"<ScRiPt>alert('{MARK}2')</sCrIpT>",
    f"<scr<script>ipt>alert('{MARK}3')</scr</script>ipt>",
    f"</title><script>alert('{MARK}4')</script>",
    f"\"><script>alert('{MARK}5')</script>",
    f"'><script>alert('{MARK}6')</script>",
    # event handlers
    f"<img src=x onerror=alert('{MARK}7')>",
    f"<img src=x oNeRrOr=\"alert('{MARK}8')\">",
    f"<body onload=alert('{MARK}9')>",
    f"<div onmouseover=\"alert('{MARK}10')\">hover</div>",
    f"<details open ontoggle=alert('{MARK}11')>",
    f"\" onfocus=\"alert('{MARK}12')\" autofocus=\"",
    f"' onmouseover='alert(\"{MARK}13\")' x='",
    # SVG and srcdoc
    f"<svg onload=alert('{MARK}14')>",
    f"<svg><script>alert('{MARK}15')</script></svg>",
    f"<svg><a xlink:href=\"javascript:alert('{MARK}16')\"><text>x</text></a></svg>",
    f"<iframe srcdoc=\"<script>alert('{MARK}17')</script>\"></iframe>",
    f"<iframe src=\"javascript:alert('{MARK}18')\"></iframe>",
    f"<object data=\"javascript:alert('{MARK}19')\"></object>",
    f"<math><mtext><a href=\"javascript:alert('{MARK}20')\">m</a></mtext></math>",
    # javascript: and data: URLs, any case, entity-encoded, in Markdown links
    f"[click](javascript:alert('{MARK}21'))",
    f"[click](JaVaScRiPt:alert('{MARK}22'))",
    f"[click](&#106;avascript:alert('{MARK}23'))",
    f"[click](java&#x09;script:alert('{MARK}24'))",
    "[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgnWFNTTUFSSzI1Jyk8L3NjcmlwdD4=)",
    f"<a href=\"javascript:alert('{MARK}26')\">link</a>",
    f"<a href=\"&#x6A;&#x61;&#x76;&#x61;script:alert('{MARK}27')\">link</a>",
    f"<javascript:alert('{MARK}28')>",
    f"![img](javascript:alert('{MARK}29'))",
    f"[ref][x]\n\n[x]: javascript:alert('{MARK}30')",
    # Markdown attribute lists and raw HTML blocks
    f"Text{{: onclick=\"alert('{MARK}31')\" }}",
    f"{{: .x onmouseover=alert('{MARK}32') }}",
    f"<div markdown=\"1\" onclick=\"alert('{MARK}33')\">x</div>",
    "--8<-- \"/etc/passwd\"",
    f"*[HTML]: <script>alert('{MARK}34')</script>",
    # entities and template syntax
    f"&lt;script&gt;alert('{MARK}35')&lt;/script&gt;",
    f"&#60;script&#62;alert('{MARK}36')&#60;/script&#62;",
    "{{ 7*7 }} {% raw %} {{ config }} ${7*7} #{7*7}",
    f"{{{{ ''.__class__.__mro__ }}}} <style>@import 'javascript:alert(\"{MARK}37\")';</style>",
    f"<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert('{MARK}38')\">",
    f"<base href=\"javascript:alert('{MARK}39')//\">",
    f"<form action=\"javascript:alert('{MARK}40')\"><button>x</button></form>",
]

URL_PAYLOADS: list[str] = [
    f"javascript:alert('{MARK}41')",
    f"JAVASCRIPT:alert('{MARK}42')",
    f" javascript:alert('{MARK}43')",
    f"&#106;avascript:alert('{MARK}44')",
    f"data:text/html,<script>alert('{MARK}45')</script>",
    f"https://example.org/\"><script>alert('{MARK}46')</script>",
    f"vbscript:msgbox('{MARK}47')",
]


def write_corpus(content: Path) -> int:
    """Articles carrying every payload in every field; returns how many payloads."""
    content.mkdir(parents=True, exist_ok=True)
    for i, payload in enumerate(PAYLOADS):
        body = (f"Officials met on Tuesday to discuss the budget {payload} in detail.\n\n"
                f"\"{payload}\" said Dana Oyelaran, a spokeswoman for the treasury.\n\n"
                f"The plan may be revised, according to a person familiar with it. {payload}\n")
        (content / f"txt-{i:02d}.txt").write_text(
            f"{payload} budget talks {i}\n\n  • {payload} highlight\n\n{body}", encoding="utf-8")
        url = URL_PAYLOADS[i % len(URL_PAYLOADS)]
        front = "\n".join([
            "---",
            f"title: {json.dumps(payload + f' md {i}')}",
            f"url: {json.dumps(url)}",
            f"publisher: {json.dumps(payload)}",
            f"author: {json.dumps(payload)}",
            "date: 2026-03-01",
            f"tags: {json.dumps([payload, 'budget'])}",
            f"highlights: {json.dumps([payload + ' in a highlight'])}",
            "---",
        ])
        (content / f"md-{i:02d}.md").write_text(f"{front}\n\n{body}\n> {payload}\n",
                                                encoding="utf-8")
        escaped = html.escape(payload)
        (content / f"html-{i:02d}.html").write_text(
            "<!doctype html><html><head>"
            f"<title>{escaped} page {i}</title>"
            f"<meta property=\"og:site_name\" content=\"{html.escape(payload, quote=True)}\">"
            f"<meta name=\"author\" content=\"{html.escape(payload, quote=True)}\">"
            f"<link rel=\"canonical\" href=\"{html.escape(url, quote=True)}\">"
            "</head><body><article>"
            f"<h1>{escaped} page {i}</h1>"
            f"<p>Officials met on Tuesday to discuss the budget {escaped} in detail, "
            "and the minister said the figures would be published in the spring.</p>"
            f"<p>\"{escaped}\" said Dana Oyelaran, a spokeswoman for the treasury, "
            "speaking to reporters after the meeting.</p>"
            f"<p>The plan may be revised, according to a person familiar with it. {payload}</p>"
            "</article></body></html>", encoding="utf-8")
    return len(PAYLOADS) + len(URL_PAYLOADS)


def build_corpus_site(project: Path) -> Path:
    """``project`` (a copy of the project) with the corpus as its content, built by
    ``briefing build`` (not --strict: the unsafe URLs are left out with a warning each)."""
    import os
    import subprocess
    import sys

    write_corpus(project / "content")
    done = subprocess.run([sys.executable, "-m", "briefing", "build"], cwd=project,
                          capture_output=True, text=True, timeout=600,
                          env={**os.environ, "SOURCE_DATE_EPOCH": "1790000000"})
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    return project
