"""Every tuning value of the alliance solver in one frozen dataclass, each with its reason.

Callers pass a :class:`SolverSettings` to :func:`~.solve.solve` (the default is
``DEFAULT_SETTINGS``); tests build their own with :func:`dataclasses.replace` instead of patching
module globals. Measurements behind the values live in ``benchmarks/README.md``, not here.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Optional, Tuple

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
    direct_milp_units: int = 300
    direct_milp_candidates: int = 60_000
    #: parts with more candidates or units never get a full MILP (hopeless in interactive time)
    exact_milp_candidates: int = 60_000
    exact_milp_units: int = 600
    #: parts of up to this many units take the LP-guided full-cover search first
    cover_search_units: int = 150
    #: ...and at most this many candidates: over more, each LP takes seconds to minutes (24 units
    #: all neighbours, alliances of 7-8: 1.1 million candidates, 40-60 s an LP) and the dives are
    #: guided by the Lagrangian prices as in larger parts
    cover_search_lp_candidates: int = 200_000
    #: nodes per full-cover dive (larger parts: plus one per unit)
    cover_search_nodes: int = 2000

    # -- budgets (in nominal seconds: see Control.nominal; the clock is only a hard stop)
    #: nominal seconds of work for the parts too large for the exact route when the caller sets no
    #: time limit
    work_seconds_without_limit: float = 60.0
    #: search effort per nominal second, calibrated to take about a third of the same number of real
    #: seconds on the 2-core benchmark machine, so that under load the budget, not the clock, ends
    #: the search: windows of the large neighbourhood search...
    windows_per_second: float = 5.0
    #: ...in a part with at least ``lns_dense_candidates`` candidates per unit, whose small windows
    #: (``lns_configs_dense``) cost less (US counties at 100,000, 192 candidates per unit: the clock
    #: ends the search after ~560-630 windows in 60 s, as it ended it after 17 of the 80-unit windows)
    windows_per_second_dense: float = 20.0
    #: branch-and-bound nodes per nominal second of a MILP over 1,000 candidates (a node costs about
    #: in proportion to the columns: on 24,500 candidates HiGHS does 60-100 nodes a second here)
    milp_node_rate: float = 800.0
    #: HiGHS cannot stop inside presolve and the root LP: an attempt needs about this fixed time...
    milp_overhead_seconds: float = 0.5
    #: ...in full from this many columns, in proportion below: a part of a few dozen candidates is
    #: solved in milliseconds, and a whole 0.5 s kept it from the exact route under any time limit
    #: whose share for it fell short (Tennessee + Kentucky, 215 counties at 150,000, hubs within
    #: 80 km: a 7-unit part of 46 candidates got 0.44 of 30 s and was left unproven, where the
    #: whole solve without a limit takes 0.36 s)
    milp_overhead_columns: int = 5000
    #: ...plus one second per this many columns, or it would overshoot the deadline (HiGHS' root
    #: node on 24,500 candidates of a 400-unit grid: 12-30 s here; on the sample's 9,000: under 1 s)
    milp_columns_per_second: float = 1000.0
    #: Lagrangian iterations of the greedy start (direct parts, larger parts)
    bound_iterations_direct: int = 200
    bound_iterations_large: int = 800
    #: share of a large part's work spent on windows before its exact stages (when they are tried)
    windows_share: float = 0.5
    #: time kept back from the caller's limit for statuses and result records: share, floor, cap
    reserve_share: float = 0.04
    reserve_min: float = 0.02
    reserve_max: float = 2.0

    # -- windows (large neighbourhood search)
    #: (window size in units, reduced-profit filter in multiples of one unit's price), tried in turn
    lns_configs: Tuple[Tuple[int, float], ...] = ((80, 0.3), (50, 0.6), (120, 0.2), (30, math.inf))
    #: the same in a part with at least ``lns_dense_candidates`` candidates per unit, smallest
    #: first: on the US counties at 100,000 a window of 80 units has 5,000-12,000 candidates and
    #: takes 1-5 s, one of 25 units 200-700 candidates and 0.01-0.04 s, and gains more per second
    #: (80 units first: 2,747 units covered in 60 s; 25 first: 2,825-2,832). On sparser parts the
    #: large windows first do better (a 144-unit grid of the tests, 44 per unit: 95 covered against
    #: 90 in 2 s; US counties at 300,000, 82 per unit: 1,578 against 1,573 in 60 s)
    lns_configs_dense: Tuple[Tuple[int, float], ...] = ((25, 0.3), (40, 0.3), (80, 0.3), (120, 0.2),
                                                        (30, math.inf))
    lns_dense_candidates: float = 100.0
    #: window size and number of the polishing passes on a dense part (sparse parts: the first
    #: size of lns_configs, passes while one improves). On the US sample's five Plains states at
    #: 50,000 (416 units, 153 candidates per unit, 60 s) a polish window of 80 units took 1-9 s
    #: (its distance MILP): passes of 80 ran into the clock after 58 s (a plan that depends on
    #: the machine); one pass of 60: 47 s, ended by the work, 353 covered in 92 alliances as
    #: with 80; one pass of 40: 38 s, 91 alliances
    lns_polish_dense: int = 60
    lns_polish_passes_dense: int = 1
    #: a configuration gives way to the next when a pass over the uncovered units gains less than
    #: one unit (primary figure) per this many windows; after the last, the round starts again
    #: while it gained anything
    lns_stall_windows: int = 50
    #: branch-and-bound nodes of one window MILP
    window_nodes: int = 200

    # -- HiGHS
    #: presolve in every MILP (packing, windows, set-partitioning stages and their restricted
    #: MILPs): on is equal or faster on every HiGHS of the test matrix (1.2 bundled with SciPy 1.10,
    #: 1.8, 1.12); with the clique cuts and pricing of the partitioning stages it also pays there
    #: (bench_robust r082: 1.04 -> 0.57 CPU s, r090: 0.55 -> 0.32, r032: 8.4 -> 6.9)
    presolve: bool = True

    # -- set-partitioning stages
    #: rounds of clique cuts before the restricted MILPs
    cut_rounds: int = 12
    #: on a model of at least this many columns with an integral objective, stop the rounds once
    #: the last round's gain, repeated for every round left, cannot lift the rounded bound by one
    #: (the rounded bound is what proves a plan). Each round there is an LP of 0.2-0.6 s (Texas'
    #: count stage: 12 rounds, 6.5 s -> 3 rounds, 1.7 s, and its MILP 2.5 -> 1.6 s); on smaller
    #: models the rounds are cheap and their tighter reduced costs keep the restricted MILPs small
    #: (bench_robust r062, 8,621 columns: the rule left the count bound at 28.75 instead of 28.5
    #: and its last MILP over 8,614 columns took 5.2 s, 2.0 -> 6.4 s in all)
    cut_projection_columns: int = 10000
    #: rounds of clique cuts of the bound of a part left unproven (each round is an LP of the
    #: whole part: on 400 units and 24,500 candidates 0.3 s plain, 0.8 s with cuts)
    bound_cut_rounds: int = 2
    #: the bound LP of a large part without a full cover is solved only when its candidates fit in
    #: this share of the part's nominal budget at ``bound_lp_columns_per_second`` (HiGHS 1.2 needs
    #: ~51 CPU s for the 591,336 candidates of the 3,085 US counties at 100,000, and that LP gives
    #: the trivial bound there; without it the windows cover 2,747 units instead of 2,703)
    bound_lp_share: float = 0.25
    bound_lp_columns_per_second: float = 12000.0
    #: a part whose bound LP does not fit (above) gets a bound by column generation
    #: (:func:`.lp.generated_bound`): each LP adds about ``bound_cg_columns`` columns (that many
    #: divided among the units), at most ``bound_cg_iterations`` LPs and, with a time limit, as
    #: many as fit in ``bound_lp_share`` of the part's nominal budget at ``bound_cg_seconds`` each
    #: (US counties at 100,000: 591,336 candidates, LPs of 16,800-32,900 columns, about 2 CPU s
    #: each; the LP optimum, 2,888.3 units, after 5 LPs, against the trivial bound of 3,076)
    bound_cg_columns: int = 20000
    bound_cg_iterations: int = 8
    bound_cg_seconds: float = 3.0
    #: the first restricted MILP takes this many of the cheapest columns per unit
    pricing_start: int = 4
    #: the coverage stage of a part with at least this many candidates starts from the LP bound
    #: with clique cuts (:func:`.slack._coverage_stage`). On the sample's grid (bench_robust, all
    #: its parts under 14,000 candidates) the instances under 10,000 took 86.3 -> 97.0 CPU s that
    #: way and those over 10,000 16.0 -> 15.4 s; on the US states (bench_us, 60 s) Iowa (11,768
    #: candidates) went from 5.2 to 2.7 s, Texas (36,153) was proven optimal in 22 s where 60 s did
    #: not prove it, and Georgia (18,145) had its coverage proven after 13 s instead of 52 s
    coverage_bound_candidates: int = 10000
    #: that stage's restricted MILP takes this many of the cheapest candidates per unit (16 left
    #: Georgia's restricted plan at 155 of 157 and its last MILP took 31 s; 64: Texas 19 s, Georgia
    #: 15 s for the restricted MILP alone)
    coverage_columns: int = 32

    # -- diagnosis
    #: nodes of one "why is this unit in no alliance?" search
    diagnosis_node_limit: int = 200_000

    def milp_nodes(self, seconds: float, columns: int) -> int:
        """The node budget of a MILP over ``columns`` candidates worth ``seconds`` nominal seconds."""
        return max(20, int(seconds * self.milp_node_rate * 1000.0 / max(1000, columns)))

    def dense(self, units: int, candidates: int) -> bool:
        """Whether a part takes the small windows first (:attr:`lns_configs_dense`)."""
        return candidates >= self.lns_dense_candidates * max(1, units)

    def windows(self, seconds: float, units: int, candidates: int) -> float:
        """The window budget of a part worth ``seconds`` nominal seconds."""
        return seconds * (self.windows_per_second_dense if self.dense(units, candidates) else self.windows_per_second)

    def bound_lp_fits(self, seconds: Optional[float], columns: int) -> bool:
        """Whether the bound LP over ``columns`` candidates fits in a part worth ``seconds``
        nominal seconds (always without a time limit)."""
        return seconds is None or columns <= seconds * self.bound_lp_share * self.bound_lp_columns_per_second

    def bound_cg_budget(self, seconds: Optional[float]) -> int:
        """LPs of the column-generation bound of a part worth ``seconds`` nominal seconds (all of
        ``bound_cg_iterations`` without a time limit)."""
        if seconds is None:
            return self.bound_cg_iterations
        return min(self.bound_cg_iterations, int(seconds * self.bound_lp_share / self.bound_cg_seconds))

    def exact_floor(self, columns: int) -> float:
        """Seconds a full MILP over ``columns`` candidates needs before it can stop at a deadline."""
        overhead = self.milp_overhead_seconds * min(1.0, columns / max(1, self.milp_overhead_columns))
        return overhead + columns / self.milp_columns_per_second


DEFAULT_SETTINGS = SolverSettings()
