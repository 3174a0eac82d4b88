"""The lexicographic stages of a part that cannot be covered whole, as set partitioning.

A plan that leaves units out is a packing; add one "left out" column per unit (its singleton,
worth nothing) and it becomes a partition: every unit is in exactly one alliance or left out.
The number of left-out columns is then a row like any other, so the count and distance stages
are set-partitioning models and go through :func:`.stages.cheapest_partition`: clique cuts
tighten its LP, reduced-cost pricing keeps a few hundred of the thousands of columns, and an
integral objective stops as soon as the incumbent meets the rounded bound.

The coverage stage is the one exception: its LP bound is tight but the greedy incumbent is often
far from the optimum, so pricing keeps nearly every column; the plain packing MILP with HiGHS'
presolve finds the good plans itself, sooner (see benchmarks/bench_robust.py).

The stages by objective (each fixes the optima before it):

* coverage: fewest left out (packing MILP), most alliances, least distance;
* count: most alliances (over the minimal candidates, see :func:`.component.minimal_candidates`),
  fewest left out (packing MILP), least distance;
* compactness: fewest left out (packing MILP), least distance.
"""

from __future__ import annotations

import math
import time
from typing import List, Optional, Tuple

import numpy as np

from ..schema import OBJECTIVE_COUNT, OBJECTIVE_COVERAGE
from .component import minimal_candidates
from .packer import Packer


class SlackModel:
    """The part's candidates followed by one singleton "left out" column per unit."""

    def __init__(self, packer: Packer, columns: Optional[np.ndarray] = None) -> None:
        comp = packer.comp
        self.packer = packer
        self.real = np.arange(comp.m) if columns is None else np.asarray(columns, dtype=np.int64)
        nu, width = comp.nu, comp.mat.shape[1]
        single = np.full((nu, width), nu, dtype=comp.mat.dtype)
        single[:, 0] = np.arange(nu, dtype=comp.mat.dtype)
        self.mat = np.vstack([comp.mat[self.real], single])
        k = len(self.real)
        self.n_real = k
        self.is_real = np.r_[np.ones(k), np.zeros(nu)]
        self.is_slack = 1.0 - self.is_real
        self.size = np.r_[comp.size[self.real].astype(float), np.zeros(nu)]
        self.cost = np.r_[comp.cost[self.real] / packer.cost_scale, np.zeros(nu)]

    def positions(self, chosen: np.ndarray) -> Optional[np.ndarray]:
        """The incumbent (part candidate indices) as rows of this model, its left-out units
        added; None when a chosen candidate is not among the model's columns."""
        comp = self.packer.comp
        where = np.searchsorted(self.real, chosen)
        if len(chosen) and (np.any(where >= len(self.real)) or np.any(self.real[np.minimum(
                where, len(self.real) - 1)] != chosen)):
            return None
        covered = np.zeros(comp.nu + 1, dtype=bool)
        covered[comp.mat[chosen].ravel()] = True
        out = np.flatnonzero(~covered[: comp.nu])
        return np.concatenate([where, self.n_real + out]).astype(np.int64)

    def candidates(self, rows: np.ndarray) -> np.ndarray:
        """Part candidate indices of a solution's rows (left-out columns dropped)."""
        return self.real[rows[rows < self.n_real]]


def _stage(model: SlackModel, c: np.ndarray, fixed: List[Tuple[np.ndarray, float]], deadline: Optional[float]
           ) -> Tuple[int, Optional[float]]:
    """One stage: the best partition for ``c`` under ``fixed``; the incumbent is updated when the
    result is at least as good. Returns (status, the stage's optimal value or None)."""
    from .stages import cheapest_partition

    packer = model.packer
    incumbent = model.positions(packer.chosen)
    if incumbent is not None:
        for coef, value in fixed:  # the incumbent must meet the rows fixed so far
            if abs(float(coef[incumbent].sum()) - value) > 0.5:
                incumbent = None
                break
    status, rows = cheapest_partition(packer, model.mat, c, fixed, incumbent, deadline, integral=_integral(c))
    if rows is None:
        return status, None
    packer.set_solution(model.candidates(rows))
    return status, float(c[rows].sum())


