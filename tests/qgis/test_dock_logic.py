"""Headless tests of the dock's plan logic: editor, gap rule, messages, commands, scenarios, table model."""

import pytest
from qgis.PyQt.QtCore import Qt
from small_but_strong.compat import QUndoStack

from small_but_strong.core.alliances import AllianceProblem, Unit, validate_alliance
from small_but_strong.core.alliances.model import Alliance, AllianceSolution
from small_but_strong.core.services import GapStandard, UnitRecord, assess_gaps
from small_but_strong.ui import messages
from small_but_strong.ui.commands import (ApplyPlanCommand, MoveUnitsCommand, ResolveCommand, history_to_json,
                                         restore_history)
from small_but_strong.ui.editor import AllianceEditor, Band, GapModel
from small_but_strong.ui.scenarios import Scenario, ScenarioBook, diff
from small_but_strong.ui.session import Verdict, numbered
from small_but_strong.ui.table_model import GAP_AFTER, LOCK, POPULATION, STATUS, AllianceTableModel


def _problem(**extra):
    # a path a - b - c - d - e; alliances {a, b} and {c, d}; e alone
    units = [Unit("a", 200000, 0, 0), Unit("b", 150000, 10000, 0), Unit("c", 120000, 20000, 0),
             Unit("d", 190000, 30000, 0), Unit("e", 50000, 40000, 0)]
    edges = [("a", "b"), ("b", "c"), ("c", "d"), ("d", "e")]
    return AllianceProblem(units=units, edges=edges, min_members=2, max_members=3, min_population=300000, **extra)


def _gaps():
    # supply per unit; e is within reach of nothing (nearest 80 km > 30 km)
    records = [UnitRecord("a", 200000, 200000, 1, 5.0), UnitRecord("b", 150000, 150000, 0, 10.0),
               UnitRecord("c", 120000, 120000, 0, 12.0), UnitRecord("d", 190000, 190000, 0, 20.0),
               UnitRecord("e", 50000, 50000, 2, 80.0)]
    return GapModel(records, GapStandard(min_count=1, max_nearest=30.0))


def _editor():
    return AllianceEditor(_problem(), {"a": 1, "b": 1, "c": 2, "d": 2, "e": None},
                          names={u: u.upper() for u in "abcde"}, gaps=_gaps())


def test_rows_and_figures():
    editor = _editor()
    rows = editor.rows()
    assert [r.members for r in rows] == [["a", "b"], ["c", "d"]]
    assert rows[0].population == 350000 and rows[0].valid and rows[0].name == "A"
    assert rows[1].valid  # 310,000 >= floor
    assert rows[0].gap == 0 and rows[1].gap == 1  # c+d pool no supply
    figures = editor.figures()
    assert (figures.alliances, figures.valid, figures.covered, figures.eligible) == (2, 2, 4, 5)
    assert figures.units_in_gap == 4  # b, c, d below the minimum; e beyond the distance


def test_gap_figures_are_assess_gaps_on_the_plan():
    """The editor's gap figures are core.services.assess_gaps on the same records: distance included."""
    editor = _editor()
    records = [UnitRecord(r.id, r.population, r.demand, r.supply, r.nearest, alliance=editor.assignment[r.id])
               for r in _gaps().records]
    _gaps_, _alliances, summary = assess_gaps(records, GapStandard(min_count=1, max_nearest=30.0))
    assert editor.gap_summary == summary
    editor.move("e", 2)  # e's supply covers c and d, but e stays beyond the distance
    assert editor.gap_summary.units_in_gap_after == 1


def test_move_preview_and_undo():
    editor = _editor()
    before = dict(editor.assignment)
    preview = editor.preview(["d"], None)
    assert editor.assignment == before  # nothing moved
    assert not preview.after[2].valid and preview.before[2].valid
    assert preview.ms < 100
    stack = QUndoStack()
    changes = []
    stack.push(MoveUnitsCommand(editor, ["d"], None, "x", lambda touched, ids: changes.append((touched, ids))))
    row = editor.row(2)
    assert row.members == ["c"] and not row.valid
    assert changes == [({2}, ["d"])]
    stack.undo()
    assert editor.row(2).members == ["c", "d"] and editor.row(2).valid
    editor.move("e", 1)  # e touches only d: not contiguous
    assert "not contiguous" in editor.row(1).violations


def test_move_many_and_new_alliance_is_one_step():
    editor = _editor()
    stack = QUndoStack()
    new = editor.new_alliance_id()
    stack.push(MoveUnitsCommand(editor, ["d", "e"], new, "x"))
    assert editor.members(new) == ["d", "e"]
    stack.undo()
    assert editor.assignment == {"a": 1, "b": 1, "c": 2, "d": 2, "e": None}


def test_apply_plan_keeps_locks_and_undoes():
    editor = _editor()
    editor.set_locked(1, True)
    stack = QUndoStack()
    stack.push(ApplyPlanCommand(editor, {"a": 1, "b": 1, "c": None, "d": 3, "e": 3}, {1}, "re-solve"))
    assert editor.locked == {1} and editor.members(3) == ["d", "e"]
    stack.undo()
    assert editor.members(2) == ["c", "d"] and editor.locked == {1}


