"""The shipped modeler model resources/models/small_but_strong.model3 (smallbutstrong:fullanalysis).

It is registered by our provider, is what scripts/make_model.py writes for the algorithms as they
are now, and runs end to end on the bundled sample with the same results as its steps run alone.
"""

import os
import subprocess
from pathlib import Path

import processing
import pytest
from qgis.core import (
    QgsApplication,
    QgsProcessingContext,
    QgsProcessingFeedback,
    QgsProcessingModelAlgorithm,
    QgsProject,
    QgsVectorLayer,
)

ROOT = Path(__file__).resolve().parents[2]
MODEL_FILE = ROOT / "resources" / "models" / "small_but_strong.model3"
SAMPLE = ROOT / "resources" / "sample" / "korea_sigungu.gpkg"
ALG = "smallbutstrong:fullanalysis"
STEPS = ["smallbutstrong:declineindicators", "smallbutstrong:proposealliances", "smallbutstrong:servicegaps",
         "smallbutstrong:sitefacilities", "smallbutstrong:exportreport"]
REBUILD = "run /usr/bin/python3 scripts/make_model.py to rebuild the model for the algorithms as they are now"


def registry():
    return QgsApplication.processingRegistry()


def report_registered() -> bool:
    return registry().algorithmById("smallbutstrong:exportreport") is not None


def model():
    alg = registry().algorithmById(ALG)
    assert alg is not None, f"{ALG} is not registered: processing/provider.py loads resources/models/*.model3"
    return alg


def chain(alg):
    """Child algorithm ids in the order the model runs them (each depends on the one before)."""
    children = alg.childAlgorithms()
    order = []
    remaining = dict(children)
    while remaining:
        ready = [cid for cid in remaining if not (alg.dependsOnChildAlgorithms(cid) - set(order))]
        assert len(ready) == 1, f"not a chain: {sorted(remaining)}"
        order.append(ready[0])
        del remaining[ready[0]]
    return [children[cid].algorithmId() for cid in order]


def test_model_is_in_our_provider():
    alg = model()
    assert alg.provider().id() == "smallbutstrong"
    assert alg.displayName() == "Full analysis" and alg.group() == "Models" and alg.groupId() == "models"
    assert "Decline indicators" in alg.shortHelpString()
    assert not alg.icon().isNull()
    expected = STEPS if report_registered() else STEPS[:4]
    assert chain(alg) == expected, REBUILD
    for child_id in alg.childAlgorithms():
        ok, issues = alg.validateChildAlgorithm(child_id)
        assert ok, (child_id, issues, REBUILD)
    outputs = {d.name() for d in alg.destinationParameterDefinitions()}
    assert {"indicators:INDICATORS", "alliances:ALLIANCES", "alliances:MEMBERS",
            "gaps:SERVICE_GAPS", "gaps:SERVICE_GAPS_ALLIANCES"} <= outputs
    if report_registered():
        assert {"report:PDF", "report:PNG"} <= outputs
    inputs = {d.name() for d in alg.parameterDefinitions() if not d.isDestination()}
    assert {"UNITS", "ID_FIELD", "POPULATION_FIELD", "ELIGIBLE", "HUBS", "MIN_MEMBERS", "MAX_MEMBERS",
            "MIN_POPULATION", "FACILITIES", "COUNT_FIELD", "MIN_COUNT", "TITLE"} <= inputs


def _plain(value):
    """A value comparable across loads: enums as their int, QVariant NULL as None, the rest as text."""
    if value is None or (hasattr(value, "isNull") and value.isNull()):
        return None
    try:
        return int(value) if not isinstance(value, (str, float)) else value
    except (TypeError, ValueError):
        return str(value)


