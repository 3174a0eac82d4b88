"""smallbutstrong:proposealliances through processing.run: every constraint rechecked from the outputs.

The checks do not trust the solver: each alliance is re-read from OUTPUT, its members looked up in
the input, and count, floor, ceiling, hub, group and contiguity (through the same adjacency the
algorithm uses, with its links) are verified here; OUTPUT_MEMBERS must hold every input unit once.
"""

import itertools
import json
import math
import os
import sqlite3
import subprocess
from pathlib import Path

import processing
import pytest
from qgis.core import QgsProcessingException, QgsProcessingFeedback, QgsVectorLayer
from sbs_helpers import polygon_layer, square

from small_but_strong.core.graph import is_connected
from small_but_strong.processing.adjacency import layer_graph

ALG = "smallbutstrong:proposealliances"
ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "resources" / "sample" / "korea_sigungu.gpkg"
METRO = ("서울특별시", "부산광역시", "대구광역시", "인천광역시", "광주광역시", "대전광역시", "울산광역시",
         "세종특별자치시", "경기도")
NON_METRO = "\"sido\" NOT IN ({})".format(", ".join(f"'{s}'" for s in METRO))
HUBS = "\"innovation_city\" = 1 OR \"pop_reg_2025\" >= 150000"
BASE = dict(ID_FIELD="code", NAME_FIELD="sigungu", POPULATION_FIELD="pop_reg_2025", ELIGIBLE=NON_METRO,
            MIN_MEMBERS=2, MAX_MEMBERS=5, MIN_POPULATION=300000, TIME_LIMIT=0,
            OUTPUT="memory:", OUTPUT_MEMBERS="memory:")


def sample_layer() -> QgsVectorLayer:
    layer = QgsVectorLayer(f"{SAMPLE}|layername=sigungu", "sigungu", "ogr")
    assert layer.isValid()
    return layer


def run(params, feedback=None):
    return processing.run(ALG, params, feedback=feedback or QgsProcessingFeedback())


def rows(layer, key="code"):
    return {f[key]: {n: (None if f[n] is None or (hasattr(f[n], "isNull") and f[n].isNull()) else f[n])
                     for n in layer.fields().names()} for f in layer.getFeatures()}


def check(result, layer, key, population, eligible, *, min_members, max_members, floor, ceiling=0,
          hubs=None, group=None, tolerance=200.0, island_distance=0.0, links=()):
    """Recheck every invariant of a run from its two output layers; return (alliances, members)."""
    alliances = result["OUTPUT"]
    members_layer = result["OUTPUT_MEMBERS"]
    units = rows(layer, key)
    members = [f for f in members_layer.getFeatures()]
    # every input unit exactly once in OUTPUT_MEMBERS
    assert len(members) == layer.featureCount()
    assert sorted(f[key] for f in members) == sorted(units)
    by_unit = {f[key]: f for f in members}
    graph, _ = layer_graph(layer, key, tolerance, island_distance, links=links, eligible=eligible)
    adjacency = graph.adjacency()
    seen = set()
    out = []
    for feature in alliances.getFeatures():
        ids = feature["members"].split(",")
        out.append(ids)
        assert feature["n_members"] == len(ids) == len(set(ids))
        assert not seen & set(ids), "a unit in two alliances"
        seen |= set(ids)
        assert min_members <= len(ids) <= max_members
        total = sum(units[u][population] for u in ids)
        assert feature["population"] == pytest.approx(total)
        assert total >= floor
        if floor:
            assert feature["pop_ratio"] == pytest.approx(total / floor)
        if ceiling:
            assert total <= ceiling
        assert all(u in eligible for u in ids)
        assert is_connected(ids, adjacency), f"alliance {ids} is not contiguous"
        assert feature["hub_id"] == ids[0]  # the hub is listed first
        if hubs is not None:
            assert feature["hub_id"] in hubs
        else:
            assert units[feature["hub_id"]][population] == max(units[u][population] for u in ids)
        if group is not None:
            assert len({units[u][group] for u in ids}) == 1
        assert feature["valid"] == 1 and feature["locked"] == 0 and not feature["violations"]
        assert not feature.geometry().isEmpty()
        for u in ids:
            assert by_unit[u]["alliance_id"] == feature["alliance_id"]
            assert by_unit[u]["role"] == ("hub" if u == feature["hub_id"] else "member")
            assert by_unit[u]["status"] == "in alliance"
    assert sorted(f["alliance_id"] for f in alliances.getFeatures()) == list(range(1, alliances.featureCount() + 1))
    for u, f in by_unit.items():
        if u not in seen:
            assert f["alliance_id"] is None or (hasattr(f["alliance_id"], "isNull") and f["alliance_id"].isNull())
            assert f["role"] == "none"
            assert (f["status"] == "not eligible") == (u not in eligible)
    assert result["ALLIANCES"] == alliances.featureCount()
    assert result["COVERED"] == len(seen)
    return out, by_unit


