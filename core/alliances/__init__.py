"""Exact "small but strong" alliance solver.

The policy links 2 to 5 neighbouring cities/counties (units) into alliances of at least ~300,000
residents anchored on a hub. This package answers "which disjoint alliances should we form?":
exactly when the instance allows it, and otherwise with the best plan found in the time given
plus an honest optimality gap.

Method, and why:

1. **Enumerate every feasible alliance** (:mod:`.candidates`): a connected induced subgraph of
   the adjacency graph with min..max members satisfying the population, hub and group rules.
   Alliances are tiny (at most ~5 members) and the graph is planar, so there are only tens to
   hundreds of candidates per unit.
2. **Pick the best disjoint set of candidates** with MILPs solved by HiGHS through
   :func:`scipy.optimize.milp` (:mod:`.lp`, :mod:`.stages`). The problem splits into independent
   parts (units that share no candidate never interact). In a part where every unit can be
   covered, a depth-first exact-cover search guided by an LP solution (:mod:`.cover`) usually
   finds a full cover at once: coverage is then optimal, and the remaining criteria (count,
   then distance) are set-partitioning MILPs over the candidates that reduced-cost fixing
   leaves, tightened by clique cuts. Otherwise one set-packing MILP per lexicographic criterion
   keeps the previous optima as constraints and asks for "strictly better than the incumbent",
   so that a good heuristic start turns a stage into a quick proof.
3. Parts too large for a MILP in interactive time get a Lagrangian-guided greedy packing
   improved by large neighbourhood search (:mod:`.packer`, :mod:`.heuristics`): windows of
   ~50-120 units re-optimised exactly. The Lagrangian bound gives the reported gap.
   :mod:`.strategy` decides the route of each part.

Every tuning value is a field of :class:`SolverSettings`. Limits worth knowing: HiGHS cannot be
interrupted inside one solve (cancel is polled between solves), and it overshoots tiny time
limits on big MILPs, which is why large parts skip the full MILP when the budget is short.

Nothing here imports QGIS or Qt: the Processing algorithm and the dock convert layers to
:class:`Unit` lists and call :func:`solve`.
"""

from ..schema import (
    OBJECTIVES,
    STATUS_EXTRA_FLOOR,
    STATUS_FLOOR,
    STATUS_GROUP,
    STATUS_HUB_DISTANCE,
    STATUS_IN_ALLIANCE,
    STATUS_ISOLATED,
    STATUS_LEFT_OUT,
    STATUS_LEFT_OUT_UNPROVEN,
    STATUS_LOCKED,
    STATUS_NO_HUB,
    STATUS_NOT_ELIGIBLE,
)
from .greedy import greedy
from .lp import HAVE_MILP
from .model import Alliance, AllianceProblem, AllianceSolution, ProblemError, SolverCanceled, Unit
from .rules import alliance_stats, validate_alliance
from .settings import DEFAULT_SETTINGS, SolverSettings
from .solve import solve

__all__ = [
    "Unit",
    "AllianceProblem",
    "Alliance",
    "AllianceSolution",
    "SolverCanceled",
    "ProblemError",
    "SolverSettings",
    "DEFAULT_SETTINGS",
    "HAVE_MILP",
    "OBJECTIVES",
    "STATUS_IN_ALLIANCE",
    "STATUS_NOT_ELIGIBLE",
    "STATUS_ISOLATED",
    "STATUS_FLOOR",
    "STATUS_NO_HUB",
    "STATUS_GROUP",
    "STATUS_HUB_DISTANCE",
    "STATUS_EXTRA_FLOOR",
    "STATUS_LEFT_OUT",
    "STATUS_LEFT_OUT_UNPROVEN",
    "STATUS_LOCKED",
    "validate_alliance",
    "alliance_stats",
    "solve",
    "greedy",
]
