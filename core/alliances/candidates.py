"""Every feasible alliance ("candidate") of a problem, as a padded matrix of member indices.

Enumeration is ESU-style (each connected set once, rooted at its smallest index); the matrix
rows are canonical (members ascending, rows in lexicographic order) so that the same problem
always gives the same candidate numbering. Also here: the per-candidate figures and the split
of the units into parts that share no candidate (independent packing problems).
"""

from __future__ import annotations

from array import array
from typing import Callable, Dict, List, Set, Tuple

import numpy as np

from .control import Control
from .prepared import Prepared, distances

try:
    from scipy.sparse import coo_matrix
    from scipy.sparse.csgraph import connected_components as cs_components
except ImportError:  # pragma: no cover - every QGIS distribution ships SciPy
    cs_components = None


class EnumerationCapped(Exception):
    """Internal: a component's enumeration exceeded a cap or the deadline."""


def enumerate_candidates(
    prep: Prepared,
    roots: List[int],
    control: Control,
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
    Raises :class:`EnumerationCapped` when a cap or the deadline is hit.

    It stays one function: the recursion ``grow`` reads the populations, hubs, bounds, output
    arrays and counters as closure variables, which keeps the innermost loop (where most sets
    live) free of argument passing and attribute lookups.
    """
    P = prep.pop.tolist()
    H = (prep.hub.tolist() if prep.need_hub else [True] * prep.n)
    nb = prep.nbr_same
    floor, ceil = prep.floor, prep.ceiling
    min_m, max_m = prep.min_m, prep.max_m
    out: Dict[int, array] = {k: array("i") for k in range(1, max_m + 1)}
    counter = [0, 0, 0]  # visited nodes, emitted candidates, nodes at the next guard
    node_limit = control.settings.enumeration_node_limit
    # a candidate costs max_m int32 cells in the matrix: the cap is in cells, so that wide alliances
    # (MAX_MEMBERS 12, 50) stop at the same memory as the default 5
    budget = min(candidate_budget, control.settings.candidate_cells // max(1, max_m))
    step = control.settings.enumeration_check_nodes

    def guard() -> None:
        """Cancel, deadline and caps, checked inside one root's recursion too (a single root of a
        dense graph with many members can take minutes and gigabytes on its own)."""
        counter[2] = counter[0] + step
        control.check()
        if control.expired():
            raise EnumerationCapped("time limit reached while enumerating")
        if counter[0] > node_limit or counter[1] > budget:
            raise EnumerationCapped(f"more than {budget:,} candidate alliances (or {node_limit:,} search steps)")

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
            if counter[0] >= counter[2]:
                guard()
            return
        emit = size + 1 >= min_m
        outk = out[size + 1]
        ext = list(ext)
        counter[0] += len(ext)
        if counter[0] >= counter[2]:
            guard()
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
        guard()
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
        if counter[0] > node_limit or counter[1] > budget:
            guard()
        tick(1)
    return out


def to_matrix(out: Dict[int, array], sentinel: int, width: int) -> np.ndarray:
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


def candidate_figures(prep: Prepared, mat: np.ndarray) -> Tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """(size, hub index, population-weighted distance, population) per candidate, in chunks."""
    n = prep.n
    m = mat.shape[0]
    size = (mat < n).sum(axis=1).astype(np.int64)
    hubs = np.empty(m, dtype=np.int64)
    cost = np.empty(m, dtype=float)
    total = np.empty(m, dtype=float)
    popx = np.append(prep.pop, 0.0)
    rankx = np.append(prep.pref_rank, np.iinfo(np.int64).max)
    xyzx = np.vstack([prep.xyz, np.zeros((1, 3))])
    chunk = prep.settings.chunk_rows
    for s in range(0, m, chunk):
        blk = mat[s : s + chunk]
        pos = np.argmin(rankx[blk], axis=1)
        hub = blk[np.arange(blk.shape[0]), pos]
        d = distances(xyzx[blk], prep.xyz[hub][:, None, :])
        hubs[s : s + chunk] = hub
        cost[s : s + chunk] = (popx[blk] * d).sum(axis=1)
        total[s : s + chunk] = popx[blk].sum(axis=1)
    return size, hubs, cost, total


def candidate_components(nu_total: int, mat: np.ndarray, chunk: int) -> Tuple[int, np.ndarray]:
    """Label units by connected component of the "shares a candidate" relation."""
    m, width = mat.shape
    if cs_components is not None and m:
        # each candidate links its first member to the others; distinct pairs only
        keys = [np.empty(0, dtype=np.int64)]
        for s in range(0, m, chunk):
            block = mat[s : s + chunk].astype(np.int64)
            heads = np.repeat(block[:, :1], width - 1, axis=1).ravel()
            tails = block[:, 1:].ravel()
            keep = tails < nu_total
            keys.append(np.unique(heads[keep] * (nu_total + 1) + tails[keep]))
        pairs = np.unique(np.concatenate(keys))
        del keys
        g = coo_matrix(
            (np.ones(len(pairs), dtype=np.int8), ((pairs // (nu_total + 1)).astype(np.int32),
                                                 (pairs % (nu_total + 1)).astype(np.int32))),
            shape=(nu_total + 1, nu_total + 1),
        )
        count, labels = cs_components(g, directed=False)
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
