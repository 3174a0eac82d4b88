"""smallbutstrong:servicegaps through processing.run, on the sample and on memory layers."""

import time

import processing
import pytest
from qgis.core import (
    QgsFeature,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingException,
    QgsRuleBasedRenderer,
    QgsVectorLayer,
)
from sbs_helpers import polygon_layer, square, values
from sbs_helpers import Feedback as WarningFeedback

ALG = "smallbutstrong:servicegaps"
BASE = dict(ID_FIELD="code", POPULATION_FIELD="pop_reg_2025", OUTPUT="memory:")
REGIONAL = "\"cls\" = '권역응급의료센터'"
CENTRES = "\"cls\" IN ('권역응급의료센터','지역응급의료센터')"


def points(fields: str, rows, crs: str = "EPSG:5179") -> QgsVectorLayer:
    """A memory point layer; rows = (x, y, *attrs)."""
    layer = QgsVectorLayer(f"Point?crs={crs}&field={fields}", "points", "memory")
    features = []
    for x, y, *attrs in rows:
        feature = QgsFeature(layer.fields())
        feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(x, y)))
        feature.setAttributes(list(attrs))
        features.append(feature)
    assert layer.dataProvider().addFeatures(features)
    return layer


def centred(x: float, y: float, size: float = 1000.0) -> str:
    """A square of ``size`` m centred on (x, y): its centroid, the demand point, is (x, y)."""
    return square(x - size / 2, y - size / 2, size)


# ----------------------------------------------------------------------------------- the sample
def test_sample_counts_equal_point_in_polygon(sample_units, sample_facilities):
    started = time.perf_counter()
    result = processing.run(ALG, dict(BASE, INPUT=sample_units, FACILITIES=sample_facilities))
    elapsed = time.perf_counter() - started
    out = result["OUTPUT"]
    assert out.featureCount() == 229
    counts = values(out, "code", "n_facilities")
    expected = values(out, "code", "er_facilities_2026")
    assert counts == expected  # all 229 units, 533 facilities
    assert sum(counts.values()) == 533
    for name in ("code", "sigungu", "n_facilities", "per_10k", "per_1k_demand", "nearest_km", "access_2sfca",
                 "gap", "gap_reason"):
        assert name in out.fields().names()
    assert "nearest_min" not in out.fields().names()  # no network
    assert "alliance_gap" not in out.fields().names()  # no alliances
    # default standard (1 facility, 30 km): the 11 units without any emergency facility
    assert result["UNITS_IN_GAP"] == 11
    assert result["POPULATION_IN_GAP"] == 1008938
    assert result["UNITS_IN_GAP_AFTER_ALLIANCES"] == 11
    reasons = values(out, "code", "gap_reason")
    assert {r for r in reasons.values() if r} == {"no facility"}
    per_10k = values(out, "code", "per_10k")
    pop = values(out, "code", "pop_reg_2025")
    assert per_10k["11110"] == pytest.approx(expected["11110"] / pop["11110"] * 10000)
    assert elapsed < 20


def test_ulleung_is_farthest_from_a_regional_centre(sample_units, sample_facilities):
    result = processing.run(ALG, dict(BASE, INPUT=sample_units, FACILITIES=sample_facilities,
                                      FACILITY_FILTER=REGIONAL, MIN_COUNT=0, MAX_DISTANCE=60))
    out = result["OUTPUT"]
    nearest = values(out, "code", "nearest_km")
    ranked = sorted(nearest, key=nearest.get, reverse=True)
    assert ranked[0] == "47940"  # 울릉군, an island 130 km off the coast
    assert nearest["47940"] == pytest.approx(181.35, abs=0.05)
    assert ranked[1] == "28720"  # 옹진군, the islands of the Yellow Sea
    assert sum(values(out, "code", "n_facilities").values()) == 44  # regional centres only
    # 8 units are more than 60 km from a regional centre (the 60-minute standard, straight line)
    assert result["UNITS_IN_GAP"] == 8
    assert values(out, "code", "gap_reason")["47940"] == "beyond the standard distance"


