"""p-median: heuristic, Lagrangian fixing and the radius MILP (see the package doc)."""

from __future__ import annotations

import time
from typing import List

import numpy as np
from scipy import sparse

from .problem import _Group, _milp, _Plan, _share, _unreachable

_LAGRANGE_ABOVE = 30_000   # radius-model levels above which Lagrangian fixing runs
_MILP_MAX_LEVELS = 1_500_000  # beyond this the radius MILP would not fit in memory and time


def _pm_heuristic(w, rows, col, d, capf, k, m, deadline, start=None) -> List[int]:
    """Greedy adding, then best-improvement swaps (Whitaker's fast interchange).

    Works on sparse pairs with a finite cap per point; the delta of swapping site ``out``
    for ``j`` is loss(out) - gain(j) - sum over the points of ``out`` of
    w (d2 - max(d_ij, d1))^+, with d1, d2 the distances to the two nearest open sites.
    """
    cur, sites, r, c, dd = capf.copy(), [], rows, col, d
    for _ in range(k if start is None else 0):
        keep = dd < cur[r]
        r, c, dd = r[keep], c[keep], dd[keep]
        gain = np.bincount(c, weights=w[r] * (cur[r] - dd), minlength=m)
        gain[sites] = -1.0
        sites.append(int(np.argmax(gain)))
        hit = c == sites[-1]
        cur[r[hit]] = dd[hit]
    n, sites = w.size, sites if start is None else [int(j) for j in start]
    while time.monotonic() < deadline:
        pos = np.full(m, -1)
        pos[sites] = np.arange(k)
        idx = np.flatnonzero(pos[col] >= 0)
        ri = rows[idx]
        first = np.r_[True, ri[1:] != ri[:-1]] if idx.size else np.zeros(0, bool)
        second = np.r_[False, first[:-1]] & ~first if idx.size else first
        d1, d2, f1 = capf.copy(), capf.copy(), np.full(n, -1)
        d1[ri[first]], f1[ri[first]] = d[idx[first]], pos[col[idx[first]]]
        d2[ri[second]] = d[idx[second]]
        keep = d < d2[rows]
        r, c, dd = rows[keep], col[keep], d[keep]
        gain = np.bincount(c, weights=w[r] * np.maximum(d1[r] - dd, 0.0), minlength=m)
        srv = f1 >= 0
        loss = np.bincount(f1[srv], weights=w[srv] * (d2[srv] - d1[srv]), minlength=k)
        own = f1[r] >= 0
        ro = r[own]
        corr = np.bincount(f1[ro] * m + c[own], minlength=k * m, weights=w[ro] * np.maximum(
            d2[ro] - np.maximum(dd[own], d1[ro]), 0.0)).reshape(k, m)
        delta = (loss[:, None] - gain[None, :] - corr).astype(float)
        delta[:, sites] = np.inf
        out, j = np.unravel_index(int(np.argmin(delta)), delta.shape)
        if not delta[out, j] < -1e-9 * max(1.0, float(w @ d1)):
            break
        sites[out] = int(j)
    return sites


def _pm_lagrange(w, rows, col, d, cap, mu, k, m, ub, deadline):
    """Lagrangian dual by deflected subgradient steps from ``mu``: (bound, rho, mu) at the best.

    LB(mu) = sum w c - sum mu - top_k(rho), rho_j = sum_i (s_ij - mu_i)^+ with savings
    s_ij = w_i (c_i - d_ij), is a lower bound for every mu >= 0. Only pairs closer than
    the point's radius c_i - mu_i / w_i add to rho, so a window of pairs (widened when a
    radius outgrows it) gives the exact value at a fraction of the cost of all pairs.
    """
    base, wsafe = float(w @ cap), np.where(w > 0, w, 1.0)
    target, window = base - ub, np.zeros_like(cap)
    best, best_rho, best_mu, theta, stall, direction, r = np.inf, None, mu, 1.0, 0, None, None
    for _ in range(5000):
        radius = cap - mu / wsafe
        if r is None or (radius > window).any():
            window = np.minimum(cap, np.maximum(window, 1.3 * radius))
            keep = d < window[rows]
            r, c = rows[keep], col[keep]
            s = w[r] * (cap[r] - d[keep])
        t = s - mu[r]
        p = t > 0
        rho = np.bincount(c[p], weights=t[p], minlength=m)
        top = np.argpartition(-rho, k - 1)[:k]
        val = float(mu.sum() + rho[top].sum())
        if val < best - 1e-12 * abs(base):
            best, best_rho, best_mu, stall = val, rho, mu, 0
        else:
            stall += 1
            if stall >= 40:
                theta, stall = theta / 2, 0
        if best - target <= 1e-9 * abs(base) or theta < 1e-4 or time.monotonic() > deadline:
            break
        intop = np.zeros(m, bool)
        intop[top] = True
        g = 1.0 - np.bincount(r[p & intop[c]], minlength=w.size)
        direction = g if direction is None else g + 0.7 * direction
        norm = float(direction @ direction)
        if norm == 0:
            break
        mu = np.maximum(0.0, mu - theta * (val - target) / norm * direction)
    return base - best, best_rho, best_mu


