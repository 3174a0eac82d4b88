"""Runs INSIDE the real QGIS desktop (qgis.bin --code): walks the analyst's whole loop in the dock.

Load the sample, run, hover and click with the map tool, assign a selection, lock and re-optimise,
scenarios, save (answering the "where" question), reopen, remove every plugin layer by hand
through QGIS's own Remove Layer action, export, site a facility, report twice, and finally unload,
reload and restart the plugin. Python errors are collected from ``sys.excepthook`` (where QGIS
would show its error dialog). Findings go as JSON to $SBS_GUI_RESULT, screenshots to
$SBS_GUI_SHOTS/dock_*.png; then QGIS quits. tests/gui/test_desktop.py starts QGIS and checks.
"""

import faulthandler
import json
import os
import sys
import time
import traceback

from qgis.core import QgsApplication, QgsPointXY, QgsProject
from qgis.PyQt.QtCore import QEventLoop, QPoint, Qt, QTimer
from qgis.PyQt.QtTest import QTest
from qgis.PyQt.QtWidgets import QApplication, QDockWidget, QFileDialog, QMessageBox, QToolTip
from qgis.utils import iface

RESULT = os.environ["SBS_GUI_RESULT"]
SHOTS = os.environ["SBS_GUI_SHOTS"]
WORK = os.environ["SBS_GUI_WORK"]
report = {"steps": [], "errors": []}
_hook = sys.excepthook
_trace = open(os.path.join(WORK, "trace.txt"), "w")
faulthandler.dump_traceback_later(420, exit=True, file=_trace)  # a hang leaves its stack behind


def collect(kind, value, tb):
    report["errors"].append("".join(traceback.format_exception(kind, value, tb)))


sys.excepthook = collect


def wait(ms):
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def wait_for(predicate, timeout_s=180):
    deadline = time.time() + timeout_s
    while time.time() < deadline:
        if predicate():
            return True
        wait(50)
    return False


def shot(name, settle=1200):
    wait(settle)
    iface.mapCanvas().waitWhileRendering()
    QApplication.processEvents()
    path = os.path.join(SHOTS, f"dock_{name}.png")
    report.setdefault("shots", {})[name] = iface.mainWindow().grab().save(path)


def step(name, **facts):
    report["steps"].append(name)
    report[name] = facts


def find_dock():
    return iface.mainWindow().findChild(QDockWidget, "SmallButStrongDock")


def pixel(point):
    p = iface.mapCanvas().getCoordinateTransform().transform(QgsPointXY(point))
    return QPoint(int(p.x()), int(p.y()))


def remove_by_hand(layer_id):
    """Select the layer in the legend and trigger QGIS's own Remove Layer action."""
    view = iface.layerTreeView()
    view.setCurrentLayer(QgsProject.instance().mapLayer(layer_id))
    action = iface.mainWindow().findChild(type(iface.actionZoomIn()), "mActionRemoveLayer")  # iface has no accessor for it
    action.trigger()
    wait(200)


def accept_file_dialog(path):
    modal = QApplication.activeModalWidget()
    report.setdefault("modal_seen", []).append(type(modal).__name__ if modal else None)
    for widget in [modal] + QApplication.topLevelWidgets():
        if isinstance(widget, QFileDialog) and widget.isVisible():
            widget.selectFile(path)
            widget.accept()
            report["asked_where"] = True
            return
    QTimer.singleShot(200, lambda: accept_file_dialog(path))


def open_dock():
    window = iface.mainWindow()
    for action in window.findChildren(type(iface.actionZoomIn())):
        if action.text().endswith("Small but Strong panel"):
            action.trigger()
            break
    dock = find_dock()
    dock.setMinimumWidth(640)
    return dock


def run_and_edit(dock):
    dock.load_sample()
    guessed = {role: combo.currentField() for role, combo in dock.field_combos.items()}
    shot("01_sample")
    started = time.time()
    dock.run_button.click()
    running = dock.runner.is_running()
    finished = wait_for(lambda: not dock.runner.is_running() and dock.editor is not None)
    wait_for(lambda: not dock.plan_map.busy(), 60)
    step("run", guessed=guessed, responsive=running, finished=finished, seconds=time.time() - started,
         timings=dock.timings, status=dock.status.text(), verdict=dock.alliances.verdict_label.text(),
         summary=dock.alliances.summary_label.text(), rows=dock.table_model.rowCount(),
         left_out=dock.alliances.left_out_model.rowCount(),
         invalid=sum(1 for r in dock.editor.rows() if not r.valid),
         units_renderer=dock.layers.get("units").renderer().type(),
         categories=len(dock.layers.get("units").renderer().categories()),
         plan_renderer=dock.layers.get("plan").renderer().type(),
         plan_features=dock.layers.get("plan").featureCount(),
         facilities_in_group=any(n.layerId() == dock.facility_combo.currentLayer().id()
                                 for n in dock.layers.group().findLayers()))
    dock.tabs.setCurrentIndex(2)
    iface.mapCanvas().zoomToFullExtent()
    shot("02_plan")


