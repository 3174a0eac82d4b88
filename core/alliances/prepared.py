"""The validated, index-based view of a problem that every solver stage works on."""

from __future__ import annotations

import math
from typing import Dict, Hashable, List, Optional, Sequence, Set, Tuple

import numpy as np

from ..graph import build_adjacency, connected_components, sort_key
from .model import Alliance, AllianceProblem, ProblemError
from .rules import check_parameters, normalise_key
from .settings import DEFAULT_SETTINGS, SolverSettings


def distances(points: np.ndarray, origin: np.ndarray) -> np.ndarray:
    """Straight-line distances of ``points`` (..., 3) to ``origin`` (broadcast), in metres.

    Nested ``hypot``: with every z = 0 (projected layers) the result is exactly the planar one.
    """
    diff = np.asarray(points, dtype=float) - np.asarray(origin, dtype=float)
    return np.hypot(np.hypot(diff[..., 0], diff[..., 1]), diff[..., 2])


def _head_count(value) -> Optional[float]:
    """A population as a float when it is finite and >= 0, else None."""
    try:
        v = float(value)
    except (TypeError, ValueError):
        return None
    return v if math.isfinite(v) and v >= 0 else None


class Prepared:
    """Validated, index-based view of a problem.

    Units are sorted by id so that the result does not depend on input order;
    everything else works on integer indices into that order.
    """

    def __init__(self, problem: AllianceProblem, settings: SolverSettings = DEFAULT_SETTINGS) -> None:
        self.problem = problem
        self.settings = settings
        check_parameters(problem)
        units = sorted(problem.units, key=lambda u: sort_key(u.id))
        seen: Set[Hashable] = set()
        for unit in units:
            if unit.id in seen:
                raise ProblemError(
                    f"unit id {unit.id!r} appears more than once: every unit needs a unique id"
                )
            seen.add(unit.id)
            pop = unit.population
            if _head_count(pop) is None:
                raise ProblemError(
                    f"unit {unit.id!r} has population {pop!r}: populations must be finite and >= 0 "
                    "(fill missing values or mark the unit not eligible and give it 0)"
                )
            for name in ("x", "y", "z"):
                try:
                    coord = float(getattr(unit, name))
                except (TypeError, ValueError):
                    coord = float("nan")
                if not math.isfinite(coord):
                    raise ProblemError(
                        f"unit {unit.id!r} has {name} = {getattr(unit, name)!r}: coordinates must be "
                        "finite projected metres (use the unit's centroid or point on surface)"
                    )
        self.units = units
        self.n = n = len(units)
        self.ids: List[str] = [u.id for u in units]
        self.index: Dict[Hashable, int] = {uid: i for i, uid in enumerate(self.ids)}
        self.pop = np.array([float(u.population) for u in units], dtype=float)
        self.xyz = np.array([[float(u.x), float(u.y), float(u.z)] for u in units], dtype=float).reshape(n, 3)
        self.eligible = np.array([bool(u.eligible) for u in units], dtype=bool)
        self.hub = np.array([bool(u.hub) for u in units], dtype=bool)
        self.group = [normalise_key(u.group) for u in units]
        self.locked = [normalise_key(u.locked) for u in units]
        self.need_hub = bool(problem.require_hub) and bool(self.hub.any())
        self.floor = float(problem.min_population)
        self.ceiling = float(problem.max_population) if problem.max_population > 0 else math.inf
        self.min_m = int(problem.min_members)
        self.max_m = int(problem.max_members)
        self.notes: List[str] = []

        edges = list(problem.edges)
        self.adjacency = build_adjacency(self.ids, edges)
        unknown = sum(1 for a, b in ((e[0], e[1]) for e in edges) if a not in self.index or b not in self.index)
        if unknown:
            self.notes.append(f"{unknown} edge(s) name units that are not in the problem and were ignored")
        self.nbr_all: List[List[int]] = [
            sorted(self.index[v] for v in self.adjacency[uid]) for uid in self.ids
        ]
        is_locked = np.array([k is not None for k in self.locked], dtype=bool)
        self.is_locked = is_locked
        self.available = self.eligible & ~is_locked
        avail = self.available
        self.nbr_any: List[List[int]] = [
            [j for j in self.nbr_all[i] if avail[j]] if avail[i] else [] for i in range(n)
        ]
        grp = self.group
        self.nbr_same: List[List[int]] = [
            [j for j in self.nbr_any[i] if grp[j] == grp[i]] for i in range(n)
        ]
        # no alliance is larger than the largest connected part of the units it may hold: a
        # MAX_MEMBERS far above it (300,000 for 6 units) must not size the arrays and the matrix
        # (never below min_m: the enumeration takes sizes min_m..max_m; none when min_m is larger)
        largest = max((len(c) for c in connected_components(
            self.nbr_same, [i for i in range(n) if avail[i]], key=None)), default=1)
        self.max_m = max(1, self.min_m, min(self.max_m, largest))
        # Hub preference: hub members first (when hubs are required), then the most
        # populous, then the smallest id.  The hub of a set is its best-ranked member.
        order = sorted(
            range(n),
            key=lambda i: (0 if (self.need_hub and self.hub[i]) else 1, -self.pop[i], i),
        )
        self.pref_rank = np.empty(n, dtype=np.int64)
        self.pref_rank[np.array(order, dtype=np.int64)] = np.arange(n, dtype=np.int64)
        self._prepare_extra_rules(problem, units)

    # -- durable floors and hub distance -------------------------------------------
    def _prepare_extra_rules(self, problem: AllianceProblem, units) -> None:
        """The further populations with their floors, and the allowed (hub, member) pairs."""
        n = self.n
        floors = tuple(float(f) for f in problem.extra_floors)
        self.extra_floors = np.array(floors, dtype=float)
        self.extra = np.zeros((n, len(floors)), dtype=float)
        for i, unit in enumerate(units):
            values = tuple(unit.extra)
            if len(values) != len(floors):
                raise ProblemError(
                    f"unit {unit.id!r} has {len(values)} further population(s) for {len(floors)} further floor(s): "
                    "give one value per floor"
                )
            for k, value in enumerate(values):
                v = _head_count(value)
                if v is None:
                    raise ProblemError(
                        f"unit {unit.id!r} has {self.extra_name(k)} = {value!r}: it must be finite and >= 0 "
                        "(fill it, or mark the unit not eligible)"
                    )
                self.extra[i, k] = v
        self.reach_keys: Optional[np.ndarray] = None
        if problem.hub_reach is not None:
            keys = [i * (n + 1) + i for i in range(n)]  # a hub always reaches itself
            for hub_id, near in problem.hub_reach.items():
                h = self.index.get(hub_id)
                if h is None:
                    continue
                keys.extend(h * (n + 1) + self.index[m] for m in near if m in self.index)
            self.reach_keys = np.unique(np.array(keys, dtype=np.int64))
        self.has_extra_rules = bool(len(floors)) or self.reach_keys is not None

    def extra_name(self, k: int) -> str:
        names = tuple(self.problem.extra_names)
        return names[k] if k < len(names) else f"further population {k + 1}"

    def admissible_rows(self, mat: np.ndarray) -> np.ndarray:
        """Which candidate rows (member indices padded with ``n``) meet the durable floors and the
        hub distance; checked block by block."""
        n, m = self.n, mat.shape[0]
        ok = np.ones(m, dtype=bool)
        if not self.has_extra_rules or m == 0:
            return ok
        extra = np.vstack([self.extra, np.zeros((1, self.extra.shape[1]))])
        rankx = np.append(self.pref_rank, np.iinfo(np.int64).max)
        chunk = self.settings.chunk_rows
        for s in range(0, m, chunk):
            blk = mat[s : s + chunk]
            good = np.ones(blk.shape[0], dtype=bool)
            for k, floor in enumerate(self.extra_floors):
                good &= extra[blk, k].sum(axis=1) >= floor
            if self.reach_keys is not None:
                hub = blk[np.arange(blk.shape[0]), np.argmin(rankx[blk], axis=1)].astype(np.int64)
                keys = hub[:, None] * (n + 1) + blk.astype(np.int64)
                pos = np.minimum(np.searchsorted(self.reach_keys, keys), len(self.reach_keys) - 1)
                good &= ((self.reach_keys[pos] == keys) | (blk >= n)).all(axis=1)
            ok[s : s + chunk] = good
        return ok

    def admissible(self, members: Sequence[int]) -> bool:
        """The same test for one member list."""
        if not self.has_extra_rules:
            return True
        row = np.array(sorted(members), dtype=np.int32).reshape(1, -1)
        return bool(self.admissible_rows(row)[0])

    # -- per-alliance figures ------------------------------------------------------
    def stats(self, members: Sequence[int]) -> Tuple[int, float, float]:
        """(hub index, population, total population-weighted distance in metres)."""
        idx = np.asarray(sorted(members), dtype=np.int64)
        hub = int(idx[np.argmin(self.pref_rank[idx])])
        pop = float(self.pop[idx].sum())
        d = distances(self.xyz[idx], self.xyz[hub])
        return hub, pop, float((self.pop[idx] * d).sum())

    def alliance(self, members: Sequence[int], locked: bool = False) -> Alliance:
        """Build the public :class:`Alliance` record of a member index list."""
        hub, pop, cost = self.stats(members)
        ordered = sorted(members)
        return Alliance(
            members=[self.ids[i] for i in ordered],
            hub=self.ids[hub],
            population=pop,
            compactness_km=(cost / pop / 1000.0) if pop > 0 else 0.0,
            locked=locked,
        )
