"""Exact facility siting: p-median, maximal coverage (MCLP), set covering (LSCP), p-center.

``smallbutstrong:sitefacilities`` measures distances (ellipsoidal km or road minutes) and
hands plain arrays to :func:`site_facilities`; everything here is numpy/scipy. Each group
(an alliance) is an independent problem: its demand points, its own candidate sites
(label equal to the group's, or None = open to every group) and every existing facility,
which stays open and serves anyone. Every answer is exact (``optimal``) unless a time limit
stopped HiGHS, and then ``gap`` says how far from proven it may be.

Distances come dense (inf = unreachable) or as :class:`Pairs` within a cutoff T, a missing
pair meaning "farther than T". Costs are then truncated at T (a point that no open facility
reaches within T costs T), which is the honest reading of "unknown beyond T": it is what
the objective knows, and such points are counted in ``unreached_after``. With T = inf a
point that some candidate reaches must be reached; one reached by nothing, not even an
existing facility, is ``unservable``: reported, and left out of the objective.

Formulations and why each reduction is exact (c_i = min(T, distance to the nearest
existing facility) is what i costs without new sites):

* p-median, *radius formulation* (Elloumi 2010), chained: for demand i, the distinct
  distances D^1 < ... < D^q of its useful pairs; z_i^l >= 0 "no open site within D^l";
  z^1 + y(level 1) >= 1, z^l - z^(l-1) + y(level l) >= 0; cost D^1 + sum (D^(l+1)-D^l) z^l,
  the last step going to c_i. At an optimum z^l = max(0, 1 - y(within D^l)), the same LP
  bound as the classical x_ij model with far fewer variables. Exact reductions:
  (1) a pair with d_ij >= c_i is never used (i keeps the existing facility or the cap) and
  is dropped; (2) rank: among i's r = M - k + 1 nearest free sites one is open (only k - 1
  sites lie outside them), so farther pairs are dropped; (3) on large models, Lagrangian
  fixing. Relaxing "each point served once" gives, for any mu >= 0, the lower bound
  LB(mu) = sum w c - sum mu - top_k(rho), rho_j = sum_i (s_ij - mu_i)^+, s_ij = w_i (c_i -
  d_ij) (an infinite c_i is replaced by a finite one: a lower cost keeps a lower bound).
  A constraint added to the relaxed problem raises it by at least: y_j = 1 for j outside
  the top k, rho_(k) - rho_j; y_j = 0 for j inside, rho_j - rho_(k+1); "no open site within
  W of i" (every free site within W closed), top_k(rho) - top_k(rho without them). When the
  rise exceeds UB - LB(mu), UB the cost of the heuristic plan, every plan meeting the
  constraint costs more than UB, the heuristic plan included: the opposite constraint can
  be imposed (y_j fixed; i's last level made hard at W, its "reach") without losing any
  plan that costs UB or less, so the optimum survives. Fixed-open sites lower c_i.
  NOT used, because it is not exact: capping a point at its distance in a feasible plan (A
  (w 1) at 0, B (w 100) at 10, sites at 0 and 10, k = 1: the optimum serves A at 10).
* MCLP: max sum W_r u_r, u_r <= y(N_r), sum y = k. Only pairs within S cover; demand within
  S of an existing facility is covered whatever is chosen (constant); points with the same
  cover set N_r merge into one row r (weights added): the same constraint twice.
* LSCP: min sum y, y(N_r) >= 1 over the positive-weight demand not yet within S of an
  existing facility; a point no candidate covers cannot be helped (``uncoverable``) and
  leaves the model; duplicate rows merge.
* p-center: the optimum is one of the distances d_ij or c_i; binary search between the
  all-open lower bound and a heuristic's value, each step a set-cover feasibility MILP
  ("k sites reach every point with c_i > r within r?"), monotone in r.

Tiny problems (n * C(M, k) * k <= _ENUMERATE_MAX) are solved by enumerating every k-subset
instead (exact too, and free of the MILP's ~5 ms overhead per call); ``method="milp"``
forces the MILP. HiGHS is reached only through :func:`_milp`.
"""

