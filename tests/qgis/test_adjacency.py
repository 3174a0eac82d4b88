"""processing/adjacency.py: neighbours in metres whatever the CRS, island links, link tables."""

import time

import processing
import pytest
from qgis.core import QgsCoordinateReferenceSystem
from small_but_strong.compat import (  # noqa: E402
    DISTANCE_METERS,
)
from sbs_helpers import polygon_layer, square

from small_but_strong.processing.adjacency import build_unit_graph, layer_graph, neighbour_pairs, read_links, unit_id
from small_but_strong.processing.distance import Geodesy

NON_METRO = ("서울특별시", "부산광역시", "대구광역시", "인천광역시", "광주광역시", "대전광역시", "울산광역시",
             "세종특별자치시", "경기도")


def non_metro_ids(layer):
    return [f["code"] for f in layer.getFeatures() if f["sido"] not in NON_METRO]


def test_sample_non_metropolitan_graph(sample_units):
    eligible = non_metro_ids(sample_units)
    assert len(eligible) == 122
    graph, metric = layer_graph(sample_units, "code", 200.0, eligible=eligible)
    assert graph.crs.authid() == "EPSG:5179"  # already in metres: used as it is
    assert len(graph.ids) == 122 and len(graph.edges) == 272
    # 안동시 and its six real neighbours
    andong = {b if a == "47170" else a for a, b in graph.edges if "47170" in (a, b)}
    assert andong == {"47210", "47730", "47750", "47760", "47900", "47920"}
    # islands without a land neighbour at 200 m: 울릉군, 거제시, 남해군 (the latter two are bridged)
    assert graph.isolated() == ["47940", "48310", "48840"]
    # only eligible units are in the graph: no edge reaches 대구 or 부산
    assert all(a in set(eligible) and b in set(eligible) for a, b in graph.edges)


def test_tolerance_matters_on_real_data(sample_units):
    eligible = non_metro_ids(sample_units)
    counts = {tol: len(layer_graph(sample_units, "code", tol, eligible=eligible)[0].edges)
              for tol in (0, 200, 500)}
    assert counts == {0: 267, 200: 272, 500: 276}  # hairline gaps of real boundaries


def test_island_links_on_sample(sample_units):
    eligible = non_metro_ids(sample_units)
    graph, _ = layer_graph(sample_units, "code", 200.0, island_distance=150000.0, eligible=eligible)
    links = {a: (b, d) for a, b, d in graph.island_links}
    assert set(links) == {"47940", "48310", "48840"}
    assert links["47940"][0] == "47930"  # 울릉군 -> 울진군, about 131 km of sea
    assert links["47940"][1] == pytest.approx(130759, abs=50)
    assert links["48310"][0] == "48220" and links["48310"][1] < 400  # 거제시 -> 통영시 (bridge)
    assert links["48840"][0] == "48240" and links["48840"][1] < 400  # 남해군 -> 사천시 (bridge)
    assert graph.isolated() == []
    short, _ = layer_graph(sample_units, "code", 200.0, island_distance=1000.0, eligible=eligible)
    assert short.isolated() == ["47940"]  # 1 km bridges the bridges, not the sea to 울릉도


def test_geographic_crs_gives_the_same_graph(sample_units):
    eligible = non_metro_ids(sample_units)
    projected, _ = layer_graph(sample_units, "code", 200.0, island_distance=150000.0, eligible=eligible)
    wgs84 = processing.run("native:reprojectlayer", {"INPUT": sample_units, "TARGET_CRS": "EPSG:4326",
                                                     "OUTPUT": "memory:"})["OUTPUT"]
    geographic, _ = layer_graph(wgs84, "code", 200.0, island_distance=150000.0, eligible=eligible)
    assert geographic.crs.isGeographic() is False and "+proj=laea" in geographic.crs.toProj()
    assert geographic.edges == projected.edges
    assert [(a, b) for a, b, _ in geographic.island_links] == [(a, b) for a, b, _ in projected.island_links]
    for (_, _, d1), (_, _, d2) in zip(geographic.island_links, projected.island_links):
        assert d1 == pytest.approx(d2, rel=0.005)


