"""The CNN/DailyMail layout script (``benchmarks/cnndm_layout.py``) on a made-up CSV."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from briefing.ingest.text import read_text

from support import load_benchmark

layout = load_benchmark("cnndm_layout")

BODY = ("The harbour bridge in Port Alder will close for six weeks from Monday, the city said. "
        "Engineers found cracks in two of its steel supports during a routine inspection. "
        "Buses will run every ten minutes across the old ferry road while the work goes on. "
        "Shop owners near the bridge said they feared losing customers over the summer. "
        "The city said the repairs would cost about four million dollars.")


def write_csv(path: Path, rows: list[dict[str, str]]) -> None:
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=["article", "highlights", "id"])
        writer.writeheader()
        writer.writerows(rows)


def test_rows_become_articles_and_summaries(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rows = [
        {"article": "Port Alder (CNN) -- " + BODY.replace(" ", "\u00a0", 3),
         "highlights": "Harbour bridge to close for six weeks .\nCracks found in supports .",
         "id": "a" * 40},
        {"article": "Too short to be an article.", "highlights": "Short.", "id": "b" * 40},
        {"article": BODY, "highlights": "No id.", "id": "not-an-id"},
        {"article": "CNN Student News ... Roll Call ... " + BODY, "highlights": "x",
         "id": "c" * 40},
        {"article": BODY.replace("Port Alder", "Eastfield"), "highlights": "Eastfield bridge.",
         "id": "d" * 40},
    ]
    write_csv(tmp_path / "data.csv", rows)
    out = tmp_path / "laid-out"
    assert layout.main([str(tmp_path / "data.csv"), str(out)]) == 0
    messages = capsys.readouterr()
    assert "2 articles written" in messages.out
    assert messages.err.splitlines() == [
        "row 2: left out: article under 60 words",
        "row 3: left out: no 40-digit id",
        "row 4: left out: CNN Student News transcript",
    ]
    article = (out / "articles" / "cnndm" / "0001.txt").read_text("utf-8")
    title, body = article.split("\n\n", 1)
    # the dateline and source tag are gone; the first sentence is the stand-in title and
    # still opens the body
    assert title == "The harbour bridge in Port Alder will close for six weeks from Monday, " \
                    "the city said."
    assert body == BODY + "\n"
    assert (out / "summaries" / "cnndm" / "0001.txt").read_text("utf-8") == \
        "Harbour bridge to close for six weeks.\nCracks found in supports.\n"
    assert (out / "manifest.tsv").read_text("utf-8").splitlines() == [
        "file\trow\tid", f"cnndm/0001.txt\t1\t{'a' * 40}", f"cnndm/0005.txt\t5\t{'d' * 40}"]
    # read as the evaluation reads it: the title line is not a body sentence
    parsed = read_text("0001.txt", "0001.txt", article)
    assert parsed.meta.title == title
    assert parsed.sentences[0].text == title and len(parsed.sentences) == 5


def test_an_existing_folder_is_refused(tmp_path: Path) -> None:
    write_csv(tmp_path / "data.csv", [])
    (tmp_path / "out").mkdir()
    with pytest.raises(SystemExit):
        layout.main([str(tmp_path / "data.csv"), str(tmp_path / "out")])
