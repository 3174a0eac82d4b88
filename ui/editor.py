"""Editing state of an alliance plan: who is in which alliance, and is each alliance valid?

The dock shows this state and changes it; every check is delegated to the same core
functions the solver uses (``core.alliances.validate_alliance``/``alliance_stats``), so an
edited plan is judged exactly as a solved one. Qt-free apart from the undo command.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Dict, Iterable, List, Optional

from ..compat import QUndoCommand

from ..core.alliances import AllianceProblem, alliance_stats, validate_alliance
from ..core.graph import build_adjacency


@dataclass
class AllianceRow:
    """One line of the dock's table."""

    alliance_id: int
    name: str
    hub: str
    members: List[str]
    member_names: List[str]
    population: float
    floor: float
    risk_index: Optional[float]
    units_in_gap_before: int
    gap_after: Optional[bool]
    locked: bool
    violations: List[str] = field(default_factory=list)

    @property
    def pop_ratio(self) -> float:
        return self.population / self.floor if self.floor else 0.0

    @property
    def valid(self) -> bool:
        return not self.violations

    @property
    def status(self) -> str:
        return "valid" if self.valid else "; ".join(self.violations)


class AllianceEditor:
    """Assignment of units to alliances, with instant re-validation of what an edit touches.

    ``supply`` (facilities or doctors per unit) and ``in_gap`` (the unit alone falls short)
    come from the service-gap output when it exists; an alliance pools its members' supply
    and is in gap when the pooled supply is below ``min_count``.
    """

    def __init__(self, problem: AllianceProblem, assignment: Dict[str, Optional[int]],
                 names: Optional[Dict[str, str]] = None, risk: Optional[Dict[str, float]] = None,
                 supply: Optional[Dict[str, float]] = None, in_gap: Optional[Dict[str, bool]] = None,
                 min_count: float = 1.0, locked: Iterable[int] = ()):
        self.problem = problem
        self.units = {u.id: u for u in problem.units}
        self.adjacency = build_adjacency(list(self.units), problem.edges)
        self.assignment: Dict[str, Optional[int]] = {uid: assignment.get(uid) for uid in self.units}
        self.names = names or {}
        self.risk = risk or {}
        self.supply = supply
        self.in_gap = in_gap or {}
        self.min_count = min_count
        self.locked = set(locked)
        self._rows: Dict[int, AllianceRow] = {}
        #: time of the last move's re-validation (core checks of the touched alliances)
        self.last_validation_ms = 0.0
        self.refresh()

    # -- state ---------------------------------------------------------------------------
    def members(self, alliance_id: int) -> List[str]:
        return sorted(uid for uid, aid in self.assignment.items() if aid == alliance_id)

    def alliance_ids(self) -> List[int]:
        return sorted({aid for aid in self.assignment.values() if aid is not None})

    def new_alliance_id(self) -> int:
        return max(self.alliance_ids(), default=0) + 1

    def move(self, unit_id: str, target: Optional[int]) -> Optional[int]:
        """Put a unit in ``target`` (None = out of any alliance); return where it was."""
        if unit_id not in self.assignment:
            raise KeyError(f"unknown unit id {unit_id!r}")
        previous = self.assignment[unit_id]
        if previous == target:
            return previous
        started = time.perf_counter()
        self.assignment[unit_id] = target
        self.refresh([a for a in (previous, target) if a is not None])
        self.last_validation_ms = (time.perf_counter() - started) * 1000.0
        return previous

    # -- judgement -----------------------------------------------------------------------
    def refresh(self, alliance_ids: Optional[Iterable[int]] = None) -> None:
        """Recompute the rows of the given alliances (all when None); drop emptied ones."""
        ids = self.alliance_ids() if alliance_ids is None else list(alliance_ids)
        if alliance_ids is None:
            self._rows.clear()
        for aid in ids:
            members = self.members(aid)
            if not members:
                self._rows.pop(aid, None)
                continue
            self._rows[aid] = self._row(aid, members)

    def _row(self, aid: int, members: List[str]) -> AllianceRow:
        stats = alliance_stats(members, self.problem)
        violations = validate_alliance(members, self.problem, self.adjacency)
        pop = {m: self.units[m].population for m in members}
        total = sum(pop.values())
        risks = [(self.risk.get(m), pop[m]) for m in members if self.risk.get(m) is not None]
        weight = sum(p for _, p in risks)
        risk = sum(r * p for r, p in risks) / weight if weight else None
        gap_after = None
        if self.supply is not None:
            gap_after = sum(self.supply.get(m) or 0.0 for m in members) < self.min_count
        return AllianceRow(
            alliance_id=aid, name=self.names.get(stats.hub, stats.hub), hub=stats.hub,
            members=members, member_names=[self.names.get(m, m) for m in members],
            population=total, floor=self.problem.min_population, risk_index=risk,
            units_in_gap_before=sum(1 for m in members if self.in_gap.get(m)),
            gap_after=gap_after, locked=aid in self.locked, violations=violations)

    def rows(self) -> List[AllianceRow]:
        return [self._rows[a] for a in sorted(self._rows)]

    def row(self, alliance_id: int) -> Optional[AllianceRow]:
        return self._rows.get(alliance_id)

    def covered_by_alliance(self, unit_id: str) -> bool:
        """The unit alone falls short and its alliance's pooled supply does not."""
        aid = self.assignment.get(unit_id)
        row = self._rows.get(aid) if aid is not None else None
        return bool(self.in_gap.get(unit_id)) and row is not None and row.gap_after is False

    def summary(self) -> Dict[str, float]:
        """Figures for comparing scenarios side by side."""
        rows = self.rows()
        eligible = [u for u in self.units.values() if u.eligible]
        in_gap_after = [uid for uid, gap in self.in_gap.items() if gap and not self.covered_by_alliance(uid)]
        return {
            "alliances": len(rows),
            "valid": sum(1 for r in rows if r.valid),
            "invalid": sum(1 for r in rows if not r.valid),
            "covered": sum(1 for u in eligible if self.assignment.get(u.id) is not None),
            "eligible": len(eligible),
            "units_in_gap": sum(1 for g in self.in_gap.values() if g),
            "units_in_gap_after": len(in_gap_after),
            "population_in_gap_after": sum(self.units[u].population for u in in_gap_after if u in self.units),
        }


class MoveUnitCommand(QUndoCommand):
    """One undoable move; ``on_change`` lets the dock redraw what changed."""

    def __init__(self, editor: AllianceEditor, unit_id: str, target: Optional[int], on_change=None):
        name = editor.names.get(unit_id, unit_id)
        where = f"alliance {target}" if target is not None else "no alliance"
        super().__init__(f"Move {name} to {where}")
        self.editor = editor
        self.unit_id = unit_id
        self.target = target
        self.previous = editor.assignment.get(unit_id)
        self.on_change = on_change

    def redo(self):
        self.editor.move(self.unit_id, self.target)
        if self.on_change:
            self.on_change(self.unit_id, self.previous, self.target)

    def undo(self):
        self.editor.move(self.unit_id, self.previous)
        if self.on_change:
            self.on_change(self.unit_id, self.target, self.previous)
