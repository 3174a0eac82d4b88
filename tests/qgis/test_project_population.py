"""smallbutstrong:projectpopulation through processing.run and qgis_process, on both samples and memory layers.

Every figure asserted is either recomputed here by hand from the formula of the help page or a real
figure of the bundled samples (the same the core tests find with SQL, tests/core/test_projection.py).
"""

import json
import math
import os
import sqlite3
import subprocess
from pathlib import Path

import processing
import pytest
from qgis.core import QgsProcessingException, QgsRuleBasedRenderer, QgsVectorLayer
from sbs_helpers import CancelAbove, Feedback, plain, polygon_layer, square, values

ALG = "smallbutstrong:projectpopulation"
ROOT = Path(__file__).resolve().parents[2]
KOREA = ROOT / "resources" / "sample" / "korea_sigungu.gpkg"
US = ROOT / "resources" / "sample" / "us_counties.gpkg"
PART_YEARS = (2015, 2020, 2023, 2025)
KOREA_PARAMS = dict(
    INPUT=f"{KOREA}|layername=sigungu", ID_FIELD="code", NAME_FIELD="sigungu",
    POPULATION_FIELDS=[f"pop_reg_{y}" for y in range(2015, 2026)],
    ELDERLY_FIELDS=[f"pop65_reg_{y}" for y in PART_YEARS],
    YOUNG_WOMEN_FIELDS=[f"f20_39_reg_{y}" for y in PART_YEARS],
    TARGET_YEARS="2030,2035,2040,2050", OUTPUT="memory:")
US_PARAMS = dict(INPUT=f"{US}|layername=counties", ID_FIELD="FIPS", NAME_FIELD="NAME",
                 POPULATION_FIELDS=["PO60", "PO70", "PO80", "PO90"], TARGET_YEARS="2000,2010,2020",
                 PROFILE=2, OUTPUT="memory:")
X0, Y0 = 1_000_000, 2_000_000


def run(params, feedback=None, **changes):
    return processing.run(ALG, dict(params, **changes), feedback=feedback or Feedback())


def sample_rows(path, table, key, fields):
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as db:
        return {row[0]: row[1:] for row in db.execute(f"select {key}, {', '.join(fields)} from {table}")}


def geo(p0, p1, span, h):
    """The geometric trend of the help: P1 (P1/P0)^(h/span)."""
    return p1 * (p1 / p0) ** (h / span)


def by_class(result):
    return {c["size"]: (c["units"], round(c["mape"], 2)) for c in json.loads(result["BACKTEST_MAPE_BY_SIZE"])}


# ================================================================================ the Korean sample

@pytest.fixture(scope="module")
def korea_geometric():
    feedback = Feedback()
    return run(KOREA_PARAMS, feedback, METHOD=0), feedback


def test_korea_every_unit_once(korea_geometric):
    result, _ = korea_geometric
    out = result["OUTPUT"]
    codes = [f["code"] for f in out.getFeatures()]
    assert len(codes) == 229 and sorted(codes) == sorted(sample_rows(KOREA, "sigungu", "code", ["sigungu"]))
    names = out.fields().names()
    for year in (2030, 2035, 2040, 2050):
        for pattern in ("pop_{}", "pop65_{}", "f20_39_{}", "risk_index_{}", "risk_class_{}", "f20_39_change_{}",
                        "halving_{}"):
            assert pattern.format(year) in names
    for field in ("below_threshold_year", "proj_base_year", "proj_pop_change", "backtest_ape", "projection_note",
                  "pop_reg_2015", "sido"):
        assert field in names
    assert set(values(out, "code", "proj_base_year").values()) == {2025}


