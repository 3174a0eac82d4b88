"""The figures: parts constrained, risk classes, first year below a threshold; :func:`project` and
:func:`backtest`."""

from __future__ import annotations

from typing import List, Optional, Sequence, Tuple

import numpy as np

from ..indicators import RISK_CLASSES, risk_class
from .cohorts import _hp_curves
from .data import (AGE_WIDTH, DEFAULT_SIZE_BOUNDS, HALVING, ArrayLike, BacktestResult, ProjectionError,
                   ProjectionResult, ProjectionSpec, UnitData, _as_counts, _as_years, _check_spec, _Curves)
from .trends import _trend_curves


def constrain_parts(total: np.ndarray, elderly: np.ndarray, women: np.ndarray
                    ) -> Tuple[np.ndarray, np.ndarray]:
    """Scale 65+ and women 20–39 down by the same factor where their sum exceeds the total.

    They are disjoint parts of the total, so E + W ≤ P must hold (and with it each part
    ≤ P); trends fitted separately can break it. One common factor P/(E+W) keeps the ratio
    W/E, so the risk index is unaffected. A missing part counts as 0; a missing total makes
    the parts NaN, since they cannot be checked.
    """
    parts = np.nan_to_num(elderly) + np.nan_to_num(women)
    with np.errstate(divide="ignore", invalid="ignore"):
        scale = np.where(parts > total, total / parts, 1.0)
    scale = np.where(np.isnan(total), np.nan, scale)
    return elderly * scale, women * scale


def risk_classes(index: ArrayLike) -> np.ndarray:
    """Vectorised :func:`indicators.risk_class` (floats 1..5, NaN unknown), built from the same
    ``RISK_CLASSES`` table so that the two cannot drift apart."""
    idx = np.asarray(index, dtype=float)
    out = np.full(idx.shape, np.nan)
    for lower, cls, _en, _ko in sorted(RISK_CLASSES):
        out[idx >= lower] = cls
    below_all = risk_class(min(c[0] for c in RISK_CLASSES) - 1.0)
    out[np.isfinite(idx) & np.isnan(out)] = below_all
    out[~np.isfinite(idx)] = np.nan
    return out


def first_below(years: np.ndarray, values: np.ndarray, threshold: float) -> np.ndarray:
    """(units,) first of ``years`` whose value is strictly below ``threshold``, NaN if none."""
    below = values < threshold
    return np.where(below.any(axis=1), years[np.argmax(below, axis=1)], np.nan)


def _join(reasons: List[np.ndarray]) -> np.ndarray:
    out = np.full(len(reasons[0]), None, dtype=object)
    for i, parts in enumerate(zip(*(r.tolist() for r in reasons))):
        text = [p for p in parts if p]
        if text:
            out[i] = "; ".join(text)
    return out


def _finish(c: _Curves, spec: ProjectionSpec) -> ProjectionResult:
    elderly, women = constrain_parts(c.total, c.elderly, c.women)
    with np.errstate(divide="ignore", invalid="ignore"):
        risk = np.where(elderly > 0, women / elderly, np.nan)
        base = np.where(c.women_base > 0, c.women_base, np.nan)[:, None]
        change = women / base - 1.0
    halved = np.where(np.isnan(change), np.nan, (change <= HALVING).astype(float))
    if spec.threshold is None:
        below = np.full(c.total.shape[0], np.nan)
    else:
        below = first_below(c.scan_years, c.scan, spec.threshold)
    return ProjectionResult(c.targets, c.total, elderly, women, risk, risk_classes(risk), change,
                            halved, below, _join(c.reasons), c.base_year)


def project(data: UnitData, spec: Optional[ProjectionSpec] = None) -> ProjectionResult:
    """Project every unit to ``spec.target_years`` with ``spec.method``.

    Trend methods need ``years``/``population`` (and optionally the parts); Hamilton–Perry
    needs the age tables only and ignores ``damping``. Raises :class:`ProjectionError` for
    input no unit can be projected from; a unit's own gaps give NaN and a reason.
    """
    spec = spec or ProjectionSpec()
    _check_spec(spec)
    curves = _hp_curves(data, spec) if spec.method == "hamilton_perry" else _trend_curves(data, spec)
    return _finish(curves, spec)


# --- back-test ------------------------------------------------------------------------------

def _size_labels(bounds: Sequence[float]) -> List[dict]:
    edges = [None] + list(bounds) + [None]
    out = []
    for lower, upper in zip(edges[:-1], edges[1:]):
        label = (f"<{upper:,.0f}" if lower is None else f"≥{lower:,.0f}" if upper is None
                 else f"{lower:,.0f}–{upper:,.0f}")
        out.append({"label": label, "lower": lower, "upper": upper})
    return out


