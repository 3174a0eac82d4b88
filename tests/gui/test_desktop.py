"""The real QGIS desktop under Xvfb, the plugin enabled, the dock's whole loop driven end to end.

tests/gui/desktop_script.py runs inside QGIS; this test starts QGIS and checks what it found.
Screenshots land in output/dock_*.png.
"""

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


def _profile(tmp_path: Path) -> Path:
    config_root = tmp_path / "qgis"  # --profiles-path: profiles live in <root>/profiles/<name>
    profiles = config_root / "profiles"
    plugins = profiles / "default" / "python" / "plugins"
    plugins.mkdir(parents=True)
    (plugins / "small_but_strong").symlink_to(ROOT, target_is_directory=True)
    ini = profiles / "default" / "QGIS" / "QGIS3.ini"
    ini.parent.mkdir(parents=True)
    # askToDeleteLayers=false: QGIS's Remove Layer action removes without its confirmation box
    ini.write_text("[PythonPlugins]\nsmall_but_strong=true\n\n[qgis]\nshowTips=false\ncheckVersion=false\n"
                   "askToDeleteLayers=false\n", encoding="utf-8")
    return config_root


def test_the_whole_loop_in_real_qgis(display, tmp_path):
    config_root = _profile(tmp_path)
    OUTPUT.mkdir(exist_ok=True)
    result = tmp_path / "result.json"
    work = tmp_path / "work"
    work.mkdir()
    env = dict(os.environ, DISPLAY=display, SBS_GUI_RESULT=str(result), SBS_GUI_SHOTS=str(OUTPUT),
               SBS_GUI_WORK=str(work))
    env.pop("QT_QPA_PLATFORM", None)
    proc = subprocess.run(
        ["qgis.bin", "--profiles-path", str(config_root), "--profile", "default", "--noversioncheck", "--nologo",
         "--code", str(ROOT / "tests" / "gui" / "desktop_script.py")],
        env=env, capture_output=True, text=True, timeout=600)
    assert result.exists(), proc.stderr[-3000:]
    report = json.loads(result.read_text(encoding="utf-8"))
    (OUTPUT / "dock_report.json").write_text(json.dumps(report, ensure_ascii=False, indent=1), encoding="utf-8")
    assert "error" not in report, report["error"]
    assert not report["errors"], report["errors"]  # nothing reached QGIS's Python error dialog
    assert report["dock_found"] and report["dock_visible"]

    run = report["run"]
    assert run["guessed"]["id"] == "code" and run["guessed"]["population"] == "pop_reg_2025"
    assert run["finished"] and run["responsive"], run
    # the window never blocked long during the run (benchmarks/bench_dock.py measures it; 100 ms on a quiet
    # machine, this bound leaves room for a loaded one and still catches a solver back in the GUI's thread)
    assert run["timings"]["max_stall_ms"] < 250, run["timings"]
    assert run["rows"] >= 10 and run["invalid"] == 0 and run["plan_features"] == run["rows"]
    assert "Proven optimal" in run["verdict"] and "after alliances" in run["summary"]
    assert run["units_renderer"] == "categorizedSymbol" and run["categories"] >= run["rows"]
    assert run["plan_renderer"] == "RuleRenderer"
    assert not run["facilities_in_group"]

    click = report["hover_click"]
    assert click["selected"] == click["expected"] >= 2
    assert "→" in click["preview"] or "out of its alliance" in click["preview"], click
    assert click["hover_ms"] is not None and click["hover_ms"] < 100
    assert click["cursor_label"] == click["preview"] and click["tooltip"] == click["preview"]  # next to the cursor
    assert click["moved"] and click["valid"] is False and click["invalid_on_map"] == 1
    assert click["tool_kept"] and "out of its alliance" in click["undo"]

    resolve = report["reoptimise"]
    assert resolve["assigned"] and "new alliance" in resolve["assign_label"]
    assert resolve["locks"] == resolve["locks_expected"] and resolve["history"] == 1 and resolve["valid"]
    assert resolve["seconds"] < 5

    sc = report["scenarios"]
    assert sc["names"] == ["optimum", "edited"] and sc["changes"] == 1
    assert sc["branch_parent"] == "optimum" and sc["branch_changes"] == [sc["branch_unit"]]
    assert sc["based_on"] == ["the run's plan", "optimum", "optimum"], sc["based_on"]

    reopen = report["reopen"]
    assert reopen["written"] and reopen["store_exists"] and reopen["all_in_store"], reopen["sources"]
    assert reopen["asked"]  # an unsaved project asks where on its first save
    assert reopen["cleared"] == 0 and reopen["rows"] == reopen["rows_before"]
    assert reopen["scenarios"] == ["optimum", "edited"]
    assert reopen["history_after"] == reopen["history_before"] and len(reopen["history_before"][0]) >= 5
    assert reopen["band"] == 25 and reopen["outside_after"] == reopen["outside_before"] > 0

    removed = report["removed"]
    assert set(removed["roles"]) >= {"plan", "units", "indicators", "gaps"}
    assert all(r["gone"] and r["plan_back"] and r["units_back"] for r in removed["roles"].values()), removed
    assert removed["plan_features"] == removed["rows"]

    out = report["exports"]
    assert out["exported"] and out["sited"] and out["sites"] >= 1 and out["report"]
    assert len(out["report_groups"]) == 1, out["report_groups"]

    reload = report["reload"]
    assert reload["loaded"] and reload["found"] and reload["rows"] >= 10
    assert all(reload["after_unload"][n] < reload["before"][n] for n in ("readProject", "cleared", "writeProject"))
    assert not report["message_boxes"]
    for name in ("01_sample", "02_plan", "03_hover", "04_invalid", "05_scenarios", "06_final", "07_band"):
        assert report["shots"][name] and (OUTPUT / f"dock_{name}.png").stat().st_size > 50_000, name