def test_korea_geometric_by_hand(korea_geometric):
    """종로구 (11110) and 울릉군 (47940) recomputed from P(t1)(P(t1)/P(t0))^(h/10), base period 2015–2025."""
    out = korea_geometric[0]["OUTPUT"]
    raw = sample_rows(KOREA, "sigungu", "code", ["pop_reg_2015", "pop_reg_2020", "pop_reg_2025", "pop65_reg_2015",
                                                  "pop65_reg_2025", "f20_39_reg_2015", "f20_39_reg_2025"])
    get = {name: values(out, "code", name) for name in (
        "pop_2030", "pop_2050", "pop65_2040", "f20_39_2040", "risk_index_2040", "risk_class_2040",
        "f20_39_change_2040", "halving_2040", "pop65_2050", "f20_39_2050", "halving_2050", "below_threshold_year",
        "proj_pop_change", "backtest_ape", "projection_note")}
    p15, p20, p25, e15, e25, w15, w25 = raw["11110"]
    assert (p15, p25) == (154986, 137048)
    assert get["pop_2030"]["11110"] == pytest.approx(geo(p15, p25, 10, 5))
    assert get["pop_2030"]["11110"] == pytest.approx(128_873.3, abs=0.05)
    assert get["pop_2050"]["11110"] == pytest.approx(geo(p15, p25, 10, 25))
    assert get["proj_pop_change"]["11110"] == pytest.approx((p25 / p15) ** 2.5 - 1)
    # the parts stay well below the total here, so the constraint leaves them as the trend gives them
    e50, w50 = geo(e15, e25, 10, 25), geo(w15, w25, 10, 25)
    assert e50 + w50 < geo(p15, p25, 10, 25)
    assert get["pop65_2050"]["11110"] == pytest.approx(e50) and get["f20_39_2050"]["11110"] == pytest.approx(w50)
    assert get["halving_2050"]["11110"] == 0
    # 137,048 x 0.8843^(h/10) < 100,000 first at h = 26 (25.6): 2051, after the last target year
    assert get["below_threshold_year"]["11110"] is None
    # back-test: fit 2015-2020, 2025 = P2020 (P2020/P2015), compared with the observed 2025
    assert get["backtest_ape"]["11110"] == pytest.approx(abs(p20 * p20 / p15 - p25) / p25 * 100)
    assert get["projection_note"]["11110"] is None

    # 울릉군: women 20-39 937 -> 485, so 2040 = 485 x 0.5176^1.5 = 180.6, -62.8 % from 2025: halved
    p15, p20, p25, e15, e25, w15, w25 = raw["47940"]
    w40, e40 = geo(w15, w25, 10, 15), geo(e15, e25, 10, 15)
    assert get["f20_39_2040"]["47940"] == pytest.approx(w40) and w40 == pytest.approx(180.6, abs=0.05)
    assert get["pop65_2040"]["47940"] == pytest.approx(e40)
    assert get["f20_39_change_2040"]["47940"] == pytest.approx(w40 / w25 - 1) == pytest.approx(-0.6276, abs=1e-4)
    assert get["halving_2040"]["47940"] == 1
    assert get["risk_index_2040"]["47940"] == pytest.approx(w40 / e40)
    assert get["risk_class_2040"]["47940"] == 5  # below 0.2
    assert get["below_threshold_year"]["47940"] == 2025  # 8,696 residents: below 100,000 already


def test_korea_geometric_figures(korea_geometric):
    result, feedback = korea_geometric
    assert result["BACKTEST_MAPE"] == pytest.approx(5.2066, abs=1e-4)
    assert by_class(result) == {"<10,000": (1, 6.68), "10,000–50,000": (52, 2.97), "50,000–100,000": (38, 5.51),
                                "100,000–500,000": (114, 5.94), "≥500,000": (24, 6.05)}
    assert result["UNITS_HALVING"] == 123  # women 20-39 halved by 2050
    assert result["UNITS_BELOW_THRESHOLD"] == 103  # below 100,000 (Korean profile) by 2050, 94 already in 2025
    log = "\n".join(feedback.infos)
    assert "MAPE 5.21 % over 229 units" in log and "size ≥500,000 (population in 2020): 24 unit(s), MAPE 6.05 %" in log
    assert "0 unit(s) by 2030, 9 unit(s) by 2035, 53 unit(s) by 2040, 123 unit(s) by 2050" in log
    assert "largest errors: 하남시 57.5 %, 세종시 53.2 %, 달성군 37.0 %" in log
    assert "103 unit(s), of which 94 already in 2025" in log
    halving = values(result["OUTPUT"], "code", "halving_2040")
    assert sum(v for v in halving.values() if v) == 53
    # 군위군 (27720) and 미추홀구 (28177) have no 2015 age detail: total projected, parts NULL, a note, a warning
    out = result["OUTPUT"]
    assert values(out, "code", "pop_2050")["27720"] is not None
    assert values(out, "code", "pop65_2050")["27720"] is None and values(out, "code", "halving_2050")["28177"] is None
    note = values(out, "code", "projection_note")["27720"]
    assert note.startswith("65+: missing in 2015, the start of the base period 2015–2025")
    assert any("pop65_reg_2015" in w and "27720, 28177" in w for w in feedback.warnings)
    assert any(w.startswith("2 unit(s): 65+: missing in 2015") and "27720, 28177" in w for w in feedback.warnings)


