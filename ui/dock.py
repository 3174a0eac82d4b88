"""The "Small but Strong" dock: an analyst's workbench over the plugin's algorithms.

This module wires the parts together; each part lives in its own module:

* the tabs' widgets: :mod:`.panels` (Data, Settings), :mod:`.alliance_panel`, :mod:`.scenario_panel`;
* running the algorithms and keeping what they computed: :mod:`.run_actions`, :mod:`.runner`,
  :mod:`.capture`, :mod:`.session`;
* editing, re-solving, scenarios, siting, reports and exports: :mod:`.plan_actions`,
  :mod:`.editor`, :mod:`.commands`, :mod:`.scenarios`;
* the map: :mod:`.plan_layer`, :mod:`.layers`, :mod:`.map_tool`; storage: :mod:`.settings_store`,
  :mod:`.store`.

Every figure comes from the algorithms or from the core functions they call, on the problem and
the gap records the algorithms themselves built. The dock keeps layer ids, never layer objects,
between actions, and disconnects everything it connected in :meth:`shutdown`.
"""

from __future__ import annotations

import shutil
from typing import List, Optional

from qgis.core import QgsMessageLog, QgsProject
from qgis.gui import QgsDockWidget
from qgis.PyQt.QtCore import QTimer
from qgis.PyQt.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ..compat import MESSAGE_WARNING, QUndoStack
from ..processing.translate import tr
from . import messages, solver_process
from .alliance_panel import AlliancePanel
from .editor import Band
from .layers import DockLayers
from .panels import DataPanel, SettingsPanel
from .plan_actions import PlanActions
from .plan_layer import PlanMap
from .run_actions import RunActions
from .runner import PipelineRunner
from .scenario_panel import ScenarioPanel
from .scenarios import ScenarioBook
from .store import ResultStore

LOG = "Small but Strong"


def objective_name(key: str) -> str:
    return {"coverage": tr("coverage"), "count": tr("count"), "compactness": tr("compactness")}.get(key, key)

DATA_TAB, SETTINGS_TAB, ALLIANCES_TAB, SCENARIOS_TAB = range(4)