@pytest.fixture(scope="module")
def sample():
    return sample_layer()


@pytest.fixture(scope="module")
def eligible(sample):
    ids = {f["code"] for f in sample.getFeatures() if f["sido"] not in METRO}
    assert len(ids) == 122
    return ids


@pytest.fixture(scope="module")
def base_run(sample):
    return run(dict(BASE, INPUT=sample))


# -- the bundled Korean sample ---------------------------------------------------------------

def test_sample_non_metropolitan(sample, eligible, base_run):
    alliances, members = check(base_run, sample, "code", "pop_reg_2025", eligible,
                               min_members=2, max_members=5, floor=300000)
    assert base_run["OPTIMAL"] is True and base_run["GAP"] == pytest.approx(0.0)
    # the proven optimum: every unit that has any land neighbour is in an alliance
    assert base_run["ALLIANCES"] == 32 and base_run["COVERED"] == 119
    # the three islands without an eligible neighbour within 200 m
    isolated = {u for u, f in members.items() if f["status"].startswith("no feasible alliance: isolated")}
    assert isolated == {"47940", "48310", "48840"}  # 울릉군, 거제시, 남해군
    assert sum(1 for f in members.values() if f["status"] == "not eligible") == 107
    # names come from the hub, figures are written with the alliance
    out = rows(base_run["OUTPUT"], "hub_id")
    names = {f["code"]: f["sigungu"] for f in sample.getFeatures()}
    for hub, f in out.items():
        assert f["name"] == names[hub]
        assert f["member_names"].split(",") == [names[u] for u in f["members"].split(",")]
        assert f["compactness_km"] >= 0


def test_islands_linked(sample, eligible):
    result = run(dict(BASE, INPUT=sample, ISLAND_LINK_DISTANCE=150000))
    check(result, sample, "code", "pop_reg_2025", eligible, min_members=2, max_members=5, floor=300000,
          island_distance=150000.0)
    assert result["OPTIMAL"] is True
    assert result["COVERED"] == 122 and result["ALLIANCES"] == 32
    members = rows(result["OUTPUT_MEMBERS"])
    ulleung = members["47940"]["alliance_id"]
    uljin = members["47930"]["alliance_id"]
    assert ulleung is not None and ulleung == uljin  # 울릉군 joins through its link to 울진군


def test_hub_requirement(sample, eligible):
    hubs = {f["code"] for f in sample.getFeatures()
            if f["code"] in eligible and (f["innovation_city"] == 1 or f["pop_reg_2025"] >= 150000)}
    result = run(dict(BASE, INPUT=sample, HUBS=HUBS))
    check(result, sample, "code", "pop_reg_2025", eligible, min_members=2, max_members=5, floor=300000,
          hubs=hubs)
    assert result["OPTIMAL"] is True
    assert result["ALLIANCES"] == 28 and result["COVERED"] == 119
    # 33 eligible hubs (Innovation Cities or 150,000+ residents), 28 of them anchor an alliance
    assert len(hubs) == 33
    members = rows(result["OUTPUT_MEMBERS"])
    assert sum(1 for f in members.values() if f["role"] == "hub") == 28


def test_group_field(sample, eligible):
    result = run(dict(BASE, INPUT=sample, GROUP_FIELD="sido"))
    alliances, members = check(result, sample, "code", "pop_reg_2025", eligible, min_members=2, max_members=5,
                               floor=300000, group="sido")
    assert result["OPTIMAL"] is True
    assert result["ALLIANCES"] == 27 and result["COVERED"] == 112