def _score(ape: np.ndarray, size: np.ndarray, bounds: Sequence[float]) -> Tuple[np.ndarray, List[dict], float]:
    """Size class per unit, units scored and MAPE per class, MAPE overall."""
    size_class = np.where(size > 0, np.searchsorted(bounds, size, side="right"), np.nan)
    classes = []
    for k, c in enumerate(_size_labels(bounds)):
        scored = ape[(size_class == k) & np.isfinite(ape)]
        classes.append(dict(c, units=int(scored.size), mape=float(scored.mean()) if scored.size else None))
    scored = ape[np.isfinite(ape)]
    return size_class, classes, float(scored.mean()) if scored.size else float("nan")


def _unavailable(method: str, n_units: int, reason: str, bounds: Sequence[float]) -> BacktestResult:
    nan = np.full(n_units, np.nan)
    size_class, classes, mape = _score(nan, nan, bounds)
    return BacktestResult(False, reason, method, None, None, nan, nan, nan, size_class,
                          np.full(n_units, None, dtype=object), mape, classes)


def _fit_data(data: UnitData, hp: bool, years: np.ndarray, keep: np.ndarray, test: int
              ) -> Tuple[UnitData, np.ndarray, np.ndarray]:
    """The data up to the end of the fit period, the observed total in the test year and the
    total at the end of the fit period (for the size classes)."""
    if hp:
        groups = _as_counts("age_groups", data.age_groups, years, groups=0)
        female = _as_counts("female_age_groups", data.female_age_groups, years,
                            n_units=groups.shape[0], groups=groups.shape[2])
        sub = UnitData(age_years=years[keep], age_groups=groups[:, keep], female_age_groups=female[:, keep])
        return sub, groups[:, test].sum(axis=1), groups[:, keep][:, -1].sum(axis=1)
    pop = _as_counts("population", data.population, years)
    return UnitData(years=years[keep], population=pop[:, keep]), pop[:, test], pop[:, keep][:, -1]


def backtest(data: UnitData, spec: Optional[ProjectionSpec] = None,
             fit_period: Optional[Tuple[int, int]] = None, test_year: Optional[int] = None,
             size_bounds: Sequence[float] = DEFAULT_SIZE_BOUNDS) -> BacktestResult:
    """Refit ``spec.method`` on ``fit_period``, project the total to ``test_year`` (an observed
    year after it) and compare with the observation there.

    Defaults: test year = last observation; fit period = first year to the middle of the
    record for the trends (2015–2020 for 2015–2025), the two dates before the last for
    Hamilton–Perry. Size classes use the population at the end of the fit period.
    """
    spec = spec or ProjectionSpec()
    _check_spec(spec)
    bounds = [float(b) for b in size_bounds]
    if not bounds or bounds[0] <= 0 or any(b >= c for b, c in zip(bounds, bounds[1:])):
        raise ProjectionError(f"size_bounds: {list(size_bounds)} must be positive and strictly increasing")
    hp = spec.method == "hamilton_perry"
    table = data.age_groups if hp else data.population
    if table is None:
        raise ProjectionError(f"{'age_groups' if hp else 'population'}: required by the {spec.method} method")
    years = _as_years("age_years" if hp else "years", data.age_years if hp else data.years)
    n_units = len(table) if np.ndim(table) > (2 if hp else 1) else 1
    if years.size < 3:
        what = "age-table dates" if hp else "observation years"
        return _unavailable(spec.method, n_units, f"{spec.method}: {years.size} {what}; a back-test "
                            "needs three — two to fit and a later one to compare with", bounds)
    test_year = int(years[-1]) if test_year is None else int(test_year)
    if test_year not in years:
        raise ProjectionError(f"test_year: {test_year} is not observed; choose one of {years.tolist()}")
    if fit_period is None:
        mid = years[years <= years[0] + (years[-1] - years[0]) / 2][-1]
        fit_period = (int(years[-3]), int(years[-2])) if hp else (int(years[0]), int(mid))
    if fit_period[1] >= test_year:
        raise ProjectionError(f"fit_period: ends {fit_period[1]}, not before the test year {test_year}; "
                              "end the fit period earlier")
    keep = years <= fit_period[1]
    fit_dates = years[keep & (years >= fit_period[0])]
    if hp and fit_dates.size >= 2 and (fit_dates[-1] - fit_dates[0]) % AGE_WIDTH:
        return _unavailable(spec.method, n_units, f"hamilton_perry: the fit dates {fit_dates[0]} and "
                            f"{fit_dates[-1]} are not a multiple of 5 years apart", bounds)
    sub, observed, size = _fit_data(data, hp, years, keep, int(np.flatnonzero(years == test_year)[0]))
    result = project(sub, ProjectionSpec(spec.method, (test_year,), fit_period, spec.damping))
    projected = result.population[:, 0]
    with np.errstate(divide="ignore", invalid="ignore"):
        ape = np.where(observed > 0, np.abs(projected - observed) / observed * 100.0, np.nan)
    reason = result.reason.copy()
    reason[np.isfinite(projected) & ~(observed > 0)] = (f"no positive observed population in "
                                                        f"{test_year} to compare with")
    size_class, classes, mape = _score(ape, size, bounds)
    return BacktestResult(True, None, spec.method, (int(fit_period[0]), int(fit_period[1])), test_year,
                          projected, observed, ape, size_class, reason, mape, classes)