from __future__ import annotations

import itertools
import math
import time
from dataclasses import dataclass, field
from typing import Hashable, List, Mapping, Optional, Sequence, Tuple, Union

import numpy as np
from scipy import sparse

__all__ = ["OBJECTIVES", "Pairs", "SitingError", "GroupResult", "SitingSummary", "SitingResult",
           "site_facilities"]

OBJECTIVES = ("pmedian", "mclp", "lscp", "pcenter")
_ENUMERATE_MAX = 20_000_000  # cells n * C(M, k) * k up to which auto enumerates
_LAGRANGE_ABOVE = 30_000   # radius-model levels above which Lagrangian fixing runs
_MILP_MAX_LEVELS = 1_500_000  # beyond this the radius MILP would not fit in memory and time


class SitingError(ValueError):
    """Bad input, naming the parameter, group or point and how to fix it."""


@dataclass(frozen=True)
class Pairs:
    """Sparse distances: ``distance[t]`` between ``demand[t]`` and site ``site[t]``.

    Large problems pass only pairs within ``cutoff``; a missing pair means "farther than
    the cutoff", never "zero" or "ignore". ``shape`` = (demand points, sites).
    """

    demand: Sequence[int]
    site: Sequence[int]
    distance: Sequence[float]
    shape: Tuple[int, int]
    cutoff: float = math.inf


Distances = Union[np.ndarray, Sequence[Sequence[float]], Pairs]


@dataclass
class GroupResult:
    """One group's plan. Indices are global; ``new_site``/``existing_site`` are -1 when unused."""

    group: Hashable
    objective: str
    k: int
    sites: List[int]              # chosen candidates, most demand served first
    served: List[float]           # demand weight assigned to each of ``sites``
    demand: np.ndarray            # the group's demand points
    new_site: np.ndarray          # per demand point of the group: assigned new site or -1
    existing_site: np.ndarray     # ... or assigned existing facility or -1
    distance_before: np.ndarray   # nearest existing (inf: none within reach)
    distance_after: np.ndarray
    objective_value: float
    bound: float                  # proven bound on the objective (= value when optimal)
    optimal: bool
    gap: float
    seconds: float
    method: str                   # "enumeration", "milp", "trivial"
    covered_before: Optional[float] = None
    covered_after: Optional[float] = None
    mean_before: float = math.nan
    mean_after: float = math.nan
    max_before: float = math.nan
    max_after: float = math.nan
    unreached_before: float = 0.0  # demand weight with no facility within reach
    unreached_after: float = 0.0
    unservable: List[int] = field(default_factory=list)
    uncoverable: List[int] = field(default_factory=list)
    notes: List[str] = field(default_factory=list)


@dataclass
class SitingSummary:
    """All groups together (objective: sum, or max for p-center; gap from the bounds)."""

    groups: int
    sites: int
    objective_value: float
    bound: float
    optimal: bool
    gap: float
    seconds: float
    covered_before: Optional[float]
    covered_after: Optional[float]
    mean_before: float
    mean_after: float
    max_before: float
    max_after: float
    unreached_before: float
    unreached_after: float


@dataclass
class SitingResult:
    groups: List[GroupResult]
    summary: SitingSummary
    new_site: np.ndarray          # per demand point (all of them): -1 when none
    existing_site: np.ndarray
    distance_before: np.ndarray
    distance_after: np.ndarray
    group_index: np.ndarray       # index into ``groups``, -1 for ungrouped points


