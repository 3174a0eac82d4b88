"""The planner's greedy: grow alliances from the most populous (hub) seeds.

The baseline the exact solver must beat, and the fallback where enumeration explodes.
"""

from __future__ import annotations

import time
from typing import Dict, List

import numpy as np

from ..schema import STATUS_LEFT_OUT, STATUS_LEFT_OUT_UNPROVEN
from .diagnosis import exists_alliance
from .model import AllianceProblem, AllianceSolution
from .prepared import Prepared, distances
from .results import finish, locked_alliances


def greedy_indices(prep: Prepared, allowed: np.ndarray) -> List[List[int]]:
    """Graph greedy: grow alliances from the most populous (hub) seeds.

    Each seed absorbs its most populous free neighbour (same group) until the
    floor is met; the result is kept if it satisfies every rule.  Afterwards
    left-over units join an adjacent alliance that still has room (nearest hub
    first).  This is what a planner would do by hand and serves as the baseline
    the exact solver must beat, and as the fallback when enumeration explodes.
    """
    P = prep.pop
    taken = ~allowed.copy()
    order = sorted(
        (i for i in range(prep.n) if allowed[i] and (not prep.need_hub or prep.hub[i])),
        key=lambda i: (-P[i], i),
    )
    alliances: List[List[int]] = []
    for seed in order:
        if taken[seed] or P[seed] > prep.ceiling:
            continue
        members = [seed]
        total = float(P[seed])
        inset = {seed}
        while len(members) < prep.max_m and (len(members) < prep.min_m or total < prep.floor):
            frontier = {
                j for m in members for j in prep.nbr_same[m]
                if not taken[j] and j not in inset and total + P[j] <= prep.ceiling
            }
            if not frontier:
                break
            pick = min(
                frontier,
                key=lambda j: (-P[j], float(distances(prep.xyz[j], prep.xyz[seed])), j),
            )
            members.append(pick)
            inset.add(pick)
            total += float(P[pick])
        has_hub = (not prep.need_hub) or any(prep.hub[j] for j in members)
        if prep.min_m <= len(members) <= prep.max_m and prep.floor <= total <= prep.ceiling and has_hub \
                and prep.admissible(members):
            alliances.append(sorted(members))
            taken[members] = True
    # absorption of left-overs into adjacent alliances with room
    owner = {m: k for k, al in enumerate(alliances) for m in al}
    totals = [float(P[al].sum()) for al in alliances]
    hubs = [prep.stats(al)[0] for al in alliances]
    changed = True
    while changed:
        changed = False
        for i in range(prep.n):
            if taken[i]:
                continue
            options = sorted(
                {owner[j] for j in prep.nbr_same[i] if j in owner},
                key=lambda k: (float(distances(prep.xyz[i], prep.xyz[hubs[k]])), k),
            )
            for k in options:
                if len(alliances[k]) < prep.max_m and totals[k] + P[i] <= prep.ceiling and \
                        prep.admissible(alliances[k] + [i]):
                    alliances[k] = sorted(alliances[k] + [i])
                    totals[k] += float(P[i])
                    owner[i] = k
                    taken[i] = True
                    hubs[k] = prep.stats(alliances[k])[0]
                    changed = True
                    break
    return alliances


def greedy(problem: AllianceProblem) -> AllianceSolution:
    """Simple greedy grouping (baseline and fallback); never claims optimality.

    ``gap`` is NaN because the greedy computes no bound.  Units it leaves out
    although some feasible alliance contains them get "left out by the optimum"
    (read: left out by this grouping).
    """
    t0 = time.monotonic()
    prep = Prepared(problem)
    sets = greedy_indices(prep, prep.available)
    locked = locked_alliances(prep, prep.adjacency)
    reasons: Dict[int, str] = {}
    covered = {m for s in sets for m in s}
    for i in range(prep.n):
        if prep.available[i] and i not in covered:
            found = exists_alliance(prep, i, prep.nbr_same, use_hub=True, extra_rules=True)
            if found is None:  # the search ran out of its budget: not known, never "floor unreachable"
                reasons[i] = STATUS_LEFT_OUT_UNPROVEN
            elif found:
                reasons[i] = STATUS_LEFT_OUT
    alliances, status = finish(prep, sets, locked, reasons)
    return AllianceSolution(
        alliances=alliances, status=status, optimal=False, gap=float("nan"),
        method="greedy", n_candidates=0, seconds=time.monotonic() - t0, notes=list(prep.notes),
    )
