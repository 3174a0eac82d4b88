"""Population projections: every figure below is recomputed by hand from the formulas."""

import math
import sqlite3
from pathlib import Path

import numpy as np
import pytest

from small_but_strong.core.indicators import RISK_CLASSES, risk_class
from small_but_strong.core.projection import (
    DEFAULT_SIZE_BOUNDS,
    ProjectionError,
    ProjectionSpec,
    UnitData,
    backtest,
    cohort_ratios,
    constrain_parts,
    damped_sum,
    project,
    risk_classes,
)

SAMPLE = Path(__file__).resolve().parents[2] / "resources" / "sample" / "korea_sigungu.gpkg"
NAN = float("nan")


def _spec(**kw):
    kw.setdefault("target_years", (2030, 2035))
    return ProjectionSpec(**kw)


# --- trends ---------------------------------------------------------------------------------

def test_geometric_by_hand():
    # 1000 -> 810 in ten years: (1+r)^10 = 0.81, so five more years multiply by 0.9
    data = UnitData(years=[2015, 2020, 2025], population=[[1000, 950, 810], [50000, 52000, 60500]])
    r = project(data, _spec(target_years=(2030, 2035, 2045)))
    assert r.population[0].tolist() == pytest.approx([729.0, 656.1, 531.441])
    # 50000 -> 60500: (1+r)^10 = 1.21, so +10 % every five years; interior 2020 plays no part
    assert r.population[1].tolist() == pytest.approx([66550.0, 73205.0, 88578.05])
    assert r.base_year == 2025
    assert r.reason.tolist() == [None, None]


def test_linear_uses_end_points_and_never_goes_below_zero():
    # b = (800 - 1000)/10 = -20 a year whatever the bump in 2020; 200 -> -80 a year hits 0
    data = UnitData(years=[2015, 2020, 2025], population=[[1000, 5000, 800], [1000, 600, 200]])
    r = project(data, _spec(method="linear", target_years=(2030, 2035, 2040)))
    assert r.population[0].tolist() == pytest.approx([700.0, 600.0, 500.0])
    assert r.population[1].tolist() == [0.0, 0.0, 0.0]


def test_damped_trends_by_hand():
    assert damped_sum([0, 1, 5], 0.5).tolist() == pytest.approx([0.0, 0.5, 0.96875])
    assert damped_sum([5], 1.0).tolist() == [5.0]
    data = UnitData(years=[2015, 2025], population=[[1000, 800]])
    lin = project(data, _spec(method="linear", damping=0.5, target_years=(2030,)))
    # 800 + (-20) * (0.5 + 0.25 + 0.125 + 0.0625 + 0.03125)
    assert lin.population[0, 0] == pytest.approx(780.625)
    data = UnitData(years=[2015, 2025], population=[[1000, 810]])
    geo = project(data, _spec(damping=0.8, target_years=(2030,)))
    steps = 0.8 + 0.64 + 0.512 + 0.4096 + 0.32768
    assert geo.population[0, 0] == pytest.approx(810 * math.exp(math.log(0.81) / 10 * steps))
    assert geo.population[0, 0] == pytest.approx(810 * 0.81 ** 0.268928)


def test_base_period_selects_the_observations():
    # base 2015-2020: 1000 -> 1100, so 2030 = 1100 * 1.1^2 from the 2020 anchor
    data = UnitData(years=[2015, 2020, 2025], population=[[1000, 1100, 900]])
    r = project(data, _spec(base_period=(2014, 2021), target_years=(2030,)))
    assert r.population[0, 0] == pytest.approx(1331.0)
    assert r.base_year == 2020


