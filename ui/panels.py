"""The Data and Settings tabs: what to analyse, and the thresholds, read from and written to a dict.

Field choices start from :func:`core.fields.guess`, which says which rule chose each field; the
tab shows that sentence, so an analyst sees at once that ``PO90`` was taken as the population
because of its year. Every threshold starts at the algorithm's own default (:mod:`.defaults`), a
profile fills the policy thresholds, and settings the installed algorithm cannot take are hidden.
"""

from __future__ import annotations

from typing import Dict, Optional

from qgis.gui import QgsFieldComboBox, QgsFieldExpressionWidget, QgsMapLayerComboBox
from qgis.PyQt.QtCore import Qt, pyqtSignal
from qgis.PyQt.QtWidgets import (
    QComboBox,
    QCompleter,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ..compat import LAYER_FILTER_POINT, LAYER_FILTER_POLYGON
from ..core.fields import guess
from ..core.profiles import PROFILE_KEYS, PROFILES
from ..core.schema import OBJECTIVES
from ..processing.translate import tr
from . import defaults as d
from .parameters import FIELD_ROLES
from .settings_store import default_settings, profile_values


def searchable_combo(tooltip: str = "") -> QComboBox:
    """An editable combo box whose list filters as one types (any part of the text)."""
    combo = QComboBox()
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    combo.completer().setFilterMode(Qt.MatchFlag.MatchContains)
    combo.completer().setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
    combo.setToolTip(tooltip)
    return combo


def role_labels() -> Dict[str, str]:
    return {"id": tr("Unit id"), "name": tr("Unit name"), "population": tr("Population"),
            "population_base": tr("Population (base year)"), "elderly": tr("Residents 65+"),
            "elderly_share": tr("Share of residents 65+"), "median_age": tr("Median age"),
            "young_women": tr("Women 20–39"), "births": tr("Annual births"),
            "supply": tr("Service count field (e.g. ob-gyn doctors)")}


class DataPanel(QWidget):
    """The boundary layer, its fields by role, and the facilities."""

    sampleRequested = pyqtSignal(str)  # "korea" or "us"

    def __init__(self, parent=None):
        super().__init__(parent)
        form = QFormLayout(self)
        row = QHBoxLayout()
        self.sample_button = QPushButton(tr("Load the Korean sample"))
        self.sample_button.clicked.connect(lambda: self.sampleRequested.emit("korea"))
        self.us_sample_button = QPushButton(tr("Load the US counties sample"))
        self.us_sample_button.clicked.connect(lambda: self.sampleRequested.emit("us"))
        row.addWidget(self.sample_button)
        row.addWidget(self.us_sample_button)
        form.addRow(row)
        self.layer_combo = QgsMapLayerComboBox()
        self.layer_combo.setFilters(LAYER_FILTER_POLYGON)
        self.layer_combo.layerChanged.connect(self.layer_changed)
        form.addRow(tr("Boundary layer"), self.layer_combo)
        self.field_combos: Dict[str, QgsFieldComboBox] = {}
        labels = role_labels()
        for role, _param, optional in FIELD_ROLES:
            combo = QgsFieldComboBox()
            combo.setAllowEmptyFieldName(optional)
            self.field_combos[role] = combo
            form.addRow(labels[role], combo)
        self.guess_label = QLabel()
        self.guess_label.setWordWrap(True)
        self.guess_label.setObjectName("guessLabel")
        form.addRow(self.guess_label)
        self.facility_combo = QgsMapLayerComboBox()
        self.facility_combo.setFilters(LAYER_FILTER_POINT)
        self.facility_combo.setAllowEmptyLayer(True)
        self.facility_combo.setLayer(None)
        form.addRow(tr("Facilities (points, optional)"), self.facility_combo)
        self.facility_filter = QLineEdit()
        self.facility_filter.setPlaceholderText(tr("an expression, e.g. \"type\" IN ('hospital', 'clinic')"))
        self.facility_filter.setToolTip(tr("Which facility points count (empty: all of them). The bundled sample's "
                                           "emergency rooms use \"cls\" for the level of the centre."))
        form.addRow(tr("Facility filter"), self.facility_filter)
        #: role -> (field, rule) of the last guess
        self.guesses: Dict[str, tuple] = {}
        self.layer_changed(self.layer_combo.currentLayer())  # the combo picks a layer before we listen

    def layer_changed(self, layer) -> None:
        for combo in self.field_combos.values():
            combo.setLayer(layer)
        self.guesses = {}
        if layer is None:
            self.guess_label.setText("")
            return
        names = layer.fields().names()
        numeric = [f.name() for f in layer.fields() if f.isNumeric()]
        taken = []
        for role, _param, _optional in FIELD_ROLES:
            found = guess(names, role, numeric, exclude=[] if role == "population_base" else taken)
            self.field_combos[role].setField(found.field or "")
            if found.field:
                taken.append(found.field)
                self.guesses[role] = (found.field, found.rule)
                self.field_combos[role].setToolTip(tr("Guessed: {0} ({1})").format(found.field, found.rule))
        self.show_guesses()

    def show_guesses(self) -> None:
        labels = role_labels()
        parts = [tr("{0} = {1} ({2})").format(labels[r], f, rule) for r, (f, rule) in self.guesses.items()]
        missing = [labels[r] for r, _p, optional in FIELD_ROLES if not optional and r not in self.guesses]
        text = tr("Fields guessed from their names: {0}.").format("; ".join(parts)) if parts else ""
        if missing:
            text += " " + tr("Not found, choose them: {0}.").format(", ".join(missing))
        self.guess_label.setText(text)

    def values(self) -> dict:
        layer = self.layer_combo.currentLayer()
        facilities = self.facility_combo.currentLayer()
        return {"layer": layer.id() if layer else "",
                "fields": {role: combo.currentField() for role, combo in self.field_combos.items()},
                "facilities": facilities.id() if facilities else "", "facility_filter": self.facility_filter.text()}

    def apply(self, values: dict, project) -> None:
        layer = project.mapLayer(values.get("layer", ""))
        if layer is not None:
            self.layer_combo.setLayer(layer)
        for role, name in values.get("fields", {}).items():
            if role in self.field_combos:
                self.field_combos[role].setField(name)
        self.facility_combo.setLayer(project.mapLayer(values.get("facilities", "")))
        self.facility_filter.setText(values.get("facility_filter", ""))


def _spin(form: QFormLayout, label: str, value, low: float, high: float, step: float, decimals: int = 0):
    spin = QDoubleSpinBox()
    spin.setDecimals(decimals)
    spin.setRange(low, high)
    spin.setSingleStep(step)
    spin.setGroupSeparatorShown(True)
    spin.setValue(float(value or 0))
    form.addRow(label, spin)
    return spin


class SettingsPanel(QWidget):
    """The thresholds of the three steps, filled from the algorithms' defaults and a profile."""

    def __init__(self, parent=None):
        super().__init__(parent)
        start = default_settings()
        outer = QVBoxLayout(self)
        top = QFormLayout()
        self.profile = QComboBox()
        for key in PROFILE_KEYS:
            self.profile.addItem(tr(PROFILES[key].name), key)  # i18n: core/profiles.py
        self.profile.currentIndexChanged.connect(self._profile_changed)
        top.addRow(tr("Policy profile"), self.profile)
        self.profile_note = QLabel()
        self.profile_note.setWordWrap(True)
        top.addRow(self.profile_note)
        outer.addLayout(top)
        self.spins: Dict[str, QDoubleSpinBox] = {}
        self._decline_box(outer, start)
        self._gap_box(outer, start)
        self._alliance_box(outer, start)
        self._durable_box(outer, start)
        outer.addStretch(1)
        self._profile_changed()

    def _decline_box(self, outer, start) -> None:
        box = QGroupBox(tr("Decline indicators"))
        form = QFormLayout(box)
        self.spins["small_population"] = _spin(form, tr("Small unit below (residents)"), start["small_population"],
                                               0, 1e8, 1000)
        self.spins["low_births"] = _spin(form, tr("Low births below (a year)"), start["low_births"], 0, 1e6, 10)
        outer.addWidget(box)

    def _gap_box(self, outer, start) -> None:
        box = QGroupBox(tr("Service gaps"))
        form = QFormLayout(box)
        self.spins["min_count"] = _spin(form, tr("National minimum per unit"), start["min_count"], 0, 1e6, 1)
        self.spins["max_distance"] = _spin(form, tr("Standard distance (km)"), start["max_distance"], 0, 1e4, 5)
        outer.addWidget(box)

    def _alliance_box(self, outer, start) -> None:
        box = QGroupBox(tr("Alliances"))
        form = QFormLayout(box)
        self.eligible = QgsFieldExpressionWidget()
        form.addRow(tr("Eligible units"), self.eligible)
        self.hubs = QgsFieldExpressionWidget()
        form.addRow(tr("Hubs (optional)"), self.hubs)
        self.min_members = QSpinBox()
        self.min_members.setRange(1, 50)
        form.addRow(tr("Minimum members"), self.min_members)
        self.max_members = QSpinBox()
        self.max_members.setRange(1, 50)
        form.addRow(tr("Maximum members"), self.max_members)
        self.spins["min_population"] = _spin(form, tr("Population floor"), start["min_population"], 0, 1e9, 10000)
        self.spins["max_population"] = _spin(form, tr("Population ceiling (0 = none)"), start["max_population"],
                                             0, 1e9, 10000)
        self.group_combo = QgsFieldComboBox()
        self.group_combo.setAllowEmptyFieldName(True)
        form.addRow(tr("Same group field (optional)"), self.group_combo)
        self.objective = QComboBox()
        self.objective.addItems([tr("coverage: most units in alliances"), tr("count: most alliances"),
                                 tr("compactness: full coverage, then most compact")])
        self.objective.setCurrentIndex(min(int(start["objective"]), len(OBJECTIVES) - 1))
        form.addRow(tr("Objective"), self.objective)
        self.spins["tolerance"] = _spin(form, tr("Neighbours within (m)"), start["tolerance"], 0, 1e5, 50)
        self.spins["island_distance"] = _spin(form, tr("Link islands within (m, 0 = off)"),
                                              start["island_distance"], 0, 1e6, 1000)
        self.spins["time_limit"] = _spin(form, tr("Time limit (s, 0 = none)"), start["time_limit"], 0, 3600, 5)
        self.spins["hub_distance"] = _spin(form, tr("Members within (km of the hub, 0 = any)"), 0, 0, 1e4, 5)
        self._hub_distance_row = (form, self.spins["hub_distance"])
        outer.addWidget(box)

    def _durable_box(self, outer, start) -> None:
        self.durable_box = QGroupBox(tr("Durable alliances"))
        form = QFormLayout(self.durable_box)
        self.durable_year = QSpinBox()
        self.durable_year.setRange(0, 2100)
        self.durable_year.setSpecialValueText(tr("off"))
        self.durable_year.setToolTip(tr("Project the population to this year (Project population) and require "
                                        "every alliance to keep the floor below then as well."))
        form.addRow(tr("Durable to the year"), self.durable_year)
        self.spins["future_min_population"] = _spin(form, tr("Population floor in that year"),
                                                    start["future_min_population"], 0, 1e9, 10000)
        outer.addWidget(self.durable_box)

    def refresh_availability(self) -> None:
        """Hide the settings the installed proposealliances cannot take."""
        self.durable_box.setVisible(d.has_parameter(d.ALLIANCES, "FUTURE_POPULATION_FIELD")
                                    and d.has_parameter(d.PROJECTION, "TARGET_YEARS"))
        form, spin = self._hub_distance_row
        shown = d.has_parameter(d.ALLIANCES, "MAX_HUB_DISTANCE")
        spin.setVisible(shown)
        label = form.labelForField(spin)
        if label is not None:
            label.setVisible(shown)

    def _profile_changed(self, *_args) -> None:
        key = self.profile.currentData()
        values = profile_values(key)
        for name in ("min_population", "small_population", "low_births"):
            self.spins[name].setValue(float(values[name]))
        self.min_members.setValue(int(values["min_members"]))
        self.max_members.setValue(int(values["max_members"]))
        self.spins["future_min_population"].setValue(float(values["min_population"]))
        profile = PROFILES[key]
        self.profile_note.setText(tr("Floor {0}, {1}–{2} members, small below {3}.").format(
            f"{profile.min_population:,.0f}", profile.min_members, profile.max_members,
            f"{profile.small_population:,.0f}"))
        self.profile_note.setToolTip(profile.sources)

    def set_layer(self, layer) -> None:
        self.eligible.setLayer(layer)
        self.hubs.setLayer(layer)
        self.group_combo.setLayer(layer)

    def values(self) -> dict:
        out = {key: spin.value() for key, spin in self.spins.items()}
        out.update(profile=self.profile.currentData(), eligible=self.eligible.expression(),
                   hubs=self.hubs.expression(), group=self.group_combo.currentField(),
                   objective=self.objective.currentIndex(), min_members=self.min_members.value(),
                   max_members=self.max_members.value(),
                   durable_year=0 if self.durable_box.isHidden() else self.durable_year.value())
        if self.spins["hub_distance"].isHidden():
            out["hub_distance"] = 0.0
        return out

    def apply(self, values: dict) -> None:
        profile: Optional[str] = values.get("profile")
        if profile in PROFILE_KEYS:
            self.profile.blockSignals(True)
            self.profile.setCurrentIndex(PROFILE_KEYS.index(profile))
            self.profile.blockSignals(False)
        for key, spin in self.spins.items():
            if values.get(key) is not None:
                spin.setValue(float(values[key]))
        self.eligible.setExpression(values.get("eligible", ""))
        self.hubs.setExpression(values.get("hubs", ""))
        self.group_combo.setField(values.get("group", ""))
        self.objective.setCurrentIndex(int(values.get("objective", 0)))
        self.min_members.setValue(int(values.get("min_members") or 2))
        self.max_members.setValue(int(values.get("max_members") or 5))
        self.durable_year.setValue(int(values.get("durable_year") or 0))