def test_korea_halving_by_2040_as_output_value():
    assert run(KOREA_PARAMS, TARGET_YEARS="2030,2040")["UNITS_HALVING"] == 53


def test_korea_linear():
    result = run(KOREA_PARAMS, METHOD=1)
    assert result["BACKTEST_MAPE"] == pytest.approx(4.7717, abs=1e-4)
    assert by_class(result) == {"<10,000": (1, 7.99), "10,000–50,000": (52, 3.09), "50,000–100,000": (38, 5.41),
                                "100,000–500,000": (114, 5.19), "≥500,000": (24, 5.26)}
    assert result["UNITS_HALVING"] == 156
    out = result["OUTPUT"]
    assert sum(v for v in values(out, "code", "halving_2040").values() if v) == 117
    # 울릉군: b = (8,696 - 10,153) / 10 = -145.7 a year
    assert values(out, "code", "pop_2030")["47940"] == pytest.approx(8696 - 5 * 145.7)
    assert values(out, "code", "pop_2050")["47940"] == pytest.approx(8696 - 25 * 145.7)


def test_korea_threshold_base_period_and_damping():
    # 종로구 with THRESHOLD 120,000: 137,048 x (137,048/154,986)^(h/10) < 120,000 first at h = 11 (10.8): 2036
    h = math.ceil(10 * math.log(120000 / 137048) / math.log(137048 / 154986))
    out = run(KOREA_PARAMS, THRESHOLD=120000)["OUTPUT"]
    assert h == 11 and values(out, "code", "below_threshold_year")["11110"] == 2025 + h
    # base period 2020-2025 (anchor 2025), damped phi = 0.9: 2030 = P25 (P25/P20)^(S(5)/5), S(5) = sum 0.9^k
    out = run(KOREA_PARAMS, BASE_PERIOD="2020-2025", DAMPING=0.9)["OUTPUT"]
    s5 = sum(0.9 ** k for k in range(1, 6))
    assert values(out, "code", "pop_2030")["11110"] == pytest.approx(137048 * (137048 / 149384) ** (s5 / 5))


# ================================================================================ the US sample

def test_us_geometric_and_linear():
    geometric = run(US_PARAMS, METHOD=0)
    out = geometric["OUTPUT"]
    fips = [f["FIPS"] for f in out.getFeatures()]
    assert len(fips) == len(set(fips)) == 3085
    assert "pop65_2000" not in out.fields().names() and "risk_index_2020" not in out.fields().names()
    assert geometric["UNITS_HALVING"] is None
    # back-test: fit 1960-1970 (the first half of 1960-1990), projected 20 years to 1990
    assert geometric["BACKTEST_MAPE"] == pytest.approx(19.9467, abs=1e-4)
    assert by_class(geometric) == {"<10,000": (842, 22.34), "10,000–50,000": (1573, 16.77),
                                   "50,000–100,000": (331, 22.51), "100,000–500,000": (265, 24.81),
                                   "≥500,000": (74, 31.35)}
    assert geometric["UNITS_BELOW_THRESHOLD"] == 2256  # below 50,000 (European profile) by 2020
    linear = run(US_PARAMS, METHOD=1)
    assert linear["BACKTEST_MAPE"] == pytest.approx(19.5791, abs=1e-4)
    assert by_class(linear) == {"<10,000": (842, 26.49), "10,000–50,000": (1573, 17.40),
                                "50,000–100,000": (331, 16.08), "100,000–500,000": (265, 15.07),
                                "≥500,000": (74, 19.12)}
    # Lake of the Woods, MN (27077): 4,304 / 3,987 / 3,764 / 4,076
    p60, p70, p90 = 4304, 3987, 4076
    assert values(out, "FIPS", "pop_2000")["27077"] == pytest.approx(geo(p60, p90, 30, 10))
    assert values(out, "FIPS", "backtest_ape")["27077"] == pytest.approx(abs(geo(p60, p70, 10, 20) - p90) / p90 * 100)
    lin = linear["OUTPUT"]
    assert values(lin, "FIPS", "pop_2020")["27077"] == pytest.approx(p90 + 30 * (p90 - p60) / 30)
    assert values(lin, "FIPS", "backtest_ape")["27077"] == pytest.approx(723 / 4076 * 100)  # 3,353 vs 4,076


