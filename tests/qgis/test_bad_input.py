"""Bad input for every algorithm (issue 7): one test per case and algorithm, asserting the real outcome.

The algorithms: D = smallbutstrong:declineindicators, A = proposealliances, S = servicegaps,
R = exportreport (where the case applies to a report). Each case ends in one of two ways:

* a QgsProcessingException whose message names the parameter, field, unit or value (asserted), or
* the run goes on with one warning naming the units concerned (asserted), and every input unit is
  in the output (OUTPUT of D and S, OUTPUT_MEMBERS of A) with a status (A: ``status``, S: ``gap``).

A canceled run returns no result (or raises) and leaves no output file behind, whenever it is
canceled; a time-limited alliance run returns a feasible plan with OPTIMAL false and GAP >= 0.
"""

from __future__ import annotations

import math
import time
from pathlib import Path

import numpy as np
import processing
import pytest
from qgis.core import (
    QgsCoordinateTransformContext,
    QgsFeature,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeatureSourceDefinition,
    QgsProcessingFeedback,
    QgsProject,
    QgsVectorFileWriter,
    QgsVectorLayer,
)
from sbs_helpers import CancelAbove, plain, polygon_layer, square, values

from small_but_strong.compat import GEOMETRY_ABORT_ON_INVALID, GEOMETRY_SKIP_INVALID
from small_but_strong.core.graph import build_adjacency, is_connected
from small_but_strong.processing.adjacency import layer_graph

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "resources" / "sample" / "korea_sigungu.gpkg"
ALGS = {"D": "smallbutstrong:declineindicators", "A": "smallbutstrong:proposealliances",
        "S": "smallbutstrong:servicegaps", "R": "smallbutstrong:exportreport"}
DAS = ["D", "A", "S"]

X0, Y0 = 1_000_000, 2_000_000  # EPSG:5179 metres
FIELDS = "id:string&field=name:string&field=pop:double&field=txt:string&field=hub:integer&field=alli:string"
#: a self-intersecting "bow-tie" on the square of u0: two triangles touching at the centre
BOWTIE = f"POLYGON(({X0} {Y0}, {X0 + 1000} {Y0 + 1000}, {X0 + 1000} {Y0}, {X0} {Y0 + 1000}, {X0} {Y0}))"
#: u0 as two squares 50 m apart (2 km²): a multipart unit (parts sharing an edge would be invalid)
MULTIPART = (f"MULTIPOLYGON((({X0} {Y0},{X0 + 1000} {Y0},{X0 + 1000} {Y0 + 1000},{X0} {Y0 + 1000},{X0} {Y0})),"
             f"(({X0} {Y0 - 1050},{X0 + 1000} {Y0 - 1050},{X0 + 1000} {Y0 - 50},{X0} {Y0 - 50},{X0} {Y0 - 1050})))")
#: u0 as its square plus an islet of 200 m x 200 m 50 km to the north (1.04 km², separate parts)
ISLANDS = (f"MULTIPOLYGON((({X0} {Y0},{X0 + 1000} {Y0},{X0 + 1000} {Y0 + 1000},{X0} {Y0 + 1000},{X0} {Y0})),"
           f"(({X0} {Y0 + 50000},{X0 + 200} {Y0 + 50000},{X0 + 200} {Y0 + 50200},{X0} {Y0 + 50200},"
           f"{X0} {Y0 + 50000})))")


class Feedback(QgsProcessingFeedback):
    """Keeps the warnings and errors (reportError) the algorithm pushes."""

    def __init__(self):
        super().__init__()
        self.warnings = []

    def pushWarning(self, text):  # noqa: N802
        self.warnings.append(text)
        super().pushWarning(text)

    def reportError(self, text, fatalError=False):  # noqa: N802,N803
        self.warnings.append(text)
        super().reportError(text, fatalError)

    def warned(self, *words) -> bool:
        """True when one warning holds every word."""
        return any(all(w in text for w in words) for text in self.warnings)


def row(n, wkt="square", **attrs):
    """One unit of the standard row: the n-th 1 km square east of (X0, Y0), id u<n>, 200 residents."""
    data = dict(id=f"u{n}", name=f"Unit {n}", pop=200.0, txt=f"t{n}", hub=0, alli="A" if n < 3 else "B")
    data.update(attrs)
    geometry = square(X0 + n * 1000, Y0) if wkt == "square" else wkt
    return (geometry, data["id"], data["name"], data["pop"], data["txt"], data["hub"], data["alli"])


def units(first=None, count=6, **first_attrs) -> QgsVectorLayer:
    """Six units in a row; ``first`` replaces the geometry of u0, ``first_attrs`` its attributes."""
    rows = [row(0, first if first is not None else "square", **first_attrs)]
    rows += [row(n) for n in range(1, count)]
    return polygon_layer(FIELDS, rows)


def units_with_null_geometry() -> QgsVectorLayer:
    return polygon_layer(FIELDS, [row(0, None)] + [row(n) for n in range(1, 6)])