def _milp(c, constraints, integrality, lower, upper, time_limit, mip_rel_gap):
    """The one door to HiGHS (scipy.optimize.milp, SciPy >= 1.9 options only).

    ``constraints``: (sparse matrix, lo, hi) triples. Returns (status, x, dual bound) with
    scipy's status: 0 optimal, 1 limit reached, 2 infeasible. Kept tiny so that a shared
    wrapper can replace it.
    """
    from scipy.optimize import Bounds, LinearConstraint, milp

    options = {"disp": False, "presolve": True, "mip_rel_gap": float(mip_rel_gap)}
    if time_limit is not None and math.isfinite(time_limit):
        options["time_limit"] = max(0.05, float(time_limit))
    res = milp(np.asarray(c, float), integrality=integrality, bounds=Bounds(lower, upper),
               constraints=[LinearConstraint(a, lo, hi) for a, lo, hi in constraints],
               options=options)
    x = res.x if res.x is not None and res.status in (0, 1) else None
    bound = getattr(res, "mip_dual_bound", None)
    bound = float(bound) if bound is not None and np.isfinite(bound) else None
    return int(res.status), x, bound


# ----------------------------------------------------------------------------- input
def _to_pairs(dist, n: int, name: str):
    """(rows, cols, d, cutoff, n_sites) from a dense array or :class:`Pairs`, validated."""
    if isinstance(dist, Pairs):
        rows, cols = np.asarray(dist.demand, np.int64), np.asarray(dist.site, np.int64)
        d = np.asarray(dist.distance, float)
        nd, m = (int(v) for v in dist.shape)
        cutoff = float(dist.cutoff)
        if not (rows.shape == cols.shape == d.shape and rows.ndim == 1):
            raise SitingError(f"{name}: demand, site and distance must be 1-D of one length")
        if nd != n:
            raise SitingError(f"{name}: shape says {nd} demand points, weights have {n}")
        bad = np.flatnonzero((rows < 0) | (rows >= n) | (cols < 0) | (cols >= m))
        if bad.size:
            raise SitingError(f"{name}: pair {bad[0]} ({rows[bad[0]]}, {cols[bad[0]]}) is "
                              f"outside shape {dist.shape}")
        if math.isnan(cutoff) or cutoff <= 0:
            raise SitingError(f"{name}: cutoff must be > 0 (inf when every pair is given)")
        key = np.sort(rows * m + cols)
        dup = np.flatnonzero(key[1:] == key[:-1])
        if dup.size:
            i, j = divmod(int(key[dup[0]]), m)
            raise SitingError(f"{name}: the pair (demand {i}, site {j}) is given twice; "
                              "pass it once")
    else:
        a = np.asarray(dist, float)
        if a.ndim != 2 or a.shape[0] != n:
            raise SitingError(f"{name}: expected an array of {n} rows (one per demand point), "
                              f"got shape {a.shape}")
        m, cutoff = a.shape[1], math.inf
        order = np.argsort(a, axis=1, kind="stable")   # nan last, but still caught below
        sorted_d = np.take_along_axis(a, order, axis=1)
        rows, pos = np.nonzero(~np.isposinf(sorted_d))
        cols, d = order[rows, pos], sorted_d[rows, pos]
    nan = np.flatnonzero(np.isnan(d) | (d < 0))
    if nan.size:
        t = nan[0]
        raise SitingError(f"{name}: distance between demand point {rows[t]} and site {cols[t]} "
                          f"is {d[t]}; give a distance >= 0, or inf (or leave the pair out) "
                          "when it is unreachable")
    return rows, cols, d, cutoff, m


def _sorted_csr(rows, cols, d, n):
    """Pairs ordered by (demand point, distance), with row pointers."""
    ordered = rows.size < 2 or bool(np.all((rows[1:] > rows[:-1]) | (
        (rows[1:] == rows[:-1]) & (d[1:] >= d[:-1]))))
    order = np.arange(rows.size) if ordered else np.lexsort((d, rows))
    ptr = np.zeros(n + 1, np.int64)
    np.cumsum(np.bincount(rows, minlength=n), out=ptr[1:])
    return ptr, cols[order], d[order]


