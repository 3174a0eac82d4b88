"""Headless tests of the dock's edit logic and table model (no desktop needed)."""

import pytest
from qgis.PyQt.QtCore import Qt
from small_but_strong.compat import QUndoStack

from small_but_strong.core.alliances import AllianceProblem, Unit
from small_but_strong.ui.editor import AllianceEditor, MoveUnitCommand
from small_but_strong.ui.table_model import GAP_AFTER, LOCK, POPULATION, STATUS, AllianceTableModel


def _editor():
    # a path a - b - c - d - e; alliances {a, b} and {c, d}; e alone
    units = [Unit("a", 200000, 0, 0), Unit("b", 150000, 10000, 0), Unit("c", 120000, 20000, 0),
             Unit("d", 190000, 30000, 0), Unit("e", 50000, 40000, 0)]
    edges = [("a", "b"), ("b", "c"), ("c", "d"), ("d", "e")]
    problem = AllianceProblem(units=units, edges=edges, min_members=2, max_members=3, min_population=300000)
    supply = {"a": 1, "b": 0, "c": 0, "d": 0, "e": 2}
    in_gap = {"a": False, "b": True, "c": True, "d": True, "e": False}
    return AllianceEditor(problem, {"a": 1, "b": 1, "c": 2, "d": 2, "e": None},
                          names={u: u.upper() for u in "abcde"}, risk={"a": 1.0, "b": 0.2},
                          supply=supply, in_gap=in_gap, min_count=1)


def test_rows_and_validation():
    editor = _editor()
    rows = editor.rows()
    assert [r.members for r in rows] == [["a", "b"], ["c", "d"]]
    assert rows[0].population == 350000 and rows[0].valid
    assert rows[0].risk_index == pytest.approx((1.0 * 200000 + 0.2 * 150000) / 350000)
    assert rows[0].gap_after is False and rows[1].gap_after is True  # c+d pool no supply
    assert rows[1].valid  # 310,000 >= floor
    summary = editor.summary()
    assert summary == {"alliances": 2, "valid": 2, "invalid": 0, "covered": 4, "eligible": 5,
                       "units_in_gap": 3, "units_in_gap_after": 2, "population_in_gap_after": 310000}


def test_move_makes_invalid_and_undo_restores():
    editor = _editor()
    stack = QUndoStack()
    changes = []
    stack.push(MoveUnitCommand(editor, "d", None, lambda *a: changes.append(a)))
    row = editor.row(2)
    assert row.members == ["c"] and not row.valid
    assert any("member" in v for v in row.violations) and any("floor" in v or "300" in v for v in row.violations)
    assert changes == [("d", 2, None)]
    stack.undo()
    assert editor.row(2).members == ["c", "d"] and editor.row(2).valid
    # a non-contiguous alliance: e joins a/b (e touches only d)
    editor.move("e", 1)
    assert any("contig" in v for v in editor.row(1).violations)
    editor.move("e", None)
    assert editor.row(1).valid


def test_moving_in_gap_unit_to_supplied_alliance_covers_it():
    editor = _editor()
    editor.move("c", 1)  # c joins {a, b}: 470,000 and a's supply
    assert editor.covered_by_alliance("c")
    assert editor.row(2).members == ["d"]


def test_table_model_reflects_editor():
    editor = _editor()
    model = AllianceTableModel(editor)
    assert model.rowCount() == 2
    assert model.data(model.index(0, POPULATION)) == "350,000"
    assert model.data(model.index(1, GAP_AFTER)) == "gap"
    assert model.data(model.index(0, STATUS)) == "valid"
    assert model.setData(model.index(1, LOCK), Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
    assert editor.locked == {2}
    editor.move("d", None)
    model.reload()
    assert model.data(model.index(1, STATUS)) != "valid"
    assert model.data(model.index(1, 0), Qt.ItemDataRole.BackgroundRole) is not None
