"""The command line: analyze's JSON output, the error boundary, build end to end."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest

from briefing.cli import main
from briefing.jsonout import schema

from support import REPO, SEED


def run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "briefing", *args], cwd=cwd,
                          capture_output=True, text=True, timeout=300)


def check_offsets(obj: dict, original: str) -> int:
    """Assert original[start:end] == text for every span in a JSON object; count them."""
    count = 0
    spans = list(obj["key_points"]) + list(obj["open_questions"])
    for source in obj["sources"]:
        for a in source["attributions"]:
            spans += [a["source"], a["cue"], a["content"]]
    for span in spans:
        assert original[span["start"]:span["end"]] == span["text"], span
        count += 1
    return count


def test_analyze_json_validates_and_offsets_hold() -> None:
    result = run("analyze", str(SEED), "--format", "json")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert len(lines) == 1
    obj = json.loads(lines[0])
    jsonschema.validate(obj, schema())
    assert obj["path"] == str(SEED)
    assert obj["title"].startswith("Russia's soldiers on a crucial front")
    original = SEED.read_bytes().decode("utf-8")
    assert check_offsets(obj, original) >= len(obj["key_points"]) > 0


def test_analyze_json_gives_plain_text_beside_the_markup(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text(
        "<html><head><title>Harbour tolls rise</title></head><body><article>"
        "<h1>Harbour tolls rise</h1>"
        "<p>The harbour board&#39;s new tolls take effect on <a href='/x'>Monday</a>, "
        "raising the cost of a berth by a third for every fishing boat in the port.</p>"
        "<p>Skippers said the rise would force some crews to moor in the next town instead, "
        "where the fees have not changed for six years.</p>"
        "<p>The board said the money would pay for dredging the channel this winter.</p>"
        "</article></body></html>", encoding="utf-8")
    result = run("analyze", str(page), "--format", "json")
    assert result.returncode == 0, result.stderr
    obj = json.loads(result.stdout)
    jsonschema.validate(obj, schema())
    check_offsets(obj, page.read_text(encoding="utf-8"))
    point = next(k for k in obj["key_points"] if "Monday" in k["plain"])
    assert "&#39;" in point["text"] and "<a href" in point["text"]
    assert point["plain"].startswith("The harbour board's new tolls take effect on Monday, ")
    spans = [a[part] for s in obj["sources"] for a in s["attributions"]
             for part in ("source", "cue", "content")] + obj["open_questions"]
    assert spans and all("<" not in s.get("plain", s["text"]) for s in spans)
    assert all(s["plain"] != s["text"] for s in spans if "plain" in s)  # only where it differs


def test_the_console_entry_ends_with_mains_status_and_its_output_whole() -> None:
    # ``cli.run`` ends the process without the interpreter's teardown (``os._exit``): the
    # status must still be main's, and block-buffered output (a pipe, no PYTHONUNBUFFERED,
    # which this workplace sets) must still arrive whole
    env = {k: v for k, v in os.environ.items() if k != "PYTHONUNBUFFERED"}
    ok = subprocess.run([sys.executable, "-m", "briefing", "analyze", str(SEED), "--format",
                         "json"], capture_output=True, text=True, timeout=300, env=env)
    assert ok.returncode == 0, ok.stderr
    assert json.loads(ok.stdout)["title"].startswith("Russia's soldiers on a crucial front")
    bad = subprocess.run([sys.executable, "-m", "briefing", "analyze", "no-such-file.txt"],
                         capture_output=True, text=True, timeout=300, env=env)
    assert bad.returncode == 1 and "ERROR" in bad.stderr


def test_analyze_limits_zero_means_no_limit(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["analyze", str(SEED), "--format", "json", "--max-key-points", "1",
                 "--max-open-questions", "1"]) == 0
    one = json.loads(capsys.readouterr().out)
    assert len(one["key_points"]) == 1
    assert len(one["open_questions"]) <= 1
    assert main(["analyze", str(SEED), "--format", "json", "--max-key-points", "0",
                 "--max-open-questions", "0"]) == 0
    every = json.loads(capsys.readouterr().out)
    assert len(every["key_points"]) >= 3
    assert len(every["open_questions"]) >= len(one["open_questions"])


def test_analyze_several_files_one_line_each(tmp_path: Path) -> None:
    other = tmp_path / "other.txt"
    other.write_text("A title\n\nThe council said on Monday that the bridge would reopen.\n",
                     encoding="utf-8")
    result = run("analyze", str(SEED), str(other), "--format", "json")
    assert result.returncode == 0, result.stderr
    paths = [json.loads(line)["path"] for line in result.stdout.splitlines()]
    assert paths == [str(SEED), str(other)]


def test_analyze_files_of_the_same_name_in_two_folders_stay_two_articles(
        tmp_path: Path) -> None:
    for folder, title in (("business", "Port strike enters second week"),
                          ("politics", "Council delays the bridge vote")):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "001.txt").write_text(
            f"{title}\n\nThe union said on Monday that talks would resume.\n", encoding="utf-8")
    names = [str(tmp_path / "business" / "001.txt"), str(tmp_path / "politics" / "001.txt")]
    result = run("analyze", *names, "--format", "json")
    assert result.returncode == 0, result.stderr
    out = [json.loads(line) for line in result.stdout.splitlines()]
    assert [o["path"] for o in out] == names
    assert [o["id"] for o in out] == ["business/001.txt", "politics/001.txt"]
    assert [o["slug"] for o in out] == ["port-strike-enters-second-week",
                                        "council-delays-the-bridge-vote"]
    single = json.loads(run("analyze", names[0], "--format", "json").stdout)
    assert single["id"] == "001.txt"


def test_user_error_is_one_line_without_traceback(tmp_path: Path) -> None:
    missing = tmp_path / "nope.txt"
    result = run("analyze", str(missing), "--format", "json")
    assert result.returncode == 1
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert lines[0].startswith(f"ERROR: {missing}: ")
    assert "Traceback" not in result.stderr


def test_unknown_extension_gets_a_hint(tmp_path: Path) -> None:
    odd = tmp_path / "notes.docx"
    odd.write_bytes(b"PK\x03\x04")
    result = run("analyze", str(odd))
    assert result.returncode == 1
    assert result.stderr.startswith(f"ERROR: {odd}: unsupported file type '.docx'")
    assert "hint: briefing reads .txt, .md and .html files" in result.stderr


def test_build_without_config_file_fails_cleanly(tmp_path: Path) -> None:
    result = run("build", cwd=tmp_path)
    assert result.returncode == 1
    assert result.stderr.splitlines()[0] == "ERROR: mkdocs.yml: configuration file not found"


def test_invalid_plugin_options_are_reported_together(project: Path) -> None:
    config = (project / "mkdocs.yml").read_text("utf-8")
    config = config.replace("content_dir: content",
                            "content_dir: content\n      max_key_points: -1\n"
                            "      words_per_minute: fast\n      colour: blue")
    (project / "mkdocs.yml").write_text(config, "utf-8")
    result = run("build", cwd=project)
    assert result.returncode == 1
    assert "max_key_points" in result.stderr and "words_per_minute" in result.stderr
    assert "Traceback" not in result.stderr
    assert not (project / "site").exists()


def test_build_makes_a_page_per_article_and_a_home_page(project: Path) -> None:
    result = run("build", cwd=project)
    assert result.returncode == 0, result.stderr
    articles = sorted(p for p in (project / "content").iterdir() if not p.name.startswith("."))
    summary = [line for line in result.stderr.splitlines()
               if "briefing" in line and "built" in line]
    n = len(articles)
    assert summary == [f"{n} briefing{'s' if n != 1 else ''} built, 0 files skipped"]
    pages = sorted(p for p in (project / "briefings").glob("*.md") if p.name != "index.md")
    assert len(pages) >= len(articles)
    home = (project / "site" / "index.html").read_text("utf-8")
    for page in pages:
        if page.parent == project / "briefings":
            assert (project / "site" / page.stem / "index.html").is_file()
    assert "Russia" in home
    # content/ is never modified by a build
    assert sorted(p.name for p in (project / "content").iterdir()) == [a.name for a in articles]
    assert (project / "content" / SEED.name).read_bytes() == SEED.read_bytes()


def test_plain_mkdocs_build_strict_runs_the_plugin(project: Path) -> None:
    result = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict"], cwd=project,
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    assert (project / "briefings" / "index.md").is_file()
    assert list((project / "site").glob("*/index.html"))


def test_committed_briefings_are_up_to_date(project: Path) -> None:
    """briefings/ is committed for review: it must be what the tool generates now."""
    assert run("build", cwd=project).returncode == 0
    generated = {p.relative_to(project / "briefings").as_posix(): p.read_bytes()
                 for p in (project / "briefings").rglob("*") if p.is_file()}
    committed = {p.relative_to(REPO / "briefings").as_posix(): p.read_bytes()
                 for p in (REPO / "briefings").rglob("*") if p.is_file()}
    stale = sorted(k for k in generated.keys() | committed.keys()
                   if generated.get(k) != committed.get(k))
    assert not stale, f"run `briefing build` and commit briefings/: {stale}"
