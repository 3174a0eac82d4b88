"""Linear programs of the packing problem and the one wrapper around HiGHS' MILP solver.

The only module that imports ``scipy.optimize``: LP relaxations (for bounds, reduced-cost fixing
and to guide the exact-cover search), clique cuts that tighten them, and :func:`run_milp`, which
every exact stage calls. Without SciPy's ``milp`` (SciPy < 1.9) ``HAVE_MILP`` is False and the
solver runs its heuristics only.
"""

from __future__ import annotations

import math
import time
from dataclasses import dataclass
from typing import Callable, Dict, List, Optional, Sequence, Set, Tuple

import numpy as np

from .component import covers_all, is_packing, unit_candidates
from .control import Control
from .settings import TOLERANCE

try:  # scipy >= 1.9 ships HiGHS' MILP solver; without it we fall back to heuristics.
    from scipy import sparse
    from scipy.optimize import Bounds, LinearConstraint, linprog, milp

    HAVE_MILP = True
except ImportError:  # pragma: no cover - depends on the installed scipy
    HAVE_MILP = False


def incidence(mat: np.ndarray, nrows: int):
    """Sparse unit x candidate 0/1 matrix of a padded member matrix."""
    m = mat.shape[0]
    rows = mat.ravel().astype(np.int64)
    cols = np.repeat(np.arange(m, dtype=np.int64), mat.shape[1])
    keep = rows < nrows
    return sparse.csc_array((np.ones(int(keep.sum())), (rows[keep], cols[keep])), shape=(nrows, m))


@dataclass
class Relaxation:
    """LP relaxation: optimal value, reduced costs (minimisation form) and solution."""

    value: float
    reduced: np.ndarray
    x: np.ndarray
    cuts: Optional[object] = None  # sparse rows row.x <= 1 included in the LP, if any


def lp_relaxation(mat: np.ndarray, nu: int, c: np.ndarray, partition: bool,
                   fixed: Sequence[Tuple[np.ndarray, float]] = (), cuts=None,
                   time_limit: Optional[float] = None) -> Optional[Relaxation]:
    """min c.x over 0 <= x <= 1 with every unit covered at most (partition: exactly) once.

    ``fixed``: equality rows (coefficients, value), e.g. the number of chosen
    candidates (all ones, the count).  ``cuts``: sparse
    rows of valid inequalities ``row.x <= 1`` (see :func:`clique_cuts`).  The
    reduced costs drive reduced-cost fixing: a candidate whose reduced cost
    lifts the LP bound past the incumbent belongs to no better solution (cuts
    included, since they hold for every integer plan).  None when the LP fails
    or is infeasible (the caller then keeps every candidate).
    """
    A = incidence(mat, nu)
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
            kw.update(A_ub=sparse.vstack([A, cuts]).tocsc(), b_ub=np.ones(nu + cuts.shape[0]))
    for coef, value in fixed:
        eq_rows.append(sparse.csc_array(np.asarray(coef, dtype=float).reshape(1, m)))
        eq_rhs.append(np.array([float(value)]))
    if eq_rows:
        kw.update(A_eq=sparse.vstack(eq_rows).tocsc(), b_eq=np.concatenate(eq_rhs))
    try:
        # without presolve: these LPs (a row per unit, thousands of 0/1 columns, then the cuts) have
        # little to presolve, and each round of cuts solves one afresh; on the sample's grid
        # (benchmarks/bench_robust.py) the LPs took 18 % less and the whole grid 5 % less
        options: Dict[str, object] = {"presolve": False}
        if time_limit is not None:
            options["time_limit"] = max(0.01, float(time_limit))
        kw["options"] = options
        res = linprog(np.asarray(c, dtype=float), bounds=(0, 1), method="highs", **kw)
    except Exception:  # pragma: no cover - depends on the installed scipy
        return None
    if res.status != 0 or getattr(res, "lower", None) is None:
        return None
    return Relaxation(float(res.fun), np.maximum(0.0, np.asarray(res.lower.marginals, dtype=float)),
                       np.asarray(res.x, dtype=float))