def test_us_backtest_period():
    feedback = Feedback()
    result = run(US_PARAMS, feedback, BACKTEST_PERIOD="1970,1980")  # ten years ahead instead of twenty
    assert any("refitted on 1970–1980, projected to 1990" in i for i in feedback.infos)
    assert result["BACKTEST_MAPE"] == pytest.approx(13.8576, abs=1e-4)  # the 1980s reversed the 1970s
    ape = values(result["OUTPUT"], "FIPS", "backtest_ape")["27077"]
    assert ape == pytest.approx(abs(3764 * 3764 / 3987 - 4076) / 4076 * 100)


def test_two_years_cannot_be_back_tested():
    feedback = Feedback()
    result = run(US_PARAMS, feedback, POPULATION_FIELDS=["PO80", "PO90"])
    assert result["BACKTEST_MAPE"] is None and result["BACKTEST_MAPE_BY_SIZE"] is None
    assert any("cannot be back-tested" in w and "2 observation year(s)" in w for w in feedback.warnings)
    assert values(result["OUTPUT"], "FIPS", "backtest_ape")["27077"] is None
    assert values(result["OUTPUT"], "FIPS", "pop_2000")["27077"] == pytest.approx(4076 * 4076 / 3764)


# ================================================================================ memory layers

def series_layer(rows, years=(2015, 2020, 2025)):
    fields = "id:string&field=name:string" + "".join(f"&field=pop_{y}:double" for y in years)
    return polygon_layer(fields, [(square(X0 + 2000 * n, Y0), *row) for n, row in enumerate(rows)])


def test_parts_constrained_to_the_total():
    # total 1000 -> 500 (x0.5 a decade); 65+ 300 -> 400; women 100 -> 100: in 2035 the total is 250 and
    # 533.33 + 100 exceed it, so both are scaled by 250 / 633.33 (the ratio, and the risk index, kept)
    layer = polygon_layer("id:string&field=pop_2015:double&field=pop_2025:double&field=old_2015:double"
                          "&field=old_2025:double&field=young_2015:double&field=young_2025:double",
                          [(square(X0, Y0), "a", 1000, 500, 300, 400, 100, 100)])
    out = run(dict(INPUT=layer, ID_FIELD="id", POPULATION_FIELDS=["pop_2015", "pop_2025"],
                   ELDERLY_FIELDS=["old_2015", "old_2025"], YOUNG_WOMEN_FIELDS=["young_2015", "young_2025"],
                   TARGET_YEARS="2035", OUTPUT="memory:"))["OUTPUT"]
    f = next(out.getFeatures())
    assert f["pop_2035"] == pytest.approx(250.0)
    assert f["pop65_2035"] == pytest.approx(1600 / 3 * 250 / (1900 / 3))
    assert f["f20_39_2035"] == pytest.approx(100 * 250 / (1900 / 3))
    assert f["risk_index_2035"] == pytest.approx(100 / (1600 / 3))
    assert f["f20_39_change_2035"] == pytest.approx(250 / (1900 / 3) - 1) and f["halving_2035"] == 1


