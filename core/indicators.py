"""Decline indicators on plain tables.

The Processing algorithm turns a layer into a :class:`pandas.DataFrame`, calls
:func:`compute_indicators`, and writes the columns back. Keeping the arithmetic here means
the dock, the tests and the algorithm share one definition of every indicator.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional, Sequence, Tuple

import numpy as np
import pandas as pd

#: Local extinction risk index classes (Lee Sang-ho 2016, after Masuda 2014):
#: (lower bound inclusive, class, English label, Korean label). Class 5 = high risk.
RISK_CLASSES = (
    (1.5, 1, "very low risk", "소멸위험 매우 낮음"),
    (1.0, 2, "normal", "소멸위험 보통"),
    (0.5, 3, "caution", "소멸 주의단계"),
    (0.2, 4, "entering extinction risk", "소멸위험 진입단계"),
    (0.0, 5, "high extinction risk", "소멸 고위험지역"),
)


def risk_class(index: Optional[float]) -> Optional[int]:
    """Class 1 (very low risk) .. 5 (high extinction risk) of a risk index, None if unknown."""
    if index is None or not np.isfinite(index):
        return None
    for lower, cls, _en, _ko in RISK_CLASSES:
        if index >= lower:
            return cls
    return 5


def risk_label(cls: Optional[int]) -> Optional[str]:
    """English label of a risk class, e.g. ``"caution"`` (the plugin translates it for its user)."""
    for _lower, c, en, _ko in RISK_CLASSES:
        if c == cls:
            return en
    return None


#: Ageing classes by the share of residents 65+ (UN convention: an ageing society from 7 %, aged
#: from 14 %, super-aged from 20 %): (lower bound inclusive, class, English label)
AGING_CLASSES = (
    (0.20, 4, "super-aged (65+ ≥ 20 %)"),
    (0.14, 3, "aged (65+ 14–20 %)"),
    (0.07, 2, "ageing (65+ 7–14 %)"),
    (0.0, 1, "young (65+ < 7 %)"),
)


def aging_class(share: Optional[float]) -> Optional[int]:
    """Class 1 (young) .. 4 (super-aged) of a 65+ share (a fraction), None if unknown."""
    if share is None or not np.isfinite(share):
        return None
    for lower, cls, _label in AGING_CLASSES:
        if share >= lower:
            return cls
    return 1


def share_as_fraction(values: pd.Series) -> Tuple[pd.Series, bool]:
    """A share given as a fraction (0.18) or in percent (18): as a fraction, and whether it was
    percent (any value above 1.5 means percent: no share of residents exceeds 100 %)."""
    numeric = pd.to_numeric(values, errors="coerce").astype(float)
    percent = bool((numeric > 1.5).any())
    return (numeric / 100.0 if percent else numeric), percent


@dataclass
class IndicatorSpec:
    """Which inputs exist and the thresholds; ``None`` columns produce no indicator."""

    year: int = 2025
    base_year: int = 2015
    small_population: float = 100000
    low_births: float = 300
    composite_columns: Sequence[str] = ()
    composite_weights: Sequence[float] = ()
    #: per composite column: True where a higher value means more decline
    composite_higher_is_worse: Sequence[bool] = ()
    has_base: bool = False
    has_elderly: bool = False
    has_young_women: bool = False
    has_births: bool = False
    #: the share of residents 65+ (fraction or percent) where there is no 65+ count
    has_elderly_share: bool = False
    has_median_age: bool = False


@dataclass
class IndicatorResult:
    table: pd.DataFrame
    #: indicator -> ids of the units where it is NULL because a denominator is zero/missing
    null_units: dict = field(default_factory=dict)
    #: the share of 65+ was read as percent (values above 1.5) rather than as a fraction
    share_in_percent: bool = False


#: Default composite when the analyst names no fields: computed indicators and whether
#: a higher value means more decline.
DEFAULT_COMPOSITE = (
    ("pop_change", False),
    ("aging_ratio", True),
    ("risk_index", False),
    ("birth_rate", False),
    ("median_age", True),
)


def _ratio(num: pd.Series, den: pd.Series) -> pd.Series:
    """num/den with NaN where the denominator is zero, negative or missing."""
    den = den.where(den > 0)
    return num / den


def standardise(values: pd.Series) -> pd.Series:
    """z-score; a constant column gives 0 everywhere rather than a division by zero."""
    std = values.std(ddof=0)
    if not np.isfinite(std) or std == 0:
        return values * 0.0
    return (values - values.mean()) / std


def composite_score(
    table: pd.DataFrame,
    columns: Sequence[str],
    weights: Sequence[float],
    higher_is_worse: Sequence[bool],
) -> pd.Series:
    """Weighted sum of z-scores, signed so that a higher score means more decline.

    A unit missing any component gets NaN: a partial sum would rank it unfairly.
    """
    score = pd.Series(0.0, index=table.index)
    for col, weight, worse in zip(columns, weights, higher_is_worse):
        z = standardise(pd.to_numeric(table[col], errors="coerce").astype(float))
        score = score + weight * (z if worse else -z)
    return score


def quintile_class(scores: pd.Series) -> pd.Series:
    """Quintile 1..5 of a score by rank (5 = most declining); NaN stays NaN."""
    valid = scores.dropna()
    out = pd.Series(np.nan, index=scores.index)
    if valid.empty:
        return out
    ranks = valid.rank(method="min")
    out.loc[valid.index] = np.ceil(ranks / len(valid) * 5)
    return out


def compute_indicators(data: pd.DataFrame, spec: IndicatorSpec) -> IndicatorResult:
    """Compute every indicator that the available columns allow.

    ``data`` has columns ``id``, ``pop``, ``area_km2`` and, when the spec says so,
    ``pop_base``, ``elderly``, ``young_women``, ``births`` plus the composite columns.
    """
    out = pd.DataFrame(index=data.index)
    nulls: dict = {}
    pop = pd.to_numeric(data["pop"], errors="coerce").astype(float)

    def note_nulls(name: str, series: pd.Series) -> None:
        ids = data.loc[series.isna(), "id"].tolist()
        if ids:
            nulls[name] = ids

    if spec.has_base:
        base = pd.to_numeric(data["pop_base"], errors="coerce").astype(float)
        out["pop_change"] = _ratio(pop - base, base)
        years = spec.year - spec.base_year
        growth = _ratio(pop, base)
        out["pop_cagr"] = np.power(growth.where(growth > 0), 1.0 / years) - 1
        note_nulls("pop_change", out["pop_change"])
    percent = False
    if spec.has_elderly:
        elderly = pd.to_numeric(data["elderly"], errors="coerce").astype(float)
        out["aging_ratio"] = _ratio(elderly, pop)
    elif spec.has_elderly_share:
        out["aging_ratio"], percent = share_as_fraction(data["elderly_share"])
    if "aging_ratio" in out.columns:
        out["aging_class"] = out["aging_ratio"].map(aging_class)
        note_nulls("aging_ratio", out["aging_ratio"])
    if spec.has_median_age:
        out["median_age"] = pd.to_numeric(data["median_age"], errors="coerce").astype(float)
        note_nulls("median_age", out["median_age"])
    if spec.has_elderly and spec.has_young_women:
        women = pd.to_numeric(data["young_women"], errors="coerce").astype(float)
        out["risk_index"] = _ratio(women, elderly)
        out["risk_class"] = out["risk_index"].map(risk_class)
        out["risk_label"] = out["risk_class"].map(risk_label)
        note_nulls("risk_index", out["risk_index"])
    if spec.has_births:
        births = pd.to_numeric(data["births"], errors="coerce").astype(float)
        out["births"] = births
        out["birth_rate"] = _ratio(births, pop) * 1000.0
        out["low_births"] = np.where(births.isna(), np.nan, (births < spec.low_births).astype(float))
        note_nulls("birth_rate", out["birth_rate"])
    area = pd.to_numeric(data["area_km2"], errors="coerce").astype(float)
    out["density"] = _ratio(pop, area)
    note_nulls("density", out["density"])
    out["small_unit"] = np.where(pop.isna(), np.nan, (pop < spec.small_population).astype(float))

    if spec.composite_columns:
        columns = list(spec.composite_columns)
        weights = list(spec.composite_weights) or [1.0] * len(columns)
        worse = list(spec.composite_higher_is_worse) or [False] * len(columns)
        source = data
    else:
        chosen = [(c, w) for c, w in DEFAULT_COMPOSITE if c in out.columns]
        columns = [c for c, _ in chosen]
        weights = [1.0] * len(columns)
        worse = [w for _, w in chosen]
        source = out
    if columns:
        out["decline_score"] = composite_score(source, columns, weights, worse)
        out["decline_class"] = quintile_class(out["decline_score"])
        note_nulls("decline_score", out["decline_score"])
    return IndicatorResult(out, nulls, share_in_percent=percent)
