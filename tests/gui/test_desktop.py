"""The real QGIS desktop under Xvfb, the plugin enabled, the dock driven end to end."""

import json
import os
import signal
import subprocess
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
OUTPUT = ROOT / "output"


@pytest.fixture(scope="module")
def display():
    number = 97
    while Path(f"/tmp/.X{number}-lock").exists():
        number += 1
    xvfb = subprocess.Popen(["Xvfb", f":{number}", "-screen", "0", "1600x1000x24", "-nolisten", "tcp"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    for _ in range(50):
        if Path(f"/tmp/.X11-unix/X{number}").exists():
            break
        time.sleep(0.1)
    yield f":{number}"
    xvfb.send_signal(signal.SIGTERM)
    xvfb.wait(timeout=10)


def test_dock_in_real_qgis(display, tmp_path):
    config_root = tmp_path / "qgis"  # --profiles-path: profiles live in <root>/profiles/<name>
    profiles = config_root / "profiles"
    plugins = profiles / "default" / "python" / "plugins"
    plugins.mkdir(parents=True)
    (plugins / "small_but_strong").symlink_to(ROOT, target_is_directory=True)
    ini = profiles / "default" / "QGIS" / "QGIS3.ini"
    ini.parent.mkdir(parents=True)
    ini.write_text("[PythonPlugins]\nsmall_but_strong=true\n\n[qgis]\nshowTips=false\n"
                   "checkVersion=false\n", encoding="utf-8")
    OUTPUT.mkdir(exist_ok=True)
    result = tmp_path / "result.json"
    shot = OUTPUT / "dock_screenshot.png"
    env = dict(os.environ, DISPLAY=display, SBS_GUI_RESULT=str(result), SBS_GUI_SCREENSHOT=str(shot))
    env.pop("QT_QPA_PLATFORM", None)
    proc = subprocess.run(
        ["qgis.bin", "--profiles-path", str(config_root), "--profile", "default", "--noversioncheck",
         "--nologo",
         "--code", str(ROOT / "tests" / "gui" / "desktop_script.py")],
        env=env, capture_output=True, text=True, timeout=420)
    assert result.exists(), proc.stderr[-3000:]
    report = json.loads(result.read_text(encoding="utf-8"))
    assert "error" not in report, report["error"]
    assert report.get("dock_found"), proc.stderr[-3000:]
    assert report["dock_found"] and report["dock_visible"]
    assert report["guessed_fields"]["id"] == "code"
    assert report["guessed_fields"]["population"] == "pop_reg_2025"
    assert report["pipeline_finished"], report
    assert report["rows"] >= 10  # alliances of the non-metropolitan units
    assert report["invalid_before"] == 0  # the solver's plan satisfies every constraint
    assert report["rows"] == report["edit_features"]
    assert report["units_style_renderer"] in ("RuleRenderer", "categorizedSymbol", "graduatedSymbol")
    assert report["edit_style_renderer"] == "RuleRenderer"
    assert report["selected_alliance"]
    assert report["selected_members"] == report["selected_expected"] >= 2
    moved = report["after_move"]
    assert moved["valid"] is False and moved["violations"], moved
    assert moved["invalid_on_map"] == 1
    assert report["after_undo"]["valid"] is True and report["after_undo"]["invalid_on_map"] == 0
    assert report["scenarios"] == 1
    reopened = report["reopened"]
    assert report["rows_after_clear"] == 0
    assert reopened["scenarios"] == ["optimum"] and reopened["rows"] == reopened["rows_before"]
    assert reopened["edit_features"] == reopened["rows"] and reopened["floor"] == 300000
    assert "NOT IN" in reopened["eligible"]
    assert report["rows_after_resolve"] >= report["rows"] - 1
    assert report["screenshot_saved"] and shot.stat().st_size > 50_000
    (OUTPUT / "dock_report.json").write_text(json.dumps(report, ensure_ascii=False, indent=1), encoding="utf-8")