def test_null_zero_negative_and_single_observation():
    rows = [("u1", "One", 1000, 900, 810), ("u2", "Two", 1000, 900, None), ("u3", "Three", 0, 900, 810),
            ("u4", "Four", 1000, -5, 810), ("u5", "Five", None, 500, None)]
    feedback = Feedback()
    out = run(dict(INPUT=series_layer(rows), ID_FIELD="id", NAME_FIELD="name",
                   POPULATION_FIELDS=["pop_2025", "pop_2015", "pop_2020"],  # any order: sorted by year
                   TARGET_YEARS="2030,2035", OUTPUT="memory:"), feedback)["OUTPUT"]
    assert [f["id"] for f in out.getFeatures()] == ["u1", "u2", "u3", "u4", "u5"]
    pop = values(out, "id", "pop_2035")  # 1000 -> 810 a decade: 729 in 2030, 656.1 in 2035
    note = values(out, "id", "projection_note")
    assert pop["u1"] == pytest.approx(656.1) and pop["u4"] == pytest.approx(656.1)  # 2020 plays no part
    assert pop["u2"] is None and pop["u3"] is None and pop["u5"] is None
    assert note["u2"] == ("population: missing in 2025, the end of the base period 2015–2025; fill it or choose a "
                          "base period that avoids it")
    assert note["u3"].startswith("population: zero (treated as missing) in 2015, the start")
    assert note["u5"] == "population: a single observation (2020) in the base period 2015–2025; a trend needs two"
    assert note["u1"] is None and note["u4"] is None
    warnings = "\n".join(feedback.warnings)
    assert "Parameter POPULATION_FIELDS: the field pop_2025 is NULL or not a number for 2 unit(s), taken as " \
           "missing: u2, u5" in warnings
    assert "Parameter POPULATION_FIELDS: the field pop_2020 is negative for 1 unit(s), taken as missing: u4" in warnings
    assert "Parameter POPULATION_FIELDS: the field pop_2015 is 0 for 1 unit(s)" in warnings and "u3" in warnings
    assert "1 unit(s): population: a single observation (2020)" in warnings


def age_layer():
    """18 five-year groups at 2015 and 2020 (the core test's table): 2015 50 women and 50 men in every
    group; 2020 45 + 45 in 5-9 … 80-84, 0-4 = 30 women + 40 men, 85+ = 70 women + 50 men. Unit b has no
    women 60-64 in 2015, so the ratio for women 65-69 is undefined."""
    names = [f"{kind}_{g:02d}_{year}" for year in (2015, 2020) for kind in ("all", "fem") for g in range(18)]
    fields = "id:string&field=" + "&field=".join(f"{n}:double" for n in names)
    rows = []
    for uid in ("a", "b"):
        f0, m0 = [50.0] * 18, [50.0] * 18
        f1, m1 = [45.0] * 18, [45.0] * 18
        f1[0], m1[0], f1[17], m1[17] = 30.0, 40.0, 70.0, 50.0
        if uid == "b":
            f0[12] = 0.0
        attrs = ([f + m for f, m in zip(f0, m0)] + f0 + [f + m for f, m in zip(f1, m1)] + f1)
        rows.append((square(X0 + (uid == "b") * 2000, Y0), uid, *attrs))
    return polygon_layer(fields, rows), names


