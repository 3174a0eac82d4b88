"""Every unit to its nearest open facility, the warnings and the output figures."""

from __future__ import annotations

import math
from typing import Optional

import numpy as np

from ...core import schema
from ..base import tr
from ..values import id_list
from .run import _Run


class Figures:
    """The assignment and the figures of :class:`.algorithm.SiteFacilitiesAlgorithm`."""

    def _assign(self, feedback, run: _Run) -> Optional[dict]:
        """Every unit to its nearest open facility (a tie keeps the existing one), and the figures."""
        n = len(run.units)
        run.after = run.before.copy()
        run.after_new = np.full(n, -1)
        run.after_existing = np.where(np.isfinite(run.before), run.before_idx, -1)
        for problem in run.problems:
            if feedback.isCanceled():
                return None
            idx, value = run.metric.to_open(problem.demand, problem.sites)
            before = run.before[problem.demand]
            take = value < before
            run.after[problem.demand] = np.where(take, value, before)
            run.after_new[problem.demand] = np.where(take, idx, -1)
            run.after_existing[problem.demand] = np.where(take, -1, run.after_existing[problem.demand])
        self._warn_unreached(feedback, run)
        return self._figures(run)

    def _warn_unreached(self, feedback, run: _Run) -> None:
        placed = np.array([p is not None for p in run.unit_points])
        unreached = [run.units.records[i].label() for i in np.flatnonzero(placed & ~np.isfinite(run.after))]
        if unreached and run.metric.by_time:
            feedback.pushWarning(tr("{0} unit(s) cannot reach any facility over the roads, old or new (in gap, "
                                    "min_after NULL): {1}").format(len(unreached), id_list(unreached)))
        for problem in run.problems:
            group = problem.result
            label = problem.label
            if group.uncoverable:
                names = [run.units.records[problem.demand[i]].label() for i in group.uncoverable]
                feedback.pushWarning(tr("{0}: {1} unit(s) are beyond the standard of every candidate and existing "
                                        "facility, so no site can cover them: {2}").format(
                    self._which(label), len(names), id_list(names)))
            if not group.optimal:
                feedback.pushWarning(tr("{0}: stopped by the time limit; the best plan found is within {1:.2%} of the "
                                        "optimum.").format(self._which(label), group.gap))

    @staticmethod
    def _which(label) -> str:
        return tr("Alliance {0}").format(label) if label is not None else tr("The problem")

    def _km(self, run: _Run, unit: int, kind: str, index: int) -> float:
        if index < 0 or run.unit_points[unit] is None:
            return math.inf
        point = (run.candidates if kind == schema.FACILITY_NEW else run.existing).points[index]
        return run.metric.km(run.unit_points[unit], point)

    def _figures(self, run: _Run) -> dict:
        n = len(run.units)
        placed = np.array([p is not None for p in run.unit_points])
        w = run.weights
        if run.metric.by_time:
            km_before = np.array([self._km(run, i, schema.FACILITY_EXISTING, int(run.before_idx[i])) if
                                  np.isfinite(run.before[i]) else math.inf for i in range(n)])
            km_after = np.array([self._km(run, i, schema.FACILITY_NEW, int(run.after_new[i])) if run.after_new[i] >= 0
                                 else self._km(run, i, schema.FACILITY_EXISTING, int(run.after_existing[i]))
                                 for i in range(n)])
        else:
            km_before, km_after = run.before, run.after
        run.km_before, run.km_after = km_before, km_after

        def mean(values):
            ok = placed & np.isfinite(values) & (w > 0)
            return float(w[ok] @ values[ok] / w[ok].sum()) if w[ok].sum() > 0 else None

        figures = {self.SITES: sum(len(p.sites) for p in run.problems), self.ALLIANCES: len(run.problems),
                   self.MEAN_DISTANCE_KM_BEFORE: mean(km_before), self.MEAN_DISTANCE_KM_AFTER: mean(km_after),
                   self.MEAN_TIME_MIN_BEFORE: mean(run.before) if run.metric.by_time else None,
                   self.MEAN_TIME_MIN_AFTER: mean(run.after) if run.metric.by_time else None}
        pop = np.array([r.numbers.get("pop") or 0.0 for r in run.units], float)
        with_pop = "pop" in run.units.spec.numbers
        if run.standard is not None:
            beyond_before, beyond_after = placed & (run.before > run.standard), placed & (run.after > run.standard)
            figures.update({
                self.DEMAND_COVERED_BEFORE: float(w[placed & ~beyond_before].sum()),
                self.DEMAND_COVERED: float(w[placed & ~beyond_after].sum()),
                self.DEMAND_IN_GAP_BEFORE: float(w[beyond_before].sum()),
                self.DEMAND_IN_GAP_AFTER: float(w[beyond_after].sum()),
                self.POPULATION_IN_GAP_BEFORE: float(pop[beyond_before].sum()) if with_pop else None,
                self.POPULATION_IN_GAP_AFTER: float(pop[beyond_after].sum()) if with_pop else None})
        else:
            figures.update({name: None for name in (
                self.DEMAND_COVERED_BEFORE, self.DEMAND_COVERED, self.DEMAND_IN_GAP_BEFORE, self.DEMAND_IN_GAP_AFTER,
                self.POPULATION_IN_GAP_BEFORE, self.POPULATION_IN_GAP_AFTER)})
        values = [p.result.objective_value for p in run.problems]
        bounds = [p.result.bound for p in run.problems]
        combine = max if run.objective == schema.SITING_PCENTER else sum
        value, bound = float(combine(values or [0.0])), float(combine(bounds or [0.0]))
        figures[self.OBJECTIVE_VALUE] = value
        figures[self.OPTIMAL] = all(p.result.optimal for p in run.problems)
        figures[self.GAP] = 0.0 if figures[self.OPTIMAL] or value == bound else abs(value - bound) / max(abs(value),
                                                                                                        1e-12)
        return figures
