"""Run every benchmark, write bench/results/<name>.json and docs/benchmarks.md.

`python -m bench.run` (or `make bench`) for the full set; `--smoke` for the smallest corpus only.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import duckdb
import numpy as np
import pandas as pd

from bench.corpus import write
from indicators.dimensions import BREAKDOWNS, TOTAL
from schemas.ddl import create_table

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "bench" / "results"
BALA = str(Path(sys.executable).with_name("bala"))


def machine() -> dict:
    cpu = next(
        (
            line.split(":", 1)[1].strip()
            for line in Path("/proc/cpuinfo").read_text().splitlines()
            if line.startswith("model name")
        ),
        platform.processor(),
    )
    memory = next(
        (line.split()[1] for line in Path("/proc/meminfo").read_text().splitlines() if line.startswith("MemTotal")), "0"
    )
    return {
        "cpu": cpu,
        "cores": os.cpu_count(),
        "memory_gb": round(int(memory) / 1024**2, 1),
        "python": platform.python_version(),
        "date": time.strftime("%Y-%m-%d"),
    }


def save(name: str, data: dict) -> dict:
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / f"{name}.json").write_text(json.dumps({"machine": machine(), **data}, indent=2))
    return data


def extraction(sizes: list[int], repeats: int) -> dict:
    """Throughput and peak memory per corpus size, each size in a fresh process; medians of `repeats` runs."""
    rows = []
    for n in sizes:
        runs = []
        for _ in range(repeats if n <= 10 else 1):
            out = subprocess.run(
                [sys.executable, "-m", "bench.extraction", str(n)], cwd=ROOT, capture_output=True, text=True, check=True
            )
            runs.append(json.loads(out.stdout))
        row = {k: statistics.median(r[k] for r in runs) for k in runs[0]}
        row["runs"] = len(runs)
        rows.append(row)
    return save("extraction", {"sizes": rows})


def _workspace(n: int) -> Path:
    root = Path(tempfile.mkdtemp(prefix="bala-bench-"))
    write(root / "raw", n)
    shutil.copy(ROOT / "dagster.yaml", root)
    return root


def _refresh(root: Path, *args: str) -> tuple[float, str]:
    env = {
        **os.environ,
        "DAGSTER_HOME": str(root),
        "BALA_RAW_DIR": str(root / "raw"),
        "BALA_CURATED_DIR": str(root / "curated"),
    }
    t = time.perf_counter()
    out = subprocess.run([BALA, "refresh", "--timings", *args], cwd=root, env=env, capture_output=True, text=True)
    elapsed = time.perf_counter() - t
    if out.returncode != 0:
        raise RuntimeError(out.stderr[-2000:])
    return elapsed, out.stdout


def _phase(stdout: str) -> float:
    return float(re.search(r"extraction runs ([\d.]+)s", stdout).group(1))


def _extracted(stdout: str) -> int:
    return int(re.search(r"extracted (\d+), failed", stdout).group(1))


def refreshes(n: int) -> dict:
    """Parallel speed-up and incremental refreshes on an n-document corpus, through `bala refresh`."""
    root = _workspace(n)
    try:
        full_1, out_1 = _refresh(root, "--full", "--jobs", "1")
        full_2, out_2 = _refresh(root, "--full", "--jobs", "2")
        nothing, out_0 = _refresh(root)
        first = sorted((root / "raw").glob("*.txt"))[0]
        first.write_text(first.read_text(encoding="utf-8") + "\n999.\tA paragraph added.\n", encoding="utf-8")
        one, out_c = _refresh(root)
        return save(
            "refreshes",
            {
                "documents": n,
                "full_jobs1_seconds": full_1,
                "full_jobs2_seconds": full_2,
                "extraction_jobs1_seconds": _phase(out_1),
                "extraction_jobs2_seconds": _phase(out_2),
                "speedup_extraction": _phase(out_1) / _phase(out_2),
                "speedup_wall": full_1 / full_2,
                "unchanged_seconds": nothing,
                "unchanged_extracted": _extracted(out_0),
                "unchanged_ratio_to_full": nothing / full_1,
                "one_changed_seconds": one,
                "one_changed_extracted": _extracted(out_c),
            },
        )
    finally:
        shutil.rmtree(root, ignore_errors=True)


def publish(rows: int) -> dict:
    """Loading `rows` observation rows: our publish path (DataFrame via Arrow into the typed, keyed
    table) against DuckDB's own CREATE TABLE AS SELECT * FROM read_parquet of the same rows."""
    rng = np.random.default_rng(0)
    df = pd.DataFrame(
        {
            "indicator_code": rng.choice(["CHILD_SUICIDES", "EARLY_MARRIAGES", "NER_PRIMARY"], rows),
            "ref_area": "KZ",
            **{d: TOTAL for d in BREAKDOWNS},
            "period_start": 2020,
            "period_end": 2020,
            "obs_value": rng.random(rows) * 1000,
            "unit_measure": "persons",
            "obs_status": "A",
            "derivation": "",
            "source_document": [f"doc_{i // 100:06d}" for i in range(rows)],
            "paragraph": rng.integers(1, 500, rows),
            "sentence_index": 0,
            "figure_index": np.arange(rows) % 100,
            "char_start": 0,
            "char_end": 3,
            "quote": "In 2020, 997 early marriages were registered in Kazakhstan.",
            "rule": "sentence_year",
        }
    )
    df["period_start"] = 1990 + np.arange(rows) % 40  # unique keys
    df["period_end"] = df["period_start"]
    df["figure_index"] = np.arange(rows)
    df["indicator_code"] = [f"IND_{i // 40:07d}" for i in range(rows)]
    with tempfile.TemporaryDirectory() as tmp:
        parquet = Path(tmp) / "observation.parquet"
        df.to_parquet(parquet)
        timings = {"arrow": [], "ctas": []}
        for _ in range(3):
            con = duckdb.connect(str(Path(tmp) / f"a{time.time_ns()}.duckdb"))
            t = time.perf_counter()
            for statement in create_table("observation"):
                con.execute(statement)
            con.register("incoming", df)
            con.execute("INSERT INTO observation SELECT * FROM incoming")
            con.execute("CHECKPOINT")
            timings["arrow"].append(time.perf_counter() - t)
            con.close()
            con = duckdb.connect(str(Path(tmp) / f"c{time.time_ns()}.duckdb"))
            t = time.perf_counter()
            con.execute(f"CREATE TABLE observation AS SELECT * FROM read_parquet('{parquet}')")
            con.execute("CHECKPOINT")
            timings["ctas"].append(time.perf_counter() - t)
            con.close()
    arrow, ctas = statistics.median(timings["arrow"]), statistics.median(timings["ctas"])
    return save("publish", {"rows": rows, "arrow_seconds": arrow, "ctas_parquet_seconds": ctas, "ratio": arrow / ctas})