class SmallButStrongDock(RunActions, PlanActions, QgsDockWidget):
    """Object name ``SmallButStrongDock``; created at plugin start, shown from the menu."""

    def __init__(self, iface=None, parent=None):
        super().__init__(tr("Small but Strong"), parent)
        self.setObjectName("SmallButStrongDock")
        self.iface = iface
        self.undo_stack = QUndoStack(self)
        self.runner = PipelineRunner(self)
        self.layers = DockLayers(self._layers_removed)
        self.store = ResultStore(self.layers, ask=self._ask_store if iface is not None else None,
                                 on_switched=self._layers_switched)
        self.plan_map = PlanMap(self.layers)
        self.plan_map.on_edited = self.units_edited
        self.book = ScenarioBook()
        #: the scenario the current plan was restored from or saved as: the base of the next one saved
        self.current_scenario = ""
        self.session = None
        self.editor = None
        self.timings = {}
        self.last_edit_timing = {}
        self._restoring = False
        self._workdir: Optional[str] = None
        self._map_tool = None
        self._locator = None
        self._build()
        self._connect()

    # ------------------------------------------------------------------ building
    def _build(self) -> None:
        main = QWidget()
        layout = QVBoxLayout(main)
        self.tabs = QTabWidget()
        layout.addWidget(self.tabs)
        self.data = DataPanel()
        self.settings_panel = SettingsPanel()
        self.alliances = AlliancePanel(self.undo_stack)
        self.scenario_panel = ScenarioPanel()
        for widget, label in ((self.data, tr("Data")), (self.settings_panel, tr("Settings")),
                              (self.alliances, tr("Alliances")), (self.scenario_panel, tr("Scenarios"))):
            if widget in (self.data, self.settings_panel):
                scroll = QScrollArea()
                scroll.setWidgetResizable(True)
                scroll.setWidget(widget)
                widget = scroll
            self.tabs.addTab(widget, label)
        row = QHBoxLayout()
        self.run_button = QPushButton(tr("Run"))
        self.run_button.setObjectName("runButton")
        self.cancel_button = QPushButton(tr("Cancel"))
        self.cancel_button.setEnabled(False)
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        row.addWidget(self.run_button)
        row.addWidget(self.cancel_button)
        row.addWidget(self.progress, 1)
        layout.addLayout(row)
        self.status = QLabel(tr("Choose a boundary layer, or load a sample."))
        self.status.setObjectName("statusLabel")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.setWidget(main)
        # short names the tests and scripts use
        self.table, self.table_model, self.proxy = self.alliances.table, self.alliances.table_model, \
            self.alliances.proxy
        self.layer_combo, self.field_combos = self.data.layer_combo, self.data.field_combos
        self.facility_combo, self.facility_filter = self.data.facility_combo, self.data.facility_filter
        self.scenario_table = self.scenario_panel.table

    def _connect(self) -> None:
        """Every connection to something that outlives the dock is listed here and undone in shutdown."""
        self.runner.progressChanged.connect(lambda p: self.progress.setValue(int(p)))
        self.runner.stepStarted.connect(lambda name: self.say(tr("Running: {0}").format(name)))
        self.runner.finished.connect(self._pipeline_finished)
        self.runner.failed.connect(self._pipeline_failed)
        self.run_button.clicked.connect(self.run_pipeline)
        self.cancel_button.clicked.connect(self.cancel)
        self.data.sampleRequested.connect(self.load_sample)
        self.data.layer_combo.layerChanged.connect(self.settings_panel.set_layer)
        self.settings_panel.set_layer(self.data.layer_combo.currentLayer())
        a = self.alliances
        a.table.selectionModel().selectionChanged.connect(lambda *_: self.alliance_selected())
        a.table_model.lockToggled.connect(self._lock_toggled)
        a.left_out.selectionModel().selectionChanged.connect(lambda *_: self._left_out_selected())
        a.move_button.clicked.connect(self._move_clicked)
        a.assign_selection_button.clicked.connect(lambda: self.assign_selection())
        a.map_tool_button.toggled.connect(self._toggle_map_tool)
        a.target_combo.activated.connect(lambda *_: self._target_changed())
        a.reoptimise_button.clicked.connect(lambda: self.reoptimise())
        a.restore_optimum_button.clicked.connect(lambda: self.restore_optimum())
        a.site_button.clicked.connect(lambda: self.site_facility())
        a.gaps_check.toggled.connect(lambda on: self.layers.set_visible("gaps", on))
        a.export_button.clicked.connect(lambda: self.export_plan())
        a.report_button.clicked.connect(lambda: self.export_report())
        a.band_target.valueChanged.connect(self.set_band)
        a.band_tolerance.valueChanged.connect(self.set_band)
        s = self.scenario_panel
        s.save_button.clicked.connect(lambda: self.save_scenario(s.name_edit.text()))
        s.restore_button.clicked.connect(lambda: self._with_scenario(self.restore_scenario))
        s.base_diff_button.clicked.connect(lambda: self._with_scenario(self.compare_with_base))
        s.rename_button.clicked.connect(lambda: self._with_scenario(self._rename_asked))
        s.delete_button.clicked.connect(lambda: self._with_scenario(self.delete_scenario))
        s.export_button.clicked.connect(lambda: self.export_scenarios())
        s.compare_button.clicked.connect(lambda: self.compare_scenarios())
        s.diff_map_button.clicked.connect(lambda: self.compare_scenarios(on_map=True))
        project = QgsProject.instance()
        self._project_slots = [(project.readProject, self._read_project), (project.cleared, self._project_cleared),
                               (project.removeAll, self._project_clearing),
                               (project.writeProject, self._write_project)]
        for signal, slot in self._project_slots:
            signal.connect(slot)
        QTimer.singleShot(0, self.settings_panel.refresh_availability)

    def shutdown(self) -> None:
        """Undo every connection and stop all work (plugin unload): nothing fires on a deleted dock."""
        self.plan_map.on_edited = None  # the units layer may outlive the dock: its saved edits reach no one
        for signal, slot in getattr(self, "_project_slots", []):
            try:
                signal.disconnect(slot)
            except TypeError:
                pass
        self._project_slots = []
        if getattr(self, "_draw_timer", None) is not None:
            self._draw_timer.stop()
            self._draw_results = None
        self.runner.shutdown()
        if self._solve_task is not None:
            self._solve_task.forget()
        solver_process.shutdown()
        self._unset_map_tool()
        self.plan_map.detach()
        self.layers.disconnect()
        self.store.disconnect()
        self.undo_stack.clear()
        if self._workdir:
            shutil.rmtree(self._workdir, ignore_errors=True)
            self._workdir = None

    # ------------------------------------------------------------------ messages
    def say(self, text: str) -> None:
        self.status.setText(text)

    def warn(self, text: str) -> None:
        """A problem the analyst must see: the status line, the message bar, the log."""
        self.status.setText(text)
        QgsMessageLog.logMessage(text, LOG, MESSAGE_WARNING)
        if self.iface is not None:
            self.iface.messageBar().pushWarning(tr("Small but Strong"), text)

    def _layers_removed(self, roles: List[str]) -> None:
        """The analyst removed dock layers: the plan layers come back at the next edit; the others are gone."""
        names = {"plan": tr("the plan's alliances"), "units": tr("the units by alliance"),
                 "gaps": tr("the service gaps"), "indicators": tr("the decline indicators"),
                 "sites": tr("the chosen sites"), "site_lines": tr("the lines to the sites"),
                 "diff": tr("the scenario difference"), "projection": tr("the projection")}
        said = ", ".join(names.get(r, r) for r in roles)
        if self.session is not None and {"plan", "units"} & set(roles):
            self.say(tr("Removed from the project: {0}. The plan is kept; its layers are drawn again at the next "
                        "edit or with Redraw (Alliances tab).").format(said))
            QTimer.singleShot(0, self.redraw_plan)
        else:
            self.say(tr("Removed from the project: {0}. Run again to get it back.").format(said))

    def _layers_switched(self, roles: List[str]) -> None:
        """Layers moved into the GeoPackage: feature ids changed, the plan map re-reads them."""
        self.plan_map.reindex()

    # ------------------------------------------------------------------ the views of the plan
    def refresh_views(self, touched=None) -> None:
        """Table, verdict, figures, left-out list and target list after any change of the plan."""
        self.table_model.update(touched)
        self.show_verdict()
        self.show_left_out()
        self.fill_targets()

    def show_verdict(self) -> None:
        a = self.alliances
        if self.editor is None or self.session is None:
            a.verdict_label.setText(tr("No plan yet: run the analysis."))
            a.summary_label.setText("")
            a.restore_optimum_button.setEnabled(False)
            return
        v = self.session.verdict
        now = self.editor.figures()
        best = self.optimum_figures()
        proof = tr("<b>Proven optimal</b>") if v.optimal else (
            tr("<b>Best plan found, not proven optimal</b> (gap {0})").format(
                tr("unknown") if v.gap is None else f"{v.gap:.2%}"))
        text = tr("{proof}: {alliances} alliances, {covered} of {eligible} eligible units, {km} km to the hub on "
                  "average (objective: {objective}). Solved {when} in {seconds:.2f} s.").format(
            proof=proof, alliances=best.valid, covered=best.covered, eligible=best.eligible,
            km=f"{best.mean_km:,.1f}", objective=objective_name(self.session.problem.objective), when=v.when[-8:],
            seconds=v.seconds)
        edited = self.editor.assignment != {u: v.assignment.get(u) for u in self.editor.assignment}
        if edited:
            text += "<br>" + tr("<b>Edited plan</b>: {0} valid alliances ({1}), {2} units ({3}), {4} km ({5}), "
                                "{6} invalid.").format(
                now.valid, messages.signed(now.valid - best.valid), now.covered,
                messages.signed(now.covered - best.covered), f"{now.mean_km:,.1f}",
                messages.signed(now.mean_km - best.mean_km, 1), now.invalid)
        a.verdict_label.setText(text)
        a.restore_optimum_button.setEnabled(edited)
        a.summary_label.setText(self.gap_text(now) + self.band_text(now))

    def band_text(self, figures) -> str:
        band = self.editor.band
        if band.tolerance <= 0:
            return ""
        return " " + tr("Band ±{0:.0f} % around {1}: {2} of {3} alliances outside.").format(
            100.0 * band.tolerance, messages.number(self.editor.band_target()), figures.outside_band, figures.alliances)

    @property
    def band(self) -> Band:
        """The quota band as the Alliances tab sets it (the widgets are its only copy)."""
        return Band(target=float(self.alliances.band_target.value()),
                    tolerance=float(self.alliances.band_tolerance.value()) / 100.0)

    def set_band(self, *_args) -> None:
        """The quota band of the Alliances tab, applied to the plan's rows (no re-validation)."""
        if self.editor is not None:
            self.editor.set_band(self.band)
            self.table_model.update(None)
            self.show_verdict()

    def gap_text(self, figures) -> str:
        if figures.units_in_gap is None:
            return self.session.gap_note or tr("Service gaps: not computed.")
        return tr("Units in gap: {0} alone, {1} after alliances ({2} → {3} residents).").format(
            figures.units_in_gap, figures.units_in_gap_after, messages.number(figures.population_in_gap),
            messages.number(figures.population_in_gap_after))

    def show_left_out(self) -> None:
        rows = []
        if self.editor is not None:
            rows = [(uid, f"{self.editor.name(uid)} ({uid})",
                     messages.status(self.session.status_of(self.editor, uid))) for uid in self.editor.left_out()]
        if self.alliances.left_out_model.set_rows(rows):
            self.alliances.left_out.resizeColumnToContents(0)
            self.alliances.count_left_out(len(rows))

    def fill_targets(self) -> None:
        """The target list: take out, a new alliance, then every alliance by name (kept selected)."""
        combo = self.alliances.target_combo
        rows = sorted(self.editor.rows(), key=lambda r: r.name) if self.editor is not None else []
        items = [(tr("{0} — {1} residents, {2} units").format(r.name, messages.number(r.population), len(r.members)),
                  r.alliance_id) for r in rows]
        if items == getattr(self, "_target_items", None) and combo.count() == len(items) + 2:
            return
        self._target_items = items
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(tr("(no alliance: take out)"), None)
        combo.addItem(tr("(a new alliance)"), -1)
        for text, aid in items:
            combo.addItem(text, aid)
        index = combo.findData(current)
        combo.setCurrentIndex(index if index >= 0 else 0)
        combo.blockSignals(False)

    def fill_units(self) -> None:
        combo = self.alliances.unit_combo
        combo.clear()
        if self.editor is None:
            return
        for uid in sorted(self.editor.units, key=lambda u: self.editor.name(u)):
            if self.editor.eligible(uid):
                combo.addItem(f"{self.editor.name(uid)} ({uid})", uid)

    def target(self) -> Optional[int]:
        """The target alliance chosen in the list (None: take out; -1: a new one)."""
        return self.alliances.target_combo.currentData()

    def set_target(self, alliance_id: Optional[int]) -> None:
        index = self.alliances.target_combo.findData(alliance_id)
        if index >= 0:
            self.alliances.target_combo.setCurrentIndex(index)
            self._target_changed()

    def _target_changed(self) -> None:
        self.alliances.preview_label.setText(tr("Target: {0}").format(self.alliances.target_combo.currentText()))

    def selected_alliance(self) -> Optional[int]:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.table_model.alliance_id(self.proxy.mapToSource(rows[0]).row())

    def select_alliance(self, alliance_id: int) -> None:
        row = self.table_model.row_of(alliance_id)
        if row >= 0:
            index = self.proxy.mapFromSource(self.table_model.index(row, 0))
            self.table.selectRow(index.row())
            # centred: the edit box below grows with a long preview and would cut a row at the edge
            self.table.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)

    def _with_scenario(self, action) -> None:
        name = self.scenario_panel.selected()
        if name is None:
            self.say(tr("Select a scenario in the table first."))
            return
        action(name)

    def _work_folder(self) -> str:
        """A folder for files the analyst did not name (removed on unload)."""
        import tempfile

        if not self._workdir:
            self._workdir = tempfile.mkdtemp(prefix="small_but_strong_")
        return self._workdir
