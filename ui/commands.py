"""Undoable plan edits: a move of one or many units, a whole plan applied, a re-solve.

Each command changes the editor and hands the alliances it touched to ``on_change`` (the dock
redraws only those). Commands hold the editor, never a layer, so they stay valid when layers are
removed or recreated, and the history survives a re-solve (which is itself a command).

The history is kept in the project: :func:`history_to_json` writes every command (what it
changed, both ways, and when) with the stack's position, :func:`restore_history` rebuilds the
stack on reopening without replaying an edit (the plan saved with it is already the state at
that position), so Undo and Redo go on where the analyst left them.
"""

from __future__ import annotations

import time
from typing import Callable, Dict, Iterable, List, Optional, Set, Tuple

from ..compat import QUndoCommand
from .editor import AllianceEditor

OnChange = Callable[[Set[int], Iterable[str]], None]
#: (the solver's verdict, the problem it solved): what a re-solve changes besides the plan
SolverState = Tuple[object, object]
SetState = Callable[[object, object], None]


def _plan(data: Dict[str, Optional[int]]) -> Dict[str, Optional[int]]:
    return {str(k): (None if v is None else int(v)) for k, v in data.items()}


class _Command(QUndoCommand):
    """Common part: the label, the time of the edit, and a silent mode used while the history is
    rebuilt from the project (the stack calls redo/undo then, but the plan is already in place)."""

    kind = ""

    def __init__(self, editor: AllianceEditor, label: str, on_change: Optional[OnChange], when: str = ""):
        super().__init__(label)
        self.editor = editor
        self.on_change = on_change
        self.when = when or time.strftime("%Y-%m-%d %H:%M:%S")
        self.silent = False

    def redo(self):
        if not self.silent:
            self.forward()

    def undo(self):
        if not self.silent:
            self.backward()

    def forward(self):  # pragma: no cover - every command defines it
        raise NotImplementedError

    def backward(self):  # pragma: no cover
        raise NotImplementedError

    def to_json(self) -> dict:
        return {"kind": self.kind, "label": self.text(), "when": self.when}


class MoveUnitsCommand(_Command):
    """Move units into an alliance (or out of any: ``target`` None)."""

    kind = "move"

    def __init__(self, editor: AllianceEditor, unit_ids, target: Optional[int], label: str,
                 on_change: Optional[OnChange] = None, previous: Optional[Dict[str, Optional[int]]] = None,
                 when: str = ""):
        super().__init__(editor, label, on_change, when)
        self.unit_ids = list(unit_ids)
        self.target = target
        self.previous: Dict[str, Optional[int]] = dict(previous) if previous is not None else {
            u: editor.assignment.get(u) for u in self.unit_ids}

    def forward(self):
        self.editor.move_many(self.unit_ids, self.target)
        touched = {a for a in self.previous.values() if a is not None} | (
            {self.target} if self.target is not None else set())
        if self.on_change:
            self.on_change(touched, self.unit_ids)

    def backward(self):
        touched = self.editor.restore(self.previous)
        if self.on_change:
            self.on_change(touched, self.unit_ids)

    def to_json(self) -> dict:
        return {**super().to_json(), "units": self.unit_ids, "target": self.target, "previous": self.previous}


class ApplyPlanCommand(_Command):
    """Replace the plan (a restored scenario, the optimum restored), locks included."""

    kind = "plan"

    def __init__(self, editor: AllianceEditor, assignment: Dict[str, Optional[int]], locked: Iterable[int],
                 label: str, on_change: Optional[OnChange] = None, old: Optional[Dict[str, Optional[int]]] = None,
                 old_locked: Optional[Iterable[int]] = None, when: str = ""):
        super().__init__(editor, label, on_change, when)
        self.new = dict(assignment)
        self.new_locked = set(locked)
        self.old = dict(editor.assignment) if old is None else dict(old)
        self.old_locked = set(editor.locked) if old_locked is None else set(old_locked)

    def _go(self, assignment, locked) -> None:
        changed = [u for u, a in assignment.items() if self.editor.assignment.get(u) != a]
        touched = self.editor.apply(assignment)
        self.editor.locked = {a for a in locked if a in self.editor.alliance_ids()}
        for aid in self.editor.alliance_ids():
            self.editor.set_locked(aid, aid in self.editor.locked)
        if self.on_change:
            self.on_change(touched | set(self.old_locked) | set(self.new_locked), changed)

    def forward(self):
        self._go(self.new, self.new_locked)

    def backward(self):
        self._go(self.old, self.old_locked)

    def to_json(self) -> dict:
        return {**super().to_json(), "new": self.new, "new_locked": sorted(self.new_locked), "old": self.old,
                "old_locked": sorted(self.old_locked)}


