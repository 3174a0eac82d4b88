"""The plugin as a script user sees it: enabled in a throw-away profile, run by qgis_process.bin."""

import json
import os
import sqlite3
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "resources" / "sample" / "korea_sigungu.gpkg"


def qgis_process(tmp_path, *args):
    env = dict(os.environ, SBS_PROFILE_DIR=str(tmp_path / "profile"), QT_QPA_PLATFORM="offscreen")
    return subprocess.run(["bash", str(ROOT / "scripts" / "qgis_process.sh"), *args], env=env,
                          capture_output=True, text=True, timeout=300)


@pytest.fixture(scope="module")
def profile(tmp_path_factory):
    return tmp_path_factory.mktemp("qp")


def test_list_and_help(profile):
    listing = qgis_process(profile, "list")
    assert "smallbutstrong:declineindicators" in listing.stdout
    help_text = qgis_process(profile, "help", "smallbutstrong:declineindicators")
    assert "local extinction risk index" in help_text.stdout
    assert "POPULATION_BASE_FIELD" in help_text.stdout


def test_run_writes_geopackage(profile):
    out = profile / "indicators.gpkg"
    run = qgis_process(profile, "--json", "run", "smallbutstrong:declineindicators", "--",
                       f"INPUT={SAMPLE}|layername=sigungu", "ID_FIELD=code", "NAME_FIELD=sigungu",
                       "POPULATION_FIELD=pop_reg_2025", "ELDERLY_FIELD=pop65_reg_2025",
                       "YOUNG_WOMEN_FIELD=f20_39_reg_2025", f"OUTPUT={out}")
    assert run.returncode == 0, run.stderr
    result = json.loads(run.stdout)  # nothing else may print on stdout
    assert result["results"]["OUTPUT"] == str(out)
    with sqlite3.connect(out) as db:
        rows = dict(db.execute("select code, risk_class from indicators").fetchall())
    assert len(rows) == 229 and rows["11110"] == 3 and rows["47940"] == 5
