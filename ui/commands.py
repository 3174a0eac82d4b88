"""Undoable plan edits: a move of one or many units, and a whole plan applied (re-solve, scenario).

Each command changes the editor and hands the alliances it touched to ``on_change`` (the dock
redraws only those). Commands hold the editor, never a layer, so they stay valid when layers are
removed or recreated, and the history survives a re-solve (which is itself a command).
"""

from __future__ import annotations

from typing import Callable, Dict, Iterable, Optional, Set

from ..compat import QUndoCommand
from .editor import AllianceEditor

OnChange = Callable[[Set[int], Iterable[str]], None]


class MoveUnitsCommand(QUndoCommand):
    """Move units into an alliance (or out of any: ``target`` None)."""

    def __init__(self, editor: AllianceEditor, unit_ids, target: Optional[int], label: str,
                 on_change: Optional[OnChange] = None):
        super().__init__(label)
        self.editor = editor
        self.unit_ids = list(unit_ids)
        self.target = target
        self.previous: Dict[str, Optional[int]] = {u: editor.assignment.get(u) for u in self.unit_ids}
        self.on_change = on_change

    def redo(self):
        self.editor.move_many(self.unit_ids, self.target)
        touched = {a for a in self.previous.values() if a is not None} | (
            {self.target} if self.target is not None else set())
        if self.on_change:
            self.on_change(touched, self.unit_ids)

    def undo(self):
        touched = self.editor.restore(self.previous)
        if self.on_change:
            self.on_change(touched, self.unit_ids)


class ApplyPlanCommand(QUndoCommand):
    """Replace the plan (a re-solve, a restored scenario, the optimum restored), locks included."""

    def __init__(self, editor: AllianceEditor, assignment: Dict[str, Optional[int]], locked: Iterable[int],
                 label: str, on_change: Optional[OnChange] = None, on_redo: Optional[Callable[[], None]] = None,
                 on_undo: Optional[Callable[[], None]] = None):
        super().__init__(label)
        self.editor = editor
        self.new = dict(assignment)
        self.new_locked = set(locked)
        self.old = dict(editor.assignment)
        self.old_locked = set(editor.locked)
        self.on_change = on_change
        self.on_redo = on_redo
        self.on_undo = on_undo

    def _go(self, assignment, locked) -> None:
        changed = [u for u, a in assignment.items() if self.editor.assignment.get(u) != a]
        touched = self.editor.apply(assignment)
        self.editor.locked = {a for a in locked if a in self.editor.alliance_ids()}
        for aid in self.editor.alliance_ids():
            self.editor.set_locked(aid, aid in self.editor.locked)
        if self.on_change:
            self.on_change(touched | set(self.old_locked) | set(self.new_locked), changed)

    def redo(self):
        if self.on_redo:
            self.on_redo()
        self._go(self.new, self.new_locked)

    def undo(self):
        if self.on_undo:
            self.on_undo()
        self._go(self.old, self.old_locked)