def test_history_round_trip_rebuilds_the_stack_without_replaying_it():
    """history_to_json -> restore_history on a fresh editor holding the saved plan: the same steps, the
    same position, undo and redo give the states the original stack gave (verdicts included)."""
    import json

    editor = _editor()
    stack = QUndoStack()
    states = []
    set_state = lambda verdict, problem: states.append(verdict.method)  # noqa: E731
    v_old = Verdict(True, 0.0, 0.1, "milp", 4, "t0", assignment={"a": 1, "b": 1, "c": 2, "d": 2})
    v_new = Verdict(False, 0.05, 0.2, "milp", 4, "t1", assignment={"a": 1, "b": 1, "c": None, "d": 3, "e": 3})
    seen = [dict(editor.assignment)]
    stack.push(MoveUnitsCommand(editor, ["e"], 2, "Move E to C"))
    seen.append(dict(editor.assignment))
    stack.push(ResolveCommand(editor, {"a": 1, "b": 1, "c": None, "d": 3, "e": 3}, {1}, "Re-optimise the rest", None,
                              set_state, (v_new, editor.problem), (v_old, editor.problem)))
    seen.append(dict(editor.assignment))
    stack.push(ApplyPlanCommand(editor, {"a": None, "b": None, "c": None, "d": 3, "e": 3}, set(), "Restore X"))
    seen.append(dict(editor.assignment))
    stack.undo()
    saved = json.loads(json.dumps(history_to_json(stack)))  # through JSON, as in the project
    assert saved["index"] == 2 and [c["kind"] for c in saved["commands"]] == ["move", "resolve", "plan"]
    assert len(saved["problems"]) == 1 and saved["commands"][1]["states"][0][1] == 0  # one problem, written once

    again = AllianceEditor(_problem(), dict(editor.assignment), names={u: u.upper() for u in "abcde"})
    fresh = QUndoStack()
    states.clear()
    assert restore_history(fresh, saved, again, None, set_state) == 3
    assert again.assignment == seen[2] and states == []  # nothing replayed
    assert [fresh.text(i) for i in range(3)] == ["Move E to C", "Re-optimise the rest", "Restore X"]
    assert fresh.index() == 2 and fresh.canRedo()
    fresh.redo()
    assert again.assignment == seen[3]
    for k in (2, 1, 0):
        fresh.undo()
        assert again.assignment == seen[k], k
    assert states == ["milp"] and fresh.command(1).old_state[0].when == "t0"  # the re-solve's undo: old verdict
    assert restore_history(fresh, {"index": 1, "commands": [{"kind": "from the future"}]}, again, None,
                           set_state) == 0 and fresh.count() == 0
    assert restore_history(fresh, "garbage", again, None, set_state) == 0


def test_quota_band_warns_but_does_not_invalidate():
    editor = _editor()  # {a, b} 350,000 and {c, d} 310,000 against the floor of 300,000
    assert [r.outside_band for r in editor.rows()] == [False, False] and editor.rows()[0].target == 300000
    editor.set_band(Band(tolerance=0.1))
    rows = editor.rows()
    assert rows[0].deviation == pytest.approx(1 / 6) and rows[0].outside_band and not rows[1].outside_band
    assert rows[0].valid and editor.figures().outside_band == 1 and editor.figures().invalid == 0
    assert "17 % above the target of 300,000 (band ±10 %)" == messages.deviation(rows[0])
    editor.set_band(Band(target=400000, tolerance=0.2))
    assert [r.outside_band for r in editor.rows()] == [False, True]  # 310,000 is 22.5 % below 400,000
    assert messages.percent_signed(editor.rows()[1].deviation) == "−22 %"
    editor.move("e", 2)  # rows made after the band was set are measured against it as well
    assert editor.row(2).target == 400000 and editor.row(2).population == 360000 and not editor.row(2).outside_band
    assert Band.from_json(Band(5, 0.25).to_json()) == Band(5, 0.25) and Band.from_json(None) == Band()


def test_scenario_tree_rename_and_delete_keep_the_branches():
    book = ScenarioBook()
    for name, parent in (("base", ""), ("a", "base"), ("b", "base"), ("a1", "a"), ("c", "")):
        book.add(Scenario(name, {}, [], {}, parent=parent))
    assert [s.name for s in book.tree()] == ["base", "a", "a1", "b", "c"]
    assert [book.depth(n) for n in ("base", "a", "a1", "c")] == [0, 1, 2, 0]
    book.rename("a", "alpha")
    assert book.items["a1"].parent == "alpha" and book.names() == ["base", "alpha", "b", "a1", "c"]
    book.delete("alpha")
    assert book.items["a1"].parent == "base" and book.depth("a1") == 1
    again = ScenarioBook.from_json(book.to_json())
    assert {n: s.parent for n, s in again.items.items()} == {"base": "", "b": "base", "a1": "base", "c": ""}
    book.items["c"].parent = "c"  # a loop (a hand-edited project) is shown, not lost
    assert sorted(s.name for s in book.tree()) == ["a1", "b", "base", "c"]