def model_content(path: Path) -> dict:
    """What a model does, independent of how a QGIS version serializes it: its inputs (name, type,
    default, flags), its children (algorithm, every parameter's sources, dependencies) and outputs."""
    alg = QgsProcessingModelAlgorithm()
    assert alg.fromFile(str(path)), path
    inputs = {p.name(): (p.type(), _plain(p.defaultValue()), _plain(p.flags()), p.description())
              for p in alg.parameterDefinitions() if not p.isDestination()}
    # the model's own destinations are named differently by version ("alliances:ALLIANCES" in 3.22,
    # "alliances" in 3.40): their type and description say what they are
    destinations = sorted((p.type(), p.description(), _plain(p.flags())) for p in alg.parameterDefinitions()
                          if p.isDestination())
    children = {}
    for cid, child in alg.childAlgorithms().items():
        sources = {name: [(_plain(s.source()), s.parameterName(), s.outputChildId(), s.outputName(),
                           _plain(s.staticValue()), s.expression()) for s in values]
                   for name, values in child.parameterSources().items()}
        outputs = sorted((o.childOutputName(), o.description(), _plain(o.defaultValue()), o.isMandatory())
                         for o in child.modelOutputs().values())
        children[cid] = {"algorithm": child.algorithmId(), "sources": sources, "outputs": outputs,
                         "depends": sorted(alg.dependsOnChildAlgorithms(cid))}
    return {"name": alg.name(), "group": alg.group(), "inputs": inputs, "destinations": destinations,
            "children": children}