def test_same_distances_in_any_crs(sample_units, sample_facilities):
    units_4326 = processing.run("native:reprojectlayer", dict(INPUT=sample_units, TARGET_CRS="EPSG:4326",
                                                              OUTPUT="memory:"))["OUTPUT"]
    facilities_3857 = processing.run("native:reprojectlayer", dict(
        INPUT=sample_facilities, TARGET_CRS="EPSG:3857", OUTPUT="memory:"))["OUTPUT"]
    params = dict(BASE, FACILITY_FILTER=CENTRES, DECAY=1)
    a = processing.run(ALG, dict(params, INPUT=sample_units, FACILITIES=sample_facilities))["OUTPUT"]
    b = processing.run(ALG, dict(params, INPUT=units_4326, FACILITIES=facilities_3857))["OUTPUT"]
    assert b.crs().authid() == "EPSG:4326"
    km_a, km_b = values(a, "code", "nearest_km"), values(b, "code", "nearest_km")
    assert len(km_a) == 229
    for code, km in km_a.items():
        assert km_b[code] == pytest.approx(km, rel=1e-3), code
    access_a, access_b = values(a, "code", "access_2sfca"), values(b, "code", "access_2sfca")
    for code, value in access_a.items():
        assert access_b[code] == pytest.approx(value, rel=1e-3), code
    assert values(a, "code", "n_facilities") == values(b, "code", "n_facilities")


def with_alliance(layer: QgsVectorLayer) -> QgsVectorLayer:
    """The sample with ``alliance`` = the province, NULL for Seoul and Busan."""
    return processing.run("native:fieldcalculator", dict(
        INPUT=layer, FIELD_NAME="alliance", FIELD_TYPE=2, FIELD_LENGTH=40,
        FORMULA="if(\"sido\" IN ('서울특별시','부산광역시'), NULL, \"sido\")", OUTPUT="memory:"))["OUTPUT"]


def test_alliances_pool_the_members(sample_units):
    units = with_alliance(sample_units)
    result = processing.run(ALG, dict(BASE, INPUT=units, COUNT_FIELD="doctors_obgyn_2020",
                                      DEMAND_FIELD="births_est_2020", MIN_COUNT=3, ALLIANCE_FIELD="alliance",
                                      OUTPUT_ALLIANCES="memory:"))
    out, alliances = result["OUTPUT"], result["OUTPUT_ALLIANCES"]
    doctors = values(out, "code", "doctors_obgyn_2020")
    alliance = values(out, "code", "alliance")
    pooled = values(out, "code", "alliance_facilities")
    sums = {}
    for code, key in alliance.items():
        if key is not None:
            sums[key] = sums.get(key, 0) + doctors[code]
    for code, key in alliance.items():
        assert pooled[code] == (sums[key] if key is not None else None), code
    rows = {f["alliance"]: f for f in alliances.getFeatures()}
    assert len(rows) == 15  # 17 provinces less Seoul and Busan
    for key, feature in rows.items():
        assert feature["n_facilities"] == sums[key]
        assert feature["n_units"] == list(alliance.values()).count(key)
    assert rows["경상북도"]["n_facilities"] == 208 and rows["경상북도"]["n_units"] == 22
    assert rows["경상북도"]["units_in_gap"] == 8 and rows["경상북도"]["units_in_gap_after"] == 0
    assert not alliances.getFeature(1).geometry().isEmpty()
    # 52 units have fewer than 3 ob-gyn doctors; every one lies in a province that pools 3 or more
    assert result["UNITS_IN_GAP"] == 52
    assert result["POPULATION_IN_GAP"] == 2009271
    assert result["UNITS_IN_GAP_AFTER_ALLIANCES"] == 0
    covered = values(out, "code", "covered_by_alliance")
    assert sum(covered.values()) == 52
    assert values(out, "code", "alliance_gap")["11110"] is None  # Seoul: no alliance
    # with no decay and no distance, 2SFCA from the units' counts is a per-1,000-births level
    access = values(out, "code", "access_2sfca")
    assert access["47940"] is not None and access["27720"] is None  # 군위군: no birth estimate


def test_alliances_do_not_cover_distance(sample_units, sample_facilities):
    units = with_alliance(sample_units)
    result = processing.run(ALG, dict(BASE, INPUT=units, FACILITIES=sample_facilities, FACILITY_FILTER=CENTRES,
                                      MIN_COUNT=1, MAX_DISTANCE=30, ALLIANCE_FIELD="alliance",
                                      OUTPUT_ALLIANCES="memory:"))
    out = result["OUTPUT"]
    assert result["UNITS_IN_GAP"] == 119
    assert result["UNITS_IN_GAP_AFTER_ALLIANCES"] == 43
    reasons = values(out, "code", "gap_reason")
    covered = values(out, "code", "covered_by_alliance")
    gap = values(out, "code", "gap")
    alliance = values(out, "code", "alliance")
    assert sum(covered.values()) == 119 - 43
    for code, flag in covered.items():
        if flag:
            assert gap[code] == 1 and "beyond" not in reasons[code]
        elif gap[code] and alliance[code] is not None:
            assert "beyond" in reasons[code]
    assert reasons["47940"] == "no facility; beyond the standard distance" and covered["47940"] == 0


