"""Which route each independent part takes, within its share of the time.

Three routes, tried in this order:

* **full cover** (small parts): an LP-guided exact-cover search; when every unit can be covered,
  coverage is optimal at once and the remaining criteria are set-partitioning MILPs;
* **direct** (parts of up to ``direct_milp_units`` units and ``direct_milp_candidates``
  candidates): a greedy start, then the lexicographic stages as set partitioning with left-out
  columns (:mod:`.slack`);
* **large**: the Lagrangian greedy, the full-cover search and the window search, then, when the
  part is not hopelessly large and the budget allows, the same exact stages.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Optional

import numpy as np

from ..schema import OBJECTIVE_COUNT
from .packer import Packer
from .settings import SolverSettings
from .slack import exact_slack, packing_bound
from .stages import exact_partition, packing_has_more_alliances


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


def _start(packer: Packer) -> int:
    """The greedy start of a small part; returns its primary upper bound."""
    return packer.initial(packer.settings.bound_iterations_direct)


def solve_component(packer: Packer, deadline: Optional[float], nominal: float) -> ComponentResult:
    """Solve one part; ``nominal`` is its share of the solve's work in nominal seconds (see
    :class:`.control.Control`), from which every budget derives; ``deadline`` is the hard stop."""
    comp = packer.comp
    s = packer.settings
    control = packer.control
    if comp.m == 1:
        packer.set_solution(np.array([0]))
        return ComponentResult(True, False, False, comp.value(packer.chosen)[1])
    # with a time limit, the MILPs of a part are bounded by nodes in proportion to its share;
    # without one, small parts are solved to the end
    control.milp_nodes = s.milp_nodes(nominal, comp.m) if control.limited else None
    ub: Optional[int] = None
    if packer.use_milp and 2 < comp.nu <= s.cover_search_units and is_direct(comp.nu, comp.m, s):
        # a full cover settles coverage at once and leaves partitioning stages, which
        # are quick: tried first, whatever the time limit
        ub = _start(packer)
        if packer.cover_search(deadline=deadline):
            result = _full_cover_route(packer, deadline)
            if result is not None:
                return result
            ub = None  # a packing may have more alliances: the general stages decide
    if packer.use_milp and is_direct(comp.nu, comp.m, s) and (not control.limited or nominal >= s.exact_floor(comp.m)):
        return _direct_route(packer, deadline, ub)
    return _large_route(packer, deadline, nominal)


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
    """A greedy start, then the exact lexicographic stages (:func:`.slack.exact_slack`)."""
    comp = packer.comp
    if ub is None:
        ub = _start(packer)
    primary_ok, full_ok, ub2 = exact_slack(packer, _left(deadline))
    if primary_ok:
        ub = comp.value(packer.chosen)[1]
    elif ub2 is not None:
        ub = min(ub, ub2)
    if not primary_ok:
        ub = min(ub, packing_bound(packer, deadline))
    return ComponentResult(primary_ok and full_ok, True, False, max(int(ub), comp.value(packer.chosen)[1]))


def _large_route(packer: Packer, deadline: Optional[float], nominal: float) -> ComponentResult:
    """Lagrangian greedy, full-cover search and windows; the exact stages when the part's work
    share covers them. Every budget is a count (iterations, nodes, windows)."""
    comp = packer.comp
    s = packer.settings
    control = packer.control
    ub = packer.initial(s.bound_iterations_large)
    if comp.objective != OBJECTIVE_COUNT and comp.nu > 2 and packer.cover_search(deadline=deadline):
        ub = comp.nu  # every unit covered: the coverage bound is reached; windows now polish
        # the tie-breaks (more alliances, shorter distances)
    elif s.bound_lp_fits(nominal if control.limited else None, comp.m):
        # the bound does not depend on the plan: first, so that the hard stop rarely cuts it
        ub = min(ub, packing_bound(packer, deadline))
    elif s.bound_cg_budget(nominal if control.limited else None) > 0:
        # too large for the LP over every candidate: column generation, in its share of the budget
        ub = min(ub, packing_bound(packer, deadline, s.bound_cg_budget(nominal if control.limited else None)))
    exact_work = nominal * (1.0 - s.windows_share)
    try_exact = (packer.use_milp and comp.m <= s.exact_milp_candidates and comp.nu <= s.exact_milp_units
                 and exact_work >= s.exact_floor(comp.m))
    windows = max(1, int(s.windows(nominal, comp.nu, comp.m) * (s.windows_share if try_exact else 1.0)))
    packer.local_search(deadline, ub, polish=True, max_windows=windows)
    proven = False
    if try_exact and not control.expired():
        control.check()
        control.milp_nodes = s.milp_nodes(exact_work, comp.m)
        primary_ok, full_ok, ub2 = exact_slack(packer, _left(deadline))
        if primary_ok:
            ub = comp.value(packer.chosen)[1]
        elif ub2 is not None:
            ub = min(ub, ub2)
        proven = primary_ok and full_ok
    return ComponentResult(proven, packer.use_milp, True, int(max(ub, comp.value(packer.chosen)[1])))
