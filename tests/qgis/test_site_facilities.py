"""smallbutstrong:sitefacilities through processing.run and qgis_process, against brute force and the samples.

The references are independent of the algorithm: ellipsoidal km measured here with a
QgsDistanceArea of their own between the units' points (tiny squares, so the point is the
square's centre) and the candidate and existing points, and every k-subset of the candidates
(LSCP: every subset, smallest first) scored by the objective's textbook definition.
"""

from __future__ import annotations

import itertools
import json
import math
import os
import subprocess
from pathlib import Path

import numpy as np
import processing
import pytest
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCoordinateTransformContext,
    QgsDistanceArea,
    QgsExpression,
    QgsExpressionContext,
    QgsExpressionContextScope,
    QgsFeature,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingException,
    QgsRuleBasedRenderer,
    QgsVectorLayer,
)
from sbs_helpers import CancelAbove, Feedback, polygon_layer, square, values

from small_but_strong.processing.siting import solving

ALG = "smallbutstrong:sitefacilities"
ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "resources" / "sample" / "korea_sigungu.gpkg"
US = ROOT / "resources" / "sample" / "us_counties.gpkg"
METRO = ("서울특별시", "부산광역시", "대구광역시", "인천광역시", "광주광역시", "대전광역시", "울산광역시",
         "세종특별자치시", "경기도")
NON_METRO = "\"sido\" NOT IN ({})".format(", ".join(f"'{s}'" for s in METRO))
CENTRES = "\"cls\" IN ('권역응급의료센터','지역응급의료센터')"
OBJECTIVES = ("pmedian", "mclp", "lscp", "pcenter")
X0, Y0 = 1_000_000, 1_800_000  # EPSG:5179 metres, in Korea
OUTPUTS = dict(OUTPUT_SITES="memory:", OUTPUT="memory:")


def points(fields: str, rows, crs: str = "EPSG:5179", geometry: str = "Point") -> QgsVectorLayer:
    """A memory point layer; rows = (x, y, *attrs)."""
    layer = QgsVectorLayer(f"{geometry}?crs={crs}&field={fields}", "points", "memory")
    features = []
    for x, y, *attrs in rows:
        feature = QgsFeature(layer.fields())
        feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(x, y)))
        feature.setAttributes(list(attrs))
        features.append(feature)
    assert layer.dataProvider().addFeatures(features)
    return layer


def centred(x: float, y: float, size: float = 100.0) -> str:
    return square(x - size / 2, y - size / 2, size)


def run(feedback=None, **params):
    return processing.run(ALG, dict(OUTPUTS, **params), feedback=feedback or Feedback())


def features(layer: QgsVectorLayer, key: str) -> dict:
    out = {}
    for feature in layer.getFeatures():
        out[feature[key]] = {name: (None if feature[name] is None or (hasattr(feature[name], "isNull")
                                                                        and feature[name].isNull()) else feature[name])
                             for name in layer.fields().names()}
    return out


class Km:
    """Ellipsoidal km between EPSG:5179 points, measured independently of the plugin."""

    def __init__(self):
        self.da = QgsDistanceArea()
        self.da.setSourceCrs(QgsCoordinateReferenceSystem("EPSG:4326"), QgsCoordinateTransformContext())
        self.da.setEllipsoid("EPSG:7030")
        self.to_wgs = QgsCoordinateTransform(QgsCoordinateReferenceSystem("EPSG:5179"),
                                             QgsCoordinateReferenceSystem("EPSG:4326"), QgsCoordinateTransformContext())

    def __call__(self, a, b) -> float:
        return self.da.measureLine(self.to_wgs.transform(QgsPointXY(*a)), self.to_wgs.transform(QgsPointXY(*b))) / 1e3

    def matrix(self, rows, cols) -> np.ndarray:
        return np.array([[self(a, b) for b in cols] for a in rows]).reshape(len(rows), len(cols))


KM = None


def km():
    global KM
    if KM is None:
        KM = Km()
    return KM


# ======================================================================== brute force
def brute(objective, w, dist, d0, k, s):
    """(optimal value, sites) over every k-subset (LSCP: the fewest sites covering the coverable)."""
    n, m = dist.shape
    if objective == "lscp":
        need = (w > 0) & (d0 > s) & (dist <= s).any(axis=1)
        for size in range(m + 1):
            for combo in itertools.combinations(range(m), size):
                near = dist[:, list(combo)].min(axis=1) if size else np.full(n, np.inf)
                if (near[need] <= s).all():
                    return float(size), combo
    best = None
    for combo in itertools.combinations(range(m), k):
        near = np.minimum(dist[:, list(combo)].min(axis=1), d0)
        if objective == "pmedian":
            value = float(w @ near)
        elif objective == "mclp":
            value = -float(w[near <= s].sum())
        else:
            value = float(near[w > 0].max()) if (w > 0).any() else 0.0
        if best is None or value < best[0] - 1e-9:
            best = (value, combo)
    return (-best[0] if objective == "mclp" else best[0]), best[1]