def test_units_that_cannot_be_projected_keep_their_row_and_a_reason():
    data = UnitData(years=[2015, 2020, 2025],
                    population=[[NAN, 100, 90], [100, 0, 0], [None, None, None], [0, 50, 60], [10, 9, 8]])
    r = project(data, _spec())
    assert r.population.shape == (5, 2)
    assert np.isnan(r.population[:4]).all() and np.isfinite(r.population[4]).all()
    assert r.reason[0] == ("population: missing in 2015, the start of the base period 2015–2025; "
                           "fill it or choose a base period that avoids it")
    assert r.reason[1] == ("population: a single observation (2015) in the base period 2015–2025; "
                           "a trend needs two")
    assert r.reason[2] == "population: no positive value in the base period 2015–2025"
    assert r.reason[3].startswith("population: zero (treated as missing) in 2015, the start")
    assert r.reason[4] is None
    recs = r.records(ids=["a", "b", "c", "d", "e"])
    assert len(recs) == 10 and recs[0]["unit"] == "a" and recs[0]["population"] is None
    assert recs[0]["reason"] == r.reason[0] and recs[8]["population"] == pytest.approx(8 * 0.8 ** 0.5)


# --- the parts, the risk index and the flags -------------------------------------------------

def test_parts_are_constrained_to_the_total():
    # total 1000 -> 500 (x0.5 a decade); 65+ 300 -> 400 (x4/3); women 100 -> 100
    data = UnitData(years=[2015, 2025], population=[[1000, 500]], elderly=[[300, 400]],
                    young_women=[[100, 100]])
    r = project(data, _spec(target_years=(2035,)))
    assert r.population[0, 0] == pytest.approx(250.0)
    # unconstrained 533.33 + 100 > 250: both scaled by 250 / 633.33
    assert r.elderly[0, 0] == pytest.approx(533.3333333 * 250 / 633.3333333)
    assert r.elderly[0, 0] == pytest.approx(210.5263158)
    assert r.young_women[0, 0] == pytest.approx(39.4736842)
    assert r.elderly[0, 0] + r.young_women[0, 0] == pytest.approx(250.0)
    assert r.risk_index[0, 0] == pytest.approx(0.1875)  # 100 / 533.33: scaling keeps the ratio
    assert r.risk_class[0, 0] == 5
    assert r.young_women_change[0, 0] == pytest.approx(-0.6052632)
    assert r.young_women_halved[0, 0] == 1.0


def test_constrain_parts_single_part_missing_part_and_missing_total():
    e, w = constrain_parts(np.array([100.0, 100.0, NAN, 0.0]), np.array([150.0, 30.0, 5.0, 4.0]),
                           np.array([NAN, 20.0, 5.0, 4.0]))
    assert e[0] == 100.0 and np.isnan(w[0])  # only 65+ known: capped at the total
    assert (e[1], w[1]) == (30.0, 20.0)  # 50 <= 100: untouched
    assert np.isnan(e[2]) and np.isnan(w[2])
    assert (e[3], w[3]) == (0.0, 0.0)


def test_halving_flag_and_change_from_the_base_year():
    # linear women 400 -> 300 (2015-2025), -10 a year: 250 (2030), 150 (2040, exactly -50 %)
    data = UnitData(years=[2015, 2025], population=[[10000, 10000]], elderly=[[1000, 1200]],
                    young_women=[[400, 300]])
    r = project(data, _spec(method="linear", target_years=(2030, 2040)))
    assert r.young_women[0].tolist() == [250.0, 150.0]
    assert r.young_women_change[0].tolist() == pytest.approx([-1 / 6, -0.5])
    assert r.young_women_halved[0].tolist() == [0.0, 1.0]
    # 65+ 1200 + 20 a year: 1300 and 1500; risk 250/1300 = 0.192 (class 5), 0.1 (class 5)
    assert r.risk_index[0].tolist() == pytest.approx([250 / 1300, 0.1])
    recs = r.records()
    assert recs[1]["f20_39_halved"] is True and recs[0]["f20_39_halved"] is False
    assert recs[0]["risk_class"] == 5


