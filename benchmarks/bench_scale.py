"""Scale benchmark: analysis throughput, build overhead over bare MkDocs, incremental
rebuilds and peak memory, on synthetic corpora of N articles (``corpus.py``).

    python benchmarks/bench_scale.py --sizes 100,1000,10000 --repeat 3 [--workdir DIR]
        [--jobs N] [--sumy-cap 1000] [--formats txt,md,html] [--report FILE.md]

For each N, ``--repeat`` times, every measurement in a fresh child process (its peak RSS
is the ``ru_maxrss`` that ``os.wait4`` returns for that child, so measurements never mix):

* **throughput**: ``ingest_file`` + ``analyze_articles``, one article at a time, in one
  process over the whole corpus (after a warm-up on one article, timed apart: imports,
  dictionaries), against sumy's LexRank (5 sentences, Snowball stemmer, sumy's stop words)
  parsing the same articles' plain text with an offline tokenizer (blingfire sentences,
  regex words), on the first ``--sumy-cap`` articles;
* **cold build**: ``python -m briefing build`` in a fresh project copy (the repo's
  mkdocs.yml, templates/, the corpus as content/, an empty docs folder, no cache; HOME and
  XDG_CACHE_HOME point into the project so nothing outside it can be warm);
* **bare MkDocs**: ``python -m mkdocs build`` of the very Markdown our build wrote, with the
  same mkdocs.yml minus the briefing plugin; run twice (fresh site, then again);
* **warm build**: ``briefing build`` again, nothing changed;
* **incremental** (N <= ``--incremental-max``): 1 article changed, 1 added, 1 removed, then
  ``briefing build``; which files of briefings/ and site/ were rewritten (mtime) and which
  changed (hash). If the build has ``--clean``, the same again with ``--clean``.

Medians over the repeats are printed as Markdown tables (and written to ``--report``);
the raw numbers go to ``<workdir>/raw.json``. Wall times include interpreter start-up and
imports, for ours and for MkDocs alike.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import hashlib
import json
import math
import os
import platform
import re
import shlex
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(HERE))

import corpus  # noqa: E402

SEED_ARTICLE = REPO / "content" / "000_0c14545e1c9752d4.txt"
LEXRANK_SENTENCES = 5


# ---------------------------------------------------------------------------------------
# Child processes


@dataclass(frozen=True, slots=True)
class Run:
    """One child process: wall time, peak RSS, exit code and where its output went."""

    seconds: float
    max_rss_mb: float
    returncode: int
    log: Path

    @property
    def ok(self) -> bool:
        """True when the child exited with 0."""
        return self.returncode == 0


def run_child(cmd: Sequence[str], cwd: Path, log: Path, env: dict[str, str] | None = None,
              ) -> Run:
    """Run ``cmd``; time it and read its own peak RSS from ``os.wait4``."""
    log.parent.mkdir(parents=True, exist_ok=True)
    with log.open("wb") as out:
        out.write(("$ " + shlex.join(cmd) + f"\n# cwd: {cwd}\n").encode())
        out.flush()
        started = time.perf_counter()
        proc = subprocess.Popen(cmd, cwd=cwd, stdout=out, stderr=subprocess.STDOUT, env=env)
        _, status, usage = os.wait4(proc.pid, 0)
        seconds = time.perf_counter() - started
    proc.returncode = os.waitstatus_to_exitcode(status)
    return Run(seconds, usage.ru_maxrss / 1024, proc.returncode, log)


def tail(path: Path, lines: int = 15) -> str:
    """The last lines of a log."""
    return "\n".join(path.read_text("utf-8", "replace").splitlines()[-lines:])


# ---------------------------------------------------------------------------------------
# Throughput (runs inside a child: ``--child ours|sumy DIR``)


def _child_ours(content: Path) -> dict[str, Any]:
    from briefing.errors import BriefingError
    from briefing.ingest import discover, ingest_file
    from briefing.options import AnalysisOptions, IngestOptions
    from briefing.pipeline import analyze_articles

    ingest, analysis = IngestOptions(), AnalysisOptions()
    started = time.perf_counter()
    if SEED_ARTICLE.is_file():  # one-time costs (lazy imports, dictionaries), timed apart
        analyze_articles([ingest_file(SEED_ARTICLE, SEED_ARTICLE.parent, ingest)], analysis)
    warmup = time.perf_counter() - started
    # One article at a time, as a build's worker does (nothing kept): peak RSS is the
    # process's, not that of a list of every briefing.
    ingest_s = analyze_s = 0.0
    n_articles = n_briefings = words = 0
    reasons: dict[str, int] = {}
    for path in discover(content):
        t0 = time.perf_counter()
        try:
            article = ingest_file(path, content, ingest)
        except BriefingError as exc:
            reasons[exc.reason] = reasons.get(exc.reason, 0) + 1
            continue
        t1 = time.perf_counter()
        briefings, more = analyze_articles([article], analysis)
        t2 = time.perf_counter()
        ingest_s += t1 - t0
        analyze_s += t2 - t1
        n_articles += 1
        n_briefings += len(briefings)
        words += len(article.text.split())
        for p in more:
            if p.error:
                reasons[p.reason] = reasons.get(p.reason, 0) + 1
    import briefing

    return {"module": briefing.__file__, "articles": n_articles, "briefings": n_briefings,
            "words": words, "skipped": reasons, "warmup_s": warmup, "ingest_s": ingest_s,
            "analyze_s": analyze_s}


class OfflineTokenizer:
    """sumy tokenizer without NLTK data: blingfire sentences (our splitter), regex words."""

    language = "english"
    _word = re.compile(r"\w+(?:['’.-]\w+)*")

    def to_sentences(self, paragraph: str) -> tuple[str, ...]:
        """Sentences of ``paragraph``."""
        from briefing.ingest.assemble import split_sentences

        return tuple(paragraph[s:e] for s, e in split_sentences(paragraph))

    def to_words(self, sentence: str) -> tuple[str, ...]:
        """Words of ``sentence``."""
        return tuple(self._word.findall(sentence))


def _child_sumy(content: Path, cap: int) -> dict[str, Any]:
    from sumy.nlp.stemmers import Stemmer  # type: ignore[import-untyped]
    from sumy.parsers.plaintext import PlaintextParser  # type: ignore[import-untyped]
    from sumy.summarizers.lex_rank import LexRankSummarizer  # type: ignore[import-untyped]
    from sumy.utils import get_stop_words  # type: ignore[import-untyped]

    from briefing.options import IngestOptions
    from briefing.pipeline import load_articles

    articles, _ = load_articles(content, IngestOptions())  # not timed: same input as ours
    sample = articles[:cap]
    tokenizer = OfflineTokenizer()
    summarizer = LexRankSummarizer(Stemmer("english"))
    summarizer.stop_words = get_stop_words("english")
    if SEED_ARTICLE.is_file():
        text = SEED_ARTICLE.read_text("utf-8")
        summarizer(PlaintextParser.from_string(text, tokenizer).document, LEXRANK_SENTENCES)
    started = time.perf_counter()
    for article in sample:
        document = PlaintextParser.from_string(article.text, tokenizer).document
        summarizer(document, LEXRANK_SENTENCES)
    return {"articles": len(sample), "seconds": time.perf_counter() - started}


# ---------------------------------------------------------------------------------------
# Projects


def mkdocs_config() -> dict[str, Any]:
    """The repository's mkdocs.yml, with MkDocs' own tags (``!ENV``) resolved."""
    from mkdocs.utils.yaml import yaml_load

    with (REPO / "mkdocs.yml").open("rb") as fh:
        data = yaml_load(fh)
    if not isinstance(data, dict):
        raise SystemExit("mkdocs.yml is not a mapping")
    return {str(k): v for k, v in data.items()}


def _is_briefing(entry: Any) -> bool:
    return entry == "briefing" or (isinstance(entry, dict) and "briefing" in entry)


def project_config(base: dict[str, Any]) -> dict[str, Any]:
    """The repo's configuration with content_dir set to ``content``."""
    config: dict[str, Any] = json.loads(json.dumps(base))
    plugins = []
    for entry in config.get("plugins", []):
        if _is_briefing(entry):
            options = dict(entry["briefing"] or {}) if isinstance(entry, dict) else {}
            options["content_dir"] = "content"
            entry = {"briefing": options}
        plugins.append(entry)
    config["plugins"] = plugins
    return config