def clique_cuts(mat: np.ndarray, nu: int, lp: Relaxation, ptr: np.ndarray, idx: np.ndarray,
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

    Both greedy passes scan a list in order and take a candidate when it conflicts with every
    one taken so far (:class:`_Conflicts`, the list's conflict graph as bit sets): one step of
    integer operations per candidate taken, where filtering the list by NumPy after each take
    cost 0.2-0.4 CPU s of a 2 s solve on the sample (about 300 members per lifted cut).
    """
    m = mat.shape[0]
    x = lp.x

    def conflicts(q: int) -> np.ndarray:
        mask = np.zeros(m, dtype=bool)
        for u in mat[q]:
            if u < nu:
                mask[idx[ptr[u] : ptr[u + 1]]] = True
        return mask

    frac = np.flatnonzero((x > TOLERANCE) & (x < 1 - TOLERANCE))
    order = frac[np.argsort(-x[frac], kind="stable")]  # ties: the lower index first, as argmax
    among = _Conflicts(mat, nu, order)
    masks: Dict[int, np.ndarray] = {}
    out: List[np.ndarray] = []
    for p, j in enumerate(order.tolist()):
        clique = [j] + order[among.scan(among.row(p))].tolist()
        if float(x[clique].sum()) <= 1.0 + 1e-3:
            continue
        key = tuple(sorted(clique))
        if key in seen:
            continue
        seen.add(key)
        common = np.ones(m, dtype=bool)  # candidates outside the clique conflicting with all its members
        for q in clique:
            if q not in masks:
                masks[q] = conflicts(q)
            common &= masks[q]
        common[clique] = False
        open_ = np.flatnonzero(common)
        open_ = open_[np.argsort(lp.reduced[open_], kind="stable")]
        if len(open_):
            clique.extend(open_[_Conflicts(mat, nu, open_).scan((1 << len(open_)) - 1)].tolist())
        out.append(np.array(sorted(clique), dtype=np.int64))
    return out


class _Conflicts:
    """The conflict graph of a list of candidates ``cand`` as bit sets over their positions: bit
    i of :meth:`row` (p) is set when ``cand[i]`` shares a unit with ``cand[p]``."""

    def __init__(self, mat: np.ndarray, nu: int, cand: np.ndarray) -> None:
        member = mat[cand]
        units, where = np.unique(member, return_inverse=True)
        where = np.asarray(where).reshape(member.shape)
        has = np.zeros((len(units), len(cand)), dtype=bool)
        has[where, np.arange(len(cand))[:, None]] = True
        real = len(units) - int(len(units) > 0 and units[-1] >= nu)  # the padding entry is no unit
        self.members = [[u for u in r if u < real] for r in where.tolist()]
        packed = np.packbits(has[:real], axis=1, bitorder="little")
        self.holding = [int.from_bytes(r.tobytes(), "little") for r in packed]  # unit -> positions

    def row(self, p: int) -> int:
        bits = 0
        for u in self.members[p]:
            bits |= self.holding[u]
        return bits & ~(1 << p)

    def scan(self, alive: int) -> List[int]:
        """Greedy in list order: take the first position alive, keep alive only the positions that
        conflict with it, repeat. Returns the positions taken."""
        taken = []
        while alive:
            i = (alive & -alive).bit_length() - 1
            taken.append(i)
            alive &= self.row(i)
        return taken


def strengthened_relaxation(mat: np.ndarray, nu: int, c: np.ndarray,
                             fixed: Sequence[Tuple[np.ndarray, float]], control: Control,
                             deadline: Optional[float], partition: bool = True,
                             rounds: Optional[int] = None,
                             enough: Optional[Callable[[float], bool]] = None,
                             integral: bool = False) -> Optional[Relaxation]:
    """Set-partitioning LP tightened by rounds of clique cuts (:func:`clique_cuts`).

    On the Korean sample the plain LP bound of the count-constrained distance
    model sits 4.8 % below the optimum, and HiGHS 1.2 then spends seconds on
    its own root cuts over thousands of columns; a few rounds of clique cuts
    close most of that gap in a fraction of a second, after which reduced-cost
    fixing leaves a few hundred columns.  Stops when a round finds no violated
    clique, gains less than 1e-5 of the bound, after ``cut_rounds`` (settings), or at the
    deadline, or as soon as ``enough(value)`` holds (e.g. the bound proves the caller's incumbent).
    ``integral``: every plan's objective is an integer, so only the rounded-up bound proves
    anything; on ``cut_projection_columns`` (settings) or more columns the rounds stop when the
    last round's gain, made in every round left, would not lift it by one (Texas' 254 counties at
    100,000, the alliance count over 36,407 columns: the bound 61.21 -> 60.91 -> 60.75 -> 60.71
    after three rounds, and nine more rounds for 60.65, 4.6 CPU s, left it at 60).
    None when the LP fails or is infeasible. ``partition=False``: the packing LP (each unit at most
    once), for bounds.
    """

    def left() -> Optional[float]:
        return None if deadline is None else max(0.01, deadline - time.monotonic())

    lp = lp_relaxation(mat, nu, c, partition=partition, fixed=fixed, time_limit=left())
    if lp is None:
        return None
    if enough is not None and enough(lp.value):
        return lp
    m = mat.shape[0]
    ptr, idx = unit_candidates(mat, nu)
    seen: Set[Tuple[int, ...]] = set()
    members: List[np.ndarray] = []
    total = control.settings.cut_rounds if rounds is None else rounds
    for done in range(total):
        control.check()
        if deadline is not None and time.monotonic() >= deadline:
            break
        new = clique_cuts(mat, nu, lp, ptr, idx, seen)
        if not new:
            break
        members.extend(new)
        rows = np.repeat(np.arange(len(members)), [len(r) for r in members])
        cols = np.concatenate(members)
        cuts = sparse.csr_array((np.ones(len(cols)), (rows, cols)), shape=(len(members), m))
        tighter = lp_relaxation(mat, nu, c, partition=partition, fixed=fixed, cuts=cuts, time_limit=left())
        if tighter is None:
            break
        gain = tighter.value - lp.value
        tighter.cuts = cuts
        lp = tighter
        if gain <= 1e-5 * max(1.0, abs(lp.value)) or (enough is not None and enough(lp.value)):
            break
        if integral and m >= control.settings.cut_projection_columns:
            tol = TOLERANCE * max(1.0, abs(lp.value))
            # how far the bound must rise for its rounded-up value to rise by one
            short = math.ceil(lp.value - tol) - lp.value + tol
            if gain * (total - done - 1) < short:
                break
    return lp


def per_unit_best(mat: np.ndarray, nu: int, score: np.ndarray, k: int) -> np.ndarray:
    """For every unit, the ``k`` rows of ``mat`` containing it with the highest ``score`` (ties: the
    lower index); sorted, without repeats."""
    flat = mat.ravel()
    at = np.repeat(np.arange(mat.shape[0], dtype=np.int64), mat.shape[1])
    inside = flat < nu
    unit, at = flat[inside], at[inside]
    order = np.lexsort((at, -score[at], unit))
    unit, at = unit[order], at[order]
    rank = np.arange(len(unit)) - np.searchsorted(unit, unit)
    return np.unique(at[rank < k])


def generated_bound(mat: np.ndarray, nu: int, weight: np.ndarray, start: np.ndarray, control: Control,
                    deadline: Optional[float], iterations: int, batch: int) -> Optional[float]:
    """Upper bound on max weight.x over packings, at least as strong as the packing LP at its end,
    by column generation, for parts whose LP over every candidate is too large to solve.

    The LP is solved over a few columns (``start``, then per iteration each unit's
    ``batch // nu`` columns of largest positive reduced profit), by HiGHS' interior point method
    (on the 3,076 US counties at 100,000 with 20,816 columns 2.1 CPU s, against 9.7 s by dual
    simplex). Its row duals ``lam`` price every
    candidate: for any ``lam >= 0``, ``sum(lam) + sum_j max(0, w_j - lam(S_j))`` bounds every
    packing (the dual of the packing LP with ``x <= 1``), so the bound holds after any iteration;
    when no candidate has a positive reduced profit it is the LP optimum. Stops after
    ``iterations`` LPs (the work budget), at the LP optimum, or at the deadline (the hard stop).
    None when no LP is solved."""
    from .component import row_sums

    cols = np.unique(np.asarray(start, dtype=np.int64))
    w = np.asarray(weight, dtype=float)
    best: Optional[float] = None
    chunk = max(1, 4_000_000 // max(1, mat.shape[1]))
    for _ in range(max(0, iterations)):
        control.check()
        if deadline is not None and time.monotonic() >= deadline:
            break
        options: Dict[str, object] = {}
        if deadline is not None:
            options["time_limit"] = max(0.01, deadline - time.monotonic())
        try:
            res = linprog(-w[cols], A_ub=incidence(mat[cols], nu), b_ub=np.ones(nu), bounds=(0, 1),
                          method="highs-ipm", options=options)
        except Exception:  # pragma: no cover - depends on the installed scipy
            break
        marginals = getattr(getattr(res, "ineqlin", None), "marginals", None)
        if res.status != 0 or marginals is None:
            break
        lam = np.append(np.maximum(0.0, -np.asarray(marginals, dtype=float)), 0.0)
        profit = w - row_sums(lam, mat, chunk)
        value = float(lam.sum() + profit[profit > 0].sum())
        best = value if best is None else min(best, value)
        priced = np.where(profit > TOLERANCE, profit, -np.inf)
        priced[cols] = -np.inf
        if not np.isfinite(priced).any() or best <= -float(res.fun) + TOLERANCE * max(1.0, best):
            break  # the LP optimum
        # the most profitable columns of every unit, so that no region's columns crowd out the rest
        more = per_unit_best(mat, nu, priced, max(1, batch // max(1, nu)))
        cols = np.union1d(cols, more[np.isfinite(priced[more])])
    return best


def run_milp(
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
    A = incidence(mat, nrows)
    constraints = [LinearConstraint(A, 1.0 if partition else -np.inf, 1.0)]
    for coef, lo, hi in extra:
        constraints.append(LinearConstraint(coef.reshape(1, -1).astype(float), lo, hi))
    if cuts is not None and cuts.shape[0]:
        constraints.append(LinearConstraint(cuts, -np.inf, 1.0))
    options: Dict[str, object] = {"disp": False, "mip_rel_gap": 0.0, "presolve": bool(presolve)}
    if time_limit is not None and math.isfinite(time_limit):
        options["time_limit"] = max(0.01, float(time_limit))
    if node_limit is not None:
        options["node_limit"] = int(node_limit)
    res = milp(
        c=np.asarray(c, dtype=float),
        constraints=constraints,
        integrality=np.ones(m),
        bounds=Bounds(0, 1),
        options=options,
    )
    x = None
    if res.x is not None and res.status in (0, 1):
        x = np.flatnonzero(np.asarray(res.x) > 0.5)
        if not is_packing(mat, nrows, x) or (partition and not covers_all(mat, nrows, x)):
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