def facilities(crs="EPSG:5179", extra=()) -> QgsVectorLayer:
    """Facilities at the centres of u0 and u3 (and ``extra`` points)."""
    layer = QgsVectorLayer(f"Point?crs={crs}&field=fid_txt:string&field=cls:string", "fac", "memory")
    features = []
    for k, (x, y) in enumerate([(X0 + 500, Y0 + 500), (X0 + 3500, Y0 + 500), *extra]):
        feature = QgsFeature(layer.fields())
        feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(x, y)))
        feature.setAttributes([f"f{k}", "센터"])
        features.append(feature)
    assert layer.dataProvider().addFeatures(features)
    return layer


def params(alg, layer, **over) -> dict:
    base = {
        "D": dict(ID_FIELD="id", NAME_FIELD="name", POPULATION_FIELD="pop", OUTPUT="memory:"),
        "A": dict(ID_FIELD="id", NAME_FIELD="name", POPULATION_FIELD="pop", MIN_MEMBERS=2, MAX_MEMBERS=5,
                  MIN_POPULATION=300, TIME_LIMIT=0, OUTPUT="memory:", OUTPUT_MEMBERS="memory:"),
        "S": dict(ID_FIELD="id", POPULATION_FIELD="pop", FACILITIES=facilities(), MIN_COUNT=1, MAX_DISTANCE=30,
                  OUTPUT="memory:"),
    }[alg]
    return dict(base, INPUT=layer, **over)


def run(alg, layer, feedback=None, context=None, **over):
    return processing.run(ALGS[alg], params(alg, layer, **over), feedback=feedback or Feedback(),
                          context=context)


def output_of(alg, result) -> QgsVectorLayer:
    return result["OUTPUT_MEMBERS"] if alg == "A" else result["OUTPUT"]


def assert_every_unit(alg, result, layer) -> dict:
    """Every input unit once in the output, with a status; returns {id: output feature}."""
    out = output_of(alg, result)
    ids_in = sorted((plain(f["id"]) or "") for f in layer.getFeatures())
    ids_out = sorted((plain(f["id"]) or "") for f in out.getFeatures())
    assert ids_out == ids_in
    features = {plain(f["id"]): f for f in out.getFeatures()}
    for feature in out.getFeatures():
        if alg == "A":
            assert plain(feature["status"]), feature["id"]
        if alg == "S":
            assert feature["gap"] in (0, 1), feature["id"]
    return features


def raises(alg, layer, *words, **over) -> str:
    """Run, expect a QgsProcessingException naming every word; returns the message."""
    with pytest.raises(QgsProcessingException) as info:
        run(alg, layer, **over)
    message = str(info.value)
    for word in words:
        assert word in message, (word, message)
    return message


# ------------------------------------------------------------------------------------ the report (R)

def report_inputs(layer):
    """ALLIANCES and UNITS for the report: the alliances proposed on ``layer``."""
    result = run("A", layer)
    return result["OUTPUT"], result["OUTPUT_MEMBERS"]


def report(alliances, units_layer, tmp_path, feedback=None, **over):
    pdf = tmp_path / "report.pdf"
    values_ = dict(ALLIANCES=alliances, UNITS=units_layer, TITLE="Bad input", OUTPUT_PDF=str(pdf),
                   OUTPUT_IMAGE=str(tmp_path / "report.png"), DPI=30)
    values_.update(over)
    result = processing.run(ALGS["R"], values_, feedback=feedback or Feedback())
    return result, pdf


def alliance_layer(first_geometry="square"):
    """Two alliances; the first one's polygon replaced by ``first_geometry`` (None = NULL geometry)."""
    fields = "alliance_id:integer&field=name:string&field=population:double&field=pop_ratio:double&field=n_members:integer"
    a = square(X0, Y0, 3000) if first_geometry == "square" else first_geometry  # u0, u1, u2
    return polygon_layer(fields, [(a, 1, "Unit 0", 600.0, 2.0, 3), (square(X0 + 3000, Y0, 3000), 2, "Unit 3", 600.0,
                                                                     2.0, 3)])  # u3, u4, u5


def report_units(first=None):
    layer = units_with_null_geometry() if first == "null" else units(first)
    fields = FIELDS + "&field=alliance_id:integer&field=role:string"
    rows = []
    for feature in layer.getFeatures():
        geometry = feature.geometry()
        wkt = None if geometry.isNull() else geometry.asWkt()
        n = int(feature["id"][1:])
        rows.append((wkt, *feature.attributes(), 1 if n < 3 else 2, "hub" if n in (0, 3) else "member"))
    return polygon_layer(fields, rows)


# ================================================================================== geometry cases

GEOMETRY = {"invalid (bow-tie)": BOWTIE, "multipart": MULTIPART, "empty": "POLYGON EMPTY", "NULL": None,
            "islands": ISLANDS}


def geometry_units(case):
    return units_with_null_geometry() if GEOMETRY[case] is None else units(GEOMETRY[case])