def random_case(seed, n=9, m=5, e=2, alliances=False):
    rng = np.random.default_rng(seed)
    xy = rng.uniform(0, 60_000, (n, 2)) + (X0, Y0)
    cand = rng.uniform(0, 60_000, (m, 2)) + (X0, Y0)
    ex = rng.uniform(0, 60_000, (e, 2)) + (X0, Y0)
    w = np.round(rng.lognormal(3, 1, n), 1)
    w[rng.random(n) < 0.15] = 0.0
    groups = [("a" if x < X0 + 30_000 else "b") for x, _ in xy] if alliances else [None] * n
    if alliances:
        groups[0] = None  # one unit in no alliance: it keeps the existing facilities
    units = polygon_layer("code:string&field=w:double&field=alli:string",
                          [(centred(x, y), f"u{i}", float(w[i]), groups[i]) for i, (x, y) in enumerate(xy)])
    cands = points("name:string", [(x, y, f"c{j}") for j, (x, y) in enumerate(cand)])
    exist = points("name:string", [(x, y, f"e{j}") for j, (x, y) in enumerate(ex)]) if e else None
    return dict(xy=xy, cand=cand, ex=ex, w=w, groups=groups, units=units, cands=cands, exist=exist)


@pytest.mark.parametrize("objective", range(4))
@pytest.mark.parametrize("seed", range(4))
def test_brute_force_one_problem(seed, objective):
    """Candidates from a point layer, existing facilities, one problem: the optimum and every unit's facility."""
    case = random_case(seed)
    k = 1 + seed % 3
    s = 15.0
    name = OBJECTIVES[objective]
    result = run(INPUT=case["units"], ID_FIELD="code", DEMAND_FIELD="w", CANDIDATES=case["cands"],
                 CANDIDATE_NAME_FIELD="name", EXISTING=case["exist"], EXISTING_NAME_FIELD="name", OBJECTIVE=objective,
                 SITES_PER_ALLIANCE=k, STANDARD_DISTANCE=s, OUTPUT_LINES="memory:")
    dist, dex = km().matrix(case["xy"], case["cand"]), km().matrix(case["xy"], case["ex"])
    d0 = dex.min(axis=1)
    want, _combo = brute(name, case["w"], dist, d0, k, s)
    assert result["OBJECTIVE_VALUE"] == pytest.approx(want, rel=1e-6, abs=1e-6)
    assert result["OPTIMAL"] is True and result["GAP"] == 0.0 and result["ALLIANCES"] == 1
    sites = features(result["OUTPUT_SITES"], "site")
    assert result["SITES"] == len(sites) == (int(want) if name == "lscp" else k)
    chosen = [int(label[1:]) for label in sites]
    # the chosen plan itself scores the optimum on the independent distances
    near = np.minimum(dist[:, chosen].min(axis=1) if chosen else np.inf, d0)
    check = {"pmedian": float(case["w"] @ near), "mclp": float(case["w"][near <= s].sum()),
             "pcenter": float(near[case["w"] > 0].max()), "lscp": float(len(chosen))}[name]
    assert check == pytest.approx(want, rel=1e-6, abs=1e-6)
    if name == "lscp":
        need = (case["w"] > 0) & (d0 > s) & (dist <= s).any(axis=1)
        assert (near[need] <= s).all()
    units = features(result["OUTPUT"], "code")
    assert len(units) == len(case["xy"])
    for i in range(len(case["xy"])):
        row = units[f"u{i}"]
        assert row["km_before"] == pytest.approx(d0[i], abs=2e-3)
        assert row["km_after"] == pytest.approx(near[i], abs=2e-3)
        new = chosen and dist[i, chosen].min() < d0[i]
        assert row["facility_type"] == ("new" if new else "existing")
        if new:
            assert row["facility"] == f"c{chosen[int(np.argmin(dist[i, chosen]))]}"
            assert sites[row["facility"]]["site_id"] == row["site_id"]
        else:
            assert row["facility"] == f"e{int(np.argmin(dex[i]))}" and row["site_id"] is None
        assert row["gap_before"] == int(d0[i] > s) and row["gap_after"] == int(near[i] > s)
    w = case["w"]
    assert result["DEMAND_COVERED"] == pytest.approx(w[near <= s].sum())
    assert result["DEMAND_IN_GAP_BEFORE"] == pytest.approx(w[d0 > s].sum())
    assert result["DEMAND_IN_GAP_AFTER"] == pytest.approx(w[near > s].sum())
    assert result["MEAN_DISTANCE_KM_BEFORE"] == pytest.approx((w @ d0) / w.sum(), rel=1e-5)
    assert result["MEAN_DISTANCE_KM_AFTER"] == pytest.approx((w @ near) / w.sum(), rel=1e-5)
    # served demand, rank and the lines agree with the units
    for label, site in sites.items():
        served = [u for u in units.values() if u["facility"] == label]
        assert site["units_served"] == len(served)
        assert site["demand_served"] == pytest.approx(sum(u["w"] for u in served))
    ranks = sorted(sites.values(), key=lambda r: r["rank"])
    assert [r["rank"] for r in ranks] == list(range(1, len(ranks) + 1))
    assert all(a["demand_served"] >= b["demand_served"] for a, b in zip(ranks, ranks[1:]))
    lines = features(result["OUTPUT_LINES"], "unit")
    assert len(lines) == len(units) and all(lines[c]["facility"] == units[c]["facility"] for c in units)
    assert all(lines[c]["km"] == pytest.approx(units[c]["km_after"], abs=1e-6) for c in units)


