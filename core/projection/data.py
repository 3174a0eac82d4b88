"""Constants, the input and result types, the validation of years, counts and specs."""

from __future__ import annotations

from dataclasses import dataclass
from typing import List, Optional, Sequence, Tuple, Union

import numpy as np

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


@dataclass
class _Curves:
    """What both methods hand to :func:`.results._finish` before the parts are constrained."""

    targets: np.ndarray
    total: np.ndarray
    elderly: np.ndarray
    women: np.ndarray
    women_base: np.ndarray
    scan_years: np.ndarray
    scan: np.ndarray
    base_year: int
    reasons: List[np.ndarray]
