"""The exact stages that prove or improve a part's incumbent, one MILP per lexicographic criterion.

:func:`exact_partition` and :func:`cheapest_partition` serve a part where every unit is covered
(set-partitioning models); :func:`exact` is the general set-packing route; and
:func:`packing_has_more_alliances` checks a partition against packings under the count objective.
"""

from __future__ import annotations

import math
import time
from typing import List, Optional, Sequence, Tuple

import numpy as np

from ..schema import OBJECTIVE_COUNT, OBJECTIVE_COVERAGE
from .component import minimal_candidates
from .lp import lp_relaxation, run_milp, strengthened_relaxation
from .packer import Packer
from .settings import TOLERANCE


def exact_partition(packer: Packer, seconds: Optional[float]) -> Tuple[bool, bool, Optional[int]]:
    """Prove or improve a full-cover incumbent (coverage already optimal).

    Every remaining stage is a set-partitioning model (each unit exactly
    once), which HiGHS solves far faster than the packing model with a
    coverage row.  Coverage objective: the LP gives an upper bound on the
    number of alliances; from the top down, each possible count above the
    incumbent's is tried with only the candidates whose reduced cost
    allows that count, by the least distance with exactly that count
    (:meth:`cheapest_partition`), so a feasible count comes out optimal for
    both criteria.  When no count above the incumbent's is feasible, or for
    the compactness objective, :meth:`cheapest_partition` finishes the job
    over the candidates the distance LP's reduced costs keep.  Same return
    value as :meth:`exact`.
    """
    comp = packer.comp
    nu = comp.nu
    t_end = None if seconds is None else time.monotonic() + seconds
    ones = np.ones(comp.m)
    cost = comp.cost / packer.cost_scale
    count: Optional[int] = None
    if comp.objective in (OBJECTIVE_COVERAGE, OBJECTIVE_COUNT):
        verdict, count = _most_alliances(packer, ones, cost, t_end)
        if verdict is not None:
            return verdict
    if comp.cost.max() <= 0 or len(packer.chosen) == 0:
        return True, True, nu
    packer.control.check()
    if _out_of_time(t_end):
        return True, False, nu
    incumbent = float(cost[packer.chosen].sum())
    # a first filter by the plain LP: the cut rounds then work on fewer columns, which on the
    # sample with island links gives better cuts (compactness 1.8 s against 3.1-3.4 s without)
    by_count = [] if count is None else [(ones, count)]
    lp = lp_relaxation(comp.mat, nu, cost, partition=True, fixed=by_count, time_limit=_left(t_end))
    if lp is None:
        keep = np.arange(comp.m)
    else:
        keep = np.flatnonzero(lp.value + lp.reduced <= incumbent + TOLERANCE * max(1.0, incumbent))
        keep = np.union1d(keep, packer.chosen)
    status, x = cheapest_partition(packer, comp.mat[keep], cost[keep], [(f[keep], v) for f, v in by_count],
                                        np.searchsorted(keep, packer.chosen), t_end)
    if x is not None and float(cost[keep[x]].sum()) < incumbent:
        packer.set_solution(keep[x])
    return True, status == 0, nu


def _left(t_end: Optional[float]) -> Optional[float]:
    """Seconds left before ``t_end`` (at least 0.01; None: no limit)."""
    return None if t_end is None else max(0.01, t_end - time.monotonic())


def _out_of_time(t_end: Optional[float]) -> bool:
    return t_end is not None and time.monotonic() >= t_end


