"""Qt table model over an :class:`~.editor.AllianceEditor`: the dock's alliance table.

Edits update the rows they touch in place (``dataChanged``, row inserts and removals), never
reset the model: the table keeps its sort order and its selection while the analyst edits.
"""

from __future__ import annotations

from typing import Iterable, List, Optional

from qgis.PyQt.QtCore import QAbstractTableModel, QModelIndex, Qt, pyqtSignal
from qgis.PyQt.QtGui import QBrush, QColor

from ..processing.translate import tr
from . import messages
from .editor import AllianceEditor, AllianceRow

LOCK, NAME, STATUS, POPULATION, RATIO, N_MEMBERS, DISTANCE, GAP_AFTER, MEMBERS = range(9)
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2
INVALID_BRUSH = QBrush(QColor("#f8d7da"))
BAND_BRUSH = QBrush(QColor("#fff3cd"))  # outside the quota band: a warning, not a broken rule


def headers() -> List[str]:
    return [tr("Locked"), tr("Alliance"), tr("Status"), tr("Population"), tr("Deviation"), tr("Units"),
            tr("Distance to hub (km)"), tr("Gap after"), tr("Members")]


class AllianceTableModel(QAbstractTableModel):
    """One row per alliance; the Locked column is checkable, everything else read-only."""

    lockToggled = pyqtSignal(int, bool)

    def __init__(self, editor: Optional[AllianceEditor] = None, parent=None):
        super().__init__(parent)
        self.editor = editor
        self._rows: List[AllianceRow] = []
        self._headers = headers()
        self.reload()

    def set_editor(self, editor: Optional[AllianceEditor]) -> None:
        self.editor = editor
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self._rows = self.editor.rows() if self.editor is not None else []
        self.endResetModel()

    def update(self, alliance_ids: Optional[Iterable[int]] = None) -> None:
        """Refresh these alliances' rows in place (all when None), adding and removing rows."""
        if self.editor is None:
            return
        current = {row.alliance_id: row for row in self.editor.rows()}
        wanted = set(current) if alliance_ids is None else set(alliance_ids)
        for i in reversed(range(len(self._rows))):
            aid = self._rows[i].alliance_id
            if aid not in current:
                self.beginRemoveRows(QModelIndex(), i, i)
                del self._rows[i]
                self.endRemoveRows()
        present = {row.alliance_id: i for i, row in enumerate(self._rows)}
        for aid in sorted(wanted | (set(current) - set(present))):
            if aid not in current:
                continue
            if aid in present:
                self._rows[present[aid]] = current[aid]
            else:
                self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows))
                self._rows.append(current[aid])
                self.endInsertRows()
        if self._rows:  # names and gap columns can change on rows an edit did not touch
            self._rows = [current[r.alliance_id] for r in self._rows]
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, MEMBERS))

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
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def _status(self, row: AllianceRow) -> str:
        if row.valid:
            return messages.band(row) if row.outside_band else tr("valid")
        return messages.violations(row.violations, self.editor.name if self.editor else None)

    def _display(self, row: AllianceRow, col: int):
        if col == NAME:
            return row.name
        if col == STATUS:
            return self._status(row)
        if col == POPULATION:
            return messages.number(row.population)
        if col == RATIO:
            return messages.percent_signed(row.deviation) if row.target else ""
        if col == N_MEMBERS:
            return str(len(row.members))
        if col == DISTANCE:
            return f"{row.compactness_km:,.1f}"
        if col == GAP_AFTER:
            if row.gap is None:
                return ""
            return tr("gap") if row.gap else tr("covered")
        if col == MEMBERS:
            return ", ".join(row.member_names)
        return None

    @staticmethod
    def _sort(row: AllianceRow, col: int):
        return {LOCK: int(row.locked), NAME: row.name, STATUS: (int(row.valid), len(row.violations)),
                POPULATION: row.population, RATIO: row.deviation, N_MEMBERS: len(row.members),
                DISTANCE: row.compactness_km, GAP_AFTER: -1 if row.gap is None else row.gap,
                MEMBERS: ", ".join(row.member_names)}.get(col)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, col)
        if role == Qt.ItemDataRole.CheckStateRole and col == LOCK:
            return Qt.CheckState.Checked if row.locked else Qt.CheckState.Unchecked
        if role == SORT_ROLE:
            return self._sort(row, col)
        if role == ID_ROLE:
            return row.alliance_id
        if role == Qt.ItemDataRole.BackgroundRole and (not row.valid or row.outside_band):
            return INVALID_BRUSH if not row.valid else BAND_BRUSH
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [f"{row.name}: {messages.number(row.population)}", messages.deviation(row),
                     ", ".join(row.member_names)]
            return "\n".join(lines + ([self._status(row)] if not row.valid or row.outside_band else []))
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (POPULATION, RATIO, N_MEMBERS, DISTANCE):
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
        self.editor.set_locked(aid, checked)
        self._rows[index.row()] = self.editor.row(aid)
        self.dataChanged.emit(index, index)
        self.lockToggled.emit(aid, checked)
        return True


class LeftOutModel(QAbstractTableModel):
    """Eligible units in no alliance and why: (unit id, label, reason) rows, replaced only when changed."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: List[tuple] = []
        self._headers = [tr("Unit left out"), tr("Why")]

    def set_rows(self, rows: List[tuple]) -> bool:
        if rows == self.rows:
            return False
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()
        return True

    def unit(self, row: int) -> str:
        return self.rows[row][0]

    def rowCount(self, parent=QModelIndex()):  # noqa: N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()):  # noqa: N802
        return 0 if parent.isValid() else 2

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        return self.rows[index.row()][1 + index.column()]
