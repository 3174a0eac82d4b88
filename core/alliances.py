"""Exact "small but strong" alliance solver.

The policy links 2 to 5 neighbouring cities/counties (units) into alliances of at
least ~300,000 residents anchored on a hub.  This module answers "which disjoint
alliances should we form?": exactly when the instance allows it, and otherwise
with the best plan found in the time given plus an honest optimality gap.

Method, and why:

1. **Enumerate every feasible alliance** (a connected induced subgraph of the
   adjacency graph with min..max members that satisfies the population, hub and
   group rules).  Alliances are tiny (at most ~5 members) and the graph is
   planar, so there are only tens to hundreds of candidates per unit; an
   ESU-style enumeration (each connected set is produced exactly once, rooted
   at its smallest index) finds them without duplicate checks.  Group and
   ceiling rules prune the search; floor and hub rules filter the output.
2. **Pick the best disjoint set of candidates** with MILPs solved by HiGHS
   through :func:`scipy.optimize.milp`.  The problem splits into independent
   parts (units that share no candidate never interact), which keeps each
   MILP small.  In a part where every unit can be covered, a depth-first
   exact-cover search guided by an LP solution usually finds a plan covering
   all units at once: coverage is then optimal by definition, and the
   remaining criteria (count, then distance) are *set-partitioning* MILPs over
   the candidates that reduced-cost fixing leaves, with HiGHS' presolve off
   (in HiGHS 1.2 it costs seconds on these models).  Their LP bound is first
   tightened by rounds of clique inequalities (alliances that pairwise share
   a unit, at most one of which fits in a plan), so that the MILPs only need
   the few hundred candidates with the smallest reduced costs.  Otherwise one
   set-packing MILP per lexicographic criterion (coverage, count, then
   distance) keeps the previous optima as constraints and asks for "strictly
   better than the incumbent", so that a good heuristic start turns a stage
   into a quick proof.
3. Parts too large for a MILP in interactive time get a Lagrangian-guided
   greedy packing improved by *large neighbourhood search*: windows of ~50-120
   units are re-optimised exactly by the MILP, using only candidates with a
   good Lagrangian reduced profit.  The Lagrangian (LP-strength) upper bound
   gives the reported gap.

Limits worth knowing: HiGHS cannot be interrupted inside one solve (cancel is
polled between solves), and it overshoots tiny time limits on big MILPs, which
is why large parts skip the full MILP when the budget is short.  Proving the
tie-breaking criteria (count, distance) on one dense part of ~120+ units can
take minutes with ``time_limit=None``; a time limit returns the incumbent with
``optimal=False``.

Nothing here imports QGIS or Qt: the Processing algorithm and the dock convert
layers to :class:`Unit` lists and call :func:`solve`.
"""

from __future__ import annotations

import math
import time
from array import array
from collections import deque
from dataclasses import dataclass, field
from typing import Callable, Dict, Hashable, Iterable, List, Optional, Sequence, Set, Tuple

import numpy as np

from .graph import build_adjacency, is_connected

try:  # scipy >= 1.9 ships HiGHS' MILP solver; without it we fall back to heuristics.
    from scipy.optimize import Bounds as _Bounds
    from scipy.optimize import LinearConstraint as _LinearConstraint
    from scipy.optimize import linprog as _linprog
    from scipy.optimize import milp as _milp
    from scipy import sparse as _sparse

    HAVE_MILP = True
except Exception:  # pragma: no cover - depends on the installed scipy
    HAVE_MILP = False

try:
    from scipy.sparse import coo_matrix as _coo_matrix
    from scipy.sparse.csgraph import connected_components as _cs_components
except Exception:  # pragma: no cover - depends on the installed scipy
    _cs_components = None

__all__ = [
    "Unit",
    "AllianceProblem",
    "Alliance",
    "AllianceSolution",
    "SolverCanceled",
    "ProblemError",
    "OBJECTIVES",
    "STATUS_IN_ALLIANCE",
    "STATUS_NOT_ELIGIBLE",
    "STATUS_ISOLATED",
    "STATUS_FLOOR",
    "STATUS_NO_HUB",
    "STATUS_GROUP",
    "STATUS_LEFT_OUT",
    "STATUS_LOCKED",
    "validate_alliance",
    "alliance_stats",
    "solve",
    "greedy",
]

# --------------------------------------------------------------------------- statuses
STATUS_IN_ALLIANCE = "in alliance"
STATUS_NOT_ELIGIBLE = "not eligible"
STATUS_ISOLATED = "no feasible alliance: isolated (no eligible neighbour)"
STATUS_FLOOR = "no feasible alliance: population floor unreachable"
STATUS_NO_HUB = "no feasible alliance: no hub reachable"
STATUS_GROUP = "no feasible alliance: group constraint"
STATUS_LEFT_OUT = "left out by the optimum"
STATUS_LOCKED = "locked"

OBJECTIVES = ("coverage", "count", "compactness")

# --------------------------------------------------------------------------- tuning
#: Stop enumerating when this many candidates exist overall (memory stays < 1 GB).
CANDIDATE_LIMIT = 2_000_000
#: Stop enumerating a component after visiting this many search nodes (time guard).
ENUMERATION_NODE_LIMIT = 30_000_000
#: Components with at most this many units and candidates go straight to the
#: exact MILP (started from a greedy packing); HiGHS proves these in seconds.
DIRECT_MILP_UNITS = 150
DIRECT_MILP_CANDIDATES = 20_000
#: Seconds of window search before the exact MILP of a "direct" component.
DIRECT_LNS_SECONDS = 3.0
#: Components with more candidates (or units) than this never get a full MILP
#: (hopeless in interactive time); they are solved by the windowed heuristic
#: plus a Lagrangian bound.
EXACT_MILP_CANDIDATES = 60_000
EXACT_MILP_UNITS = 600
#: Heuristic budget (seconds, whole problem) when the caller sets no time limit.
HEURISTIC_SECONDS = 35.0
#: Cap of one full-component MILP attempt when the caller sets no time limit and
#: the component was too big for the direct route (a heuristic answer exists).
MILP_SECONDS_WITHOUT_LIMIT = 60.0
#: Large neighbourhood search: (window size in units, reduced-profit filter in
#: multiples of one unit's price), tried in turn; tuned on hexagonal grids.
LNS_CONFIGS = ((80, 0.3), (50, 0.6), (120, 0.2), (30, math.inf))
#: Seconds one window MILP may take before its incumbent is used (with a time
#: limit); without one, a branch-and-bound node cap keeps runs reproducible.
WINDOW_SECONDS = 1.0
WINDOW_NODES = 400
# Full-cover search (see _Packer.cover_search): parts of up to this many units take the
# LP-guided route with set-partitioning stages; nodes per dive (larger parts: plus one per unit).
COVER_SEARCH_UNITS = 150
COVER_SEARCH_NODES = 2000
#: Set-partitioning stages (see _Packer.cheapest_partition): at most this many rounds of
#: clique cuts, and a first restricted MILP over this many of the cheapest columns per unit.
CUT_ROUNDS = 12
PRICING_START = 4
#: Node cap of one diagnostic search ("why is this unit in no alliance?").
DIAGNOSIS_NODE_LIMIT = 200_000

_EPS = 1e-6
# Rows per block when a per-candidate computation would otherwise build (candidates x
# members) temporaries: keeps the peak memory flat at 10,000+ units.
_CHUNK = 100_000


# --------------------------------------------------------------------------- data model
@dataclass
class Unit:
    """One city/county.  ``x``/``y`` are projected metres (used for compactness)."""

    id: str
    population: float
    x: float = 0.0
    y: float = 0.0
    eligible: bool = True
    hub: bool = False
    group: object | None = None
    locked: object | None = None


@dataclass
class AllianceProblem:
    """Everything the solver needs; defaults follow the policy (2-5 units, 300,000)."""

    units: List[Unit]
    edges: List[Tuple[str, str]]
    min_members: int = 2
    max_members: int = 5
    min_population: float = 300000
    max_population: float = 0  # 0 = no ceiling
    require_hub: bool = False
    objective: str = "coverage"
    time_limit: float | None = None


@dataclass
class Alliance:
    """One alliance.  ``violations`` is only non-empty for locked alliances."""

    members: List[str]
    hub: str
    population: float
    compactness_km: float
    locked: bool = False
    violations: List[str] = field(default_factory=list)


@dataclass
class AllianceSolution:
    """Result of :func:`solve` / :func:`greedy`.

    ``gap`` is the relative gap of the primary objective (coverage for
    "coverage"/"compactness", number of alliances for "count") between the
    solution and a proven upper bound; 0 when the primary objective is proven
    optimal, NaN when no bound is known (greedy).  ``optimal`` is True only when
    every criterion, including the compactness tie-break, is proven optimal.
    ``notes`` carries human-readable remarks (time limit hit, ignored edges...).
    """

    alliances: List[Alliance]
    status: Dict[str, str]
    optimal: bool
    gap: float
    method: str
    n_candidates: int
    seconds: float
    notes: List[str] = field(default_factory=list)

    @property
    def covered(self) -> int:
        """Units inside any alliance, locked ones included."""
        return sum(len(a.members) for a in self.alliances)


class SolverCanceled(Exception):
    """Raised by :func:`solve` when ``is_canceled()`` returned True."""


class ProblemError(ValueError):
    """Invalid input; the message names the parameter or unit and the fix."""


# --------------------------------------------------------------------------- preparation
def _sort_key(uid: Hashable) -> Tuple[str, str]:
    """Total, deterministic order on ids even if callers mix ints and strings."""
    return (type(uid).__name__, str(uid))


def _normalise_key(value: object) -> object:
    """Map NULL-ish group/lock values (None, NaN) to None so they compare equal."""
    if value is None:
        return None
    if isinstance(value, float) and math.isnan(value):
        return None
    try:
        hash(value)
    except TypeError:
        return repr(value)
    return value


def _fmt_pop(value: float) -> str:
    """Populations are head counts: print them without decimals when whole."""
    if float(value).is_integer():
        return f"{value:.0f}"
    return f"{value:.1f}"


class _Prepared:
    """Validated, index-based view of a problem.

    Units are sorted by id so that the result does not depend on input order;
    everything else works on integer indices into that order.
    """

    def __init__(self, problem: AllianceProblem) -> None:
        self.problem = problem
        _check_parameters(problem)
        units = sorted(problem.units, key=lambda u: _sort_key(u.id))
        seen: Set[Hashable] = set()
        for unit in units:
            if unit.id in seen:
                raise ProblemError(
                    f"unit id {unit.id!r} appears more than once: every unit needs a unique id"
                )
            seen.add(unit.id)
            pop = unit.population
            try:
                popf = float(pop)
            except (TypeError, ValueError):
                popf = float("nan")
            if not math.isfinite(popf) or popf < 0:
                raise ProblemError(
                    f"unit {unit.id!r} has population {pop!r}: populations must be finite and >= 0 "
                    "(fill missing values or mark the unit not eligible and give it 0)"
                )
            for name in ("x", "y"):
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
        self.xy = np.array([[float(u.x), float(u.y)] for u in units], dtype=float).reshape(n, 2)
        self.eligible = np.array([bool(u.eligible) for u in units], dtype=bool)
        self.hub = np.array([bool(u.hub) for u in units], dtype=bool)
        self.group = [_normalise_key(u.group) for u in units]
        self.locked = [_normalise_key(u.locked) for u in units]
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
        # Hub preference: hub members first (when hubs are required), then the most
        # populous, then the smallest id.  The hub of a set is its best-ranked member.
        order = sorted(
            range(n),
            key=lambda i: (0 if (self.need_hub and self.hub[i]) else 1, -self.pop[i], i),
        )
        self.pref_rank = np.empty(n, dtype=np.int64)
        self.pref_rank[np.array(order, dtype=np.int64)] = np.arange(n, dtype=np.int64)

    # -- per-alliance figures ------------------------------------------------------
    def stats(self, members: Sequence[int]) -> Tuple[int, float, float]:
        """(hub index, population, total population-weighted distance in metres)."""
        idx = np.asarray(sorted(members), dtype=np.int64)
        hub = int(idx[np.argmin(self.pref_rank[idx])])
        pop = float(self.pop[idx].sum())
        d = np.hypot(self.xy[idx, 0] - self.xy[hub, 0], self.xy[idx, 1] - self.xy[hub, 1])
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