def _pm_fixings(rows, col, d, rho, k, m, n, slack):
    """Sites fixed closed/open and each point's proven reach (see the module docstring).

    ``slack`` = UB - LB. Reach: the smallest W such that closing every free site within W
    of the point lowers top_k(rho) by more than the slack, found by walking the point's
    pairs nearest first while keeping the top k of the sites not yet excluded.
    """
    order = np.argsort(-rho, kind="stable")
    intop = np.zeros(m, bool)
    intop[order[:k]] = True
    kth, nxt = rho[order[k - 1]], (rho[order[k]] if k < m else -np.inf)
    closed = ~intop & (kth - rho > slack)
    opened = intop & (rho - nxt > slack)
    free_order = order[~closed[order]]
    ranked = rho[free_order]
    rank = np.full(m, -1)
    rank[free_order] = np.arange(free_order.size)
    topk = float(ranked[:k].sum())
    reach = np.full(n, np.inf)
    cuts = np.r_[0, np.flatnonzero(rows[1:] != rows[:-1]) + 1, rows.size]
    ranks, dl = rank[col].tolist(), d.tolist()
    for lo, hi in zip(cuts[:-1].tolist(), cuts[1:].tolist()):
        excluded, q, total = set(), k, topk
        for t in range(lo, min(hi, lo + 400)):
            rk = ranks[t]
            if rk < 0:
                continue
            excluded.add(rk)
            if rk < q:
                total -= ranked[rk]
                while q < ranked.size and q in excluded:
                    q += 1
                total = total + ranked[q] if q < ranked.size else -np.inf
                q += 1
            if total < topk - slack and (t + 1 == hi or dl[t + 1] != dl[t]):
                reach[rows[lo]] = dl[t]
                break
    return closed, opened, reach


def _rank_keep(rows, n, limit):
    """Mask of the pairs among each point's ``limit`` nearest (pairs sorted by row, distance)."""
    ptr = np.zeros(n + 1, np.int64)
    np.cumsum(np.bincount(rows, minlength=n), out=ptr[1:])
    rank = np.arange(rows.size) - ptr[rows]
    return rank < limit, np.diff(ptr) >= limit


def _pm_radius(g: _Group, rows, col, d, cap, free, reach, k, deadline):
    """Chained radius model over the ``free`` sites; returns (sites, status, bound).

    A point's last level is hard (z = 0: some open site within it) when its proven
    ``reach`` ends there, or when rank says so; otherwise it steps up to the cap c_i.
    """
    n, fidx = g.w.size, np.cumsum(free) - 1
    nf = int(free.sum())
    keep, guaranteed = _rank_keep(rows, n, nf - k + 1 if g.reduce else rows.size + 1)
    keep &= d <= reach[rows]
    rows, col, d = rows[keep], col[keep], d[keep]
    guaranteed |= reach < cap          # reach >= cap: the cap (an open facility) is within it
    w = g.w
    start = np.r_[True, (rows[1:] != rows[:-1]) | (d[1:] != d[:-1])] if rows.size else rows > 0
    lev = np.cumsum(start) - 1
    lrow, ld = rows[start], d[start]
    nl = lrow.size
    first = np.r_[True, lrow[1:] != lrow[:-1]] if nl else start
    last = np.r_[lrow[1:] != lrow[:-1], True] if nl else start
    nxt = np.where(last, cap[lrow], np.r_[ld[1:], 0.0])
    soft = ~last | (np.isfinite(cap[lrow]) & ~guaranteed[lrow])
    with np.errstate(invalid="ignore"):
        cost = np.where(soft, w[lrow] * (nxt - ld), 0.0)
    has = np.zeros(n, bool)
    has[lrow] = True
    live = g.servable & (w > 0)
    if (live & ~has & ~np.isfinite(cap)).any():
        raise _unreachable(g, g.k)
    const = float(w[lrow[first]] @ ld[first]) + float(w[live & ~has] @ cap[live & ~has])
    chain = np.flatnonzero(~first)
    a = sparse.csr_matrix((np.r_[np.ones(rows.size + nl), -np.ones(chain.size)],
                           (np.r_[lev, np.arange(nl), chain],
                            np.r_[fidx[col], nf + np.arange(nl), nf + chain - 1])),
                          shape=(nl, nf + nl))
    card = sparse.csr_matrix(np.r_[np.ones(nf), np.zeros(nl)][None, :])
    status, x, bound = _milp(np.r_[np.zeros(nf), cost],
                             [(a, first.astype(float), np.inf), (card, k, k)],
                             np.r_[np.ones(nf), np.zeros(nl)], 0.0, np.r_[np.ones(nf), soft * 1.0],
                             deadline - time.monotonic(), g.gap)
    if status == 2:
        raise _unreachable(g, g.k)
    chosen = None if x is None else list(np.flatnonzero(free)[np.flatnonzero(x[:nf] > 0.5)])
    return chosen, status, (None if bound is None else bound + const)


