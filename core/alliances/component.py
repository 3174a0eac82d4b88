"""One independent set-packing part of the problem, in local unit indices, and its helpers.

A part is a set of units and the candidates over them that share no candidate with the rest;
its matrix uses local unit indices with the sentinel ``nu`` as padding. The helpers here are
the vectorised primitives the stages share (unit -> candidates index, packings, row sums),
blocked by ``chunk`` rows so that 10,000-unit problems stay within memory.
"""

from __future__ import annotations

import math
from typing import List, Optional, Tuple

import numpy as np

from ..schema import OBJECTIVE_COUNT, OBJECTIVE_COVERAGE
from .prepared import Prepared
from .settings import TOLERANCE


class Component:
    """One independent set-packing problem in local unit indices.

    ``score`` is the exact integer lexicographic weight of the first stage and
    ``primary`` the metric reported to users (coverage or count); ``cost`` is
    the compactness tie-break (population-weighted metres to the hub).
    """

    def __init__(self, units: np.ndarray, cand: np.ndarray, mat_global: np.ndarray,
                 size: np.ndarray, cost: np.ndarray, pop: np.ndarray, objective: str,
                 prep: Prepared) -> None:
        self.units = units  # global unit indices, sorted
        self.cand = cand  # global candidate indices, sorted
        self.nu = nu = len(units)
        lookup = np.full(prep.n + 1, nu, dtype=np.int32)
        lookup[units] = np.arange(nu, dtype=np.int32)
        self.mat = lookup[mat_global]  # local members, sentinel = nu
        self.size = size
        self.cost = cost
        self.pop = pop
        self.floor = prep.floor
        self.chunk = prep.settings.chunk_rows
        self.m = len(cand)
        max_count = nu // max(1, prep.min_m) + 1
        if objective == OBJECTIVE_COUNT:
            self.K = nu + 1
            self.score = self.K * np.ones(self.m, dtype=np.int64) + size
            self.primary = np.ones(self.m, dtype=np.int64)
        elif objective == OBJECTIVE_COVERAGE:
            self.K = max_count + 1
            self.score = size * self.K + 1
            self.primary = size.copy()
        else:  # compactness: coverage first, then distance
            self.K = 1
            self.score = size.copy()
            self.primary = size.copy()
        self.objective = objective
        self.uc_ptr, self.uc_idx = unit_candidates(self.mat, nu)
        # local adjacency restricted to the component (for windows)
        self.nbr: List[List[int]] = []
        local = {int(g): i for i, g in enumerate(units)}
        for g in units:
            self.nbr.append([local[j] for j in prep.nbr_same[int(g)] if j in local])

    def stages(self) -> List[Tuple[np.ndarray, Optional[np.ndarray]]]:
        """Lexicographic criteria as (integer weight per candidate, columns or None=all)."""
        ones = np.ones(self.m, dtype=np.int64)
        if self.objective == OBJECTIVE_COUNT:
            return [(ones, minimal_candidates(self.mat, self.nu)), (self.size, None)]
        if self.objective == OBJECTIVE_COVERAGE:
            return [(self.size, None), (ones, None)]
        return [(self.size, None)]

    def primary_bound_from_score(self, score_bound: float) -> int:
        """Upper bound on the primary metric implied by an upper bound on the score."""
        sb = math.floor(score_bound + TOLERANCE)
        if self.objective not in (OBJECTIVE_COUNT, OBJECTIVE_COVERAGE):  # compactness
            return int(sb)
        return int(sb // self.K)

    def candidates_of(self, units_local: np.ndarray) -> np.ndarray:
        """Indices of candidates touching any of ``units_local``."""
        parts = [self.uc_idx[self.uc_ptr[u] : self.uc_ptr[u + 1]] for u in units_local]
        if not parts:
            return np.empty(0, dtype=np.int64)
        return np.unique(np.concatenate(parts))

    def value(self, chosen: np.ndarray) -> Tuple[int, int, float]:
        """(score, primary, cost) of a set of chosen candidate indices."""
        if len(chosen) == 0:
            return 0, 0, 0.0
        return int(self.score[chosen].sum()), int(self.primary[chosen].sum()), float(self.cost[chosen].sum())


def unit_candidates(mat: np.ndarray, nu: int) -> Tuple[np.ndarray, np.ndarray]:
    """unit -> candidates in CSR form: unit u's candidates are ``idx[ptr[u]:ptr[u + 1]]``."""
    flat = mat.ravel()
    order = np.argsort(flat, kind="stable")  # sentinel entries (= nu) sort last
    ptr = np.searchsorted(flat[order], np.arange(nu + 1))
    return ptr, (order[: ptr[-1]] // mat.shape[1]).astype(np.int32)


def minimal_candidates(mat: np.ndarray, nu: int) -> np.ndarray:
    """Indices of candidates with no candidate strictly inside them.

    If a candidate T sits inside S, a chain of connected candidates links them
    (grow T inside S one neighbour at a time: size, population, hub and group
    rules all stay satisfied), so it is enough to look for S minus one member.
    """
    rows = [tuple(int(u) for u in r if u < nu) for r in mat.tolist()]
    known = set(rows)
    keep = []
    for i, r in enumerate(rows):
        if len(r) <= 1 or not any(r[:j] + r[j + 1 :] in known for j in range(len(r))):
            keep.append(i)
    return np.array(keep, dtype=np.int64)


def is_packing(mat: np.ndarray, nu: int, chosen: np.ndarray) -> bool:
    """True when the chosen candidates are pairwise disjoint."""
    if len(chosen) == 0:
        return True
    flat = mat[chosen].ravel()
    flat = flat[flat < nu]
    return len(flat) == len(np.unique(flat))


def covers_all(mat: np.ndarray, nu: int, chosen: np.ndarray) -> bool:
    """True when the chosen candidates cover every unit 0..nu-1."""
    hit = np.zeros(nu + 1, dtype=bool)
    hit[mat[chosen].ravel()] = True
    return bool(hit[:nu].all())


def row_sums(values: np.ndarray, mat: np.ndarray, chunk: int) -> np.ndarray:
    """values[mat].sum(axis=1), block by block (values has a 0 at the sentinel index)."""
    out = np.empty(mat.shape[0], dtype=float)
    for s in range(0, mat.shape[0], chunk):
        out[s : s + chunk] = values[mat[s : s + chunk]].sum(axis=1)
    return out


def member_counts(mat: np.ndarray, rows: np.ndarray, length: int, chunk: int) -> np.ndarray:
    """How many of the selected rows (boolean mask) contain each unit, block by block."""
    out = np.zeros(length, dtype=np.int64)
    for s in range(0, mat.shape[0], chunk):
        block = mat[s : s + chunk][rows[s : s + chunk]]
        out += np.bincount(block.ravel(), minlength=length)
    return out