def hover_and_click(dock):
    editor = dock.editor
    smallest = min(editor.rows(), key=lambda r: r.population)
    biggest = max(smallest.members, key=lambda m: editor.units[m].population)
    dock.select_alliance(smallest.alliance_id)
    wait(300)
    selected = dock.layers.get("units").selectedFeatureCount()
    dock.layers.get("units").removeSelection()
    dock.set_target(None)
    dock.alliances.map_tool_button.click()
    canvas = iface.mapCanvas()
    where = pixel(dock.session.geometries[biggest].pointOnSurface().asPoint())
    QTest.mouseMove(canvas.viewport(), where + QPoint(3, 0))
    QTest.mouseMove(canvas.viewport(), where)
    wait_for(lambda: editor.name(biggest) in dock.alliances.preview_label.text(), 10)
    preview = dock.alliances.preview_label.text()
    cursor_label = dock._map_tool.label
    tooltip = QToolTip.text() if QToolTip.isVisible() else ""
    shot("03_hover", 600)
    QTest.mouseClick(canvas.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, where)
    wait(300)
    row = editor.row(smallest.alliance_id)
    step("hover_click", selected=selected, expected=len(smallest.members), preview=preview,
         cursor_label=cursor_label, tooltip=tooltip,
         hover_ms=dock.last_edit_timing.get("hover_ms"), moved=editor.assignment[biggest] is None,
         valid=row.valid if row else None, undo=dock.undo_stack.undoText(),
         tool_kept=canvas.mapTool() is dock._map_tool,
         invalid_on_map=sum(1 for f in dock.layers.get("plan").getFeatures() if f["valid"] == 0))
    dock.select_alliance(smallest.alliance_id)
    dock.layers.get("units").removeSelection()
    shot("04_invalid")
    dock.alliances.map_tool_button.click()
    dock.undo_stack.undo()


def assign_and_reoptimise(dock):
    editor = dock.editor
    units = dock.layers.get("units")
    pick = editor.left_out()[:1] + editor.rows()[0].members[:1]
    units.selectByIds([dock.plan_map.fid(u) for u in pick])
    dock.set_target(-1)
    dock.alliances.assign_selection_button.click()
    assigned = editor.assignment[pick[0]] is not None and editor.assignment[pick[0]] == editor.assignment[pick[1]]
    label = dock.undo_stack.undoText()
    dock.undo_stack.undo()
    units.removeSelection()
    rows = editor.rows()
    for aid in [r.alliance_id for r in rows[1:]]:
        editor.set_locked(aid, True)
    dock.move_unit(rows[0].members[-1], None)
    history = dock.undo_stack.index()
    started = time.time()
    dock.alliances.reoptimise_button.click()
    wait_for(lambda: dock._solve_task is None, 60)
    step("reoptimise", assigned=assigned, assign_label=label, seconds=time.time() - started,
         locks=len(editor.locked), locks_expected=len(rows) - 1, history=dock.undo_stack.index() - history,
         valid=all(r.valid for r in editor.rows()), verdict=dock.alliances.verdict_label.text())


def scenarios(dock):
    first = dock.save_scenario("optimum")
    smallest = min(dock.editor.rows(), key=lambda r: r.population)
    dock.move_unit(smallest.members[0], None)
    second = dock.save_scenario("by hand")
    changes = dock.compare_scenarios(first, second, on_map=True)
    dock.tabs.setCurrentIndex(3)
    shot("05_scenarios")
    dock.restore_scenario(first)
    dock.rename_scenario(second, "edited")
    # a branch of the optimum: its base is the scenario restored before it was saved
    other = max(dock.editor.rows(), key=lambda r: r.population)
    dock.move_unit(other.members[-1], None)
    branch = dock.save_scenario("branch")
    parent = dock.book.items[branch].parent
    base_changes = [c.unit for c in dock.compare_with_base(branch)]
    based_on = [dock.scenario_table.item(r, 1).text() for r in range(dock.scenario_table.rowCount())]
    dock.delete_scenario(branch)
    dock.restore_scenario(first)
    step("scenarios", names=dock.book.names(), changes=len(changes), rows=dock.scenario_table.rowCount(),
         branch_parent=parent, branch_changes=base_changes, branch_unit=other.members[-1], based_on=based_on)
    dock.tabs.setCurrentIndex(2)