@pytest.mark.parametrize("objective", range(4))
@pytest.mark.parametrize("seed", range(3))
def test_brute_force_per_alliance(seed, objective):
    """Unit points as candidates, two alliances and a unit in none: each alliance its own problem."""
    case = random_case(100 + seed, n=11, alliances=True, e=1 + seed % 2)
    k = 1 + seed % 2
    s = 12.0
    name = OBJECTIVES[objective]
    result = run(INPUT=case["units"], ID_FIELD="code", DEMAND_FIELD="w", ALLIANCE_FIELD="alli", EXISTING=case["exist"],
                 OBJECTIVE=objective, SITES_PER_ALLIANCE=k, STANDARD_DISTANCE=s)
    xy, groups, w = case["xy"], case["groups"], case["w"]
    d0 = km().matrix(xy, case["ex"]).min(axis=1)
    after = d0.copy()
    values_ = []
    units = features(result["OUTPUT"], "code")
    sites = features(result["OUTPUT_SITES"], "site_id")
    for label in ("a", "b"):
        idx = [i for i, g in enumerate(groups) if g == label]
        if not idx:
            continue
        dist = km().matrix(xy[idx], xy[idx])
        want, _ = brute(name, w[idx], dist, d0[idx], k, s)
        values_.append(want)
        chosen = [int(r["site"][1:]) for r in sites.values() if r["alli"] == label]
        assert len(chosen) == (int(want) if name == "lscp" else k)
        local = [idx.index(j) for j in chosen]
        near = np.minimum(dist[:, local].min(axis=1) if local else np.inf, d0[idx])
        after[idx] = near
        # sites of an alliance lie in it: the unit that holds the site is a member
        assert all(units[r["site_unit"]]["alli"] == label for r in sites.values() if r["alli"] == label)
    total = max(values_) if name == "pcenter" else sum(values_)
    assert result["OBJECTIVE_VALUE"] == pytest.approx(total, rel=1e-6, abs=1e-6)
    assert result["ALLIANCES"] == len(values_) and result["OPTIMAL"] is True
    for i in range(len(xy)):
        assert units[f"u{i}"]["km_after"] == pytest.approx(after[i], abs=2e-3), i
    # the unit in no alliance keeps the existing facility
    assert units["u0"]["facility_type"] == "existing" and units["u0"]["km_after"] == units["u0"]["km_before"]


def test_hand_made_line():
    """Demand on a line (km 0, 1, 2, 10, 11, 30), candidates at 1, 10.5, 30 and one existing at 20:
    p-median with k = 1 opens 10.5 (35.5 demand-km), k = 2 opens 10.5 and 1 (9 demand-km)."""
    xs, ws = [0, 1, 2, 10, 11, 30], [1, 1, 1, 2, 2, 0.5]
    units = polygon_layer("code:string&field=w:double&field=pop:double",
                          [(centred(X0 + 1000 * x, Y0, 10), f"x{x}", w, 100 * w) for x, w in zip(xs, ws)])
    cands = points("name:string", [(X0 + 1000 * x, Y0, f"at {x}") for x in (1, 10.5, 30)])
    exist = points("name:string", [(X0 + 20_000, Y0, "old")])
    base = dict(INPUT=units, ID_FIELD="code", DEMAND_FIELD="w", POPULATION_FIELD="pop", CANDIDATES=cands,
                CANDIDATE_NAME_FIELD="name", EXISTING=exist, EXISTING_NAME_FIELD="name", STANDARD_DISTANCE=2)
    one = run(**base)
    # EPSG:5179 grid km are 0.04 % shorter than ellipsoidal km here
    assert one["OBJECTIVE_VALUE"] == pytest.approx(35.5, rel=2e-3)
    assert [f["site_name"] for f in one["OUTPUT_SITES"].getFeatures()] == ["at 10.5"]
    units_out = features(one["OUTPUT"], "code")
    assert [units_out[f"x{x}"]["facility"] for x in xs] == ["at 10.5"] * 5 + ["old"]
    assert [units_out[f"x{x}"]["gap_before"] for x in xs] == [1] * 6
    assert [units_out[f"x{x}"]["gap_after"] for x in xs] == [1, 1, 1, 0, 0, 1]
    assert one["DEMAND_COVERED"] == 4.0 and one["DEMAND_COVERED_BEFORE"] == 0.0
    assert one["DEMAND_IN_GAP_BEFORE"] == 7.5 and one["DEMAND_IN_GAP_AFTER"] == 3.5
    assert one["POPULATION_IN_GAP_BEFORE"] == 750 and one["POPULATION_IN_GAP_AFTER"] == 350
    site = next(one["OUTPUT_SITES"].getFeatures())
    assert (site["rank"], site["demand_served"], site["units_served"], site["demand_newly_covered"]) == (1, 7.0, 5, 4.0)
    assert site["max_km"] == pytest.approx(10.5, rel=2e-3)
    assert site["mean_km"] == pytest.approx((10.5 + 9.5 + 8.5 + 2 * 0.5 + 2 * 0.5) / 7.0, rel=2e-3)
    two = run(**base, SITES_PER_ALLIANCE=2)
    assert two["OBJECTIVE_VALUE"] == pytest.approx(9.0, rel=2e-3)
    ranked = sorted(two["OUTPUT_SITES"].getFeatures(), key=lambda f: f["rank"])
    assert [(f["site_name"], f["demand_served"]) for f in ranked] == [("at 10.5", 4.0), ("at 1", 3.0)]
    centre = run(**base, OBJECTIVE=3, SITES_PER_ALLIANCE=2)
    assert centre["OBJECTIVE_VALUE"] == pytest.approx(9.0, rel=2e-3)  # sites at 1 and 30: 10 is 9 from 1
    cover = run(**base, OBJECTIVE=2)
    assert cover["SITES"] == 3 and cover["DEMAND_IN_GAP_AFTER"] == 0.0
    # without a standard: the same p-median, no coverage figures, gap fields NULL
    plain = run(**dict(base, STANDARD_DISTANCE=0))
    assert plain["OBJECTIVE_VALUE"] == pytest.approx(one["OBJECTIVE_VALUE"])
    assert plain["DEMAND_COVERED"] is None and plain["POPULATION_IN_GAP_AFTER"] is None
    assert set(values(plain["OUTPUT"], "code", "gap_after").values()) == {None}
    assert [r["demand_newly_covered"] for r in features(plain["OUTPUT_SITES"], "site").values()] == [None]