def test_parts_on_their_own_years_and_their_reasons():
    # 65+ observed 2015, 2020, 2023, 2025 only; 2030 = 2025 value * (ratio over 2015-2025)^(1/2)
    data = UnitData(years=list(range(2015, 2026)), population=[[10000.0] * 11, [5000.0] * 11],
                    elderly=[[1000, 1100, 1200, 1440], [NAN, 500, 600, 700]],
                    elderly_years=[2015, 2020, 2023, 2025])
    r = project(data, _spec(target_years=(2030,)))
    assert r.elderly[0, 0] == pytest.approx(1440 * 1.44 ** 0.5)
    assert np.isnan(r.elderly[1, 0]) and r.population[1, 0] == pytest.approx(5000.0)
    assert r.reason[1].startswith("65+: missing in 2015, the start of the base period 2015–2025")
    assert np.isnan(r.risk_index).all()  # no women 20-39 given: no index, no reason about it


def test_first_year_below_threshold():
    # 810 * 0.81^(h/10) < 700 first at h = 7 (h > 6.92); 650 is below already in 2025
    data = UnitData(years=[2015, 2025], population=[[1000, 810], [700, 650], [1000, 1200]])
    r = project(data, _spec(threshold=700))
    assert r.below_year.tolist()[:2] == [2032.0, 2025.0] and np.isnan(r.below_year[2])
    assert [rec["below_year"] for rec in r.records()[::2]] == [2032, 2025, None]
    assert np.isnan(project(data, _spec()).below_year).all()  # no threshold, no year


def test_vectorised_risk_classes_agree_with_indicators():
    values = [2.0, 1.5, 1.49, 1.0, 0.99, 0.5, 0.49, 0.2, 0.19, 0.0, NAN, math.inf]
    want = [risk_class(v) for v in values]
    got = risk_classes(values)
    assert [None if math.isnan(g) else int(g) for g in got] == want
    assert {int(c) for c in risk_classes([c[0] for c in RISK_CLASSES])} == {1, 2, 3, 4, 5}


# --- Hamilton-Perry --------------------------------------------------------------------------

def _age_table():
    """18 groups 0-4 ... 85+. 2015: 50 women and 50 men in every group. 2020: 45 + 45 in
    5-9 ... 80-84, 0-4 = 30 women + 40 men, 85+ = 70 women + 50 men."""
    f0 = np.full(18, 50.0)
    m0 = np.full(18, 50.0)
    f1 = np.full(18, 45.0)
    m1 = np.full(18, 45.0)
    f1[0], m1[0], f1[17], m1[17] = 30.0, 40.0, 70.0, 50.0
    both = np.stack([f0 + m0, f1 + m1])[None]
    female = np.stack([f0, f1])[None]
    return both, female


def test_hamilton_perry_by_hand():
    both, female = _age_table()
    data = UnitData(age_years=[2015, 2020], age_groups=both, female_age_groups=female)
    r = project(data, _spec(method="hamilton_perry", target_years=(2025, 2027, 2030), threshold=1400))
    # CCR 0.9 everywhere; open CCR 70/100 (women), 50/100 (men); CWR 30/315, 40/315 (W15-49 = 7*45)
    # 2025 women: 0-4 27 (283.5*30/315), 5-9 27, 10-84 15*40.5, 85+ 0.7*(45+70) = 80.5 -> 742
    # 2025 men:   0-4 36, 5-9 36, 607.5, 85+ 0.5*(45+50) = 47.5 -> 727
    assert r.population[0, 0] == pytest.approx(1469.0)
    assert r.elderly[0, 0] == pytest.approx(4 * 81 + 80.5 + 47.5)  # 65-84 both sexes + 85+
    assert r.young_women[0, 0] == pytest.approx(162.0)
    assert r.young_women_change[0, 0] == pytest.approx(162 / 180 - 1)
    assert r.risk_index[0, 0] == pytest.approx(162 / 452)
    # 2030: women 24.3*3 + 14*36.45 + 0.7*(40.5+80.5) = 667.9; men 97.2 + 510.3 + 0.5*(40.5+47.5)
    assert r.population[0, 2] == pytest.approx(667.9 + 651.5)
    assert r.young_women[0, 2] == pytest.approx(145.8)
    # 2027 lies between the steps: constant rate within the step
    assert r.population[0, 1] == pytest.approx(1469 * (1319.4 / 1469) ** 0.4)
    # 2020 observed 1630; 1469 in 2025; 2027: 1469 * 0.8982^0.4 = 1407.2; 2028: 1377.4 < 1400
    assert r.population[0, 1] > 1400 and r.below_year[0] == 2028.0
    assert r.base_year == 2020 and r.reason[0] is None


