"""Depth-first exact-cover search: disjoint candidates that put every unit in an alliance.

When it succeeds, coverage is optimal by definition and the later stages are set-partitioning
models, which HiGHS solves far faster than packings with a coverage row.
"""

from __future__ import annotations

import time
from typing import List, Optional

import numpy as np

from .component import Component, covers_all
from .control import Control, SearchAbort


def exact_cover(comp: Component, priority: np.ndarray, node_limit: int,
                 control: Control, deadline: Optional[float] = None,
                 partial: Optional[List[int]] = None, backtrack: bool = True) -> Optional[np.ndarray]:
    """Disjoint candidates covering *every* unit of the component, or None.

    A depth-first search in the spirit of Knuth's Algorithm X: branch on the
    open unit with the fewest live candidates (a unit with none left means
    backtrack at once), try its candidates in ``priority`` order (lowest
    first), and retire every candidate that overlaps a choice.  Guided by an
    LP solution or the Lagrangian prices it usually walks straight down;
    ``node_limit`` and ``deadline`` bound it when no full cover exists or the
    guide is poor.  Iterative (an explicit stack), so depth is no limit.
    ``partial``, when given, receives the choices of the deepest dead end
    (most units covered): a packing worth keeping when no full cover is found.
    ``backtrack=False`` never goes back: a unit left without live candidates
    is skipped, and the single dive ends in a packing (returned in
    ``partial``) that covers nearly everything on big parts, where
    chronological backtracking thrashes.

    It stays one function: the search state (live counts, open units, the stack, the choices) is
    shared by its few closures, and splitting it would pass that state around on every node of a
    tight loop.
    """
    nu, mat = comp.nu, comp.mat
    if comp.m == 0 or nu == 0:
        return None
    alive = np.ones(comp.m, dtype=bool)
    live = np.append(np.diff(comp.uc_ptr), 0).astype(np.int64)
    is_open = np.ones(nu, dtype=bool)
    ptr = comp.uc_ptr
    chosen: List[int] = []
    closed = nu + comp.m + 1
    nodes = 0
    # a frame: [its unit's live candidates in priority order, next position,
    #           (candidate, units, retired) applied or None]
    stack: List[list] = []
    width = nu + 1

    def retire(dying: np.ndarray, sign: int) -> None:
        """Take retired candidates out of (sign -1) or back into (sign +1) the live counts."""
        alive[dying] = sign > 0
        counts = np.bincount(mat[dying].ravel(), minlength=width)
        if sign > 0:
            live[:] += counts
        else:
            live[:] -= counts

    n_open = [nu, nu + 1]  # open units now, fewest open units seen at a dead end

    def remember() -> None:
        if partial is not None and n_open[0] < n_open[1]:
            n_open[1] = n_open[0]
            partial[:] = chosen

    def open_unit() -> Optional[bool]:
        """Push the next open unit; True = all covered, False = dead end, None = pushed."""
        nonlocal nodes
        if n_open[0] == 0:
            return True
        nodes += 1
        if nodes > node_limit:
            raise SearchAbort()
        if nodes % 16 == 0:
            control.check()
        # the clock at every node: on a million candidates one node takes 50-100 ms
        if deadline is not None and time.monotonic() > deadline:
            raise SearchAbort()
        u = int(np.argmin(np.where(is_open, live[:nu], closed)))
        while not backtrack and live[u] == 0:
            is_open[u] = False  # no candidate left: this unit stays outside
            n_open[0] -= 1
            if n_open[0] == 0:
                return True
            u = int(np.argmin(np.where(is_open, live[:nu], closed)))
        if live[u] == 0:
            remember()
            return False
        cs = comp.uc_idx[ptr[u] : ptr[u + 1]]
        cs = cs[alive[cs]]
        stack.append([cs[np.argsort(priority[cs], kind="stable")], 0, None])
        return None

    def finish() -> Optional[np.ndarray]:
        """Every unit closed: a full cover, unless units were skipped (no backtracking)."""
        found = np.array(sorted(chosen), dtype=np.int64)
        if backtrack:
            return found
        if partial is not None:
            partial[:] = chosen
        return found if covers_all(mat, nu, found) else None

    try:
        state = open_unit()
        if state is not None:
            return finish() if state else None
        while stack:
            frame = stack[-1]
            if frame[2] is not None:  # undo this frame's last choice
                _, units, dying = frame[2]
                chosen.pop()
                is_open[units] = True
                n_open[0] += len(units)
                retire(dying, +1)
                frame[2] = None
            cands, pos = frame[0], frame[1]
            while pos < len(cands) and not alive[cands[pos]]:
                pos += 1
            if pos >= len(cands):
                stack.pop()
                continue
            j = int(cands[pos])
            frame[1] = pos + 1
            row = mat[j]
            units = row[row < nu]
            dying = comp.candidates_of(units)
            dying = dying[alive[dying]]
            retire(dying, -1)
            is_open[units] = False
            n_open[0] -= len(units)
            chosen.append(j)
            frame[2] = (j, units, dying)
            state = open_unit()
            if state:
                return finish()
    except SearchAbort:
        remember()
        return None
    return None