@pytest.mark.parametrize("alg", DAS)
@pytest.mark.parametrize("case", list(GEOMETRY))
def test_geometry(case, alg):
    layer = geometry_units(case)
    feedback = Feedback()
    result = run(alg, layer, feedback)
    out = assert_every_unit(alg, result, layer)
    u0 = out["u0"]
    if case == "invalid (bow-tie)":
        assert feedback.warned("invalid geometry", "u0")
        if alg == "D":  # measured on the repaired polygon: two triangles of 0.25 km²
            assert u0["density"] == pytest.approx(200 / 0.5, rel=0.005)
        if alg == "A":  # the alliance holding it has its outline (GEOS cannot dissolve a bow-tie)
            assert u0["status"] == "in alliance"
            alliance = [f for f in result["OUTPUT"].getFeatures() if "u0" in f["members"].split(",")][0]
            assert not alliance.geometry().isEmpty() and alliance.geometry().isGeosValid()
            assert u0.geometry().asWkt() == QgsGeometry.fromWkt(BOWTIE).asWkt()  # the unit is kept as it is
        if alg == "S":
            assert u0["n_facilities"] == 1  # the facility on its crossing point counts, once
    elif case in ("empty", "NULL"):
        word = {"D": "density", "A": "no geometry", "S": "no geometry"}[alg]
        assert feedback.warned(word, "u0")
        if alg == "D":
            assert plain(u0["density"]) is None
        if alg == "A":
            assert u0["status"] == "no feasible alliance: isolated (no eligible neighbour)"
            assert result["COVERED"] == 5
        if alg == "S":
            assert plain(u0["nearest_km"]) is None and u0["n_facilities"] == 0 and u0["gap"] == 1
    else:  # multipart and islands are ordinary units: both parts count
        assert not feedback.warnings
        if alg == "D":
            area = 2.0 if case == "multipart" else 1.04
            assert u0["density"] == pytest.approx(200 / area, rel=0.005)
        if alg == "A":
            assert u0["status"] == "in alliance" and result["COVERED"] == 6
            alliance = [f for f in result["OUTPUT"].getFeatures() if "u0" in f["members"].split(",")][0]
            assert "u1" in alliance["members"].split(",")  # neighbours through its main part
        if alg == "S":  # the centroid of the islands is at sea: the point on the surface is on the main part
            assert u0["n_facilities"] == 1 and u0["gap"] == 0
            assert plain(u0["nearest_km"]) is not None and u0["nearest_km"] < 0.7


@pytest.mark.parametrize("alg", DAS)
def test_invalid_geometry_is_kept_whatever_the_processing_setting(alg):
    """With "skip invalid features" set in Processing, the bow-tie unit is still read and written."""
    layer = units(BOWTIE)
    context = QgsProcessingContext()
    context.setInvalidGeometryCheck(GEOMETRY_SKIP_INVALID)
    assert_every_unit(alg, run(alg, layer, context=context), layer)
    context.setInvalidGeometryCheck(GEOMETRY_ABORT_ON_INVALID)
    assert_every_unit(alg, run(alg, layer, context=context), layer)
    assert_every_unit(alg, run(alg, units()), units())  # and the next run works (QGIS used to crash here)


@pytest.mark.parametrize("case", list(GEOMETRY))
def test_geometry_report(case, tmp_path):
    """R: bad geometry in both the alliances and the units still gives the report."""
    first = GEOMETRY[case]
    alliances = alliance_layer(first if case in ("invalid (bow-tie)", "empty", "NULL") else "square")
    units_layer = report_units("null" if first is None else first)
    result, pdf = report(alliances, units_layer, tmp_path)
    assert result["PAGES"] == 1 and pdf.exists() and pdf.stat().st_size > 1000


# ================================================================================ attribute cases

@pytest.mark.parametrize("alg", DAS)
@pytest.mark.parametrize("case", ["NULL", "zero", "negative"])
def test_population_value(case, alg):
    value = {"NULL": None, "zero": 0.0, "negative": -50.0}[case]
    layer = units(pop=value)
    feedback = Feedback()
    if alg == "A" and case == "negative":
        raises("A", layer, "POPULATION_FIELD", "u0 (-50)", "ELIGIBLE")
        # a unit that is not eligible may have any population
        result = run("A", layer, ELIGIBLE="\"id\" <> 'u0'")
        assert assert_every_unit("A", result, layer)["u0"]["status"] == "not eligible"
        return
    result = run(alg, layer, feedback)
    out = assert_every_unit(alg, result, layer)
    u0 = out["u0"]
    if alg == "D":
        if case == "zero":  # an empty unit: density 0 and small, nothing to warn about
            assert u0["density"] == 0 and u0["small_unit"] == 1 and not feedback.warnings
        else:
            assert plain(u0["density"]) is None and plain(u0["small_unit"]) is None
            assert feedback.warned("density", "u0")
            if case == "negative":
                assert feedback.warned("POPULATION_FIELD", "negative", "u0")
    if alg == "A":
        if case == "NULL":
            assert u0["status"] == "not eligible (population is NULL)" and feedback.warned("NULL population", "u0")
        else:  # 0 residents is a valid member
            assert u0["status"] == "in alliance" and result["COVERED"] == 6
    if alg == "S":
        assert plain(u0["per_10k"]) is None and u0["gap"] == 0  # a facility inside it
        assert feedback.warned("POPULATION_FIELD", "u0")
        if case == "negative":
            assert feedback.warned("POPULATION_FIELD", "negative", "u0")
        # the units in gap (u1, u2, u4, u5: no facility) and their residents, never lowered by u0
        assert result["UNITS_IN_GAP"] == 4 and result["POPULATION_IN_GAP"] == 800


