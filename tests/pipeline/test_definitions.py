"""The Dagster code location loads cleanly; the sensor and the schedule ask for the right runs."""

import datetime as dt
import os
import shutil
import subprocess
import sys
from pathlib import Path

import dagster as dg
import pytest

from pipelines.automation import daily_refresh, raw_reports_sensor
from pipelines.definitions import ASSETS, EXTRACTION, defs
from pipelines.partitions import documents
from pipelines.resources import BalaPaths
from schemas.tables import TABLES
from tests.helpers import RAW, ROOT


def test_definitions_load_with_every_asset_check_and_automation() -> None:
    repo = defs.get_repository_def()
    keys = {k.to_user_string() for k in repo.asset_graph.get_all_asset_keys()}
    assert {"document_text", "sentence", "figure", "observation", "quarantine", "bala_duckdb", "child_suicides"} <= keys
    checks = {k.name for k in repo.asset_graph.asset_check_keys}
    tables = {t for t in TABLES if t in keys}  # every table that is an asset is checked against its schema
    assert {"source_document", "source_text", "rejected_file", "sentence", "observation", "quarantine"} <= tables
    assert {f"{t}_matches_schema" for t in tables} <= checks
    assert {s.name for s in repo.sensor_defs} == {"raw_reports_sensor", "publish_when_extracted"}
    assert [s.name for s in repo.schedule_defs] == ["daily_refresh"]
    groups = {
        repo.asset_graph.get(dg.AssetKey(f)).group_name for f in ("child_suicides", "enrolment", "early_marriages")
    }
    assert groups == {"health", "education", "demography"}


def test_every_job_runs_its_steps_in_one_process() -> None:
    """A process per step costs ~2.5 s of imports each: the UI's publish job took 44 s, against 6 s in one process."""
    for name in ("publish", "extract_documents", "list_releases", "approve_release", "rollback_release"):
        assert defs.resolve_job_def(name).executor_def is dg.in_process_executor, name
    assert defs.resolve_implicit_global_asset_job_def().executor_def is dg.in_process_executor  # "Materialize all"


