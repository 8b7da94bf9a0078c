"""The Atom feed (checked with feedparser) and the JSON export (checked with its schema)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from collections.abc import Callable
from typing import Any

import feedparser
import jsonschema
import pytest
import referencing

from briefing.jsonout import schema as analysis_schema
from briefing.model import Briefing
from briefing.render import SiteInfo
from briefing.render.export import export_data, export_json, export_schema
from briefing.render.feed import atom_feed, entry_id


def parsed(text: str) -> Any:
    feed = feedparser.parse(text.encode("utf-8"))
    assert not feed.bozo, feed.get("bozo_exception")
    assert feed.version == "atom10"
    return feed


def two(make_briefing: Callable[..., Briefing]) -> list[Briefing]:
    return [make_briefing("a.md", "bridge", title="Bridge reopens", date="2024-05-03",
                          tags="[transport, Northport]"),
            make_briefing("b.md", "river", title="River falls", date="2024-05-01")]


def test_feed_entries_newest_first_with_links_dates_and_tags(
        make_briefing: Callable[..., Briefing]) -> None:
    feed = parsed(atom_feed(two(make_briefing), SiteInfo(site_name="News briefings")))
    assert feed.feed.title == "News briefings"
    assert feed.feed.updated == "2024-05-03T00:00:00Z"
    first, second = feed.entries
    assert (first.title, second.title) == ("Bridge reopens", "River falls")
    assert first.link == "bridge/"
    assert [(x.rel, x.href) for x in first.links] == [
        ("alternate", "bridge/"), ("related", "https://example.org/harbour-plan")]
    assert first.published == first.updated == "2024-05-03T00:00:00Z"
    assert first.author == "Ana Ruiz"
    assert [t.term for t in first.tags] == ["transport", "Northport"]
    assert first.summary == "The council approved the plan; work starts in June."
    assert "<li>The council approved the plan; work starts in June.</li>" in first.content[0].value


def test_feed_links_are_absolute_with_a_site_url(make_briefing: Callable[..., Briefing]) -> None:
    site = SiteInfo(site_url="https://news.example.org/briefs/", directory_urls=False)
    feed = parsed(atom_feed(two(make_briefing), site))
    assert feed.entries[0].link == "https://news.example.org/briefs/bridge.html"
    assert [x.href for x in feed.feed.links if x.rel == "self"] == [
        "https://news.example.org/briefs/feed.xml"]


def test_feed_dates_never_come_from_the_clock(briefing: Briefing) -> None:
    undated = dataclasses.replace(briefing, articles=(dataclasses.replace(
        briefing.article, meta=dataclasses.replace(briefing.meta, date=None)),))
    assert "1970-01-01T00:00:00Z" in atom_feed([undated], SiteInfo())
    build = dt.datetime(2024, 6, 1, 12, 30, tzinfo=dt.timezone.utc)
    feed = parsed(atom_feed([undated], SiteInfo(updated=build)))
    assert feed.entries[0].updated == "2024-06-01T12:30:00Z"
    assert parsed(atom_feed([], SiteInfo(updated=build))).feed.updated == "2024-06-01T12:30:00Z"


def test_feed_text_is_escaped_and_cleaned(briefing: Briefing) -> None:
    nasty = 'A & B <script>alert(1)</script> "q" \x01\x0b end'
    b = dataclasses.replace(briefing, articles=(dataclasses.replace(
        briefing.article, meta=dataclasses.replace(briefing.meta, title=nasty,
                                                   tags=("<b>",))),))
    text = atom_feed([b], SiteInfo(site_name="S & <co>"))
    assert "<script>" not in text
    feed = parsed(text)
    assert feed.entries[0].title == 'A & B <script>alert(1)</script> "q"  end'
    assert feed.feed.title == "S & <co>"
    assert feed.entries[0].tags[0].term == "<b>"


def test_feed_is_deterministic_limited_and_ids_are_stable(
        make_briefing: Callable[..., Briefing]) -> None:
    briefings = two(make_briefing)
    site = SiteInfo(feed_entries=1)
    assert atom_feed(briefings, site) == atom_feed(briefings, site)
    assert len(parsed(atom_feed(briefings, site)).entries) == 1
    renamed = dataclasses.replace(briefings[0], slug="bridge-2")
    assert entry_id(site, renamed) == entry_id(site, briefings[0])
    assert entry_id(site, briefings[0]) != entry_id(site, briefings[1])


@pytest.fixture(scope="module")
def validator() -> jsonschema.Draft202012Validator:
    analysis = analysis_schema()
    registry: referencing.Registry[Any] = referencing.Registry().with_resource(
        analysis["$id"], referencing.Resource.from_contents(analysis))
    return jsonschema.Draft202012Validator(export_schema(), registry=registry)


def test_export_validates_and_wraps_the_analysis_objects(
        make_briefing: Callable[..., Briefing],
        validator: jsonschema.Draft202012Validator) -> None:
    briefings = two(make_briefing)
    data = json.loads(export_json(briefings, SiteInfo(site_name="N")))
    validator.validate(data)
    assert data["site"] == {"name": "N", "url": None}
    assert [b["slug"] for b in data["briefings"]] == ["bridge", "river"]
    assert data["briefings"][0]["path"] == "a.md"  # not the build machine's path
    assert data["briefings"][0]["sources"][0]["attributions"][0]["quote"] is True
    assert data == export_data(briefings, SiteInfo(site_name="N"))


def test_export_schema_rejects_a_broken_export(
        make_briefing: Callable[..., Briefing],
        validator: jsonschema.Draft202012Validator) -> None:
    data = export_data(two(make_briefing), SiteInfo())
    data["briefings"][0]["key_points"][0]["origin"] = "invented"
    with pytest.raises(jsonschema.ValidationError):
        validator.validate(data)
    with pytest.raises(jsonschema.ValidationError):
        validator.validate({"schema_version": 1, "site": {"name": "x", "url": None}})


def test_export_is_deterministic(make_briefing: Callable[..., Briefing]) -> None:
    briefings = two(make_briefing)
    assert export_json(briefings, SiteInfo()) == export_json(briefings, SiteInfo())
    assert export_json(briefings, SiteInfo()).endswith("}\n")
