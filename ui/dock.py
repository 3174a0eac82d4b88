"""The "Small but Strong" dock: choose data, run the algorithms, edit alliances, compare scenarios.

Everything it computes comes from the Processing algorithms (run in the background by
:class:`~.runner.PipelineRunner`) or from the same ``core`` functions they call (through
:class:`~.editor.AllianceEditor`). It holds no second implementation of any analysis.
"""

from __future__ import annotations

import json
import os
import tempfile
import time
from typing import Dict, List, Optional

from qgis.core import (
    QgsExpression,
    QgsExpressionContext,
    QgsExpressionContextUtils,
    QgsFeature,
    QgsFeatureRequest,
    QgsGeometry,
    QgsMessageLog,
    QgsProject,
    QgsVectorLayer,
)
from qgis.gui import (
    QgsDockWidget,
    QgsFieldComboBox,
    QgsFieldExpressionWidget,
    QgsMapLayerComboBox,
    QgsMapToolIdentifyFeature,
)
from qgis.PyQt.QtCore import QSortFilterProxyModel, Qt
from qgis.PyQt.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)
from ..compat import (
    FIELD_INT,
    LAYER_FILTER_POINT,
    LAYER_FILTER_POLYGON,
    MESSAGE_WARNING,
    QUndoStack,
    new_field,
)

from ..__about__ import RESOURCES
from ..core.alliances import AllianceProblem, Unit
from ..core.fields import guess_field
from ..processing.adjacency import layer_graph, unit_id
from ..processing.base import tr
from ..processing.styles import apply_style
from ..processing.values import is_null, to_float
from .editor import AllianceEditor, MoveUnitCommand
from .runner import PipelineRunner
from .sample import sample_layer
from .table_model import SORT_ROLE, AllianceTableModel

SCOPE = "SmallButStrong"
STYLES = RESOURCES / "styles"
NON_METRO = ("\"sido\" NOT IN ('서울특별시','부산광역시','대구광역시','인천광역시','광주광역시',"
             "'대전광역시','울산광역시','세종특별자치시','경기도')")
OBJECTIVES = ["coverage", "count", "compactness"]
FIELD_ROLES = [  # (role, label, optional)
    ("id", "Unit id", False), ("name", "Unit name", False), ("population", "Population", False),
    ("population_base", "Population (base year)", True), ("elderly", "Residents 65+", True),
    ("young_women", "Women 20–39", True), ("births", "Annual births", True),
    ("supply", "Service count field (e.g. ob-gyn doctors)", True),
]