def _coverage_stage(packer: Packer, count: Optional[int], deadline: Optional[float]) -> Tuple[int, Optional[float]]:
    """Fewest units left out (with exactly ``count`` alliances when given), as the packing MILP
    with HiGHS' presolve: where the incumbent leaves many units out, its own search finds the
    better plans far sooner than the partitioning model's pricing. Returns (status, left out).

    A part of at least ``coverage_bound_candidates`` candidates (settings) is bounded first: the
    packing LP tightened by clique cuts gives B, and an incumbent covering floor(B) units is
    optimal with no MILP. Short of that, a MILP over a few of the cheapest candidates per unit by
    reduced cost looks for a better incumbent; then only a candidate whose reduced cost is at most
    B - incumbent - 1 can be in a better plan, and the packing MILP runs over those alone."""
    from .lp import run_milp, strengthened_relaxation
    from .settings import TOLERANCE

    comp = packer.comp
    settings = packer.settings
    size = comp.size.astype(float)
    # "at least count" (no plan has more): as good as "exactly", and HiGHS finds it easier
    extra = [] if count is None else [(np.ones(comp.m), count - 0.5, np.inf)]

    def covered() -> int:
        return int(comp.size[packer.chosen].sum())

    def valid() -> bool:  # the incumbent meets the count
        return count is None or len(packer.chosen) == count

    def milp(columns: np.ndarray) -> int:
        seconds = None if deadline is None else max(0.01, deadline - time.monotonic())
        status, x, _ = run_milp(comp.mat[columns], comp.nu, -size[columns],
                                [(f[columns], lo, hi) for f, lo, hi in extra], seconds,
                                presolve=settings.presolve, node_limit=packer.control.milp_nodes)
        if x is not None and (count is None or len(x) >= count):
            x = columns[x]
            if int(comp.size[x].sum()) > covered() or not valid():
                packer.set_solution(x)
        return status

    def done() -> Tuple[int, Optional[float]]:
        return 0, float(comp.nu - covered())

    keep = np.arange(comp.m)
    if packer.use_milp and comp.m >= settings.coverage_bound_candidates:
        def proves(value: float) -> bool:
            return valid() and covered() >= math.floor(-value + TOLERANCE * max(1.0, -value))

        fixed = [] if count is None else [(np.ones(comp.m), float(count))]
        lp = strengthened_relaxation(comp.mat, comp.nu, -size, fixed, packer.control, deadline, partition=False,
                                     enough=proves, integral=True)
        if lp is not None:
            if proves(lp.value):
                return done()
            bound = -lp.value
            tol = TOLERANCE * max(1.0, bound)
            # the cheapest by reduced cost, ties (the LP is degenerate) by the larger LP value
            order = np.lexsort((-lp.x, np.where(lp.reduced <= tol, 0.0, lp.reduced)))
            first = order[: settings.coverage_columns * comp.nu]
            status = milp(np.union1d(first, packer.chosen) if valid() else first)
            if status not in (0, 2) and deadline is not None and time.monotonic() >= deadline:
                return status, None
            if valid():
                if proves(lp.value):
                    return done()
                keep = np.union1d(np.flatnonzero(lp.reduced <= bound - covered() - 1 + tol), packer.chosen)
    status = milp(keep)
    if status != 0:
        return status, None
    return done()


def _integral(c: np.ndarray) -> bool:
    return bool(np.all(np.abs(c - np.round(c)) < 1e-9))


def exact_slack(packer: Packer, seconds: Optional[float]) -> Tuple[bool, bool, Optional[int]]:
    """Every stage of a part as set partitioning with left-out columns (module docstring).
    Returns (primary proven, fully proven, primary upper bound or None), like :func:`.stages.exact`."""
    comp = packer.comp
    deadline = None if seconds is None else time.monotonic() + seconds
    fixed: List[Tuple[np.ndarray, float]] = []
    if comp.objective == OBJECTIVE_COUNT:
        first = SlackModel(packer, minimal_candidates(comp.mat, comp.nu))
        status, value = _stage(first, -first.is_real, [], deadline)
        if status != 0:
            return False, False, None
        count = int(round(-value))
        model = SlackModel(packer)
        fixed.append((model.is_real, count))
        status, value = _coverage_stage(packer, count, deadline)
        primary = count
        if status != 0:
            return True, False, primary
        fixed.append((model.is_slack, round(value)))
    else:
        model = SlackModel(packer)
        status, value = _coverage_stage(packer, None, deadline)
        if status != 0:
            return False, False, None
        left_out = int(round(value))
        primary = comp.nu - left_out
        fixed.append((model.is_slack, left_out))
        if comp.objective == OBJECTIVE_COVERAGE:
            status, value = _stage(model, -model.is_real, fixed, deadline)
            if status != 0:
                return True, False, primary
            fixed.append((model.is_real, round(-value)))
    if comp.cost.max() <= 0 or len(packer.chosen) == 0:
        return True, True, primary
    status, _ = _stage(model, model.cost, fixed, deadline)
    return True, status == 0, primary


def packing_bound(packer: Packer, deadline: Optional[float], generated: int = 0) -> int:
    """An upper bound on the part's primary figure (units covered, or alliances under the count
    objective) at least as strong as the set-packing LP: that LP tightened by clique cuts
    (:func:`.lp.strengthened_relaxation`), rounded down; or, with ``generated`` > 0 (a part too
    large for that LP), the bound of that many column-generation LPs (:func:`.lp.generated_bound`,
    the LP optimum when they reach it), started from every unit's best candidates by the
    Lagrangian prices of the greedy start, and the incumbent's. The trivial bound when no LP is
    solved (no MILP solver, the hard stop reached)."""
    from .lp import generated_bound, per_unit_best, strengthened_relaxation
    from .settings import TOLERANCE

    comp = packer.comp
    fallback = comp.nu // max(1, int(comp.size.min(initial=1))) if comp.objective == OBJECTIVE_COUNT else comp.nu
    if not packer.use_milp or comp.m == 0 or (deadline is not None and time.monotonic() >= deadline):
        return fallback
    if comp.objective == OBJECTIVE_COUNT:
        columns = minimal_candidates(comp.mat, comp.nu)
        weight = np.ones(len(columns))
    else:
        columns = np.arange(comp.m)
        weight = comp.size.astype(float)
    if generated > 0:
        s = packer.settings
        rated = np.zeros(len(columns)) if packer.reduced is None else packer.reduced[columns]
        start = per_unit_best(comp.mat[columns], comp.nu, rated, max(1, s.bound_cg_columns // max(1, comp.nu)))
        # the incumbent's alliances too: the first LP then covers as much as the plan
        start = np.union1d(start, np.flatnonzero(np.isin(columns, packer.chosen)))
        value = generated_bound(comp.mat[columns], comp.nu, weight, start, packer.control, deadline, generated,
                                s.bound_cg_columns)
        return fallback if value is None else min(fallback, int(np.floor(value + TOLERANCE)))
    lp = strengthened_relaxation(comp.mat[columns], comp.nu, -weight, [], packer.control, deadline, partition=False,
                                 rounds=packer.settings.bound_cut_rounds)
    return fallback if lp is None else min(fallback, int(np.floor(-lp.value + TOLERANCE)))