def test_metric_crs_choice():
    utm = QgsCoordinateReferenceSystem("EPSG:32652")
    assert Geodesy(utm).metric_crs([]) == utm
    feet = QgsCoordinateReferenceSystem("EPSG:2263")  # New York, US feet
    square_ft = polygon_layer("id:string", [(square(980000, 190000, 5000), "a")], crs="EPSG:2263")
    chosen = Geodesy(feet).metric_crs([f.geometry() for f in square_ft.getFeatures()])
    assert chosen != feet and chosen.mapUnits() == DISTANCE_METERS
    assert "+lon_0=-74.00" in chosen.toProj()  # centred on the units, in New York


def test_metric_crs_across_the_antimeridian_and_ignoring_far_units():
    # Fiji's units on both sides of 180°: the projection is centred there, not at longitude 0
    fiji = [square(179.8, -17.0, 0.05), square(-179.95, -17.0, 0.05)]
    geodesy = Geodesy(QgsCoordinateReferenceSystem("EPSG:4326"))
    layer = polygon_layer("id:string", [(fiji[0], "a"), (fiji[1], "b")], crs="EPSG:4326")
    proj = geodesy.metric_crs([f.geometry() for f in layer.getFeatures()]).toProj()
    lon = float(proj.split("+lon_0=")[1].split()[0])
    assert abs(abs(lon) - 180) < 0.2, proj


def test_squares_gap_and_corner():
    # a and b 100 m apart, b and c share an edge, c and d touch at a corner, e far away
    layer = polygon_layer("id:string", [
        (square(0, 0), "a"), (square(1100, 0), "b"), (square(2100, 0), "c"), (square(3100, 1000), "d"),
        (square(9000, 9000), "e")])
    graph, _ = layer_graph(layer, "id", 200.0)
    assert graph.edges == [("a", "b"), ("b", "c"), ("c", "d")]
    assert graph.isolated() == ["e"]
    tight, _ = layer_graph(layer, "id", 50.0)
    assert tight.edges == [("b", "c"), ("c", "d")]


def test_degrees_in_a_geographic_layer_are_measured_in_metres():
    # 0.001° of longitude at the equator is about 111 m
    deg = 0.01
    layer = polygon_layer("id:string", [
        (square(10.0, 0.0, deg), "a"), (square(10.0 + deg + 0.001, 0.0, deg), "b")], crs="EPSG:4326")
    assert [e for e in layer_graph(layer, "id", 200.0)[0].edges] == [("a", "b")]
    assert layer_graph(layer, "id", 100.0)[0].edges == []


def test_links_table_and_island_links():
    layer = polygon_layer("id:string", [(square(0, 0), "a"), (square(1000, 0), "b"), (square(5000, 0), "c"),
                                        (square(20000, 0), "d")])
    links = polygon_layer("from_id:integer&field=to_id:string", [(None, 7, "a")], geometry="None")
    pairs, blank = read_links(links, "from_id", "to_id")
    assert pairs == [("7", "a")] and blank == []
    geoms, _ = Geodesy(layer.crs()).to_metric({f["id"]: f.geometry() for f in layer.getFeatures()})
    graph = build_unit_graph(geoms, 200.0, island_distance=5000.0, links=[("d", "a"), ("7", "a")])
    assert graph.table_links == [("a", "d")]  # the link to an unknown unit is dropped
    assert graph.island_links == [("c", "b", pytest.approx(3000.0))]
    assert graph.all_edges() == [("a", "b"), ("a", "d"), ("b", "c")]


def test_unit_id_normalises_numbers():
    assert unit_id(47940.0) == "47940" and unit_id(47940) == "47940" and unit_id(" 47940 ") == "47940"
    assert unit_id(None) is None and unit_id("") is None and unit_id(1.5) == "1.5"


def test_large_grid_is_not_quadratic():
    n = 60
    layer = polygon_layer("id:string", [(square(i * 1000, j * 1000), f"{i}_{j}") for i in range(n) for j in range(n)])
    geoms = {f["id"]: f.geometry() for f in layer.getFeatures()}
    start = time.perf_counter()
    pairs = neighbour_pairs(geoms, 10.0)
    elapsed = time.perf_counter() - start
    assert len(pairs) == 2 * n * (n - 1) + 2 * (n - 1) ** 2  # rook plus diagonal (corner) neighbours
    assert elapsed < 10