def test_negative_population_in_gap_is_not_subtracted():
    """S: a negative population in a unit in gap must not lower POPULATION_IN_GAP."""
    layer = units(count=6)
    layer.dataProvider().changeAttributeValues({2: {2: -500.0}})  # u1, no facility, in gap
    feedback = Feedback()
    result = run("S", layer, feedback)
    assert result["UNITS_IN_GAP"] == 4 and result["POPULATION_IN_GAP"] == 600
    assert feedback.warned("POPULATION_FIELD", "negative", "u1")


@pytest.mark.parametrize("alg", DAS)
def test_text_population_field(alg):
    raises(alg, units(), "POPULATION_FIELD", "\"txt\"", "not numeric", POPULATION_FIELD="txt")


@pytest.mark.parametrize("alg", DAS)
@pytest.mark.parametrize("param", ["ID_FIELD", "POPULATION_FIELD"])
def test_field_that_does_not_exist(alg, param):
    raises(alg, units(), param, "\"no_such\"", "does not exist", **{param: "no_such"})


@pytest.mark.parametrize("param", ["ALLIANCE_FIELD", "UNIT_NAME_FIELD", "UNIT_POPULATION_FIELD"])
def test_report_field_that_does_not_exist(param, tmp_path):
    alliances, members = report_inputs(units())
    with pytest.raises(QgsProcessingException, match=f"{param}.*\"no_such\" does not exist"):
        report(alliances, members, tmp_path, **{param: "no_such"})
    assert not list(tmp_path.iterdir())


def test_report_text_population_field(tmp_path):
    alliances, members = report_inputs(units())
    with pytest.raises(QgsProcessingException, match="UNIT_POPULATION_FIELD.*\"txt\".*not numeric"):
        report(alliances, members, tmp_path, UNIT_POPULATION_FIELD="txt")
    assert not list(tmp_path.iterdir())


def test_report_without_the_default_alliance_field_joins_by_location(tmp_path):
    """R: units without ``alliance_id`` (the default ALLIANCE_FIELD) are joined to the alliance around them."""
    alliances, members = report_inputs(units())
    plain_units = units()  # no alliance_id field
    result, pdf = report(alliances, plain_units, tmp_path, ATLAS=True)
    assert result["PAGES"] == alliances.featureCount() == 3 and pdf.exists()


@pytest.mark.parametrize("alg", DAS)
def test_duplicate_ids(alg):
    layer = polygon_layer(FIELDS, [row(0), row(1, id="u0")] + [row(n) for n in range(2, 6)])
    if alg == "A":  # alliances are lists of ids: they must be unique
        raises("A", layer, "ID_FIELD", "repeat", "u0")
        return
    feedback = Feedback()
    result = run(alg, layer, feedback)
    assert_every_unit(alg, result, layer)  # both u0 kept
    assert feedback.warned("ID_FIELD", "u0")


@pytest.mark.parametrize("alg", DAS)
def test_null_ids(alg):
    layer = polygon_layer(FIELDS, [row(0)] + [row(1, id=None)] + [row(n) for n in range(2, 6)])
    fid = [f.id() for f in layer.getFeatures() if plain(f["id"]) is None][0]
    if alg == "A":
        raises("A", layer, "ID_FIELD", f"feature {fid}", "NULL")
        return
    feedback = Feedback()
    result = run(alg, layer, feedback)
    assert_every_unit(alg, result, layer)
    assert feedback.warned("ID_FIELD", "NULL", str(fid))


# ===================================================================================== CRS cases

@pytest.fixture(scope="module")
def sample():
    layer = QgsVectorLayer(f"{SAMPLE}|layername=sigungu", "sigungu", "ogr")
    assert layer.isValid()
    return layer


@pytest.fixture(scope="module")
def sample_facility_points():
    layer = QgsVectorLayer(f"{SAMPLE}|layername=emergency_facilities", "er", "ogr")
    assert layer.isValid()
    return layer


@pytest.fixture(scope="module")
def sample_4326(sample):
    return processing.run("native:reprojectlayer", dict(INPUT=sample, TARGET_CRS="EPSG:4326",
                                                         OUTPUT="memory:"))["OUTPUT"]


SAMPLE_PARAMS = {
    "D": dict(ID_FIELD="code", NAME_FIELD="sigungu", POPULATION_FIELD="pop_reg_2025", OUTPUT="memory:"),
    "A": dict(ID_FIELD="code", NAME_FIELD="sigungu", POPULATION_FIELD="pop_reg_2025",
              ELIGIBLE="\"sido\" IN ('경상북도', '충청북도')", MIN_POPULATION=300000, ISLAND_LINK_DISTANCE=1000,
              TIME_LIMIT=0, OUTPUT="memory:", OUTPUT_MEMBERS="memory:"),
    "S": dict(ID_FIELD="code", POPULATION_FIELD="pop_reg_2025", FACILITY_FILTER="\"cls\" = '권역응급의료센터'",
              MIN_COUNT=1, MAX_DISTANCE=60, OUTPUT="memory:"),
}


