"""Coverage models: MCLP, LSCP and p-center (a binary search over set-cover MILPs)."""

from __future__ import annotations

import math
import time

import numpy as np
from scipy import sparse

from .pmedian import _pm_heuristic
from .problem import _Group, _milp, _Plan, _share, _unreachable


def _cover_rows(rows, col, w, m, merge: bool):
    """Cover sets as rows of a 0/1 matrix over the sites, identical sets merged (weights add)."""
    order = np.lexsort((col, rows))
    rows, col = rows[order], col[order]
    cuts = np.flatnonzero(rows[1:] != rows[:-1]) + 1
    sets, weights = {}, {}
    for r, cols in zip(rows[np.r_[0, cuts]] if rows.size else [], np.split(col, cuts)):
        key = cols.tobytes() if merge else r
        sets.setdefault(key, cols)
        weights[key] = weights.get(key, 0.0) + float(w[r])
    cols = list(sets.values())
    ind = np.concatenate(cols) if cols else np.zeros(0, np.int64)
    ptr = np.r_[0, np.cumsum([c.size for c in cols])]
    mat = sparse.csr_matrix((np.ones(ind.size), ind, ptr), shape=(len(cols), m))
    return mat, np.array(list(weights.values()))


def _solve_mclp(g: _Group, s: float, deadline: float) -> _Plan:
    covered = g.d0 <= s
    within = (g.d <= s) & ~covered[g.rows] & (g.w[g.rows] > 0)
    a, wr = _cover_rows(g.rows[within], g.col[within], g.w, g.m, g.reduce)
    nr = a.shape[0]
    const = float(g.w[covered].sum())
    if nr == 0:
        sites = list(range(g.k))
        return _Plan(sites, const, const, True, "trivial")
    link = sparse.hstack([-a, sparse.identity(nr)]).tocsr()
    card = sparse.csr_matrix(np.r_[np.ones(g.m), np.zeros(nr)][None, :])
    status, x, bound = _milp(np.r_[np.zeros(g.m), -wr], [(link, -np.inf, 0.0), (card, g.k, g.k)],
                             np.r_[np.ones(g.m), np.zeros(nr)], 0.0, 1.0,
                             deadline - time.monotonic(), g.gap)
    sites = list(np.flatnonzero(x[: g.m] > 0.5)) if x is not None else list(range(g.k))
    value = g.value("mclp", sites, s)
    top = value if status == 0 or bound is None else max(value, const - bound)
    return _Plan(sites, value, top, status == 0, "milp")


def _cover_milp(a, m, k, deadline, gap):
    """min (or, with ``k``, any) set of sites meeting every row of ``a``: (status, sites, bound)."""
    rows = [(a, 1.0, np.inf)]
    if k is not None:
        rows.append((sparse.csr_matrix(np.ones((1, m))), 0.0, float(k)))
    status, x, bound = _milp(np.zeros(m) if k is not None else np.ones(m), rows, np.ones(m),
                             0.0, 1.0, deadline - time.monotonic(), gap)
    return status, (None if x is None else list(np.flatnonzero(x > 0.5))), bound


def _solve_lscp(g: _Group, s: float, deadline: float) -> _Plan:
    need = (g.w > 0) & (g.d0 > s)
    within = (g.d <= s) & need[g.rows]
    a, _ = _cover_rows(g.rows[within], g.col[within], g.w, g.m, g.reduce)
    if a.shape[0] == 0:
        return _Plan([], 0.0, 0.0, True, "trivial")
    status, sites, bound = _cover_milp(a, g.m, None, deadline, g.gap)
    if sites is None:
        sites = list(range(g.m))
    value = float(len(sites))
    low = value if status == 0 else math.ceil((bound or 0.0) - 1e-6)
    return _Plan(sites, value, low, status == 0, "milp")


# ----------------------------------------------------------------------------- p-center
def _solve_pcenter(g: _Group, deadline: float) -> _Plan:
    live = g.servable & (g.w > 0)
    useful = (g.d < g.cap[g.rows]) & live[g.rows]
    rows, col, d = g.rows[useful], g.col[useful], g.d[useful]
    nearest = np.full(g.w.size, np.inf)
    np.minimum.at(nearest, rows, d)
    low = float(np.minimum(nearest, g.cap)[live].max()) if live.any() else 0.0
    big = 2.0 * float(d.max(initial=0.0)) + 1.0
    capf = np.where(np.isfinite(g.cap), g.cap, big)
    start = _pm_heuristic(g.w, rows, col, d, capf, g.k, g.m, _share(deadline, 0.2))
    v0 = g.value("pcenter", start)
    radii = np.unique(np.r_[d, g.cap[live & np.isfinite(g.cap)], low])
    if g.reduce:
        radii = radii[(radii >= low) & (radii <= v0)]

    def feasible(r):
        need = live & (g.cap > r)
        sel = (d <= r) & need[rows]
        if (need & (np.bincount(rows[sel], minlength=g.w.size) == 0)).any():
            return False
        if not need.any():
            return []
        a, _ = _cover_rows(rows[sel], col[sel], g.w, g.m, g.reduce)
        status, sites, _ = _cover_milp(a, g.m, g.k, deadline, g.gap)
        return sites if status in (0, 1) and sites is not None else (False if status == 2 else None)

    lo, hi, plan = 0, radii.size - 1, start
    if not (g.reduce and math.isfinite(v0)):
        plan = feasible(radii[hi])
        if plan is False or plan is None:
            raise _unreachable(g, g.k)
    stopped = False
    while lo < hi:
        mid = (lo + hi) // 2
        found = feasible(radii[mid])
        if found is None:
            stopped = True
            break
        if found is False:
            lo = mid + 1
        else:
            hi, plan = mid, found
    plan = list(plan) + [j for j in list(start) + list(range(g.m)) if j not in plan]
    plan = list(dict.fromkeys(plan))[: g.k]
    value = g.value("pcenter", plan)
    return _Plan(plan, value, float(radii[lo]) if stopped else value, not stopped, "milp")