def test_large_problem_cutoff_is_sound(monkeypatch):
    """The pairs-within-a-cutoff path (forced on a small problem) finds the same optimum as every pair,
    for p-median and p-center whose first cutoff is too short, and says that it measured again."""
    case = random_case(7, n=40, m=12, e=1)
    params = dict(INPUT=case["units"], ID_FIELD="code", DEMAND_FIELD="w", CANDIDATES=case["cands"],
                  EXISTING=case["exist"], STANDARD_DISTANCE=5)
    dense = {o: run(**params, OBJECTIVE=o, SITES_PER_ALLIANCE=2) for o in range(4)}
    monkeypatch.setattr(solving, "DENSE_PAIRS", 10)
    monkeypatch.setattr(solving, "FIRST_REACH", 0)
    for o in range(4):
        feedback = Feedback()
        cut = run(feedback, **params, OBJECTIVE=o, SITES_PER_ALLIANCE=2)
        assert cut["OBJECTIVE_VALUE"] == pytest.approx(dense[o]["OBJECTIVE_VALUE"], rel=1e-9), OBJECTIVES[o]
        assert cut["OPTIMAL"] is True
        assert values(cut["OUTPUT"], "code", "km_after") == values(dense[o]["OUTPUT"], "code", "km_after")
        if OBJECTIVES[o] in ("pmedian", "pcenter"):
            assert any("solving again" in text for text in feedback.infos), OBJECTIVES[o]


# ======================================================================== the Korean sample
@pytest.fixture(scope="module")
def members(tmp_path_factory):
    """The sample's policy run (tests/qgis/test_export_report.py): indicators -> proposealliances."""
    folder = tmp_path_factory.mktemp("siting")
    indicators = processing.run("smallbutstrong:declineindicators", dict(
        INPUT=f"{SAMPLE}|layername=sigungu", ID_FIELD="code", NAME_FIELD="sigungu",
        POPULATION_FIELD="pop_reg_2025", POPULATION_BASE_FIELD="pop_reg_2015", YEAR=2025, BASE_YEAR=2015,
        ELDERLY_FIELD="pop65_reg_2025", YOUNG_WOMEN_FIELD="f20_39_reg_2025", OUTPUT="memory:"))["OUTPUT"]
    alliances = processing.run("smallbutstrong:proposealliances", dict(
        INPUT=indicators, ID_FIELD="code", NAME_FIELD="sigungu", POPULATION_FIELD="pop_reg_2025",
        ELIGIBLE=NON_METRO, HUBS="\"innovation_city\" = 1 OR \"pop_reg_2025\" >= 150000",
        MIN_MEMBERS=2, MAX_MEMBERS=5, MIN_POPULATION=300000, ISLAND_LINK_DISTANCE=1000, OBJECTIVE=0,
        OUTPUT=str(folder / "alliances.gpkg"), OUTPUT_MEMBERS=str(folder / "members.gpkg")))
    assert alliances["ALLIANCES"] == 29
    return str(folder / "members.gpkg")


def obgyn_existing():
    """Delivery care today: the units' points on surface; EXISTING_FILTER keeps those with 3 or more ob-gyn
    doctors (the sample has counts, not points; 3 is servicegaps' MIN_COUNT in the pipeline)."""
    return processing.run("native:pointonsurface", dict(INPUT=f"{SAMPLE}|layername=sigungu",
                                                        OUTPUT="memory:"))["OUTPUT"]


SAMPLE_RUN = dict(ID_FIELD="code", NAME_FIELD="sigungu", POPULATION_FIELD="pop_reg_2025", ALLIANCE_FIELD="alliance_id",
                  STANDARD_DISTANCE=30, OUTPUT_LINES="memory:")


def sample_checks(result, members_path):
    """Every unit once; one site per alliance, inside it; exact and proven; residents beyond never rise."""
    units = features(result["OUTPUT"], "code")
    assert result["OUTPUT"].featureCount() == len(units) == 229
    alliance = {code: row["alliance_id"] for code, row in units.items()}
    sites = list(result["OUTPUT_SITES"].getFeatures())
    assert result["SITES"] == len(sites) == result["ALLIANCES"] == 29
    assert sorted(f["alliance_id"] for f in sites) == sorted({a for a in alliance.values() if a is not None})
    for site in sites:
        assert alliance[site["site_unit"]] == site["alliance_id"] and site["rank"] == 1
    for code, row in units.items():
        if alliance[code] is None:
            assert row["facility_type"] in ("existing", None) and row["km_after"] == row["km_before"]
        assert row["km_after"] <= row["km_before"] + 1e-9
        assert row["gap_after"] <= row["gap_before"]
    assert result["OPTIMAL"] is True and result["GAP"] == 0.0
    assert result["POPULATION_IN_GAP_AFTER"] <= result["POPULATION_IN_GAP_BEFORE"]
    return units


def per_alliance_brute(result, units):
    """Each alliance's p-median optimum over its members' points, by brute force on the output's own km."""
    lines = {f["unit"]: f.geometry().asPolyline()[0] for f in result["OUTPUT_LINES"].getFeatures()}
    by = {}
    for code, row in units.items():
        if row["alliance_id"] is not None:
            by.setdefault(row["alliance_id"], []).append(code)
    total = 0.0
    for _alliance, codes in by.items():
        xy = [(lines[c].x(), lines[c].y()) for c in codes]
        dist = km().matrix(xy, xy)
        d0 = np.array([units[c]["km_before"] if units[c]["km_before"] is not None else np.inf for c in codes])
        w = np.array([units[c]["births_est_2020"] or 0.0 for c in codes], float)
        total += brute("pmedian", w, dist, d0, 1, 30)[0]
    return total


