"""Trend extrapolation (geometric and linear, optionally damped) of the total and its parts."""

from __future__ import annotations

from typing import Tuple

import numpy as np

from .data import (ArrayLike, ProjectionError, ProjectionSpec, UnitData, _as_counts, _as_years, _Curves, _period,
                   _targets)


def damped_sum(horizons: ArrayLike, phi: float) -> np.ndarray:
    """Σ_{k=1..h} φ^k (Gardner & McKenzie 1985): the number of 'trend steps' a damped
    trend takes in h years; equals h when φ = 1, tends to φ/(1−φ) as h grows."""
    h = np.asarray(horizons, dtype=float)
    if phi == 1:
        return h
    return phi * (1 - phi ** h) / (1 - phi)


def trend_values(anchor: np.ndarray, slope: np.ndarray, horizons: ArrayLike, method: str,
                 phi: float = 1.0) -> np.ndarray:
    """(units, horizons) values h years after the anchor: geometric P(t1)·exp(g·S(h)), g = ln(1+r)
    (φ = 1: P(t1)(1+r)^h); linear max(0, P(t1) + b·S(h)), S(h) = :func:`damped_sum`."""
    s = damped_sum(horizons, phi)[None, :]
    if method == "geometric":
        return anchor[:, None] * np.exp(slope[:, None] * s)
    return np.maximum(anchor[:, None] + slope[:, None] * s, 0.0)


def _trend_reasons(window: np.ndarray, years: np.ndarray, ok: np.ndarray, label: str) -> np.ndarray:
    """Say why a unit has no trend: it helps the analyst fix the data or the base period."""
    out = np.full(len(ok), None, dtype=object)
    span = f"{years[0]}–{years[-1]}"
    for i in np.flatnonzero(~ok):
        row = window[i]
        good = years[row > 0]
        if good.size == 0:
            out[i] = f"{label}: no positive value in the base period {span}"
        elif good.size == 1:
            out[i] = f"{label}: a single observation ({good[0]}) in the base period {span}; a trend needs two"
        else:
            end = 0 if not row[0] > 0 else -1
            what = "zero (treated as missing)" if row[end] == 0 else "missing"
            out[i] = (f"{label}: {what} in {years[end]}, the {'start' if end == 0 else 'end'} of the "
                      f"base period {span}; fill it or choose a base period that avoids it")
    return out


def fit_trend(years: np.ndarray, values: np.ndarray, first: int, last: int, method: str,
              label: str) -> Tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Anchor P(t1), slope and reasons from the end points t0 = years[first], t1 = years[last].

    geometric slope g = ln(P(t1)/P(t0))/(t1−t0) = ln(1+r); linear b = (P(t1)−P(t0))/(t1−t0).
    Both use the same two observations, so the methods differ only in the shape of the
    curve. A zero end value is treated as missing: a registered population of 0 is a
    missing value in practice, and it makes the growth rate undefined.
    """
    p0, p1 = values[:, first], values[:, last]
    ok = (p0 > 0) & (p1 > 0)
    span = years[last] - years[first]
    with np.errstate(divide="ignore", invalid="ignore"):
        slope = np.log(p1 / p0) / span if method == "geometric" else (p1 - p0) / span
    slope = np.where(ok, slope, np.nan)
    anchor = np.where(ok, p1, np.nan)
    window = values[:, first:last + 1]
    return anchor, slope, _trend_reasons(window, years[first:last + 1], ok, label)


def _part_years(data: UnitData, name: str) -> np.ndarray:
    own = getattr(data, f"{name}_years")
    return _as_years(f"{name}_years", data.years if own is None else own, minimum=2)


def _part(data: UnitData, name: str, spec: ProjectionSpec, targets: np.ndarray, n_units: int):
    """Projected part (units, targets), its base value and reasons; NaN when not given."""
    values = getattr(data, name)
    if values is None:
        nan = np.full((n_units, targets.size), np.nan)
        return nan, nan[:, 0], np.full(n_units, None, dtype=object)
    years = _part_years(data, name)
    arr = _as_counts(name, values, years, n_units=n_units)
    first, last = _period(f"{name}_years", years, spec.base_period)
    label = {"elderly": "65+", "young_women": "women 20–39"}[name]
    anchor, slope, reasons = fit_trend(years, arr, first, last, spec.method, label)
    projected = trend_values(anchor, slope, targets - years[last], spec.method, spec.damping)
    return projected, anchor, reasons


def _trend_curves(data: UnitData, spec: ProjectionSpec) -> _Curves:
    years = _as_years("years", data.years, minimum=2)
    if data.population is None:
        raise ProjectionError(f"population: required by the {spec.method} method")
    pop = _as_counts("population", data.population, years)
    n_units = pop.shape[0]
    observed = [years[-1]] + [_part_years(data, p)[-1] for p in ("elderly", "young_women")
                              if getattr(data, p) is not None]
    targets = _targets(spec.target_years, int(max(observed)))
    first, last = _period("years", years, spec.base_period)
    anchor, slope, reason = fit_trend(years, pop, first, last, spec.method, "population")
    t1 = int(years[last])
    total = trend_values(anchor, slope, targets - t1, spec.method, spec.damping)
    scan_years = np.arange(years[-1], targets[-1] + 1)
    scan = trend_values(anchor, slope, scan_years - t1, spec.method, spec.damping)
    # the scan starts at the last observation itself, where there is one
    scan[:, 0] = np.where(np.isfinite(anchor) & np.isfinite(pop[:, -1]), pop[:, -1], scan[:, 0])
    elderly, _, r_e = _part(data, "elderly", spec, targets, n_units)
    women, women_base, r_w = _part(data, "young_women", spec, targets, n_units)
    return _Curves(targets, total, elderly, women, women_base, scan_years, scan, t1, [reason, r_e, r_w])
