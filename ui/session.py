"""What one analysis left in memory: the solver's problem and verdict, the gap records, the units.

A :class:`Session` is made from a finished pipeline run (the captures of :mod:`.capture`) and
lives until the next run or until the project closes. Re-optimising, previews and scenario
restores work on it alone, so none of them re-reads a layer or rebuilds the neighbourhood graph.
It is stored in the project as JSON (:meth:`Session.to_json`), so a reopened project edits and
re-solves at once, with the same problem the algorithm solved.
"""

from __future__ import annotations

import math
import time
from dataclasses import dataclass, field
from typing import Dict, Iterable, List, Optional

from qgis.core import QgsCoordinateReferenceSystem, QgsGeometry

from ..core.alliances import AllianceProblem, AllianceSolution, Unit
from ..core import schema
from ..core.graph import sort_key
from ..core.services import GapStandard, UnitRecord as GapRecord
from .editor import GapModel

FORMAT = 1


@dataclass
class Verdict:
    """The solver's word on the last solve: proof, gap, figures, time, and why units were left out."""

    optimal: bool
    gap: Optional[float]
    seconds: float
    method: str
    n_candidates: int
    when: str
    notes: List[str] = field(default_factory=list)
    #: unit id -> the solver's status (core.schema.STATUS_*)
    status: Dict[str, str] = field(default_factory=dict)
    #: the solver's plan: unit id -> alliance id (None: in none)
    assignment: Dict[str, Optional[int]] = field(default_factory=dict)

    @classmethod
    def of(cls, solution: AllianceSolution, assignment: Dict[str, Optional[int]]) -> "Verdict":
        gap = solution.gap if solution.gap is not None and math.isfinite(solution.gap) else None
        return cls(optimal=bool(solution.optimal), gap=gap, seconds=float(solution.seconds),
                   method=str(solution.method), n_candidates=int(solution.n_candidates),
                   when=time.strftime("%Y-%m-%d %H:%M:%S"), notes=list(solution.notes),
                   status=dict(solution.status), assignment=dict(assignment))

    def to_json(self) -> dict:
        return dict(self.__dict__)

    @classmethod
    def from_json(cls, data: dict) -> "Verdict":
        data = dict(data)
        data["assignment"] = {k: (None if v is None else int(v)) for k, v in data.get("assignment", {}).items()}
        return cls(**data)


def numbered(solution: AllianceSolution, previous: Optional[Dict[str, Optional[int]]] = None
             ) -> Dict[str, Optional[int]]:
    """Unit -> alliance id of a solution. Without ``previous``: 1, 2, … in the solution's order (the
    algorithm's numbering). With it, ids stay stable: an alliance keeps the id of the previous
    alliance of its hub (or of most of its members) when that id is still free, so colours,
    locks and names do not jump after a re-solve."""
    out: Dict[str, Optional[int]] = {}
    if previous is None:
        for n, alliance in enumerate(solution.alliances, start=1):
            for member in alliance.members:
                out[member] = n
        return out
    taken = set()
    pending = []
    for alliance in solution.alliances:
        old = [previous.get(m) for m in alliance.members if previous.get(m) is not None]
        choice = previous.get(alliance.hub)
        if choice is None or choice in taken:
            choice = max(set(old), key=old.count) if old else None
        if choice is None or choice in taken:
            pending.append(alliance)
            continue
        taken.add(choice)
        for member in alliance.members:
            out[member] = choice
    next_id = max([a for a in previous.values() if a is not None] + list(taken), default=0) + 1
    for alliance in pending:
        for member in alliance.members:
            out[member] = next_id
        next_id += 1
    return out