@pytest.mark.parametrize("alg", DAS)
def test_geographic_crs_gives_the_same_results(alg, sample, sample_4326, sample_facility_points):
    extra = {"FACILITIES": sample_facility_points} if alg == "S" else {}
    projected = processing.run(ALGS[alg], dict(SAMPLE_PARAMS[alg], INPUT=sample, **extra))
    if alg == "S":  # the facilities reprojected too: both layers geographic
        extra = {"FACILITIES": processing.run("native:reprojectlayer", dict(
            INPUT=sample_facility_points, TARGET_CRS="EPSG:4326", OUTPUT="memory:"))["OUTPUT"]}
    geographic = processing.run(ALGS[alg], dict(SAMPLE_PARAMS[alg], INPUT=sample_4326, **extra))
    a, b = output_of(alg, projected), output_of(alg, geographic)
    assert b.crs().authid() == "EPSG:4326" and a.featureCount() == b.featureCount() == 229
    if alg == "D":
        da, db = values(a, "code", "density"), values(b, "code", "density")
        for code, value in da.items():
            assert db[code] == pytest.approx(value, rel=0.005), code
    if alg == "A":
        assert values(a, "code", "status") == values(b, "code", "status")
        assert ({f["members"] for f in projected["OUTPUT"].getFeatures()}
                == {f["members"] for f in geographic["OUTPUT"].getFeatures()})
        eligible = {f["code"] for f in sample.getFeatures() if f["sido"] in ("경상북도", "충청북도")}
        graph_a, _ = layer_graph(sample, "code", 200.0, 1000.0, eligible=eligible)
        graph_b, _ = layer_graph(sample_4326, "code", 200.0, 1000.0, eligible=eligible)
        assert graph_a.all_edges() == graph_b.all_edges() and len(graph_a.all_edges()) > 30
    if alg == "S":
        ka, kb = values(a, "code", "nearest_km"), values(b, "code", "nearest_km")
        for code, km in ka.items():
            assert kb[code] == pytest.approx(km, rel=0.005), code
        assert values(a, "code", "n_facilities") == values(b, "code", "n_facilities")
        assert values(a, "code", "gap") == values(b, "code", "gap")


def test_facilities_in_another_crs(sample, sample_facility_points):
    """S: units in EPSG:5179, facilities in EPSG:4326 (and the other way round): the same figures."""
    base = processing.run(ALGS["S"], dict(SAMPLE_PARAMS["S"], INPUT=sample, FACILITIES=sample_facility_points))
    facilities_4326 = processing.run("native:reprojectlayer", dict(
        INPUT=sample_facility_points, TARGET_CRS="EPSG:4326", OUTPUT="memory:"))["OUTPUT"]
    assert facilities_4326.crs() != sample.crs()
    other = processing.run(ALGS["S"], dict(SAMPLE_PARAMS["S"], INPUT=sample, FACILITIES=facilities_4326))
    a, b = base["OUTPUT"], other["OUTPUT"]
    assert values(a, "code", "n_facilities") == values(b, "code", "n_facilities")
    ka, kb = values(a, "code", "nearest_km"), values(b, "code", "nearest_km")
    for code, km in ka.items():
        assert kb[code] == pytest.approx(km, rel=0.005), code
    assert base["UNITS_IN_GAP"] == other["UNITS_IN_GAP"] > 0


def test_geographic_crs_report(tmp_path):
    """R: alliances in EPSG:4326 over units in EPSG:5179 (the layers in two CRSs) give the report."""
    alliances, members = report_inputs(units())
    alliances_4326 = processing.run("native:reprojectlayer", dict(INPUT=alliances, TARGET_CRS="EPSG:4326",
                                                                   OUTPUT="memory:"))["OUTPUT"]
    result, pdf = report(alliances_4326, members, tmp_path)
    assert result["PAGES"] == 1 and pdf.exists()
    result, pdf = report(alliances_4326, processing.run("native:reprojectlayer", dict(
        INPUT=members, TARGET_CRS="EPSG:4326", OUTPUT="memory:"))["OUTPUT"], tmp_path)
    assert result["PAGES"] == 1 and pdf.exists()


# ================================================================================ layer cases

def points_layer():
    layer = QgsVectorLayer("Point?crs=EPSG:5179&field=id:string&field=name:string&field=pop:double", "p",
                           "memory")
    feature = QgsFeature(layer.fields())
    feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(X0, Y0)))
    feature.setAttributes(["u0", "Unit 0", 200.0])
    layer.dataProvider().addFeatures([feature])
    return layer


def lines_layer():
    layer = QgsVectorLayer("LineString?crs=EPSG:5179&field=id:string&field=name:string&field=pop:double", "l",
                           "memory")
    feature = QgsFeature(layer.fields())
    feature.setGeometry(QgsGeometry.fromWkt(f"LINESTRING({X0} {Y0}, {X0 + 1000} {Y0})"))
    feature.setAttributes(["u0", "Unit 0", 200.0])
    layer.dataProvider().addFeatures([feature])
    return layer


@pytest.mark.parametrize("alg", DAS)
@pytest.mark.parametrize("kind", ["Point", "Line"])
def test_point_or_line_layer_instead_of_polygons(alg, kind):
    layer = points_layer() if kind == "Point" else lines_layer()
    raises(alg, layer, "INPUT", "polygon layer is needed", f"{kind} geometry")