def end_to_end() -> dict:
    """`bala refresh` on the shipped reports, split into start-up, extraction and validate-and-publish."""
    t = time.perf_counter()
    subprocess.run([sys.executable, "-c", "import pipelines.definitions"], cwd=ROOT, check=True)
    startup = time.perf_counter() - t
    root = Path(tempfile.mkdtemp(prefix="bala-bench-"))
    try:
        shutil.copytree(ROOT / "data" / "raw", root / "raw")
        shutil.copy(ROOT / "dagster.yaml", root)
        wall, out = _refresh(root, "--full")
        steps = dict(re.findall(r"step (\S+): ([\d.]+)s", out))
        publish_run = float(re.search(r"validate and publish run ([\d.]+)s", out).group(1))
        return save(
            "end_to_end",
            {
                "wall_seconds": wall,
                "interpreter_and_dagster_startup_seconds": startup,
                "extraction_runs_seconds": _phase(out),
                "validate_and_publish_run_seconds": publish_run,
                "validation_seconds": float(steps.get("validated_observations", 0)),
                "publish_seconds": float(steps.get("bala_duckdb", 0)),
                "checks_seconds": sum(
                    float(v) for k, v in steps.items() if "matches_schema" in k or "quarantine_is_empty" in k
                ),
            },
        )
    finally:
        shutil.rmtree(root, ignore_errors=True)