def test_sample_obgyn_births(members):
    existing = obgyn_existing()
    feedback = Feedback()
    result = run(feedback, INPUT=members, DEMAND_FIELD="births_est_2020", EXISTING=existing,
                 EXISTING_FILTER="\"doctors_obgyn_2020\" >= 3", EXISTING_NAME_FIELD="sigungu", **SAMPLE_RUN)
    units = sample_checks(result, members)
    # the p-median of every alliance is the brute-force optimum (on the same points and km)
    assert result["OBJECTIVE_VALUE"] == pytest.approx(per_alliance_brute(result, units), rel=1e-5)
    # 군위군 has no birth estimate: warned, no demand, still assigned
    assert feedback.warned("DEMAND_FIELD", "27720")
    assert units["27720"]["facility_type"] is not None
    # 259,338 residents (1,076 births) live more than 30 km from a unit with 3 or more ob-gyns; one new site per
    # alliance (p-median on births) leaves 174,910 (686 births)
    assert (result["POPULATION_IN_GAP_BEFORE"], result["POPULATION_IN_GAP_AFTER"]) == (259338, 174910)
    assert (result["DEMAND_IN_GAP_BEFORE"], result["DEMAND_IN_GAP_AFTER"]) == (1076, 686)
    assert result["MEAN_DISTANCE_KM_BEFORE"] == pytest.approx(2.241, abs=1e-3)
    assert result["MEAN_DISTANCE_KM_AFTER"] == pytest.approx(1.541, abs=1e-3)


def test_sample_obgyn_women(members):
    result = run(INPUT=members, DEMAND_FIELD="f20_39_reg_2025", EXISTING=obgyn_existing(),
                 EXISTING_FILTER="\"doctors_obgyn_2020\" >= 3", **SAMPLE_RUN)
    sample_checks(result, members)
    assert (result["POPULATION_IN_GAP_BEFORE"], result["POPULATION_IN_GAP_AFTER"]) == (259338, 172949)
    assert (result["DEMAND_IN_GAP_BEFORE"], result["DEMAND_IN_GAP_AFTER"]) == (14591, 9056)
    # maximal coverage of the women brings all but 28,332 residents (1,626 women) within 30 km
    mclp = run(INPUT=members, DEMAND_FIELD="f20_39_reg_2025", EXISTING=obgyn_existing(),
               EXISTING_FILTER="\"doctors_obgyn_2020\" >= 3", OBJECTIVE=1, **SAMPLE_RUN)
    sample_checks(mclp, members)
    assert (mclp["POPULATION_IN_GAP_AFTER"], mclp["DEMAND_IN_GAP_AFTER"]) == (28332, 1626)


def test_sample_emergency(members):
    result = run(INPUT=members, DEMAND_FIELD="pop_reg_2025", EXISTING=f"{SAMPLE}|layername=emergency_facilities",
                 EXISTING_FILTER=CENTRES, EXISTING_NAME_FIELD="name", **SAMPLE_RUN)
    units = sample_checks(result, members)
    assert (result["POPULATION_IN_GAP_BEFORE"], result["POPULATION_IN_GAP_AFTER"]) == (1450644, 592282)
    assert result["DEMAND_IN_GAP_BEFORE"] == result["POPULATION_IN_GAP_BEFORE"]
    # 울릉군 (an island 130 km off the coast) is in no alliance: still beyond the standard
    assert units["47940"]["gap_after"] == 1 and units["47940"]["alliance_id"] is None
    assert result["MEAN_DISTANCE_KM_AFTER"] < result["MEAN_DISTANCE_KM_BEFORE"]
    # maximal coverage puts the site where it brings the most residents within 30 km
    mclp = run(INPUT=members, DEMAND_FIELD="pop_reg_2025", EXISTING=f"{SAMPLE}|layername=emergency_facilities",
               EXISTING_FILTER=CENTRES, OBJECTIVE=1, **SAMPLE_RUN)
    sample_checks(mclp, members)
    assert mclp["POPULATION_IN_GAP_AFTER"] <= result["POPULATION_IN_GAP_AFTER"]
    assert mclp["DEMAND_COVERED"] == mclp["DEMAND_COVERED_BEFORE"] + mclp["POPULATION_IN_GAP_BEFORE"] - \
        mclp["POPULATION_IN_GAP_AFTER"]


def test_sample_same_sites_in_any_crs(members):
    units_4326 = processing.run("native:reprojectlayer", dict(INPUT=members, TARGET_CRS="EPSG:4326",
                                                              OUTPUT="memory:"))["OUTPUT"]
    params = dict(DEMAND_FIELD="pop_reg_2025", EXISTING=f"{SAMPLE}|layername=emergency_facilities",
                  EXISTING_FILTER=CENTRES, **SAMPLE_RUN)
    a, b = run(INPUT=members, **params), run(INPUT=units_4326, **params)
    assert sorted(f["site"] for f in a["OUTPUT_SITES"].getFeatures()) == \
        sorted(f["site"] for f in b["OUTPUT_SITES"].getFeatures())
    km_a, km_b = values(a["OUTPUT"], "code", "km_after"), values(b["OUTPUT"], "code", "km_after")
    assert all(km_b[c] == pytest.approx(v, rel=1e-6, abs=1e-6) for c, v in km_a.items())


