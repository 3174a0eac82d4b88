"""Fast packings: greedy and sweep starts, the Lagrangian bound and prices, windows, a tiny B&B.

These never prove anything on their own; they give the exact stages a good incumbent (a
MILP asked for "strictly better" then becomes a quick proof) and the large parts their answer
and their honest gap.
"""

from __future__ import annotations

import math
from collections import deque
from typing import List, Optional, Set, Tuple

import numpy as np

from .component import Component, member_counts, row_sums
from .control import Control
from .settings import TOLERANCE


def greedy_pack(comp: Component, order: np.ndarray, blocked: Optional[np.ndarray] = None) -> np.ndarray:
    """Take candidates in ``order`` whenever they are disjoint from those taken."""
    used = np.zeros(comp.nu + 1, dtype=bool) if blocked is None else blocked.copy()
    used[comp.nu] = False
    nu = comp.nu
    chosen: List[int] = []
    used_l = used.tolist()
    # rows as Python lists, a slice of the order at a time: the whole matrix as lists
    # would take ~0.25 kB per candidate (1.9 million candidates at 10,000 units)
    for start in range(0, len(order), comp.chunk):
        part = order[start : start + comp.chunk]
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


def sweep_pack(comp: Component, rank: np.ndarray) -> np.ndarray:
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


def lagrangian(comp: Component, weight: np.ndarray, lower: float, iterations: int,
                control: Control) -> Tuple[float, np.ndarray]:
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
    for _ in range(iterations):
        red = w - row_sums(lam, mat, comp.chunk)
        pos = red > 1e-12
        value = float(lam[:nu].sum() + red[pos].sum())
        if value < best - 1e-9:
            best, best_lam, since = value, lam.copy(), 0
        else:
            since += 1
            if since >= 25:
                theta *= 0.5
                since = 0
        g = 1.0 - member_counts(mat, pos, nu + 1, comp.chunk)[:nu]
        g = np.where((lam[:nu] <= 0) & (g > 0), 0.0, g)  # projected subgradient
        norm = float((g * g).sum())
        if norm == 0 or math.floor(best + TOLERANCE) <= lower or theta < 1e-4:
            break
        step = theta * max(value - lower, TOLERANCE) / norm
        lam[:nu] = np.maximum(0.0, lam[:nu] - step * g)
        if control.expired():  # the hard stop only: iterations bound the work
            break
    return best, best_lam[:nu]


def bfs_window(comp: Component, owner: np.ndarray, center: int, size: int) -> List[int]:
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


def bnb_pack(sub_mat: np.ndarray, nfree: int, score: np.ndarray, cost: np.ndarray,
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
