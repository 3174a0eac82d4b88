"""Every tuning value of the alliance solver in one frozen dataclass, each with its reason.

Callers pass a :class:`SolverSettings` to :func:`~.solve.solve` (the default is
``DEFAULT_SETTINGS``); tests build their own with :func:`dataclasses.replace` instead of patching
module globals. Measurements behind the values live in ``benchmarks/README.md``, not here.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Tuple

#: numerical tolerance of LP/MILP values and of integer objectives read back from floats
TOLERANCE = 1e-6


@dataclass(frozen=True)
class SolverSettings:
    # -- enumeration
    #: candidates in all (memory stays under 1 GB at 10,000 units)
    candidate_limit: int = 2_000_000
    #: search nodes of one component's enumeration (time guard on dense graphs)
    enumeration_node_limit: int = 30_000_000
    #: int32 cells of the candidate matrix in all (candidates x max members): about 200 MB
    candidate_cells: int = 50_000_000
    #: search nodes between two checks of cancel, deadline and caps inside the enumeration
    enumeration_check_nodes: int = 20_000
    #: rows per block where a per-candidate computation would build (candidates x members) temporaries
    chunk_rows: int = 100_000

    # -- which route a part takes
    #: parts with at most this many units and candidates go straight to the exact MILP
    direct_milp_units: int = 150
    direct_milp_candidates: int = 20_000
    #: parts with more candidates or units never get a full MILP (hopeless in interactive time)
    exact_milp_candidates: int = 60_000
    exact_milp_units: int = 600
    #: parts of up to this many units take the LP-guided full-cover search first
    cover_search_units: int = 150
    #: nodes per full-cover dive (larger parts: plus one per unit)
    cover_search_nodes: int = 2000

    # -- budgets
    #: seconds of window search before the exact MILP of a direct part (with a time limit)
    direct_lns_seconds: float = 3.0
    #: heuristic seconds of the whole problem when the caller sets no time limit
    heuristic_seconds: float = 35.0
    #: cap of one full-part MILP without a time limit on a part too big for the direct route
    milp_seconds_without_limit: float = 60.0
    #: HiGHS cannot stop inside presolve and the root LP: an attempt needs about this fixed time...
    milp_overhead_seconds: float = 0.5
    #: ...plus one second per this many columns, or it would overshoot the deadline
    milp_columns_per_second: float = 4000.0
    #: Lagrangian iterations of the greedy start (direct parts, larger parts)
    bound_iterations_direct: int = 200
    bound_iterations_large: int = 800
    #: shares of a large part's budget: Lagrangian start, full-cover search, windows before the MILP
    bound_share: float = 0.15
    cover_share: float = 0.25
    windows_share: float = 0.6
    #: the exact MILP of a large part is tried only when this share of the budget covers its overhead
    exact_share: float = 0.4
    #: share of the remaining time of a direct part spent on windows
    direct_windows_share: float = 0.25
    #: seconds of the Lagrangian start of a direct part: at most this, or this share of the time left
    direct_bound_seconds: float = 1.0
    direct_bound_share: float = 0.1
    #: time kept back from the caller's limit for statuses and result records: share, floor, cap
    reserve_share: float = 0.04
    reserve_min: float = 0.02
    reserve_max: float = 2.0

    # -- windows (large neighbourhood search)
    #: (window size in units, reduced-profit filter in multiples of one unit's price), tried in turn
    lns_configs: Tuple[Tuple[int, float], ...] = ((80, 0.3), (50, 0.6), (120, 0.2), (30, math.inf))
    #: seconds one window MILP may take before its incumbent is used (with a time limit)
    window_seconds: float = 1.0
    #: branch-and-bound nodes of one window MILP without a time limit (reproducible runs)
    window_nodes: int = 400

    # -- set-partitioning stages
    #: rounds of clique cuts before the restricted MILPs
    cut_rounds: int = 12
    #: the first restricted MILP takes this many of the cheapest columns per unit
    pricing_start: int = 4

    # -- diagnosis
    #: nodes of one "why is this unit in no alliance?" search
    diagnosis_node_limit: int = 200_000

    def exact_floor(self, columns: int) -> float:
        """Seconds a full MILP over ``columns`` candidates needs before it can stop at a deadline."""
        return self.milp_overhead_seconds + columns / self.milp_columns_per_second


DEFAULT_SETTINGS = SolverSettings()