def test_hamilton_perry_by_hand():
    layer, names = age_layer()
    group = {(k, y): [n for n in names if n.startswith(k) and n.endswith(str(y))] for k in ("all", "fem")
             for y in (2015, 2020)}
    feedback = Feedback()
    result = run(dict(INPUT=layer, ID_FIELD="id", METHOD=2, TARGET_YEARS="2025,2027,2030", THRESHOLD=1400,
                      AGE_GROUP_FIELDS_BASE=group["all", 2015], FEMALE_AGE_GROUP_FIELDS_BASE=group["fem", 2015],
                      AGE_GROUP_FIELDS_LATEST=group["all", 2020], FEMALE_AGE_GROUP_FIELDS_LATEST=group["fem", 2020],
                      OUTPUT="memory:"), feedback)
    f = {feat["id"]: feat for feat in result["OUTPUT"].getFeatures()}["a"]
    # CCR 0.9 everywhere; open CCR 70/100 (women), 50/100 (men); CWR 30/315, 40/315 (women 15-49 = 7 x 45)
    # 2025 women: 0-4 27, 5-9 27, 10-84 15 x 40.5, 85+ 0.7 (45 + 70) = 80.5 -> 742; men 36 + 36 + 607.5 + 47.5 = 727
    assert f["pop_2025"] == pytest.approx(1469.0)
    assert f["pop65_2025"] == pytest.approx(4 * 81 + 80.5 + 47.5)
    assert f["f20_39_2025"] == pytest.approx(4 * 40.5)
    assert f["risk_index_2025"] == pytest.approx(162 / 452) and f["risk_class_2025"] == 4
    assert f["f20_39_change_2025"] == pytest.approx(162 / 180 - 1) and f["halving_2025"] == 0
    # 2030: women 24.3 x 3 + 14 x 36.45 + 0.7 (40.5 + 80.5) = 667.9; men 97.2 + 510.3 + 0.5 (40.5 + 47.5)
    assert f["pop_2030"] == pytest.approx(667.9 + 651.5)
    assert f["pop_2027"] == pytest.approx(1469 * (1319.4 / 1469) ** 0.4)  # constant rate within the step
    assert f["below_threshold_year"] == 2028 and f["proj_base_year"] == 2020
    assert f["proj_pop_change"] == pytest.approx(1319.4 / 1630 - 1)
    assert plain(f["projection_note"]) is None and plain(f["backtest_ape"]) is None
    b = {feat["id"]: feat for feat in result["OUTPUT"].getFeatures()}["b"]
    assert plain(b["pop_2030"]) is None
    assert b["projection_note"] == ("Hamilton–Perry: zero female 60–64 in 2015, so the cohort-change ratio for "
                                    "female 65–69 is undefined")
    # two dates can be fitted but not checked: the run says so
    assert result["BACKTEST_MAPE"] is None
    assert any("cannot be back-tested" in w and "2 dates" in w for w in feedback.warnings)
    assert result["UNITS_HALVING"] == 0 and result["UNITS_BELOW_THRESHOLD"] == 1


# ================================================================================ bad input