def test_hamilton_perry_ten_year_step_children_5_9_against_women_20_54():
    both, female = _age_table()
    f1 = female[:, 1]
    ratio, den = cohort_ratios(f1, f1, f1, 2)  # a 10-year step: two groups by child-woman ratio
    assert den[0, 0] == pytest.approx(7 * 45.0)  # women 15-49
    assert den[0, 1] == pytest.approx(7 * 45.0)  # women 20-54 (all 45 here)
    f1b = f1.copy()
    f1b[0, 10] = 100.0  # 50-54 enters only the 5-9 window
    ratio, den = cohort_ratios(f1b, f1b, f1b, 2)
    assert den[0].tolist()[:2] == [315.0, 370.0]
    assert ratio[0, 1] == pytest.approx(45 / 370)
    assert ratio[0, 2] == pytest.approx(45 / 30)  # 10-14 at t1 from 0-4 at t0
    assert ratio[0, 17] == pytest.approx(70 / (45 + 45 + 70))  # 85+ from 75+


def test_hamilton_perry_zero_denominator_and_bad_counts():
    both, female = _age_table()
    both = np.repeat(both, 3, axis=0)
    female = np.repeat(female, 3, axis=0)
    female[0, 0, 16] = 0.0  # women 80-84 in 2015: CCR for women 85+ from 80+ still 70/50
    female[0, 0, 12] = 0.0  # women 60-64 in 2015 -> CCR for women 65-69 undefined
    female[1, 1, 3] = 200.0  # more women than people aged 15-19 in 2020
    data = UnitData(age_years=[2015, 2020], age_groups=both, female_age_groups=female)
    r = project(data, _spec(method="hamilton_perry", target_years=(2030,)))
    assert r.reason[0] == ("Hamilton–Perry: zero female 60–64 in 2015, so the ratio for female "
                           "65–69 is undefined")
    assert r.reason[1] == "Hamilton–Perry: more women than people aged 15–19 in 2020"
    assert np.isnan(r.population[:2]).all() and r.population[2, 0] == pytest.approx(1319.4)


# --- back-test ------------------------------------------------------------------------------

def _backtest_data():
    return UnitData(years=[2015, 2020, 2025], population=[
        [1000, 1100, 1200],       # geometric 2025 = 1100^2/1000 = 1210: APE 10/1200
        [20000, 18000, 16000],    # 16200: APE 200/16000
        [60000, 60000, 66000],    # 60000: APE 6000/66000
        [NAN, 5000, 5000],        # cannot be fitted
        [3000, 3000, NAN],        # nothing to compare with
    ])


def test_backtest_mape_by_hand():
    b = backtest(_backtest_data())
    assert b.available and b.fit_period == (2015, 2020) and b.test_year == 2025
    apes = [10 / 1200 * 100, 200 / 16000 * 100, 6000 / 66000 * 100]
    assert b.ape[:3].tolist() == pytest.approx(apes)
    assert b.mape == pytest.approx(sum(apes) / 3) and b.mape == pytest.approx(3.72474747)
    by = {c["label"]: (c["units"], c["mape"]) for c in b.classes}
    assert list(by) == ["<10,000", "10,000–50,000", "50,000–100,000", "100,000–500,000", "≥500,000"]
    assert by["<10,000"][0] == 1 and by["<10,000"][1] == pytest.approx(apes[0])
    assert by["10,000–50,000"] == (1, pytest.approx(1.25))
    assert by["50,000–100,000"][1] == pytest.approx(9.0909091)
    assert by["≥500,000"] == (0, None)
    assert b.size_class.tolist()[:3] == [0.0, 1.0, 2.0]
    assert b.unit_reason[3] == ("population: a single observation (2020) in the base period "
                                "2015–2020; a trend needs two")
    assert b.unit_reason[4] == "no positive observed population in 2025 to compare with"
    recs = b.records()
    assert recs[2]["size_class"] == "50,000–100,000" and recs[4]["ape"] is None


