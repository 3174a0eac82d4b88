"""Working on the plan: moves, previews, the map tool, re-solving, the optimum, locks.

A mixin of :class:`~.dock.SmallButStrongDock`. Every change goes through the undo stack
(:mod:`.commands`) and ends in :meth:`PlanActions._plan_changed`, which redraws only the
alliances and units it touched. A re-solve runs :func:`core.alliances.solve` on the problem the
algorithm built (captured in the session) in a background task, the solver itself in a
separate process (:mod:`.solver_process`: in a thread, it would freeze the window): the same
solver on the same problem as ``proposealliances`` with its ``LOCKED_FIELD``, without re-reading
the layer or rebuilding the neighbourhood graph. Scenarios, siting, reports and exports are in
:mod:`.output_actions`.
"""

from __future__ import annotations

import dataclasses
import json
import time
from typing import Iterable, List, Optional

from qgis.core import QgsProject

from ..core import alliances as core
from ..processing.translate import tr
from ..processing.values import unit_id
from . import messages, solver_process, tasks
from .commands import ApplyPlanCommand, MoveUnitsCommand, ResolveCommand
from .map_tool import AssignTool, UnitLocator
from .output_actions import OutputActions
from .session import Verdict, numbered


class PlanActions(OutputActions):
    _solve_task = None
    _optimum = None

    # ------------------------------------------------------------------ moves
    def move_unit(self, uid: str, target: Optional[int]) -> float:
        return self.move_units([uid], target)

    def move_units(self, unit_ids: Iterable[str], target: Optional[int]) -> float:
        """Move units through the undo stack; the time until the dock shows the result, ms."""
        if self.editor is None:
            self.say(tr("Run the analysis first."))
            return 0.0
        ids = [u for u in unit_ids if u in self.editor.assignment]
        refused = [u for u in ids if not self.editor.eligible(u)]
        ids = [u for u in ids if self.editor.eligible(u) and self.editor.assignment[u] != target]
        if refused:
            self.say(tr("Not eligible, left where they are: {0}.").format(
                ", ".join(self.editor.name(u) for u in refused)))
        if not ids:
            return 0.0
        new = target == -1 or (target is not None and target not in self.editor.alliance_ids())
        if target == -1:
            target = self.editor.new_alliance_id()
        label = messages.move_label([self.editor.name(u) for u in ids],
                                    None if target is None else self.editor.alliance_name(target), new)
        started = time.perf_counter()
        self.undo_stack.push(MoveUnitsCommand(self.editor, ids, target, label, self._plan_changed))
        ms = (time.perf_counter() - started) * 1000.0
        self.last_edit_timing["total_ms"] = ms
        if not refused:
            self.say(tr("{0} (shown in {1:.0f} ms).").format(label, ms))
        if new:
            self.set_target(target)
        return ms

    def units_edited(self, edits, refused) -> None:
        """alliance_id typed into the units layer's attribute table (or calculated) and saved: one
        undoable move per target alliance; a value that is no alliance id is written back."""
        if self.editor is None:
            return
        by_target = {}
        for uid, aid in edits.items():
            if uid in self.editor.assignment and self.editor.assignment[uid] != aid:
                by_target.setdefault(aid, []).append(uid)
        for target, ids in sorted(by_target.items(), key=lambda kv: (kv[0] is None, kv[0] or 0)):
            self.move_units(ids, target)
        self.plan_map.write_units(list(edits) + list(refused))  # refused units show the plan's value again
        if refused:
            self.say(tr("Not an alliance id (a whole number from 1, or NULL for none), left as it was: {0}.").format(
                ", ".join(f"{self.editor.name(u)} = {v!r}" for u, v in refused.items())))

    def _move_clicked(self) -> None:
        uid = self.alliances.unit_combo.currentData()
        if uid is not None:
            self.move_units([uid], self.target())

    def assign_selection(self, target: Optional[int] = "current") -> float:
        """The units selected on the map (units layer, else the boundary layer) into the target."""
        target = self.target() if target == "current" else target
        ids = self.selected_unit_ids()
        if not ids:
            self.say(tr("Select units on the map first (in the units layer or the boundary layer)."))
            return 0.0
        return self.move_units(ids, target)

    def selected_unit_ids(self) -> List[str]:
        if self.session is None:
            return []
        id_field = self.session.fields["id"]
        for layer in (self.plan_map.units_layer(create=False), self.data.layer_combo.currentLayer()):
            if layer is None or layer.selectedFeatureCount() == 0:
                continue
            idx = layer.fields().lookupField(id_field)
            if idx >= 0:
                return [unit_id(f.attributes()[idx]) for f in layer.selectedFeatures()]
        return []

    def _plan_changed(self, touched, unit_ids) -> None:
        """Redraw what an edit touched: table rows, the units' colours, the alliances' outlines."""
        started = time.perf_counter()
        touched = {a for a in touched if a is not None}
        members = set(unit_ids)
        for aid in touched:
            members.update(self.editor.members(aid))
        self.table_model.update(touched)
        t_table = time.perf_counter()
        self.plan_map.write_units(members)
        t_units = time.perf_counter()
        self.plan_map.write_alliances(touched)
        t_plan = time.perf_counter()
        self.show_verdict()
        self.show_left_out()
        self.fill_targets()
        QgsProject.instance().setDirty(True)
        self.last_edit_timing.update({
            "validate_ms": self.editor.last_validation_ms, "table_ms": (t_table - started) * 1000.0,
            "units_layer_ms": (t_units - t_table) * 1000.0, "plan_layer_ms": (t_plan - t_units) * 1000.0,
            "views_ms": (time.perf_counter() - t_plan) * 1000.0})

    def redraw_plan(self) -> None:
        """Every unit and alliance drawn again (layers recreated when they were removed)."""
        if self.editor is None:
            return
        self.plan_map.recreated = []
        self.plan_map.write_units(list(self.editor.assignment))
        self.plan_map.write_alliances(None)
        if self.plan_map.recreated:
            self.say(tr("Drawn again: {0}.").format(", ".join(self.plan_map.recreated)))

    def _lock_toggled(self, alliance_id: int, locked: bool) -> None:
        self.plan_map.write_alliances([alliance_id])
        self.plan_map.write_units(self.editor.members(alliance_id))
        QgsProject.instance().setDirty(True)

    # ------------------------------------------------------------------ selection and preview
    def alliance_selected(self) -> None:
        """A row chosen in the table: its members selected and shown; it becomes the target."""
        aid = self.selected_alliance()
        if aid is None or self.editor is None:
            return
        self.set_target(aid)
        self.select_units(self.editor.members(aid))

    def _left_out_selected(self) -> None:
        table, model = self.alliances.left_out, self.alliances.left_out_model
        ids = [model.unit(i.row()) for i in table.selectionModel().selectedRows()]
        if ids:
            self.select_units(ids)

    def select_units(self, ids: List[str]) -> None:
        layer = self.plan_map.units_layer()
        if layer is None:
            return
        fids = [self.plan_map.fid(u) for u in ids if self.plan_map.fid(u) is not None]
        layer.selectByIds(fids)
        if self.iface is not None and fids:
            from qgis.core import QgsCoordinateTransform

            box = layer.boundingBoxOfSelected()
            box.scale(1.4)
            canvas = self.iface.mapCanvas()
            transform = QgsCoordinateTransform(layer.crs(), canvas.mapSettings().destinationCrs(),
                                               QgsProject.instance())
            canvas.setExtent(transform.transformBoundingBox(box))
            canvas.refresh()

    def preview(self, uid: str):
        """What moving ``uid`` to the target would do, as a sentence (and the Preview)."""
        label = self.alliances.preview_label
        if not uid or self.editor is None or uid not in self.editor.assignment:
            label.setText("")
            return None
        name = self.editor.name(uid)
        if not self.editor.eligible(uid):
            label.setText(tr("{0} is not eligible.").format(name))
            return None
        target = self.target()
        target = self.editor.new_alliance_id() if target == -1 else target
        result = self.editor.preview([uid], target)
        label.setText(self.preview_text(uid, result))
        return result

    def preview_text(self, uid: str, result) -> str:
        name_of = self.editor.name
        parts = []
        target, source = result.target, self.editor.assignment.get(uid)
        if target is not None:
            row = result.after.get(target)
            where = row.name if result.before.get(target) else tr("a new alliance")
            if row.valid:
                parts.append(tr("{0} → {1}: {2} residents, valid").format(
                    name_of(uid), where, messages.number(row.population)) + (
                    " " + tr("(outside the band: {0})").format(messages.percent_signed(row.deviation))
                    if row.outside_band else ""))
            else:
                parts.append(tr("{0} → {1}: invalid, {2}").format(
                    name_of(uid), where, messages.violations(row.violations, name_of)))
        else:
            parts.append(tr("{0} out of its alliance").format(name_of(uid)))
        if source is not None and source != target:
            row = result.after.get(source)
            if row is None:
                parts.append(tr("{0} would end").format(self.editor.alliance_name(source)))
            elif row.valid:
                parts.append(tr("{0} keeps {1} residents, valid").format(row.name, messages.number(row.population)))
            else:
                parts.append(tr("{0} becomes invalid: {1}").format(
                    row.name, messages.violations(row.violations, name_of)))
        if result.gap_before is not None and result.gap_after is not None:
            parts.append(tr("units in gap after alliances {0} → {1}").format(
                result.gap_before.units_in_gap_after, result.gap_after.units_in_gap_after))
        return "; ".join(parts) + "."

    # ------------------------------------------------------------------ the map tool
    def _toggle_map_tool(self, on: bool) -> None:
        if not on:
            self._unset_map_tool()
            return
        if self.iface is None or self.session is None:
            self.alliances.map_tool_button.setChecked(False)
            self.say(tr("Run the analysis first; the map tool needs the desktop's map."))
            return
        canvas = self.iface.mapCanvas()
        if self._locator is None:
            self._locator = UnitLocator(self.session.geometries)
        self._map_tool = AssignTool(canvas, self._locator, self.session.crs)
        self._map_tool.hovered.connect(self._hovered)
        self._map_tool.clicked.connect(self._clicked)
        canvas.setMapTool(self._map_tool)
        canvas.mapToolSet.connect(self._tool_changed)
        self.say(tr("Click units to move them to {0}; hover to see what the move would do.").format(
            self.alliances.target_combo.currentText()))

    def _tool_changed(self, tool, *_old) -> None:
        if tool is not self._map_tool and self._map_tool is not None:
            self.alliances.map_tool_button.setChecked(False)

    def _unset_map_tool(self) -> None:
        tool, self._map_tool = self._map_tool, None
        if tool is None:
            return
        canvas = tool.canvas()
        try:
            canvas.mapToolSet.disconnect(self._tool_changed)
        except TypeError:
            pass
        if canvas.mapTool() is tool:
            canvas.unsetMapTool(tool)
        tool.clear()
        self.alliances.map_tool_button.setChecked(False)

    def _hovered(self, uid: str) -> None:
        started = time.perf_counter()
        result = self.preview(uid)
        if self._map_tool is not None:
            self._map_tool.show_unit(uid if result is not None else None, result is None or result.valid_after)
            self._map_tool.show_label(self.alliances.preview_label.text() if uid else "")
        self.last_edit_timing["hover_ms"] = (time.perf_counter() - started) * 1000.0

    def _clicked(self, uid: str) -> None:
        self.move_units([uid], self.target())

    # ------------------------------------------------------------------ re-solving
    def _problem_now(self, locked: bool = True):
        """The session's problem with today's scalar settings, and locks on the locked alliances' members."""
        s = self.current_settings()
        problem = self.session.problem
        units = problem.units
        if locked:
            units = [dataclasses.replace(u, locked=self.editor.assignment.get(u.id)
                                         if self.editor.assignment.get(u.id) in self.editor.locked else None)
                     for u in problem.units]
        return dataclasses.replace(
            problem, units=units, min_members=int(s["min_members"]), max_members=int(s["max_members"]),
            min_population=float(s["min_population"]), max_population=float(s["max_population"]),
            objective=core.OBJECTIVES[int(s["objective"])], time_limit=float(s["time_limit"]) or None)

    def structure_changed(self) -> List[str]:
        """Settings changed since the run that a re-solve cannot take (they need a new run)."""
        from .run_actions import STRUCTURE

        s = self.current_settings()
        before = json.loads(self.session.fields.get("settings") or "{}")
        return [k for k in STRUCTURE if k in before and json.dumps(before[k]) != json.dumps(s.get(k))]

    def reoptimise(self) -> None:
        """Keep the locked alliances, re-solve the rest, in the background; undoable."""
        if self.editor is None:
            self.say(tr("Run the analysis first."))
            return
        if self._solve_task is not None:
            self.say(tr("A re-solve is already running."))
            return
        changed = self.structure_changed()
        problem = self._problem_now()
        previous = dict(self.editor.assignment)
        self._solve_started = time.perf_counter()
        self._set_running(True)
        self.say(tr("Re-solving (locked: {0})…").format(len(self.editor.locked)) + (
            " " + tr("Changed settings that need a new run are not used: {0}.").format(", ".join(changed))
            if changed else ""))

        def work(task):
            return solver_process.solve(problem, progress=lambda f: task.setProgress(100.0 * f),
                                        is_canceled=task.isCanceled)

        self._solve_task = tasks.start(tr("Small but Strong: re-solve"), work,
                                       lambda result, error: self._solved(result, error, problem, previous))

    def _solved(self, solution, error, problem, previous) -> None:
        self._solve_task = None
        self._set_running(False)
        self.progress.setValue(100)
        if self.editor is None:
            return
        if error is not None:
            self.warn(tr("The re-solve stopped: {0}").format(error))
            return
        assignment = numbered(solution, previous)
        assignment = {u: assignment.get(u) for u in self.editor.assignment}
        new_verdict, old_verdict = Verdict.of(solution, assignment), self.session.verdict
        old_problem = self.session.problem
        bare = dataclasses.replace(problem, units=[dataclasses.replace(u, locked=None) for u in problem.units])
        locked = {assignment.get(m) for a in solution.alliances if a.locked for m in a.members} - {None}

        command = ResolveCommand(self.editor, assignment, locked, tr("Re-optimise the rest"), self._plan_changed,
                                 self.set_solver_state, (new_verdict, bare), (old_verdict, old_problem))
        self.undo_stack.push(command)
        self.table_model.update(None)
        self.show_verdict()
        self.timings["reoptimise_s"] = time.perf_counter() - self._solve_started
        self.say(tr("Re-solved in {0:.2f} s (solver {1:.2f} s): {2}.").format(
            self.timings["reoptimise_s"], solution.seconds,
            tr("proven optimal") if solution.optimal else tr("not proven optimal")))

    def set_solver_state(self, verdict, problem) -> None:
        """The solver's verdict and the problem it solved (a re-solve done or undone)."""
        self.session.verdict, self.session.problem, self._optimum = verdict, problem, None
        if self.editor.problem is not problem:
            self.editor.problem = problem
            self.editor.refresh()

    def optimum_figures(self):
        verdict = self.session.verdict
        if self._optimum is None or self._optimum[0] is not verdict:
            self._optimum = (verdict, self.editor.figures(verdict.assignment))
        return self._optimum[1]

    def restore_optimum(self) -> None:
        """The solver's last plan again (undoable)."""
        if self.editor is None:
            return
        verdict = self.session.verdict
        plan = {u: verdict.assignment.get(u) for u in self.editor.assignment}
        self.undo_stack.push(ApplyPlanCommand(self.editor, plan, self.editor.locked, tr("Restore the optimum"),
                                              self._plan_changed))
        self.say(tr("The optimum of {0} is back.").format(verdict.when))
