"""One problem per alliance, each solved exactly (with a growing cutoff on large ones)."""

from __future__ import annotations

import math

import numpy as np
from qgis.core import QgsProcessingException

from ...core import schema
from ...core.siting import Pairs, SitingError, site_facilities
from ..base import tr
from ..values import id_list
from .run import _Problem, _Run


#: pairs of one problem up to which every pair is measured (above: pairs within a cutoff)
DENSE_PAIRS = 250_000
#: nearest candidates per demand point that the first cutoff of a large p-median/p-center reaches
FIRST_REACH = 30


class Solving:
    """The solving steps of :class:`.algorithm.SiteFacilitiesAlgorithm`."""

    def _problems(self, feedback, run: _Run) -> bool:
        """One problem per alliance (or one for the run); k checked against each one's candidates."""
        with_alliances = bool(run.units.spec.keys.get("alliance"))
        labels = list(dict.fromkeys(a for a, p in zip(run.alliance, run.unit_points)
                                    if p is not None and (a is not None or not with_alliances)))
        index = {label: i for i, label in enumerate(labels)}
        groups = np.array([-1 if p is None else 0 for p in run.unit_points])
        cand_group = np.array([index.get(g, -1) for g in run.candidates.group], int) if with_alliances \
            else np.zeros(len(run.candidates), int)
        for n, (a, p) in enumerate(zip(run.alliance, run.unit_points)):
            if p is not None and with_alliances:
                groups[n] = index.get(a, -1) if a is not None else -1
        short, bare = [], []
        for i, label in enumerate(labels):
            problem = _Problem(label, np.flatnonzero(groups == i), np.flatnonzero(cand_group == i))
            if run.objective != schema.SITING_LSCP and len(problem.candidates) < run.k:
                short.append(tr("{0} ({1} candidate(s))").format(label, len(problem.candidates)))
            elif run.objective == schema.SITING_LSCP and not len(problem.candidates):
                bare.append(label)
            run.problems.append(problem)
        if bare:
            raise QgsProcessingException(tr(
                "Parameters {0} and {1}: set covering needs at least one candidate site in every alliance, but "
                "there is none in: {2}. Give candidates there, or loosen the filter.").format(
                    self.CANDIDATES, self.CANDIDATE_FILTER, id_list(bare)))
        if short and with_alliances:
            raise QgsProcessingException(tr(
                "Parameter {0}: {1} new site(s) are asked per alliance, but there are fewer candidates in: {2}. Lower "
                "{0}, or give more candidates ({3}, {4}).").format(
                    self.SITES_PER_ALLIANCE, run.k, id_list(short), self.CANDIDATES, self.CANDIDATE_FILTER))
        if short:
            raise QgsProcessingException(tr(
                "Parameter {0}: {1} new site(s) are asked, but there are only {2} candidate site(s). Lower {0}, or "
                "give more candidates ({3}, {4}).").format(self.SITES_PER_ALLIANCE, run.k, len(run.candidates),
                                                     self.CANDIDATES, self.CANDIDATE_FILTER))
        if with_alliances:
            feedback.pushInfo(tr("{0} alliance(s) to site, {1} new site(s) each.").format(
                len(labels), run.k if run.objective != schema.SITING_LSCP else tr("the fewest")))
        return True

    def _solve(self, parameters, context, feedback, run: _Run) -> bool:
        found = run.metric.nearest_existing(feedback)
        if found is None:
            return False
        run.before_idx, run.before = found
        feedback.setProgress(35)
        time_limit = self.number(parameters, self.TIME_LIMIT, context, 0.1)
        total = max(1, len(run.problems))
        for p, problem in enumerate(run.problems):
            if feedback.isCanceled():
                return False
            if not self._solve_one(feedback, run, problem, time_limit):
                return False
            feedback.setProgress(35.0 + 45.0 * (p + 1) / total)
        return True

    def _first_cutoff(self, run: _Run, problem: _Problem) -> float:
        """inf (every pair) unless the problem is large and measured on the ellipsoid."""
        n, m = len(problem.demand), len(problem.candidates)
        if run.metric.by_time or n * m <= DENSE_PAIRS:
            return math.inf
        if run.objective in (schema.SITING_MCLP, schema.SITING_LSCP):
            return run.standard
        reach = run.metric.reach_km(problem.demand, problem.candidates, run.k + FIRST_REACH)
        return max(reach, run.standard or 0.0)

    def _solve_one(self, feedback, run: _Run, problem: _Problem, time_limit: float) -> bool:
        cutoff = self._first_cutoff(run, problem)
        w = run.weights[problem.demand]
        before = run.before[problem.demand]
        while True:
            pairs = run.metric.pairs(problem.demand, problem.candidates, cutoff, feedback)
            if pairs is None:
                return False
            rows, cols, values = pairs
            shape = (len(problem.demand), len(problem.candidates))
            reach = cutoff
            if run.metric.by_time and rows.size < shape[0] * shape[1]:
                # some pairs are unreachable: a unit that no open facility reaches costs more than any trip
                finite = np.r_[values, before[np.isfinite(before)]]
                reach = 2.0 * float(finite.max(initial=0.0)) + 1.0
                reach = max(reach, run.standard or 0.0)
            has = np.isfinite(before) & (before <= reach)
            existing = None
            if len(run.existing):
                existing = Pairs(np.flatnonzero(has), np.zeros(int(has.sum()), np.int64), before[has],
                                 (shape[0], 1), math.inf)
            try:
                result = site_facilities(w, Pairs(rows, cols, values, shape, reach), run.objective, run.k,
                                         existing=existing, standard_distance=run.standard, time_limit=time_limit)
            except SitingError as err:
                raise QgsProcessingException(tr("{0}: the siting model cannot be solved: {1}").format(
                    self._which(problem.label), err)) from err
            group = result.groups[0]
            problem.result = group
            problem.sites = [int(problem.candidates[j]) for j in group.sites]
            problem.cutoff = cutoff
            if math.isinf(cutoff) or run.objective in (schema.SITING_MCLP, schema.SITING_LSCP):
                return True
            # truncated at the cutoff: the plan is the true optimum when no unit of it lies beyond
            _idx, new = run.metric.to_open(problem.demand, problem.sites)
            after = np.minimum(new, before)
            worst = float(after[w > 0].max(initial=0.0))
            if worst <= cutoff or rows.size == shape[0] * shape[1]:
                return True
            feedback.pushInfo(tr("A unit lies {0:,.1f} km from its facility, beyond the cutoff of {1:,.1f} km: "
                                 "measuring farther pairs and solving again.").format(worst, cutoff))
            cutoff = max(2.0 * cutoff, worst * 1.01)