def test_model_file_is_what_make_model_writes(tmp_path):
    """The shipped file does what a fresh build does (compared by content, not by the bytes that each
    QGIS version writes differently): parameters of the children have not drifted."""
    out = tmp_path / "model.model3"
    args = ["/usr/bin/python3", str(ROOT / "scripts" / "make_model.py"), "--output", str(out)]
    if not report_registered():
        args.append("--without-report")
    run = subprocess.run(args, capture_output=True, text=True, timeout=300,
                         env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    assert run.returncode == 0, run.stdout + run.stderr
    fresh, shipped = model_content(out), model_content(MODEL_FILE)
    assert len(shipped["children"]) == 5 and len(shipped["inputs"]) > 10
    assert fresh == shipped, REBUILD


def test_model_content_comparison_sees_a_changed_default(tmp_path):
    """The comparison above is not blind: a changed default of one child parameter is a difference."""
    text = MODEL_FILE.read_text(encoding="utf-8")
    changed = tmp_path / "changed.model3"
    default = '<Option name="default" type="int" value="60"/>'  # TIME_LIMIT's
    assert text.count(default) == 1
    changed.write_text(text.replace(default, default.replace('"60"', '"61"')), encoding="utf-8")
    assert model_content(changed) != model_content(MODEL_FILE)


class Feedback(QgsProcessingFeedback):
    def __init__(self):
        super().__init__()
        self.errors = []

    def reportError(self, error, fatalError=False):  # noqa: N802,N803
        self.errors.append(error)
        super().reportError(error, fatalError)


def defaults(alg) -> dict:
    return {d.name(): d.defaultValue() for d in alg.parameterDefinitions()
            if not d.isDestination() and d.defaultValue() is not None}


#: the sample's fields and the policy run: the model itself is neutral and names no field
SAMPLE_CHOICES = {
    "ID_FIELD": "code", "NAME_FIELD": "sigungu", "POPULATION_FIELD": "pop_reg_2025",
    "POPULATION_BASE_FIELD": "pop_reg_2015", "ELDERLY_FIELD": "pop65_reg_2025", "YOUNG_WOMEN_FIELD": "f20_39_reg_2025",
    "BIRTHS_FIELD": "births_est_2020", "COUNT_FIELD": "doctors_obgyn_2020", "DEMAND_FIELD": "births_est_2020",
    "ELIGIBLE": "\"sido\" NOT IN ('서울특별시','부산광역시','대구광역시','인천광역시','광주광역시','대전광역시',"
                "'울산광역시','세종특별자치시','경기도')",
    "HUBS": "\"innovation_city\" = 1 OR \"pop_reg_2025\" >= 150000", "ISLAND_LINK_DISTANCE": 1000,
}


def model_parameters(alg, out: Path, units=f"{SAMPLE}|layername=sigungu", choices=None) -> dict:
    """The sample with its fields, files for every output and no solver time limit (a proven optimum:
    the same alliances on every machine); every other input left out, so the model's defaults apply."""
    params = {"UNITS": units, "TIME_LIMIT": 0}
    params.update(SAMPLE_CHOICES if choices is None else choices)
    for d in alg.destinationParameterDefinitions():
        suffix = {"fileDestination": ".pdf" if "pdf" in d.name().lower() else ".png"}.get(d.type(), ".gpkg")
        params[d.name()] = str(out / (d.name().split(":")[-1].lower() + suffix))
    return params


def test_the_model_names_no_field_of_the_sample():
    """Neutral defaults: no field name, no expression, no Korean title; the profile decides the numbers."""
    alg = model()
    for d in alg.parameterDefinitions():
        if d.isDestination():
            continue
        default = d.defaultValue()
        if d.type() in ("field", "expression", "string"):
            assert default in (None, ""), (d.name(), default)
    assert alg.parameterDefinition("PROFILE").defaultValue() == 0
    assert [p.parameterName() for p in alg.orderedParameters()][:4] == \
        ["UNITS", "ID_FIELD", "NAME_FIELD", "POPULATION_FIELD"]


@pytest.fixture(scope="module")
def model_run(tmp_path_factory):
    alg = model()
    out = tmp_path_factory.mktemp("model")
    params = model_parameters(alg, out)
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    feedback = Feedback()
    results = processing.run(ALG, params, context=context, feedback=feedback)
    return dict(defaults(alg), **params), results, feedback


def layer(path: str) -> QgsVectorLayer:
    result = QgsVectorLayer(path, Path(path).stem, "ogr")
    assert result.isValid(), path
    return result


def test_model_runs_on_the_sample(model_run):
    params, results, feedback = model_run
    assert not feedback.errors
    for name, path in params.items():
        if ":" in name:  # every output written where it was asked
            assert results[name] == path and Path(path).stat().st_size > 0, name
    indicators = layer(results["indicators:INDICATORS"])
    assert indicators.featureCount() == 229
    # the default field names reached the step: every indicator of the sample is there
    assert {"risk_index", "risk_class", "pop_change", "aging_ratio", "birth_rate"} <= set(indicators.fields().names())
    members = layer(results["alliances:MEMBERS"])
    assert members.featureCount() == 229
    gaps = layer(results["gaps:SERVICE_GAPS"])
    assert gaps.featureCount() == 229
    assert {"gap", "covered_by_alliance", "alliance_id", "risk_index"} <= set(gaps.fields().names())


def test_model_alliances_are_those_of_the_algorithm_alone(model_run):
    params, results, _feedback = model_run
    same = {name: params[name] for name in ("ID_FIELD", "NAME_FIELD", "POPULATION_FIELD", "ELIGIBLE", "HUBS",
                                            "PROFILE", "MIN_MEMBERS", "MAX_MEMBERS", "MIN_POPULATION",
                                            "ISLAND_LINK_DISTANCE") if name in params}
    assert "MIN_POPULATION" not in same  # the profile's floor, in the model and alone
    alone = processing.run("smallbutstrong:proposealliances", dict(
        same, INPUT=params["UNITS"], TIME_LIMIT=0, OUTPUT="memory:", OUTPUT_MEMBERS="memory:"))
    assert alone["OPTIMAL"] is True
    alliances = layer(results["alliances:ALLIANCES"])
    assert alliances.featureCount() == alone["ALLIANCES"] > 20
    assert sorted(f["members"] for f in alliances.getFeatures()) == \
        sorted(f["members"] for f in alone["OUTPUT"].getFeatures())
    members = layer(results["alliances:MEMBERS"])
    assert sum(1 for f in members.getFeatures() if f["alliance_id"] not in (None, "") and
               not (hasattr(f["alliance_id"], "isNull") and f["alliance_id"].isNull())) == alone["COVERED"]
    # the default profile (Korea) is the policy run: 2–5 members, 300,000 residents, a hub each
    for f in alliances.getFeatures():
        assert 2 <= f["n_members"] <= 5 and f["population"] >= 300000


def test_model_service_gaps_are_those_of_the_algorithm_alone(model_run):
    params, results, _feedback = model_run
    alone = processing.run("smallbutstrong:servicegaps", {
        "INPUT": results["alliances:MEMBERS"], "ID_FIELD": params["ID_FIELD"],
        "POPULATION_FIELD": params["POPULATION_FIELD"], "DEMAND_FIELD": params["DEMAND_FIELD"],
        "COUNT_FIELD": params["COUNT_FIELD"], "MIN_COUNT": params["MIN_COUNT"],
        "MAX_DISTANCE": params["MAX_DISTANCE"], "ALLIANCE_FIELD": "alliance_id",
        "OUTPUT": "memory:", "OUTPUT_ALLIANCES": "memory:"})
    gaps = layer(results["gaps:SERVICE_GAPS"])
    in_gap = sum(1 for f in gaps.getFeatures() if f["gap"] == 1)
    covered = sum(1 for f in gaps.getFeatures() if f["covered_by_alliance"] == 1)
    assert in_gap == alone["UNITS_IN_GAP"] > 0  # units without an ob-gyn doctor in 2020
    assert in_gap - covered == alone["UNITS_IN_GAP_AFTER_ALLIANCES"]
    per_alliance = layer(results["gaps:SERVICE_GAPS_ALLIANCES"])
    assert per_alliance.featureCount() == layer(results["alliances:ALLIANCES"]).featureCount()


def test_model_writes_the_report(model_run):
    if not report_registered():
        pytest.skip("smallbutstrong:exportreport is not registered yet: the model has three steps")
    params, results, _feedback = model_run
    pdf = Path(results["report:PDF"])
    assert pdf.read_bytes()[:5] == b"%PDF-" and pdf.stat().st_size > 50_000
    png = Path(results["report:PNG"])
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and png.stat().st_size > 50_000
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True,
                          timeout=60).stdout
    assert "Small but strong alliances" in text  # the report's default title, in English here
    alliances = layer(results["alliances:ALLIANCES"])
    hub_names = [f["name"] for f in alliances.getFeatures()]
    assert sum(1 for name in hub_names if name in text) >= len(hub_names) - 2  # the table of alliances