@pytest.mark.parametrize("changes, message", [
    (dict(POPULATION_FIELDS=["pop_reg_2015", "pop_reg_2020", "pop_reg_2025"], YEARS="2015,2025,2020"),
     "Parameter YEARS: the years must increase, but 2020 follows 2025 (position 3)"),
    (dict(POPULATION_FIELDS=["pop_reg_2015", "pop_reg_2025"], YEARS="2015,2020,2025"),
     "Parameter YEARS: 3 year(s) for the 2 field(s) of POPULATION_FIELDS"),
    (dict(POPULATION_FIELDS=["pop_reg_2015", "pop_reg_2025"], YEARS="2015,twenty"),
     "Parameter YEARS: \"twenty\" is not a year"),
    (dict(POPULATION_FIELDS=["pop_reg_2025"]),
     "Parameter POPULATION_FIELDS: a single field (pop_reg_2025, year 2025); a trend of the population needs at "
     "least two years"),
    (dict(POPULATION_FIELDS=[]), "Parameter POPULATION_FIELDS: the trend methods need the population of at least "
                                 "two years"),
    (dict(POPULATION_FIELDS=["pop_reg_2015", "pop65_reg_2015", "pop_reg_2025"]),
     "Parameter POPULATION_FIELDS: the fields \"pop_reg_2015\" and \"pop65_reg_2015\" are both of 2015"),
    (dict(POPULATION_FIELDS=["pop_reg_2015", "pop_reg_2015"]),
     "Parameter POPULATION_FIELDS: the field \"pop_reg_2015\" is chosen twice"),
    (dict(POPULATION_FIELDS=["pop_reg_2015", "sigungu"]),
     "Parameter POPULATION_FIELDS: the field \"sigungu\" is of type"),
    (dict(POPULATION_FIELDS=["pop_reg_2015", "fid"]), "Parameter POPULATION_FIELDS: \"fid\" is the layer's row id"),
    (dict(POPULATION_FIELDS=["pop_reg_2015", "area_km2"]),
     "Parameter POPULATION_FIELDS: the year of the field \"area_km2\" cannot be read from its name; give the years "
     "in YEARS"),
    (dict(ELDERLY_FIELDS=["pop65_reg_2025"]), "Parameter ELDERLY_FIELDS: a single field (pop65_reg_2025, year 2025)"),
    (dict(TARGET_YEARS="2025,2030"),
     "Parameter TARGET_YEARS: 2025 is not after the last observed year 2025; project to later years only"),
    (dict(TARGET_YEARS="2040,2030"), "Parameter TARGET_YEARS: the years must increase, but 2030 follows 2040"),
    (dict(TARGET_YEARS=""), "TARGET_YEARS"),  # a required parameter: QGIS refuses it before the run
    (dict(DAMPING=0), "Parameter DAMPING: 0 is outside (0, 1]"),
    (dict(BASE_PERIOD="2024,2025"),
     "Parameter BASE_PERIOD: the period 2024–2025 holds 1 of the years of ELDERLY_FIELDS (2015, 2020, 2023, 2025); "
     "a trend needs two"),
    (dict(BASE_PERIOD="2025,2015"), "Parameter BASE_PERIOD: the period starts in 2025 and ends in 2015"),
    (dict(BASE_PERIOD="2015"), "Parameter BASE_PERIOD: \"2015\" is not a period"),
    (dict(BACKTEST_PERIOD="2015,2025"),
     "Parameter BACKTEST_PERIOD: the fit period ends in 2025, not before the last observed year 2025"),
    (dict(METHOD=2), "Parameter AGE_GROUP_FIELDS_BASE: Hamilton–Perry needs the five-year age groups"),
])
def test_bad_input_names_the_parameter(changes, message):
    with pytest.raises(QgsProcessingException) as err:
        run(KOREA_PARAMS, **changes)
    assert message in str(err.value)


def test_hamilton_perry_groups_must_match():
    layer, names = age_layer()
    fields = {k: [n for n in names if n.startswith(k[0]) and n.endswith(k[1])]
              for k in (("all", "2015"), ("fem", "2015"), ("all", "2020"), ("fem", "2020"))}
    params = dict(INPUT=layer, ID_FIELD="id", METHOD=2, TARGET_YEARS="2030", OUTPUT="memory:",
                  AGE_GROUP_FIELDS_BASE=fields["all", "2015"], FEMALE_AGE_GROUP_FIELDS_BASE=fields["fem", "2015"][:-1],
                  AGE_GROUP_FIELDS_LATEST=fields["all", "2020"], FEMALE_AGE_GROUP_FIELDS_LATEST=fields["fem", "2020"])
    with pytest.raises(QgsProcessingException, match="Parameter FEMALE_AGE_GROUP_FIELDS_BASE: 17 age groups, but "
                                                     "AGE_GROUP_FIELDS_BASE has 18"):
        run(params)
    params.update(FEMALE_AGE_GROUP_FIELDS_BASE=fields["fem", "2015"], AGE_GROUP_YEARS="2012,2020")
    with pytest.raises(QgsProcessingException, match="Parameter AGE_GROUP_YEARS: 2012 and 2020 are 8 years apart; "
                                                     "Hamilton–Perry needs a multiple of 5 years"):
        run(params)


# ================================================================================ outputs, cancel, qgis_process

@pytest.mark.parametrize("at", [5, 30, 45, 60, 90, 99.5])
def test_cancel_leaves_no_file(at, tmp_path):
    feedback = CancelAbove(at)
    try:
        result = processing.run(ALG, dict(KOREA_PARAMS, OUTPUT=str(tmp_path / "projection.gpkg")), feedback=feedback)
    except QgsProcessingException:
        result = {}
    assert feedback.isCanceled(), "the cancel point was never reached"
    assert "OUTPUT" not in result
    assert list(tmp_path.iterdir()) == []