def _check_parameters(problem: AllianceProblem) -> None:
    """Reject parameter combinations that have no sensible meaning."""
    if problem.objective not in OBJECTIVES:
        raise ProblemError(
            f"objective {problem.objective!r} is unknown: use one of "
            + ", ".join(repr(o) for o in OBJECTIVES)
        )
    for name in ("min_members", "max_members"):
        value = getattr(problem, name)
        if isinstance(value, bool) or not isinstance(value, (int, np.integer)) or value < 1:
            raise ProblemError(f"{name} = {value!r}: it must be a whole number >= 1")
    if problem.min_members > problem.max_members:
        raise ProblemError(
            f"min_members ({problem.min_members}) is larger than max_members "
            f"({problem.max_members}): lower min_members or raise max_members"
        )
    for name in ("min_population", "max_population"):
        value = getattr(problem, name)
        try:
            ok = math.isfinite(float(value)) and float(value) >= 0
        except (TypeError, ValueError):
            ok = False
        if not ok:
            raise ProblemError(f"{name} = {value!r}: it must be a finite number >= 0")
    if 0 < problem.max_population < problem.min_population:
        raise ProblemError(
            f"max_population ({problem.max_population}) is below min_population "
            f"({problem.min_population}): raise it, or set it to 0 for no ceiling"
        )
    if problem.time_limit is not None:
        try:
            ok = float(problem.time_limit) > 0 and not math.isnan(float(problem.time_limit))
        except (TypeError, ValueError):
            ok = False
        if not ok:
            raise ProblemError(
                f"time_limit = {problem.time_limit!r}: give a positive number of seconds, or None for no limit"
            )


# --------------------------------------------------------------------------- validation
def validate_alliance(
    members: Sequence[str],
    problem: AllianceProblem,
    adjacency: Optional[Dict[str, Set[str]]] = None,
) -> List[str]:
    """Human-readable list of the constraints a proposed alliance breaks.

    An empty list means the alliance is valid.  Used by the dock to re-check an
    edited alliance instantly and by :func:`solve` to report what is wrong with a
    locked alliance, so the wording is meant for end users.  Locking is *not*
    checked here (a locked alliance is always "allowed"); eligibility is.
    Pass ``adjacency`` (from :func:`build_adjacency`) when validating many
    alliances to avoid rebuilding it.
    """
    by_id = {u.id: u for u in problem.units}
    problems: List[str] = []
    members = list(members)
    if not members:
        return ["no members"]
    seen: Set[str] = set()
    known: List[Unit] = []
    for uid in members:
        if uid in seen:
            problems.append(f"unit {uid} listed twice")
            continue
        seen.add(uid)
        unit = by_id.get(uid)
        if unit is None:
            problems.append(f"unknown unit {uid}")
        else:
            known.append(unit)
    k = len(seen)
    if k < problem.min_members:
        problems.append(f"{k} member{'s' if k != 1 else ''} below minimum {problem.min_members}")
    if k > problem.max_members:
        problems.append(f"{k} members above maximum {problem.max_members}")
    for unit in known:
        if not unit.eligible:
            problems.append(f"unit {unit.id} not eligible")
    population = float(sum(float(u.population) for u in known))
    if population < problem.min_population:
        problems.append(
            f"population {_fmt_pop(population)} below floor {_fmt_pop(float(problem.min_population))}"
        )
    if problem.max_population > 0 and population > problem.max_population:
        problems.append(
            f"population {_fmt_pop(population)} above ceiling {_fmt_pop(float(problem.max_population))}"
        )
    need_hub = bool(problem.require_hub) and any(u.hub for u in problem.units)
    if need_hub and not any(u.hub for u in known):
        problems.append("no hub member")
    groups = {_normalise_key(u.group) for u in known}
    if len(groups) > 1:
        names = sorted("none" if g is None else str(g) for g in groups)
        problems.append("mixed groups: " + ", ".join(names))
    if len(known) > 1:
        if adjacency is None:
            adjacency = build_adjacency([u.id for u in problem.units], problem.edges)
        if not is_connected([u.id for u in known], adjacency):
            problems.append("not contiguous")
    return problems


def alliance_stats(members: Sequence[str], problem: AllianceProblem) -> Alliance:
    """Hub, population and compactness of any member list (valid or not).

    The hub follows the solver's rule: the most populous hub member when hubs are
    required (and present), else the most populous member; ties go to the
    smallest id.  ``violations`` is left empty: call :func:`validate_alliance`.
    """
    by_id = {u.id: u for u in problem.units}
    chosen: List[Unit] = []
    for uid in dict.fromkeys(members):
        unit = by_id.get(uid)
        if unit is None:
            raise ProblemError(f"unknown unit {uid!r}: it is not in the problem's units")
        chosen.append(unit)
    if not chosen:
        raise ProblemError("an alliance needs at least one member")
    need_hub = bool(problem.require_hub) and any(u.hub for u in problem.units)
    chosen.sort(key=lambda u: _sort_key(u.id))
    hub = min(
        chosen,
        key=lambda u: (0 if (need_hub and u.hub) else 1, -float(u.population), _sort_key(u.id)),
    )
    population = float(sum(float(u.population) for u in chosen))
    weighted = sum(float(u.population) * math.hypot(float(u.x) - float(hub.x), float(u.y) - float(hub.y)) for u in chosen)
    return Alliance(
        members=[u.id for u in chosen],
        hub=hub.id,
        population=population,
        compactness_km=(weighted / population / 1000.0) if population > 0 else 0.0,
    )


# --------------------------------------------------------------------------- control
class _Control:
    """Deadline, cancellation and progress bookkeeping shared by all stages."""

    def __init__(
        self,
        time_limit: Optional[float],
        progress: Optional[Callable[[float], None]],
        is_canceled: Optional[Callable[[], bool]],
    ) -> None:
        self.start = time.monotonic()
        # keep a little of the budget for statuses and result records
        reserve = 0.0 if time_limit is None else min(2.0, max(0.02, 0.04 * float(time_limit)))
        self.deadline = None if time_limit is None else self.start + float(time_limit) - reserve
        self._progress = progress
        self._is_canceled = is_canceled
        self._last = -1.0

    def remaining(self) -> float:
        """Seconds left before the deadline (inf without a limit)."""
        if self.deadline is None:
            return math.inf
        return max(0.0, self.deadline - time.monotonic())

    def expired(self) -> bool:
        return self.deadline is not None and time.monotonic() >= self.deadline

    def check(self) -> None:
        """Raise :class:`SolverCanceled` when the caller asked to stop."""
        if self._is_canceled is not None and self._is_canceled():
            raise SolverCanceled("alliance solver canceled")

    def report(self, fraction: float) -> None:
        """Forward monotone progress in [0, 1] (never goes backwards)."""
        if self._progress is None:
            return
        fraction = min(1.0, max(0.0, float(fraction)))
        if fraction > self._last + 1e-3 or fraction >= 1.0:
            self._last = fraction
            self._progress(fraction)


# --------------------------------------------------------------------------- enumeration
class _EnumerationCapped(Exception):
    """Internal: a component's enumeration exceeded a cap or the deadline."""


def _graph_components(nbrs: List[List[int]], nodes: Iterable[int]) -> List[List[int]]:
    """Connected components (sorted lists, ordered by smallest member) over ``nbrs``."""
    selected = set(nodes)
    seen: Set[int] = set()
    comps: List[List[int]] = []
    for start in sorted(selected):
        if start in seen:
            continue
        seen.add(start)
        comp = [start]
        stack = [start]
        while stack:
            cur = stack.pop()
            for nb in nbrs[cur]:
                if nb in selected and nb not in seen:
                    seen.add(nb)
                    comp.append(nb)
                    stack.append(nb)
        comp.sort()
        comps.append(comp)
    return comps


def _enumerate(
    prep: _Prepared,
    roots: List[int],
    control: _Control,
    candidate_budget: int,
    tick: Callable[[int], None],
) -> Dict[int, array]:
    """All feasible candidates rooted in ``roots`` (one restricted-graph component).

    ESU enumeration: a connected set is generated once, from its smallest index
    ``v``, by growing with neighbours larger than ``v`` and, for each added
    vertex, only its *exclusive* neighbours (not adjacent to the current set), so
    no set is produced twice and no hashing is needed.  The last level only
    checks populations, which is where most sets live, so it skips the set
    bookkeeping.  Returns flat int arrays per size (members unsorted).
    Raises :class:`_EnumerationCapped` when a cap or the deadline is hit.
    """
    P = prep.pop.tolist()
    H = (prep.hub.tolist() if prep.need_hub else [True] * prep.n)
    nb = prep.nbr_same
    floor, ceil = prep.floor, prep.ceiling
    min_m, max_m = prep.min_m, prep.max_m
    out: Dict[int, array] = {k: array("i") for k in range(1, max_m + 1)}
    counter = [0, 0]  # visited nodes, emitted candidates

    def grow(sub: List[int], sp: float, sh: bool, ext: List[int], closed: Set[int], v: int) -> None:
        size = len(sub)
        if size == max_m - 1:
            outk = out[max_m]
            emitted = 0
            for w in ext:
                p = sp + P[w]
                if floor <= p <= ceil and (sh or H[w]):
                    outk.extend(sub)
                    outk.append(w)
                    emitted += 1
            counter[0] += len(ext)
            counter[1] += emitted
            return
        emit = size + 1 >= min_m
        outk = out[size + 1]
        ext = list(ext)
        counter[0] += len(ext)
        while ext:
            w = ext.pop()
            p = sp + P[w]
            if p > ceil:
                continue
            sh2 = sh or H[w]
            sub2 = sub + [w]
            if emit and p >= floor and sh2:
                outk.extend(sub2)
                counter[1] += 1
            nw = nb[w]
            ext2 = ext + [u for u in nw if u > v and u not in closed]
            if ext2:
                grow(sub2, p, sh2, ext2, closed.union(nw), v)

    for v in roots:
        control.check()
        if control.expired():
            raise _EnumerationCapped("time limit reached while enumerating")
        pv = P[v]
        if pv > ceil:
            tick(1)
            continue
        if min_m <= 1 and pv >= floor and H[v]:
            out[1].append(v)
            counter[1] += 1
        if max_m >= 2:
            ext0 = [u for u in nb[v] if u > v]
            if ext0:
                grow([v], pv, H[v], ext0, set(nb[v]) | {v}, v)
        if counter[0] > ENUMERATION_NODE_LIMIT or counter[1] > candidate_budget:
            raise _EnumerationCapped("too many candidate alliances")
        tick(1)
    return out


def _to_matrix(out: Dict[int, array], sentinel: int, width: int) -> np.ndarray:
    """Stack per-size flat arrays into one (m, width) matrix padded with ``sentinel``.

    Rows are sorted (members ascending) and ordered lexicographically so that the
    candidate order is canonical.
    """
    blocks = []
    for k, arr in out.items():
        if len(arr) == 0:
            continue
        block = np.frombuffer(arr, dtype=np.int32).reshape(-1, k).astype(np.int32)
        if k < width:
            pad = np.full((block.shape[0], width - k), sentinel, dtype=np.int32)
            block = np.hstack([block, pad])
        blocks.append(block)
    if not blocks:
        return np.empty((0, width), dtype=np.int32)
    mat = np.vstack(blocks)
    mat.sort(axis=1)
    order = np.lexsort(mat.T[::-1])
    return np.ascontiguousarray(mat[order])