def test_sample_styles_and_attribution(members, tmp_path):
    from small_but_strong.processing.provenance import ATTRIBUTION, attribution_of, metadata_items
    from small_but_strong.processing.styles import STYLES

    korean = attribution_of(QgsVectorLayer(f"{SAMPLE}|layername=sigungu", "s", "ogr"))
    assert korean
    out = {name: str(tmp_path / f"{name.lower()}.gpkg") for name in ("OUTPUT_SITES", "OUTPUT", "OUTPUT_LINES")}
    result = processing.run(ALG, dict(SAMPLE_RUN, INPUT=members, DEMAND_FIELD="pop_reg_2025",
                                      EXISTING=f"{SAMPLE}|layername=emergency_facilities", EXISTING_FILTER=CENTRES,
                                      **out))
    for name, style, labels in (("OUTPUT_SITES", "sites", {"new site (first of its alliance)"}),
                                ("OUTPUT", "site_units", {"brought within the standard by a new site",
                                                          "served by an existing facility"}),
                                ("OUTPUT_LINES", "site_lines", {"to a new site", "to an existing facility"})):
        layer = QgsVectorLayer(result[name], name, "ogr")
        assert layer.isValid()
        _msg, ok = layer.loadNamedStyle(str(STYLES / f"{style}.qml"))
        assert ok and isinstance(layer.renderer(), QgsRuleBasedRenderer)
        assert labels <= {rule.label() for rule in layer.renderer().rootRule().descendants()}
        # every feature is drawn by exactly one rule
        context = QgsExpressionContext()
        scope = QgsExpressionContextScope()
        scope.setFields(layer.fields())
        context.appendScope(scope)
        for feature in layer.getFeatures():
            context.setFeature(feature)
            matches = [r.label() for r in layer.renderer().rootRule().children()
                       if QgsExpression(r.filterExpression()).evaluate(context)]
            assert len(matches) == 1, (name, feature.attributes(), matches)
        assert metadata_items(result[name]).get(ATTRIBUTION) == korean



# ======================================================================== the US sample
@pytest.fixture(scope="module")
def us_points():
    return processing.run("native:pointonsurface", dict(INPUT=f"{US}|layername=counties", OUTPUT="memory:"))["OUTPUT"]


def test_us_counties_per_state(us_points):
    """Counties of 50,000+ (1990) as today's facilities; one new site per state, p-median on PO90."""
    result = run(INPUT=f"{US}|layername=counties", ID_FIELD="FIPS", NAME_FIELD="NAME", DEMAND_FIELD="PO90",
                 POPULATION_FIELD="PO90", ALLIANCE_FIELD="STATE_NAME", EXISTING=us_points,
                 EXISTING_FILTER="\"PO90\" >= 50000", EXISTING_NAME_FIELD="NAME", STANDARD_DISTANCE=30)
    units = features(result["OUTPUT"], "FIPS")
    assert len(units) == result["OUTPUT"].featureCount() == 3085
    assert result["ALLIANCES"] == result["SITES"] == 49  # 48 states and DC
    assert result["OPTIMAL"] is True
    sites = list(result["OUTPUT_SITES"].getFeatures())
    assert all(units[s["site_unit"]]["STATE_NAME"] == s["STATE_NAME"] for s in sites)
    assert all(row["km_before"] is not None and row["km_after"] <= row["km_before"] for row in units.values())
    assert result["POPULATION_IN_GAP_AFTER"] < result["POPULATION_IN_GAP_BEFORE"]
    assert (result["POPULATION_IN_GAP_BEFORE"], result["POPULATION_IN_GAP_AFTER"]) == (37_569_932, 35_755_852)
    assert result["MEAN_DISTANCE_KM_BEFORE"] == pytest.approx(14.277, abs=1e-3)
    assert result["MEAN_DISTANCE_KM_AFTER"] == pytest.approx(12.025, abs=1e-3)


def test_us_one_problem_maximal_coverage(us_points):
    """All 3,085 counties as one problem (pairs within the standard only): 10 new sites."""
    result = run(INPUT=f"{US}|layername=counties", ID_FIELD="FIPS", NAME_FIELD="NAME", DEMAND_FIELD="PO90",
                 EXISTING=us_points, EXISTING_FILTER="\"PO90\" >= 50000", OBJECTIVE=1, SITES_PER_ALLIANCE=10,
                 STANDARD_DISTANCE=30)
    assert result["SITES"] == 10 and result["ALLIANCES"] == 1 and result["OPTIMAL"] is True
    assert (result["DEMAND_IN_GAP_BEFORE"], result["DEMAND_IN_GAP_AFTER"]) == (37_569_932, 35_876_447)
    gain = result["DEMAND_COVERED"] - result["DEMAND_COVERED_BEFORE"]
    assert gain == pytest.approx(result["DEMAND_IN_GAP_BEFORE"] - result["DEMAND_IN_GAP_AFTER"])
    assert sum(f["demand_newly_covered"] for f in result["OUTPUT_SITES"].getFeatures()) == pytest.approx(gain)
    assert result["OBJECTIVE_VALUE"] == pytest.approx(result["DEMAND_COVERED"])


