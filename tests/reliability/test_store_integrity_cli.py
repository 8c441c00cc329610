"""Store integrity from the shell, where only a real process shows it: a closed pipe, an import's
peak memory, a number an import cannot hold."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.reliability.conftest import CliRunner

HEADER = (b"Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,RPE,"
          b"Notes\n")
ROW = b'2026-01-10 09:00:00,"W",40m,"Hip Thrust (Barbell)",1,%s,8,0,0,,%s\n'


def test_a_closed_pipe_ends_quietly(cli: CliRunner, env: dict[str, str], tmp_path: Path) -> None:
    db = tmp_path / "legtui.json"
    assert cli("--db", str(db), "demo", "--years", "1").returncode == 0
    reader = subprocess.Popen(  # `legtui history | head -1`
        [sys.executable, "-m", "legtui", "--db", str(db), "history"],
        env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )
    assert reader.stdout is not None and reader.stderr is not None
    assert reader.stdout.readline()
    reader.stdout.close()
    err = reader.stderr.read()
    assert reader.wait(timeout=60) == 0
    assert b"Traceback" not in err and b"BrokenPipe" not in err


def test_1e308_in_an_import_is_one_line_not_a_traceback(cli: CliRunner, tmp_path: Path) -> None:
    csv = tmp_path / "huge.csv"
    csv.write_bytes(HEADER + ROW % (b"60", b"") + ROW % (b"1e308", b""))
    db = tmp_path / "legtui.json"
    done = cli("--db", str(db), "import", "strong", str(csv), "--unit", "kg")
    assert done.returncode == 2
    assert done.stderr.strip().splitlines() == [
        "legtui: huge.csv: line 3: load is 0 to 1000 kg, not 1e+308; nothing was imported"]
    assert not db.exists()


PEAK = """
import resource, sys
from legtui.cli.main import main
status = main(sys.argv[1:])
print(status, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024)
"""


def test_a_150_mb_field_is_refused_at_its_line_with_bounded_memory(
    env: dict[str, str], tmp_path: Path
) -> None:
    csv = tmp_path / "big.csv"
    with csv.open("wb") as out:
        out.write(HEADER + ROW % (b"60", b"fine"))
        out.write(ROW.split(b"%s")[0] + b"60" + ROW.split(b"%s")[1])
        chunk = b"x" * (1 << 20)
        for _ in range(150):
            out.write(chunk)
        out.write(b"\n")
    db = tmp_path / "legtui.json"
    done = subprocess.run(
        [sys.executable, "-c", PEAK, "--db", str(db), "import", "strong", str(csv), "--unit",
         "kg"], env=env, capture_output=True, text=True, timeout=120, check=False,
    )
    status, peak_mb = (int(n) for n in done.stdout.split())
    assert status == 2
    assert "big.csv: line 3: the line is longer than 1 MB" in done.stderr
    assert peak_mb < 160  # the whole field is never held


def test_a_field_over_64_kb_stops_the_import_at_its_line(cli: CliRunner, tmp_path: Path) -> None:
    csv = tmp_path / "note.csv"
    csv.write_bytes(HEADER + ROW % (b"60", b"fine") + ROW % (b"60", b"n" * (65 * 1024)))
    done = cli("--db", str(tmp_path / "legtui.json"), "import", "strong", str(csv), "--unit", "kg")
    assert done.returncode == 2
    assert "line 3: a field is longer than 64 KB" in done.stderr