def test_geopackage_metadata_and_style(tmp_path):
    from small_but_strong.processing.provenance import metadata_items
    from small_but_strong.processing.styles import apply_style

    path = tmp_path / "projection.gpkg"
    result = run(KOREA_PARAMS, OUTPUT=str(path))
    assert result["OUTPUT"] == str(path)
    items = metadata_items(f"{path}|layername=projection")
    assert "KOSTAT" in items["SBS_ATTRIBUTION"]
    meta = json.loads(items["SBS_PROJECTION"])
    assert meta["method"] == "geometric" and meta["target_years"] == [2030, 2035, 2040, 2050]
    assert meta["base_year"] == 2025 and meta["threshold"] == 100000
    layer = QgsVectorLayer(f"{path}|layername=projection", "projection", "ogr")
    assert layer.featureCount() == 229
    assert apply_style(layer, "projection", store=False)
    renderer = layer.renderer()
    assert isinstance(renderer, QgsRuleBasedRenderer)
    labels = [rule.label() for rule in renderer.rootRule().children()]
    assert labels[0] == "projected decline of more than 30 %" and labels[-1] == "no projection" and len(labels) == 8
    # every unit falls in exactly one class
    rules = renderer.rootRule().children()
    from qgis.core import QgsExpression, QgsExpressionContext

    for feature in layer.getFeatures():
        context = QgsExpressionContext()
        context.setFeature(feature)
        assert sum(bool(QgsExpression(r.filterExpression()).evaluate(context)) for r in rules) == 1
    assert layer.labeling().settings().format().font().family() == "Noto Sans"


def test_help_and_registration():
    from qgis.core import QgsApplication

    alg = QgsApplication.processingRegistry().algorithmById(ALG)
    assert alg is not None and alg.displayName() == "Project population" and alg.group() == "Decline"
    help_text = alg.shortHelpString()
    for text in ("Hamilton &amp; Perry (1962)", "Swanson, Schlottmann &amp; Schmidt (2010)",
                 "A Practitioner's Guide to State and Local Population Projections", "Masuda 2014",
                 "Population Strategy Council (2024", "MAPE"):
        assert text in help_text, text
    assert alg.svgIconPath().endswith("projection.svg")
    outputs = {o.name() for o in alg.outputDefinitions()}
    assert outputs == {"OUTPUT", "BACKTEST_MAPE", "BACKTEST_MAPE_BY_SIZE", "UNITS_HALVING", "UNITS_BELOW_THRESHOLD"}


def test_qgis_process_run(tmp_path):
    out = tmp_path / "projection.gpkg"
    env = dict(os.environ, SBS_PROFILE_DIR=str(tmp_path / "profile"), QT_QPA_PLATFORM="offscreen")
    args = [f"INPUT={KOREA}|layername=sigungu", "ID_FIELD=code", "NAME_FIELD=sigungu", "METHOD=1",
            "TARGET_YEARS=2030,2040", f"OUTPUT={out}"]
    args += [f"POPULATION_FIELDS=pop_reg_{y}" for y in (2015, 2020, 2025)]
    args += [f"YOUNG_WOMEN_FIELDS=f20_39_reg_{y}" for y in PART_YEARS]
    args += [f"ELDERLY_FIELDS=pop65_reg_{y}" for y in PART_YEARS]
    run_ = subprocess.run(["bash", str(ROOT / "scripts" / "qgis_process.sh"), "--json", "run", ALG, "--", *args],
                          env=env, capture_output=True, text=True, timeout=300)
    assert run_.returncode == 0, run_.stderr
    results = json.loads(run_.stdout)["results"]  # nothing else may print on stdout
    assert results["OUTPUT"] == str(out)
    # linear on 2015, 2020, 2025: the same end points as the yearly series, the same back-test
    # (fit 2015-2020, compare 2025), so the same MAPE as test_korea_linear
    assert results["BACKTEST_MAPE"] == pytest.approx(4.7717, abs=1e-4)
    assert results["UNITS_HALVING"] == 117
    with sqlite3.connect(out) as db:
        rows = dict(db.execute("select code, pop_2030 from projection").fetchall())
    assert len(rows) == 229 and rows["47940"] == pytest.approx(8696 - 5 * 145.7)
