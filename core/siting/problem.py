"""One group's problem (:class:`_Group`), the input checks, the door to HiGHS and enumeration."""

from __future__ import annotations

import itertools
import math
import time
from dataclasses import dataclass, field
from typing import List, Optional, Tuple

import numpy as np

from .results import Pairs, SitingError

_ENUMERATE_MAX = 20_000_000  # cells n * C(M, k) * k up to which auto enumerates


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
