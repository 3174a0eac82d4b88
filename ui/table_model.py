"""Qt table model over an :class:`~.editor.AllianceEditor`: the dock's alliance table."""

from __future__ import annotations

from typing import List, Optional

from qgis.PyQt.QtCore import QAbstractTableModel, QModelIndex, Qt
from qgis.PyQt.QtGui import QBrush, QColor

from ..processing.base import tr
from .editor import AllianceEditor, AllianceRow

#: (header, getter for display, getter for sorting)
COLUMNS = [
    ("Locked", None, lambda r: r.locked),
    ("Alliance", lambda r: r.name, lambda r: r.name),
    ("Members", lambda r: ", ".join(r.member_names), lambda r: len(r.members)),
    ("Population", lambda r: f"{r.population:,.0f}", lambda r: r.population),
    ("of floor", lambda r: f"{r.pop_ratio:.0%}", lambda r: r.pop_ratio),
    ("Risk index", lambda r: "" if r.risk_index is None else f"{r.risk_index:.3f}",
     lambda r: -1 if r.risk_index is None else r.risk_index),
    ("Gap before", lambda r: str(r.units_in_gap_before), lambda r: r.units_in_gap_before),
    ("Gap after", lambda r: "" if r.gap_after is None else ("gap" if r.gap_after else "covered"),
     lambda r: -1 if r.gap_after is None else int(r.gap_after)),
    ("Status", lambda r: r.status, lambda r: (r.valid, r.status)),
]
LOCK, NAME, MEMBERS, POPULATION, RATIO, RISK, GAP_BEFORE, GAP_AFTER, STATUS = range(len(COLUMNS))
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2
INVALID_BRUSH = QBrush(QColor("#f8d7da"))


class AllianceTableModel(QAbstractTableModel):
    """One row per alliance; the Locked column is checkable, everything else read-only."""

    def __init__(self, editor: Optional[AllianceEditor] = None, parent=None):
        super().__init__(parent)
        self.editor = editor
        self._rows: List[AllianceRow] = []
        self.reload()

    def set_editor(self, editor: Optional[AllianceEditor]) -> None:
        self.editor = editor
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self._rows = self.editor.rows() if self.editor is not None else []
        self.endResetModel()

    def alliance_id(self, row: int) -> int:
        return self._rows[row].alliance_id

    def row_of(self, alliance_id: int) -> int:
        for i, r in enumerate(self._rows):
            if r.alliance_id == alliance_id:
                return i
        return -1

    def rowCount(self, parent=QModelIndex()):  # noqa: N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()):  # noqa: N802
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return tr(COLUMNS[section][0])
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        col = index.column()
        _header, show, sort = COLUMNS[col]
        if role == Qt.ItemDataRole.DisplayRole and show is not None:
            return show(row)
        if role == Qt.ItemDataRole.CheckStateRole and col == LOCK:
            return Qt.CheckState.Checked if row.locked else Qt.CheckState.Unchecked
        if role == SORT_ROLE:
            return sort(row)
        if role == ID_ROLE:
            return row.alliance_id
        if role == Qt.ItemDataRole.BackgroundRole and not row.valid:
            return INVALID_BRUSH
        if role == Qt.ItemDataRole.ToolTipRole:
            return "\n".join([f"{row.name}: {row.population:,.0f}", *row.violations])
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (POPULATION, RATIO, RISK, GAP_BEFORE):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def flags(self, index):
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == LOCK:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole):  # noqa: N802
        if index.column() != LOCK or role != Qt.ItemDataRole.CheckStateRole or self.editor is None:
            return False
        aid = self._rows[index.row()].alliance_id
        checked = value == Qt.CheckState.Checked or value == 2
        if checked:
            self.editor.locked.add(aid)
        else:
            self.editor.locked.discard(aid)
        self.editor.refresh([aid])
        self._rows[index.row()] = self.editor.row(aid)
        self.dataChanged.emit(index, index)
        return True