def test_styles_load_on_the_outputs(sample_units):
    from small_but_strong.processing.styles import STYLES

    result = processing.run(ALG, dict(BASE, INPUT=with_alliance(sample_units), COUNT_FIELD="doctors_obgyn_2020",
                                      ALLIANCE_FIELD="alliance", OUTPUT_ALLIANCES="memory:"))
    out = result["OUTPUT"]
    _msg, ok = out.loadNamedStyle(str(STYLES / "service_gaps.qml"))
    assert ok and isinstance(out.renderer(), QgsRuleBasedRenderer)
    labels = [rule.label() for rule in out.renderer().rootRule().descendants()]
    assert "covered by the alliance" in labels
    assert "no facility in the unit" in labels
    _msg, ok = result["OUTPUT_ALLIANCES"].loadNamedStyle(str(STYLES / "service_gaps_alliances.qml"))
    assert ok and result["OUTPUT_ALLIANCES"].renderer().classAttribute() == "gap"


# ----------------------------------------------------------------------------- hand-made layers
def line_units():
    """Demand a (100 people) at x=0 and b (300) at x=8 km; sites of 2 at x=2 km and of 1 at x=11 km."""
    x0, y0 = 1000000, 2000000
    units = polygon_layer("code:string&field=pop:double&field=births:double",
                          [(centred(x0, y0), "a", 1000, 100), (centred(x0 + 8000, y0), "b", 3000, 300)])
    sites = points("cap:double", [(x0 + 2000, y0, 2), (x0 + 11000, y0, 1)])
    return units, sites


@pytest.mark.parametrize("decay,expected", [
    (0, {"a": 5.0, "b": 5.0 + 1000 / 300}),   # R0 = 2/400, R1 = 1/300
    (1, {"a": 7.0511, "b": 7.6497}),           # Gaussian weights 0.94968, 0.58134, 0.88817
    (2, {"a": 10.0, "b": 20 / 3}),             # gravity 1/d: R0 = 2/100, R1 = 1/100
])
def test_2sfca_hand_computed(decay, expected):
    units, sites = line_units()
    out = processing.run(ALG, dict(INPUT=units, ID_FIELD="code", POPULATION_FIELD="pop", DEMAND_FIELD="births",
                                   FACILITIES=sites, CAPACITY_FIELD="cap", CATCHMENT=10, DECAY=decay,
                                   OUTPUT="memory:"))["OUTPUT"]
    # EPSG:5179 is a projection: ellipsoidal km are 0.04 % longer than grid km here
    assert values(out, "code", "access_2sfca") == {k: pytest.approx(v, rel=2e-3) for k, v in expected.items()}
    assert values(out, "code", "nearest_km") == {"a": pytest.approx(2.0, rel=1e-3), "b": pytest.approx(3.0, rel=1e-3)}
    assert values(out, "code", "n_facilities") == {"a": 0, "b": 0}  # both sites lie outside the 1 km squares
    assert values(out, "code", "gap_reason") == {"a": "no facility", "b": "no facility"}


def test_count_field_only_gives_per_capita_access():
    units = polygon_layer("code:string&field=pop:double&field=doctors:double&field=births:double",
                          [(centred(1000000, 2000000), "a", 20000, 3, 150),
                           (centred(1100000, 2000000), "b", 5000, 0, 40),
                           (centred(1000000, 2100000), "c", 8000, 1, 50)])
    result = processing.run(ALG, dict(INPUT=units, ID_FIELD="code", POPULATION_FIELD="pop", DEMAND_FIELD="births",
                                      COUNT_FIELD="doctors", MIN_COUNT=2, CATCHMENT=30, OUTPUT="memory:"))
    out = result["OUTPUT"]
    assert "nearest_km" not in out.fields().names()  # no facility points, no distances
    # units 100 km apart: each 2SFCA catchment holds one unit, so access = supply per 1,000 demand
    assert values(out, "code", "access_2sfca") == {"a": pytest.approx(20.0), "b": 0.0, "c": pytest.approx(20.0)}
    assert values(out, "code", "per_1k_demand") == {"a": pytest.approx(20.0), "b": 0.0, "c": pytest.approx(20.0)}
    assert values(out, "code", "per_10k") == {"a": pytest.approx(1.5), "b": 0.0, "c": pytest.approx(1.25)}
    assert values(out, "code", "gap_reason") == {"a": None, "b": "no facility", "c": "below the minimum"}
    assert (result["UNITS_IN_GAP"], result["POPULATION_IN_GAP"]) == (2, 13000)