def _candidate_figures(prep: _Prepared, mat: np.ndarray) -> Tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """(size, hub index, population-weighted distance, population) per candidate, in chunks."""
    n = prep.n
    m = mat.shape[0]
    size = (mat < n).sum(axis=1).astype(np.int64)
    hubs = np.empty(m, dtype=np.int64)
    cost = np.empty(m, dtype=float)
    total = np.empty(m, dtype=float)
    popx = np.append(prep.pop, 0.0)
    rankx = np.append(prep.pref_rank, np.iinfo(np.int64).max)
    xyx = np.vstack([prep.xy, np.zeros((1, 2))])
    chunk = 200_000
    for s in range(0, m, chunk):
        blk = mat[s : s + chunk]
        pos = np.argmin(rankx[blk], axis=1)
        hub = blk[np.arange(blk.shape[0]), pos]
        d = np.hypot(xyx[blk, 0] - prep.xy[hub, 0][:, None], xyx[blk, 1] - prep.xy[hub, 1][:, None])
        hubs[s : s + chunk] = hub
        cost[s : s + chunk] = (popx[blk] * d).sum(axis=1)
        total[s : s + chunk] = popx[blk].sum(axis=1)
    return size, hubs, cost, total


# --------------------------------------------------------------------------- packing core
class _Component:
    """One independent set-packing problem in local unit indices.

    ``score`` is the exact integer lexicographic weight of the first stage and
    ``primary`` the metric reported to users (coverage or count); ``cost`` is
    the compactness tie-break (population-weighted metres to the hub).
    """

    def __init__(self, units: np.ndarray, cand: np.ndarray, mat_global: np.ndarray,
                 size: np.ndarray, cost: np.ndarray, pop: np.ndarray, objective: str,
                 prep: _Prepared) -> None:
        self.units = units  # global unit indices, sorted
        self.cand = cand  # global candidate indices, sorted
        self.nu = nu = len(units)
        lookup = np.full(prep.n + 1, nu, dtype=np.int32)
        lookup[units] = np.arange(nu, dtype=np.int32)
        self.mat = lookup[mat_global]  # local members, sentinel = nu
        self.size = size
        self.cost = cost
        self.pop = pop
        self.floor = prep.floor
        self.m = len(cand)
        max_count = nu // max(1, prep.min_m) + 1
        if objective == "count":
            self.K = nu + 1
            self.score = self.K * np.ones(self.m, dtype=np.int64) + size
            self.primary = np.ones(self.m, dtype=np.int64)
        elif objective == "coverage":
            self.K = max_count + 1
            self.score = size * self.K + 1
            self.primary = size.copy()
        else:  # compactness: coverage first, then distance
            self.K = 1
            self.score = size.copy()
            self.primary = size.copy()
        self.objective = objective
        self.uc_ptr, self.uc_idx = _unit_candidates(self.mat, nu)
        # local adjacency restricted to the component (for windows)
        self.nbr: List[List[int]] = []
        local = {int(g): i for i, g in enumerate(units)}
        for g in units:
            self.nbr.append([local[j] for j in prep.nbr_same[int(g)] if j in local])

    def stages(self) -> List[Tuple[np.ndarray, Optional[np.ndarray]]]:
        """Lexicographic criteria as (integer weight per candidate, columns or None=all)."""
        ones = np.ones(self.m, dtype=np.int64)
        if self.objective == "count":
            return [(ones, _minimal_candidates(self.mat, self.nu)), (self.size, None)]
        if self.objective == "coverage":
            return [(self.size, None), (ones, None)]
        return [(self.size, None)]

    def primary_bound_from_score(self, score_bound: float) -> int:
        """Upper bound on the primary metric implied by an upper bound on the score."""
        sb = math.floor(score_bound + 1e-6)
        if self.objective == "compactness":
            return int(sb)
        return int(sb // self.K)

    def candidates_of(self, units_local: np.ndarray) -> np.ndarray:
        """Indices of candidates touching any of ``units_local``."""
        parts = [self.uc_idx[self.uc_ptr[u] : self.uc_ptr[u + 1]] for u in units_local]
        if not parts:
            return np.empty(0, dtype=np.int64)
        return np.unique(np.concatenate(parts))

    def value(self, chosen: np.ndarray) -> Tuple[int, int, float]:
        """(score, primary, cost) of a set of chosen candidate indices."""
        if len(chosen) == 0:
            return 0, 0, 0.0
        return int(self.score[chosen].sum()), int(self.primary[chosen].sum()), float(self.cost[chosen].sum())


def _unit_candidates(mat: np.ndarray, nu: int) -> Tuple[np.ndarray, np.ndarray]:
    """unit -> candidates in CSR form: unit u's candidates are ``idx[ptr[u]:ptr[u + 1]]``."""
    flat = mat.ravel()
    order = np.argsort(flat, kind="stable")  # sentinel entries (= nu) sort last
    ptr = np.searchsorted(flat[order], np.arange(nu + 1))
    return ptr, (order[: ptr[-1]] // mat.shape[1]).astype(np.int32)


def _minimal_candidates(mat: np.ndarray, nu: int) -> np.ndarray:
    """Indices of candidates with no candidate strictly inside them.

    If a candidate T sits inside S, a chain of connected candidates links them
    (grow T inside S one neighbour at a time: size, population, hub and group
    rules all stay satisfied), so it is enough to look for S minus one member.
    """
    rows = [tuple(int(u) for u in r if u < nu) for r in mat.tolist()]
    known = set(rows)
    keep = []
    for i, r in enumerate(rows):
        if len(r) <= 1 or not any(r[:j] + r[j + 1 :] in known for j in range(len(r))):
            keep.append(i)
    return np.array(keep, dtype=np.int64)


def _is_packing(mat: np.ndarray, nu: int, chosen: np.ndarray) -> bool:
    """True when the chosen candidates are pairwise disjoint."""
    if len(chosen) == 0:
        return True
    flat = mat[chosen].ravel()
    flat = flat[flat < nu]
    return len(flat) == len(np.unique(flat))


def _incidence(mat: np.ndarray, nrows: int):
    """Sparse unit x candidate 0/1 matrix of a padded member matrix."""
    m = mat.shape[0]
    rows = mat.ravel().astype(np.int64)
    cols = np.repeat(np.arange(m, dtype=np.int64), mat.shape[1])
    keep = rows < nrows
    return _sparse.csc_array((np.ones(int(keep.sum())), (rows[keep], cols[keep])), shape=(nrows, m))


@dataclass
class _Relaxation:
    """LP relaxation: optimal value, reduced costs (minimisation form) and solution."""

    value: float
    reduced: np.ndarray
    x: np.ndarray
    cuts: Optional[object] = None  # sparse rows row.x <= 1 included in the LP, if any


def _lp_relaxation(mat: np.ndarray, nu: int, c: np.ndarray, partition: bool,
                   fixed: Sequence[Tuple[np.ndarray, float]] = (), cuts=None) -> Optional[_Relaxation]:
    """min c.x over 0 <= x <= 1 with every unit covered at most (partition: exactly) once.

    ``fixed``: equality rows (coefficients, value), e.g. the number of chosen
    candidates (all ones, the count).  ``cuts``: sparse
    rows of valid inequalities ``row.x <= 1`` (see :func:`_clique_cuts`).  The
    reduced costs drive reduced-cost fixing: a candidate whose reduced cost
    lifts the LP bound past the incumbent belongs to no better solution (cuts
    included, since they hold for every integer plan).  None when the LP fails
    or is infeasible (the caller then keeps every candidate).
    """
    A = _incidence(mat, nu)
    m = mat.shape[0]
    kw: Dict[str, object] = {}
    eq_rows, eq_rhs = [], []
    if partition:
        eq_rows.append(A)
        eq_rhs.append(np.ones(nu))
    else:
        kw.update(A_ub=A, b_ub=np.ones(nu))
    if cuts is not None and cuts.shape[0]:
        if partition:
            kw.update(A_ub=cuts, b_ub=np.ones(cuts.shape[0]))
        else:
            kw.update(A_ub=_sparse.vstack([A, cuts]).tocsc(), b_ub=np.ones(nu + cuts.shape[0]))
    for coef, value in fixed:
        eq_rows.append(_sparse.csc_array(np.asarray(coef, dtype=float).reshape(1, m)))
        eq_rhs.append(np.array([float(value)]))
    if eq_rows:
        kw.update(A_eq=_sparse.vstack(eq_rows).tocsc(), b_eq=np.concatenate(eq_rhs))
    try:
        res = _linprog(np.asarray(c, dtype=float), bounds=(0, 1), method="highs", **kw)
    except Exception:  # pragma: no cover - depends on the installed scipy
        return None
    if res.status != 0 or getattr(res, "lower", None) is None:
        return None
    return _Relaxation(float(res.fun), np.maximum(0.0, np.asarray(res.lower.marginals, dtype=float)),
                       np.asarray(res.x, dtype=float))


def _clique_cuts(mat: np.ndarray, nu: int, lp: _Relaxation, ptr: np.ndarray, idx: np.ndarray,
                 seen: Set[Tuple[int, ...]]) -> List[np.ndarray]:
    """Clique inequalities violated by the LP point, lifted over every candidate.

    Two candidates conflict when they share a unit, so a set of pairwise
    conflicting candidates (a clique of the conflict graph) holds at most one
    alliance of any plan.  The unit rows are such cliques; others, like three
    alliances over units {a, b}, {b, c}, {a, c}, are not implied by them, and
    the LP takes each of those at 1/2.  Greedy separation: from every
    fractional candidate, in order of decreasing LP value, keep adding the
    fractional candidate with the largest value that conflicts with all taken;
    a clique whose values sum above 1 is violated.  It is then made maximal
    over all candidates, the cheapest reduced cost first, so that the cut also
    binds the columns a later MILP sees.  ``seen`` holds the separated cliques
    (before lifting) across rounds.  Returns the member indices of new cuts.
    """
    m = mat.shape[0]
    x = lp.x

    def conflicts(q: int) -> np.ndarray:
        mask = np.zeros(m, dtype=bool)
        for u in mat[q]:
            if u < nu:
                mask[idx[ptr[u] : ptr[u + 1]]] = True
        return mask

    frac = np.flatnonzero((x > 1e-6) & (x < 1 - 1e-6))
    masks = {int(j): conflicts(int(j)) for j in frac}
    out: List[np.ndarray] = []
    for j in frac[np.argsort(-x[frac], kind="stable")].tolist():
        clique = [j]
        common = masks[j].copy()  # candidates outside the clique conflicting with all its members
        common[j] = False
        pool = frac[common[frac]]
        while len(pool):
            b = int(pool[np.argmax(x[pool])])
            clique.append(b)
            common &= masks[b]
            common[b] = False
            pool = frac[common[frac]]
        if float(x[clique].sum()) <= 1.0 + 1e-3:
            continue
        key = tuple(sorted(clique))
        if key in seen:
            continue
        seen.add(key)
        open_ = np.flatnonzero(common)
        open_ = open_[np.argsort(lp.reduced[open_], kind="stable")]
        mark = np.zeros(nu + 1, dtype=bool)
        while len(open_):
            q = int(open_[0])
            clique.append(q)
            mark[:] = False
            mark[mat[q]] = True
            mark[nu] = False
            open_ = open_[1:][mark[mat[open_[1:]]].any(axis=1)]
        out.append(np.array(sorted(clique), dtype=np.int64))
    return out


def _strengthened_relaxation(mat: np.ndarray, nu: int, c: np.ndarray,
                             fixed: Sequence[Tuple[np.ndarray, float]], control: "_Control",
                             deadline: Optional[float]) -> Optional[_Relaxation]:
    """Set-partitioning LP tightened by rounds of clique cuts (:func:`_clique_cuts`).

    On the Korean sample the plain LP bound of the count-constrained distance
    model sits 4.8 % below the optimum, and HiGHS 1.2 then spends seconds on
    its own root cuts over thousands of columns; a few rounds of clique cuts
    close most of that gap in a fraction of a second, after which reduced-cost
    fixing leaves a few hundred columns.  Stops when a round finds no violated
    clique, gains less than 1e-5 of the bound, after CUT_ROUNDS, or at the
    deadline.  None when the LP fails or is infeasible.
    """
    lp = _lp_relaxation(mat, nu, c, partition=True, fixed=fixed)
    if lp is None:
        return None
    m = mat.shape[0]
    ptr, idx = _unit_candidates(mat, nu)
    seen: Set[Tuple[int, ...]] = set()
    members: List[np.ndarray] = []
    for _ in range(CUT_ROUNDS):
        control.check()
        if deadline is not None and time.monotonic() >= deadline:
            break
        new = _clique_cuts(mat, nu, lp, ptr, idx, seen)
        if not new:
            break
        members.extend(new)
        rows = np.repeat(np.arange(len(members)), [len(r) for r in members])
        cols = np.concatenate(members)
        cuts = _sparse.csr_array((np.ones(len(cols)), (rows, cols)), shape=(len(members), m))
        tighter = _lp_relaxation(mat, nu, c, partition=True, fixed=fixed, cuts=cuts)
        if tighter is None:
            break
        gain = tighter.value - lp.value
        tighter.cuts = cuts
        lp = tighter
        if gain <= 1e-5 * max(1.0, abs(lp.value)):
            break
    return lp


def _covers_all(mat: np.ndarray, nu: int, chosen: np.ndarray) -> bool:
    """True when the chosen candidates cover every unit 0..nu-1."""
    hit = np.zeros(nu + 1, dtype=bool)
    hit[mat[chosen].ravel()] = True
    return bool(hit[:nu].all())


def _run_milp(
    mat: np.ndarray,
    nrows: int,
    c: np.ndarray,
    extra: List[Tuple[np.ndarray, float, float]],
    time_limit: Optional[float],
    node_limit: Optional[int] = None,
    partition: bool = False,
    presolve: bool = True,
    cuts=None,
) -> Tuple[int, Optional[np.ndarray], Optional[float]]:
    """Solve min c.x, x binary, each row covered at most once (+ extra rows).

    ``partition``: every row exactly once.  ``cuts``: sparse rows ``row.x <= 1``.
    ``presolve``: HiGHS 1.2's presolve spends seconds on these set-partitioning
    models; proofs (a cut that makes the model infeasible) and partitioning
    models run much faster without it.
    Returns (scipy status, chosen column indices or None, dual bound or None).
    Scipy statuses: 0 optimal, 1 limit reached, 2 infeasible.
    """
    m = mat.shape[0]
    A = _incidence(mat, nrows)
    constraints = [_LinearConstraint(A, 1.0 if partition else -np.inf, 1.0)]
    for coef, lo, hi in extra:
        constraints.append(_LinearConstraint(coef.reshape(1, -1).astype(float), lo, hi))
    if cuts is not None and cuts.shape[0]:
        constraints.append(_LinearConstraint(cuts, -np.inf, 1.0))
    options: Dict[str, object] = {"disp": False, "mip_rel_gap": 0.0, "presolve": bool(presolve)}
    if time_limit is not None and math.isfinite(time_limit):
        options["time_limit"] = max(0.01, float(time_limit))
    if node_limit is not None:
        options["node_limit"] = int(node_limit)
    res = _milp(
        c=np.asarray(c, dtype=float),
        constraints=constraints,
        integrality=np.ones(m),
        bounds=_Bounds(0, 1),
        options=options,
    )
    x = None
    if res.x is not None and res.status in (0, 1):
        x = np.flatnonzero(np.asarray(res.x) > 0.5)
        if not _is_packing(mat, nrows, x) or (partition and not _covers_all(mat, nrows, x)):
            x = None
    bound = getattr(res, "mip_dual_bound", None)
    if bound is not None:
        try:
            bound = float(bound)
        except (TypeError, ValueError):
            bound = None
        if bound is not None and not math.isfinite(bound):
            bound = None
    return int(res.status), x, bound


def _greedy_pack(comp: _Component, order: np.ndarray, blocked: Optional[np.ndarray] = None) -> np.ndarray:
    """Take candidates in ``order`` whenever they are disjoint from those taken."""
    used = np.zeros(comp.nu + 1, dtype=bool) if blocked is None else blocked.copy()
    used[comp.nu] = False
    nu = comp.nu
    chosen: List[int] = []
    used_l = used.tolist()
    # rows as Python lists, a slice of the order at a time: the whole matrix as lists
    # would take ~0.25 kB per candidate (1.9 million candidates at 10,000 units)
    for start in range(0, len(order), _CHUNK):
        part = order[start : start + _CHUNK]
        for c, row in zip(part.tolist(), comp.mat[part].tolist()):
            ok = True
            for u in row:
                if u < nu and used_l[u]:
                    ok = False
                    break
            if ok:
                chosen.append(c)
                for u in row:
                    if u < nu:
                        used_l[u] = True
    return np.array(sorted(chosen), dtype=np.int64)


def _sweep_pack(comp: _Component, rank: np.ndarray) -> np.ndarray:
    """Visit units in index order; give each free unit its best-ranked free candidate."""
    nu = comp.nu
    used = np.zeros(nu + 1, dtype=bool)
    chosen: List[int] = []
    for u in range(nu):
        if used[u]:
            continue
        cs = comp.uc_idx[comp.uc_ptr[u] : comp.uc_ptr[u + 1]]
        if len(cs) == 0:
            continue
        ok = cs[~used[comp.mat[cs]].any(axis=1)]
        if len(ok) == 0:
            continue
        c = int(ok[np.argmin(rank[ok])])
        chosen.append(c)
        used[comp.mat[c]] = True
        used[nu] = False
    return np.array(sorted(chosen), dtype=np.int64)


def _exact_cover(comp: _Component, priority: np.ndarray, node_limit: int,
                 control: _Control, deadline: Optional[float] = None,
                 partial: Optional[List[int]] = None, backtrack: bool = True) -> Optional[np.ndarray]:
    """Disjoint candidates covering *every* unit of the component, or None.

    A depth-first search in the spirit of Knuth's Algorithm X: branch on the
    open unit with the fewest live candidates (a unit with none left means
    backtrack at once), try its candidates in ``priority`` order (lowest
    first), and retire every candidate that overlaps a choice.  Guided by an
    LP solution or the Lagrangian prices it usually walks straight down;
    ``node_limit`` and ``deadline`` bound it when no full cover exists or the
    guide is poor.  Iterative (an explicit stack), so depth is no limit.
    ``partial``, when given, receives the choices of the deepest dead end
    (most units covered): a packing worth keeping when no full cover is found.
    ``backtrack=False`` never goes back: a unit left without live candidates
    is skipped, and the single dive ends in a packing (returned in
    ``partial``) that covers nearly everything on big parts, where
    chronological backtracking thrashes.
    """
    nu, mat = comp.nu, comp.mat
    if comp.m == 0 or nu == 0:
        return None
    alive = np.ones(comp.m, dtype=bool)
    live = np.append(np.diff(comp.uc_ptr), 0).astype(np.int64)
    is_open = np.ones(nu, dtype=bool)
    ptr = comp.uc_ptr
    chosen: List[int] = []
    closed = nu + comp.m + 1
    nodes = 0
    # a frame: [its unit's live candidates in priority order, next position,
    #           (candidate, units, retired) applied or None]
    stack: List[list] = []
    width = nu + 1

    def retire(dying: np.ndarray, sign: int) -> None:
        """Take retired candidates out of (sign -1) or back into (sign +1) the live counts."""
        alive[dying] = sign > 0
        counts = np.bincount(mat[dying].ravel(), minlength=width)
        if sign > 0:
            live[:] += counts
        else:
            live[:] -= counts

    n_open = [nu, nu + 1]  # open units now, fewest open units seen at a dead end

    def remember() -> None:
        if partial is not None and n_open[0] < n_open[1]:
            n_open[1] = n_open[0]
            partial[:] = chosen

    def open_unit() -> Optional[bool]:
        """Push the next open unit; True = all covered, False = dead end, None = pushed."""
        nonlocal nodes
        if n_open[0] == 0:
            return True
        nodes += 1
        if nodes > node_limit:
            raise _SearchAbort()
        if nodes % 256 == 0:
            control.check()
            if deadline is not None and time.monotonic() > deadline:
                raise _SearchAbort()
        u = int(np.argmin(np.where(is_open, live[:nu], closed)))
        while not backtrack and live[u] == 0:
            is_open[u] = False  # no candidate left: this unit stays outside
            n_open[0] -= 1
            if n_open[0] == 0:
                return True
            u = int(np.argmin(np.where(is_open, live[:nu], closed)))
        if live[u] == 0:
            remember()
            return False
        cs = comp.uc_idx[ptr[u] : ptr[u + 1]]
        cs = cs[alive[cs]]
        stack.append([cs[np.argsort(priority[cs], kind="stable")], 0, None])
        return None

    def finish() -> Optional[np.ndarray]:
        """Every unit closed: a full cover, unless units were skipped (no backtracking)."""
        found = np.array(sorted(chosen), dtype=np.int64)
        if backtrack:
            return found
        if partial is not None:
            partial[:] = chosen
        return found if _covers_all(mat, nu, found) else None

    try:
        state = open_unit()
        if state is not None:
            return finish() if state else None
        while stack:
            frame = stack[-1]
            if frame[2] is not None:  # undo this frame's last choice
                _, units, dying = frame[2]
                chosen.pop()
                is_open[units] = True
                n_open[0] += len(units)
                retire(dying, +1)
                frame[2] = None
            cands, pos = frame[0], frame[1]
            while pos < len(cands) and not alive[cands[pos]]:
                pos += 1
            if pos >= len(cands):
                stack.pop()
                continue
            j = int(cands[pos])
            frame[1] = pos + 1
            row = mat[j]
            units = row[row < nu]
            dying = comp.candidates_of(units)
            dying = dying[alive[dying]]
            retire(dying, -1)
            is_open[units] = False
            n_open[0] -= len(units)
            chosen.append(j)
            frame[2] = (j, units, dying)
            state = open_unit()
            if state:
                return finish()
    except _SearchAbort:
        remember()
        return None
    return None


def _row_sums(values: np.ndarray, mat: np.ndarray) -> np.ndarray:
    """values[mat].sum(axis=1), block by block (values has a 0 at the sentinel index)."""
    out = np.empty(mat.shape[0], dtype=float)
    for s in range(0, mat.shape[0], _CHUNK):
        out[s : s + _CHUNK] = values[mat[s : s + _CHUNK]].sum(axis=1)
    return out


def _member_counts(mat: np.ndarray, rows: np.ndarray, length: int) -> np.ndarray:
    """How many of the selected rows (boolean mask) contain each unit, block by block."""
    out = np.zeros(length, dtype=np.int64)
    for s in range(0, mat.shape[0], _CHUNK):
        block = mat[s : s + _CHUNK][rows[s : s + _CHUNK]]
        out += np.bincount(block.ravel(), minlength=length)
    return out


def _lagrangian(comp: _Component, weight: np.ndarray, lower: float, iterations: int,
                control: _Control, seconds: float) -> Tuple[float, np.ndarray]:
    """Lagrangian (LP-strength) upper bound of max weight.x over packings.

    For any multipliers lam >= 0, sum(lam) + sum_S max(0, w_S - lam(S)) bounds
    every packing (weak duality), so the minimum over the subgradient iterates
    is a valid bound even when stopped early.  Returns (bound, best lam).
    """
    nu = comp.nu
    mat = comp.mat
    w = weight.astype(float)
    sizes = np.maximum(comp.size, 1).astype(float)
    lam = np.zeros(nu + 1)
    # start: each unit gets the best per-member share, so no reduced profit is positive
    per = w / sizes
    np.maximum.at(lam, mat.ravel(), np.repeat(per, mat.shape[1]))
    lam[nu] = 0.0
    best = float(lam[:nu].sum())
    best_lam = lam.copy()
    theta = 2.0
    since = 0
    stop = time.monotonic() + seconds
    for _ in range(iterations):
        red = w - _row_sums(lam, mat)
        pos = red > 1e-12
        value = float(lam[:nu].sum() + red[pos].sum())
        if value < best - 1e-9:
            best, best_lam, since = value, lam.copy(), 0
        else:
            since += 1
            if since >= 25:
                theta *= 0.5
                since = 0
        g = 1.0 - _member_counts(mat, pos, nu + 1)[:nu]
        g = np.where((lam[:nu] <= 0) & (g > 0), 0.0, g)  # projected subgradient
        norm = float((g * g).sum())
        if norm == 0 or math.floor(best + 1e-6) <= lower or theta < 1e-4:
            break
        step = theta * max(value - lower, 1e-6) / norm
        lam[:nu] = np.maximum(0.0, lam[:nu] - step * g)
        if time.monotonic() > stop or control.expired():
            break
    return best, best_lam[:nu]


def _bfs_window(comp: _Component, owner: np.ndarray, center: int, size: int) -> List[int]:
    """About ``size`` units around ``center`` (BFS by hops), whole alliances at a time.

    Taking every member of an alliance as soon as one member is reached keeps
    all window units free to be regrouped; cutting alliances at the window edge
    would freeze most of a small window.
    """
    seen = {center}
    order: List[int] = []
    queue: deque = deque()

    def take(u: int) -> None:
        c = int(owner[u])
        members = [u] if c < 0 else [int(x) for x in comp.mat[c] if x < comp.nu]
        for x in members:
            seen.add(x)
            if x not in order_set:
                order_set.add(x)
                order.append(x)
                queue.append(x)

    order_set: Set[int] = set()
    take(center)
    while queue and len(order) < size:
        cur = queue.popleft()
        for nb in comp.nbr[cur]:
            if nb not in seen:
                take(nb)
                if len(order) >= size:
                    break
    return order


def _bnb_pack(sub_mat: np.ndarray, nfree: int, score: np.ndarray, cost: np.ndarray,
              node_limit: int = 200_000) -> Tuple[np.ndarray, bool]:
    """Tiny exact branch and bound for set packing (used only without scipy's MILP).

    Branches on the lowest undecided unit: each candidate covering it, or leaving
    it uncovered.  Bound = score so far + best per-unit share of what is left.
    Returns (chosen columns, proven).
    """
    m = sub_mat.shape[0]
    rows = [[u for u in r if u < nfree] for r in sub_mat.tolist()]
    by_unit: List[List[int]] = [[] for _ in range(nfree)]
    for c, r in enumerate(rows):
        by_unit[min(r)].append(c) if r else None
    # candidates are branched on at their smallest member
    share = np.zeros(nfree)
    for c, r in enumerate(rows):
        for u in r:
            share[u] = max(share[u], score[c] / len(r))
    suffix = np.concatenate([np.cumsum(share[::-1])[::-1], [0.0]]).tolist()
    sc = score.tolist()
    co = cost.tolist()
    best: List[object] = [(-1, 0.0), []]
    used = [False] * nfree
    nodes = [0]
    proven = [True]

    def rec(u: int, cur_s: int, cur_c: float, taken: List[int]) -> None:
        nodes[0] += 1
        if nodes[0] > node_limit:
            proven[0] = False
            return
        while u < nfree and used[u]:
            u += 1
        if u >= nfree:
            key = (cur_s, -cur_c)
            if key > best[0]:
                best[0] = key
                best[1] = list(taken)
            return
        if cur_s + suffix[u] < best[0][0] - 1e-9:
            return
        for c in by_unit[u]:
            r = rows[c]
            if any(used[x] for x in r):
                continue
            for x in r:
                used[x] = True
            taken.append(c)
            rec(u + 1, cur_s + sc[c], cur_c + co[c], taken)
            taken.pop()
            for x in r:
                used[x] = False
        used[u] = True
        rec(u + 1, cur_s, cur_c, taken)
        used[u] = False

    if m:
        rec(0, 0, 0.0, [])
    return np.array(sorted(best[1]), dtype=np.int64), proven[0]


class _Packer:
    """Solves one component: greedy start, windowed improvement, exact MILP."""

    def __init__(self, comp: _Component, control: _Control, use_milp: bool) -> None:
        self.comp = comp
        self.control = control
        self.use_milp = use_milp
        self.owner = np.full(comp.nu + 1, -1, dtype=np.int64)
        self.chosen: np.ndarray = np.empty(0, dtype=np.int64)
        self.cost_scale = float(comp.cost.max()) if comp.m and comp.cost.max() > 0 else 1.0
        self.reduced: Optional[np.ndarray] = None  # Lagrangian reduced profits, set by initial()
        self.price_unit = 1.0  # typical multiplier of one unit, scales the window filter
        self.count_lp: Optional[_Relaxation] = None  # partitioning LP of the count, set by cover_search()

    # -- state ---------------------------------------------------------------------
    def set_solution(self, chosen: np.ndarray) -> None:
        self.chosen = np.array(sorted(int(c) for c in chosen), dtype=np.int64)
        self.owner[:] = -1
        for c in self.chosen.tolist():
            row = self.comp.mat[c]
            self.owner[row[row < self.comp.nu]] = c
        self.owner[self.comp.nu] = -1

    def better(self, a: np.ndarray, b: np.ndarray) -> bool:
        """Lexicographic comparison (score, then lower cost) of two packings."""
        sa, _, ca = self.comp.value(a)
        sb, _, cb = self.comp.value(b)
        if sa != sb:
            return sa > sb
        return ca < cb - 1e-9 * max(1.0, abs(cb))

    # -- start ---------------------------------------------------------------------
    def initial(self, bound_iterations: int, bound_seconds: float) -> int:
        """Best of a few cheap greedy packings; returns a primary upper bound.

        The Lagrangian multipliers price every unit (how much the packing loses
        by using it); a candidate's reduced profit then says how good a deal it
        is.  Sweeping over units and giving each free unit its best remaining
        candidate (reduced profit, then least population above the floor, which
        leaves people for the neighbours) beats a global greedy on these
        instances; both are tried, and the best is kept.
        """
        comp = self.comp
        plain = np.lexsort((np.arange(comp.m), comp.cost, -comp.score))
        best = _greedy_pack(comp, plain)
        lower = float(comp.primary[best].sum())
        bound, lam = _lagrangian(comp, comp.primary, lower, bound_iterations, self.control, bound_seconds)
        lamx = np.append(lam, 0.0)
        red = np.round(comp.primary.astype(float) - _row_sums(lamx, comp.mat), 9)
        self.reduced = red
        self.price_unit = float(comp.primary.sum()) / max(1.0, float(comp.size.sum()))
        excess = comp.pop - comp.floor
        orders = [
            np.lexsort((np.arange(comp.m), comp.cost, excess, -red)),
            np.lexsort((np.arange(comp.m), comp.cost, -comp.score, -red)),
        ]
        for order in orders:
            self.control.check()
            rank = np.empty(comp.m, dtype=np.int64)
            rank[order] = np.arange(comp.m)
            for candidate in (_greedy_pack(comp, order), _sweep_pack(comp, rank)):
                if self.better(candidate, best):
                    best = candidate
        self.set_solution(best)
        return int(math.floor(bound + 1e-6))

    # -- windows -------------------------------------------------------------------
    def _window_problem(self, window: List[int]) -> Tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(free units, removable chosen candidates, candidates inside the free units)."""
        comp = self.comp
        nu = comp.nu
        inside = np.zeros(nu + 1, dtype=bool)
        inside[window] = True
        inside[nu] = True
        touched = np.unique(self.owner[window])
        touched = touched[touched >= 0]
        removable = touched[inside[comp.mat[touched]].all(axis=1)] if len(touched) else touched
        free = np.zeros(nu + 1, dtype=bool)
        win = np.array(window, dtype=np.int64)
        own = self.owner[win]
        free[win[own < 0]] = True
        if len(removable):
            rm = comp.mat[removable].ravel()
            free[rm[rm < nu]] = True
        free_units = np.flatnonzero(free[:nu])
        free[nu] = True
        cands = comp.candidates_of(free_units)
        if len(cands):
            cands = cands[free[comp.mat[cands]].all(axis=1)]
        return free_units, removable, cands

    def improve_window(self, window: List[int], polish: bool, seconds: float,
                       tau: float = math.inf) -> Tuple[bool, List[int]]:
        """Re-optimise the candidates inside ``window``; True when the solution improved.

        Only candidates whose Lagrangian reduced profit is at least ``-tau`` are
        offered (plus the current ones, so the old packing stays feasible): the
        rest almost never belong to good packings, and dropping them makes each
        window MILP several times faster, which buys larger windows.
        """
        comp = self.comp
        free_units, removable, cands = self._window_problem(window)
        if math.isfinite(tau) and self.reduced is not None and len(cands):
            cands = np.union1d(cands[self.reduced[cands] >= -tau], removable)
        if len(cands) == 0:
            return False, free_units.tolist()
        old_s, _, old_c = comp.value(removable)
        lookup = np.full(comp.nu + 1, len(free_units), dtype=np.int64)
        lookup[free_units] = np.arange(len(free_units))
        sub = lookup[comp.mat[cands]]
        score = comp.score[cands]
        cost = comp.cost[cands] / self.cost_scale
        new: Optional[np.ndarray] = None
        # without an overall deadline, windows are bounded by nodes, not seconds,
        # so that the same input always gives the same plan
        nodes = WINDOW_NODES if self.control.deadline is None else None
        if self.control.deadline is None:
            seconds = None
        if self.use_milp:
            status, x, _ = _run_milp(
                sub, len(free_units), -score.astype(float),
                [(score.astype(float), old_s + 0.5, np.inf)], seconds, nodes,
            )
            if x is not None:
                new = cands[x]
            elif polish and status == 2 and comp.cost.max() > 0:
                status, x, _ = _run_milp(
                    sub, len(free_units), cost,
                    [(score.astype(float), old_s - 0.5, np.inf)], seconds, nodes,
                )
                if x is not None:
                    new = cands[x]
        else:
            x, _ = _bnb_pack(sub, len(free_units), score, cost, node_limit=50_000)
            new = cands[x]
        if new is None:
            return False, free_units.tolist()
        new_s, _, new_c = comp.value(new)
        if new_s > old_s or (new_s == old_s and new_c < old_c - 1e-9 * max(1.0, old_c)):
            keep = np.setdiff1d(self.chosen, removable)
            self.set_solution(np.concatenate([keep, new]))
            return True, free_units.tolist()
        return False, free_units.tolist()

    def local_search(self, deadline: float, upper_primary: Optional[int], polish: bool,
                     max_windows: Optional[int] = None) -> None:
        """Large neighbourhood search over windows until stuck or out of time.

        Windows (whole alliances around a centre, see :func:`_bfs_window`) are
        centred on coverable units still outside any alliance: that is where
        coverage or count can grow.  Each configuration (window size, reduced
        profit filter) is repeated while it improves, then the next, looser one
        is tried.  Polishing passes finally tile the component to shorten
        distances to the hubs as well.
        """
        comp = self.comp
        if comp.m == 0:
            return
        if self.use_milp:
            configs = [(s, t * self.price_unit) for s, t in LNS_CONFIGS]
        else:
            configs = [(12, math.inf), (18, math.inf)]
        level = 0
        while level < len(configs) and time.monotonic() < deadline:
            if upper_primary is not None and comp.value(self.chosen)[1] >= upper_primary:
                break  # primary objective already matches the bound
            size, tau = configs[level]
            uncovered = np.flatnonzero(self.owner[: comp.nu] < 0)
            has_cands = (comp.uc_ptr[uncovered + 1] - comp.uc_ptr[uncovered]) > 0
            centers = uncovered[has_cands].tolist()
            if not centers:
                break
            improved = False
            visited: Set[int] = set()
            for center in centers:
                if time.monotonic() >= deadline:
                    return
                self.control.check()
                if center in visited or self.owner[center] >= 0:
                    continue
                if max_windows is not None:
                    if max_windows <= 0:
                        return
                    max_windows -= 1
                window = _bfs_window(comp, self.owner, center, size)
                secs = min(WINDOW_SECONDS, max(0.05, deadline - time.monotonic()))
                ok, freed = self.improve_window(window, polish=False, seconds=secs, tau=tau)
                improved |= ok
                visited.update(freed[: max(1, len(freed) // 3)] if not ok else [center])
            if not improved:
                level += 1
        if not polish:
            return
        size, tau = configs[0]
        while time.monotonic() < deadline:
            improved = False
            seen = np.zeros(comp.nu, dtype=bool)
            for center in range(comp.nu):
                if time.monotonic() >= deadline:
                    return
                self.control.check()
                if seen[center]:
                    continue
                window = _bfs_window(comp, self.owner, center, size)
                secs = min(WINDOW_SECONDS, max(0.05, deadline - time.monotonic()))
                ok, _ = self.improve_window(window, polish=True, seconds=secs, tau=tau)
                improved |= ok
                seen[window[: max(1, len(window) // 2)]] = True
            if not improved:
                return

    # -- full cover ----------------------------------------------------------------
    def cover_search(self, deadline: Optional[float] = None) -> bool:
        """Look for a plan that puts every unit of the component in an alliance.

        Every unit of a component lies in some candidate, so covering all of
        them is the coverage optimum, proven without any MILP.  A few
        depth-first dives (:func:`_exact_cover`) usually find such a cover in
        milliseconds.  Parts of up to ``COVER_SEARCH_UNITS`` units guide each
        dive by an LP solution of the partitioning model; larger parts, where
        the LP costs more than it saves, by the Lagrangian prices of
        :meth:`initial` and by distance.  The best cover for the objective
        replaces the incumbent.  False when no dive finds one (a full cover may
        not exist): the caller then uses the general packing stages.
        """
        comp = self.comp
        if comp.m == 0 or comp.nu == 0:
            return False
        cost = comp.cost / self.cost_scale
        priorities = []
        big = not (comp.nu <= COVER_SEARCH_UNITS and self.use_milp)
        if not big:
            ones = np.ones(comp.m)
            count_c = -ones
            for c in (count_c, cost, count_c + 0.01 * cost):
                self.control.check()
                lp = _lp_relaxation(comp.mat, comp.nu, c, partition=True)
                if lp is None:
                    return False  # the LP is infeasible: no full cover exists
                if c is count_c:
                    self.count_lp = lp  # exact_partition's count bound
                priorities.append(-np.round(lp.x, 6) * 4.0 + cost)  # LP value first, then distance
            node_limit = COVER_SEARCH_NODES
        else:
            rank = np.empty(comp.m, dtype=np.int64)
            if self.reduced is not None:
                rank[np.lexsort((cost, -self.reduced))] = np.arange(comp.m)
                priorities.append(rank.astype(float))
            priorities.append(cost)
            node_limit = COVER_SEARCH_NODES + comp.nu
        best: Optional[np.ndarray] = None
        for priority in priorities:
            partial: List[int] = []
            found = _exact_cover(comp, priority, node_limit, self.control, deadline,
                                 partial if big else None)
            if found is not None and (best is None or self._cover_better(found, best)):
                best = found
            elif found is None:
                self._keep_if_better(partial)  # the deepest dead end is still a packing
        if best is None and big:
            # no full cover within the budget: one dive without backtracking per guide
            # still packs nearly every unit, a far better start for the windows
            for priority in priorities:
                partial = []
                best = _exact_cover(comp, priority, 2 * comp.nu + 10, self.control, deadline, partial,
                                    backtrack=False)
                if best is not None:
                    break
                self._keep_if_better(partial)
        if best is None:
            return False
        self.set_solution(best)
        return True

    def _keep_if_better(self, candidates: List[int]) -> None:
        """Make a packing the incumbent when it beats the current one."""
        packing = np.array(sorted(candidates), dtype=np.int64)
        if len(packing) and self.better(packing, self.chosen):
            self.set_solution(packing)

    def _cover_better(self, a: np.ndarray, b: np.ndarray) -> bool:
        """Between two full covers: more alliances (coverage objective), then shorter distances."""
        if self.comp.objective in ("coverage", "count") and len(a) != len(b):
            return len(a) > len(b)
        return float(self.comp.cost[a].sum()) < float(self.comp.cost[b].sum())

    def exact_partition(self, seconds: Optional[float]) -> Tuple[bool, bool, Optional[int]]:
        """Prove or improve a full-cover incumbent (coverage already optimal).

        Every remaining stage is a set-partitioning model (each unit exactly
        once), which HiGHS solves far faster than the packing model with a
        coverage row.  Coverage objective: the LP gives an upper bound on the
        number of alliances; from the top down, each possible count above the
        incumbent's is tried with only the candidates whose reduced cost
        allows that count.  Just above the incumbent, the least distance with
        exactly that count is sought at once (:meth:`cheapest_partition`), so
        a feasible count comes out optimal for both criteria; further above,
        the count alone is decided first by one MILP (those counts are usually
        refuted, and far faster without distances).  Then, if needed, or for
        the compactness objective, :meth:`cheapest_partition` finishes the job
        over the candidates that both reduced-cost filters keep.  Same return
        value as :meth:`exact`.
        """
        comp = self.comp
        nu = comp.nu
        t_end = None if seconds is None else time.monotonic() + seconds

        def left() -> Optional[float]:
            return None if t_end is None else max(0.01, t_end - time.monotonic())

        def out_of_time() -> bool:
            return t_end is not None and time.monotonic() >= t_end

        ones = np.ones(comp.m)
        cost = comp.cost / self.cost_scale
        count: Optional[int] = None
        count_keep: Optional[np.ndarray] = None  # candidates that can be in a plan of this count
        if comp.objective in ("coverage", "count"):
            count = len(self.chosen)
            lp = self.count_lp or _lp_relaxation(comp.mat, nu, -ones, partition=True)
            top = count if lp is None else int(math.floor(-lp.value + 1e-6))
            while top > count:
                self.control.check()
                if out_of_time():
                    return True, False, nu
                keep = np.flatnonzero(-lp.value - lp.reduced >= top - 1e-6)
                # Two alliances or more above the incumbent, the count is likely out of reach:
                # a plain count objective decides that far faster.  One above, it is as
                # likely reachable, and solving distances at once saves a second MILP.
                by_count = top >= count + 2
                if by_count:
                    status, x, _ = _run_milp(comp.mat[keep], nu, -ones[keep], [(ones[keep], top - 0.5, np.inf)],
                                             left(), partition=True, presolve=False)
                else:  # no plan has more than top alliances, so ">= top" means "exactly top"
                    status, x = self.cheapest_partition(comp.mat[keep], cost[keep], [(ones[keep], top)], None,
                                                        t_end)
                if x is not None:
                    self.set_solution(keep[x])
                    if status != 0:
                        return True, False, nu
                    if not by_count:
                        return True, True, nu
                    count = len(self.chosen)  # = top; its distances are settled below
                    count_keep = keep
                    break
                if status != 2:
                    return True, False, nu  # stopped before deciding this count
                top -= 1
        if comp.cost.max() <= 0 or len(self.chosen) == 0:
            return True, True, nu
        self.control.check()
        if out_of_time():
            return True, False, nu
        incumbent = float(cost[self.chosen].sum())
        # a first filter by the plain LP: the cut rounds then work on fewer columns, which on the
        # sample with island links gives better cuts (compactness 1.8 s against 3.1-3.4 s without)
        by_count = [] if count is None else [(ones, count)]
        lp = _lp_relaxation(comp.mat, nu, cost, partition=True, fixed=by_count)
        if lp is None:
            keep = np.arange(comp.m)
        else:
            keep = np.flatnonzero(lp.value + lp.reduced <= incumbent + 1e-6 * max(1.0, incumbent))
            if count_keep is not None:
                keep = np.intersect1d(keep, count_keep)
            keep = np.union1d(keep, self.chosen)
        status, x = self.cheapest_partition(comp.mat[keep], cost[keep], [(f[keep], v) for f, v in by_count],
                                            np.searchsorted(keep, self.chosen), t_end)
        if x is not None and float(cost[keep[x]].sum()) < incumbent:
            self.set_solution(keep[x])
        return True, status == 0, nu

    def cheapest_partition(self, sub: np.ndarray, c: np.ndarray, fixed: Sequence[Tuple[np.ndarray, float]],
                           incumbent: Optional[np.ndarray], deadline: Optional[float]
                           ) -> Tuple[int, Optional[np.ndarray]]:
        """Least-cost set partition of the part's units by the columns of ``sub`` (member rows).

        ``fixed``: equality rows (coefficients per column, value), e.g. exactly
        that many alliances.  ``incumbent``: row positions of a known partition
        that meets them.  The LP bound is
        first tightened by clique cuts (:func:`_strengthened_relaxation`);
        then MILPs run over growing sets of the columns with the smallest
        reduced costs, the cuts included.  A plan found among the columns of
        reduced cost <= t is optimal when it costs at most bound + t (any plan
        using another column costs more); otherwise one last MILP over the
        columns that can still beat it decides.  Returns (scipy status, the
        best plan as row positions or None): 0 proven optimal, 2 no such
        partition, 1 stopped by the deadline.
        """
        nu = self.comp.nu
        n = sub.shape[0]
        if n == 0:
            return 2, None

        def left() -> Optional[float]:
            return None if deadline is None else max(0.01, deadline - time.monotonic())

        def rows(keep: np.ndarray) -> List[Tuple[np.ndarray, float, float]]:
            return [(coef[keep], value - 0.5, value + 0.5) for coef, value in fixed]

        lp = _strengthened_relaxation(sub, nu, c, fixed, self.control, deadline)
        if lp is None:
            status, x, _ = _run_milp(sub, nu, c, rows(np.arange(n)), left(), partition=True, presolve=False)
            return status, x
        best = incumbent
        ub = math.inf if best is None else float(c[best].sum())
        tol = 1e-6 * max(1.0, abs(lp.value))
        thresholds = np.sort(lp.reduced)
        size = min(n, PRICING_START * nu)
        final = False
        while True:
            self.control.check()
            # with a plan in hand, the next MILP is the last: every column that can beat it
            final = final or (best is not None and thresholds[size - 1] >= ub - lp.value - tol)
            limit = ub - lp.value if final else thresholds[size - 1]
            keep = np.flatnonzero(lp.reduced <= limit + tol)
            if best is not None:
                keep = np.union1d(keep, best)
            status, x, _ = _run_milp(sub[keep], nu, c[keep], rows(keep), left(), partition=True,
                                     presolve=False, cuts=None if lp.cuts is None else lp.cuts[:, keep])
            if x is not None and float(c[keep[x]].sum()) < ub:
                best, ub = keep[x], float(c[keep[x]].sum())
            if status not in (0, 2):
                return 1, best
            # the columns kept reach ``tol`` beyond ``limit``: that margin absorbs the LP's error
            if final or (best is not None and ub <= lp.value + limit):
                return (0, best) if best is not None else (2, None)
            if best is not None:
                final = True
            elif size >= n:
                return 2, None
            else:
                size = min(n, size * 4)

    def packing_has_more_alliances(self, seconds: Optional[float]) -> Optional[bool]:
        """Count objective after the partitioning stages: can a packing beat their count?

        Plans need not cover every unit under the count objective, so the best
        partition is optimal only if no packing has more alliances.  One MILP
        over the minimal candidates (enough for counting, see
        :func:`_minimal_candidates`) asks for one more; False proves the plan,
        True (the better packing becomes the incumbent) or None (undecided in
        the time) sends the part to the general stages.
        """
        comp = self.comp
        minimal = _minimal_candidates(comp.mat, comp.nu)
        ones = np.ones(len(minimal))
        status, x, _ = _run_milp(comp.mat[minimal], comp.nu, -ones, [(ones, len(self.chosen) + 0.5, np.inf)],
                                 seconds, presolve=False)
        if status == 2:
            return False
        if x is not None:
            self.set_solution(minimal[x])
            return True
        return None

    # -- exact ---------------------------------------------------------------------
    def exact(self, seconds: Optional[float]) -> Tuple[bool, bool, Optional[int]]:
        """Lexicographic MILP stages started from the current solution.

        Each criterion gets its own solve with plain integer weights (coverage =
        members, count = 1 per alliance), earlier optima kept as constraints:
        small coefficients keep HiGHS fast, where one big weighted objective
        made it crawl.  Every stage asks for something strictly better than the
        incumbent (value >= current + 1): infeasibility proves the incumbent
        optimal, which is far quicker than optimising from scratch.  The count
        criterion, when it comes first, only needs *minimal* candidates (any
        alliance can shrink to a minimal one without losing count), a fraction
        of the columns.  The distance stage has no such cut: a dense, nearly
        parallel row slows HiGHS tenfold, so its result is compared afterwards.
        Returns (primary proven, fully proven, primary upper bound or None).
        """
        comp = self.comp
        t_end = None if seconds is None else time.monotonic() + seconds

        def left() -> Optional[float]:
            return None if t_end is None else max(0.01, t_end - time.monotonic())

        fixed: List[Tuple[np.ndarray, float, float]] = []
        ub: Optional[int] = None
        for k, (weight, cols) in enumerate(comp.stages()):
            self.control.check()
            if t_end is not None and time.monotonic() >= t_end:
                return k > 0, False, ub
            cur = int(weight[self.chosen].sum())
            sub = comp.mat if cols is None else comp.mat[cols]
            wsub = weight if cols is None else weight[cols]
            extra = [(f if cols is None else f[cols], lo, hi) for f, lo, hi in fixed]
            extra.append((wsub.astype(float), cur + 0.5, np.inf))
            status, x, bound = _run_milp(sub, comp.nu, -wsub.astype(float), extra, left(), presolve=False)
            if x is not None:
                x = x if cols is None else cols[x]
                ok = int(weight[x].sum()) > cur and all(
                    float(f[x].sum()) >= lo for f, lo, _ in fixed
                )
                if ok:
                    self.set_solution(x)
            value = int(weight[self.chosen].sum())
            if status not in (0, 2):
                if k == 0 and bound is not None and -bound >= cur + 0.5 - 1e-6:
                    # a dual bound of the "strictly better" problem; anything
                    # below the cut would mean infeasibility, i.e. no real bound
                    ub = max(value, int(math.floor(-bound + 1e-6)))
                return k > 0, False, ub
            if k == 0:
                ub = value
            fixed.append((weight.astype(float), value - 0.5, np.inf))
        if comp.cost.max() <= 0 or len(self.chosen) == 0:
            return True, True, ub
        self.control.check()
        if t_end is not None and time.monotonic() >= t_end:
            return True, False, ub
        cost = comp.cost / self.cost_scale
        status, x, _ = _run_milp(comp.mat, comp.nu, cost, fixed, left())
        if x is not None and all(float(f[x].sum()) >= lo for f, lo, _ in fixed):
            if float(comp.cost[x].sum()) < float(comp.cost[self.chosen].sum()):
                self.set_solution(x)
        return True, status == 0, ub


# --------------------------------------------------------------------------- diagnosis
class _SearchAbort(Exception):
    """Internal: diagnostic search exceeded its node budget."""


def _exists_alliance(prep: _Prepared, u: int, nbrs: List[List[int]], use_hub: bool) -> Optional[bool]:
    """Is there a connected set containing ``u`` meeting size, floor and ceiling (and hub)?

    Enumerates connected sets containing ``u`` (ESU rooted at ``u``) with an early
    exit; a cheap optimistic bound (``u`` plus the most populous units within
    reach) settles most "floor unreachable" cases without search.  Returns None
    when the node budget ran out.
    """
    P = prep.pop
    floor, ceil = prep.floor, prep.ceiling
    min_m, max_m = prep.min_m, prep.max_m
    H = prep.hub if (use_hub and prep.need_hub) else None
    # optimistic bound: units within max_m - 1 hops
    dist = {u: 0}
    frontier = [u]
    for hop in range(1, max_m):
        nxt = []
        for a in frontier:
            for b in nbrs[a]:
                if b not in dist:
                    dist[b] = hop
                    nxt.append(b)
        frontier = nxt
    reach = sorted((P[j] for j in dist if j != u), reverse=True)
    if len(dist) < min_m:
        return False
    if P[u] + sum(reach[: max_m - 1]) < floor:
        return False
    if H is not None and not any(H[j] for j in dist):
        return False
    if min_m <= 1 and floor <= P[u] <= ceil and (H is None or H[u]):
        return True
    counter = [0]

    def grow(sub_len: int, sp: float, sh: bool, ext: List[int], closed: Set[int]) -> bool:
        ext = list(ext)
        while ext:
            counter[0] += 1
            if counter[0] > DIAGNOSIS_NODE_LIMIT:
                raise _SearchAbort()
            w = ext.pop()
            p = sp + P[w]
            if p > ceil:
                continue
            sh2 = sh or (H is None) or bool(H[w])
            k = sub_len + 1
            if k >= min_m and p >= floor and sh2:
                return True
            if k < max_m:
                ext2 = ext + [x for x in nbrs[w] if x not in closed]
                if ext2 and grow(k, p, sh2, ext2, closed.union(nbrs[w])):
                    return True
        return False

    if P[u] > ceil:
        return False
    try:
        return grow(1, float(P[u]), H is None or bool(H[u]), list(nbrs[u]), set(nbrs[u]) | {u})
    except _SearchAbort:
        return None


def _diagnose(prep: _Prepared, u: int) -> str:
    """Why an available unit belongs to no feasible alliance (first blocking rule)."""
    if prep.min_m >= 2 and not prep.nbr_any[u]:
        return STATUS_ISOLATED
    if prep.need_hub and _exists_alliance(prep, u, prep.nbr_same, use_hub=False):
        return STATUS_NO_HUB
    if prep.nbr_any[u] != prep.nbr_same[u] or any(
        prep.group[j] != prep.group[u] for j in prep.nbr_any[u]
    ):
        if _exists_alliance(prep, u, prep.nbr_any, use_hub=False):
            return STATUS_GROUP
    return STATUS_FLOOR


# --------------------------------------------------------------------------- greedy
def _greedy_indices(prep: _Prepared, allowed: np.ndarray) -> List[List[int]]:
    """Graph greedy: grow alliances from the most populous (hub) seeds.

    Each seed absorbs its most populous free neighbour (same group) until the
    floor is met; the result is kept if it satisfies every rule.  Afterwards
    left-over units join an adjacent alliance that still has room (nearest hub
    first).  This is what a planner would do by hand and serves as the baseline
    the exact solver must beat, and as the fallback when enumeration explodes.
    """
    P = prep.pop
    taken = ~allowed.copy()
    order = sorted(
        (i for i in range(prep.n) if allowed[i] and (not prep.need_hub or prep.hub[i])),
        key=lambda i: (-P[i], i),
    )
    alliances: List[List[int]] = []
    for seed in order:
        if taken[seed] or P[seed] > prep.ceiling:
            continue
        members = [seed]
        total = float(P[seed])
        inset = {seed}
        while len(members) < prep.max_m and (len(members) < prep.min_m or total < prep.floor):
            frontier = {
                j for m in members for j in prep.nbr_same[m]
                if not taken[j] and j not in inset and total + P[j] <= prep.ceiling
            }
            if not frontier:
                break
            pick = min(
                frontier,
                key=lambda j: (-P[j], math.hypot(*(prep.xy[j] - prep.xy[seed])), j),
            )
            members.append(pick)
            inset.add(pick)
            total += float(P[pick])
        has_hub = (not prep.need_hub) or any(prep.hub[j] for j in members)
        if prep.min_m <= len(members) <= prep.max_m and prep.floor <= total <= prep.ceiling and has_hub:
            alliances.append(sorted(members))
            taken[members] = True
    # absorption of left-overs into adjacent alliances with room
    owner = {m: k for k, al in enumerate(alliances) for m in al}
    totals = [float(P[al].sum()) for al in alliances]
    hubs = [prep.stats(al)[0] for al in alliances]
    changed = True
    while changed:
        changed = False
        for i in range(prep.n):
            if taken[i]:
                continue
            options = sorted(
                {owner[j] for j in prep.nbr_same[i] if j in owner},
                key=lambda k: (math.hypot(*(prep.xy[i] - prep.xy[hubs[k]])), k),
            )
            for k in options:
                if len(alliances[k]) < prep.max_m and totals[k] + P[i] <= prep.ceiling:
                    alliances[k] = sorted(alliances[k] + [i])
                    totals[k] += float(P[i])
                    owner[i] = k
                    taken[i] = True
                    hubs[k] = prep.stats(alliances[k])[0]
                    changed = True
                    break
    return alliances


def _locked_alliances(prep: _Prepared, adjacency: Dict[str, Set[str]]) -> List[Alliance]:
    """Locked alliances as given, each with the rules it breaks."""
    groups: Dict[object, List[int]] = {}
    for i, key in enumerate(prep.locked):
        if key is not None:
            groups.setdefault(key, []).append(i)
    result = []
    for members in sorted(groups.values(), key=lambda ms: ms[0]):
        al = prep.alliance(members, locked=True)
        al.violations = validate_alliance(al.members, prep.problem, adjacency)
        result.append(al)
    return result


def _finish(prep: _Prepared, chosen_sets: List[List[int]], locked: List[Alliance],
            reasons: Dict[int, str]) -> Tuple[List[Alliance], Dict[str, str]]:
    """Alliance records in canonical order plus a status for every unit."""
    alliances = [prep.alliance(ms) for ms in chosen_sets] + locked
    alliances.sort(key=lambda a: (-a.population, _sort_key(a.hub), [_sort_key(m) for m in a.members]))
    status: Dict[str, str] = {}
    in_alliance = {m for ms in chosen_sets for m in ms}
    for i, uid in enumerate(prep.ids):
        if prep.is_locked[i]:
            status[uid] = STATUS_LOCKED
        elif not prep.eligible[i]:
            status[uid] = STATUS_NOT_ELIGIBLE
        elif i in in_alliance:
            status[uid] = STATUS_IN_ALLIANCE
        else:
            status[uid] = reasons.get(i) or _diagnose(prep, i)
    return alliances, status


def greedy(problem: AllianceProblem) -> AllianceSolution:
    """Simple greedy grouping (baseline and fallback); never claims optimality.

    ``gap`` is NaN because the greedy computes no bound.  Units it leaves out
    although some feasible alliance contains them get "left out by the optimum"
    (read: left out by this grouping).
    """
    t0 = time.monotonic()
    prep = _Prepared(problem)
    sets = _greedy_indices(prep, prep.available)
    locked = _locked_alliances(prep, prep.adjacency)
    reasons: Dict[int, str] = {}
    covered = {m for s in sets for m in s}
    for i in range(prep.n):
        if prep.available[i] and i not in covered:
            if _exists_alliance(prep, i, prep.nbr_same, use_hub=True):
                reasons[i] = STATUS_LEFT_OUT
    alliances, status = _finish(prep, sets, locked, reasons)
    return AllianceSolution(
        alliances=alliances, status=status, optimal=False, gap=float("nan"),
        method="greedy", n_candidates=0, seconds=time.monotonic() - t0, notes=list(prep.notes),
    )


# --------------------------------------------------------------------------- solve
def _candidate_components(nu_total: int, mat: np.ndarray) -> Tuple[int, np.ndarray]:
    """Label units by connected component of the "shares a candidate" relation."""
    m, width = mat.shape
    if _cs_components is not None and m:
        # each candidate links its first member to the others; distinct pairs only
        keys = [np.empty(0, dtype=np.int64)]
        for s in range(0, m, _CHUNK):
            block = mat[s : s + _CHUNK].astype(np.int64)
            heads = np.repeat(block[:, :1], width - 1, axis=1).ravel()
            tails = block[:, 1:].ravel()
            keep = tails < nu_total
            keys.append(np.unique(heads[keep] * (nu_total + 1) + tails[keep]))
        pairs = np.unique(np.concatenate(keys))
        del keys
        g = _coo_matrix(
            (np.ones(len(pairs), dtype=np.int8), ((pairs // (nu_total + 1)).astype(np.int32),
                                                 (pairs % (nu_total + 1)).astype(np.int32))),
            shape=(nu_total + 1, nu_total + 1),
        )
        count, labels = _cs_components(g, directed=False)
        return int(count), labels[:nu_total]
    # pure-python union-find fallback
    parent = list(range(nu_total))

    def find(a: int) -> int:
        while parent[a] != a:
            parent[a] = parent[parent[a]]
            a = parent[a]
        return a

    for row in mat.tolist():
        r0 = find(row[0])
        for u in row[1:]:
            if u < nu_total:
                ru = find(u)
                if ru != r0:
                    parent[ru] = r0
    labels = np.array([find(i) for i in range(nu_total)], dtype=np.int64)
    return int(len(set(labels.tolist()))), labels


def solve(
    problem: AllianceProblem,
    progress: Optional[Callable[[float], None]] = None,
    is_canceled: Optional[Callable[[], bool]] = None,
) -> AllianceSolution:
    """Choose disjoint alliances optimising ``problem.objective``.

    ``progress(fraction)`` receives monotone values in [0, 1];
    ``is_canceled()`` is polled between components, windows and enumeration
    roots (one HiGHS call cannot be interrupted, but each is time-bounded when a
    time limit is set).  Raises :class:`SolverCanceled` on cancel and
    :class:`ProblemError` on invalid input.
    """
    control = _Control(problem.time_limit, progress, is_canceled)
    prep = _Prepared(problem)
    notes = list(prep.notes)
    control.report(0.0)
    locked = _locked_alliances(prep, prep.adjacency)
    n = prep.n
    use_milp = HAVE_MILP
    if not use_milp:
        notes.append("scipy.optimize.milp is not available: heuristic only")

    # 1. enumerate candidates per component of the restricted graph
    avail_nodes = [i for i in range(n) if prep.available[i]]
    graph_comps = _graph_components(prep.nbr_same, avail_nodes)
    n_avail = max(1, len(avail_nodes))
    done = [0]

    def tick(k: int) -> None:
        done[0] += k
        control.report(0.15 * done[0] / n_avail)

    outs: List[Dict[int, array]] = []
    failed_units: List[int] = []
    total = 0
    capped_reason = None
    for comp_nodes in graph_comps:
        if capped_reason is not None:
            failed_units.extend(comp_nodes)
            continue
        try:
            out = _enumerate(prep, comp_nodes, control, CANDIDATE_LIMIT - total, tick)
        except _EnumerationCapped as exc:
            failed_units.extend(comp_nodes)
            if control.expired():
                capped_reason = str(exc)
            else:
                notes.append(f"{exc} in a component of {len(comp_nodes)} units: greedy used there")
            continue
        total += sum(len(a) // k for k, a in out.items())
        outs.append(out)
    if capped_reason is not None:
        notes.append(f"{capped_reason}: greedy used for {len(failed_units)} units")
    merged: Dict[int, array] = {k: array("i") for k in range(1, prep.max_m + 1)}
    for out in outs:
        for k, arr in out.items():
            merged[k].extend(arr)
    del outs
    mat = _to_matrix(merged, n, prep.max_m)
    del merged
    m = mat.shape[0]
    size, _hubs, cost, cpop = _candidate_figures(prep, mat)
    control.report(0.2)
    control.check()

    # 2. independent components of the packing problem
    chosen_sets: List[List[int]] = []
    optimal = not failed_units
    used_heuristic = bool(failed_units) or not use_milp
    used_milp = False
    primary_total = 0
    bound_total = 0
    if m:
        _, labels = _candidate_components(n, mat)
        cand_label = labels[mat[:, 0]]
        order = np.argsort(cand_label, kind="stable")
        sorted_labels = cand_label[order]
        splits = np.flatnonzero(np.diff(sorted_labels)) + 1
        groups = np.split(order, splits)
        coverable = np.zeros(n + 1, dtype=bool)
        coverable[mat.ravel()] = True
        coverable = coverable[:n]
        comps = []
        for cands in groups:
            cands = np.sort(cands)
            units = np.unique(mat[cands].ravel())
            units = units[units < n]
            comps.append((int(units[0]), units, cands))
        comps.sort(key=lambda t: t[0])
        weights = np.array([len(c) + len(u) for _, u, c in comps], dtype=float)
        big_weight = float(sum(
            w for w, (_, u, c) in zip(weights, comps) if not (use_milp and _is_direct(len(u), len(c)))
        ))
        total_weight = float(weights.sum())
        progressed = 0.0
        unproven = 0
        for k, (_, units, cands) in enumerate(comps):
            control.check()
            comp = _Component(units, cands, mat[cands], size[cands], cost[cands], cpop[cands], problem.objective, prep)
            packer = _Packer(comp, control, use_milp)
            if control.deadline is None:
                deadline = None
            else:
                rest = float(weights[k:].sum())
                deadline = time.monotonic() + control.remaining() * float(weights[k]) / rest
            heuristic_seconds = HEURISTIC_SECONDS * float(weights[k]) / max(big_weight, 1.0)
            result = _solve_component(packer, deadline, heuristic_seconds)
            used_milp |= result.used_milp
            used_heuristic |= result.used_heuristic
            optimal &= result.proven
            unproven += 0 if result.proven else 1
            _, prim, _ = comp.value(packer.chosen)
            primary_total += prim
            bound_total += max(prim, result.bound)
            for c in packer.chosen.tolist():
                row = comp.mat[c]
                chosen_sets.append(sorted(int(units[u]) for u in row if u < comp.nu))
            progressed += float(weights[k])
            control.report(0.2 + 0.75 * progressed / max(total_weight, 1.0))
        if unproven:
            why = "time limit" if control.deadline is not None else "size"
            notes.append(
                f"{unproven} of {len(comps)} independent part(s) not proven optimal ({why}); "
                "gap is measured against an upper bound"
            )
    else:
        coverable = np.zeros(n, dtype=bool)

    # 3. components whose enumeration was capped: greedy only
    reasons: Dict[int, str] = {}
    if failed_units:
        allowed = np.zeros(n, dtype=bool)
        allowed[failed_units] = True
        sets = _greedy_indices(prep, allowed)
        chosen_sets.extend(sets)
        got = sum(len(s) for s in sets) if problem.objective != "count" else len(sets)
        primary_total += got
        if problem.objective == "count":
            bound_total += max(got, len(failed_units) // max(1, prep.min_m))
        else:
            bound_total += len(failed_units)
        inside = {u for s in sets for u in s}
        for u in failed_units:
            if u not in inside and _exists_alliance(prep, u, prep.nbr_same, use_hub=True):
                reasons[u] = STATUS_LEFT_OUT
    for i in np.flatnonzero(coverable).tolist():
        reasons[i] = STATUS_LEFT_OUT
    control.check()
    alliances, status = _finish(prep, chosen_sets, locked, reasons)
    gap = (bound_total - primary_total) / bound_total if bound_total > 0 else 0.0
    gap = max(0.0, float(gap))
    if gap > 0:
        optimal = False
    if used_milp and used_heuristic:
        method = "milp+heuristic"
    elif used_milp or (not used_heuristic and use_milp):
        method = "milp"
    else:
        method = "heuristic"
    control.report(1.0)
    return AllianceSolution(
        alliances=alliances, status=status, optimal=bool(optimal), gap=gap, method=method,
        n_candidates=int(m), seconds=time.monotonic() - control.start, notes=notes,
    )


def _is_direct(n_units: int, n_candidates: int) -> bool:
    """Small enough for the exact MILP without a heuristic warm-up."""
    return n_units <= DIRECT_MILP_UNITS and n_candidates <= DIRECT_MILP_CANDIDATES


@dataclass
class _ComponentResult:
    """Outcome of one component: proof status, methods used, primary upper bound."""

    proven: bool
    used_milp: bool
    used_heuristic: bool
    bound: int


def _solve_component(packer: _Packer, deadline: Optional[float], heuristic_seconds: float) -> _ComponentResult:
    """Solve one component within ``deadline`` (None = no limit).

    Components where a full cover turns up (:meth:`_Packer.cover_search`) go
    to the set-partitioning stages.  Other small components go straight to
    the exact MILP (started from a greedy packing).  Larger ones get the
    Lagrangian greedy, the cover search and the window search first; the full MILP then tries to prove or improve that answer when the
    component is not hopelessly large.  ``heuristic_seconds`` is the heuristic
    budget used when there is no deadline.
    """
    comp = packer.comp
    control = packer.control
    now = time.monotonic()
    remaining = None if deadline is None else max(0.0, deadline - now)
    if comp.m == 1:
        packer.set_solution(np.array([0]))
        return _ComponentResult(True, False, False, comp.value(packer.chosen)[1])
    ub: Optional[int] = None
    if packer.use_milp and 2 < comp.nu <= COVER_SEARCH_UNITS and _is_direct(comp.nu, comp.m):
        # a full cover settles coverage at once and leaves partitioning stages, which
        # are quick: tried first, whatever the time limit
        ub = packer.initial(200, 1.0 if remaining is None else min(1.0, 0.1 * remaining))
        if packer.cover_search():
            remaining = None if deadline is None else max(0.0, deadline - time.monotonic())
            _, full_ok, _ = packer.exact_partition(remaining)
            if comp.objective != "count":
                return _ComponentResult(full_ok, True, False, comp.nu)
            remaining = None if deadline is None else max(0.0, deadline - time.monotonic())
            if full_ok and packer.packing_has_more_alliances(remaining) is False:
                return _ComponentResult(True, True, False, len(packer.chosen))
            ub = None  # a packing may have more alliances: the general stages decide
        now = time.monotonic()
        remaining = None if deadline is None else max(0.0, deadline - now)
    if packer.use_milp and _is_direct(comp.nu, comp.m) and (
        remaining is None or remaining >= 0.5 + comp.m / 4000.0
    ):
        if ub is None:
            ub = packer.initial(200, 1.0 if remaining is None else min(1.0, 0.1 * remaining))
        if comp.nu > 30:
            # a good incumbent turns the first MILP stage into a quick proof
            if remaining is None:  # deterministic: bounded by windows, not seconds
                packer.local_search(math.inf, ub, polish=False, max_windows=comp.nu)
            else:
                ls_seconds = min(DIRECT_LNS_SECONDS, 0.25 * remaining)
                packer.local_search(time.monotonic() + ls_seconds, ub, polish=False)
        remaining = None if deadline is None else max(0.0, deadline - time.monotonic())
        primary_ok, full_ok, ub2 = packer.exact(remaining)
        if primary_ok:
            ub = comp.value(packer.chosen)[1]
        elif ub2 is not None:
            ub = min(ub, ub2)
        return _ComponentResult(primary_ok and full_ok, True, False, max(int(ub), comp.value(packer.chosen)[1]))
    budget = heuristic_seconds if remaining is None else remaining
    t_end = now + budget
    ub = packer.initial(800, max(0.05, 0.15 * budget))
    if comp.objective != "count" and comp.nu > 2 and \
            packer.cover_search(deadline=time.monotonic() + 0.25 * max(0.0, t_end - time.monotonic())):
        ub = comp.nu  # every unit covered: the coverage bound is reached; windows now polish
        # the tie-breaks (more alliances, shorter distances)
    # HiGHS cannot stop inside presolve and the root LP, which take about a
    # second per 4,000 columns here: with less time an attempt would overshoot.
    exact_floor = 0.5 + comp.m / 4000.0
    try_exact = (packer.use_milp and comp.m <= EXACT_MILP_CANDIDATES and comp.nu <= EXACT_MILP_UNITS
                 and (remaining is None or 0.4 * budget >= exact_floor))
    ls_end = now + 0.6 * budget if try_exact else t_end
    packer.local_search(ls_end, ub, polish=True)
    proven = False
    if try_exact:
        secs = (t_end - time.monotonic()) if remaining is not None else MILP_SECONDS_WITHOUT_LIMIT
        if secs >= exact_floor:
            control.check()
            primary_ok, full_ok, ub2 = packer.exact(secs)
            if primary_ok:
                ub = comp.value(packer.chosen)[1]
            elif ub2 is not None:
                ub = min(ub, ub2)
            proven = primary_ok and full_ok
    return _ComponentResult(proven, packer.use_milp, True, int(max(ub, comp.value(packer.chosen)[1])))