def bare_config(base: dict[str, Any]) -> dict[str, Any]:
    """The same configuration without the briefing plugin, reading ``docs/``."""
    config: dict[str, Any] = json.loads(json.dumps(base))
    config["plugins"] = [e for e in config.get("plugins", []) if not _is_briefing(e)]
    config["docs_dir"] = "docs"
    return config


def docs_dir_name(config: dict[str, Any]) -> str:
    """The docs folder a configuration uses."""
    return str(config.get("docs_dir", "docs"))


def make_project(dest: Path, corpus_dir: Path, base: dict[str, Any]) -> Path:
    """A fresh project: mkdocs.yml, templates/, a private copy of the corpus, empty docs."""
    config = project_config(base)
    dest.mkdir(parents=True)
    (dest / "mkdocs.yml").write_text(yaml.safe_dump(config, sort_keys=False), "utf-8")
    templates = FROZEN[0] / "templates" if FROZEN else REPO / "templates"
    if templates.is_dir():
        shutil.copytree(templates, dest / "templates")
    shutil.copytree(corpus_dir, dest / "content")
    (dest / docs_dir_name(config)).mkdir()
    (dest / ".home").mkdir()
    return dest


FROZEN: list[Path] = []
"""The frozen copy of ``src/`` that every child imports (set by ``freeze_source``)."""


