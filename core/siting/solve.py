"""The driver: :func:`site_facilities` checks the input, splits it into groups, solves and describes
each one and assembles the whole-array outputs."""

from __future__ import annotations

import math
import time
from typing import Hashable, List, Mapping, Optional, Sequence, Union

import numpy as np

from .coverage import _solve_lscp, _solve_mclp, _solve_pcenter
from .pmedian import _solve_pmedian
from .problem import _ENUMERATE_MAX, _enumerate, _enumeration_cells, _Group, _Plan, _sorted_csr, _to_pairs
from .results import OBJECTIVES, Distances, GroupResult, SitingError, SitingResult, SitingSummary


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