@dataclass
class _Group:
    """One group's problem in local indices: pairs of each row sorted by distance."""

    w: np.ndarray
    rows: np.ndarray
    col: np.ndarray
    d: np.ndarray
    d0: np.ndarray        # nearest existing, truncated: inf beyond the cutoff
    cap: np.ndarray       # min(T, d0): the cost of a point no new site serves
    servable: np.ndarray
    m: int
    k: int
    gap: float
    reduce: bool

    def nearest(self, sites) -> Tuple[np.ndarray, np.ndarray]:
        """Nearest open new site of every point (local index or -1) and its distance."""
        is_open = np.zeros(self.m, bool)
        is_open[list(sites)] = True
        idx = np.flatnonzero(is_open[self.col])
        first = idx[np.r_[True, self.rows[idx][1:] != self.rows[idx][:-1]]] if idx.size else idx
        j, dist = np.full(self.w.size, -1), np.full(self.w.size, np.inf)
        j[self.rows[first]], dist[self.rows[first]] = self.col[first], self.d[first]
        return j, dist

    def value(self, objective, sites, s=None) -> float:
        """The objective of a plan, computed from scratch."""
        if objective == "lscp":
            return float(len(sites))
        near = self.nearest(sites)[1]
        if objective == "mclp":
            return float(self.w[np.minimum(near, self.d0) <= s].sum())
        dist = np.minimum(near, self.cap)
        live = self.servable & (self.w > 0)
        if objective == "pcenter":
            return float(dist[live].max()) if live.any() else 0.0
        return float(np.dot(self.w[live], dist[live]))


@dataclass
class _Plan:
    sites: List[int]
    value: float
    bound: float
    optimal: bool
    method: str
    notes: List[str] = field(default_factory=list)


def _share(deadline: float, fraction: float) -> float:
    """A deadline ``fraction`` of the way from now to ``deadline`` (inf stays inf)."""
    now = time.monotonic()
    return now + fraction * (deadline - now) if math.isfinite(deadline) else math.inf


def _unreachable(g: _Group, k: int):
    return SitingError(f"{k} new site(s) cannot bring every demand point of the group within "
                       "reach (their only facilities are candidates, and no k of them reach "
                       "all): raise k, or pass the distances as Pairs with a cutoff")


