"""The Scenarios tab: saved plans with their figures, and two of them compared unit by unit.

Widgets and the tables' contents; the dock does the actions (:mod:`.dock`).
"""

from __future__ import annotations

from typing import List, Optional

from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..processing.translate import tr
from . import messages
from .scenarios import Change, ScenarioBook

CURRENT = "\x00current"


class ScenarioPanel(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(tr("Scenario name"))
        self.save_button = QPushButton(tr("Save the current plan"))
        row.addWidget(self.name_edit, 1)
        row.addWidget(self.save_button)
        layout.addLayout(row)
        splitter = QSplitter(Qt.Orientation.Vertical)
        self.table = QTableWidget()
        self.table.setObjectName("scenarioTable")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        splitter.addWidget(self.table)
        compare = QWidget()
        box = QVBoxLayout(compare)
        box.setContentsMargins(0, 0, 0, 0)
        line = QHBoxLayout()
        self.compare_a = QComboBox()
        self.compare_b = QComboBox()
        self.compare_button = QPushButton(tr("Compare"))
        self.diff_map_button = QPushButton(tr("Show on the map"))
        line.addWidget(QLabel(tr("Compare")))
        line.addWidget(self.compare_a, 1)
        line.addWidget(QLabel(tr("with")))
        line.addWidget(self.compare_b, 1)
        line.addWidget(self.compare_button)
        line.addWidget(self.diff_map_button)
        box.addLayout(line)
        self.diff_label = QLabel()
        self.diff_label.setWordWrap(True)
        box.addWidget(self.diff_label)
        self.diff_table = QTableWidget(0, 3)
        self.diff_table.setObjectName("diffTable")
        self.diff_table.setHorizontalHeaderLabels([tr("Unit"), tr("In A"), tr("In B")])
        self.diff_table.horizontalHeader().setStretchLastSection(True)
        self.diff_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        box.addWidget(self.diff_table, 1)
        splitter.addWidget(compare)
        layout.addWidget(splitter, 1)
        row = QHBoxLayout()
        self.restore_button = QPushButton(tr("Restore"))
        self.base_diff_button = QPushButton(tr("Compare with its base"))
        self.base_diff_button.setObjectName("baseDiffButton")
        self.base_diff_button.setToolTip(tr("Which units the selected scenario moved from the scenario it was "
                                            "based on (or from the run's plan)"))
        self.rename_button = QPushButton(tr("Rename"))
        self.delete_button = QPushButton(tr("Delete"))
        self.export_button = QPushButton(tr("Export…"))
        for button in (self.restore_button, self.base_diff_button, self.rename_button, self.delete_button, self.export_button):
            row.addWidget(button)
        layout.addLayout(row)

    def selected(self) -> Optional[str]:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.table.item(rows[0].row(), 0).data(Qt.ItemDataRole.UserRole)

    def fill(self, book: ScenarioBook) -> None:
        headers = [tr("Scenario"), tr("Based on"), tr("Alliances"), tr("Invalid"), tr("Units covered"), tr("Distance to hub (km)"),
                   tr("Units in gap after"), tr("Population in gap after"), tr("Saved")]
        selected = self.selected()
        self.table.clear()
        self.table.setColumnCount(len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setRowCount(len(book.items))
        for r, scenario in enumerate(book.tree()):
            f = scenario.figures
            depth = book.depth(scenario.name)
            label = ("    " * (depth - 1) + "↳ " if depth else "") + scenario.name
            base = scenario.parent if scenario.parent in book.items else tr("the run's plan")
            values = [label, base, messages.number(f.get("alliances")), messages.number(f.get("invalid")),
                      tr("{0} of {1}").format(messages.number(f.get("covered")), messages.number(f.get("eligible"))),
                      messages.number(f.get("mean_km"), 1), messages.number(f.get("units_in_gap_after")),
                      messages.number(f.get("population_in_gap_after")), scenario.created]
            for c, text in enumerate(values):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, scenario.name)
                self.table.setItem(r, c, item)
            if scenario.name == selected:
                self.table.selectRow(r)
        self.table.resizeColumnsToContents()
        for combo in (self.compare_a, self.compare_b):
            current = combo.currentData()
            combo.clear()
            combo.addItem(tr("the current plan"), CURRENT)
            for name in book.items:
                combo.addItem(name, name)
            index = combo.findData(current)
            combo.setCurrentIndex(max(index, 0))

    def show_diff(self, changes: List[Change], a: str, b: str) -> None:
        self.diff_table.setHorizontalHeaderLabels([tr("Unit"), tr("In {0}").format(a), tr("In {0}").format(b)])
        self.diff_table.setRowCount(len(changes))
        for r, change in enumerate(changes):
            values = [change.name, change.before_name or tr("(no alliance)"), change.after_name or tr("(no alliance)")]
            for c, text in enumerate(values):
                self.diff_table.setItem(r, c, QTableWidgetItem(text))
        self.diff_table.resizeColumnsToContents()
        self.diff_label.setText(tr("{0} unit(s) in another alliance in {2} than in {1}.").format(len(changes), a, b)
                                if changes else tr("{0} and {1} have the same alliances.").format(a, b))