def _solve_pmedian(g: _Group, deadline: float) -> _Plan:
    """Heuristic plan; on large models Lagrangian rounds until the reduced model is small
    enough (or time is short); then the radius MILP."""
    useful = (g.d < g.cap[g.rows]) & (g.w[g.rows] > 0)
    rows, col, d = g.rows[useful], g.col[useful], g.d[useful]
    capf = np.where(np.isfinite(g.cap), g.cap, 2.0 * float(d.max(initial=0.0)) + 1.0)
    sites = _pm_heuristic(g.w, rows, col, d, capf, g.k, g.m, _share(deadline, 0.2))
    ub = g.value("pmedian", sites)
    lb, closed, opened = -np.inf, np.zeros(g.m, bool), np.zeros(g.m, bool)
    reach = np.full(g.w.size, np.inf)
    size = np.minimum(np.bincount(rows, minlength=g.w.size), g.m - g.k + 1).sum()
    mu = g.w * g.servable * (capf - np.minimum(capf, g.nearest(sites)[1]))
    for _ in range(4 if g.reduce and np.isfinite(ub) and size > _LAGRANGE_ABOVE else 0):
        lb, rho, mu = _pm_lagrange(g.w * g.servable, rows, col, d, capf, mu, g.k, g.m, ub,
                                   _share(deadline, 0.6))
        again = _pm_heuristic(g.w, rows, col, d, capf, g.k, g.m, _share(deadline, 0.1),
                              start=np.argsort(-rho, kind="stable")[: g.k])
        if g.value("pmedian", again) < ub:
            sites, ub = again, g.value("pmedian", again)
        closed, opened, reach = _pm_fixings(rows, col, d, rho, g.k, g.m, g.w.size,
                                            ub - lb + 1e-7 * max(1.0, abs(ub)))
        fixed, free = list(np.flatnonzero(opened)), ~(closed | opened)
        cap = np.minimum(g.cap, g.nearest(fixed)[1]) if fixed else g.cap
        keep = (d < cap[rows]) & free[col] & (d <= reach[rows])
        size = np.minimum(np.bincount(rows[keep], minlength=g.w.size),
                          free.sum() - g.k + len(fixed) + 1).sum()
        if size <= _MILP_MAX_LEVELS or deadline - time.monotonic() < 5.0:
            break
    fixed, free = list(np.flatnonzero(opened)), ~(closed | opened)
    kk = g.k - len(fixed)
    if kk == 0 or free.sum() == kk:
        plan = fixed + list(np.flatnonzero(free)) * (kk > 0)
        value = g.value("pmedian", plan)
        return _Plan(plan, value, value, True, "milp")
    if size > _MILP_MAX_LEVELS:
        return _Plan(sites, ub, lb, False, "heuristic",
                     [f"the exact model keeps {size:,} distance levels after the reductions "
                      f"(limit {_MILP_MAX_LEVELS:,}): best plan found, Lagrangian bound"])
    cap = np.minimum(g.cap, g.nearest(fixed)[1]) if fixed else g.cap
    keep = (d < cap[rows]) & free[col]
    chosen, status, bound = _pm_radius(g, rows[keep], col[keep], d[keep], cap, free, reach, kk,
                                       deadline)
    value = g.value("pmedian", fixed + chosen) if chosen is not None else np.inf
    best, value = (fixed + chosen, value) if value <= ub else (sites, ub)
    if status == 0:
        return _Plan(best, value, value, True, "milp")
    bound = max(lb, bound if bound is not None else -np.inf)
    return _Plan(best, value, min(bound, value), False, "milp")