def test_every_rule_message_is_readable():
    """Each form validate_alliance writes has a readable, translated sentence (names, separators)."""
    problem = _problem(max_population=400000, require_hub=True, extra_floors=(400000,), extra_names=("pop_2040",),
                       hub_reach={"a": set(), "b": set(), "c": set(), "d": set(), "e": set()})
    problem.units[0].hub = True
    problem.units[4].eligible = False
    problem.units[1].group, problem.units[3].group = "north", "south"
    problem.units[0].extra = problem.units[1].extra = problem.units[2].extra = (1.0,)
    problem.units[3].extra = problem.units[4].extra = (1.0,)
    found = set()
    for members in (["c"], ["a", "b", "c", "d"], ["b", "d", "e"], ["a", "b"], ["b", "c"], ["a", "c"]):
        found.update(validate_alliance(members, problem))
    unreadable = [text for text in found if messages.violation(text, str.upper) == text]
    assert not unreadable, unreadable
    assert len(found) >= 9, found  # the members, floor, ceiling, hub, eligibility, group, contiguity rules
    text = messages.violation("population 272239 below floor 300000")
    assert "272,239" in text and "300,000" in text
    assert messages.violation("unit e not eligible", str.upper).startswith("E ")
    assert "B" in messages.violation("beyond the hub distance from a: b, c", str.upper)


def test_statuses_and_labels():
    from small_but_strong.core import schema

    every = {v for k, v in vars(schema).items() if k.startswith("STATUS_")}
    assert every <= set(messages.statuses())  # every status the solver writes has its sentence
    assert messages.status(schema.STATUS_FLOOR) != schema.STATUS_FLOOR
    assert messages.move_label(["Jeongseon"], "Gangneung") == "Move Jeongseon to Gangneung"
    assert messages.move_label(["A", "B"], None) == "Take 2 units out of its alliance"
    assert messages.signed(-2) == "−2" and messages.signed(0.01, 1) == "±0"


def test_numbering_is_stable_across_a_re_solve():
    solution = AllianceSolution(alliances=[Alliance(["c", "d"], "d", 310000, 1.0), Alliance(["a", "b"], "a", 350000, 1.0)],
                                status={}, optimal=True, gap=0.0, method="x", n_candidates=1, seconds=0.0)
    assert numbered(solution) == {"c": 1, "d": 1, "a": 2, "b": 2}
    previous = {"a": 7, "b": 7, "c": 3, "d": 9, "e": None}
    again = numbered(solution, previous)
    assert again["a"] == again["b"] == 7 and again["c"] == again["d"] == 9


def test_scenarios_rename_delete_diff(tmp_path):
    book = ScenarioBook()
    a = book.add(Scenario("plan", {"a": 1, "b": 1, "c": 2, "d": 2, "e": None}, [], {"alliances": 2}, {1: "A", 2: "D"}))
    b = book.add(Scenario("plan", {"a": 5, "b": 5, "c": None, "d": 6, "e": 6}, [], {"alliances": 2}, {5: "A", 6: "D"}))
    assert b.name == "plan (2)"
    changes = diff(a, b, {u: u.upper() for u in "abcde"})
    assert [(c.unit, c.kind) for c in changes] == [("c", "left"), ("e", "joined")]  # renumbering is no change
    assert book.rename("plan (2)", "edited") == "edited"
    with pytest.raises(ValueError):
        book.rename("edited", "plan")
    again = ScenarioBook.from_json(book.to_json())
    assert again.names() == ["plan", "edited"] and again.items["edited"].assignment["e"] == 6
    book.export(str(tmp_path / "s.csv"), {})
    assert (tmp_path / "s.csv").read_text(encoding="utf-8").splitlines()[0] == "unit_id,unit_name,plan,edited"
    book.delete("plan")
    assert book.names() == ["edited"]


def test_table_model_updates_in_place():
    editor = _editor()
    model = AllianceTableModel(editor)
    resets = []
    model.modelReset.connect(lambda: resets.append(1))
    assert model.rowCount() == 2
    assert model.data(model.index(0, POPULATION)) == "350,000"
    assert model.data(model.index(1, GAP_AFTER)) == "gap"
    assert model.data(model.index(0, STATUS)) == "valid"
    assert model.setData(model.index(1, LOCK), Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
    assert editor.locked == {2}
    editor.move("d", None)
    model.update({2})
    assert "fewer than the minimum" in model.data(model.index(1, STATUS))
    assert model.data(model.index(1, 0), Qt.ItemDataRole.BackgroundRole) is not None
    editor.move("c", None)  # alliance 2 ends: its row goes
    model.update({2})
    assert model.rowCount() == 1 and not resets
