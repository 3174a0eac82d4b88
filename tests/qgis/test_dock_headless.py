"""The dock widget without the desktop: pipeline, edits, scenarios and project persistence."""

import time

import pytest
from qgis.core import QgsProject
from qgis.PyQt.QtCore import QCoreApplication

from small_but_strong.ui.dock import SmallButStrongDock


def wait_for(predicate, timeout=300):
    deadline = time.time() + timeout
    while time.time() < deadline:
        QCoreApplication.processEvents()
        if predicate():
            return True
        time.sleep(0.02)
    return False


@pytest.fixture(scope="module")
def dock():
    QgsProject.instance().clear()
    widget = SmallButStrongDock(None)
    widget.load_sample()
    widget.field_combos["supply"].setField("doctors_obgyn_2020")
    widget.facility_combo.setLayer(None)
    widget.run_pipeline()
    assert wait_for(lambda: not widget.runner.is_running()), "pipeline did not finish"
    assert widget.editor is not None, widget.status.text()
    yield widget
    QgsProject.instance().clear()


def test_pipeline_results(dock):
    rows = dock.editor.rows()
    assert len(rows) == dock.table_model.rowCount() == dock.edit_layer.featureCount()
    assert all(r.valid for r in rows)
    assert all(300000 <= r.population and 2 <= len(r.members) <= 5 for r in rows)
    assert set(dock.timings) >= {"smallbutstrong:declineindicators", "smallbutstrong:proposealliances",
                                 "smallbutstrong:servicegaps", "total"}
    summary = dock.editor.summary()
    assert summary["eligible"] == 122 and summary["covered"] == sum(len(r.members) for r in rows)


def test_edit_undo_and_persistence(dock, tmp_path):
    rows = dock.editor.rows()
    smallest = min(rows, key=lambda r: r.population)
    biggest = max(smallest.members, key=lambda m: dock.editor.units[m].population)
    dock.move_unit(biggest, None)
    assert not dock.editor.row(smallest.alliance_id).valid
    assert dock.last_edit_timing["validate_ms"] < 50
    invalid = [f for f in dock.edit_layer.getFeatures() if f["valid"] == 0]
    assert [f["alliance_id"] for f in invalid] == [smallest.alliance_id]
    dock.save_scenario("edited")
    dock.undo_stack.undo()
    assert dock.editor.row(smallest.alliance_id).valid
    dock.save_scenario("optimum")
    assert dock.scenario_table.rowCount() == 2
    edited = dock.scenarios["edited"]["summary"]
    optimum = dock.scenarios["optimum"]["summary"]
    assert edited["invalid"] == 1 and optimum["invalid"] == 0
    assert edited["covered"] == optimum["covered"] - 1

    path = str(tmp_path / "plan.qgz")
    n_rows = dock.table_model.rowCount()
    assert QgsProject.instance().write(path)
    QgsProject.instance().clear()
    assert dock.table_model.rowCount() == 0 and dock.editor is None
    assert QgsProject.instance().read(path)
    assert sorted(dock.scenarios) == ["edited", "optimum"]
    assert dock.table_model.rowCount() == n_rows
    assert dock.edit_layer.featureCount() == n_rows
    assert dock.min_population.value() == 300000 and "NOT IN" in dock.eligible.expression()
    dock.restore_scenario("edited")
    assert dock.editor.summary()["invalid"] == 1
    dock.restore_scenario("optimum")
    assert dock.editor.summary()["invalid"] == 0


def test_reoptimise_keeps_locked(dock):
    rows = dock.editor.rows()
    keep = {r.alliance_id: r.members for r in rows[1:]}
    dock.editor.locked = set(keep)
    started = time.perf_counter()
    dock.reoptimise()
    assert wait_for(lambda: not dock.runner.is_running())
    elapsed = time.perf_counter() - started
    assert elapsed < 120
    kept = {tuple(r.members) for r in dock.editor.rows()}
    assert all(tuple(m) in kept for m in keep.values())
    assert all(r.valid for r in dock.editor.rows())
