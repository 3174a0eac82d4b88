"""Hamilton–Perry: cohort-change and child–woman ratios from two age tables, stepped forward."""

from __future__ import annotations

from typing import Sequence, Tuple

import numpy as np

from .data import (_CWR_FIRST, _CWR_LAST, _ELDERLY_GROUP, _WOMEN, AGE_WIDTH, ProjectionError, ProjectionSpec,
                   UnitData, _as_counts, _as_years, _Curves, _period, _targets)


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