def test_origins_weight_the_distance():
    x0, y0 = 1000000, 2000000
    units = polygon_layer("code:string&field=pop:double",
                          [(square(x0, y0 - 5000, 10000), "a", 400), (centred(x0 + 50000, y0), "b", 10)])
    facility = points("name:string", [(x0 - 2000, y0, "f")])
    # two villages in a: 300 people 4 km from the facility, 100 people 10 km; none in b
    origins = points("people:double", [(x0 + 2000, y0, 300), (x0 + 8000, y0, 100), (x0 + 60000, y0, 5)])
    feedback = WarningFeedback()
    out = processing.run(ALG, dict(INPUT=units, ID_FIELD="code", POPULATION_FIELD="pop", FACILITIES=facility,
                                   ORIGINS=origins, ORIGINS_POPULATION_FIELD="people", OUTPUT="memory:"),
                         feedback=feedback)["OUTPUT"]
    km = values(out, "code", "nearest_km")
    assert km["a"] == pytest.approx((4 * 300 + 10 * 100) / 400, rel=1e-3)  # 5.5 km
    assert km["b"] == pytest.approx(52.0, rel=1e-3)  # b's own point: no origin inside it
    assert any("lie in no unit" in w for w in feedback.warnings)
    assert any("no populated origin" in w and "b" in w for w in feedback.warnings)


def road_grid(speeds=None):
    """Roads every 10 km on a 4 x 4 grid (0..30 km): east-west at 60 km/h, north-south at 30 km/h.
    The north-south road at x=30 km has no speed (the default applies); a lone road far east."""
    x0, y0 = 1000000, 2000000
    layer = QgsVectorLayer("LineString?crs=EPSG:5179&field=kmh:double", "roads", "memory")
    features = []

    def road(a, b, kmh):
        feature = QgsFeature(layer.fields())
        feature.setGeometry(QgsGeometry.fromPolylineXY([QgsPointXY(x0 + a[0] * 1000, y0 + a[1] * 1000),
                                                        QgsPointXY(x0 + b[0] * 1000, y0 + b[1] * 1000)]))
        feature.setAttributes([kmh])
        features.append(feature)

    for k in range(4):
        for s in range(3):
            road((s * 10, k * 10), (s * 10 + 10, k * 10), 60)
            road((k * 10, s * 10), (k * 10, s * 10 + 10), None if k == 3 else 30)
    road((200, 0), (210, 0), 60)  # not connected to the grid
    assert layer.dataProvider().addFeatures(features)
    return layer


def test_network_minutes_on_a_grid():
    x0, y0 = 1000000, 2000000
    km = 1000
    units = polygon_layer("code:string&field=pop:double", [
        (centred(x0, y0), "at", 100),                    # the facility's own node
        (centred(x0 + 20 * km, y0), "east20", 100),      # 20 km at 60 km/h
        (centred(x0 + 20 * km, y0 + 10 * km), "ne", 100),  # 20 km at 60 + 10 km at 30 = 40 min
        (centred(x0 + 25 * km, y0 + 1 * km), "off", 100),  # 25 km at 60 + a 1 km leg at 40 km/h
        (centred(x0 + 30 * km, y0 + 30 * km), "far", 100),  # 30 km at 60 + 30 km at 40 km/h (default)
        (centred(x0 + 205 * km, y0), "island", 100),     # on a road that does not reach the grid
    ])
    facility = points("name:string", [(x0, y0, "hospital")])
    feedback = WarningFeedback()
    result = processing.run(ALG, dict(INPUT=units, ID_FIELD="code", POPULATION_FIELD="pop", FACILITIES=facility,
                                      MIN_COUNT=0, NETWORK=road_grid(), SPEED_FIELD="kmh", DEFAULT_SPEED=40,
                                      MAX_TIME=30, MAX_DISTANCE=5, OUTPUT="memory:"), feedback=feedback)
    out = result["OUTPUT"]
    minutes = values(out, "code", "nearest_min")
    expected = {"at": 0.0, "east20": 20.0, "ne": 40.0, "off": 25.0 + 1.5, "far": 30.0 + 45.0}
    for code, value in expected.items():
        # ellipsoidal lengths in EPSG:5179 are 0.04 % longer than grid lengths here
        assert minutes[code] == pytest.approx(value, rel=1e-3, abs=1e-3), code
    assert minutes["island"] is None
    gap = values(out, "code", "gap_reason")
    # the standard is the time (MAX_DISTANCE is not used with a network)
    assert gap == {"at": None, "east20": None, "ne": "beyond the standard time", "off": None,
                   "far": "beyond the standard time", "island": "beyond the standard time"}
    assert result["UNITS_IN_GAP"] == 3
    assert any("no usable speed" in w and "40" in w for w in feedback.warnings)
    assert any("cannot reach" in w and "island" in w for w in feedback.warnings)
    assert values(out, "code", "nearest_km")["east20"] == pytest.approx(20.0, rel=1e-3)