@dataclass
class Session:
    problem: AllianceProblem
    names: Dict[str, str]
    geometries: Dict[str, QgsGeometry]
    verdict: Verdict
    fields: Dict[str, str]
    gaps: Optional[GapModel] = None
    #: why there are no gap figures (the step could not run), shown instead of zeros
    gap_note: str = ""
    #: dissolved outlines of member sets already drawn (the algorithm's, then the dock's)
    outlines: Dict[frozenset, QgsGeometry] = field(default_factory=dict)
    crs: Optional[QgsCoordinateReferenceSystem] = None

    def status_of(self, editor, uid: str) -> str:
        """The status a unit has in the edited plan: in an alliance (locked or not), or why not
        (the solver's reason when the solver left it out, "taken out by hand" otherwise)."""
        from .messages import TAKEN_OUT

        aid = editor.assignment.get(uid)
        if aid is not None:
            return schema.STATUS_LOCKED if aid in editor.locked else schema.STATUS_IN_ALLIANCE
        solver = self.verdict.status.get(uid)
        if not editor.eligible(uid):
            return solver or schema.STATUS_NOT_ELIGIBLE
        if self.verdict.assignment.get(uid) is None and solver not in (
                None, schema.STATUS_IN_ALLIANCE, schema.STATUS_LOCKED):
            return solver
        return TAKEN_OUT

    def unit_ids(self) -> List[str]:
        return sorted(self.names, key=sort_key)

    def outline(self, members: Iterable[str]) -> Optional[QgsGeometry]:
        return self.outlines.get(frozenset(members))

    # -- persistence ---------------------------------------------------------------------
    def to_json(self) -> dict:
        out = {"format": FORMAT, "names": self.names, "fields": self.fields, "verdict": self.verdict.to_json(),
               "gap_note": self.gap_note, "crs": self.crs.toWkt() if self.crs is not None else "",
               "problem": problem_to_json(self.problem)}
        if self.gaps is not None:
            s = self.gaps.standard
            out["gaps"] = {"standard": [s.min_count, s.max_nearest, s.by_time],
                           "records": [[str(r.id), r.population, r.demand, r.supply, _finite(r.nearest), r.access]
                                       for r in self.gaps.records]}
        return out

    @classmethod
    def from_json(cls, data: dict, geometries: Dict[str, QgsGeometry]) -> "Session":
        if data.get("format") != FORMAT:
            raise ValueError(f"unknown plan format {data.get('format')!r}")
        problem = problem_from_json(data["problem"])
        gaps = None
        if data.get("gaps"):
            standard = GapStandard(*data["gaps"]["standard"])
            records = [GapRecord(id=r[0], population=r[1], demand=r[2], supply=r[3], nearest=_infinite(r[4]),
                                 access=r[5]) for r in data["gaps"]["records"]]
            gaps = GapModel(records, standard)
        crs = QgsCoordinateReferenceSystem.fromWkt(data["crs"]) if data.get("crs") else None
        return cls(problem=problem, names=dict(data["names"]), geometries=geometries,
                   verdict=Verdict.from_json(data["verdict"]), fields=dict(data["fields"]), gaps=gaps,
                   gap_note=data.get("gap_note", ""), crs=crs)


def problem_to_json(p: AllianceProblem) -> dict:
    """An alliance problem as JSON (the session's and the edit history's format)."""
    units = [[u.id, u.population, u.x, u.y, u.z, bool(u.eligible), bool(u.hub),
              None if u.group is None else str(u.group), list(u.extra)] for u in p.units]
    return {"units": units, "edges": [list(e) for e in p.edges], "min_members": p.min_members,
            "max_members": p.max_members, "min_population": p.min_population,
            "max_population": p.max_population, "require_hub": p.require_hub,
            "objective": p.objective, "time_limit": p.time_limit,
            "extra_floors": list(p.extra_floors), "extra_names": list(p.extra_names),
            "hub_reach": None if p.hub_reach is None else {k: sorted(v) for k, v in p.hub_reach.items()}}


def problem_from_json(p: dict) -> AllianceProblem:
    units = [Unit(id=u[0], population=u[1], x=u[2], y=u[3], z=u[4], eligible=u[5], hub=u[6], group=u[7],
                  extra=tuple(u[8])) for u in p["units"]]
    return AllianceProblem(
        units=units, edges=[tuple(e) for e in p["edges"]], min_members=p["min_members"],
        max_members=p["max_members"], min_population=p["min_population"], max_population=p["max_population"],
        require_hub=p["require_hub"], objective=p["objective"], time_limit=p["time_limit"],
        extra_floors=tuple(p["extra_floors"]), extra_names=tuple(p["extra_names"]),
        hub_reach=None if p["hub_reach"] is None else {k: set(v) for k, v in p["hub_reach"].items()})


def _finite(value):
    if value is not None and isinstance(value, float) and math.isinf(value):
        return "inf"
    return value


def _infinite(value):
    return math.inf if value == "inf" else value
