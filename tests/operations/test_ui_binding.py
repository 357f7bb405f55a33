"""The UI a user starts with `make ui` listens on the loopback interface only."""

import os
import re
import signal
import subprocess
import time
from pathlib import Path

from tests.helpers import ROOT


def _listening(port: int) -> set[str]:
    """Local addresses (hex, as in /proc/net/tcp) with a socket listening on `port`."""
    found = set()
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        for line in Path(table).read_text().splitlines()[1:]:
            local, state = line.split()[1], line.split()[3]
            address, hex_port = local.rsplit(":", 1)
            if int(hex_port, 16) == port and state == "0A":
                found.add(address)
    return found


def test_make_ui_binds_to_localhost(tmp_path: Path) -> None:
    dry_run = subprocess.run(["make", "-n", "ui"], cwd=ROOT, capture_output=True, text=True, check=True).stdout
    command = next(line for line in dry_run.splitlines() if "dagster dev" in line)
    assert re.search(r"-h 127\.0\.0\.1\b", command)
    port = 30000 + os.getpid() % 20000
    command = re.sub(r"-p \d+", f"-p {port}", command)
    env = {**os.environ, "DAGSTER_HOME": str(tmp_path)}
    (tmp_path / "dagster.yaml").write_text("telemetry:\n  enabled: false\n")
    server = subprocess.Popen(
        command,
        shell=True,
        cwd=ROOT,
        env=env,
        start_new_session=True,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.time() + 120
        while not _listening(port) and time.time() < deadline:
            time.sleep(0.5)
        assert _listening(port) == {"0100007F"}  # 127.0.0.1, and nothing else
    finally:
        _stop_group(server)


def _stop_group(server: subprocess.Popen) -> None:
    """Stop `dagster dev` and everything it started (one process group): politely, then for sure."""
    os.killpg(server.pid, signal.SIGTERM)
    server.wait(timeout=60)
    deadline = time.time() + 30
    while _group_alive(server.pid) and time.time() < deadline:
        time.sleep(0.2)
    if _group_alive(server.pid):  # still starting up, it did not act on SIGTERM
        os.killpg(server.pid, signal.SIGKILL)
        deadline = time.time() + 15  # killed processes are gone once reaped, which a loaded machine delays
        while _group_alive(server.pid) and time.time() < deadline:
            time.sleep(0.2)
    assert not _group_alive(server.pid), "dagster dev outlived the test"


def _group_alive(group: int) -> bool:
    try:
        os.killpg(group, 0)
    except ProcessLookupError:
        return False
    return True