# ======================================================================== road network
def road_grid():
    """Roads every 10 km on a 4 x 4 grid (0..30 km) at 60 km/h, and a lone road far east."""
    layer = QgsVectorLayer("LineString?crs=EPSG:5179&field=kmh:double", "roads", "memory")
    features_ = []

    def road(a, b, kmh):
        feature = QgsFeature(layer.fields())
        feature.setGeometry(QgsGeometry.fromPolylineXY([QgsPointXY(X0 + a[0] * 1000, Y0 + a[1] * 1000),
                                                        QgsPointXY(X0 + b[0] * 1000, Y0 + b[1] * 1000)]))
        feature.setAttributes([kmh])
        features_.append(feature)

    for k in range(4):
        for s in range(3):
            road((s * 10, k * 10), (s * 10 + 10, k * 10), 60)
            road((k * 10, s * 10), (k * 10, s * 10 + 10), 60)
    road((200, 0), (210, 0), 60)
    assert layer.dataProvider().addFeatures(features_)
    return layer


def test_network_minutes_choose_the_site():
    """Units on the grid's nodes, one existing facility at (0, 0), 60 km/h: minutes = Manhattan km. The new site
    is the brute-force p-median over the nodes, (20, 20) at 10,000 demand-minutes (then 10,200). An island unit
    (no demand) on a road of its own is reached by nothing that opens and is named. The units sit 1 m north of
    the nodes: QGIS's graph builder (topology tolerance 0) loses a road when several points are attached within
    nanometres of its end vertices, as the WGS 84 round trip of a point placed on a vertex does (servicegaps too)."""
    nodes = [(x, y) for x in (0, 10, 20, 30) for y in (0, 10, 20, 30)]
    w = {n: 10.0 + n[0] + n[1] for n in nodes}
    units = polygon_layer("code:string&field=w:double",
                          [(centred(X0 + x * 1000, Y0 + y * 1000 + 1, 10), f"n{x}_{y}", w[(x, y)]) for x, y in nodes]
                          + [(centred(X0 + 205_000, Y0, 10), "island", 0.0)])
    exist = points("name:string", [(X0, Y0, "old")])
    feedback = Feedback()
    result = run(feedback, INPUT=units, ID_FIELD="code", DEMAND_FIELD="w", EXISTING=exist, NETWORK=road_grid(),
                 SPEED_FIELD="kmh", STANDARD_TIME=25, OUTPUT_LINES="memory:")
    minutes = lambda a, b: abs(a[0] - b[0]) + abs(a[1] - b[1])  # noqa: E731  km = minutes at 60 km/h
    scores = {c: sum(w[n] * min(minutes(n, c), minutes(n, (0, 0))) for n in nodes) for c in nodes}
    best = min(scores, key=scores.get)
    assert best == (20, 20) and scores[best] == 10_000
    # EPSG:5179 grid km are 0.04 % shorter than the ellipsoidal road lengths
    assert result["OBJECTIVE_VALUE"] == pytest.approx(scores[best], rel=2e-3)
    assert [f["site"] for f in result["OUTPUT_SITES"].getFeatures()] == ["n20_20"]
    units_out = features(result["OUTPUT"], "code")
    for n in nodes:
        row = units_out[f"n{n[0]}_{n[1]}"]
        assert row["min_after"] == pytest.approx(min(minutes(n, best), minutes(n, (0, 0))), rel=2e-3, abs=3e-3)
        assert row["min_before"] == pytest.approx(minutes(n, (0, 0)), rel=2e-3, abs=3e-3)
        assert row["gap_after"] == int(row["min_after"] > 25) and row["gap_before"] == int(row["min_before"] > 25)
    assert units_out["n30_30"]["km_before"] == pytest.approx(math.hypot(30, 30), rel=2e-3)  # straight km
    assert units_out["island"]["min_after"] is None and units_out["island"]["gap_after"] == 1
    assert units_out["island"]["facility_type"] is None
    assert feedback.warned("cannot reach", "island")
    assert result["MEAN_TIME_MIN_AFTER"] < result["MEAN_TIME_MIN_BEFORE"]
    assert "min_after" in result["OUTPUT"].fields().names() and "max_min" in result["OUTPUT_SITES"].fields().names()
    assert result["OUTPUT_LINES"].featureCount() == 16  # the island has no facility, so no line


# ======================================================================== bad input
def small_units(**demand):
    rows = [(centred(X0 + 5000 * i, Y0), f"u{i}", demand.get(f"u{i}", 10.0), "A" if i < 3 else "B")
            for i in range(5)]
    return polygon_layer("code:string&field=w:double&field=alli:string", rows)


def test_no_points():
    units = polygon_layer("code:string&field=w:double", [(None, "a", 1.0), (None, "b", 2.0)])
    with pytest.raises(QgsProcessingException, match="INPUT.*no unit has a geometry"):
        run(INPUT=units, ID_FIELD="code", DEMAND_FIELD="w")


def test_negative_demand_is_refused_and_null_warned():
    with pytest.raises(QgsProcessingException, match="DEMAND_FIELD.*negative.*u2"):
        run(INPUT=small_units(u2=-5.0), ID_FIELD="code", DEMAND_FIELD="w")
    feedback = Feedback()
    result = run(feedback, INPUT=small_units(u1=float("nan"), u3=None), ID_FIELD="code", DEMAND_FIELD="w")
    assert feedback.warned("DEMAND_FIELD", "u1", "u3")
    out = features(result["OUTPUT"], "code")
    assert len(out) == 5 and out["u1"]["facility_type"] == "new"


def test_line_layer_as_candidates():
    roads = road_grid()
    with pytest.raises(QgsProcessingException, match="CANDIDATES.*point layer"):
        run(INPUT=small_units(), ID_FIELD="code", DEMAND_FIELD="w", CANDIDATES=roads)