# ----------------------------------------------------------------------------- enumeration
def _enumerate(g: _Group, objective: str, s: Optional[float]) -> _Plan:
    """Every k-subset (every size for LSCP) scored in chunks; the first best one wins."""
    live = g.servable & (g.w > 0)
    dense = np.full((g.w.size, g.m), np.inf)
    dense[g.rows, g.col] = g.d
    dense, w = dense[live], g.w[live]
    base = (g.d0 if objective in ("mclp", "lscp") else g.cap)[live]
    need = (base > s) & (dense <= s).any(axis=1) if objective == "lscp" else None
    best, best_combo = np.inf, None
    for size in (range(g.m + 1) if objective == "lscp" else [g.k]):
        combos = itertools.combinations(range(g.m), size)
        step = max(1, 2_000_000 // max(1, w.size * size))
        while True:
            chunk = list(itertools.islice(combos, step))
            if not chunk:
                break
            chunk = np.array(chunk, np.int64).reshape(len(chunk), size)
            near = dense[:, chunk].min(axis=2) if size else np.full((w.size, 1), np.inf)
            dist = np.minimum(near, base[:, None])
            if objective == "lscp":
                ok = np.flatnonzero((dist[need] <= s).all(axis=0))
                if ok.size:
                    return _Plan(list(chunk[ok[0]]), float(size), float(size), True, "enumeration")
                continue
            if objective == "mclp":
                scores = -(w @ (dist <= s))
            elif objective == "pcenter":
                scores = dist.max(axis=0) if w.size else np.zeros(len(chunk))
            else:
                scores = w @ dist
            j = int(np.argmin(scores))
            if scores[j] < best:
                best, best_combo = float(scores[j]), list(chunk[j])
    if best_combo is None:
        raise _unreachable(g, g.k)
    value = -best if objective == "mclp" else best
    return _Plan(best_combo, value, value, True, "enumeration")


def _enumeration_cells(g: _Group, objective: str) -> float:
    """Work of enumerating (inf when the dense matrix alone would be too big)."""
    if g.w.size * g.m > 20_000_000:
        return math.inf
    # whole numbers: 2 ** m or C(m, k) of a thousand sites overflows a float (OverflowError)
    if objective == "lscp":
        cells = g.w.size * 2 ** min(g.m, 64) * g.m
    else:
        cells = g.w.size * math.comb(g.m, g.k) * g.k
    return float(cells) if cells <= _ENUMERATE_MAX else math.inf


# ----------------------------------------------------------------------------- p-median
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


# ----------------------------------------------------------------------------- coverage
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


# ----------------------------------------------------------------------------- driver
def _stats(w, dist, s):
    """(covered within s or None, weighted mean, max, unreached weight) of finite distances."""
    fin = np.isfinite(dist)
    pos = w > 0
    total = float(w[fin].sum())
    mean = float(w[fin] @ dist[fin]) / total if total > 0 else math.nan
    big = float(dist[fin & pos].max()) if (fin & pos).any() else math.nan
    covered = None if s is None else float(w[dist <= s].sum())
    return covered, mean, big, float(w[~fin].sum())


def _labels(values, n: int, name: str) -> List[Hashable]:
    if values is None:
        return [None] * n
    values = list(values)
    if len(values) != n:
        raise SitingError(f"{name}: {len(values)} labels for {n} points; give one label each")
    return values


def _check_inputs(objective, w, s, k, method, time_limit):
    if objective not in OBJECTIVES:
        raise SitingError(f"objective: {objective!r} is not one of {', '.join(OBJECTIVES)}")
    if method not in ("auto", "milp", "enumerate"):
        raise SitingError(f"method: {method!r}; use 'auto', 'milp' or 'enumerate'")
    bad = np.flatnonzero(~np.isfinite(w) | (w < 0))
    if bad.size:
        raise SitingError(f"weights: demand point {bad[0]} has weight {w[bad[0]]}; weights "
                          "must be finite and >= 0 (use 0 for no demand)")
    if objective in ("mclp", "lscp") and s is None:
        raise SitingError(f"standard_distance: {objective} needs the standard distance S")
    if s is not None and not (s >= 0 and math.isfinite(s)):
        raise SitingError(f"standard_distance: {s} must be a finite distance >= 0")
    for label, value in (k.items() if isinstance(k, Mapping) else [(None, k)]):
        if not isinstance(value, (int, np.integer)) or value < 1:
            where = "" if label is None else f" of group {label!r}"
            raise SitingError(f"k{where}: {value!r}; give a whole number of new sites >= 1")
    if time_limit is not None and not time_limit > 0:
        raise SitingError(f"time_limit: {time_limit}; give seconds > 0, or None for no limit")


def site_facilities(weights: Sequence[float], candidates: Distances, objective: str = "pmedian",
                    k: Union[int, Mapping[Hashable, int]] = 1, *,
                    existing: Optional[Distances] = None,
                    demand_groups: Optional[Sequence[Hashable]] = None,
                    site_groups: Optional[Sequence[Hashable]] = None,
                    standard_distance: Optional[float] = None,
                    time_limit: Optional[float] = 60.0, mip_rel_gap: float = 0.0,
                    method: str = "auto", reduce: bool = True) -> SitingResult:
    """Site ``k`` new facilities per group (LSCP: the fewest) exactly; see the module doc.

    ``candidates``/``existing``: demand x site distances, dense (inf = unreachable) or
    :class:`Pairs`. ``k``: one number, or {group: k}. ``standard_distance`` S: the coverage
    radius of MCLP/LSCP; for p-median/p-center it only adds coverage figures. Groups follow
    ``demand_groups`` (None = ungrouped: left out, reported with existing facilities only);
    without ``demand_groups`` everything is one group. ``time_limit``: seconds per group.
    ``reduce=False`` switches the reductions off (to check that they change nothing).
    """
    w = np.asarray(weights, float).ravel()
    n, s = w.size, (None if standard_distance is None else float(standard_distance))
    _check_inputs(objective, w, s, k, method, time_limit)
    rows, cols, dist, cutoff, m = _to_pairs(candidates, n, "candidates")
    d0, e0 = np.full(n, np.inf), np.full(n, -1)
    if existing is not None:
        er, ec, ed, ecut, _ = _to_pairs(existing, n, "existing")
        cutoff = min(cutoff, ecut)
        order = np.lexsort((ed, er))
        first = order[np.unique(er[order], return_index=True)[1]]
        d0[er[first]], e0[er[first]] = ed[first], ec[first]
    e0[d0 > cutoff], d0[d0 > cutoff] = -1, np.inf
    if s is not None and s > cutoff:
        raise SitingError(f"standard_distance: {s} is beyond the distances' cutoff {cutoff}, so "
                          "pairs in between are unknown; compute pairs up to S at least")
    ptr, ccol, cdist = _sorted_csr(rows, cols, dist, n)
    dlabels = _labels(demand_groups, n, "demand_groups")
    slabels = _labels(site_groups, m, "site_groups")
    groups = list(dict.fromkeys(x for x in dlabels if x is not None or demand_groups is None))
    unknown = set(slabels) - set(groups) - {None}
    if unknown:
        raise SitingError(f"site_groups: group(s) {sorted(map(str, unknown))} have candidates but "
                          "no demand point; check the labels or drop those candidates")
    index = {x: i for i, x in enumerate(groups)}
    label_of = np.array([index.get(x, -1) for x in dlabels], np.int64)
    results = []
    for gi, label in enumerate(groups):
        eligible = np.array([x is None or x == label for x in slabels], bool)
        results.append(_solve_group(label, np.flatnonzero(label_of == gi), eligible, w, ptr,
                                    ccol, cdist, d0, e0, cutoff, objective, k, s, time_limit,
                                    mip_rel_gap, method, reduce))
    return _assemble(results, w, d0, e0, label_of, objective, s)


def _solve_group(label, demand, eligible, w, ptr, ccol, cdist, d0, e0, cutoff, objective, k, s,
                 time_limit, gap, method, reduce) -> GroupResult:
    """Build one group's local problem, solve it and describe the plan."""
    t0 = time.monotonic()
    sites = np.flatnonzero(eligible)
    kk = int(k.get(label, 1) if isinstance(k, Mapping) else k)
    name = "" if label is None else f"group {label!r}: "
    if not sites.size:
        raise SitingError(f"{name}no candidate site; give it candidates (site_groups) or "
                          "leave its demand points ungrouped (None)")
    if objective != "lscp" and kk > sites.size:
        raise SitingError(f"{name}k = {kk} but only {sites.size} candidate site(s); lower k or "
                          "add candidates")
    counts = ptr[demand + 1] - ptr[demand]
    idx = np.repeat(ptr[demand] - np.r_[0, np.cumsum(counts)[:-1]], counts)
    idx += np.arange(counts.sum())
    local = np.full(eligible.size, -1)
    local[sites] = np.arange(sites.size)
    keep = local[ccol[idx]] >= 0
    idx = idx[keep]
    lrows = np.repeat(np.arange(demand.size), counts)[keep]
    with np.errstate(invalid="ignore"):
        in_reach = cdist[idx] <= cutoff
    lrows, idx = lrows[in_reach], idx[in_reach]
    gd0 = d0[demand]
    servable = np.isfinite(gd0) | (np.bincount(lrows, minlength=demand.size) > 0)
    g = _Group(w[demand], lrows, local[ccol[idx]], cdist[idx], gd0, np.minimum(gd0, cutoff),
               servable, sites.size, kk, gap, reduce)
    deadline = t0 + time_limit if time_limit else math.inf
    small = _enumeration_cells(g, objective) <= _ENUMERATE_MAX
    if method == "enumerate" or (method == "auto" and small):
        plan = _enumerate(g, objective, s)
    else:
        solve = {"pmedian": lambda: _solve_pmedian(g, deadline),
                 "mclp": lambda: _solve_mclp(g, s, deadline),
                 "lscp": lambda: _solve_lscp(g, s, deadline),
                 "pcenter": lambda: _solve_pcenter(g, deadline)}[objective]
        plan = solve()
    return _describe(g, plan, label, objective, demand, sites, e0[demand], s,
                     time.monotonic() - t0)


def _describe(g: _Group, plan: _Plan, label, objective, demand, sites, e0, s, seconds):
    """Per-point assignment (nearest open facility; a tie keeps the existing one) and figures."""
    jn, dn = g.nearest(plan.sites)
    to_existing = np.isfinite(g.d0) & (g.d0 <= dn)
    after = np.where(to_existing, g.d0, dn)
    new_site = np.where(~to_existing & np.isfinite(dn), sites[np.maximum(jn, 0)], -1)
    served = np.bincount(jn[new_site >= 0], weights=g.w[new_site >= 0], minlength=g.m)
    order = sorted(plan.sites, key=lambda j: (-served[j], j))
    cb, mb, xb, ub_ = _stats(g.w, g.d0, s)
    ca, ma, xa, ua = _stats(g.w, after, s)
    gap = 0.0 if plan.optimal else abs(plan.value - plan.bound) / max(abs(plan.value), 1e-12)
    live = g.w > 0
    notes = list(plan.notes)
    if not plan.optimal:
        notes.append(f"stopped by the time limit: best plan found, gap {gap:.2%}")
    uncoverable = []
    if s is not None and objective in ("mclp", "lscp"):
        reach = np.zeros(g.w.size, bool)
        reach[g.rows[g.d <= s]] = True
        uncoverable = list(demand[live & (g.d0 > s) & ~reach])
        if uncoverable:
            notes.append(f"{len(uncoverable)} demand point(s) are beyond S of every candidate "
                         "and existing facility")
    unservable = list(demand[live & ~g.servable])
    if unservable:
        notes.append(f"{len(unservable)} demand point(s) have no facility within reach at all "
                     "(left out of the objective)")
    return GroupResult(label, objective, g.k, [int(sites[j]) for j in order],
                       [float(served[j]) for j in order], demand,
                       new_site, np.where(to_existing, e0, -1), g.d0.copy(), after,
                       plan.value, plan.bound, plan.optimal, gap, seconds, plan.method,
                       cb, ca, mb, ma, xb, xa, ub_, ua, unservable, uncoverable, notes)


def _assemble(results, w, d0, e0, label_of, objective, s) -> SitingResult:
    """Whole-array outputs and the summary across groups."""
    n = w.size
    new_site, existing_site, after = np.full(n, -1), np.where(np.isfinite(d0), e0, -1), d0.copy()
    for r in results:
        new_site[r.demand], existing_site[r.demand], after[r.demand] = (
            r.new_site, r.existing_site, r.distance_after)
    total = max if objective == "pcenter" else sum
    value = float(total([r.objective_value for r in results] or [0.0]))
    bound = float(total([r.bound for r in results] or [0.0]))
    grouped = label_of >= 0
    cb, mb, xb, ub_ = _stats(w[grouped], d0[grouped], s)
    ca, ma, xa, ua = _stats(w[grouped], after[grouped], s)
    summary = SitingSummary(len(results), sum(len(r.sites) for r in results), value, bound,
                            all(r.optimal for r in results),
                            abs(value - bound) / max(abs(value), 1e-12) if value != bound else 0.0,
                            sum(r.seconds for r in results), cb, ca, mb, ma, xb, xa, ub_, ua)
    return SitingResult(results, summary, new_site, existing_site, d0.copy(), after, label_of)