def _most_alliances(packer: Packer, ones: np.ndarray, cost: np.ndarray, t_end: Optional[float]
                    ) -> Tuple[Optional[Tuple[bool, bool, Optional[int]]], int]:
    """The count stage of :func:`exact_partition` (coverage and count objectives): each count from
    the LP's bound down to above the incumbent's is tried, with only the candidates whose reduced
    cost allows it, by the least distance with exactly that count (:func:`cheapest_partition`), so
    that a count reached comes out optimal for both criteria. Returns (verdict, count): the
    verdict (:func:`exact_partition`'s return value) when this stage ends the proof, else None;
    the count of the incumbent.

    Deciding a count by a plain count objective over every candidate the reduced costs keep, as
    before, took 2-6 CPU s on the sample where the count was reached (bench_robust r032, r037,
    r052, r087, r118: 6,300-10,000 candidates); the clique cuts and pricing of the distance model
    find the same plan in 0.1-1 s (r037 6.9 -> 1.1 s, r087 6.2 -> 0.65 s)."""
    comp = packer.comp
    nu = comp.nu
    count = len(packer.chosen)
    lp = packer.count_lp or lp_relaxation(comp.mat, nu, -ones, partition=True, time_limit=_left(t_end))
    top = count if lp is None else int(math.floor(-lp.value + TOLERANCE))
    while top > count:
        packer.control.check()
        if _out_of_time(t_end):
            return (True, False, nu), count
        keep = np.flatnonzero(-lp.value - lp.reduced >= top - TOLERANCE)
        # no plan has more than top alliances, so ">= top" means "exactly top"
        status, x = cheapest_partition(packer, comp.mat[keep], cost[keep], [(ones[keep], top)], None, t_end)
        if x is not None:
            packer.set_solution(keep[x])
            return (True, status == 0, nu), count
        if status != 2:
            return (True, False, nu), count  # stopped before deciding this count
        top -= 1
    return None, count


def cheapest_partition(packer: Packer, sub: np.ndarray, c: np.ndarray, fixed: Sequence[Tuple[np.ndarray, float]],
                       incumbent: Optional[np.ndarray], deadline: Optional[float], integral: bool = False
                       ) -> Tuple[int, Optional[np.ndarray]]:
    """Least-cost set partition of the part's units by the columns of ``sub`` (member rows).

    ``fixed``: equality rows (coefficients per column, value), e.g. exactly
    that many alliances.  ``incumbent``: row positions of a known partition
    that meets them.  The LP bound is
    first tightened by clique cuts (:func:`strengthened_relaxation`);
    then MILPs run over growing sets of the columns with the smallest
    reduced costs, the cuts included.  A plan found among the columns of
    reduced cost <= t is optimal when it costs at most bound + t (any plan
    using another column costs more); otherwise one last MILP over the
    columns that can still beat it decides.  Returns (scipy status, the
    best plan as row positions or None): 0 proven optimal, 2 no such
    partition, 1 stopped by the deadline. ``integral``: every plan's cost is an integer, so an
    incumbent at the rounded-up bound is optimal, and the last MILP needs only the columns that
    can make a plan at least 1 cheaper.
    """
    nu = packer.comp.nu
    n = sub.shape[0]
    if n == 0:
        return 2, None

    def rows(keep: np.ndarray) -> List[Tuple[np.ndarray, float, float]]:
        return [(coef[keep], value - 0.5, value + 0.5) for coef, value in fixed]

    step = 1.0 if integral else 0.0  # how much cheaper a better plan must be
    ub = math.inf if incumbent is None else float(c[incumbent].sum())

    def proves(value: float) -> bool:
        """The bound ``value`` leaves no plan ``step`` cheaper than the incumbent."""
        tol = TOLERANCE * max(1.0, abs(value))
        return ub <= (math.ceil(value - tol) if integral else value) + tol

    lp = strengthened_relaxation(sub, nu, c, fixed, packer.control, deadline, enough=proves, integral=integral)
    if lp is None:
        status, x, _ = run_milp(sub, nu, c, rows(np.arange(n)), _left(deadline), partition=True,
                                presolve=packer.settings.presolve, node_limit=packer.control.milp_nodes)
        return status, x
    best = incumbent
    tol = TOLERANCE * max(1.0, abs(lp.value))
    if best is not None and proves(lp.value):
        return 0, best  # the incumbent meets the bound
    thresholds = np.sort(lp.reduced)
    size = min(n, packer.settings.pricing_start * nu)
    final = False
    while True:
        packer.control.check()
        # with a plan in hand, the next MILP is the last: every column that can beat it
        final = final or (best is not None and thresholds[size - 1] >= ub - step - lp.value - tol)
        limit = ub - step - lp.value if final else thresholds[size - 1]
        keep = np.flatnonzero(lp.reduced <= limit + tol)
        if best is not None:
            keep = np.union1d(keep, best)
        status, x, _ = run_milp(sub[keep], nu, c[keep], rows(keep), _left(deadline), partition=True,
                                 presolve=packer.settings.presolve,
                                 cuts=None if lp.cuts is None else lp.cuts[:, keep],
                                 node_limit=packer.control.milp_nodes)
        if x is not None and float(c[keep[x]].sum()) < ub:
            best, ub = keep[x], float(c[keep[x]].sum())
        if status not in (0, 2):
            return 1, best
        # the columns kept reach ``tol`` beyond ``limit``: that margin absorbs the LP's error
        if final or (best is not None and ub <= lp.value + limit + step):
            return (0, best) if best is not None else (2, None)
        if best is not None:
            final = True
        elif size >= n:
            return 2, None
        else:
            size = min(n, size * 4)