def test_model_outputs_may_be_left_out(tmp_path):
    """Six memory units, only the report asked for: the steps in between write temporary layers,
    optional outputs nobody asked for are not written, and inputs given as None stay empty (the
    sample's default field names would not exist here)."""
    from sbs_helpers import polygon_layer, square

    rows = [(square(1000 * (i % 3), 1000 * (i // 3)), f"u{i}", f"unit {i}", 400 + 100 * i, 100 + 10 * i,
             50 + 5 * i, i % 2) for i in range(6)]
    units = polygon_layer("id:string&field=name:string&field=pop:double&field=old:double&field=women:double"
                          "&field=doctors:double", rows)
    last = "report:PDF" if report_registered() else "gaps:SERVICE_GAPS"
    target = tmp_path / ("small.pdf" if report_registered() else "gaps.gpkg")
    results = processing.run(ALG, {
        "UNITS": units, "ID_FIELD": "id", "NAME_FIELD": "name", "POPULATION_FIELD": "pop",
        "POPULATION_BASE_FIELD": None, "ELDERLY_FIELD": "old", "YOUNG_WOMEN_FIELD": "women",
        "BIRTHS_FIELD": None, "COUNT_FIELD": "doctors", "DEMAND_FIELD": None, "ELIGIBLE": "", "HUBS": "",
        "MIN_MEMBERS": 2, "MAX_MEMBERS": 3, "MIN_POPULATION": 1000, "TIME_LIMIT": 0, last: str(target)})
    assert results[last] == str(target) and target.stat().st_size > 0
    alliances, members = results["alliances:ALLIANCES"], results["alliances:MEMBERS"]
    assert alliances.featureCount() == 3 and members.featureCount() == 6  # 2 × 3 squares, 2 units each
    assert results["indicators:INDICATORS"].featureCount() == 6
    assert not results.get("gaps:SERVICE_GAPS_ALLIANCES") and not results.get("report:PNG")
    gaps = results["gaps:SERVICE_GAPS"]
    gaps = gaps if isinstance(gaps, QgsVectorLayer) else layer(gaps)
    assert sorted(f["gap"] for f in gaps.getFeatures()) == [0, 0, 0, 1, 1, 1]  # doctors 0 in u0, u2, u4


def test_model_sites_one_shared_facility_per_alliance(model_run):
    _params, results, _feedback = model_run
    alliances = layer(results["alliances:ALLIANCES"])
    sites = layer(results["siting:SITES"])
    assert sites.featureCount() == alliances.featureCount()
    assert {f["alliance_id"] for f in sites.getFeatures()} == {f["alliance_id"] for f in alliances.getFeatures()}
    assert layer(results["siting:SITED_UNITS"]).featureCount() == 229


US = ROOT / "resources" / "sample" / "us_counties.gpkg"
#: the second sample: the user chooses fields and thresholds only
US_CHOICES = {
    "ID_FIELD": "FIPS", "NAME_FIELD": "NAME", "POPULATION_FIELD": "PO90", "POPULATION_BASE_FIELD": "PO60",
    "YEAR": 1990, "BASE_YEAR": 1960, "PROFILE": 2, "ELIGIBLE": "\"STATE_NAME\" IN ('Kansas', 'Nebraska')",
    "MIN_POPULATION": 50000, "MAX_MEMBERS": 5, "MIN_COUNT": 0, "MAX_DISTANCE": 80, "TITLE": "Plains alliances",
}


def test_model_runs_on_the_us_sample(tmp_path):
    """The US counties with their own fields; facilities: the counties of 50,000+ as points."""
    alg = model()
    big = processing.run("native:extractbyexpression", {"INPUT": f"{US}|layername=counties",
                                                         "EXPRESSION": "\"PO90\" >= 50000", "OUTPUT": "memory:"})
    towns = processing.run("native:pointonsurface", {"INPUT": big["OUTPUT"], "ALL_PARTS": False,
                                                     "OUTPUT": "memory:"})["OUTPUT"]
    params = model_parameters(alg, tmp_path, units=f"{US}|layername=counties",
                              choices=dict(US_CHOICES, FACILITIES=towns))
    params["TIME_LIMIT"] = 60
    feedback = Feedback()
    results = processing.run(ALG, params, feedback=feedback)
    assert not feedback.errors
    members = layer(results["alliances:MEMBERS"])
    assert members.featureCount() == 3085  # every county once
    alliances = layer(results["alliances:ALLIANCES"])
    assert 20 <= alliances.featureCount() <= 60
    assert all(f["population"] >= 50000 and 2 <= f["n_members"] <= 5 for f in alliances.getFeatures())
    states = {f["STATE_NAME"] for f in members.getFeatures() if f["alliance_id"] not in (None, "")
              and not (hasattr(f["alliance_id"], "isNull") and f["alliance_id"].isNull())}
    assert states == {"Kansas", "Nebraska"}
    gaps = layer(results["gaps:SERVICE_GAPS"])
    assert gaps.featureCount() == 3085
    assert layer(results["siting:SITES"]).featureCount() == alliances.featureCount()
    if report_registered():
        text = subprocess.run(["pdftotext", str(results["report:PDF"]), "-"], capture_output=True, text=True,
                              timeout=60).stdout
        assert "Plains alliances" in text and "NCOVR" in text  # the sample's own sources
        assert not any("\uac00" <= ch <= "\ud7a3" for ch in text)  # no Hangul on a US page
