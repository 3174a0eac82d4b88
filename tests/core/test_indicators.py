"""Decline indicators on plain tables: no QGIS needed."""

import math

import numpy as np
import pandas as pd
import pytest

from small_but_strong.core.indicators import (
    IndicatorSpec,
    compute_indicators,
    quintile_class,
    risk_class,
    risk_label,
)


@pytest.mark.parametrize("index,cls", [
    (2.0, 1), (1.5, 1), (1.49, 2), (1.0, 2), (0.99, 3), (0.5, 3), (0.49, 4), (0.2, 4), (0.19, 5), (0.0, 5),
    (None, None), (float("nan"), None),
])
def test_risk_class_bounds(index, cls):
    assert risk_class(index) == cls


def test_risk_label_is_english_for_the_interface_to_translate():
    assert risk_label(3) == "caution"
    assert risk_label(5) == "high extinction risk"
    assert risk_label(None) is None


def test_aging_classes_follow_the_un_convention():
    from small_but_strong.core.indicators import aging_class

    assert [aging_class(s) for s in (0.05, 0.07, 0.139, 0.14, 0.2, 0.35)] == [1, 2, 2, 3, 4, 4]
    assert aging_class(None) is None and aging_class(float("nan")) is None


def test_share_of_65_plus_in_percent_or_fraction_and_median_age():
    import pandas as pd

    from small_but_strong.core.indicators import IndicatorSpec, compute_indicators

    data = pd.DataFrame({"id": ["a", "b", "c"], "pop": [1000.0, 2000.0, 500.0], "area_km2": [10.0, 10.0, 10.0],
                         "elderly_share": [18.0, 25.0, None], "median_age": [41.0, 52.5, 30.0]})
    result = compute_indicators(data, IndicatorSpec(has_elderly_share=True, has_median_age=True))
    assert result.share_in_percent
    assert result.table["aging_ratio"].tolist()[:2] == [0.18, 0.25]
    assert result.table["aging_class"].tolist()[:2] == [3, 4]
    assert result.table["median_age"].tolist() == [41.0, 52.5, 30.0]
    assert result.null_units["aging_ratio"] == ["c"]
    # the default composite uses the ageing share and the median age, higher is worse
    score = result.table["decline_score"]
    assert score.isna().tolist() == [False, False, True] and score[1] > score[0]


def _table():
    return pd.DataFrame({
        "id": ["a", "b", "c", "d"],
        "pop": [1000.0, 200000.0, 50000.0, 0.0],
        "pop_base": [1250.0, 180000.0, 50000.0, None],
        "elderly": [400.0, 20000.0, 0.0, 0.0],
        "young_women": [40.0, 40000.0, 5000.0, 0.0],
        "births": [5.0, 1500.0, 250.0, None],
        "area_km2": [10.0, 100.0, 0.0, 5.0],
    })


def test_every_indicator_value():
    spec = IndicatorSpec(year=2025, base_year=2015, has_base=True, has_elderly=True,
                         has_young_women=True, has_births=True)
    result = compute_indicators(_table(), spec)
    t = result.table
    assert t.loc[0, "pop_change"] == pytest.approx(-0.2)
    assert t.loc[0, "pop_cagr"] == pytest.approx(0.8 ** 0.1 - 1)
    assert t.loc[1, "pop_change"] == pytest.approx(20000 / 180000)
    assert t.loc[0, "aging_ratio"] == pytest.approx(0.4)
    assert t.loc[0, "risk_index"] == pytest.approx(0.1)
    assert t.loc[0, "risk_class"] == 5
    assert t.loc[1, "risk_index"] == pytest.approx(2.0)
    assert t.loc[1, "risk_class"] == 1
    assert t.loc[0, "birth_rate"] == pytest.approx(5.0)
    assert t.loc[1, "birth_rate"] == pytest.approx(7.5)
    assert list(t["low_births"].iloc[:3]) == [1.0, 0.0, 1.0]
    assert math.isnan(t.loc[3, "low_births"])
    assert t.loc[0, "density"] == pytest.approx(100.0)
    assert list(t["small_unit"]) == [1.0, 0.0, 1.0, 1.0]
    # zero denominators give NaN and are reported by unit id
    assert math.isnan(t.loc[2, "risk_index"]) and math.isnan(t.loc[2, "density"])
    assert result.null_units["risk_index"] == ["c", "d"]
    assert result.null_units["density"] == ["c"]
    assert result.null_units["pop_change"] == ["d"]
    assert result.null_units["birth_rate"] == ["d"]


def test_missing_inputs_produce_no_indicator():
    result = compute_indicators(_table()[["id", "pop", "area_km2"]], IndicatorSpec())
    assert set(result.table.columns) == {"density", "small_unit"}


def test_composite_signs_and_weights():
    data = pd.DataFrame({"id": list("abc"), "pop": [1.0, 1.0, 1.0], "area_km2": [1.0] * 3,
                         "x": [1.0, 2.0, 3.0], "y": [10.0, 10.0, 40.0]})
    spec = IndicatorSpec(composite_columns=["x", "y"], composite_weights=[1.0, 2.0],
                         composite_higher_is_worse=[True, False])
    score = compute_indicators(data, spec).table["decline_score"]
    zx = (data.x - data.x.mean()) / data.x.std(ddof=0)
    zy = (data.y - data.y.mean()) / data.y.std(ddof=0)
    assert np.allclose(score, zx - 2 * zy)


def test_default_composite_uses_computed_indicators():
    spec = IndicatorSpec(has_base=True, has_elderly=True, has_young_women=True, has_births=True)
    table = compute_indicators(_table(), spec).table
    # unit b grows, is young and has many births: the least declining of those with a score
    scored = table["decline_score"].dropna()
    assert scored.idxmin() == 1
    # only a and b have every component (c: no elderly, d: no base or births): two ranks
    assert table.loc[1, "decline_class"] == 3 and table.loc[0, "decline_class"] == 5
    assert table["decline_score"].isna().tolist() == [False, False, True, True]


def test_quintiles():
    scores = pd.Series(np.arange(10, dtype=float))
    assert list(quintile_class(scores)) == [1, 1, 2, 2, 3, 3, 4, 4, 5, 5]
    with_nan = pd.Series([1.0, np.nan, 3.0])
    cls = quintile_class(with_nan)
    assert math.isnan(cls[1]) and cls[0] == 3 and cls[2] == 5  # the most declining is always class 5
