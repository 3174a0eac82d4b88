"""Population projections for many units at once: trend extrapolation and Hamilton–Perry.

The Processing algorithm ``smallbutstrong:projectpopulation`` reads a layer into plain arrays
(one row per unit), calls :func:`project` and :func:`backtest` and writes the figures back.
The arithmetic lives here so that the algorithm, the dock and the tests share one definition.

Every unit comes out: a unit that cannot be projected keeps its row, with NaN figures and a
reason string, because a map of "units at risk" that silently lost some units would mislead.
Input that is wrong as a whole (unordered years, a bad parameter, negative counts) raises
:class:`ProjectionError` instead. Formulas, choices and sources: ``docs/projection.md``.

Modules: :mod:`.data` (constants, input and result types, validation), :mod:`.trends`
(geometric and linear), :mod:`.cohorts` (Hamilton–Perry) and :mod:`.results`
(:func:`project`, :func:`backtest`).
"""

from .cohorts import cohort_ratios
from .data import (AGE_WIDTH, DEFAULT_SIZE_BOUNDS, DEFAULT_TARGET_YEARS, HALVING, METHODS, ArrayLike,
                   BacktestResult, ProjectionError, ProjectionResult, ProjectionSpec, UnitData)
from .results import backtest, constrain_parts, first_below, project, risk_classes
from .trends import damped_sum, fit_trend, trend_values

__all__ = ["AGE_WIDTH", "DEFAULT_SIZE_BOUNDS", "DEFAULT_TARGET_YEARS", "HALVING", "METHODS", "ArrayLike",
           "BacktestResult", "ProjectionError", "ProjectionResult", "ProjectionSpec", "UnitData",
           "backtest", "cohort_ratios", "constrain_parts", "damped_sum", "first_below", "fit_trend",
           "project", "risk_classes", "trend_values"]
