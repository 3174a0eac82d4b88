"""The Alliances tab: the verdict, the alliance table, the units left out, and the editing tools.

Widgets only; the dock connects them (:mod:`.dock`). The table sorts by a role of its own and
does not re-sort on every edit (the analyst's order stays put until a header is clicked); the
Status column sits next to the name, so it is never cut off.
"""

from __future__ import annotations

from qgis.PyQt.QtCore import QSortFilterProxyModel, Qt
from qgis.PyQt.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDoubleSpinBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QTableView,
    QToolButton,
    QUndoView,
    QVBoxLayout,
    QWidget,
)

from ..processing.translate import tr
from .panels import searchable_combo
from .table_model import MEMBERS, NAME, POPULATION, SORT_ROLE, STATUS, AllianceTableModel, LeftOutModel


class AlliancePanel(QWidget):
    def __init__(self, undo_stack, parent=None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        self.verdict_label = QLabel(tr("No plan yet: run the analysis."))
        self.verdict_label.setObjectName("verdictLabel")
        self.verdict_label.setWordWrap(True)
        self.verdict_label.setTextFormat(Qt.TextFormat.RichText)
        row = QHBoxLayout()
        row.addWidget(self.verdict_label, 1)
        self.restore_optimum_button = QPushButton(tr("Restore the optimum"))
        self.restore_optimum_button.setObjectName("restoreOptimumButton")
        self.restore_optimum_button.setEnabled(False)
        row.addWidget(self.restore_optimum_button)
        layout.addLayout(row)

        self.views = QTabWidget()
        self.views.setObjectName("planViews")
        self.table_model = AllianceTableModel()
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.table_model)
        self.proxy.setSortRole(SORT_ROLE)
        self.proxy.setDynamicSortFilter(False)
        self.table = QTableView()
        self.table.setObjectName("allianceTable")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setMinimumSectionSize(40)
        self.table.sortByColumn(POPULATION, Qt.SortOrder.DescendingOrder)
        self.views.addTab(self.table, tr("Alliances"))
        self.left_out_model = LeftOutModel(self)
        self.left_out = QTableView()
        self.left_out.setObjectName("leftOutTable")
        self.left_out.setModel(self.left_out_model)
        self.left_out.horizontalHeader().setStretchLastSection(True)
        self.left_out.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.left_out.verticalHeader().setVisible(False)
        self.views.addTab(self.left_out, tr("Units left out"))
        # the edit log: every move, assignment, re-solve and restore by name; a click goes back to that state
        self.history = QUndoView(undo_stack)
        self.history.setObjectName("editHistory")
        self.history.setEmptyLabel(tr("The plan of the last run"))
        self.views.addTab(self.history, tr("Edit history"))
        layout.addWidget(self.views, 1)
        layout.addLayout(self._band_row())
        self.summary_label = QLabel()
        self.summary_label.setObjectName("summaryLabel")
        self.summary_label.setWordWrap(True)
        layout.addWidget(self.summary_label)
        layout.addWidget(self._edit_box(undo_stack))
        layout.addLayout(self._action_row())

    def _band_row(self) -> QHBoxLayout:
        """The quota band: a target population (0 = the floor) and the deviation allowed (0 = off)."""
        row = QHBoxLayout()
        self.band_target = QDoubleSpinBox()
        self.band_target.setObjectName("bandTarget")
        self.band_target.setRange(0, 1e10)
        self.band_target.setDecimals(0)
        self.band_target.setSingleStep(10000)
        self.band_target.setGroupSeparatorShown(True)
        self.band_target.setSpecialValueText(tr("the floor"))
        self.band_target.setToolTip(tr("The population each alliance is measured against in the Deviation "
                                       "column (0 = the population floor)"))
        self.band_tolerance = QSpinBox()
        self.band_tolerance.setObjectName("bandTolerance")
        self.band_tolerance.setRange(0, 1000)
        self.band_tolerance.setSingleStep(5)
        self.band_tolerance.setSuffix(" %")
        self.band_tolerance.setPrefix("± ")
        self.band_tolerance.setSpecialValueText(tr("off"))
        self.band_tolerance.setToolTip(tr("Alliances further from the target than this are flagged (yellow): a "
                                          "warning, not a broken rule"))
        row.addWidget(QLabel(tr("Target population")))
        row.addWidget(self.band_target)
        row.addWidget(QLabel(tr("Deviation band")))
        row.addWidget(self.band_tolerance)
        row.addStretch(1)
        return row

    def _edit_box(self, undo_stack) -> QGroupBox:
        box = QGroupBox(tr("Edit the plan"))
        grid = QGridLayout(box)
        self.target_combo = searchable_combo(tr("Type a part of a name to find an alliance"))
        self.target_combo.setObjectName("targetCombo")
        grid.addWidget(QLabel(tr("Target alliance")), 0, 0)
        grid.addWidget(self.target_combo, 0, 1, 1, 3)
        self.unit_combo = searchable_combo(tr("Type a part of a unit's name or id"))
        self.unit_combo.setObjectName("unitCombo")
        self.move_button = QPushButton(tr("Move to target"))
        grid.addWidget(QLabel(tr("Unit")), 1, 0)
        grid.addWidget(self.unit_combo, 1, 1, 1, 2)
        grid.addWidget(self.move_button, 1, 3)
        self.assign_selection_button = QPushButton(tr("Assign the selected units"))
        self.assign_selection_button.setObjectName("assignSelectionButton")
        self.assign_selection_button.setToolTip(tr("Move the units selected on the map (in the units layer or "
                                                   "the boundary layer) to the target alliance"))
        self.map_tool_button = QPushButton(tr("Assign by clicking the map"))
        self.map_tool_button.setObjectName("mapToolButton")
        self.map_tool_button.setCheckable(True)
        undo = undo_stack.createUndoAction(self, tr("Undo"))
        redo = undo_stack.createRedoAction(self, tr("Redo"))
        self.undo_action, self.redo_action = undo, redo
        grid.addWidget(self.assign_selection_button, 2, 0, 1, 2)
        grid.addWidget(self.map_tool_button, 2, 2, 1, 2)
        tools = QHBoxLayout()
        for action in (undo, redo):
            button = QToolButton()
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            tools.addWidget(button)
        self.preview_label = QLabel()
        self.preview_label.setObjectName("previewLabel")
        self.preview_label.setWordWrap(True)
        # room for a three-line preview from the start: the layout does not jump (nor cut the table's
        # selected row) when the first hover fills it
        self.preview_label.setMinimumHeight(self.preview_label.fontMetrics().lineSpacing() * 3 + 4)
        tools.addWidget(self.preview_label, 1)
        grid.addLayout(tools, 3, 0, 1, 4)
        return box

    def _action_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.reoptimise_button = QPushButton(tr("Re-optimise the rest"))
        self.reoptimise_button.setObjectName("reoptimiseButton")
        self.reoptimise_button.setToolTip(tr("Keep the locked alliances and let the solver redo the others"))
        self.site_button = QPushButton(tr("Site the shared facility"))
        self.site_button.setObjectName("siteButton")
        self.site_button.setToolTip(tr("Where the selected alliance's shared facility serves its demand best "
                                       "(Site shared facilities)"))
        self.gaps_check = QCheckBox(tr("Show service gaps"))
        self.gaps_check.setObjectName("gapsCheck")
        self.export_button = QPushButton(tr("Export plan…"))
        self.export_button.setObjectName("exportButton")
        self.report_button = QPushButton(tr("Report…"))
        self.report_button.setObjectName("reportButton")
        for widget in (self.reoptimise_button, self.site_button, self.gaps_check, self.export_button,
                       self.report_button):
            row.addWidget(widget)
        return row

    def count_left_out(self, count: int) -> None:
        self.views.setTabText(1, tr("Units left out ({0})").format(count))

    def fit_columns(self) -> None:
        """Widths that keep the name and the status readable, the members list taking the rest
        (measured on the first rows only: a table of hundreds of alliances is not read twice)."""
        self.table.horizontalHeader().setResizeContentsPrecision(12)
        self.table.resizeColumnsToContents()
        header = self.table.horizontalHeader()
        header.resizeSection(NAME, min(max(header.sectionSize(NAME), 90), 180))
        header.resizeSection(STATUS, min(max(header.sectionSize(STATUS), 140), 320))
        header.resizeSection(MEMBERS, 200)