def freeze_source(work: Path) -> str:
    """Copy ``src/briefing`` into ``work`` for the children to import, and hash it.

    Others edit the working tree while the benchmark runs; the cache's fingerprint hashes
    the package's source, so an edit between two builds would empty the cache. Every child
    imports this copy instead (``PYTHONPATH`` comes before the editable install's path).
    """
    dest = work / "frozen-src"
    shutil.rmtree(dest, ignore_errors=True)
    shutil.copytree(REPO / "src" / "briefing", dest / "briefing",
                    ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    FROZEN[:] = [dest]
    if (REPO / "templates").is_dir():
        shutil.copytree(REPO / "templates", dest / "templates")
    digest = hashlib.sha256()
    for path in sorted(dest.rglob("*")):
        if path.is_file():
            digest.update(path.relative_to(dest).as_posix().encode() + b"\0")
            digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


def base_env() -> dict[str, str]:
    """The parent's environment, importing the frozen source."""
    env = dict(os.environ)
    if FROZEN:
        env["PYTHONPATH"] = os.pathsep.join(
            [str(FROZEN[0]), *filter(None, [os.environ.get("PYTHONPATH")])])
    return env


def child_env(project: Path) -> dict[str, str]:
    """The environment of a build: no cache outside the project can be used."""
    env = base_env()
    env["HOME"] = str(project / ".home")
    env["XDG_CACHE_HOME"] = str(project / ".home" / ".cache")
    env.pop("SOURCE_DATE_EPOCH", None)
    return env


@dataclass(frozen=True, slots=True)
class FileState:
    """What a file looked like at one moment."""

    mtime_ns: int
    digest: str


def snapshot(root: Path) -> dict[str, FileState]:
    """Every file under ``root`` (hidden ones too), by relative path."""
    out: dict[str, FileState] = {}
    if not root.is_dir():
        return out
    for path in sorted(root.rglob("*")):
        if path.is_file():
            data = path.read_bytes()
            out[path.relative_to(root).as_posix()] = FileState(
                path.stat().st_mtime_ns, hashlib.sha256(data).hexdigest())
    return out


@dataclass(slots=True)
class Diff:
    """How a folder changed between two snapshots."""

    total: int = 0
    added: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)
    """Content differs."""
    touched: list[str] = field(default_factory=list)
    """Rewritten with the same content (new mtime, same hash)."""

    def summary(self, show: int = 12) -> str:
        """``+a -r ~c =t of total``, with the names when there are few."""
        def names(items: list[str]) -> str:
            return (" (" + ", ".join(items) + ")") if 0 < len(items) <= show else ""
        return (f"{len(self.added)} added{names(self.added)}, "
                f"{len(self.removed)} removed{names(self.removed)}, "
                f"{len(self.changed)} changed{names(self.changed)}, "
                f"{len(self.touched)} rewritten unchanged{names(self.touched)}; "
                f"{self.total} files after")


