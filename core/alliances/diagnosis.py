"""Why a unit is in no alliance: the first rule that blocks every alliance containing it."""

from __future__ import annotations

from typing import List, Optional, Set

from ..schema import (
    STATUS_EXTRA_FLOOR,
    STATUS_FLOOR,
    STATUS_GROUP,
    STATUS_HUB_DISTANCE,
    STATUS_ISOLATED,
    STATUS_LEFT_OUT_UNPROVEN,
    STATUS_NO_HUB,
)
from .control import Control, SearchAbort
from .prepared import Prepared


#: search nodes between two checks of cancel and time in :func:`exists_alliance`
CHECK_NODES = 1024


def exists_alliance(prep: Prepared, u: int, nbrs: List[List[int]], use_hub: bool,
                    extra_rules: bool = False, control: Optional[Control] = None) -> Optional[bool]:
    """Is there a connected set containing ``u`` meeting size, floor and ceiling (and hub)?

    Enumerates connected sets containing ``u`` (ESU rooted at ``u``) with an early
    exit; a cheap optimistic bound (``u`` plus the most populous units within
    reach) settles most "floor unreachable" cases without search.  Returns None
    when the node budget ran out. ``extra_rules``: the alliance must also meet the durable floors
    and the hub distance (:meth:`Prepared.admissible`). ``control``: the search polls its cancel
    (:class:`SolverCanceled`) and stops at the end of its time limit (None: not known).
    """
    P = prep.pop
    floor, ceil = prep.floor, prep.ceiling
    min_m, max_m = prep.min_m, prep.max_m
    H = prep.hub if (use_hub and prep.need_hub) else None
    # optimistic bound: units within max_m - 1 hops
    dist = {u: 0}
    frontier = [u]
    for hop in range(1, max_m):
        nxt = []
        for a in frontier:
            for b in nbrs[a]:
                if b not in dist:
                    dist[b] = hop
                    nxt.append(b)
        frontier = nxt
        if not frontier:  # every unit within reach found
            break
    reach = sorted((P[j] for j in dist if j != u), reverse=True)
    if len(dist) < min_m:
        return False
    if P[u] + sum(reach[: max_m - 1]) < floor:
        return False
    if H is not None and not any(H[j] for j in dist):
        return False
    check = extra_rules and prep.has_extra_rules
    if min_m <= 1 and floor <= P[u] <= ceil and (H is None or H[u]) and (not check or prep.admissible([u])):
        return True
    counter = [0]

    def grow(sub: List[int], sp: float, sh: bool, ext: List[int], closed: Set[int]) -> bool:
        ext = list(ext)
        while ext:
            counter[0] += 1
            if counter[0] > prep.settings.diagnosis_node_limit:
                raise SearchAbort()
            if control is not None and counter[0] % CHECK_NODES == 0:
                control.check()
                if control.over():
                    raise SearchAbort()
            w = ext.pop()
            p = sp + P[w]
            if p > ceil:
                continue
            sh2 = sh or (H is None) or bool(H[w])
            k = len(sub) + 1
            if k >= min_m and p >= floor and sh2 and (not check or prep.admissible(sub + [w])):
                return True
            if k < max_m:
                ext2 = ext + [x for x in nbrs[w] if x not in closed]
                if ext2 and grow(sub + [w], p, sh2, ext2, closed.union(nbrs[w])):
                    return True
        return False

    if P[u] > ceil:
        return False
    if control is not None:
        control.check()
        if control.over():  # no time left for a search: not known
            return None
    try:
        return grow([u], float(P[u]), H is None or bool(H[u]), list(nbrs[u]), set(nbrs[u]) | {u})
    except SearchAbort:
        return None


def diagnose(prep: Prepared, u: int, control: Optional[Control] = None) -> str:
    """Why an available unit belongs to no feasible alliance (first blocking rule); "left out by the
    best plan found (not proven optimal)" when a search that decides it ran out of its budget or
    time (an unfinished search proves nothing: never "floor unreachable" on that account)."""
    if prep.min_m >= 2 and not prep.nbr_any[u]:
        return STATUS_ISOLATED

    def exists(nbrs: List[List[int]], use_hub: bool, extra_rules: bool = False) -> bool:
        found = exists_alliance(prep, u, nbrs, use_hub=use_hub, extra_rules=extra_rules, control=control)
        if found is None:
            raise SearchAbort()
        return found

    try:
        if prep.need_hub and exists(prep.nbr_same, use_hub=False):
            return STATUS_NO_HUB
        if prep.nbr_any[u] != prep.nbr_same[u] or any(
            prep.group[j] != prep.group[u] for j in prep.nbr_any[u]
        ):
            if exists(prep.nbr_any, use_hub=False):
                return STATUS_GROUP
        if prep.has_extra_rules and exists(prep.nbr_same, use_hub=True):
            # alliances exist by size, floor, hub and group: the durable floors or the hub distance block
            if len(prep.extra_floors) and prep.reach_keys is not None:
                saved = prep.reach_keys
                prep.reach_keys = None  # the floors alone
                try:
                    floors_block = not exists(prep.nbr_same, use_hub=True, extra_rules=True)
                finally:
                    prep.reach_keys = saved
                return STATUS_EXTRA_FLOOR if floors_block else STATUS_HUB_DISTANCE
            return STATUS_EXTRA_FLOOR if len(prep.extra_floors) else STATUS_HUB_DISTANCE
    except SearchAbort:
        return STATUS_LEFT_OUT_UNPROVEN
    return STATUS_FLOOR
