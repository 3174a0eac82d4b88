"""Which route each independent part takes, within its share of the time.

Three routes, tried in this order:

* **full cover** (small parts): an LP-guided exact-cover search; when every unit can be covered,
  coverage is optimal at once and the remaining criteria are set-partitioning MILPs;
* **direct** (parts of up to ``direct_milp_units`` units and ``direct_milp_candidates``
  candidates): a greedy start, a few windows, then one MILP per lexicographic criterion;
* **large**: the Lagrangian greedy, the full-cover search and the window search, then, when the
  part is not hopelessly large and the budget allows, the same exact stages.
"""

from __future__ import annotations

import math
import time
from dataclasses import dataclass
from typing import Optional

import numpy as np

from ..schema import OBJECTIVE_COUNT
from .packer import Packer
from .settings import SolverSettings
from .stages import exact, exact_partition, packing_has_more_alliances


@dataclass
class ComponentResult:
    """Outcome of one part: proof status, methods used, primary upper bound."""

    proven: bool
    used_milp: bool
    used_heuristic: bool
    bound: int


def is_direct(n_units: int, n_candidates: int, settings: SolverSettings) -> bool:
    """Small enough for the exact MILP without a heuristic warm-up."""
    return n_units <= settings.direct_milp_units and n_candidates <= settings.direct_milp_candidates


def _left(deadline: Optional[float]) -> Optional[float]:
    return None if deadline is None else max(0.0, deadline - time.monotonic())


def _start(packer: Packer, remaining: Optional[float]) -> int:
    """The greedy start of a small part; returns its primary upper bound."""
    s = packer.settings
    seconds = s.direct_bound_seconds if remaining is None else min(s.direct_bound_seconds,
                                                                    s.direct_bound_share * remaining)
    return packer.initial(s.bound_iterations_direct, seconds)


def solve_component(packer: Packer, deadline: Optional[float], heuristic_seconds: float) -> ComponentResult:
    """Solve one part within ``deadline`` (None = no limit); ``heuristic_seconds`` is the large
    route's budget when there is no deadline."""
    comp = packer.comp
    s = packer.settings
    if comp.m == 1:
        packer.set_solution(np.array([0]))
        return ComponentResult(True, False, False, comp.value(packer.chosen)[1])
    ub: Optional[int] = None
    if packer.use_milp and 2 < comp.nu <= s.cover_search_units and is_direct(comp.nu, comp.m, s):
        # a full cover settles coverage at once and leaves partitioning stages, which
        # are quick: tried first, whatever the time limit
        ub = _start(packer, _left(deadline))
        if packer.cover_search():
            result = _full_cover_route(packer, deadline)
            if result is not None:
                return result
            ub = None  # a packing may have more alliances: the general stages decide
    remaining = _left(deadline)
    if packer.use_milp and is_direct(comp.nu, comp.m, s) and (remaining is None or remaining >= s.exact_floor(comp.m)):
        return _direct_route(packer, deadline, ub)
    return _large_route(packer, deadline, heuristic_seconds)


def _full_cover_route(packer: Packer, deadline: Optional[float]) -> Optional[ComponentResult]:
    """Every unit is covered: prove the tie-breaks by set partitioning. None when, under the
    count objective, a packing might still have more alliances (the general stages decide)."""
    comp = packer.comp
    _, full_ok, _ = exact_partition(packer, _left(deadline))
    if comp.objective != OBJECTIVE_COUNT:
        return ComponentResult(full_ok, True, False, comp.nu)
    if full_ok and packing_has_more_alliances(packer, _left(deadline)) is False:
        return ComponentResult(True, True, False, len(packer.chosen))
    return None


def _direct_route(packer: Packer, deadline: Optional[float], ub: Optional[int]) -> ComponentResult:
    """A greedy start and a few windows, then the exact lexicographic MILP stages."""
    comp = packer.comp
    s = packer.settings
    remaining = _left(deadline)
    if ub is None:
        ub = _start(packer, remaining)
    if comp.nu > 30:
        # a good incumbent turns the first MILP stage into a quick proof
        if remaining is None:  # deterministic: bounded by windows, not seconds
            packer.local_search(math.inf, ub, polish=False, max_windows=comp.nu)
        else:
            ls_seconds = min(s.direct_lns_seconds, s.direct_windows_share * remaining)
            packer.local_search(time.monotonic() + ls_seconds, ub, polish=False)
    primary_ok, full_ok, ub2 = exact(packer, _left(deadline))
    if primary_ok:
        ub = comp.value(packer.chosen)[1]
    elif ub2 is not None:
        ub = min(ub, ub2)
    return ComponentResult(primary_ok and full_ok, True, False, max(int(ub), comp.value(packer.chosen)[1]))


def _large_route(packer: Packer, deadline: Optional[float], heuristic_seconds: float) -> ComponentResult:
    """Lagrangian greedy, full-cover search and windows; the exact stages when they can pay."""
    comp = packer.comp
    s = packer.settings
    now = time.monotonic()
    remaining = _left(deadline)
    budget = heuristic_seconds if remaining is None else remaining
    t_end = now + budget
    ub = packer.initial(s.bound_iterations_large, max(0.05, s.bound_share * budget))
    if comp.objective != OBJECTIVE_COUNT and comp.nu > 2 and \
            packer.cover_search(deadline=time.monotonic() + s.cover_share * max(0.0, t_end - time.monotonic())):
        ub = comp.nu  # every unit covered: the coverage bound is reached; windows now polish
        # the tie-breaks (more alliances, shorter distances)
    # HiGHS cannot stop inside presolve and the root LP: with less time an attempt would overshoot
    exact_floor = s.exact_floor(comp.m)
    try_exact = (packer.use_milp and comp.m <= s.exact_milp_candidates and comp.nu <= s.exact_milp_units
                 and (remaining is None or s.exact_share * budget >= exact_floor))
    ls_end = now + s.windows_share * budget if try_exact else t_end
    packer.local_search(ls_end, ub, polish=True)
    proven = False
    if try_exact:
        secs = (t_end - time.monotonic()) if remaining is not None else s.milp_seconds_without_limit
        if secs >= exact_floor:
            packer.control.check()
            primary_ok, full_ok, ub2 = exact(packer, secs)
            if primary_ok:
                ub = comp.value(packer.chosen)[1]
            elif ub2 is not None:
                ub = min(ub, ub2)
            proven = primary_ok and full_ok
    return ComponentResult(proven, packer.use_milp, True, int(max(ub, comp.value(packer.chosen)[1])))
