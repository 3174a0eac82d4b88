"""The solver of one part: its incumbent, the greedy start, the window search, the full-cover search.

The exact stages that prove (or improve) the incumbent are in :mod:`.stages`; which of all
this a part gets is decided in :mod:`.strategy`.
"""

from __future__ import annotations

import math
import time
from typing import List, Optional, Set, Tuple

import numpy as np

from ..schema import OBJECTIVE_COUNT, OBJECTIVE_COVERAGE
from .component import Component, row_sums
from .control import Control
from .cover import exact_cover
from .heuristics import bfs_window, bnb_pack, greedy_pack, lagrangian, sweep_pack
from .lp import Relaxation, lp_relaxation, run_milp
from .settings import TOLERANCE


class Packer:
    """Solves one component: greedy start, windowed improvement, exact MILP."""

    def __init__(self, comp: Component, control: Control, use_milp: bool) -> None:
        self.comp = comp
        self.control = control
        self.settings = control.settings
        self.use_milp = use_milp
        self.owner = np.full(comp.nu + 1, -1, dtype=np.int64)
        self.chosen: np.ndarray = np.empty(0, dtype=np.int64)
        self.cost_scale = float(comp.cost.max()) if comp.m and comp.cost.max() > 0 else 1.0
        self.reduced: Optional[np.ndarray] = None  # Lagrangian reduced profits, set by initial()
        self.price_unit = 1.0  # typical multiplier of one unit, scales the window filter
        self.count_lp: Optional[Relaxation] = None  # partitioning LP of the count, set by cover_search()

    # -- state ---------------------------------------------------------------------
    def set_solution(self, chosen: np.ndarray) -> None:
        self.chosen = np.array(sorted(int(c) for c in chosen), dtype=np.int64)
        self.owner[:] = -1
        for c in self.chosen.tolist():
            row = self.comp.mat[c]
            self.owner[row[row < self.comp.nu]] = c
        self.owner[self.comp.nu] = -1

    def better(self, a: np.ndarray, b: np.ndarray) -> bool:
        """Lexicographic comparison (score, then lower cost) of two packings."""
        sa, _, ca = self.comp.value(a)
        sb, _, cb = self.comp.value(b)
        if sa != sb:
            return sa > sb
        return ca < cb - 1e-9 * max(1.0, abs(cb))

    # -- start ---------------------------------------------------------------------
    def initial(self, bound_iterations: int) -> int:
        """Best of a few cheap greedy packings; returns a primary upper bound.

        The Lagrangian multipliers price every unit (how much the packing loses
        by using it); a candidate's reduced profit then says how good a deal it
        is.  Sweeping over units and giving each free unit its best remaining
        candidate (reduced profit, then least population above the floor, which
        leaves people for the neighbours) beats a global greedy on these
        instances; both are tried, and the best is kept.
        """
        comp = self.comp
        plain = np.lexsort((np.arange(comp.m), comp.cost, -comp.score))
        best = greedy_pack(comp, plain)
        lower = float(comp.primary[best].sum())
        bound, lam = lagrangian(comp, comp.primary, lower, bound_iterations, self.control)
        lamx = np.append(lam, 0.0)
        red = np.round(comp.primary.astype(float) - row_sums(lamx, comp.mat, comp.chunk), 9)
        self.reduced = red
        self.price_unit = float(comp.primary.sum()) / max(1.0, float(comp.size.sum()))
        excess = comp.pop - comp.floor
        orders = [
            np.lexsort((np.arange(comp.m), comp.cost, excess, -red)),
            np.lexsort((np.arange(comp.m), comp.cost, -comp.score, -red)),
        ]
        for order in orders:
            self.control.check()
            if self.control.expired():  # the hard stop: the packings so far (on a million candidates
                break  # each of these takes about a second)
            rank = np.empty(comp.m, dtype=np.int64)
            rank[order] = np.arange(comp.m)
            for candidate in (greedy_pack(comp, order), sweep_pack(comp, rank)):
                if self.better(candidate, best):
                    best = candidate
        self.set_solution(best)
        return int(math.floor(bound + TOLERANCE))

    # -- windows -------------------------------------------------------------------
    def _window_problem(self, window: List[int]) -> Tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(free units, removable chosen candidates, candidates inside the free units)."""
        comp = self.comp
        nu = comp.nu
        inside = np.zeros(nu + 1, dtype=bool)
        inside[window] = True
        inside[nu] = True
        touched = np.unique(self.owner[window])
        touched = touched[touched >= 0]
        removable = touched[inside[comp.mat[touched]].all(axis=1)] if len(touched) else touched
        free = np.zeros(nu + 1, dtype=bool)
        win = np.array(window, dtype=np.int64)
        own = self.owner[win]
        free[win[own < 0]] = True
        if len(removable):
            rm = comp.mat[removable].ravel()
            free[rm[rm < nu]] = True
        free_units = np.flatnonzero(free[:nu])
        free[nu] = True
        cands = comp.candidates_of(free_units)
        if len(cands):
            cands = cands[free[comp.mat[cands]].all(axis=1)]
        return free_units, removable, cands

    def improve_window(self, window: List[int], polish: bool, seconds: Optional[float],
                       tau: float = math.inf) -> Tuple[bool, List[int]]:
        """Re-optimise the candidates inside ``window``; True when the solution improved.

        Only candidates whose Lagrangian reduced profit is at least ``-tau`` are
        offered (plus the current ones, so the old packing stays feasible): the
        rest almost never belong to good packings, and dropping them makes each
        window MILP several times faster, which buys larger windows. Each window
        MILP is bounded by ``window_nodes`` (the same plan on any machine);
        ``seconds`` is only the hard stop.
        """
        comp = self.comp
        free_units, removable, cands = self._window_problem(window)
        if math.isfinite(tau) and self.reduced is not None and len(cands):
            cands = np.union1d(cands[self.reduced[cands] >= -tau], removable)
        if len(cands) == 0:
            return False, free_units.tolist()
        old_s, _, old_c = comp.value(removable)
        lookup = np.full(comp.nu + 1, len(free_units), dtype=np.int64)
        lookup[free_units] = np.arange(len(free_units))
        sub = lookup[comp.mat[cands]]
        score = comp.score[cands]
        cost = comp.cost[cands] / self.cost_scale
        new: Optional[np.ndarray] = None
        nodes = self.settings.window_nodes
        if self.use_milp:
            status, x, _ = run_milp(
                sub, len(free_units), -score.astype(float),
                [(score.astype(float), old_s + 0.5, np.inf)], seconds, nodes, presolve=self.settings.presolve,
            )
            if x is not None:
                new = cands[x]
            elif polish and status == 2 and comp.cost.max() > 0:
                status, x, _ = run_milp(
                    sub, len(free_units), cost,
                    [(score.astype(float), old_s - 0.5, np.inf)], seconds, nodes, presolve=self.settings.presolve,
                )
                if x is not None:
                    new = cands[x]
        else:
            x, _ = bnb_pack(sub, len(free_units), score, cost, node_limit=50_000)
            new = cands[x]
        if new is None:
            return False, free_units.tolist()
        new_s, _, new_c = comp.value(new)
        if new_s > old_s or (new_s == old_s and new_c < old_c - 1e-9 * max(1.0, old_c)):
            keep = np.setdiff1d(self.chosen, removable)
            self.set_solution(np.concatenate([keep, new]))
            return True, free_units.tolist()
        return False, free_units.tolist()

    def local_search(self, deadline: Optional[float], upper_primary: Optional[int], polish: bool,
                     max_windows: int) -> int:
        """Large neighbourhood search over at most ``max_windows`` windows; returns the windows used.

        Windows (whole alliances around a centre, see :func:`bfs_window`) are
        centred on coverable units still outside any alliance: that is where
        coverage or count can grow.  Each configuration (window size, reduced
        profit filter; on parts dense in candidates the smallest windows first) is
        repeated while a pass gains at least one unit per ``lns_stall_windows``
        windows, then the next one is tried; after the last, the round starts again
        while it gained.  Polishing passes finally tile the component to shorten
        distances to the hubs as well (on a dense part one pass of smaller windows).
        The window count, not the clock, ends the search (``deadline`` is the hard
        stop), so the plan does not depend on the machine's load.
        """
        comp = self.comp
        if comp.m == 0 or max_windows <= 0:
            return 0
        st = self.settings
        dense = self.use_milp and st.dense(comp.nu, comp.m)
        passes = (st.lns_polish_passes_dense if dense else 0) or math.inf  # 0: while a pass improves
        if self.use_milp:
            configs = [(s, t * self.price_unit) for s, t in (st.lns_configs_dense if dense else st.lns_configs)]
            # the polish tiles the whole part for shorter distances and more alliances: with the
            # first sparse window size, or lns_polish_dense (the 25-unit windows of dense parts
            # left 264 alliances on bench_scale's 1,000 units where 80 gave 268)
            polish_config = (st.lns_polish_dense if dense else st.lns_configs[0][0],
                             st.lns_configs[0][1] * self.price_unit)
        else:
            configs = [(12, math.inf), (18, math.inf)]
            polish_config = configs[0]
        budget = [max_windows]

        def spent() -> int:
            return max_windows - budget[0]

        def run(window: List[int], polish_window: bool, tau: float) -> Optional[Tuple[bool, List[int]]]:
            """One window, or None when the budget or the hard stop is reached."""
            if budget[0] <= 0 or (deadline is not None and time.monotonic() >= deadline):
                return None
            self.control.check()
            budget[0] -= 1
            left = None if deadline is None else max(0.05, deadline - time.monotonic())
            return self.improve_window(window, polish=polish_window, seconds=left, tau=tau)

        stall = st.lns_stall_windows
        level = 0
        cycle_gain = 0
        while level < len(configs):
            primary = comp.value(self.chosen)[1]
            if upper_primary is not None and primary >= upper_primary:
                break  # primary objective already matches the bound
            size, tau = configs[level]
            uncovered = np.flatnonzero(self.owner[: comp.nu] < 0)
            has_cands = (comp.uc_ptr[uncovered + 1] - comp.uc_ptr[uncovered]) > 0
            centers = uncovered[has_cands].tolist()
            if not centers:
                break
            improved = False
            visited: Set[int] = set()
            used = spent()
            for center in centers:
                if center in visited or self.owner[center] >= 0:
                    continue
                done = run(bfs_window(comp, self.owner, center, size), False, tau)
                if done is None:
                    return spent()
                ok, freed = done
                improved |= ok
                visited.update(freed[: max(1, len(freed) // 3)] if not ok else [center])
            gain = comp.value(self.chosen)[1] - primary
            cycle_gain += gain
            # the next configuration when this pass gained less than one unit per ``stall``
            # windows (a count, like the budget: the same on any machine)
            if not improved or gain * stall < spent() - used:
                level += 1
                if level == len(configs) and cycle_gain > 0:
                    level, cycle_gain = 0, 0  # another round of every configuration
        if polish:
            size, tau = polish_config
            improved, done_passes = True, 0
            while improved and done_passes < passes:
                improved, done_passes = False, done_passes + 1
                seen = np.zeros(comp.nu, dtype=bool)
                for center in range(comp.nu):
                    if seen[center]:
                        continue
                    window = bfs_window(comp, self.owner, center, size)
                    done = run(window, True, tau)
                    if done is None:
                        return spent()
                    improved |= done[0]
                    seen[window[: max(1, len(window) // 2)]] = True
        return spent()

    # -- full cover ----------------------------------------------------------------
    def cover_search(self, deadline: Optional[float] = None) -> bool:
        """Look for a plan that puts every unit of the component in an alliance.

        Every unit of a component lies in some candidate, so covering all of
        them is the coverage optimum, proven without any MILP.  A few
        depth-first dives (:func:`exact_cover`) usually find such a cover in
        milliseconds.  Parts of up to ``cover_search_units`` (settings) units guide each
        dive by an LP solution of the partitioning model; larger parts, where
        the LP costs more than it saves, by the Lagrangian prices of
        :meth:`initial` and by distance.  The best cover for the objective
        replaces the incumbent.  False when no dive finds one (a full cover may
        not exist): the caller then uses the general packing stages.
        """
        comp = self.comp
        if comp.m == 0 or comp.nu == 0:
            return False
        cost = comp.cost / self.cost_scale
        priorities = []
        big = not (comp.nu <= self.settings.cover_search_units and comp.m <= self.settings.cover_search_lp_candidates
                   and self.use_milp)
        if not big:
            ones = np.ones(comp.m)
            count_c = -ones
            for c in (count_c, cost, count_c + 0.01 * cost):
                self.control.check()
                if deadline is not None and time.monotonic() >= deadline:
                    return False  # the hard stop: the general stages keep the best packing found
                # each LP within the time left (over many candidates one takes minutes)
                lp = lp_relaxation(comp.mat, comp.nu, c, partition=True,
                                   time_limit=None if deadline is None else deadline - time.monotonic())
                if lp is None:
                    return False  # the LP is infeasible (no full cover exists) or stopped at the deadline
                if c is count_c:
                    self.count_lp = lp  # exact_partition's count bound
                priorities.append(-np.round(lp.x, 6) * 4.0 + cost)  # LP value first, then distance
            node_limit = self.settings.cover_search_nodes
        else:
            rank = np.empty(comp.m, dtype=np.int64)
            if self.reduced is not None:
                rank[np.lexsort((cost, -self.reduced))] = np.arange(comp.m)
                priorities.append(rank.astype(float))
            priorities.append(cost)
            node_limit = self.settings.cover_search_nodes + comp.nu
        best: Optional[np.ndarray] = None
        for priority in priorities:
            partial: List[int] = []
            found = exact_cover(comp, priority, node_limit, self.control, deadline,
                                 partial if big else None)
            if found is not None and (best is None or self._cover_better(found, best)):
                best = found
            elif found is None:
                self._keep_if_better(partial)  # the deepest dead end is still a packing
        if best is None and big:
            # no full cover within the budget: one dive without backtracking per guide
            # still packs nearly every unit, a far better start for the windows
            for priority in priorities:
                partial = []
                best = exact_cover(comp, priority, 2 * comp.nu + 10, self.control, deadline, partial,
                                    backtrack=False)
                if best is not None:
                    break
                self._keep_if_better(partial)
        if best is None:
            return False
        self.set_solution(best)
        return True

    def _keep_if_better(self, candidates: List[int]) -> None:
        """Make a packing the incumbent when it beats the current one."""
        packing = np.array(sorted(candidates), dtype=np.int64)
        if len(packing) and self.better(packing, self.chosen):
            self.set_solution(packing)

    def _cover_better(self, a: np.ndarray, b: np.ndarray) -> bool:
        """Between two full covers: more alliances (coverage objective), then shorter distances."""
        if self.comp.objective in (OBJECTIVE_COVERAGE, OBJECTIVE_COUNT) and len(a) != len(b):
            return len(a) > len(b)
        return float(self.comp.cost[a].sum()) < float(self.comp.cost[b].sum())