def packing_has_more_alliances(packer: Packer, seconds: Optional[float]) -> Optional[bool]:
    """Count objective after the partitioning stages: can a packing beat their count?

    Plans need not cover every unit under the count objective, so the best
    partition is optimal only if no packing has more alliances.  One MILP
    over the minimal candidates (enough for counting, see
    :func:`minimal_candidates`) asks for one more; False proves the plan,
    True (the better packing becomes the incumbent) or None (undecided in
    the time) sends the part to the general stages.
    """
    comp = packer.comp
    minimal = minimal_candidates(comp.mat, comp.nu)
    ones = np.ones(len(minimal))
    status, x, _ = run_milp(comp.mat[minimal], comp.nu, -ones, [(ones, len(packer.chosen) + 0.5, np.inf)],
                             seconds, presolve=packer.settings.presolve, node_limit=packer.control.milp_nodes)
    if status == 2:
        return False
    if x is not None:
        packer.set_solution(minimal[x])
        return True
    return None


def exact(packer: Packer, seconds: Optional[float]) -> Tuple[bool, bool, Optional[int]]:
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
    comp = packer.comp
    t_end = None if seconds is None else time.monotonic() + seconds

    fixed: List[Tuple[np.ndarray, float, float]] = []
    ub: Optional[int] = None
    for k, (weight, cols) in enumerate(comp.stages()):
        packer.control.check()
        if _out_of_time(t_end):
            return k > 0, False, ub
        cur = int(weight[packer.chosen].sum())
        sub = comp.mat if cols is None else comp.mat[cols]
        wsub = weight if cols is None else weight[cols]
        extra = [(f if cols is None else f[cols], lo, hi) for f, lo, hi in fixed]
        extra.append((wsub.astype(float), cur + 0.5, np.inf))
        status, x, bound = run_milp(sub, comp.nu, -wsub.astype(float), extra, _left(t_end),
                                    presolve=packer.settings.presolve, node_limit=packer.control.milp_nodes)
        if x is not None:
            x = x if cols is None else cols[x]
            ok = int(weight[x].sum()) > cur and all(
                float(f[x].sum()) >= lo for f, lo, _ in fixed
            )
            if ok:
                packer.set_solution(x)
        value = int(weight[packer.chosen].sum())
        if status not in (0, 2):
            if k == 0 and bound is not None and -bound >= cur + 0.5 - TOLERANCE:
                # a dual bound of the "strictly better" problem; anything
                # below the cut would mean infeasibility, i.e. no real bound
                ub = max(value, int(math.floor(-bound + TOLERANCE)))
            return k > 0, False, ub
        if k == 0:
            ub = value
        fixed.append((weight.astype(float), value - 0.5, np.inf))
    if comp.cost.max() <= 0 or len(packer.chosen) == 0:
        return True, True, ub
    packer.control.check()
    if _out_of_time(t_end):
        return True, False, ub
    cost = comp.cost / packer.cost_scale
    status, x, _ = run_milp(comp.mat, comp.nu, cost, fixed, _left(t_end), node_limit=packer.control.milp_nodes)
    if x is not None and all(float(f[x].sum()) >= lo for f, lo, _ in fixed):
        if float(comp.cost[x].sum()) < float(comp.cost[packer.chosen].sum()):
            packer.set_solution(x)
    return True, status == 0, ub