def test_backtest_linear_and_custom_bounds():
    b = backtest(_backtest_data(), _spec(method="linear"), size_bounds=(50000,))
    # 1200 exact; 16000 exact; 60000 vs 66000
    assert b.ape[:3].tolist() == pytest.approx([0.0, 0.0, 6000 / 66000 * 100])
    assert [(c["label"], c["units"]) for c in b.classes] == [("<50,000", 2), ("≥50,000", 1)]
    assert DEFAULT_SIZE_BOUNDS == (10_000, 50_000, 100_000, 500_000)


def test_backtest_not_available():
    b = backtest(UnitData(years=[2020, 2025], population=[[1, 2], [3, 4]]))
    assert not b.available and b.reason == ("geometric: 2 observation years; a back-test needs "
                                            "three — two to fit and a later one to compare with")
    assert b.ape.shape == (2,) and np.isnan(b.mape)
    both, female = _age_table()
    b = backtest(UnitData(age_years=[2015, 2020], age_groups=both, female_age_groups=female),
                 _spec(method="hamilton_perry"))
    assert not b.available and b.reason.startswith("hamilton_perry: 2 age-table dates")


def test_backtest_hamilton_perry_on_three_dates():
    both, female = _age_table()
    projected = project(UnitData(age_years=[2015, 2020], age_groups=both, female_age_groups=female),
                        _spec(method="hamilton_perry", target_years=(2025,)))
    # a third date observed 5 % above what the 2015-2020 ratios give
    third_both = both[:, 1] * 1469 * 1.05 / 1630
    data = UnitData(age_years=[2015, 2020, 2025], age_groups=np.concatenate([both, third_both[:, None]], 1),
                    female_age_groups=np.concatenate([female, female[:, 1:] * 0.9], 1))
    b = backtest(data, _spec(method="hamilton_perry"))
    assert b.fit_period == (2015, 2020) and b.projected[0] == pytest.approx(projected.population[0, 0])
    assert b.ape[0] == pytest.approx(0.05 / 1.05 * 100)
    assert b.classes[0]["units"] == 1


# --- bad input ------------------------------------------------------------------------------