def test_definitions_build_without_warnings() -> None:
    """Building the definitions raises no deprecation or beta warning (every warning is an error here)."""
    code = "import pipelines.definitions as d; d.defs.get_repository_def(); print('loaded')"
    result = subprocess.run(
        [sys.executable, "-W", "error", "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=300
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "loaded"


def test_code_location_validates(tmp_path: Path) -> None:
    """`dagster definitions validate`: the check `dagster dev` makes when it loads the code location."""
    result = subprocess.run(
        [sys.executable, "-m", "dagster", "definitions", "validate", "-m", "pipelines.definitions"],
        cwd=ROOT,
        env={**os.environ, "DAGSTER_HOME": str(ROOT), "BALA_STATE_DIR": str(tmp_path / ".dagster")},
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    assert "All code locations passed validation" in result.stderr + result.stdout
    # the only warning allowed is Dagster's own notice that this command has a newer name
    noise = [
        line for line in result.stderr.splitlines() if "Warning" in line and "definitions_validate_command" not in line
    ]
    assert noise == []


@pytest.fixture
def raw(tmp_path: Path) -> Path:
    folder = tmp_path / "raw"
    folder.mkdir()
    shutil.copy(RAW / "CRC_C_KAZ_CO_4.txt", folder)
    return folder


def _tick(instance: dg.DagsterInstance, raw: Path) -> dg.SensorResult | dg.SkipReason:
    context = dg.build_sensor_context(instance=instance, resources={"paths": BalaPaths(raw_dir=str(raw))})
    return raw_reports_sensor(context)


def _run(instance: dg.DagsterInstance, raw: Path, result: dg.SensorResult) -> None:
    """Do what the daemon does with a sensor's result: apply its partition requests, run its extractions."""
    for request in result.dynamic_partitions_requests or []:
        if isinstance(request, dg.AddDynamicPartitionsRequest):
            instance.add_dynamic_partitions(request.partitions_def_name, list(request.partition_keys))
        else:
            for key in request.partition_keys:
                instance.delete_dynamic_partition(request.partitions_def_name, key)
    for request in result.run_requests:
        if request.job_name == "extract_documents":
            done = dg.materialize(
                ASSETS,
                selection=EXTRACTION,
                partition_key=request.partition_key,
                instance=instance,
                resources={"paths": BalaPaths(raw_dir=str(raw))},
            )
            assert done.success


@pytest.fixture
def instance():
    with dg.instance_for_test() as instance:
        yield instance


def _requested(result: dg.SensorResult | dg.SkipReason) -> list[tuple[str | None, str]]:
    return [] if isinstance(result, dg.SkipReason) else [(r.partition_key, r.job_name) for r in result.run_requests]


def test_sensor_registers_and_runs_a_new_report(raw: Path, instance: dg.DagsterInstance) -> None:
    first = _tick(instance, raw)
    assert _requested(first) == [("CRC_C_KAZ_CO_4", "extract_documents")]
    assert first.dynamic_partitions_requests[0].partition_keys == ["CRC_C_KAZ_CO_4"]
    assert _tick(instance, raw).run_requests[0].run_key == first.run_requests[0].run_key  # launched once
    _run(instance, raw, first)
    assert _requested(_tick(instance, raw)) == []  # extracted from this very file and code: nothing to do

    shutil.copy(RAW / "CRC_C_KAZ_5-6.txt", raw)  # a new report dropped in
    new = _tick(instance, raw)
    assert _requested(new) == [("CRC_C_KAZ_5-6", "extract_documents")]
    _run(instance, raw, new)
    assert sorted(instance.get_dynamic_partitions(documents.name)) == ["CRC_C_KAZ_5-6", "CRC_C_KAZ_CO_4"]

    with (raw / "CRC_C_KAZ_CO_4.txt").open("a", encoding="utf-8") as f:
        f.write("70.\tA new paragraph.\n")  # a changed report is re-extracted
    changed = _tick(instance, raw)
    assert _requested(changed) == [("CRC_C_KAZ_CO_4", "extract_documents")]
    _run(instance, raw, changed)

    # a changed sidecar alone is a changed document (the same test as `bala refresh`)
    (raw / "CRC_C_KAZ_5-6.yaml").write_text("reporting_period: {start: 2017, end: 2020}\n", encoding="utf-8")
    sidecar = _tick(instance, raw)
    assert _requested(sidecar) == [("CRC_C_KAZ_5-6", "extract_documents")]
    _run(instance, raw, sidecar)
    assert _requested(_tick(instance, raw)) == []

    (raw / "CRC_C_KAZ_CO_4.txt").unlink()  # a removed report leaves the published tables
    removed = _tick(instance, raw)
    assert _requested(removed) == []  # publishing follows from publish_when_extracted
    assert removed.dynamic_partitions_requests[0].partition_keys == ["CRC_C_KAZ_CO_4"]


def test_schedule_refreshes_every_registered_document() -> None:
    with dg.instance_for_test() as instance:
        when = dt.datetime(2026, 1, 2, 3, tzinfo=dt.UTC)
        context = dg.build_schedule_context(instance=instance, scheduled_execution_time=when)
        assert isinstance(daily_refresh(context), dg.SkipReason)
        instance.add_dynamic_partitions(documents.name, ["CRC_C_KAZ_5-6", "CRC_C_KAZ_CO_4"])
        requests = daily_refresh(context)
    assert sorted(r.partition_key for r in requests) == ["CRC_C_KAZ_5-6", "CRC_C_KAZ_CO_4"]
    assert daily_refresh.cron_schedule == "0 3 * * *"


def test_sensor_picks_up_word_and_pdf_and_names_what_it_cannot_read(
    raw: Path, instance: dg.DagsterInstance, caplog: pytest.LogCaptureFixture
) -> None:
    """The files a new user dropped in and saw skipped without a word: a .docx, a .pdf, an upper-case .TXT."""
    from tests.office import write_docx, write_pdf

    text = (RAW / "CRC_C_KAZ_CO_4.txt").read_text(encoding="utf-8")
    (raw / "CRC_C_KAZ_CO_4.txt").rename(raw / "KZ_upper.TXT")
    write_docx(text.replace("2015", "2016"), raw / "KZ_report_9.docx", (1, "A note."), None)
    write_pdf(text.replace("2015", "2017"), raw / "KZ_report_8.pdf", "CRC/C/KAZ/CO/4", {})
    (raw / "KZ_report_7.doc").write_bytes(b"\xd0\xcf\x11\xe0")
    context = dg.build_sensor_context(instance=instance, resources={"paths": BalaPaths(raw_dir=str(raw))})
    context.log.addHandler(caplog.handler)  # what the sensor writes to its log in the UI
    result = raw_reports_sensor(context)
    assert sorted(_requested(result)) == [
        ("KZ_report_8", "extract_documents"),
        ("KZ_report_9", "extract_documents"),
        ("KZ_upper", "extract_documents"),
    ]
    _run(instance, raw, result)  # each is really read and extracted
    assert "KZ_report_7.doc is not read: an old binary Word file" in caplog.text


def test_only_reports_of_the_same_size_are_hashed_to_find_copies(tmp_path: Path, monkeypatch) -> None:
    """Each document's run looks for copies: hashing every report each time would read the raw folder N times."""
    from pipelines import partitions

    body = "1.\tIn 2020, 997 early marriages were registered.\n"
    for name, text in (("a", body), ("b", body), ("c", body.replace("997", "998")), ("d", body + "2.\tMore.\n")):
        (tmp_path / f"{name}.txt").write_text(text, encoding="utf-8")
    hashed: list[str] = []
    real = partitions.content_sha256
    monkeypatch.setattr(partitions, "content_sha256", lambda p: hashed.append(p.name) or real(p))
    assert partitions.content_duplicates(BalaPaths(raw_dir=str(tmp_path))) == {"b": "a.txt"}
    assert sorted(hashed) == ["a.txt", "b.txt", "c.txt"]  # d.txt has a size of its own