class ResolveCommand(ApplyPlanCommand):
    """A re-solve: the new plan and the solver's new verdict and problem (undo brings back both)."""

    kind = "resolve"

    def __init__(self, editor: AllianceEditor, assignment, locked, label: str, on_change: Optional[OnChange],
                 set_state: SetState, new_state: SolverState, old_state: SolverState, **kwargs):
        super().__init__(editor, assignment, locked, label, on_change, **kwargs)
        self.set_state = set_state
        self.new_state, self.old_state = new_state, old_state

    def forward(self):
        self.set_state(*self.new_state)
        super().forward()

    def backward(self):
        self.set_state(*self.old_state)
        super().backward()

    def to_json(self) -> dict:
        from .session import problem_to_json

        return {**super().to_json(), "states": [[v.to_json(), problem_to_json(p)]
                                                for v, p in (self.new_state, self.old_state)]}


def history_to_json(stack) -> dict:
    """Every command of the undo stack and the stack's position. The problems of the re-solves are
    written once each (most re-solves of a session share one) and referred to by their index."""
    import json

    problems: List[dict] = []
    seen: Dict[str, int] = {}
    commands = []
    for i in range(stack.count()):
        command = stack.command(i)
        if not isinstance(command, _Command):
            continue
        data = command.to_json()
        for state in data.get("states", []):
            key = json.dumps(state[1], sort_keys=True)
            if key not in seen:
                seen[key] = len(problems)
                problems.append(state[1])
            state[1] = seen[key]
        commands.append(data)
    return {"index": stack.index(), "commands": commands, "problems": problems}


def restore_history(stack, data: dict, editor: AllianceEditor, on_change: OnChange, set_state: SetState) -> int:
    """Rebuild the undo stack from :func:`history_to_json`'s output; the editor already holds the
    plan at the saved position. Returns the number of commands restored (0 for an unusable entry)."""
    from .session import Verdict, problem_from_json

    stack.clear()
    if not isinstance(data, dict) or not data.get("commands"):
        return 0
    if any(not isinstance(item, dict) or item.get("kind") not in ("move", "plan", "resolve")
           for item in data["commands"]):
        return 0  # an entry from a newer plugin: start with an empty history rather than a wrong one
    stored = data.get("problems", [])
    made: Dict[int, object] = {}

    def problem(ref):
        """A re-solve's problem: an index into the stored problems (one object per problem)."""
        if int(ref) not in made:
            made[int(ref)] = problem_from_json(stored[int(ref)])
        return made[int(ref)]

    built: List[_Command] = []
    for item in data["commands"]:
        kind, label, when = item.get("kind"), item.get("label", ""), item.get("when", "")
        if kind == "move":
            target = item.get("target")
            built.append(MoveUnitsCommand(editor, [str(u) for u in item["units"]],
                                          None if target is None else int(target), label, on_change,
                                          previous=_plan(item["previous"]), when=when))
            continue
        plan = dict(assignment=_plan(item["new"]), locked=[int(a) for a in item["new_locked"]], label=label,
                    on_change=on_change, old=_plan(item["old"]), old_locked=[int(a) for a in item["old_locked"]],
                    when=when)
        if kind == "plan":
            built.append(ApplyPlanCommand(editor, **plan))
        else:
            (nv, np_), (ov, op) = item["states"]
            built.append(ResolveCommand(editor, set_state=set_state,
                                        new_state=(Verdict.from_json(nv), problem(np_)),
                                        old_state=(Verdict.from_json(ov), problem(op)), **plan))
    index = max(0, min(int(data.get("index", len(built))), len(built)))
    for command in built:
        command.silent = True
        stack.push(command)
    stack.setIndex(index)
    for command in built:
        command.silent = False
    stack.setClean()
    return len(built)
