"""`make demo` fails loudly: a broken step stops it with that step's error and a non-zero exit."""

import os
import shutil
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SKIP = {".venv", ".git", "output", "build", "dist", ".matrix", ".qgis-profile", "__pycache__", ".hypothesis"}


def test_a_failing_step_fails_the_demo(tmp_path):
    copy = tmp_path / "small_but_strong"
    shutil.copytree(ROOT, copy, symlinks=True, ignore=lambda d, names: [n for n in names if n in SKIP])
    step = copy / "scripts" / "demo.d" / "20_alliances.sh"
    text = step.read_text(encoding="utf-8")
    assert "POPULATION_FIELD=pop_reg_2025" in text
    step.write_text(text.replace("POPULATION_FIELD=pop_reg_2025", "POPULATION_FIELD=no_such_field"), encoding="utf-8")
    env = dict(os.environ, OUT=str(tmp_path / "out"), QT_QPA_PLATFORM="offscreen")
    run = subprocess.run(["bash", str(copy / "scripts" / "demo.sh")], cwd=copy, env=env, capture_output=True,
                         text=True, timeout=600)
    assert run.returncode != 0, run.stdout[-2000:]
    assert "FAILED (exit 1): qgis_process run smallbutstrong:proposealliances" in run.stderr, run.stderr[-3000:]
    assert "no_such_field" in run.stderr  # the algorithm's own message, naming the parameter's value
    assert "Demo FAILED in step" in run.stderr and "20_alliances.sh" in run.stderr
    out = tmp_path / "out"
    assert (out / "indicators.gpkg").exists()  # the step before ran
    assert not list(out.glob("service_gaps_*")) and not (out / "report.pdf").exists()  # nothing after it did
    assert "Demo finished" not in run.stdout