@pytest.mark.parametrize("data,spec,message", [
    (UnitData(years=[2015, 2020, 2018], population=[[1, 2, 3]]), _spec(),
     "years: 2018 follows 2020 (position 2); give the years in strictly increasing order"),
    (UnitData(years=[2015, 2025], population=[[1, 2]]), _spec(target_years=(2025, 2030)),
     "target_years: 2025 is not after the last observed year 2025; project to later years only"),
    (UnitData(years=[2015, 2025], population=[[1, 2]]), _spec(target_years=(2035, 2030)),
     "target_years: 2030 follows 2035"),
    (UnitData(years=[2015, 2025], population=[[1, 2]]), _spec(damping=0.0), "damping: 0.0 is outside (0, 1]"),
    (UnitData(years=[2015, 2025], population=[[1, 2]]), _spec(damping=1.2), "damping: 1.2 is outside (0, 1]"),
    (UnitData(years=[2015, 2025], population=[[1, 2]]), _spec(damping=NAN), "damping: nan is outside"),
    (UnitData(years=[2015, 2020, 2025], population=[[1, 2, 3], [4, -5, 6]]), _spec(),
     "population: value -5.0 for unit 1 in 2020; counts must be ≥ 0"),
    (UnitData(years=[2015, 2020, 2025, 2026], population=[[1, 2, 3], [4, 5, 6]]), _spec(),
     "population: shape (2, 3), expected (units, 4 years [2015, 2020, 2025, 2026])"),
    (UnitData(years=[2015, 2025], population=[[1, 2], [3, 4]], elderly=[[1, 1]]), _spec(),
     "elderly: shape (1, 2), expected (2 units, 2 years [2015, 2025])"),
    (UnitData(years=[2015, 2025], population=[[1, 2]], young_women=[[1, 1, 1]],
              young_women_years=[2015, 2020, 2020]),
     _spec(), "young_women_years: 2020 follows 2020"),
    (UnitData(years=[2015, 2020, 2025], population=[[1, 2, 3]]), _spec(base_period=(2016, 2024)),
     "years: only [2020] inside the base period 2016–2024; it needs two observation years"),
    (UnitData(years=[2015, 2025], population=[[1, 2]]), _spec(base_period=(2025, 2015)),
     "base_period: start 2025 is not before end 2015"),
    (UnitData(years=[2025], population=[[1]]), _spec(), "years: 1 year(s) given, at least 2 needed"),
    (UnitData(years=[2015, 2025]), _spec(), "population: required by the geometric method"),
    (UnitData(years=[2015, 2025], population=[[1, 2]]), _spec(method="logistic"),
     "method: 'logistic' is unknown; choose one of geometric, linear, hamilton_perry"),
    (UnitData(years=[2015, 2025], population=[[1, 2]]), _spec(threshold=-1), "threshold: -1 must be"),
    (UnitData(age_years=[2017, 2020], age_groups=np.ones((1, 2, 18)), female_age_groups=np.ones((1, 2, 18))),
     _spec(method="hamilton_perry"),
     "age_years: 2017 and 2020 are 3 years apart; Hamilton–Perry needs a multiple of 5"),
    (UnitData(age_years=[2000, 2020], age_groups=np.ones((1, 2, 18)), female_age_groups=np.ones((1, 2, 18))),
     _spec(method="hamilton_perry"), "age_years: 2000 and 2020 are 20 years apart; children born"),
    (UnitData(age_years=[2015, 2020], age_groups=np.ones((1, 2, 18)), female_age_groups=np.ones((1, 2, 17))),
     _spec(method="hamilton_perry"), "female_age_groups: shape (1, 2, 17), expected (1 units, 2 years"),
    (UnitData(age_years=[2015, 2020], age_groups=np.ones((1, 2, 10)), female_age_groups=np.ones((1, 2, 10))),
     _spec(method="hamilton_perry"), "age_groups: 10 groups (open group 45+) are too few"),
    (UnitData(age_years=[2015, 2020], age_groups=np.ones((1, 2, 18))), _spec(method="hamilton_perry"),
     "age_groups, female_age_groups: Hamilton–Perry needs"),
])
def test_bad_input_names_the_parameter(data, spec, message):
    with pytest.raises(ProjectionError) as err:
        project(data, spec)
    assert message in str(err.value)
    assert isinstance(err.value, ValueError)


@pytest.mark.parametrize("kwargs,message", [
    ({"test_year": 2024}, "test_year: 2024 is not observed; choose one of [2015, 2020, 2025]"),
    ({"fit_period": (2015, 2025)}, "fit_period: ends 2025, not before the test year 2025"),
    ({"size_bounds": (50000, 10000)}, "size_bounds: [50000, 10000] must be positive and strictly increasing"),
])
def test_backtest_bad_input(kwargs, message):
    with pytest.raises(ProjectionError, match=message.replace("[", r"\[").replace("]", r"\]")):
        backtest(_backtest_data(), **kwargs)