@pytest.mark.parametrize("alg", DAS)
def test_table_without_geometry_instead_of_polygons(alg):
    """A table (e.g. a GeoPackage layer written without its geometry column) is refused as such,
    not as a layer "with No geometry geometry"."""
    layer = QgsVectorLayer("None?field=id:string&field=name:string&field=pop:double", "t", "memory")
    feature = QgsFeature(layer.fields())
    feature.setAttributes(["u0", "Unit 0", 200.0])
    layer.dataProvider().addFeatures([feature])
    message = raises(alg, layer, "INPUT", "a polygon layer is needed", "table without geometry")
    assert "geometry geometry" not in message


@pytest.mark.parametrize("param", ["FACILITIES", "ORIGINS"])
def test_table_without_geometry_where_points_are_expected(param):
    layer = QgsVectorLayer("None?field=id:string", "t", "memory")
    raises("S", units(), param, "a point layer is needed", "table without geometry", **{param: layer})


@pytest.mark.parametrize("param", ["ALLIANCES", "UNITS"])
def test_point_layer_in_the_report(param, tmp_path):
    alliances, members = report_inputs(units())
    inputs = dict(ALLIANCES=alliances, UNITS=members)
    inputs[param] = points_layer() if param == "ALLIANCES" else lines_layer()
    with pytest.raises(QgsProcessingException, match=f"{param}.*polygon layer is needed"):
        report(inputs["ALLIANCES"], inputs["UNITS"], tmp_path)
    assert not list(tmp_path.iterdir())


@pytest.mark.parametrize("param", ["FACILITIES", "ORIGINS"])
def test_polygons_where_points_are_expected(param):
    """S: FACILITIES and ORIGINS are point layers; polygons are refused naming the parameter."""
    raises("S", units(), param, "point layer is needed", "Polygon geometry", **{param: units()})


@pytest.mark.parametrize("alg", DAS)
def test_empty_layer(alg):
    layer = polygon_layer(FIELDS, [])
    feedback = Feedback()
    result = run(alg, layer, feedback)
    assert output_of(alg, result).featureCount() == 0
    assert feedback.warned("INPUT", "no unit")
    if alg == "A":
        assert result["ALLIANCES"] == result["COVERED"] == 0
    if alg == "S":
        assert result["UNITS_IN_GAP"] == 0


@pytest.mark.parametrize("param", ["ALLIANCES", "UNITS"])
def test_empty_layer_in_the_report(param, tmp_path):
    alliances, members = report_inputs(units())
    inputs = dict(ALLIANCES=alliances, UNITS=members)
    inputs[param] = polygon_layer(FIELDS, [])
    if param == "UNITS":  # nothing to map
        with pytest.raises(QgsProcessingException, match="UNITS.*no unit"):
            report(inputs["ALLIANCES"], inputs["UNITS"], tmp_path)
        assert not list(tmp_path.iterdir())
    else:  # no alliance (none reached the floor): the units are mapped, with a warning
        feedback = Feedback()
        result, pdf = report(inputs["ALLIANCES"], inputs["UNITS"], tmp_path, feedback)
        assert result["PAGES"] == 1 and pdf.exists()
        assert feedback.warned("No alliance to report")


@pytest.fixture
def project_layer():
    layer = units()
    QgsProject.instance().addMapLayer(layer)
    yield layer
    QgsProject.instance().removeMapLayer(layer.id())


@pytest.mark.parametrize("alg", DAS)
def test_selected_features_only(alg, project_layer):
    selected = QgsProcessingFeatureSourceDefinition(project_layer.id(), selectedFeaturesOnly=True)
    project_layer.selectByIds([f.id() for f in project_layer.getFeatures() if f["id"] in ("u1", "u2", "u3")])
    result = run(alg, selected)
    out = output_of(alg, result)
    assert sorted(f["id"] for f in out.getFeatures()) == ["u1", "u2", "u3"]
    if alg == "A":
        assert result["COVERED"] == 3  # one alliance of the three selected units (600 >= 300)
    # without a selection: nothing to do, said so
    project_layer.removeSelection()
    feedback = Feedback()
    result = run(alg, selected, feedback)
    assert output_of(alg, result).featureCount() == 0
    assert feedback.warned("INPUT", "no unit")


def test_selected_alliances_only_in_the_report(tmp_path):
    alliances, members = report_inputs(units(count=6))
    QgsProject.instance().addMapLayer(alliances)
    try:
        assert alliances.featureCount() == 3  # pairs of 200 + 200 >= 300 (coverage, then count)
        alliances.selectByIds([f.id() for f in alliances.getFeatures()][:2])
        selected = QgsProcessingFeatureSourceDefinition(alliances.id(), selectedFeaturesOnly=True)
        result, pdf = report(selected, members, tmp_path, ATLAS=True)
        assert result["PAGES"] == 2 and pdf.exists()  # one atlas page per selected alliance
        alliances.removeSelection()
        for path in tmp_path.iterdir():
            path.unlink()
        # nothing selected: no atlas page to make, the overview page of the units instead
        feedback = Feedback()
        result, pdf = report(selected, members, tmp_path, feedback, ATLAS=True)
        assert result["PAGES"] == 1 and feedback.warned("No alliance to report")
    finally:
        QgsProject.instance().removeMapLayer(alliances.id())