# ------------------------------------------------------------------------------- bad input
def test_missing_field_is_named(sample_units, sample_facilities):
    with pytest.raises(QgsProcessingException, match="DEMAND_FIELD.*births_2099"):
        processing.run(ALG, dict(BASE, INPUT=sample_units, FACILITIES=sample_facilities,
                                 DEMAND_FIELD="births_2099"))
    with pytest.raises(QgsProcessingException, match="CAPACITY_FIELD.*beds"):
        processing.run(ALG, dict(BASE, INPUT=sample_units, FACILITIES=sample_facilities, CAPACITY_FIELD="beds"))


def test_bad_expression_is_named(sample_units, sample_facilities):
    with pytest.raises(QgsProcessingException, match="FACILITY_FILTER.*cannot be parsed"):
        processing.run(ALG, dict(BASE, INPUT=sample_units, FACILITIES=sample_facilities,
                                 FACILITY_FILTER="\"cls\" IN ('권역응급의료센터'"))
    with pytest.raises(QgsProcessingException, match="FACILITY_FILTER.*class"):
        processing.run(ALG, dict(BASE, INPUT=sample_units, FACILITIES=sample_facilities,
                                 FACILITY_FILTER="\"class\" = 'x'"))


def test_supply_is_required(sample_units):
    with pytest.raises(QgsProcessingException, match="FACILITIES.*COUNT_FIELD"):
        processing.run(ALG, dict(BASE, INPUT=sample_units))


def test_null_population_gives_null_rates_and_one_warning():
    units = polygon_layer("code:string&field=pop:double&field=doctors:double", [
        (centred(1000000, 2000000), "ok", 10000, 2),
        (centred(1003000, 2000000), "zero", 0, 1),
        (centred(1006000, 2000000), "unknown", None, 0),
        (None, "nowhere", 500, None),
    ])
    feedback = WarningFeedback()
    result = processing.run(ALG, dict(INPUT=units, ID_FIELD="code", POPULATION_FIELD="pop", COUNT_FIELD="doctors",
                                      CATCHMENT=1, OUTPUT="memory:"), feedback=feedback)
    out = result["OUTPUT"]
    assert out.featureCount() == 4  # every unit, even without geometry
    assert values(out, "code", "per_10k") == {"ok": pytest.approx(2.0), "zero": None, "unknown": None,
                                              "nowhere": 0.0}
    assert values(out, "code", "access_2sfca") == {"ok": pytest.approx(0.2), "zero": None, "unknown": None,
                                                   "nowhere": None}
    per_10k_warnings = [w for w in feedback.warnings if w.startswith("per_10k")]
    assert len(per_10k_warnings) == 1 and "zero" in per_10k_warnings[0] and "unknown" in per_10k_warnings[0]
    assert any("COUNT_FIELD" in w and "nowhere" in w for w in feedback.warnings)
    assert values(out, "code", "gap") == {"ok": 0, "zero": 0, "unknown": 1, "nowhere": 1}
    assert result["POPULATION_IN_GAP"] == 500


def test_filter_that_keeps_nothing(sample_units, sample_facilities):
    feedback = WarningFeedback()
    result = processing.run(ALG, dict(BASE, INPUT=sample_units, FACILITIES=sample_facilities, MIN_COUNT=0,
                                      FACILITY_FILTER="\"cls\" = 'no such class'"), feedback=feedback)
    # no facility anywhere: every unit is beyond any standard distance
    assert result["UNITS_IN_GAP"] == 229
    assert set(values(result["OUTPUT"], "code", "nearest_km").values()) == {None}
    assert any("No facility is left" in w for w in feedback.warnings)
