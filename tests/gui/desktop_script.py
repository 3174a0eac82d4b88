"""Runs INSIDE the real QGIS desktop (qgis.bin --code): drives the dock as a person would.

Writes its findings as JSON to $SBS_GUI_RESULT and a screenshot to $SBS_GUI_SCREENSHOT, then
quits QGIS. tests/gui/test_desktop.py starts QGIS under Xvfb and checks the JSON.
"""

import json
import os
import time
import traceback

from qgis.core import QgsApplication, QgsProject
from qgis.PyQt.QtCore import QEventLoop, QTimer
from qgis.PyQt.QtWidgets import QApplication, QDockWidget
from qgis.utils import iface

RESULT = os.environ["SBS_GUI_RESULT"]
SHOT = os.environ["SBS_GUI_SCREENSHOT"]
report = {"steps": []}


def wait(ms):
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def wait_for(predicate, timeout_s=180):
    deadline = time.time() + timeout_s
    while time.time() < deadline:
        if predicate():
            return True
        wait(100)
    return False


def run():
    window = iface.mainWindow()
    dock = window.findChild(QDockWidget, "SmallButStrongDock")
    report["dock_found"] = dock is not None
    if dock is None:
        return
    window.showMaximized()
    for action in window.findChildren(type(iface.actionZoomIn())):
        if action.text().endswith("Small but Strong panel"):
            action.trigger()
            break
    report["dock_visible"] = dock.isVisible()
    dock.load_sample()
    report["layer"] = dock.layer_combo.currentLayer().name()
    report["guessed_fields"] = {role: dock.field(role) for role in dock.field_combos}
    dock.field_combos["supply"].setField("doctors_obgyn_2020")
    dock.facility_combo.setLayer(None)  # ob-gyn doctors per unit: the COUNT_FIELD path
    started = time.time()
    dock.run_button.click()
    report["responsive_during_run"] = dock.runner.is_running()
    finished = wait_for(lambda: not dock.runner.is_running() and dock.editor is not None)
    report["pipeline_finished"] = finished
    report["pipeline_seconds"] = time.time() - started
    report["timings"] = dock.timings
    report["status"] = dock.status.text()
    if not finished:
        return
    names = [layer.name() for layer in QgsProject.instance().mapLayers().values()]
    report["layers"] = sorted(names)
    report["rows"] = dock.table_model.rowCount()
    report["invalid_before"] = sum(1 for r in dock.editor.rows() if not r.valid)
    report["units_style_renderer"] = dock.units_layer.renderer().type()
    report["edit_style_renderer"] = dock.edit_layer.renderer().type()
    report["edit_features"] = dock.edit_layer.featureCount()
    # select the least populous alliance: zooms to it and selects its members on the map
    dock.tabs.setCurrentIndex(2)
    smallest_row = min(dock.editor.rows(), key=lambda r: r.population)
    aid = smallest_row.alliance_id
    dock.table.selectRow(dock.proxy.mapFromSource(dock.table_model.index(dock.table_model.row_of(aid), 0)).row())
    wait(300)
    report["selected_alliance"] = dock.selected_alliance() == aid
    members = dock.editor.members(aid)
    report["selected_members"] = dock.units_layer.selectedFeatureCount()
    report["selected_expected"] = len(members)
    # move its most populous member out: it falls below the floor, then undo
    biggest = max(members, key=lambda m: dock.editor.units[m].population)
    ms = dock.move_unit(biggest, None)
    row = dock.editor.row(aid)
    report["after_move"] = {"unit": biggest, "valid": row.valid if row else None,
                            "violations": row.violations if row else [], "revalidate_ms": ms,
                            "timing": dock.last_edit_timing,
                            "invalid_on_map": sum(1 for f in dock.edit_layer.getFeatures() if f["valid"] == 0)}
    dock.table.selectRow(dock.proxy.mapFromSource(dock.table_model.index(dock.table_model.row_of(aid), 0)).row())
    dock.units_layer.removeSelection()  # QGIS's yellow selection would hide the invalid style
    wait(800)
    QApplication.processEvents()
    window.grab().save(SHOT.replace(".png", "_invalid.png"))
    dock.undo_stack.undo()
    row = dock.editor.row(aid)
    report["after_undo"] = {"valid": row.valid, "members": len(row.members),
                            "invalid_on_map": sum(1 for f in dock.edit_layer.getFeatures() if f["valid"] == 0)}
    dock.save_scenario("optimum")
    report["scenarios"] = dock.scenario_table.rowCount()
    # the project keeps settings, scenarios and the plan: save, clear, reopen
    project_path = os.path.join(os.path.dirname(RESULT), "plan.qgz")
    rows_before = dock.table_model.rowCount()
    QgsProject.instance().write(project_path)
    QgsProject.instance().clear()
    wait(300)
    report["rows_after_clear"] = dock.table_model.rowCount()
    QgsProject.instance().read(project_path)
    wait(500)
    report["reopened"] = {"scenarios": sorted(dock.scenarios), "rows": dock.table_model.rowCount(),
                          "rows_before": rows_before, "floor": dock.min_population.value(),
                          "eligible": dock.eligible.expression(),
                          "edit_features": dock.edit_layer.featureCount() if dock.edit_layer else 0}
    # re-solve with every alliance locked but the first: the solver keeps them
    for aid_locked in dock.editor.alliance_ids()[1:]:
        dock.editor.locked.add(aid_locked)
    started = time.time()
    dock.reoptimise()
    wait_for(lambda: not dock.runner.is_running())
    report["resolve_seconds"] = time.time() - started
    report["resolve_timings"] = dock.timings
    report["rows_after_resolve"] = dock.table_model.rowCount()
    iface.mapCanvas().zoomToFullExtent()
    dock.tabs.setCurrentIndex(2)
    wait(1500)
    QApplication.processEvents()
    screen = QApplication.primaryScreen()
    report["screenshot_saved"] = screen.grabWindow(0).save(SHOT)


def main():
    try:
        run()
    except Exception:  # the test reports it
        report["error"] = traceback.format_exc()
    with open(RESULT, "w", encoding="utf-8") as handle:
        json.dump(report, handle, ensure_ascii=False, indent=1, default=str)
    QTimer.singleShot(200, QgsApplication.instance().exit)


QTimer.singleShot(3000, main)