def save_and_reopen(dock):
    project = QgsProject.instance()
    path = os.path.join(WORK, "analysis.qgz")
    store = os.path.join(WORK, "analysis_small_but_strong.gpkg")
    rows = dock.table_model.rowCount()
    dock.alliances.band_tolerance.setValue(25)  # the quota band: kept in the project like the plan
    wait(200)
    outside = dock.editor.figures().outside_band
    shot("07_band")
    stack = dock.undo_stack
    history = ([stack.text(i) for i in range(stack.count())], stack.index())
    QTimer.singleShot(300, lambda: accept_file_dialog(store))
    ok = project.write(path)
    sources = {role: project.mapLayer(i).source() for role, i in dock.layers.ids.items()}
    project.clear()
    wait(300)
    cleared = dock.table_model.rowCount()
    project.read(path)
    wait(800)
    step("reopen", written=ok, store_exists=os.path.exists(store),
         all_in_store=all(s.startswith(store) for s in sources.values()), sources=sources, cleared=cleared,
         rows=dock.table_model.rowCount(), rows_before=rows, scenarios=dock.book.names(),
         locks=len(dock.editor.locked) if dock.editor else None, asked=report.get("asked_where", False),
         history_before=history, history_after=([stack.text(i) for i in range(stack.count())], stack.index()),
         band=dock.alliances.band_tolerance.value(), outside_before=outside,
         outside_after=dock.editor.figures().outside_band if dock.editor else None)


def remove_every_layer(dock):
    done = {}
    for role in list(dock.layers.ids):
        layer_id = dock.layers.ids.get(role)
        if layer_id is None:
            continue
        remove_by_hand(layer_id)
        gone = QgsProject.instance().mapLayer(layer_id) is None
        member = dock.editor.rows()[0].members[-1]
        ms = dock.move_unit(member, None)
        dock.undo_stack.undo()
        dock.alliances.reoptimise_button.click()
        wait_for(lambda: dock._solve_task is None, 60)
        dock.restore_scenario("optimum")
        done[role] = {"gone": gone, "move_ms": ms, "plan_back": dock.layers.get("plan") is not None,
                      "units_back": dock.layers.get("units") is not None}
    step("removed", roles=done, status=dock.status.text(),
         plan_features=dock.layers.get("plan").featureCount(), rows=dock.table_model.rowCount())


def exports(dock):
    gpkg, csv_path = os.path.join(WORK, "plan_export.gpkg"), os.path.join(WORK, "plan_export.csv")
    exported = dock.export_plan(gpkg, csv_path)
    dock.select_alliance(dock.editor.rows()[0].alliance_id)
    sited = dock.site_facility()
    wait_for(lambda: dock._site_runner is not None and not dock._site_runner.is_running(), 120)
    sites = dock.layers.get("sites")
    pdf = os.path.join(WORK, "report.pdf")
    dock.export_report(pdf)
    dock.export_report(pdf)
    groups = [g.name() for g in dock.layers.report_groups()]
    iface.mapCanvas().zoomToFullExtent()
    shot("06_final")
    step("exports", exported=exported and os.path.exists(gpkg) and os.path.exists(csv_path), sited=sited,
         sites=sites.featureCount() if sites else 0, report=os.path.exists(pdf), report_groups=groups)


def reload_plugin():
    import qgis.utils as utils

    project = QgsProject.instance()
    names = ("readProject", "cleared", "writeProject", "removeAll", "layersWillBeRemoved")
    before = {n: project.receivers(getattr(project, n)) for n in names}
    utils.unloadPlugin("small_but_strong")
    QApplication.processEvents()
    after_unload = {n: project.receivers(getattr(project, n)) for n in names}
    path = os.path.join(WORK, "after_unload.qgz")
    project.write(path)
    project.clear()
    project.read(path)
    project.clear()
    wait(300)
    loaded = utils.loadPlugin("small_but_strong") and utils.startPlugin("small_but_strong")
    wait(300)
    dock = open_dock()
    dock.load_sample()
    dock.run_button.click()
    wait_for(lambda: not dock.runner.is_running() and dock.editor is not None)
    step("reload", before=before, after_unload=after_unload, loaded=bool(loaded), found=dock is not None,
         rows=dock.table_model.rowCount())


def run():
    window = iface.mainWindow()
    window.showMaximized()
    window.setGeometry(0, 0, 1600, 1000)  # Xvfb has no window manager to maximise it
    dock = open_dock()
    report["dock_found"] = dock is not None
    if dock is None:
        return
    report["dock_visible"] = dock.isVisible()
    for part in (run_and_edit, hover_and_click, assign_and_reoptimise, scenarios, save_and_reopen,
                 remove_every_layer, exports):
        _trace.write(f"{part.__name__} started\n")
        _trace.flush()
        part(dock)
        report["steps"].append(f"{part.__name__} done")
    reload_plugin()
    report["message_boxes"] = [w.text() for w in QApplication.topLevelWidgets()
                               if isinstance(w, QMessageBox) and w.isVisible()]


def main():
    try:
        run()
    except Exception:  # the test reports it
        report["error"] = traceback.format_exc()
    sys.excepthook = _hook
    with open(RESULT, "w", encoding="utf-8") as handle:
        json.dump(report, handle, ensure_ascii=False, indent=1, default=str)
    QTimer.singleShot(200, QgsApplication.instance().exit)


QTimer.singleShot(3000, main)