def test_locked_alliance_is_kept_and_reported(sample, eligible):
    # 안동시 + 영주시 locked together: 2 members but below the floor -> kept, reported, valid = 0
    locked_layer = processing.run("native:fieldcalculator", {
        "INPUT": sample, "FIELD_NAME": "lock", "FIELD_TYPE": 2, "FIELD_LENGTH": 10,
        "FORMULA": "CASE WHEN \"code\" IN ('47170', '47210') THEN 'A' END", "OUTPUT": "memory:"})["OUTPUT"]
    result = run(dict(BASE, INPUT=locked_layer, LOCKED_FIELD="lock", ELIGIBLE="\"sido\" = '경상북도'"))
    alliances = rows(result["OUTPUT"], "alliance_id")
    locked = [f for f in alliances.values() if f["locked"] == 1]
    assert len(locked) == 1
    assert sorted(locked[0]["members"].split(",")) == ["47170", "47210"]
    assert locked[0]["valid"] == 0 and "below floor" in locked[0]["violations"]
    members = rows(result["OUTPUT_MEMBERS"])
    assert members["47170"]["status"] == "locked" and members["47210"]["status"] == "locked"
    # the rest is built around the lock: no other alliance uses its units, all others are valid
    others = [f for f in alliances.values() if f["locked"] == 0]
    assert others and all(f["valid"] == 1 for f in others)
    used = [u for f in others for u in f["members"].split(",")]
    assert "47170" not in used and "47210" not in used and len(used) == len(set(used))
    assert result["ALLIANCES"] == len(alliances)
    assert result["COVERED"] == len(used) + 2


def test_indicator_means_are_population_weighted(sample):
    indicators = processing.run("smallbutstrong:declineindicators", {
        "INPUT": sample, "ID_FIELD": "code", "NAME_FIELD": "sigungu", "POPULATION_FIELD": "pop_reg_2025",
        "POPULATION_BASE_FIELD": "pop_reg_2015", "ELDERLY_FIELD": "pop65_reg_2025",
        "YOUNG_WOMEN_FIELD": "f20_39_reg_2025", "OUTPUT": "memory:"})["OUTPUT"]
    result = run(dict(BASE, INPUT=indicators, ELIGIBLE="\"sido\" = '경상북도'"))
    units = rows(indicators)
    names = result["OUTPUT"].fields().names()
    for field in ("risk_index", "aging_ratio", "pop_change", "decline_score"):
        assert field in names
    assert "birth_rate" not in names  # no births field given: nothing to average
    for f in result["OUTPUT"].getFeatures():
        ids = f["members"].split(",")
        pops = [units[u]["pop_reg_2025"] for u in ids]
        for field in ("risk_index", "aging_ratio"):
            expected = sum(p * units[u][field] for p, u in zip(pops, ids)) / sum(pops)
            assert f[field] == pytest.approx(expected)
    # a second run on the members output replaces alliance_id/role/status instead of duplicating them
    again = run(dict(BASE, INPUT=result["OUTPUT_MEMBERS"], ELIGIBLE="\"sido\" = '경상북도'"))
    fields = again["OUTPUT_MEMBERS"].fields().names()
    assert fields.count("alliance_id") == 1 and "alliance_id_2" not in fields
    assert again["ALLIANCES"] == result["ALLIANCES"]


def test_same_alliances_in_a_geographic_crs(sample):
    params = dict(BASE, ELIGIBLE="\"sido\" IN ('경상북도', '강원특별자치도')")
    projected = run(dict(params, INPUT=sample))
    wgs84 = processing.run("native:reprojectlayer", {"INPUT": sample, "TARGET_CRS": "EPSG:4326",
                                                     "OUTPUT": "memory:"})["OUTPUT"]
    geographic = run(dict(params, INPUT=wgs84))
    assert geographic["OUTPUT"].crs().authid() == "EPSG:4326"
    a = {f["members"]: f["compactness_km"] for f in projected["OUTPUT"].getFeatures()}
    b = {f["members"]: f["compactness_km"] for f in geographic["OUTPUT"].getFeatures()}
    assert set(a) == set(b)
    for members, km in a.items():
        assert b[members] == pytest.approx(km, rel=0.01, abs=0.05)
    assert (projected["ALLIANCES"], projected["COVERED"]) == (geographic["ALLIANCES"], geographic["COVERED"])


# -- small hand-made layers with a known optimum -----------------------------------------------

