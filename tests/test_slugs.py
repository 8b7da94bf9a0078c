"""slugs: unique, safe, stable page names."""

from __future__ import annotations

from briefing.slugs import assign_slugs, base_slug


def test_slug_from_title() -> None:
    assert base_slug("Russia's soldiers retreat", "a.txt") == "russias-soldiers-retreat"


def test_slug_is_safe_for_hostile_titles() -> None:
    for title in ["../../etc/passwd", "CON", "", "🙂🙂", "{{ 7*7 }}", "x" * 1000, "a\nb"]:
        slug = base_slug(title, "dir/some file.txt")
        assert slug and "/" not in slug and ".." not in slug and len(slug) <= 60
        assert slug not in {"con", "index"}
    assert base_slug("", "dir/some file.txt") == "some-file"
    assert base_slug("CON", "x.txt") == "con-article"
    for reserved in ("Archive", "Sources", "Questions", "Tags", "Index", "Feed"):
        assert base_slug(reserved, "x.txt") == f"{reserved.lower()}-article"


def test_collisions_and_case_get_distinct_stable_slugs() -> None:
    slugs = assign_slugs([("b.txt", "Same Title"), ("a.txt", "same title"), ("c.txt", "Other")])
    assert slugs["a.txt"] == "same-title"
    assert slugs["b.txt"].startswith("same-title-") and slugs["b.txt"] != "same-title"
    assert len(set(slugs.values())) == 3
    again = assign_slugs([("c.txt", "Other"), ("a.txt", "same title"), ("b.txt", "Same Title")])
    assert again == slugs