def ui_jobs() -> dict:
    """The UI's `publish` job (as `dagster dev` runs it: `dagster job execute`, the job's own executor) against the
    publish run of `bala refresh --full`, on the shipped reports, each with its start-up, in one benchmark run."""
    root = Path(tempfile.mkdtemp(prefix="bala-bench-"))
    try:
        shutil.copytree(ROOT / "data" / "raw", root / "raw")
        shutil.copy(ROOT / "dagster.yaml", root)
        cli_wall, out = _refresh(root, "--full")
        env = {
            **os.environ,
            "DAGSTER_HOME": str(root),
            "BALA_STATE_DIR": str(root / "curated" / ".dagster"),
            "BALA_RAW_DIR": str(root / "raw"),
            "BALA_CURATED_DIR": str(root / "curated"),
        }
        dagster = str(Path(BALA).with_name("dagster"))
        t = time.perf_counter()
        job = subprocess.run(
            [dagster, "job", "execute", "-m", "pipelines.definitions", "-j", "publish"],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
        )
        job_wall = time.perf_counter() - t
        if job.returncode != 0 or "RUN_SUCCESS" not in job.stdout + job.stderr:
            raise RuntimeError((job.stdout + job.stderr)[-2000:])
        cli_publish = float(re.search(r"validate and publish run ([\d.]+)s", out).group(1))
        cli_without_extraction = cli_wall - _phase(out)
        return save(
            "ui_jobs",
            {
                "cli_full_refresh_seconds": cli_wall,
                "cli_publish_run_seconds": cli_publish,
                "cli_refresh_without_extraction_seconds": cli_without_extraction,
                "ui_publish_job_seconds": job_wall,
                "ratio_publish_job_to_cli": job_wall / cli_without_extraction,
            },
        )
    finally:
        shutil.rmtree(root, ignore_errors=True)


