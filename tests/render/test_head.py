"""head: the Content-Security-Policy and the OpenGraph/feed tags added to built pages."""

from __future__ import annotations

import base64
import datetime as dt
import hashlib

import pytest

from briefing.render import head
from briefing.render.head import (
    add_to_head,
    content_security_policy,
    csp_meta,
    feed_link,
    inline_script_hashes,
    inline_style_hashes,
    social_meta,
)
from briefing.render.theme import finish_template


def sha(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode()).digest()).decode() + "'"


PAGE = """<!doctype html><html><head>
<meta charset="utf-8">
<script>var a = "</scr" + "ipt>";</script>
<script src="x.js"></script>
<script id="__config" type="application/json">{"a": 1}</script>
<SCRIPT type="module">import "./m.js"</SCRIPT >
<script>var a = "</scr" + "ipt>";</script>
</head><body><table><td style="text-align: right;">1</td></table>
<style>p{color:red}</style></body></html>"""


def test_hashes_cover_exactly_the_inline_scripts_that_run() -> None:
    assert inline_script_hashes(PAGE) == sorted({sha('var a = "</scr" + "ipt>";'),
                                                 sha('import "./m.js"')})


def test_style_hashes_for_elements_and_attributes() -> None:
    elements, attributes = inline_style_hashes(PAGE)
    assert elements == [sha("p{color:red}")]
    assert attributes == [sha("text-align: right;")]
    policy = content_security_policy([], elements, attributes)
    assert "style-src 'self' 'unsafe-hashes' " in policy
    assert "'unsafe-hashes'" not in content_security_policy([], elements, [])


def test_policy_is_strict() -> None:
    policy = content_security_policy([sha("x")])
    directives = dict(d.split(" ", 1) for d in policy.split("; "))
    assert directives["default-src"] == "'none'"
    assert directives["script-src"] == f"'self' {sha('x')}"
    assert directives["style-src"] == "'self'"
    assert directives["worker-src"] == "'self'"
    assert directives["img-src"] == "'self' data:"
    assert "unsafe-inline" not in policy and "unsafe-eval" not in policy
    assert "frame-ancestors" not in policy  # ignored (with an error) in a <meta> policy
    assert csp_meta(PAGE).startswith('<meta http-equiv="Content-Security-Policy" content="')


def test_csp_goes_first_and_extra_tags_last_in_head() -> None:
    out = add_to_head(PAGE, extra='<meta property="og:title" content="x">')
    head = out[: out.index("</head>")]
    assert head.index("Content-Security-Policy") < head.index("<script")
    assert head.index("<meta charset") < head.index("Content-Security-Policy")
    assert head.rstrip().endswith('<meta property="og:title" content="x">')
    assert out.count("Content-Security-Policy") == 1


def test_social_meta_escapes_once() -> None:
    tags = social_meta(site_name="S", title="A &amp; B &lt;i&gt;", description='say "hi" & go',
                       url="https://example.org/a/", meta={"date": dt.date(2024, 5, 2),
                                                         "author": "Ana", "publisher": "G"})
    assert '<meta property="og:title" content="A &amp; B &lt;i&gt;">' in tags
    assert '<meta property="og:description" content="say &quot;hi&quot; &amp; go">' in tags
    assert '<meta property="og:type" content="article">' in tags
    assert '<meta property="og:url" content="https://example.org/a/">' in tags
    assert '<meta property="article:published_time" content="2024-05-02">' in tags
    assert '<meta property="article:author" content="Ana">' in tags
    plain = social_meta(site_name="S", title="Sources", description=None, url=None, meta={})
    assert '<meta property="og:type" content="website">' in plain
    assert "og:url" not in plain and "og:description" not in plain


def test_feed_link_and_non_html_templates() -> None:
    assert feed_link("../feed.xml", "A & B") == (
        '<link rel="alternate" type="application/atom+xml" title="A &amp; B" '
        'href="../feed.xml">')
    sitemap = "<?xml version='1.0'?><urlset></urlset>"
    assert finish_template(sitemap, "sitemap.xml") == sitemap
    assert "Content-Security-Policy" in finish_template(PAGE, "404.html")


@pytest.mark.parametrize("page", [
    '<td\tstyle = "width: 2em">', "<p\nstyle='color: blue'>x</p>",
    '<link rel="stylesheet" href="a.css"><p>style="not an attribute"</p>',
    "<style>p{}</style><p>no attributes</p>", '<div data-style="x" style="top: 0">',
])
def test_the_quick_look_for_style_attributes_misses_none(page: str) -> None:
    # every attribute the full scan finds is found, whatever the white space around it
    full = sorted({sha(m.group(1) if m.group(1) is not None else m.group(2))
                   for m in head._STYLE_ATTR.finditer(page)})
    assert inline_style_hashes(page)[1] == full
