"""Population projections for many units at once: trend extrapolation and Hamilton–Perry.

The Processing algorithm ``smallbutstrong:projectpopulation`` reads a layer into plain arrays
(one row per unit), calls :func:`project` and :func:`backtest` and writes the figures back.
The arithmetic lives here so that the algorithm, the dock and the tests share one definition.

Every unit comes out: a unit that cannot be projected keeps its row, with NaN figures and a
reason string, because a map of "units at risk" that silently lost some units would mislead.
Input that is wrong as a whole (unordered years, a bad parameter, negative counts) raises
:class:`ProjectionError` instead. Formulas, choices and sources: ``docs/projection.md``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import List, Optional, Sequence, Tuple, Union

import numpy as np

from .indicators import RISK_CLASSES, risk_class

ArrayLike = Union[np.ndarray, Sequence]

METHODS = ("geometric", "linear", "hamilton_perry")
DEFAULT_TARGET_YEARS = (2030, 2035, 2040, 2050)
#: upper bounds (exclusive) of the back-test size classes: <10,000 … ≥500,000
DEFAULT_SIZE_BOUNDS = (10_000, 50_000, 100_000, 500_000)
#: women 20–39 halving (Masuda 2014; Population Strategy Council 2024): change ≤ −50 %
HALVING = -0.5
AGE_WIDTH = 5
_ELDERLY_GROUP = 65 // AGE_WIDTH  # first group of 65+
_WOMEN = slice(20 // AGE_WIDTH, 40 // AGE_WIDTH)  # groups 20–24 … 35–39
_CWR_FIRST, _CWR_LAST = 15 // AGE_WIDTH, 45 // AGE_WIDTH  # women 15–19 … 45–49


class ProjectionError(ValueError):
    """Input that no unit can be projected from; the message names it and what to do."""


@dataclass
class UnitData:
    """Observed counts, one row per unit (NaN or None where a value is missing).

    ``population``, ``elderly`` (65+) and ``young_women`` (women 20–39) are (units, years);
    the parts default to the total's ``years`` but may have their own, because registers
    publish age detail less often than totals. ``age_groups`` and ``female_age_groups`` are
    (units, dates, groups) five-year groups 0–4, 5–9, … with the last one open-ended
    (e.g. 85+), both sexes and women, at ``age_years``: Hamilton–Perry needs only these.
    """

    years: Sequence[int] = ()
    population: Optional[ArrayLike] = None
    elderly: Optional[ArrayLike] = None
    elderly_years: Optional[Sequence[int]] = None
    young_women: Optional[ArrayLike] = None
    young_women_years: Optional[Sequence[int]] = None
    age_years: Sequence[int] = ()
    age_groups: Optional[ArrayLike] = None
    female_age_groups: Optional[ArrayLike] = None


@dataclass
class ProjectionSpec:
    """How to project. ``base_period`` (start, end) selects the observations the trend (or the
    two age-table dates) are taken from; None = all of them (last two dates for
    Hamilton–Perry). ``damping`` φ in (0, 1] applies to the trends; ``threshold`` is the
    population below which :attr:`ProjectionResult.below_year` is reported."""

    method: str = "geometric"
    target_years: Sequence[int] = DEFAULT_TARGET_YEARS
    base_period: Optional[Tuple[int, int]] = None
    damping: float = 1.0
    threshold: Optional[float] = None


def _opt(value: float, kind: type = float):
    """NaN -> None (a NULL attribute), else the value as ``kind``."""
    return None if value != value else kind(value)


def _ids(ids: Optional[Sequence], n_units: int) -> list:
    ids = list(range(n_units)) if ids is None else list(ids)
    if len(ids) != n_units:
        raise ProjectionError(f"ids: {len(ids)} ids for {n_units} units; give one id per unit")
    return ids


@dataclass
class ProjectionResult:
    """Arrays are (units, target years) unless noted; NaN where unknown."""

    target_years: np.ndarray
    population: np.ndarray
    elderly: np.ndarray
    young_women: np.ndarray
    risk_index: np.ndarray
    #: 1..5 as floats (NaN unknown), from the same table as :func:`indicators.risk_class`
    risk_class: np.ndarray
    #: women 20–39 at the target year / at the base year − 1
    young_women_change: np.ndarray
    #: 1.0 where the change is ≤ −0.5, 0.0 where not, NaN where unknown
    young_women_halved: np.ndarray
    #: (units,) first year below the threshold, NaN if none (or no threshold)
    below_year: np.ndarray
    #: (units,) why a figure is missing, None when the unit projected fully
    reason: np.ndarray
    #: year the total's projection starts from (last observation of the base period)
    base_year: int

    def records(self, ids: Optional[Sequence] = None) -> List[dict]:
        """One dict per unit and target year with None for NaN, ready for a feature sink."""
        cols = [a.tolist() for a in (self.population, self.elderly, self.young_women,
                                     self.risk_index, self.risk_class, self.young_women_change,
                                     self.young_women_halved)]
        below, reason, years = self.below_year.tolist(), self.reason.tolist(), self.target_years.tolist()
        out = []
        for i, unit in enumerate(_ids(ids, len(reason))):
            for k, year in enumerate(years):
                pop, e, w, ri, rc, chg, half = (c[i][k] for c in cols)
                out.append({"unit": unit, "year": year, "population": _opt(pop), "pop65": _opt(e),
                            "f20_39": _opt(w), "risk_index": _opt(ri), "risk_class": _opt(rc, int),
                            "f20_39_change": _opt(chg), "f20_39_halved": _opt(half, bool),
                            "below_year": _opt(below[i], int), "reason": reason[i]})
        return out


@dataclass
class BacktestResult:
    """Errors of the method refitted on an earlier period; ``available`` False with a
    ``reason`` when the data cannot support a back-test (then the arrays are all NaN)."""

    available: bool
    reason: Optional[str]
    method: str
    fit_period: Optional[Tuple[int, int]]
    test_year: Optional[int]
    projected: np.ndarray
    observed: np.ndarray
    #: absolute percentage error, in percent: |projected − observed| / observed × 100
    ape: np.ndarray
    #: index into ``classes`` (float, NaN where the end-of-fit population is unknown)
    size_class: np.ndarray
    unit_reason: np.ndarray
    mape: float
    #: per size class: label, lower, upper (None = open), units scored, their MAPE
    classes: List[dict]

    def records(self, ids: Optional[Sequence] = None) -> List[dict]:
        """One dict per unit: projected, observed, APE, size-class label, reason."""
        labels = [c["label"] for c in self.classes]
        return [{"unit": unit, "projected": _opt(p), "observed": _opt(o), "ape": _opt(a),
                 "size_class": None if c != c else labels[int(c)], "reason": r}
                for unit, p, o, a, c, r in zip(_ids(ids, len(self.ape)), self.projected.tolist(), self.observed.tolist(),
                                               self.ape.tolist(), self.size_class.tolist(),
                                               self.unit_reason.tolist())]


# --- validation -----------------------------------------------------------------------------

def _as_years(name: str, values: Optional[Sequence[int]], minimum: int = 1) -> np.ndarray:
    """Integer years, strictly increasing: every formula below uses differences of years."""
    arr = np.asarray([] if values is None else values, dtype=float).ravel()
    if arr.size < minimum:
        raise ProjectionError(f"{name}: {arr.size} year(s) given, at least {minimum} needed")
    bad = ~np.isfinite(arr) | (arr != np.round(arr))
    if bad.any():
        raise ProjectionError(f"{name}: {arr[bad][0]!r} is not a whole year; give calendar years")
    back = np.flatnonzero(np.diff(arr) <= 0)
    if back.size:
        i = back[0] + 1
        raise ProjectionError(f"{name}: {int(arr[i])} follows {int(arr[i - 1])} (position {i}); "
                              "give the years in strictly increasing order")
    return arr.astype(int)


def _as_counts(name: str, values: ArrayLike, years: np.ndarray, n_units: Optional[int] = None,
               groups: Optional[int] = None) -> np.ndarray:
    """A float copy of a count table, (units, years) or with ``groups`` (0 = any number)
    (units, years, groups); a 1-D series is one unit. Negative counts are errors, not
    missing values, because they can only come from a wrong field or a bad join."""
    arr = np.array(values, dtype=float)
    if groups is None and arr.ndim == 1:
        arr = arr[None, :]
    fits = (arr.ndim == (2 if groups is None else 3) and arr.shape[1] == years.size
            and (n_units is None or arr.shape[0] == n_units) and (not groups or arr.shape[2] == groups))
    if not fits:
        units = "units" if n_units is None else f"{n_units} units"
        extra = "" if groups is None else f", {groups or 'n'} age groups"
        raise ProjectionError(f"{name}: shape {arr.shape}, expected ({units}, {years.size} years "
                              f"{years.tolist()}{extra}); give one column per year")
    bad = (arr < 0) | np.isposinf(arr)
    if bad.any():
        where = np.argwhere(bad)[0]
        raise ProjectionError(f"{name}: value {arr[tuple(where)]} for unit {where[0]} in "
                              f"{years[where[1]]}; counts must be ≥ 0 — fix it or leave it empty")
    return arr


def _check_spec(spec: ProjectionSpec) -> None:
    if spec.method not in METHODS:
        raise ProjectionError(f"method: {spec.method!r} is unknown; choose one of {', '.join(METHODS)}")
    phi = spec.damping
    if not (isinstance(phi, (int, float, np.floating)) and np.isfinite(phi) and 0 < phi <= 1):
        raise ProjectionError(f"damping: {phi!r} is outside (0, 1]; 1 = no damping, "
                              "0.8–0.98 are usual damped values")
    if spec.threshold is not None and not (np.isfinite(spec.threshold) and spec.threshold >= 0):
        raise ProjectionError(f"threshold: {spec.threshold!r} must be a population ≥ 0 or None")


def _targets(values: Sequence[int], last_observed: int) -> np.ndarray:
    targets = _as_years("target_years", values)
    if targets[0] <= last_observed:
        raise ProjectionError(f"target_years: {targets[0]} is not after the last observed year "
                              f"{last_observed}; project to later years only")
    return targets


def _period(name: str, years: np.ndarray, period: Optional[Tuple[int, int]]) -> Tuple[int, int]:
    """Indices of the first and last observation year inside the base period."""
    start, end = (years[0], years[-1]) if period is None else period
    if start >= end:
        raise ProjectionError(f"base_period: start {start} is not before end {end}; give (start, end)")
    inside = np.flatnonzero((years >= start) & (years <= end))
    if inside.size < 2:
        raise ProjectionError(f"{name}: only {years[inside].tolist()} inside the base period "
                              f"{start}–{end}; it needs two observation years — widen the period")
    return int(inside[0]), int(inside[-1])


# --- trends ---------------------------------------------------------------------------------

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


@dataclass
class _Curves:
    """What both methods hand to :func:`_finish` before the parts are constrained."""

    targets: np.ndarray
    total: np.ndarray
    elderly: np.ndarray
    women: np.ndarray
    women_base: np.ndarray
    scan_years: np.ndarray
    scan: np.ndarray
    base_year: int
    reasons: List[np.ndarray]


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


# --- Hamilton–Perry -------------------------------------------------------------------------

def _group_label(k: int, n_groups: int) -> str:
    return f"{AGE_WIDTH * k}+" if k == n_groups - 1 else f"{AGE_WIDTH * k}–{AGE_WIDTH * k + AGE_WIDTH - 1}"


def cohort_ratios(p0: np.ndarray, p1: np.ndarray, w1: np.ndarray, s: int) -> Tuple[np.ndarray, np.ndarray]:
    """(ratios, denominators), both (units, groups), for one sex.

    Column j ≥ s holds the cohort-change ratio that produces group j: CCR_j = P_{j,t1} /
    P_{j−s,t0}, and for the open group P_{A+,t1} / P_{(A−n)+,t0}. Column j < s (the ages
    born during the interval) holds the child–woman ratio P_{j,t1} / W_{t1}, W = women aged
    15+5j to 49+5j (15–49 for 0–4; 20–54 for 5–9 when n = 10: the window moves with the age
    of the children). A ratio with a zero denominator is NaN: there is no cohort to learn from.
    """
    n_units, g = p0.shape
    num = np.empty((n_units, g))
    den = np.empty((n_units, g))
    num[:, s:] = p1[:, s:]
    den[:, s:g - 1] = p0[:, :g - 1 - s]
    den[:, g - 1] = p0[:, g - 1 - s:].sum(axis=1)
    for j in range(s):
        num[:, j] = p1[:, j]
        den[:, j] = w1[:, _CWR_FIRST + j:_CWR_LAST + j + 1].sum(axis=1)
    with np.errstate(divide="ignore", invalid="ignore"):
        return np.where(den > 0, num / den, np.nan), den


def _hp_step(m: np.ndarray, f: np.ndarray, ratio_m: np.ndarray, ratio_f: np.ndarray,
             s: int) -> Tuple[np.ndarray, np.ndarray]:
    """One step of n = 5s years: age both sexes by their CCRs, then add the children born in
    the step by CWR × the women of the new date (all aged ≥ 15, so already aged)."""
    g = m.shape[1]
    new = []
    for p, ratio in ((m, ratio_m), (f, ratio_f)):
        q = np.empty_like(p)
        q[:, s:g - 1] = ratio[:, s:g - 1] * p[:, :g - 1 - s]
        q[:, g - 1] = ratio[:, g - 1] * p[:, g - 1 - s:].sum(axis=1)
        new.append(q)
    m_new, f_new = new
    for j in range(s):
        women = f_new[:, _CWR_FIRST + j:_CWR_LAST + j + 1].sum(axis=1)
        m_new[:, j] = ratio_m[:, j] * women
        f_new[:, j] = ratio_f[:, j] * women
    return m_new, f_new


def _hp_reasons(tables: Sequence[np.ndarray], dens: Sequence[np.ndarray], t0: int, t1: int,
                s: int) -> np.ndarray:
    """Name the first missing count, impossible female count or zero denominator of a unit."""
    total0, total1, female0, female1 = tables
    n_units, g = total0.shape
    out = np.full(n_units, None, dtype=object)
    missing = np.isnan(np.stack(tables)).any(axis=(0, 2))
    over = (female0 > total0).any(axis=1) | (female1 > total1).any(axis=1)
    zero = [~(d > 0) for d in dens]
    for i in np.flatnonzero(missing | over | zero[0].any(axis=1) | zero[1].any(axis=1)):
        if missing[i]:
            out[i] = f"Hamilton–Perry: an age-group count is missing in {t0} or {t1}"
            continue
        if over[i]:
            late = int(not (female0[i] > total0[i]).any())
            k = int(np.argmax((female0, female1)[late][i] > (total0, total1)[late][i]))
            out[i] = f"Hamilton–Perry: more women than people aged {_group_label(k, g)} in {(t0, t1)[late]}"
            continue
        sex, z = ("female", zero[0][i]) if zero[0][i].any() else ("male", zero[1][i])
        j = int(np.argmax(z))
        if j < s:
            what = f"women {15 + AGE_WIDTH * j}–{49 + AGE_WIDTH * j} in {t1}"
        elif j == g - 1:
            what = f"{sex} {AGE_WIDTH * (g - 1 - s)}+ in {t0}"
        else:
            what = f"{sex} {_group_label(j - s, g)} in {t0}"
        out[i] = f"Hamilton–Perry: zero {what}, so the ratio for {sex} {_group_label(j, g)} is undefined"
    return out


def _interpolate(step_years: np.ndarray, values: np.ndarray, years: np.ndarray) -> np.ndarray:
    """Values between projection steps: geometric (constant rate within the step) where both
    ends are positive, linear otherwise; a step year returns its value exactly."""
    pos = np.clip(np.searchsorted(step_years, years, side="right") - 1, 0, len(step_years) - 2)
    frac = (years - step_years[pos]) / (step_years[pos + 1] - step_years[pos])
    a, b = values[:, pos], values[:, pos + 1]
    with np.errstate(divide="ignore", invalid="ignore"):
        geo = a * np.power(b / a, frac)
    return np.where((a > 0) & (b > 0), geo, a + (b - a) * frac)


def _hp_curves(data: UnitData, spec: ProjectionSpec) -> _Curves:
    dates = _as_years("age_years", data.age_years, minimum=2)
    if data.age_groups is None or data.female_age_groups is None:
        raise ProjectionError("age_groups, female_age_groups: Hamilton–Perry needs five-year age "
                              "groups of both sexes and of women at two dates")
    total = _as_counts("age_groups", data.age_groups, dates, groups=0)
    female = _as_counts("female_age_groups", data.female_age_groups, dates,
                        n_units=total.shape[0], groups=total.shape[2])
    n_units, _, g = total.shape
    first, last = _period("age_years", dates, spec.base_period or (dates[-2], dates[-1]))
    t0, t1 = int(dates[first]), int(dates[last])
    n = t1 - t0
    if n % AGE_WIDTH:
        raise ProjectionError(f"age_years: {t0} and {t1} are {n} years apart; Hamilton–Perry needs a "
                              "multiple of 5 years — choose a base_period with such dates")
    s = n // AGE_WIDTH
    if s > _CWR_FIRST:
        raise ProjectionError(f"age_years: {t0} and {t1} are {n} years apart; children born in "
                              "more than 15 years would overlap the mothers' 15–49 window — "
                              "use dates 5, 10 or 15 years apart")
    if g - 1 < _ELDERLY_GROUP or _CWR_LAST + s - 1 > g - 2:
        raise ProjectionError(f"age_groups: {g} groups (open group {AGE_WIDTH * (g - 1)}+) are too "
                              "few to derive 65+ and women 15–49; give groups 0–4 … 85+")
    targets = _targets(spec.target_years, int(dates[-1]))
    f0, f1 = female[:, first], female[:, last]
    m0, m1 = total[:, first] - f0, total[:, last] - f1
    ratio_f, den_f = cohort_ratios(f0, f1, f1, s)
    ratio_m, den_m = cohort_ratios(m0, m1, f1, s)
    reason = _hp_reasons((total[:, first], total[:, last], f0, f1), (den_f, den_m), t0, t1, s)
    bad = np.array([r is not None for r in reason])
    steps = int(np.ceil((targets[-1] - t1) / n))
    step_years = t1 + n * np.arange(steps + 1)
    m, f = np.where(bad[:, None], np.nan, m1), np.where(bad[:, None], np.nan, f1)
    series = np.empty((3, n_units, steps + 1))
    for k in range(steps + 1):
        if k:
            m, f = _hp_step(m, f, ratio_m, ratio_f, s)
        both = m + f
        series[:, :, k] = (both.sum(axis=1), both[:, _ELDERLY_GROUP:].sum(axis=1), f[:, _WOMEN].sum(axis=1))
    total_t, elderly_t, women_t = (_interpolate(step_years, v, targets) for v in series)
    scan_years = np.arange(dates[-1], targets[-1] + 1)
    scan = _interpolate(step_years, series[0], scan_years)
    observed = total[:, -1].sum(axis=1)
    scan[:, 0] = np.where(~bad & np.isfinite(observed), observed, scan[:, 0])
    return _Curves(targets, total_t, elderly_t, women_t, series[2, :, 0], scan_years, scan, t1, [reason])


# --- results --------------------------------------------------------------------------------

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
