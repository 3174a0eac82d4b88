"""smallbutstrong:declineindicators through processing.run, on the sample and memory layers."""

import processing
import pytest
from qgis.core import QgsProcessingException
from sbs_helpers import polygon_layer, square, values
from sbs_helpers import Feedback as WarningFeedback

ALG = "smallbutstrong:declineindicators"
SAMPLE_PARAMS = dict(ID_FIELD="code", NAME_FIELD="sigungu", POPULATION_FIELD="pop_reg_2025",
                     POPULATION_BASE_FIELD="pop_reg_2015", YEAR=2025, BASE_YEAR=2015,
                     ELDERLY_FIELD="pop65_reg_2025", YOUNG_WOMEN_FIELD="f20_39_reg_2025",
                     BIRTHS_FIELD="births_est_2020", OUTPUT="memory:")

#: extinction-risk classes of the 229 units, resident registration 2025 (checked with SQL on the gpkg)
COUNTS_2025 = {1: 0, 2: 4, 3: 78, 4: 81, 5: 66}


def test_sample_values(sample_units):
    feedback = WarningFeedback()
    out = processing.run(ALG, dict(SAMPLE_PARAMS, INPUT=sample_units), feedback=feedback)["OUTPUT"]
    assert out.featureCount() == 229
    # keyed by code: names such as 중구 repeat across cities
    risk = values(out, "code", "risk_index")
    cls = values(out, "code", "risk_class")
    label = values(out, "code", "risk_label")
    # 종로구 (11110): 20,813 women aged 20-39 and 30,664 residents 65+ (registration, 2025)
    assert risk["11110"] == pytest.approx(20813 / 30664, abs=1e-6)
    assert round(risk["11110"], 3) == 0.679
    assert cls["11110"] == 3 and label["11110"] == "caution"  # the English interface; Korean in test_i18n
    assert cls["47940"] == 5  # 울릉군
    # every input field is kept, every indicator written
    names = out.fields().names()
    for field in ("code", "pop_census_2020", "pop_change", "pop_cagr", "aging_ratio", "risk_index",
                  "risk_class", "risk_label", "births", "birth_rate", "low_births", "density",
                  "small_unit", "decline_score", "decline_class"):
        assert field in names
    # the class counts on the sample (registration 2025): a real national figure
    counts = {c: list(cls.values()).count(c) for c in range(1, 6)}
    assert counts == COUNTS_2025
    assert counts[5] == sum(1 for v in risk.values() if v < 0.2)
    # 군위군 (27720) has no 2020 birth estimate: NULL rate and one warning naming it
    births = values(out, "code", "birth_rate")
    assert births["27720"] is None
    assert any("birth_rate" in w and "27720" in w for w in feedback.warnings)
    # density from the ellipsoidal area is close to the published area
    area = values(out, "code", "area_km2")
    pop = values(out, "code", "pop_reg_2025")
    density = values(out, "code", "density")
    assert density["11110"] == pytest.approx(pop["11110"] / area["11110"], rel=0.02)
    small = values(out, "code", "small_unit")
    assert small["47940"] == 1 and small["11110"] == 0
    assert sum(small.values()) == sum(1 for v in pop.values() if v < 100000)
    low = values(out, "code", "low_births")
    assert low["47940"] == 1


def test_area_field_and_composite(sample_units):
    params = dict(SAMPLE_PARAMS, INPUT=sample_units, AREA_FIELD="area_km2",
                  COMPOSITE_FIELDS=["pop65_reg_2025", "tfr_2020"], COMPOSITE_WEIGHTS="2,1",
                  COMPOSITE_INVERT="1,0")
    out = processing.run(ALG, params)["OUTPUT"]
    density = values(out, "code", "density")
    pop = values(out, "code", "pop_reg_2025")
    area = values(out, "code", "area_km2")
    assert density["47940"] == pytest.approx(pop["47940"] / area["47940"])
    classes = list(values(out, "code", "decline_class").values())
    assert {c for c in classes if c is not None} == {1, 2, 3, 4, 5}


def test_memory_layer_known_values_and_nulls():
    layer = polygon_layer(
        "id:string&field=pop:double&field=pop0:double&field=old:double&field=women:double",
        [(square(950000, 1950000), "a", 1000, 1250, 400, 40),
         (square(960000, 1950000), "b", 0, 10, 0, 0),
         (None, "c", 500, 500, 100, 150)])
    feedback = WarningFeedback()
    out = processing.run(ALG, {"INPUT": layer, "ID_FIELD": "id", "POPULATION_FIELD": "pop",
                               "POPULATION_BASE_FIELD": "pop0", "ELDERLY_FIELD": "old",
                               "YOUNG_WOMEN_FIELD": "women", "YEAR": 2020, "BASE_YEAR": 2010,
                               "OUTPUT": "memory:"}, feedback=feedback)["OUTPUT"]
    assert out.featureCount() == 3  # the unit without geometry is kept
    risk = values(out, "id", "risk_index")
    assert risk == {"a": pytest.approx(0.1), "b": None, "c": pytest.approx(1.5)}
    assert values(out, "id", "risk_class") == {"a": 5, "b": None, "c": 1}
    assert values(out, "id", "pop_change")["a"] == pytest.approx(-0.2)
    assert values(out, "id", "density")["a"] == pytest.approx(1000 / 1.0, rel=0.002)  # 1 km² square
    assert values(out, "id", "density")["c"] is None
    assert "births" not in out.fields().names()  # no births field: no birth indicators
    assert any("risk_index" in w and "b" in w for w in feedback.warnings)


def test_missing_field_is_named(sample_units):
    with pytest.raises(QgsProcessingException, match="pop_2099"):
        processing.run(ALG, dict(SAMPLE_PARAMS, INPUT=sample_units, ELDERLY_FIELD="pop_2099"))


def test_text_population_field_is_named(sample_units):
    with pytest.raises(QgsProcessingException, match="sigungu.*not numeric"):
        processing.run(ALG, dict(SAMPLE_PARAMS, INPUT=sample_units, POPULATION_FIELD="sigungu"))


def test_weights_must_match_fields(sample_units):
    with pytest.raises(QgsProcessingException, match="COMPOSITE_WEIGHTS"):
        processing.run(ALG, dict(SAMPLE_PARAMS, INPUT=sample_units, COMPOSITE_FIELDS=["tfr_2020"],
                                 COMPOSITE_WEIGHTS="1,2"))