def test_k_larger_than_the_candidates():
    with pytest.raises(QgsProcessingException, match="SITES_PER_ALLIANCE.*3 new site.*B \\(2 candidate"):
        run(INPUT=small_units(), ID_FIELD="code", DEMAND_FIELD="w", ALLIANCE_FIELD="alli", SITES_PER_ALLIANCE=3)
    with pytest.raises(QgsProcessingException, match="SITES_PER_ALLIANCE.*6 new site"):
        run(INPUT=small_units(), ID_FIELD="code", DEMAND_FIELD="w", SITES_PER_ALLIANCE=6)
    # set covering needs no k: it opens the fewest
    result = run(INPUT=small_units(), ID_FIELD="code", DEMAND_FIELD="w", ALLIANCE_FIELD="alli", OBJECTIVE=2,
                 SITES_PER_ALLIANCE=3, STANDARD_DISTANCE=6)
    assert result["SITES"] == 2  # A: u1 reaches u0..u2 within 5 km; B: u3 or u4


def test_coverage_needs_a_standard():
    with pytest.raises(QgsProcessingException, match="STANDARD_DISTANCE.*above 0"):
        run(INPUT=small_units(), ID_FIELD="code", DEMAND_FIELD="w", OBJECTIVE=1, STANDARD_DISTANCE=0)


def test_filters_are_checked():
    with pytest.raises(QgsProcessingException, match="CANDIDATE_FILTER.*cannot be parsed"):
        run(INPUT=small_units(), ID_FIELD="code", DEMAND_FIELD="w", CANDIDATE_FILTER="\"w\" >> 3")
    with pytest.raises(QgsProcessingException, match="EXISTING_FILTER.*EXISTING"):
        run(INPUT=small_units(), ID_FIELD="code", DEMAND_FIELD="w", EXISTING_FILTER="\"x\" = 1")
    with pytest.raises(QgsProcessingException, match="CANDIDATES.*no candidate"):
        run(INPUT=small_units(), ID_FIELD="code", DEMAND_FIELD="w", CANDIDATE_FILTER="\"w\" > 100")
    # a filter on the units picks the candidates among them
    result = run(INPUT=small_units(u4=50.0), ID_FIELD="code", DEMAND_FIELD="w", CANDIDATE_FILTER="\"w\" >= 50")
    assert [f["site"] for f in result["OUTPUT_SITES"].getFeatures()] == ["u4"]


def test_lscp_names_the_units_it_cannot_cover():
    units = small_units()
    cands = points("name:string", [(X0, Y0, "west")])
    feedback = Feedback()
    result = run(feedback, INPUT=units, ID_FIELD="code", DEMAND_FIELD="w", CANDIDATES=cands, OBJECTIVE=2,
                 STANDARD_DISTANCE=6)
    assert result["SITES"] == 1
    assert feedback.warned("no site can cover", "u2", "u3", "u4")
    assert values(result["OUTPUT"], "code", "gap_after") == {"u0": 0, "u1": 0, "u2": 1, "u3": 1, "u4": 1}


@pytest.mark.parametrize("at", [5, 25, 40, 60, 82, 90, 98])
def test_cancel_leaves_no_file(at, tmp_path):
    rows = [(centred(X0 + 3000 * (i % 8), Y0 + 3000 * (i // 8)), f"u{i}", 10.0 + i, f"a{i // 4}") for i in range(48)]
    units = polygon_layer("code:string&field=w:double&field=alli:string", rows)
    exist = points("name:string", [(X0, Y0, "old")])
    feedback = CancelAbove(at)
    try:
        result = processing.run(ALG, dict(INPUT=units, ID_FIELD="code", DEMAND_FIELD="w", ALLIANCE_FIELD="alli",
                                          EXISTING=exist, OUTPUT_SITES=str(tmp_path / "sites.gpkg"),
                                          OUTPUT=str(tmp_path / "units.gpkg"), OUTPUT_LINES=str(tmp_path / "l.gpkg")),
                                feedback=feedback)
    except QgsProcessingException:
        result = {}
    assert feedback.isCanceled()
    assert "OUTPUT" not in result
    assert list(tmp_path.iterdir()) == []


# ======================================================================== qgis_process
def test_qgis_process_run(tmp_path):
    env = dict(os.environ, SBS_PROFILE_DIR=str(tmp_path / "profile"), QT_QPA_PLATFORM="offscreen")
    out = tmp_path / "units.gpkg"
    run_ = subprocess.run(["bash", str(ROOT / "scripts" / "qgis_process.sh"), "--json", "run", ALG, "--",
                           f"INPUT={SAMPLE}|layername=sigungu", "ID_FIELD=code", "NAME_FIELD=sigungu",
                           "DEMAND_FIELD=pop_reg_2025", "ALLIANCE_FIELD=sido", "OBJECTIVE=1",
                           f"EXISTING={SAMPLE}|layername=emergency_facilities", f"EXISTING_FILTER={CENTRES}",
                           f"OUTPUT_SITES={tmp_path / 'sites.gpkg'}", f"OUTPUT={out}"],
                          env=env, capture_output=True, text=True, timeout=300)
    assert run_.returncode == 0, run_.stderr
    results = json.loads(run_.stdout)["results"]  # nothing else may print on stdout
    assert results["SITES"] == results["ALLIANCES"] == 17 and results["OPTIMAL"] in (True, "true", 1)
    assert results["DEMAND_IN_GAP_AFTER"] < results["DEMAND_IN_GAP_BEFORE"]
    layer = QgsVectorLayer(str(out), "units", "ogr")
    assert layer.featureCount() == 229 and "gap_after" in layer.fields().names()