def report() -> str:
    """docs/benchmarks.md from the saved results."""
    r = {p.stem: json.loads(p.read_text()) for p in RESULTS.glob("*.json")}
    m = next(iter(r.values()))["machine"]
    ok = lambda met: "met" if met else "**missed**"  # noqa: E731
    lines = [
        "# Benchmarks",
        "",
        f"Machine: {m['cpu']}, {m['cores']} cores, {m['memory_gb']} GB, Python {m['python']}; run on {m['date']}.",
        "Produced by `make bench` (`python -m bench.run`); raw numbers in `bench/results/*.json`.",
        "",
    ]
    if "extraction" in r:
        lines += [
            "## Extraction throughput and scaling (one process)",
            "",
            "| documents | MB | extraction s | MB/s | floor MB/s | ratio to floor (target ≤ 5) | peak RSS MB (target < 1024 at 500) |",
            "|---|---|---|---|---|---|---|",
        ]
        for s in r["extraction"]["sizes"]:
            lines.append(
                f"| {s['documents']:.0f} | {s['megabytes']:.1f} | {s['extract_seconds']:.1f} | {s['extract_mb_per_s']:.2f} | "
                f"{s['floor_mb_per_s']:.0f} | {s['ratio_to_floor']:.0f} ({ok(s['ratio_to_floor'] <= 5)}) | {s['peak_rss_mb']:.0f} |"
            )
        lines.append("")
    if "refreshes" in r:
        x = r["refreshes"]
        lines += [
            "## Parallel and incremental refreshes (`bala refresh`)",
            "",
            f"Corpus: {x['documents']} documents.",
            "",
            "| measure | value | target | |",
            "|---|---|---|---|",
            f"| extraction, --jobs 1 | {x['extraction_jobs1_seconds']:.1f} s | | |",
            f"| extraction, --jobs 2 | {x['extraction_jobs2_seconds']:.1f} s | | |",
            f"| speed-up of extraction | {x['speedup_extraction']:.2f}× | ≥ 1.6× | {ok(x['speedup_extraction'] >= 1.6)} |",
            f"| speed-up of the whole refresh | {x['speedup_wall']:.2f}× | | |",
            f"| nothing changed: documents extracted | {x['unchanged_extracted']} | 0 | {ok(x['unchanged_extracted'] == 0)} |",
            f"| nothing changed: time vs full refresh | {100 * x['unchanged_ratio_to_full']:.0f} % | ≤ 20 % | {ok(x['unchanged_ratio_to_full'] <= 0.2)} |",
            f"| one document changed: documents extracted | {x['one_changed_extracted']} | 1 | {ok(x['one_changed_extracted'] == 1)} |",
            "",
        ]
    if "publish" in r:
        x = r["publish"]
        lines += [
            "## Publish",
            "",
            f"{x['rows']:,} observation rows: DataFrame via Arrow into the typed table with its primary key "
            f"{x['arrow_seconds']:.2f} s; DuckDB `CREATE TABLE AS SELECT * FROM read_parquet` {x['ctas_parquet_seconds']:.2f} s; "
            f"ratio {x['ratio']:.2f} (target ≤ 2: {ok(x['ratio'] <= 2)}).",
            "",
        ]
    if "end_to_end" in r:
        x = r["end_to_end"]
        lines += [
            "## End to end: `bala refresh --full` on the shipped reports",
            "",
            "| part | seconds |",
            "|---|---|",
            f"| interpreter and Dagster start-up (import of the definitions) | {x['interpreter_and_dagster_startup_seconds']:.1f} |",
            f"| extraction runs (2 documents) | {x['extraction_runs_seconds']:.1f} |",
            f"| validate-and-publish run | {x['validate_and_publish_run_seconds']:.1f} |",
            f"| of which validation (Pandera split) | {x['validation_seconds']:.1f} |",
            f"| of which blocking checks | {x['checks_seconds']:.1f} |",
            f"| of which DuckDB and Parquet publish | {x['publish_seconds']:.1f} |",
            f"| wall time of the command | {x['wall_seconds']:.1f} |",
            "",
        ]
    if "ui_jobs" in r:
        x = r["ui_jobs"]
        lines += [
            "## The UI's publish job against `bala refresh`",
            "",
            f"The `publish` job as `dagster dev` runs it took {x['ui_publish_job_seconds']:.1f} s (process start-up "
            f"included); `bala refresh --full` took {x['cli_full_refresh_seconds']:.1f} s, of which "
            f"{x['cli_refresh_without_extraction_seconds']:.1f} s besides extraction (publish run "
            f"{x['cli_publish_run_seconds']:.1f} s). Ratio {x['ratio_publish_job_to_cli']:.2f} "
            f"(target ≤ 1.5: {ok(x['ratio_publish_job_to_cli'] <= 1.5)}). Before steps ran in one process, the job "
            "took 44 s (measured 2026-11-22).",
            "",
        ]
    notes = ROOT / "bench" / "notes.md"
    if notes.exists():
        lines += [notes.read_text(encoding="utf-8")]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--smoke", action="store_true", help="smallest corpus only (a check that it runs)")
    parser.add_argument("--only", nargs="*", help="run only these: extraction refreshes publish end_to_end ui_jobs")
    args = parser.parse_args()
    stages = {
        "extraction": lambda: extraction([1] if args.smoke else [1, 10, 100, 500], 1 if args.smoke else 3),
        "refreshes": lambda: refreshes(2 if args.smoke else 100),
        "publish": lambda: publish(10_000 if args.smoke else 1_000_000),
        "end_to_end": end_to_end,
        "ui_jobs": ui_jobs,
    }
    for name, stage in stages.items():
        if not args.only or name in args.only:
            stage()
    (ROOT / "docs").mkdir(exist_ok=True)
    (ROOT / "docs" / "benchmarks.md").write_text(report(), encoding="utf-8")
    print((ROOT / "docs" / "benchmarks.md").read_text())


if __name__ == "__main__":
    main()