def grid(pops, cols, group=None, hub=None, lock=None, crs="EPSG:5179"):
    """Squares of 1 km in rows of ``cols``, ids u0, u1, ... with the given populations."""
    fields = "id:string&field=name:string&field=pop:double&field=grp:string&field=hub:integer&field=lock:string"
    data = []
    for n, pop in enumerate(pops):
        x, y = 1000000 + (n % cols) * 1000, 2000000 - (n // cols) * 1000
        data.append((square(x, y), f"u{n}", f"Unit {n}", pop, (group or {}).get(n), (hub or {}).get(n, 0),
                     (lock or {}).get(n)))
    return polygon_layer(fields, data, crs=crs)


SMALL = dict(ID_FIELD="id", NAME_FIELD="name", POPULATION_FIELD="pop", MIN_MEMBERS=2, MAX_MEMBERS=5,
             MIN_POPULATION=300, OUTPUT="memory:", OUTPUT_MEMBERS="memory:")


def small_check(result, layer, eligible=None, **kw):
    eligible = eligible or {f["id"] for f in layer.getFeatures()}
    kw = dict(dict(min_members=2, max_members=5, floor=300), **kw)
    return check(result, layer, "id", "pop", eligible, **kw)


def test_row_of_six_makes_two_alliances_of_three():
    layer = grid([100] * 6, 6)
    result = run(dict(SMALL, INPUT=layer))
    alliances, _ = small_check(result, layer)
    assert result["OPTIMAL"] is True and result["GAP"] == 0
    assert sorted(sorted(a) for a in alliances) == [["u0", "u1", "u2"], ["u3", "u4", "u5"]]
    assert result["ALLIANCES"] == 2 and result["COVERED"] == 6


def test_disconnected_layer_and_reasons():
    # a cluster that works, a cluster below the floor, a lone big unit, far apart from each other
    layer = polygon_layer("id:string&field=name:string&field=pop:double", [
        (square(0, 0), "a", "A", 200), (square(1000, 0), "b", "B", 200), (square(2000, 0), "c", "C", 50),
        (square(50000, 0), "d", "D", 100), (square(51000, 0), "e", "E", 100),
        (square(90000, 0), "f", "F", 500)])
    result = run(dict(SMALL, INPUT=layer))
    alliances, members = small_check(result, layer)
    assert sorted(alliances[0]) == ["a", "b", "c"] and len(alliances) == 1
    assert members["d"]["status"] == members["e"]["status"] == "no feasible alliance: population floor unreachable"
    assert members["f"]["status"] == "no feasible alliance: isolated (no eligible neighbour)"
    assert result["OPTIMAL"] is True and result["COVERED"] == 3


def test_unreachable_floor_everywhere():
    layer = grid([10] * 6, 3)
    result = run(dict(SMALL, INPUT=layer))
    assert result["ALLIANCES"] == 0 and result["COVERED"] == 0
    assert result["OUTPUT"].featureCount() == 0 and result["OUTPUT_MEMBERS"].featureCount() == 6
    assert {f["status"] for f in result["OUTPUT_MEMBERS"].getFeatures()} == {
        "no feasible alliance: population floor unreachable"}


def test_hubs_on_a_row():
    layer = grid([200] * 4, 4, hub={0: 1, 3: 1})
    both = run(dict(SMALL, INPUT=layer, HUBS="\"hub\" = 1"))
    alliances, _ = small_check(both, layer, hubs={"u0", "u3"})
    assert sorted(sorted(a) for a in alliances) == [["u0", "u1"], ["u2", "u3"]]
    one = run(dict(SMALL, INPUT=layer, HUBS="\"id\" = 'u1'"))
    alliances, members = small_check(one, layer, hubs={"u1"})
    assert len(alliances) == 1 and "u1" in alliances[0] and one["COVERED"] == 4  # u0..u3, 800 residents
    with pytest.raises(QgsProcessingException, match="HUBS.*selects no eligible unit"):
        run(dict(SMALL, INPUT=layer, HUBS="\"pop\" > 1000"))
    with pytest.raises(QgsProcessingException, match="HUBS.*selects no eligible unit"):
        run(dict(SMALL, INPUT=layer, HUBS="\"id\" = 'u1'", ELIGIBLE="\"id\" <> 'u1'"))


def test_group_field_on_a_row():
    layer = grid([200] * 4, 4, group={0: "X", 1: "X", 2: "Y", 3: "Y"})
    alliances, _ = small_check(run(dict(SMALL, INPUT=layer, GROUP_FIELD="grp")), layer, group="grp")
    assert sorted(sorted(a) for a in alliances) == [["u0", "u1"], ["u2", "u3"]]
    mixed = grid([200] * 4, 4, group={0: "X", 1: "Y", 2: "X", 3: "Y"})
    result = run(dict(SMALL, INPUT=mixed, GROUP_FIELD="grp"))
    assert result["ALLIANCES"] == 0
    assert all(f["status"].startswith("no feasible alliance") for f in result["OUTPUT_MEMBERS"].getFeatures())


def test_ceiling_and_member_limits():
    layer = grid([150, 150, 150, 150, 400, 150], 6)
    result = run(dict(SMALL, INPUT=layer, MAX_POPULATION=450, MAX_MEMBERS=3))
    alliances, _ = small_check(result, layer, max_members=3, ceiling=450)
    # u4 (400) can only pair with one 150 neighbour under the 450 ceiling... and reaches 550: never
    assert all("u4" not in a for a in alliances)
    assert sorted(sorted(a) for a in alliances) == [["u0", "u1"], ["u2", "u3"]]


def test_locked_units_on_a_row():
    layer = grid([100] * 6, 6, lock={2: "L", 3: "L"})
    result = run(dict(SMALL, INPUT=layer, LOCKED_FIELD="lock"))
    alliances = rows(result["OUTPUT"], "alliance_id")
    locked = [f for f in alliances.values() if f["locked"] == 1]
    assert len(locked) == 1 and locked[0]["members"] == "u2,u3" and locked[0]["valid"] == 0
    # u0-u1 (200) and u4-u5 (200) cannot reach 300 once u2-u3 are locked away
    assert result["ALLIANCES"] == 1 and result["COVERED"] == 2


def test_links_table_joins_distant_units():
    layer = polygon_layer("id:string&field=name:string&field=pop:double", [
        (square(0, 0), "a", "A", 200), (square(30000, 0), "b", "B", 200)])
    links = polygon_layer("from_id:string&field=to_id:string", [(None, "a", "b")], geometry="None")
    assert run(dict(SMALL, INPUT=layer))["ALLIANCES"] == 0
    result = run(dict(SMALL, INPUT=layer, LINKS=links))
    small_check(result, layer, links=[("a", "b")])
    assert result["ALLIANCES"] == 1
    custom = polygon_layer("x:string&field=y:string", [(None, "a", "b")], geometry="None")
    assert run(dict(SMALL, INPUT=layer, LINKS=custom, LINK_FROM_FIELD="x", LINK_TO_FIELD="y"))["ALLIANCES"] == 1
    with pytest.raises(QgsProcessingException, match="LINK_FROM_FIELD.*from_id"):
        run(dict(SMALL, INPUT=layer, LINKS=custom))


def _compactness_optimum(pops, cols):
    """Brute force: partitions of the grid into contiguous 2-5 member groups reaching 300, all
    covered; the smallest total population-weighted distance to each group's most populous member."""
    n = len(pops)
    xy = [((i % cols) * 1000.0, -(i // cols) * 1000.0) for i in range(n)]
    # squares sharing an edge or a corner are neighbours (0 m apart)
    adjacency = {f"u{i}": {f"u{j}" for j in range(n) if j != i and max(
        abs(xy[i][0] - xy[j][0]), abs(xy[i][1] - xy[j][1])) == 1000.0} for i in range(n)}

    def cost(group):
        hub = min(group, key=lambda i: (-pops[i], f"u{i}"))
        return sum(pops[i] * math.dist(xy[i], xy[hub]) for i in group)

    best = None

    def partitions(rest):
        if not rest:
            yield []
            return
        first = rest[0]
        others = rest[1:]
        for k in range(1, 5):
            for combo in itertools.combinations(others, k):
                group = (first,) + combo
                if sum(pops[i] for i in group) < 300 or not is_connected([f"u{i}" for i in group], adjacency):
                    continue
                left = [i for i in others if i not in combo]
                for tail in partitions(left):
                    yield [group] + tail

    for parts in partitions(list(range(n))):
        total = sum(cost(g) for g in parts)
        if best is None or total < best[0] - 1e-9:
            best = (total, sorted(sorted(f"u{i}" for i in g) for g in parts))
    return best


def test_compactness_objective_matches_brute_force():
    pops = [120, 80, 200, 90, 150, 60, 100, 110, 70]
    layer = grid(pops, 3)
    result = run(dict(SMALL, INPUT=layer, OBJECTIVE=2))
    alliances, _ = small_check(result, layer)
    best_cost, best_parts = _compactness_optimum(pops, 3)
    assert result["OPTIMAL"] is True and result["COVERED"] == 9
    weighted = sum(f["compactness_km"] * f["population"] for f in result["OUTPUT"].getFeatures())
    assert weighted == pytest.approx(best_cost / 1000.0)
    assert sorted(sorted(a) for a in alliances) == best_parts  # the optimum is unique here


def test_objective_accepts_index_as_text():
    layer = grid([100] * 6, 6)
    for value in (0, "0", 1, "1", 2, "2"):
        assert run(dict(SMALL, INPUT=layer, OBJECTIVE=value))["ALLIANCES"] == 2


# -- errors and cancel ------------------------------------------------------------------------

def test_bad_expressions_are_named():
    layer = grid([100] * 6, 6)
    with pytest.raises(QgsProcessingException, match="ELIGIBLE.*cannot be parsed"):
        run(dict(SMALL, INPUT=layer, ELIGIBLE="\"pop\" > "))
    with pytest.raises(QgsProcessingException, match="HUBS.*cannot be parsed"):
        run(dict(SMALL, INPUT=layer, HUBS="pop >> 3"))
    with pytest.raises(QgsProcessingException, match="ELIGIBLE.*popu"):
        run(dict(SMALL, INPUT=layer, ELIGIBLE="\"popu\" > 3"))


def test_duplicate_ids_and_member_limits_are_rejected():
    layer = polygon_layer("id:string&field=name:string&field=pop:double", [
        (square(0, 0), "a", "A", 200), (square(1000, 0), "a", "B", 200)])
    with pytest.raises(QgsProcessingException, match="ID_FIELD.*repeat: a"):
        run(dict(SMALL, INPUT=layer))
    with pytest.raises(QgsProcessingException, match="MAX_MEMBERS"):
        run(dict(SMALL, INPUT=grid([100] * 4, 4), MIN_MEMBERS=3, MAX_MEMBERS=2))


class CancelInSolver(QgsProcessingFeedback):
    """Cancels as soon as the solver reports progress (past the 25 % of reading and adjacency)."""

    def setProgress(self, progress):  # noqa: N802
        super().setProgress(progress)
        if progress > 25.5:
            self.cancel()


def test_cancel_in_the_solver_writes_nothing(tmp_path):
    layer = grid([100] * 12, 4)
    out = tmp_path / "alliances.gpkg"
    members = tmp_path / "members.gpkg"
    try:
        result = run(dict(SMALL, INPUT=layer, OUTPUT=str(out), OUTPUT_MEMBERS=str(members)),
                     feedback=CancelInSolver())
    except QgsProcessingException:
        result = {}
    assert not result.get("ALLIANCES")
    assert not out.exists() and not members.exists()


# -- qgis_process ------------------------------------------------------------------------------

def test_qgis_process_run(tmp_path):
    env = dict(os.environ, SBS_PROFILE_DIR=str(tmp_path / "profile"), QT_QPA_PLATFORM="offscreen")
    out, members = tmp_path / "alliances.gpkg", tmp_path / "alliance_members.gpkg"
    run_ = subprocess.run(
        ["bash", str(ROOT / "scripts" / "qgis_process.sh"), "--json", "run", ALG, "--",
         f"INPUT={SAMPLE}|layername=sigungu", "ID_FIELD=code", "NAME_FIELD=sigungu",
         "POPULATION_FIELD=pop_reg_2025", "ELIGIBLE=\"sido\" = '경상북도'", "OBJECTIVE=0",
         f"OUTPUT={out}", f"OUTPUT_MEMBERS={members}"],
        env=env, capture_output=True, text=True, timeout=300)
    assert run_.returncode == 0, run_.stderr
    results = json.loads(run_.stdout)["results"]  # nothing else may print on stdout
    assert results["OPTIMAL"] is True and results["GAP"] == 0
    assert results["ALLIANCES"] == 6 and results["COVERED"] == 21
    with sqlite3.connect(out) as db:
        assert db.execute("select count(*) from alliances").fetchone()[0] == 6
    with sqlite3.connect(members) as db:
        assert db.execute("select count(*) from alliance_members").fetchone()[0] == 229
        assert db.execute("select count(*) from alliance_members where alliance_id is not null").fetchone()[0] == 21


def test_styles_fit_the_outputs():
    from qgis.core import QgsExpression, QgsExpressionContext, QgsExpressionContextUtils

    layer = polygon_layer("id:string&field=name:string&field=pop:double&field=ok:integer", [
        (square(0, 0), "a", "A", 200, 1), (square(1000, 0), "b", "B", 200, 1),
        (square(9000, 0), "c", "C", 200, 1), (square(20000, 0), "d", "D", 200, 0)])
    result = run(dict(SMALL, INPUT=layer, ELIGIBLE="\"ok\" = 1"))
    alliances, members = result["OUTPUT"], result["OUTPUT_MEMBERS"]
    assert alliances.loadNamedStyle(str(ROOT / "resources" / "styles" / "alliances.qml"))[1]
    assert alliances.labelsEnabled()
    label = QgsExpression(alliances.labeling().settings().fieldName)
    context = QgsExpressionContext(QgsExpressionContextUtils.globalProjectLayerScopes(alliances))
    context.setFeature(next(alliances.getFeatures()))
    assert label.evaluate(context) == "A\n400"
    assert members.loadNamedStyle(str(ROOT / "resources" / "styles" / "alliances_members.qml"))[1]
    rules = {r.label(): QgsExpression(r.filterExpression()) for r in members.renderer().rootRule().children()}
    context = QgsExpressionContext(QgsExpressionContextUtils.globalProjectLayerScopes(members))
    drawn = {}
    for feature in members.getFeatures():
        context.setFeature(feature)
        drawn[feature["id"]] = [label for label, rule in rules.items() if rule.evaluate(context)]
    assert drawn == {"a": ["hub"], "b": ["member of an alliance"],
                     "c": ["eligible, left outside"], "d": ["not eligible"]}


# ------------------------------------------------------------------ durable floors and hub distance

def test_hub_distance_on_the_sample(sample, eligible):
    """MAX_HUB_DISTANCE 40 km: every member within 40 km of its hub (measured here on the ellipsoid
    between representative points, independently of the algorithm), reported per member."""
    from qgis.core import QgsDistanceArea, QgsProject

    result = run(dict(BASE, INPUT=sample, MAX_HUB_DISTANCE=40))
    alliances, members = check(result, sample, "code", "pop_reg_2025", eligible, min_members=2, max_members=5,
                               floor=300000)
    assert result["OPTIMAL"] is True and 20 <= result["ALLIANCES"] < 32 and result["COVERED"] < 119
    from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransform

    wgs = QgsCoordinateReferenceSystem("EPSG:4326")
    da = QgsDistanceArea()
    da.setSourceCrs(wgs, QgsProject.instance().transformContext())
    da.setEllipsoid("EPSG:7030")
    hubs = {f["alliance_id"]: f["hub_id"] for f in result["OUTPUT"].getFeatures()}
    to_wgs = QgsCoordinateTransform(sample.crs(), wgs, QgsProject.instance())
    geoms = {}
    for f in sample.getFeatures():  # the documented point: the centroid in lon/lat when inside, else on surface
        g = f.geometry()
        g.transform(to_wgs)
        geoms[f["code"]] = g

    def point(code):
        g = geoms[code]
        c = g.centroid()
        return (c if g.intersects(c) else g.pointOnSurface()).asPoint()

    def plain(value):
        return None if value is None or (hasattr(value, "isNull") and value.isNull()) else value

    for f in result["OUTPUT_MEMBERS"].getFeatures():
        if plain(f["alliance_id"]) is None:
            assert plain(f["hub_km"]) is None
            continue
        km = da.measureLine(point(f["code"]), point(hubs[f["alliance_id"]])) / 1000.0
        assert km <= 40.0 + 0.05 and f["hub_km"] == pytest.approx(km, abs=0.05)
    statuses = {f["status"] for f in result["OUTPUT_MEMBERS"].getFeatures()}
    assert "no feasible alliance: members beyond the hub distance" in statuses
    assert max(f["max_hub_km"] for f in result["OUTPUT"].getFeatures()) <= 40.05


def test_durable_floor_on_a_row():
    # six units of 100 today; projected: u0-u2 keep 100, u3-u5 fall to 60. Floor 300 today and in 2040:
    # {u0,u1,u2} is durable (300), {u3,u4,u5} is not (180); with FUTURE_MIN_POPULATION 150 both are
    layer = grid([100] * 6, 6)
    layer.startEditing()
    layer.addAttribute(__import__("qgis.core", fromlist=["QgsField"]).QgsField("pop_2040", 6))  # QVariant.Double
    layer.commitChanges()
    layer.startEditing()
    idx = layer.fields().lookupField("pop_2040")
    for f in layer.getFeatures():
        layer.changeAttributeValue(f.id(), idx, 100.0 if int(f["id"][1:]) < 3 else 60.0)
    layer.commitChanges()
    durable = run(dict(SMALL, INPUT=layer, MAX_MEMBERS=3, FUTURE_POPULATION_FIELD=["pop_2040"]))
    alliances, members = small_check(durable, layer, max_members=3)
    assert sorted(sorted(a) for a in alliances) == [["u0", "u1", "u2"]] and durable["OPTIMAL"] is True
    assert members["u4"]["status"] == "no feasible alliance: projected population below its floor"
    only = next(durable["OUTPUT"].getFeatures())
    assert only["pop_2040"] == 300 and only["below_floor_year"] is None or \
        (hasattr(only["below_floor_year"], "isNull") and only["below_floor_year"].isNull())
    lower = run(dict(SMALL, INPUT=layer, MAX_MEMBERS=3, FUTURE_POPULATION_FIELD=["pop_2040"], FUTURE_MIN_POPULATION=150))
    assert lower["ALLIANCES"] == 2
    second = [f for f in lower["OUTPUT"].getFeatures() if "u4" in f["members"].split(",")][0]
    assert second["pop_2040"] == 180 and second["below_floor_year"] == 2040  # below 300 in 2040


def test_hub_time_needs_a_network():
    with pytest.raises(QgsProcessingException, match="MAX_HUB_TIME.*NETWORK"):
        run(dict(SMALL, INPUT=grid([100] * 6, 6), MAX_HUB_TIME=20))


def test_us_states_under_a_time_limit_are_proven_like_without_one():
    """A layer that is not the Korean sample: Tennessee and Kentucky (215 counties of the bundled US
    sample, reprojected to lon/lat), 1990 population, 150,000, hubs of 100,000+ within 80 km, members of one state.
    It splits into five parts, one of 7 counties and 46 candidates; under a 30 s limit its share
    (0.44 s of work) was below the fixed MILP overhead charged to every part and it was left
    unproven. Now the limited run is the unlimited one: the same plan, proven optimal."""
    layer = processing.run("native:extractbyexpression", {
        "INPUT": f"{ROOT / 'resources' / 'sample' / 'us_counties.gpkg'}|layername=counties",
        "EXPRESSION": "\"STATE_NAME\" IN ('Tennessee', 'Kentucky')", "OUTPUT": "memory:"})["OUTPUT"]
    layer = processing.run("native:reprojectlayer", {"INPUT": layer, "TARGET_CRS": "EPSG:4326",
                                                     "OUTPUT": "memory:"})["OUTPUT"]
    assert layer.featureCount() == 215 and layer.crs().authid() == "EPSG:4326"
    params = dict(INPUT=layer, ID_FIELD="FIPS", NAME_FIELD="NAME", POPULATION_FIELD="PO90", MIN_MEMBERS=2,
                  MAX_MEMBERS=5, MIN_POPULATION=150000, HUBS="\"PO90\" >= 100000", MAX_HUB_DISTANCE=80,
                  GROUP_FIELD="STATE_NAME", OUTPUT="memory:", OUTPUT_MEMBERS="memory:")
    ids = {f["FIPS"] for f in layer.getFeatures()}
    hubs = {f["FIPS"] for f in layer.getFeatures() if f["PO90"] >= 100000}
    plans = {}
    for limit in (0, 30):
        result = run(dict(params, TIME_LIMIT=limit))
        alliances, _ = check(result, layer, "FIPS", "PO90", ids, min_members=2, max_members=5, floor=150000,
                             hubs=hubs, group="STATE_NAME")
        assert result["OPTIMAL"] is True and result["GAP"] == 0
        plans[limit] = sorted(sorted(a) for a in alliances)
    assert plans[0] == plans[30] and len(plans[0]) == 11 and sum(map(len, plans[0])) == 55