# ================================================================================ graph and parameters (A, S)

def test_graph_without_edges():
    layer = polygon_layer(FIELDS, [row(n, square(X0 + n * 10000, Y0)) for n in range(5)])  # 9 km apart
    feedback = Feedback()
    result = run("A", layer, feedback)
    out = assert_every_unit("A", result, layer)
    assert result["ALLIANCES"] == 0 and result["OPTIMAL"] is True
    assert {f["status"] for f in out.values()} == {"no feasible alliance: isolated (no eligible neighbour)"}
    # an island link distance that reaches the neighbours makes a graph again
    assert run("A", layer, ISLAND_LINK_DISTANCE=9500)["COVERED"] == 5


def test_disconnected_graph():
    west = [row(n) for n in range(3)]
    east = [row(n, square(X0 + 100000 + n * 1000, Y0)) for n in range(3, 6)]
    layer = polygon_layer(FIELDS, west + east)
    result = run("A", layer)
    out = assert_every_unit("A", result, layer)
    assert result["ALLIANCES"] == 2 and result["COVERED"] == 6 and result["OPTIMAL"] is True
    members = sorted(sorted(f["members"].split(",")) for f in result["OUTPUT"].getFeatures())
    assert members == [["u0", "u1", "u2"], ["u3", "u4", "u5"]]  # never across the gap
    assert all(f["status"] == "in alliance" for f in out.values())


def test_floor_no_group_can_reach():
    layer = units()
    result = run("A", layer, MIN_POPULATION=5000)  # 6 x 200 = 1,200 residents in all
    out = assert_every_unit("A", result, layer)
    assert result["ALLIANCES"] == 0 and result["OUTPUT"].featureCount() == 0
    assert {f["status"] for f in out.values()} == {"no feasible alliance: population floor unreachable"}


def test_min_members_above_max_members():
    raises("A", units(), "MIN_MEMBERS", "MAX_MEMBERS", "(4)", "(2)", MIN_MEMBERS=4, MAX_MEMBERS=2)


def test_hub_expression_that_matches_nothing():
    raises("A", units(), "HUBS", "\"hub\" = 1", "selects no eligible unit", HUBS="\"hub\" = 1")


@pytest.mark.parametrize("alg,param", [("A", "ELIGIBLE"), ("A", "HUBS"), ("S", "FACILITY_FILTER")])
def test_expression_that_does_not_parse(alg, param):
    raises(alg, units(), param, "cannot be parsed", "\"pop\" >> 3", **{param: "\"pop\" >> 3"})


def test_facility_filter_on_a_missing_field():
    """S: a filter naming a field the facilities lack fails naming the parameter and the field."""
    raises("S", units(), "FACILITY_FILTER", "no_such", "does not have", FACILITY_FILTER="\"no_such\" = 1")


# ================================================================================ cancel and time limit