class SmallButStrongDock(QgsDockWidget):
    """Object name ``SmallButStrongDock``; created at plugin start, shown from the menu."""

    def __init__(self, iface=None, parent=None):
        super().__init__(tr("Small but Strong"), parent)
        self.setObjectName("SmallButStrongDock")
        self.iface = iface
        self.runner = PipelineRunner(self)
        self.editor: Optional[AllianceEditor] = None
        self.undo_stack = QUndoStack(self)
        self.units_layer: Optional[QgsVectorLayer] = None  # working layer (members / gaps)
        self.indicators_layer: Optional[QgsVectorLayer] = None
        self.edit_layer: Optional[QgsVectorLayer] = None  # alliances drawn from the editor
        self.scenarios: Dict[str, dict] = {}
        self.timings: Dict[str, float] = {}
        self._workdir = tempfile.mkdtemp(prefix="small_but_strong_")
        self._fid_of: Dict[str, int] = {}
        self._build()
        self.runner.progressChanged.connect(lambda p: self.progress.setValue(int(p)))
        self.runner.stepStarted.connect(lambda name: self.status.setText(tr("Running: {0}").format(name)))
        self.runner.finished.connect(self._pipeline_finished)
        self.runner.failed.connect(self._pipeline_failed)
        self._restoring = False
        QgsProject.instance().readProject.connect(lambda _doc: self.restore_from_project())
        QgsProject.instance().cleared.connect(self._project_cleared)

    # ------------------------------------------------------------------ building the widget
    def _build(self) -> None:
        main = QWidget()
        layout = QVBoxLayout(main)
        self.tabs = QTabWidget()
        layout.addWidget(self.tabs)
        self.tabs.addTab(self._data_tab(), tr("Data"))
        self.tabs.addTab(self._settings_tab(), tr("Settings"))
        self.tabs.addTab(self._alliances_tab(), tr("Alliances"))
        self.tabs.addTab(self._scenarios_tab(), tr("Scenarios"))
        row = QHBoxLayout()
        self.run_button = QPushButton(tr("Run"))
        self.run_button.setObjectName("runButton")
        self.run_button.clicked.connect(self.run_pipeline)
        self.cancel_button = QPushButton(tr("Cancel"))
        self.cancel_button.setEnabled(False)
        self.cancel_button.clicked.connect(self.runner.cancel)
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        row.addWidget(self.run_button)
        row.addWidget(self.cancel_button)
        row.addWidget(self.progress, 1)
        layout.addLayout(row)
        self.status = QLabel(tr("Choose a boundary layer, or load the Korean sample."))
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.setWidget(main)

    def _data_tab(self) -> QWidget:
        tab = QWidget()
        form = QFormLayout(tab)
        self.sample_button = QPushButton(tr("Load the Korean sample"))
        self.sample_button.clicked.connect(self.load_sample)
        form.addRow(self.sample_button)
        self.layer_combo = QgsMapLayerComboBox()
        self.layer_combo.setFilters(LAYER_FILTER_POLYGON)
        self.layer_combo.layerChanged.connect(self._layer_changed)
        form.addRow(tr("Boundary layer"), self.layer_combo)
        self.field_combos: Dict[str, QgsFieldComboBox] = {}
        for role, label, optional in FIELD_ROLES:
            combo = QgsFieldComboBox()
            combo.setAllowEmptyFieldName(optional)
            self.field_combos[role] = combo
            form.addRow(tr(label), combo)
        self.facility_combo = QgsMapLayerComboBox()
        self.facility_combo.setFilters(LAYER_FILTER_POINT)
        self.facility_combo.setAllowEmptyLayer(True)
        self.facility_combo.setLayer(None)
        form.addRow(tr("Facilities (points, optional)"), self.facility_combo)
        self.facility_filter = QLineEdit()
        self.facility_filter.setPlaceholderText("\"cls\" IN ('권역응급의료센터','지역응급의료센터')")
        form.addRow(tr("Facility filter"), self.facility_filter)
        return tab

    def _settings_tab(self) -> QWidget:
        tab = QWidget()
        outer = QVBoxLayout(tab)
        box = QGroupBox(tr("Decline indicators"))
        form = QFormLayout(box)
        self.small_population = self._spin(form, tr("Small unit below (residents)"), 100000, 0, 1e8, 1000)
        self.low_births = self._spin(form, tr("Low births below (a year)"), 300, 0, 1e6, 10)
        outer.addWidget(box)
        box = QGroupBox(tr("Service gaps"))
        form = QFormLayout(box)
        self.min_count = self._spin(form, tr("National minimum per unit"), 1, 0, 1e6, 1)
        self.max_distance = self._spin(form, tr("Standard distance (km)"), 30, 0, 1e4, 5)
        outer.addWidget(box)
        box = QGroupBox(tr("Alliances"))
        form = QFormLayout(box)
        self.eligible = QgsFieldExpressionWidget()
        form.addRow(tr("Eligible units"), self.eligible)
        self.hubs = QgsFieldExpressionWidget()
        form.addRow(tr("Hubs (optional)"), self.hubs)
        self.min_members = QSpinBox()
        self.min_members.setRange(1, 20)
        self.min_members.setValue(2)
        form.addRow(tr("Minimum members"), self.min_members)
        self.max_members = QSpinBox()
        self.max_members.setRange(1, 20)
        self.max_members.setValue(5)
        form.addRow(tr("Maximum members"), self.max_members)
        self.min_population = self._spin(form, tr("Population floor"), 300000, 0, 1e9, 10000)
        self.max_population = self._spin(form, tr("Population ceiling (0 = none)"), 0, 0, 1e9, 10000)
        self.group_combo = QgsFieldComboBox()
        self.group_combo.setAllowEmptyFieldName(True)
        form.addRow(tr("Same group field (optional)"), self.group_combo)
        self.objective = QComboBox()
        self.objective.addItems([tr(o) for o in OBJECTIVES])
        form.addRow(tr("Objective"), self.objective)
        self.tolerance = self._spin(form, tr("Neighbours within (m)"), 200, 0, 1e5, 50)
        self.island_distance = self._spin(form, tr("Link islands within (m, 0 = off)"), 0, 0, 1e6, 1000)
        self.time_limit = self._spin(form, tr("Time limit (s)"), 30, 1, 3600, 5)
        outer.addWidget(box)
        outer.addStretch(1)
        return tab

    @staticmethod
    def _spin(form: QFormLayout, label: str, value: float, low: float, high: float, step: float):
        spin = QDoubleSpinBox()
        spin.setDecimals(0)
        spin.setRange(low, high)
        spin.setSingleStep(step)
        spin.setValue(value)
        form.addRow(label, spin)
        return spin

    def _alliances_tab(self) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        self.table_model = AllianceTableModel()
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.table_model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = QTableView()
        self.table.setObjectName("allianceTable")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.sortByColumn(3, Qt.SortOrder.DescendingOrder)  # population, largest first
        self.table.selectionModel().selectionChanged.connect(lambda *_: self.zoom_to_selected())
        layout.addWidget(self.table, 1)
        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        layout.addWidget(self.summary_label)

        row = QHBoxLayout()
        self.unit_combo = QComboBox()
        self.unit_combo.setToolTip(tr("A unit of the working layer"))
        self.target_combo = QComboBox()
        self.move_button = QPushButton(tr("Move"))
        self.move_button.clicked.connect(self._move_clicked)
        row.addWidget(QLabel(tr("Unit")))
        row.addWidget(self.unit_combo, 1)
        row.addWidget(QLabel(tr("to")))
        row.addWidget(self.target_combo, 1)
        row.addWidget(self.move_button)
        layout.addLayout(row)

        row = QHBoxLayout()
        undo = self.undo_stack.createUndoAction(self, tr("Undo"))
        redo = self.undo_stack.createRedoAction(self, tr("Redo"))
        for action in (undo, redo):
            button = QToolButton()
            button.setDefaultAction(action)
            row.addWidget(button)
        self.map_tool_button = QPushButton(tr("Assign by clicking the map"))
        self.map_tool_button.setCheckable(True)
        self.map_tool_button.toggled.connect(self._toggle_map_tool)
        row.addWidget(self.map_tool_button)
        self.reoptimise_button = QPushButton(tr("Re-optimise the rest"))
        self.reoptimise_button.setToolTip(tr("Keep the locked alliances and let the solver redo the others"))
        self.reoptimise_button.clicked.connect(self.reoptimise)
        row.addWidget(self.reoptimise_button)
        layout.addLayout(row)
        return tab

    def _scenarios_tab(self) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        row = QHBoxLayout()
        self.scenario_name = QLineEdit()
        self.scenario_name.setPlaceholderText(tr("Scenario name"))
        save = QPushButton(tr("Save scenario"))
        save.clicked.connect(lambda: self.save_scenario(self.scenario_name.text()))
        restore = QPushButton(tr("Restore selected"))
        restore.clicked.connect(self._restore_selected)
        row.addWidget(self.scenario_name, 1)
        row.addWidget(save)
        row.addWidget(restore)
        layout.addLayout(row)
        self.scenario_table = QTableWidget()
        self.scenario_table.setObjectName("scenarioTable")
        self.scenario_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.scenario_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        layout.addWidget(self.scenario_table, 1)
        return tab

    # ------------------------------------------------------------------ data and settings
    def load_sample(self) -> QgsVectorLayer:
        project = QgsProject.instance()
        units = sample_layer("sigungu")
        facilities = sample_layer("emergency_facilities")
        project.addMapLayers([facilities, units])
        self.layer_combo.setLayer(units)
        self.facility_combo.setLayer(facilities)
        self.facility_filter.setText("\"cls\" IN ('권역응급의료센터','지역응급의료센터')")
        self.eligible.setExpression(NON_METRO)
        self.hubs.setExpression("\"innovation_city\" = 1 OR \"pop_reg_2025\" >= 150000")
        self.group_combo.setField("")
        self.save_settings()
        return units

    def _layer_changed(self, layer) -> None:
        for combo in (*self.field_combos.values(), self.group_combo):
            combo.setLayer(layer)
        self.eligible.setLayer(layer)
        self.hubs.setLayer(layer)
        if layer is None:
            return
        names = layer.fields().names()
        for role, combo in self.field_combos.items():
            guess = guess_field(names, role)
            combo.setField(guess or "")

    def field(self, role: str) -> str:
        return self.field_combos[role].currentField()

    def settings(self) -> dict:
        layer = self.layer_combo.currentLayer()
        facilities = self.facility_combo.currentLayer()
        return {
            "layer": layer.id() if layer else "",
            "fields": {role: self.field(role) for role in self.field_combos},
            "facilities": facilities.id() if facilities else "",
            "facility_filter": self.facility_filter.text(),
            "small_population": self.small_population.value(), "low_births": self.low_births.value(),
            "min_count": self.min_count.value(), "max_distance": self.max_distance.value(),
            "eligible": self.eligible.expression(), "hubs": self.hubs.expression(),
            "min_members": self.min_members.value(), "max_members": self.max_members.value(),
            "min_population": self.min_population.value(), "max_population": self.max_population.value(),
            "group": self.group_combo.currentField(), "objective": self.objective.currentIndex(),
            "time_limit": self.time_limit.value(), "tolerance": self.tolerance.value(),
            "island_distance": self.island_distance.value(),
        }

    def save_settings(self, *_args) -> None:
        """Into the project. Called on explicit actions only (run, sample, edits): while QGIS
        reads a project the combo boxes change on their own and must not overwrite it."""
        if not self._restoring:
            QgsProject.instance().writeEntry(SCOPE, "settings", json.dumps(self.settings()))

    def _project_cleared(self) -> None:
        """A new or closed project: forget its layers and plan (they are gone with it)."""
        self.units_layer = self.edit_layer = self.indicators_layer = self.editor = None
        self.table_model.set_editor(None)
        self.undo_stack.clear()
        self.scenarios = {}
        self._refresh_scenarios()

    def apply_settings(self, values: dict) -> None:
        project = QgsProject.instance()
        layer = project.mapLayer(values.get("layer", ""))
        if layer is not None:
            self.layer_combo.setLayer(layer)
        for role, name in values.get("fields", {}).items():
            if role in self.field_combos:
                self.field_combos[role].setField(name)
        facilities = project.mapLayer(values.get("facilities", ""))
        self.facility_combo.setLayer(facilities)
        self.facility_filter.setText(values.get("facility_filter", ""))
        for key in ("small_population", "low_births", "min_count", "max_distance", "min_population",
                    "max_population", "time_limit", "tolerance", "island_distance"):
            if key in values:
                getattr(self, key).setValue(values[key])
        self.min_members.setValue(values.get("min_members", 2))
        self.max_members.setValue(values.get("max_members", 5))
        self.eligible.setExpression(values.get("eligible", ""))
        self.hubs.setExpression(values.get("hubs", ""))
        self.group_combo.setField(values.get("group", ""))
        self.objective.setCurrentIndex(values.get("objective", 0))

    def restore_from_project(self) -> None:
        """Settings, scenarios and the current plan saved in the project come back.

        A slot that raises would take QGIS down (PyQt aborts on unhandled exceptions in
        slots), so a broken entry is reported and skipped instead."""
        try:
            self._restore_from_project()
        except Exception as err:  # noqa: BLE001 (reported, never fatal)
            QgsMessageLog.logMessage(f"Could not restore the saved plan: {err!r}", "Small but Strong",
                                     MESSAGE_WARNING)
            self.status.setText(tr("Could not restore the saved plan: {0}").format(err))

    def _restore_from_project(self) -> None:
        project = QgsProject.instance()
        text, ok = project.readEntry(SCOPE, "settings", "")
        if ok and text:
            self._restoring = True
            try:
                self.apply_settings(json.loads(text))
            finally:
                self._restoring = False
        text, ok = project.readEntry(SCOPE, "scenarios", "")
        layer_id, found = project.readEntry(SCOPE, "units_layer", "")
        units = project.mapLayer(layer_id) if found else None
        self._project_cleared()
        self.scenarios = json.loads(text) if ok and text else {}
        self._refresh_scenarios()
        if isinstance(units, QgsVectorLayer):
            self.units_layer = units
            indicators = project.mapLayer(project.readEntry(SCOPE, "indicators_layer", "")[0])
            self.indicators_layer = indicators if isinstance(indicators, QgsVectorLayer) else None
            edit_id, _ = project.readEntry(SCOPE, "edit_layer", "")
            edit = project.mapLayer(edit_id)
            self.edit_layer = edit if isinstance(edit, QgsVectorLayer) else None
            plan, ok = project.readEntry(SCOPE, "plan", "")
            self._build_editor(json.loads(plan) if ok and plan else None)

    # ------------------------------------------------------------------ running
    def _out(self, name: str) -> str:
        return os.path.join(self._workdir, f"{name}_{int(time.time() * 1000)}.gpkg")

    def _indicator_params(self, layer: QgsVectorLayer) -> dict:
        s = self.settings()
        f = s["fields"]
        params = {"INPUT": layer, "ID_FIELD": f["id"], "NAME_FIELD": f["name"],
                  "POPULATION_FIELD": f["population"], "SMALL_POPULATION": s["small_population"],
                  "LOW_BIRTHS": s["low_births"], "OUTPUT": self._out("indicators")}
        optional = {"population_base": "POPULATION_BASE_FIELD", "elderly": "ELDERLY_FIELD",
                    "young_women": "YOUNG_WOMEN_FIELD", "births": "BIRTHS_FIELD"}
        for role, name in optional.items():
            if f.get(role):
                params[name] = f[role]
        if f.get("population_base"):
            years = [int(y) for y in (f["population"][-4:], f["population_base"][-4:]) if y.isdigit()]
            if len(years) == 2 and years[0] != years[1]:
                params["YEAR"], params["BASE_YEAR"] = years
        return params

    def _alliance_params(self, source, locked_field: Optional[str] = None) -> dict:
        s = self.settings()
        f = s["fields"]
        params = {"INPUT": source, "ID_FIELD": f["id"], "NAME_FIELD": f["name"],
                  "POPULATION_FIELD": f["population"], "MIN_MEMBERS": s["min_members"],
                  "MAX_MEMBERS": s["max_members"], "MIN_POPULATION": s["min_population"],
                  "MAX_POPULATION": s["max_population"], "OBJECTIVE": s["objective"],
                  "TIME_LIMIT": s["time_limit"], "ADJACENCY_TOLERANCE": s["tolerance"],
                  "ISLAND_LINK_DISTANCE": s["island_distance"], "OUTPUT": self._out("alliances"),
                  "OUTPUT_MEMBERS": self._out("members")}
        if s["eligible"]:
            params["ELIGIBLE"] = s["eligible"]
        if s["hubs"]:
            params["HUBS"] = s["hubs"]
        if s["group"]:
            params["GROUP_FIELD"] = s["group"]
        if locked_field:
            params["LOCKED_FIELD"] = locked_field
        return params

    def _gap_params(self, source) -> Optional[dict]:
        s = self.settings()
        f = s["fields"]
        facilities = self.facility_combo.currentLayer()
        if not f.get("supply") and facilities is None:
            return None
        params = {"INPUT": source, "ID_FIELD": f["id"], "POPULATION_FIELD": f["population"],
                  "MIN_COUNT": s["min_count"], "MAX_DISTANCE": s["max_distance"],
                  "ALLIANCE_FIELD": "alliance_id", "OUTPUT": self._out("gaps"),
                  "OUTPUT_ALLIANCES": self._out("gap_alliances")}
        if f.get("supply"):
            params["COUNT_FIELD"] = f["supply"]
        if facilities is not None:
            params["FACILITIES"] = facilities
            if s["facility_filter"]:
                params["FACILITY_FILTER"] = s["facility_filter"]
        return params

    def run_pipeline(self) -> None:
        """Indicators -> alliances -> service gaps, in the background."""
        layer = self.layer_combo.currentLayer()
        if layer is None:
            self.status.setText(tr("Choose a boundary layer first."))
            return
        self.save_settings()
        steps = [("smallbutstrong:declineindicators", lambda _r: self._indicator_params(layer)),
                 ("smallbutstrong:proposealliances",
                  lambda r: self._alliance_params(r["smallbutstrong:declineindicators"]["OUTPUT"]))]
        if self._gap_params("probe") is not None:
            steps.append(("smallbutstrong:servicegaps",
                          lambda r: self._gap_params(r["smallbutstrong:proposealliances"]["OUTPUT_MEMBERS"])))
        self._start(steps)

    def reoptimise(self) -> None:
        """Keep the locked alliances, re-solve the rest (LOCKED_FIELD of the alliance algorithm)."""
        if self.editor is None or self.indicators_layer is None:
            self.status.setText(tr("Run the pipeline first."))
            return
        locked_input = self._locked_input()
        steps = [("smallbutstrong:proposealliances", lambda _r: self._alliance_params(locked_input, "sbs_locked"))]
        if self._gap_params("probe") is not None:
            steps.append(("smallbutstrong:servicegaps",
                          lambda r: self._gap_params(r["smallbutstrong:proposealliances"]["OUTPUT_MEMBERS"])))
        self._start(steps, keep_indicators=True)

    def _locked_input(self) -> QgsVectorLayer:
        """The indicators layer plus ``sbs_locked`` = alliance id of each locked alliance's members."""
        source = self.indicators_layer
        id_field = self.field("id")
        layer = source.materialize(QgsFeatureRequest())
        layer.startEditing()
        layer.addAttribute(new_field("sbs_locked", FIELD_INT))
        layer.updateFields()
        idx = layer.fields().lookupField("sbs_locked")
        for feature in layer.getFeatures():
            aid = self.editor.assignment.get(unit_id(feature[id_field]))
            if aid is not None and aid in self.editor.locked:
                layer.changeAttributeValue(feature.id(), idx, aid)
        layer.commitChanges()
        return layer

    def _start(self, steps, keep_indicators: bool = False) -> None:
        self._keep_indicators = keep_indicators
        self.run_button.setEnabled(False)
        self.reoptimise_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        self.progress.setValue(0)
        self._run_started = time.perf_counter()
        self.runner.start(steps)

    def _pipeline_failed(self, message: str) -> None:
        self._end_run()
        self.status.setText(tr("Stopped: {0}").format(message))

    def _end_run(self) -> None:
        self.run_button.setEnabled(True)
        self.reoptimise_button.setEnabled(True)
        self.cancel_button.setEnabled(False)

    def _pipeline_finished(self, results: dict) -> None:
        self._end_run()
        self.timings = dict(self.runner.timings, total=time.perf_counter() - self._run_started)
        project = QgsProject.instance()
        root = project.layerTreeRoot()
        group = root.findGroup("Small but Strong") or root.insertGroup(0, "Small but Strong")
        for child in list(group.children()):
            group.removeChildNode(child)
        ind = results.get("smallbutstrong:declineindicators")
        if ind:
            self.indicators_layer = QgsVectorLayer(ind["OUTPUT"], tr("Decline indicators"), "ogr")
            apply_style(self.indicators_layer, "decline_risk")
        if self.indicators_layer is not None:
            project.addMapLayer(self.indicators_layer, False)
            group.addLayer(self.indicators_layer).setItemVisibilityChecked(False)
        alliances = results["smallbutstrong:proposealliances"]
        gaps = results.get("smallbutstrong:servicegaps")
        if gaps:
            units = QgsVectorLayer(gaps["OUTPUT"], tr("Units: service gaps"), "ogr")
            apply_style(units, "service_gaps")
        else:
            units = QgsVectorLayer(alliances["OUTPUT_MEMBERS"], tr("Units: alliance members"), "ogr")
            apply_style(units, "alliances_members")
        project.addMapLayer(units, False)
        group.insertLayer(0, units)
        self.units_layer = units
        self.edit_layer = None
        self._build_editor()
        self.status.setText(tr("Done in {0:.1f} s: {1}").format(
            self.timings["total"], ", ".join(f"{k.split(':')[-1]} {v:.1f} s" for k, v in self.runner.timings.items())))
        self.tabs.setCurrentIndex(2)

    # ------------------------------------------------------------------ editing
    def _expression_flags(self, layer: QgsVectorLayer, text: str) -> Optional[Dict[int, bool]]:
        if not text:
            return None
        expression = QgsExpression(text)
        context = QgsExpressionContext(QgsExpressionContextUtils.globalProjectLayerScopes(layer))
        expression.prepare(context)
        flags = {}
        for feature in layer.getFeatures():
            context.setFeature(feature)
            flags[feature.id()] = bool(expression.evaluate(context))
        return flags

    def _build_editor(self, plan: Optional[dict] = None) -> None:
        """An editor over the working layer, with the same adjacency the algorithm uses."""
        layer = self.units_layer
        s = self.settings()
        f = s["fields"]
        eligible = self._expression_flags(layer, s["eligible"])
        hubs = self._expression_flags(layer, s["hubs"])
        eligible_ids = None
        if eligible is not None:
            eligible_ids = {unit_id(feat[f["id"]]) for feat in layer.getFeatures() if eligible[feat.id()]}
        graph, metric = layer_graph(layer, f["id"], s["tolerance"], s["island_distance"], eligible=eligible_ids,
                                    transform_context=QgsProject.instance().transformContext())
        points = {}
        for uid, geom in metric.items():
            point = geom.pointOnSurface().asPoint()
            points[uid] = (point.x(), point.y())
        units, names, risk, supply, in_gap, assignment = [], {}, {}, None, {}, {}
        fields = layer.fields().names()
        has_gap = "gap" in fields
        supply_field = "n_facilities" if "n_facilities" in fields else None
        if has_gap and supply_field:
            supply = {}
        self._fid_of = {}
        for feature in layer.getFeatures():
            uid = unit_id(feature[f["id"]])
            if uid is None:
                continue
            self._fid_of[uid] = feature.id()
            x, y = points.get(uid, (0.0, 0.0))
            units.append(Unit(id=uid, population=to_float(feature[f["population"]]) or 0.0, x=x, y=y,
                              eligible=True if eligible is None else eligible[feature.id()],
                              hub=bool(hubs and hubs[feature.id()]),
                              group=None if not s["group"] else feature[s["group"]]))
            names[uid] = str(feature[f["name"]]) if f["name"] else uid
            if "risk_index" in fields:
                risk[uid] = to_float(feature["risk_index"])
            if supply is not None:
                supply[uid] = to_float(feature[supply_field]) or 0.0
            if has_gap:
                in_gap[uid] = to_float(feature["gap"]) == 1
            aid = feature["alliance_id"] if "alliance_id" in fields else None
            assignment[uid] = None if is_null(aid) else int(aid)
        problem = AllianceProblem(
            units=units, edges=graph.all_edges(), min_members=s["min_members"], max_members=s["max_members"],
            min_population=s["min_population"], max_population=s["max_population"],
            require_hub=bool(s["hubs"]), objective=OBJECTIVES[s["objective"]])
        locked = ()
        if plan:
            assignment = {k: v for k, v in plan["assignment"].items()}
            locked = plan.get("locked", ())
        self.editor = AllianceEditor(problem, assignment, names=names, risk=risk, supply=supply,
                                     in_gap=in_gap, min_count=s["min_count"], locked=locked)
        self.undo_stack.clear()
        self.table_model.set_editor(self.editor)
        self._fill_combos()
        self._redraw_alliances()

    def _fill_combos(self) -> None:
        self.unit_combo.clear()
        for uid in sorted(self.editor.units, key=lambda u: self.editor.names.get(u, u)):
            if self.editor.units[uid].eligible:
                self.unit_combo.addItem(f"{self.editor.names.get(uid, uid)} ({uid})", uid)
        self.target_combo.clear()
        self.target_combo.addItem(tr("(no alliance)"), None)
        for row in self.editor.rows():
            self.target_combo.addItem(f"{row.alliance_id}: {row.name}", row.alliance_id)
        self.target_combo.addItem(tr("(new alliance)"), -1)

    def move_unit(self, unit_id: str, target: Optional[int]) -> float:
        """Move through the undo stack; returns the re-validation time in milliseconds."""
        if target == -1:
            target = self.editor.new_alliance_id()
        started = time.perf_counter()
        self.undo_stack.push(MoveUnitCommand(self.editor, unit_id, target, self._on_moved))
        return (time.perf_counter() - started) * 1000.0

    def _move_clicked(self) -> None:
        uid = self.unit_combo.currentData()
        if uid is not None:
            ms = self.move_unit(uid, self.target_combo.currentData())
            self.status.setText(tr("Re-validated in {0:.1f} ms.").format(ms))

    def _on_moved(self, unit_id: str, old: Optional[int], new: Optional[int]) -> None:
        started = time.perf_counter()
        if self.units_layer is not None and unit_id in self._fid_of:
            idx = self.units_layer.fields().lookupField("alliance_id")
            if idx >= 0:
                self.units_layer.dataProvider().changeAttributeValues({self._fid_of[unit_id]: {idx: new}})
                self.units_layer.triggerRepaint()
        self.table_model.reload()
        t_layer = time.perf_counter()
        self._redraw_alliances([a for a in (old, new) if a is not None])
        t_redraw = time.perf_counter()
        self._fill_combos()
        self._save_plan()
        self.last_edit_timing = {"validate_ms": self.editor.last_validation_ms,
                                 "layer_write_ms": (t_layer - started) * 1000.0,
                                 "redraw_ms": (t_redraw - t_layer) * 1000.0,
                                 "total_ms": (time.perf_counter() - started) * 1000.0}

    def _save_plan(self) -> None:
        if self.editor is None:
            return
        project = QgsProject.instance()
        project.writeEntry(SCOPE, "plan", json.dumps({"assignment": self.editor.assignment,
                                                      "locked": sorted(self.editor.locked)}))
        if self.units_layer is not None:
            project.writeEntry(SCOPE, "units_layer", self.units_layer.id())
        if self.edit_layer is not None:
            project.writeEntry(SCOPE, "edit_layer", self.edit_layer.id())
        if self.indicators_layer is not None:
            project.writeEntry(SCOPE, "indicators_layer", self.indicators_layer.id())

    def _redraw_alliances(self, changed: Optional[List[int]] = None) -> None:
        """Alliance polygons drawn from the editor: valid ones bold, invalid ones flagged."""
        project = QgsProject.instance()
        if self.edit_layer is None or project.mapLayer(self.edit_layer.id()) is None:
            crs = self.units_layer.crs().authid() or self.units_layer.crs().toWkt()
            self.edit_layer = QgsVectorLayer(
                f"MultiPolygon?crs={crs}&field=alliance_id:integer&field=name:string&field=population:double"
                "&field=n_members:integer&field=pop_ratio:double&field=valid:integer&field=violations:string"
                "&field=locked:integer", tr("Alliances (editable plan)"), "memory")
            self.edit_layer.loadNamedStyle(str(STYLES / "alliances_edit.qml"))
            project.addMapLayer(self.edit_layer, False)
            root = project.layerTreeRoot()
            group = root.findGroup("Small but Strong") or root.insertGroup(0, "Small but Strong")
            group.insertLayer(0, self.edit_layer)
            changed = None
        provider = self.edit_layer.dataProvider()
        wanted = None if changed is None else set(changed)
        drop = [f.id() for f in self.edit_layer.getFeatures()
                if wanted is None or f["alliance_id"] in wanted]
        provider.deleteFeatures(drop)
        geoms = {uid: f.geometry() for uid, f in self._unit_features().items()}
        new = []
        for row in self.editor.rows():
            if wanted is not None and row.alliance_id not in wanted:
                continue
            feature = QgsFeature(self.edit_layer.fields())
            feature.setGeometry(QgsGeometry.unaryUnion([geoms[m] for m in row.members if m in geoms]))
            feature.setAttributes([row.alliance_id, row.name, row.population, len(row.members), row.pop_ratio,
                                   int(row.valid), row.status if not row.valid else "", int(row.locked)])
            new.append(feature)
        provider.addFeatures(new)
        self.edit_layer.updateExtents()
        self.edit_layer.triggerRepaint()
        summary = self.editor.summary()
        self.summary_label.setText(tr(
            "{alliances} alliances ({invalid} invalid); {covered} of {eligible} eligible units covered; "
            "units in gap: {units_in_gap} alone, {units_in_gap_after} after alliances").format(**summary))
        self._save_plan()

    def _unit_features(self) -> Dict[str, QgsFeature]:
        if not hasattr(self, "_features_cache") or self._features_cache[0] is not self.units_layer:
            id_field = self.field("id")
            self._features_cache = (self.units_layer, {unit_id(f[id_field]): f for f in self.units_layer.getFeatures()})
        return self._features_cache[1]

    def selected_alliance(self) -> Optional[int]:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.table_model.alliance_id(self.proxy.mapToSource(rows[0]).row())

    def zoom_to_selected(self) -> None:
        aid = self.selected_alliance()
        if aid is None or self.editor is None or self.units_layer is None:
            return
        members = self.editor.members(aid)
        self.units_layer.selectByIds([self._fid_of[m] for m in members if m in self._fid_of])
        index = self.target_combo.findData(aid)
        if index >= 0:
            self.target_combo.setCurrentIndex(index)
        if self.iface is not None:
            box = self.units_layer.boundingBoxOfSelected()
            box.scale(1.3)
            canvas = self.iface.mapCanvas()
            canvas.setExtent(self._to_canvas(box))
            canvas.refresh()

    def _to_canvas(self, box):
        from qgis.core import QgsCoordinateTransform

        canvas = self.iface.mapCanvas()
        transform = QgsCoordinateTransform(self.units_layer.crs(), canvas.mapSettings().destinationCrs(),
                                           QgsProject.instance())
        return transform.transformBoundingBox(box)

    def _toggle_map_tool(self, on: bool) -> None:
        if self.iface is None or self.units_layer is None:
            self.map_tool_button.setChecked(False)
            return
        canvas = self.iface.mapCanvas()
        if on:
            self._map_tool = QgsMapToolIdentifyFeature(canvas, self.units_layer)
            self._map_tool.featureIdentified.connect(self._unit_clicked)
            canvas.setMapTool(self._map_tool)
        elif getattr(self, "_map_tool", None) is not None:
            canvas.unsetMapTool(self._map_tool)
            self._map_tool = None

    def _unit_clicked(self, feature: QgsFeature) -> None:
        """Click a unit: it joins the alliance chosen in the table (or leaves it if already in)."""
        uid = unit_id(feature[self.field("id")])
        target = self.selected_alliance()
        if target is not None and self.editor.assignment.get(uid) == target:
            target = None
        ms = self.move_unit(uid, target)
        self.status.setText(tr("{0}: re-validated in {1:.1f} ms.").format(self.editor.names.get(uid, uid), ms))

    # ------------------------------------------------------------------ scenarios
    def save_scenario(self, name: str) -> None:
        if self.editor is None:
            return
        name = name.strip() or tr("Scenario {0}").format(len(self.scenarios) + 1)
        self.scenarios[name] = {"assignment": dict(self.editor.assignment),
                                "locked": sorted(self.editor.locked), "summary": self.editor.summary()}
        QgsProject.instance().writeEntry(SCOPE, "scenarios", json.dumps(self.scenarios))
        self._refresh_scenarios()

    def restore_scenario(self, name: str) -> None:
        plan = self.scenarios[name]
        for uid, aid in plan["assignment"].items():
            if self.editor.assignment.get(uid) != aid:
                self.editor.assignment[uid] = aid
        self.editor.locked = set(plan.get("locked", ()))
        self.editor.refresh()
        self.undo_stack.clear()
        self.table_model.reload()
        self._fill_combos()
        self._redraw_alliances()

    def _restore_selected(self) -> None:
        rows = self.scenario_table.selectionModel().selectedRows()
        if rows:
            self.restore_scenario(self.scenario_table.item(rows[0].row(), 0).text())

    def _refresh_scenarios(self) -> None:
        headers = ["Scenario", "Alliances", "Invalid", "Covered units", "Units in gap after", "Population in gap after"]
        keys = [None, "alliances", "invalid", "covered", "units_in_gap_after", "population_in_gap_after"]
        self.scenario_table.clear()
        self.scenario_table.setColumnCount(len(headers))
        self.scenario_table.setHorizontalHeaderLabels([tr(h) for h in headers])
        self.scenario_table.setRowCount(len(self.scenarios))
        for r, (name, plan) in enumerate(sorted(self.scenarios.items())):
            for c, key in enumerate(keys):
                value = name if key is None else plan["summary"].get(key, "")
                text = f"{value:,.0f}" if isinstance(value, (int, float)) else str(value)
                self.scenario_table.setItem(r, c, QTableWidgetItem(text))
        self.scenario_table.resizeColumnsToContents()