def diff(before: dict[str, FileState], after: dict[str, FileState]) -> Diff:
    """Compare two snapshots."""
    d = Diff(total=len(after))
    d.added = sorted(set(after) - set(before))
    d.removed = sorted(set(before) - set(after))
    for name in sorted(set(before) & set(after)):
        if before[name].digest != after[name].digest:
            d.changed.append(name)
        elif before[name].mtime_ns != after[name].mtime_ns:
            d.touched.append(name)
    return d


def _content_files(content: Path) -> list[Path]:
    return sorted(p for p in content.iterdir() if p.is_file() and not p.name.startswith("."))


def mutate(content: Path, n: int, seed: int, formats: Sequence[str], round_: int) -> list[str]:
    """Change one article, add one, remove one; return what was done."""
    files = _content_files(content)
    by_index = {int(p.name.split("_", 1)[0]): p for p in files}
    change_i = sorted(by_index)[len(by_index) // 2 + round_]
    remove_i = sorted(by_index)[len(by_index) // 3 + round_]
    article = corpus.make_article(seed, change_i)
    extra = (" A spokesperson said on Friday that a revised estimate would be published "
             f"within {3 + round_} weeks.")
    changed = dataclasses.replace(
        article, paragraphs=(*article.paragraphs[:-1], article.paragraphs[-1] + extra))
    path = by_index[change_i]
    fmt = path.suffix.lstrip(".")
    path.write_text(corpus.RENDER[fmt](changed), encoding="utf-8", newline="\n")
    added = corpus.write_article(content, seed, n + round_, formats)
    by_index[remove_i].unlink()
    return [f"changed {path.name}", f"added {added.name}", f"removed {by_index[remove_i].name}"]


# ---------------------------------------------------------------------------------------
# One size


def median(values: Iterable[float]) -> float:
    """Median of the finite values, NaN when there are none."""
    vals = [v for v in values if not math.isnan(v)]
    return statistics.median(vals) if vals else math.nan


@dataclass(slots=True)
class Options:
    """What the command line asked for, and what the build supports."""

    repeat: int
    seed: int
    formats: list[str]
    sumy_cap: int
    incremental_max: int
    jobs: int | None
    build_flags: set[str]

    def build_cmd(self, *extra: str) -> list[str]:
        """``python -m briefing build`` with the passthrough options it supports."""
        cmd = [sys.executable, "-m", "briefing", "build", "-f", "mkdocs.yml"]
        if self.jobs is not None and "--jobs" in self.build_flags:
            cmd += ["--jobs", str(self.jobs)]
        return cmd + list(extra)


def build_flags() -> set[str]:
    """The long options ``briefing build --help`` lists."""
    out = subprocess.run([sys.executable, "-m", "briefing", "build", "--help"],
                         capture_output=True, text=True, check=False, env=base_env())
    return set(re.findall(r"--[a-z][a-z-]*", out.stdout))


def measure_size(n: int, work: Path, opts: Options, base: dict[str, Any],
                 log: Callable[[str], None]) -> dict[str, Any]:
    """Every measurement for one corpus size; raw values per repeat."""
    root = work / f"n{n}"
    shutil.rmtree(root, ignore_errors=True)
    started = time.perf_counter()
    corpus_dir = root / "corpus"
    corpus.write_corpus(corpus_dir, n, opts.seed, opts.formats)
    log(f"N={n}: corpus written in {time.perf_counter() - started:.1f} s")
    raw: dict[str, Any] = {"n": n, "runs": []}
    for r in range(opts.repeat):
        rec: dict[str, Any] = {"load_1min": os.getloadavg()[0]}
        raw["runs"].append(rec)
        logs = root / f"r{r}" / "logs"
        # throughput, each in its own process
        for kind, extra in (("ours", []), ("sumy", ["--sumy-cap", str(opts.sumy_cap)])):
            out = root / f"r{r}" / f"{kind}.json"
            run = run_child([sys.executable, str(Path(__file__).resolve()), "--child", kind,
                             str(corpus_dir), "--child-out", str(out), *extra],
                            cwd=root, log=logs / f"{kind}.log", env=base_env())
            rec[kind] = json.loads(out.read_text()) if run.ok else None
            rec[f"{kind}_rss_mb"] = run.max_rss_mb
            if not run.ok:
                log(f"  {kind} throughput failed:\n{tail(run.log)}")
        # builds
        proj = make_project(root / f"r{r}" / "proj", corpus_dir, base)
        env = child_env(proj)
        docs = proj / docs_dir_name(project_config(base))
        cold = run_child(opts.build_cmd(), proj, logs / "cold.log", env)
        rec["cold"] = dataclasses.asdict(cold) | {"log": str(cold.log)}
        if not cold.ok:
            log(f"  cold build failed:\n{tail(cold.log)}")
            continue
        pages = [p for p in docs.rglob("*.md")]
        rec["pages"] = len(pages)
        rec["site_files"] = sum(1 for p in (proj / "site").rglob("*") if p.is_file())
        bare = root / f"r{r}" / "bare"
        bare.mkdir()
        (bare / "mkdocs.yml").write_text(yaml.safe_dump(bare_config(base), sort_keys=False),
                                         "utf-8")
        shutil.copytree(docs, bare / "docs")
        bare_cmd = [sys.executable, "-m", "mkdocs", "build", "-f", "mkdocs.yml"]
        for label in ("bare_cold", "bare_again"):
            b = run_child(bare_cmd, bare, logs / f"{label}.log", child_env(bare))
            rec[label] = dataclasses.asdict(b) | {"log": str(b.log)}
            if not b.ok:
                log(f"  {label} failed:\n{tail(b.log)}")
        before = snapshot(docs)
        warm = run_child(opts.build_cmd(), proj, logs / "warm.log", env)
        rec["warm"] = dataclasses.asdict(warm) | {"log": str(warm.log)}
        rec["warm_docs"] = dataclasses.asdict(diff(before, snapshot(docs)))
        rec["cache_mb"] = sum(p.stat().st_size for p in proj.rglob("*") if p.is_file()
                              and not p.is_relative_to(proj / "content")
                              and not p.is_relative_to(docs)
                              and not p.is_relative_to(proj / "site")) / 2**20
        if n <= opts.incremental_max:
            variants: list[tuple[str, list[str]]] = [("incremental", [])]
            if "--clean" in opts.build_flags:
                variants.append(("incremental_clean", ["--clean"]))
            for round_, (label, extra) in enumerate(variants):
                docs_before, site_before = snapshot(docs), snapshot(proj / "site")
                did = mutate(proj / "content", n, opts.seed, opts.formats, round_)
                inc = run_child(opts.build_cmd(*extra), proj, logs / f"{label}.log", env)
                rec[label] = dataclasses.asdict(inc) | {
                    "log": str(inc.log), "mutations": did,
                    "docs": dataclasses.asdict(diff(docs_before, snapshot(docs))),
                    "site": dataclasses.asdict(diff(site_before, snapshot(proj / "site")))}
        log(f"N={n} run {r + 1}/{opts.repeat}: " + ", ".join(
            f"{k} {rec[k]['seconds']:.1f} s" for k in
            ("cold", "bare_cold", "warm", "incremental", "incremental_clean") if k in rec))
    return raw


# ---------------------------------------------------------------------------------------
# Report


def build_info(log: str | Path) -> str:
    """What the build said it did: ``full``/``incremental`` and its cache line, if logged."""
    try:
        text = Path(log).read_text("utf-8", "replace")
    except OSError:
        return "log missing"
    mode = re.search(r"\((full|incremental) build", text)
    cache = re.search(r"analysed (\d+), from cache (\d+)", text)
    parts = [f"{mode.group(1)} site build" if mode else "site build mode not logged"]
    if cache:
        parts.append(f"analysed {cache.group(1)}, from cache {cache.group(2)}")
    return ", ".join(parts)


def _fmt(value: float, digits: int = 1) -> str:
    return "n/a" if math.isnan(value) else f"{value:,.{digits}f}"


def _m(runs: list[dict[str, Any]], get: Callable[[dict[str, Any]], float]) -> float:
    vals = []
    for rec in runs:
        try:
            vals.append(float(get(rec)))
        except (KeyError, TypeError, ZeroDivisionError):  # e.g. --sumy-cap 0
            continue
    return median(vals)


def tables(results: list[dict[str, Any]]) -> str:
    """The Markdown tables of medians."""
    lines = [
        "### Analysis throughput (one process, no cache)",
        "",
        "| N files | articles ingested | skipped | ours: ingest ms/art | analyze ms/art "
        "| total ms/art | art/s | warm-up s | sumy LexRank: n | ms/art | art/s | ours / sumy |",
        "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for res in results:
        runs = res["runs"]
        arts = _m(runs, lambda r: r["ours"]["articles"])
        ing = _m(runs, lambda r: 1000 * r["ours"]["ingest_s"] / r["ours"]["articles"])
        ana = _m(runs, lambda r: 1000 * r["ours"]["analyze_s"] / r["ours"]["articles"])
        tot = _m(runs, lambda r: 1000 * (r["ours"]["ingest_s"] + r["ours"]["analyze_s"])
                 / r["ours"]["articles"])
        sn = _m(runs, lambda r: r["sumy"]["articles"])
        sm = _m(runs, lambda r: 1000 * r["sumy"]["seconds"] / r["sumy"]["articles"])
        skipped = _m(runs, lambda r: sum(r["ours"]["skipped"].values()))
        lines.append(
            f"| {res['n']:,} | {_fmt(arts, 0)} | {_fmt(skipped, 0)} | {_fmt(ing, 2)} "
            f"| {_fmt(ana, 2)} | {_fmt(tot, 2)} | {_fmt(1000 / tot if tot else math.nan)} "
            f"| {_fmt(_m(runs, lambda r: r['ours']['warmup_s']), 2)} | {_fmt(sn, 0)} "
            f"| {_fmt(sm, 2)} | {_fmt(1000 / sm if sm else math.nan)} "
            f"| {_fmt(tot / sm if sm else math.nan, 2)} |")
    lines += [
        "",
        "### Site builds (wall time, s; ratio = our build / bare MkDocs of the same Markdown)",
        "",
        "| N files | pages | cold build | bare mkdocs | cold / bare | warm build "
        "| bare again | warm / bare | briefings/ files rewritten by warm | cache MB "
        "| load avg at start |",
        "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for res in results:
        runs = res["runs"]
        cold = _m(runs, lambda r: r["cold"]["seconds"])
        bare = _m(runs, lambda r: r["bare_cold"]["seconds"])
        warm = _m(runs, lambda r: r["warm"]["seconds"])
        again = _m(runs, lambda r: r["bare_again"]["seconds"])
        rewritten = _m(runs, lambda r: len(r["warm_docs"]["changed"]) + len(r["warm_docs"]
                                                                           ["touched"]))
        lines.append(
            f"| {res['n']:,} | {_fmt(_m(runs, lambda r: r['pages']), 0)} | {_fmt(cold, 2)} "
            f"| {_fmt(bare, 2)} | {_fmt(cold / bare if bare else math.nan, 2)} "
            f"| {_fmt(warm, 2)} | {_fmt(again, 2)} "
            f"| {_fmt(warm / again if again else math.nan, 2)} | {_fmt(rewritten, 0)} "
            f"| {_fmt(_m(runs, lambda r: r['cache_mb']), 1)} "
            f"| {_fmt(_m(runs, lambda r: r['load_1min']), 2)} |")
    lines.append("")
    for res in results:
        last = next((r for r in reversed(res["runs"]) if "warm" in r), None)
        if last is not None:
            lines.append(f"- N={res['n']:,}, last run: cold: {build_info(last['cold']['log'])}; "
                         f"warm: {build_info(last['warm']['log'])}")
    lines += [
        "",
        "### Peak memory (max RSS of the measured process, MB)",
        "",
        "| N files | analysis (ours) | sumy child | cold build | warm build | bare mkdocs |",
        "|---:|---:|---:|---:|---:|---:|",
    ]
    for res in results:
        runs = res["runs"]
        lines.append(
            f"| {res['n']:,} | {_fmt(_m(runs, lambda r: r['ours_rss_mb']), 0)} "
            f"| {_fmt(_m(runs, lambda r: r['sumy_rss_mb']), 0)} "
            f"| {_fmt(_m(runs, lambda r: r['cold']['max_rss_mb']), 0)} "
            f"| {_fmt(_m(runs, lambda r: r['warm']['max_rss_mb']), 0)} "
            f"| {_fmt(_m(runs, lambda r: r['bare_cold']['max_rss_mb']), 0)} |")
    inc = [res for res in results if any("incremental" in r for r in res["runs"])]
    if inc:
        lines += ["", "### Incremental rebuild (1 article changed, 1 added, 1 removed)", ""]
        for res in inc:
            for label in ("incremental", "incremental_clean"):
                runs = [r for r in res["runs"] if label in r]
                if not runs:
                    continue
                secs = _m(runs, lambda r, k=label: r[k]["seconds"])  # type: ignore[misc]
                cold = _m(runs, lambda r: r["cold"]["seconds"])
                last = runs[-1][label]
                flag = " --clean" if label.endswith("clean") else ""
                lines += [
                    f"- N={res['n']:,}, `briefing build{flag}`: median {_fmt(secs, 2)} s "
                    f"(cold {_fmt(cold, 2)} s); peak RSS {_fmt(last['max_rss_mb'], 0)} MB; "
                    f"last run: {'; '.join(last['mutations'])}",
                    f"  - build: {build_info(last['log'])}",
                    f"  - briefings/: {Diff(**last['docs']).summary()}",
                    f"  - site/: {Diff(**last['site']).summary()}",
                ]
    return "\n".join(lines)


def machine() -> str:
    """Cores, CPU model, Python, load, versions, git commit."""
    model = ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    commit = subprocess.run(["git", "-C", str(REPO), "rev-parse", "--short", "HEAD"],
                            capture_output=True, text=True, check=False).stdout.strip()
    dirty = subprocess.run(["git", "-C", str(REPO), "status", "--porcelain", "--", "src"],
                           capture_output=True, text=True, check=False).stdout.strip()
    from importlib.metadata import version

    load = os.getloadavg() if hasattr(os, "getloadavg") else (math.nan,) * 3
    return (f"{os.cpu_count()} cores ({model or platform.machine()}), "
            f"{platform.system()} {platform.release()}, Python {platform.python_version()}; "
            f"briefing {version('briefing')}, mkdocs {version('mkdocs')}, "
            f"mkdocs-material {version('mkdocs-material')}, sumy {version('sumy')}; "
            f"git {commit}{' with uncommitted changes in src/' if dirty else ''}; "
            f"load average at start {load[0]:.2f} {load[1]:.2f} {load[2]:.2f}")


def main(argv: Sequence[str] | None = None) -> int:
    """Command line."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="100,1000,10000",
                        help="comma-separated corpus sizes (default: 100,1000,10000)")
    parser.add_argument("--repeat", type=int, default=3, help="runs per size; medians")
    parser.add_argument("--workdir", type=Path,
                        help="where corpora and projects go (kept); default: a temporary folder")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--formats", default=",".join(corpus.FORMATS))
    parser.add_argument("--jobs", type=int,
                        help="passed to `briefing build --jobs` when the build has that option")
    parser.add_argument("--sumy-cap", type=int, default=1000,
                        help="sumy LexRank runs on at most this many articles (default 1000)")
    parser.add_argument("--incremental-max", type=int, default=1000,
                        help="measure incremental rebuilds for N up to this (default 1000)")
    parser.add_argument("--report", type=Path, help="also write the report (Markdown) here")
    parser.add_argument("--from-raw", type=Path, metavar="RAW_JSON",
                        help="only print the tables of an earlier run's raw.json")
    parser.add_argument("--child", choices=("ours", "sumy"), help=argparse.SUPPRESS)
    parser.add_argument("--child-out", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("child_dir", nargs="?", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)

    if args.child:
        data = (_child_ours(args.child_dir) if args.child == "ours"
                else _child_sumy(args.child_dir, args.sumy_cap))
        args.child_out.write_text(json.dumps(data))
        return 0

    if args.from_raw:
        print(tables(json.loads(args.from_raw.read_text("utf-8"))))
        return 0
    sizes = [int(s) for s in args.sizes.split(",") if s.strip()]
    if not sizes or min(sizes) < 3 or args.repeat < 1:
        parser.error("sizes must be 3 or more, repeat 1 or more")
    work = args.workdir or Path(tempfile.mkdtemp(prefix="bench_scale_"))
    work.mkdir(parents=True, exist_ok=True)
    source_hash = freeze_source(work)
    base = mkdocs_config()
    flags = build_flags()
    opts = Options(repeat=args.repeat, seed=args.seed, formats=args.formats.split(","),
                   sumy_cap=args.sumy_cap, incremental_max=args.incremental_max,
                   jobs=args.jobs, build_flags=flags)
    if args.jobs is not None and "--jobs" not in flags:
        print("note: `briefing build` has no --jobs option; --jobs ignored", file=sys.stderr)
    command = "python benchmarks/bench_scale.py " + shlex.join(
        sys.argv[1:] if argv is None else list(argv))
    header = [
        "## Scale benchmark",
        "",
        f"- date: {dt.date.today().isoformat()}",
        f"- machine: {machine()}",
        f"- source: src/briefing and templates/ frozen at the start of the run "
        f"(sha256 {source_hash}), imported by every child",
        f"- command: `{command}`",
        f"- build command: `{shlex.join(['briefing', *opts.build_cmd()[3:]])}`"
        f" (jobs: {args.jobs if args.jobs is not None and '--jobs' in flags else 'default'})",
        f"- corpus: seed {args.seed}, formats {','.join(opts.formats)} in turn; medians of "
        f"{args.repeat} run(s); sumy on the first min(N, {args.sumy_cap}) articles",
        "",
    ]
    print("\n".join(header), flush=True)
    results = []
    for n in sizes:
        results.append(measure_size(n, work, opts, base, lambda s: print(s, flush=True)))
        (work / "raw.json").write_text(json.dumps(results, indent=1, default=str))
    report = "\n".join(header) + tables(results) + "\n"
    print()
    print(tables(results))
    print(f"\nraw numbers and logs: {work}")
    if args.report:
        args.report.write_text(report, "utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