def grid_units(cols=10, rows_=10):
    """A grid of 1 km squares (u0..), two "alliance" groups in the alli field."""
    data = []
    for n in range(cols * rows_):
        data.append((square(X0 + (n % cols) * 1000, Y0 + (n // cols) * 1000), f"u{n}", f"Unit {n}",
                     100.0 + n, "t", 0, "A" if n % 2 else "B"))
    return polygon_layer(FIELDS, data)


CANCEL_AT = {
    # D: reading 0-50, writing 50-100 ; A: reading 0-10, graph 10-25, solver 25-90, writing 90-100
    # S: units 0-15, facilities 15-30, nearest 30-50, 2SFCA 50-65, writing units 75-90, then alliances
    "D": [5, 30, 55, 80, 98],
    "A": [5, 15, 30, 60, 91, 96, 99.5],
    "S": [5, 20, 40, 55, 78, 85, 89.8],
}


@pytest.mark.parametrize("alg,at", [(alg, at) for alg, ats in CANCEL_AT.items() for at in ats])
def test_cancel_leaves_no_file(alg, at, tmp_path):
    layer = grid_units()
    outputs = {"OUTPUT": str(tmp_path / "out.gpkg")}
    if alg == "A":  # pairs only: solved in a fraction of a second (5 members on this grid take a minute)
        outputs.update(MAX_MEMBERS=2, OUTPUT_MEMBERS=str(tmp_path / "members.gpkg"))
    if alg == "S":
        outputs.update(ALLIANCE_FIELD="alli", OUTPUT_ALLIANCES=str(tmp_path / "alliances.gpkg"))
    feedback = CancelAbove(at)
    try:
        result = run(alg, layer, feedback, **outputs)
    except QgsProcessingException:
        result = {}
    assert feedback.isCanceled(), "the cancel point was never reached"
    assert "OUTPUT" not in result
    assert list(tmp_path.iterdir()) == [], f"canceled at {feedback.canceled_at}: files left"


@pytest.mark.parametrize("alg", DAS)
def test_cancel_into_an_existing_geopackage_keeps_its_other_layers(alg, tmp_path):
    """An ``ogr:`` destination writes a layer into a GeoPackage: a cancel drops that layer, not the file."""
    from osgeo import ogr

    layer = grid_units()
    database = tmp_path / "project.gpkg"
    # the set-up writes the database directly: native:savefeatures parses ogr: destinations differently by version
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName, options.layerName = "GPKG", "keep"
    error = QgsVectorFileWriter.writeAsVectorFormatV3(layer, str(database), QgsCoordinateTransformContext(), options)
    assert error[0] == QgsVectorFileWriter.WriterError.NoError, error
    outputs = {"OUTPUT": f"ogr:dbname='{database}' table=\"canceled\" (geom)"}
    if alg == "A":
        outputs.update(MAX_MEMBERS=2, OUTPUT_MEMBERS=f"ogr:dbname='{database}' table=\"members\" (geom)")
    feedback = CancelAbove({"D": 80, "A": 96, "S": 85}[alg])  # while writing
    try:
        result = run(alg, layer, feedback, **outputs)
    except QgsProcessingException:
        result = {}
    assert feedback.isCanceled() and "OUTPUT" not in result
    dataset = ogr.Open(str(database))
    names = [dataset.GetLayerByIndex(i).GetName() for i in range(dataset.GetLayerCount())]
    assert names == ["keep"] and dataset.GetLayerByName("keep").GetFeatureCount() == 100
    dataset = None


def test_cancel_into_a_shapefile_leaves_none_of_its_files(tmp_path):
    feedback = CancelAbove(80)
    result = run("D", grid_units(), feedback, OUTPUT=str(tmp_path / "out.shp"))
    assert feedback.isCanceled() and result == {}
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("at", [5, 20, 50])
def test_cancel_the_report(at, tmp_path):
    alliances, members = report_inputs(units())
    feedback = CancelAbove(at)
    try:
        result, _ = report(alliances, members, tmp_path, feedback=feedback, ATLAS=True)
    except QgsProcessingException:
        result = {}
    assert feedback.isCanceled()
    assert not result.get("PAGES")
    assert list(tmp_path.iterdir()) == []


def hexagon(cx, cy, r):
    points = [(cx + r * math.cos(math.radians(60 * k + 30)), cy + r * math.sin(math.radians(60 * k + 30)))
              for k in range(7)]
    return "POLYGON((" + ",".join(f"{x:.3f} {y:.3f}" for x, y in points) + "))"


def hexagon_layer(cols: int, rows_: int, seed: int) -> QgsVectorLayer:
    """cols x rows_ hexagons of 3 km with skewed (lognormal) populations, ids h000..."""
    rng = np.random.default_rng(seed)
    pops = np.round(rng.lognormal(math.log(60000), 0.9, cols * rows_))
    r, w = 3000.0, math.sqrt(3) * 3000.0
    data = []
    for n in range(cols * rows_):
        i, j = n % cols, n // cols
        data.append((hexagon(X0 + i * w + (j % 2) * w / 2, Y0 + j * 1.5 * r, r), f"h{n:03d}", f"H{n}",
                     float(pops[n]), "t", 0, "A"))
    return polygon_layer(FIELDS, data)


def test_time_limit_with_every_unit_covered_says_what_is_proven():
    """A: 625 hexagons, floor 200,000, 5 s: every unit covered (coverage optimal, GAP 0), tie-breaks unproven."""
    layer = hexagon_layer(25, 25, 7)
    feedback = Feedback()
    result = run("A", layer, feedback=feedback, MIN_POPULATION=200000, TIME_LIMIT=5)
    print("625 hexagons, 5 s:", result["ALLIANCES"], "alliances,", result["COVERED"], "covered, gap", result["GAP"])
    assert result["COVERED"] == 625 and result["GAP"] == 0 and result["OPTIMAL"] is False
    assert feedback.warned("Coverage is optimal (GAP 0)", "tie-breaks")
    assert not feedback.warned("The optimum was not proven")
    assert_every_unit("A", result, layer)


def test_time_limit_reached_gives_a_feasible_plan_and_the_gap():
    """A: 625 hexagons with skewed populations, a 0.5 s limit: not proven, feasible, gap reported."""
    layer = hexagon_layer(25, 25, 7)
    started = time.perf_counter()
    feedback = Feedback()
    result = run("A", layer, feedback=feedback, MIN_POPULATION=300000, TIME_LIMIT=0.5)
    elapsed = time.perf_counter() - started
    assert result["OPTIMAL"] is False
    assert result["GAP"] is not None and result["GAP"] >= 0
    assert result["GAP"] > 0 and feedback.warned("The optimum was not proven")
    assert elapsed < 30  # the limit is for the solver; reading, graph and writing come on top
    out = assert_every_unit("A", result, layer)
    # the plan is feasible: every alliance rechecked here
    pop = {f["id"]: f["pop"] for f in layer.getFeatures()}
    graph, _ = layer_graph(layer, "id", 200.0)
    adjacency = build_adjacency(graph.ids, graph.all_edges())
    seen = set()
    for feature in result["OUTPUT"].getFeatures():
        members = feature["members"].split(",")
        assert 2 <= len(members) <= 5 and not seen & set(members)
        seen |= set(members)
        assert sum(pop[m] for m in members) >= 300000
        assert is_connected(members, adjacency)
    assert len(seen) == result["COVERED"] > 400
    assert sum(1 for f in out.values() if f["status"] == "in alliance") == len(seen)
