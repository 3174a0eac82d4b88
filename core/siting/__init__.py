"""Exact facility siting: p-median, maximal coverage (MCLP), set covering (LSCP), p-center.

``smallbutstrong:sitefacilities`` measures distances (ellipsoidal km or road minutes) and
hands plain arrays to :func:`site_facilities`; everything here is numpy/scipy. Each group
(an alliance) is an independent problem: its demand points, its own candidate sites
(label equal to the group's, or None = open to every group) and every existing facility,
which stays open and serves anyone. Every answer is exact (``optimal``) unless a time limit
stopped HiGHS, and then ``gap`` says how far from proven it may be.

Distances come dense (inf = unreachable) or as :class:`Pairs` within a cutoff T, a missing
pair meaning "farther than T". Costs are then truncated at T (a point that no open facility
reaches within T costs T), which is the honest reading of "unknown beyond T": it is what
the objective knows, and such points are counted in ``unreached_after``. With T = inf a
point that some candidate reaches must be reached; one reached by nothing, not even an
existing facility, is ``unservable``: reported, and left out of the objective.

Formulations and why each reduction is exact (c_i = min(T, distance to the nearest
existing facility) is what i costs without new sites):

* p-median, *radius formulation* (Elloumi 2010), chained: for demand i, the distinct
  distances D^1 < ... < D^q of its useful pairs; z_i^l >= 0 "no open site within D^l";
  z^1 + y(level 1) >= 1, z^l - z^(l-1) + y(level l) >= 0; cost D^1 + sum (D^(l+1)-D^l) z^l,
  the last step going to c_i. At an optimum z^l = max(0, 1 - y(within D^l)), the same LP
  bound as the classical x_ij model with far fewer variables. Exact reductions:
  (1) a pair with d_ij >= c_i is never used (i keeps the existing facility or the cap) and
  is dropped; (2) rank: among i's r = M - k + 1 nearest free sites one is open (only k - 1
  sites lie outside them), so farther pairs are dropped; (3) on large models, Lagrangian
  fixing. Relaxing "each point served once" gives, for any mu >= 0, the lower bound
  LB(mu) = sum w c - sum mu - top_k(rho), rho_j = sum_i (s_ij - mu_i)^+, s_ij = w_i (c_i -
  d_ij) (an infinite c_i is replaced by a finite one: a lower cost keeps a lower bound).
  A constraint added to the relaxed problem raises it by at least: y_j = 1 for j outside
  the top k, rho_(k) - rho_j; y_j = 0 for j inside, rho_j - rho_(k+1); "no open site within
  W of i" (every free site within W closed), top_k(rho) - top_k(rho without them). When the
  rise exceeds UB - LB(mu), UB the cost of the heuristic plan, every plan meeting the
  constraint costs more than UB, the heuristic plan included: the opposite constraint can
  be imposed (y_j fixed; i's last level made hard at W, its "reach") without losing any
  plan that costs UB or less, so the optimum survives. Fixed-open sites lower c_i.
  NOT used, because it is not exact: capping a point at its distance in a feasible plan (A
  (w 1) at 0, B (w 100) at 10, sites at 0 and 10, k = 1: the optimum serves A at 10).
* MCLP: max sum W_r u_r, u_r <= y(N_r), sum y = k. Only pairs within S cover; demand within
  S of an existing facility is covered whatever is chosen (constant); points with the same
  cover set N_r merge into one row r (weights added): the same constraint twice.
* LSCP: min sum y, y(N_r) >= 1 over the positive-weight demand not yet within S of an
  existing facility; a point no candidate covers cannot be helped (``uncoverable``) and
  leaves the model; duplicate rows merge.
* p-center: the optimum is one of the distances d_ij or c_i; binary search between the
  all-open lower bound and a heuristic's value, each step a set-cover feasibility MILP
  ("k sites reach every point with c_i > r within r?"), monotone in r.

Tiny problems (n * C(M, k) * k <= _ENUMERATE_MAX) are solved by enumerating every k-subset
instead (exact too, and free of the MILP's ~5 ms overhead per call); ``method="milp"``
forces the MILP. HiGHS is reached only through :func:`.problem._milp`.

Modules: :mod:`.results` (input and result types), :mod:`.problem` (input checks, one
group's problem, HiGHS, enumeration), :mod:`.pmedian`, :mod:`.coverage` (MCLP, LSCP,
p-center) and :mod:`.solve` (:func:`site_facilities`, groups and figures).
"""

from .results import OBJECTIVES, GroupResult, Pairs, SitingError, SitingResult, SitingSummary
from .solve import site_facilities

__all__ = ["OBJECTIVES", "Pairs", "SitingError", "GroupResult", "SitingSummary", "SitingResult",
           "site_facilities"]
