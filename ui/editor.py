"""Editing state of an alliance plan: who is in which alliance, and is each alliance valid?

The dock shows this state and changes it; every judgement is delegated to the functions the
algorithms use: ``core.alliances.validate_alliance``/``alliance_stats`` on the very
:class:`AllianceProblem` the solver got (captured from the run, see :mod:`.capture`), and
``core.services.assess_gaps`` on the servicegaps algorithm's own gap records. So an edited plan
is judged exactly as a solved one, and "units in gap after alliances" is the algorithm's figure.
Qt-free.
"""

from __future__ import annotations

import dataclasses
import time
from dataclasses import dataclass, field
from typing import Dict, Iterable, List, Optional, Sequence, Set

from ..core.alliances import AllianceProblem, alliance_stats, validate_alliance
from ..core.graph import build_adjacency, sort_key
from ..core.services import AllianceResult, GapStandard, GapSummary, UnitRecord as GapRecord, assess_gaps


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
    compactness_km: float
    locked: bool
    violations: List[str] = field(default_factory=list)
    #: the alliance's pooled gap (servicegaps' alliance_gap), None without the gap step
    gap: Optional[int] = None
    units_in_gap: Optional[int] = None
    units_in_gap_after: Optional[int] = None
    #: the quota band (:class:`Band`): the target population and the allowed deviation (0 = off)
    target: float = 0.0
    tolerance: float = 0.0

    @property
    def pop_ratio(self) -> float:
        return self.population / self.floor if self.floor else 0.0

    @property
    def deviation(self) -> float:
        """Population above (+) or below (-) the target, as a share of it."""
        return self.population / self.target - 1.0 if self.target else 0.0

    @property
    def outside_band(self) -> bool:
        """Further from the target than the band allows: a warning, not a broken rule."""
        return self.tolerance > 0 and abs(self.deviation) > self.tolerance + 1e-12

    @property
    def valid(self) -> bool:
        return not self.violations


@dataclass
class Band:
    """The quota and its deviation band, as redistricting tools show them: each alliance's
    population against a target (0 = the floor), flagged beyond ``tolerance`` (a share, 0.5 =
    ±50 %; 0 = off). The rules of the algorithms (floor, members, contiguity) stay what decides
    validity; the band only warns, e.g. of an alliance that takes far more than it needs."""

    target: float = 0.0
    tolerance: float = 0.0

    def to_json(self) -> dict:
        return {"target": self.target, "tolerance": self.tolerance}

    @classmethod
    def from_json(cls, data) -> "Band":
        data = data if isinstance(data, dict) else {}
        return cls(target=max(0.0, float(data.get("target", 0.0) or 0.0)),
                   tolerance=max(0.0, float(data.get("tolerance", 0.0) or 0.0)))


@dataclass
class PlanFigures:
    """The objective's figures of a plan, and its validity and gaps: what scenarios compare."""

    alliances: int
    valid: int
    invalid: int
    covered: int
    eligible: int
    #: population-weighted mean distance of the members to their hub, km (the distance criterion)
    mean_km: float
    population_covered: float
    #: None when the plan has no service-gap step
    units_in_gap: Optional[int] = None
    units_in_gap_after: Optional[int] = None
    population_in_gap: Optional[float] = None
    population_in_gap_after: Optional[float] = None
    #: alliances outside the quota band (0 when the band is off)
    outside_band: int = 0

    def as_dict(self) -> dict:
        return dataclasses.asdict(self)


class GapModel:
    """The servicegaps algorithm's gap records and standard; judges any assignment the same way."""

    def __init__(self, records: Sequence[GapRecord], standard: GapStandard):
        self.records = list(records)
        self.standard = standard
        self._rows = [(str(r.id), r.id, r.population, r.demand, r.supply, r.nearest, r.access) for r in self.records]

    def assess(self, assignment: Dict[str, Optional[int]]):
        units = [GapRecord(id=uid, population=pop, demand=demand, supply=supply, nearest=nearest,
                           alliance=assignment.get(key), access=access)
                 for key, uid, pop, demand, supply, nearest, access in self._rows]
        return assess_gaps(units, self.standard)