def test_records_need_one_id_per_unit():
    r = project(UnitData(years=[2015, 2025], population=[[1, 2]]), _spec())
    with pytest.raises(ProjectionError, match="ids: 2 ids for 1 units"):
        r.records(ids=["a", "b"])


# --- scale and real data --------------------------------------------------------------------

def test_fifty_thousand_units_project():
    rng = np.random.default_rng(7)
    n_units, years = 50_000, list(range(2015, 2026))
    start = rng.uniform(500, 500_000, n_units)
    rate = rng.normal(-0.01, 0.02, n_units)
    pop = start[:, None] * (1 + rate[:, None]) ** np.arange(11)
    pop[::97, 0] = np.nan  # some units cannot be projected
    part_years = [2015, 2020, 2023, 2025]
    cols = [0, 5, 8, 10]
    data = UnitData(years=years, population=pop, elderly=pop[:, cols] * 0.2, elderly_years=part_years,
                    young_women=pop[:, cols] * rng.uniform(0.05, 0.15, (n_units, 1)),
                    young_women_years=part_years)
    r = project(data, ProjectionSpec(target_years=(2030, 2035, 2040, 2050), threshold=10_000))
    assert r.population.shape == (n_units, 4) and r.reason.shape == (n_units,)
    assert np.isnan(r.population[::97]).all() and sum(x is not None for x in r.reason) == len(pop[::97])
    ok = np.isfinite(r.population[:, 0])
    # spot-check one unit against the formula
    i = 1
    assert r.population[i, 3] == pytest.approx(pop[i, 10] * (pop[i, 10] / pop[i, 0]) ** 2.5)
    assert (r.elderly[ok] + r.young_women[ok] <= r.population[ok] * (1 + 1e-12)).all()
    b = backtest(data)
    assert b.available and np.isfinite(b.ape).sum() == ok.sum()


def _korea():
    con = sqlite3.connect(f"file:{SAMPLE}?mode=ro", uri=True)
    years = list(range(2015, 2026))
    part = [2015, 2020, 2023, 2025]
    cols = ([f"pop_reg_{y}" for y in years] + [f"pop65_reg_{y}" for y in part]
            + [f"f20_39_reg_{y}" for y in part])
    rows = np.array(con.execute(f"SELECT {', '.join(cols)} FROM sigungu ORDER BY code").fetchall(), dtype=float)
    con.close()
    return UnitData(years=years, population=rows[:, :11], elderly=rows[:, 11:15], elderly_years=part,
                    young_women=rows[:, 15:19], young_women_years=part)


@pytest.mark.skipif(not SAMPLE.exists(), reason="sample GeoPackage not shipped")
def test_korean_sample_backtest_and_halving():
    data = _korea()
    b = backtest(data)  # geometric, fit 2015-2020, compare 2025
    assert b.fit_period == (2015, 2020) and np.isfinite(b.ape).sum() == 229
    assert b.mape == pytest.approx(5.2066, abs=1e-3)
    assert np.nanmedian(b.ape) == pytest.approx(2.842, abs=1e-3)
    by = {c["label"]: (c["units"], round(c["mape"], 2)) for c in b.classes}
    assert by == {"<10,000": (1, 6.68), "10,000–50,000": (52, 2.97), "50,000–100,000": (38, 5.51),
                  "100,000–500,000": (114, 5.94), "≥500,000": (24, 6.05)}
    assert backtest(data, ProjectionSpec(method="linear")).mape == pytest.approx(4.7717, abs=1e-3)
    r = project(data, ProjectionSpec(target_years=(2030, 2035, 2040, 2050), threshold=100_000))
    # 군위군 and 미추홀구 have no 2015 age detail: total projected, parts NaN with a reason
    assert sum(x is not None for x in r.reason) == 2 and np.isfinite(r.population).all()
    assert np.nansum(r.young_women_halved, axis=0).tolist() == [0.0, 9.0, 53.0, 123.0]
    assert int(np.isfinite(r.below_year).sum()) == 103 and int((r.below_year == 2025).sum()) == 94