class AllianceEditor:
    """Assignment of units to alliances, with instant re-validation of what an edit touches."""

    def __init__(self, problem: AllianceProblem, assignment: Dict[str, Optional[int]],
                 names: Optional[Dict[str, str]] = None, gaps: Optional[GapModel] = None,
                 locked: Iterable[int] = ()):
        self.problem = problem
        self.units = {u.id: u for u in problem.units}
        self.adjacency = build_adjacency(list(self.units), problem.edges)
        self.names = names or {}
        self.gap_model = gaps
        self.assignment: Dict[str, Optional[int]] = {}
        self._members: Dict[int, Set[str]] = {}
        self.locked: Set[int] = set()
        self._rows: Dict[int, AllianceRow] = {}
        self._gap_alliances: Dict[int, AllianceResult] = {}
        self.gap_summary: Optional[GapSummary] = None
        #: time of the last edit's re-validation (core checks of the touched alliances), ms
        self.last_validation_ms = 0.0
        self.band = Band()
        self.set_assignment(assignment, locked)

    # -- state ---------------------------------------------------------------------------
    def set_assignment(self, assignment: Dict[str, Optional[int]], locked: Iterable[int] = ()) -> None:
        """Replace the whole plan (unknown unit ids are ignored)."""
        self.assignment = {uid: _as_id(assignment.get(uid)) for uid in self.units}
        self._members = {}
        for uid, aid in self.assignment.items():
            if aid is not None:
                self._members.setdefault(aid, set()).add(uid)
        self.locked = {int(a) for a in locked if int(a) in self._members}
        self.refresh()

    def members(self, alliance_id: Optional[int]) -> List[str]:
        return sorted(self._members.get(alliance_id, ()), key=sort_key)

    def alliance_ids(self) -> List[int]:
        return sorted(self._members)

    def new_alliance_id(self) -> int:
        return max(self._members, default=0) + 1

    def name(self, uid: str) -> str:
        return self.names.get(uid) or uid

    def alliance_name(self, alliance_id: Optional[int]) -> str:
        row = self._rows.get(alliance_id) if alliance_id is not None else None
        return row.name if row is not None else ""

    def _set(self, uid: str, target: Optional[int]) -> None:
        previous = self.assignment[uid]
        if previous is not None:
            self._members[previous].discard(uid)
            if not self._members[previous]:
                del self._members[previous]
                self.locked.discard(previous)
        self.assignment[uid] = target
        if target is not None:
            self._members.setdefault(target, set()).add(uid)

    def move(self, unit_id: str, target: Optional[int]) -> Optional[int]:
        """Put a unit in ``target`` (None = out of any alliance); return where it was."""
        return self.move_many([unit_id], target)[unit_id]

    def move_many(self, unit_ids: Iterable[str], target: Optional[int]) -> Dict[str, Optional[int]]:
        """Put units in ``target``; return where each was (the undo of the move)."""
        started = time.perf_counter()
        previous: Dict[str, Optional[int]] = {}
        for uid in unit_ids:
            if uid not in self.assignment:
                raise KeyError(f"unknown unit id {uid!r}")
            previous[uid] = self.assignment[uid]
            self._set(uid, target)
        touched = {a for a in previous.values() if a is not None} | ({target} if target is not None else set())
        self.refresh(touched)
        self.last_validation_ms = (time.perf_counter() - started) * 1000.0
        return previous

    def restore(self, previous: Dict[str, Optional[int]]) -> Set[int]:
        """Put every unit back where ``previous`` says (the undo of :meth:`move_many`)."""
        touched: Set[int] = set()
        for uid, aid in previous.items():
            old = self.assignment[uid]
            touched |= {a for a in (old, aid) if a is not None}
            self._set(uid, aid)
        self.refresh(touched)
        return touched

    def apply(self, assignment: Dict[str, Optional[int]]) -> Set[int]:
        """Change the plan to ``assignment`` (units not named keep theirs); the alliances touched."""
        changed = {uid: _as_id(aid) for uid, aid in assignment.items()
                   if uid in self.assignment and self.assignment[uid] != _as_id(aid)}
        touched: Set[int] = set()
        for uid, aid in changed.items():
            touched |= {a for a in (self.assignment[uid], aid) if a is not None}
            self._set(uid, aid)
        self.refresh(touched)
        return touched

    def set_locked(self, alliance_id: int, locked: bool) -> None:
        if locked and alliance_id in self._members:
            self.locked.add(alliance_id)
        else:
            self.locked.discard(alliance_id)
        if alliance_id in self._rows:
            self._rows[alliance_id].locked = alliance_id in self.locked

    def set_band(self, band: Band) -> None:
        """A new quota band: every row's deviation is measured against it (nothing re-validated)."""
        self.band = band
        target = self.band_target()
        for row in self._rows.values():
            row.target, row.tolerance = target, band.tolerance

    def band_target(self) -> float:
        """The population the band measures against: its target, or the floor when it has none."""
        return float(self.band.target or self.problem.min_population or 0.0)

    # -- judgement -----------------------------------------------------------------------
    def refresh(self, alliance_ids: Optional[Iterable[int]] = None) -> None:
        """Recompute the rows of the given alliances (all when None) and the plan's gaps."""
        if alliance_ids is None:
            self._rows.clear()
            ids = list(self._members)
        else:
            ids = list(alliance_ids)
        self._assess_gaps()
        for aid in ids:
            members = self.members(aid)
            if not members:
                self._rows.pop(aid, None)
                continue
            self._rows[aid] = self._row(aid, members)
        for aid, row in self._rows.items():  # pooled gaps can change wherever supply moved
            self._gap_fields(row)

    def _assess_gaps(self) -> None:
        if self.gap_model is None:
            return
        _gaps, alliances, summary = self.gap_model.assess(self.assignment)
        self._gap_alliances, self.gap_summary = alliances, summary

    def _gap_fields(self, row: AllianceRow) -> None:
        result = self._gap_alliances.get(row.alliance_id)
        if result is not None:
            row.gap, row.units_in_gap, row.units_in_gap_after = result.gap, result.units_in_gap, \
                result.units_in_gap_after

    def _row(self, aid: int, members: List[str]) -> AllianceRow:
        stats = alliance_stats(members, self.problem)
        violations = validate_alliance(members, self.problem, self.adjacency)
        row = AllianceRow(
            alliance_id=aid, name=self.name(stats.hub), hub=stats.hub, members=members,
            member_names=[self.name(m) for m in members], population=stats.population,
            floor=float(self.problem.min_population), compactness_km=stats.compactness_km,
            locked=aid in self.locked, violations=violations, target=self.band_target(), tolerance=self.band.tolerance)
        self._gap_fields(row)
        return row

    def rows(self) -> List[AllianceRow]:
        self._unique_names()
        return [self._rows[a] for a in sorted(self._rows)]

    def row(self, alliance_id: Optional[int]) -> Optional[AllianceRow]:
        return self._rows.get(alliance_id) if alliance_id is not None else None

    def _unique_names(self) -> None:
        """Two alliances on hubs of the same name are told apart by the hub's id (as the algorithm does)."""
        counts: Dict[str, int] = {}
        for row in self._rows.values():
            base = self.name(row.hub)
            counts[base] = counts.get(base, 0) + 1
        for row in self._rows.values():
            base = self.name(row.hub)
            row.name = f"{base} ({row.hub})" if counts[base] > 1 else base

    def eligible(self, uid: str) -> bool:
        unit = self.units.get(uid)
        return unit is not None and unit.eligible

    def left_out(self) -> List[str]:
        """Eligible units in no alliance, in id order."""
        return sorted((u for u, a in self.assignment.items() if a is None and self.units[u].eligible), key=sort_key)

    def figures(self, assignment: Optional[Dict[str, Optional[int]]] = None) -> PlanFigures:
        """The objective's figures of the current plan (or of ``assignment``), judged as above."""
        if assignment is None:
            rows = list(self._rows.values())
            gap_summary = self.gap_summary
            plan = self.assignment
        else:
            plan = {uid: _as_id(assignment.get(uid)) for uid in self.units}
            rows = self.rows_of(plan)
            gap_summary = self.gap_model.assess(plan)[2] if self.gap_model is not None else None
        valid = [r for r in rows if r.valid]
        population = sum(r.population for r in valid)
        weighted = sum(r.compactness_km * r.population for r in valid)
        figures = PlanFigures(
            alliances=len(rows), valid=len(valid), invalid=len(rows) - len(valid),
            covered=sum(len(r.members) for r in valid),
            eligible=sum(1 for u in self.units.values() if u.eligible),
            mean_km=weighted / population if population > 0 else 0.0, population_covered=population,
            outside_band=sum(1 for r in rows if r.outside_band))
        if gap_summary is not None:
            figures.units_in_gap = gap_summary.units_in_gap
            figures.units_in_gap_after = gap_summary.units_in_gap_after
            figures.population_in_gap = gap_summary.population_in_gap
            figures.population_in_gap_after = gap_summary.population_in_gap_after
        return figures

    def rows_of(self, assignment: Dict[str, Optional[int]]) -> List[AllianceRow]:
        """The rows another plan would have (judged by the same rules), without changing this one."""
        groups: Dict[int, List[str]] = {}
        for uid, aid in assignment.items():
            if aid is not None and uid in self.units:
                groups.setdefault(aid, []).append(uid)
        return [self._row(aid, sorted(ms, key=sort_key)) for aid, ms in groups.items()]

    def preview(self, unit_ids: Sequence[str], target: Optional[int]) -> "Preview":
        """What moving ``unit_ids`` to ``target`` would do, without doing it."""
        started = time.perf_counter()
        before = {a: self._rows.get(a) for a in {self.assignment[u] for u in unit_ids} | {target} if a is not None}
        gap_before, locked, last = self.gap_summary, set(self.locked), self.last_validation_ms
        previous = self.move_many(unit_ids, target)
        after = {a: (dataclasses.replace(self._rows[a]) if a in self._rows else None) for a in before}
        gap_after = self.gap_summary
        self.restore(previous)
        self.locked, self.last_validation_ms = locked, last
        for aid in before:
            if aid in self._rows:
                self._rows[aid].locked = aid in locked
        return Preview(unit_ids=list(unit_ids), target=target, before=before, after=after,
                       gap_before=gap_before, gap_after=gap_after,
                       ms=(time.perf_counter() - started) * 1000.0)


@dataclass
class Preview:
    """Rows of the alliances a move touches, before and after it, and the plan's gaps."""

    unit_ids: List[str]
    target: Optional[int]
    before: Dict[int, Optional[AllianceRow]]
    after: Dict[int, Optional[AllianceRow]]
    gap_before: Optional[GapSummary]
    gap_after: Optional[GapSummary]
    ms: float

    @property
    def valid_after(self) -> bool:
        """Every alliance the move touches stays (or becomes) valid."""
        return all(row is None or row.valid for row in self.after.values())


def _as_id(value) -> Optional[int]:
    if value is None or value == "":
        return None
    try:
        return int(value)
    except (TypeError, ValueError):
        return None
