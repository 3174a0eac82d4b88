"""Hypothesis strategies for fuzz cases: layers and parameters of every algorithm, as plain data.

A case (see ``execute.py`` for how it is run and judged)::

    {"alg": "D"|"A"|"S"|"R"|"P"|"F",
     "layers": {"units": LAYER, "facilities": LAYER, ...},
     "params": {"INPUT": {"$layer": "units"}, "OUTPUT": "memory:" | {"$path": "x.shp"} | ..., ...},
     "existing": ["x.gpkg"], "dirs": ["adir"], "cancel_at": None | 0–100,
     "prepare": {...}}                       # R: the alliances run whose outputs are reported
    LAYER = {"geometry": "MultiPolygon", "crs": "EPSG:5179" | "EPSG:4326" | "", "provider": "memory"|"gpkg",
             "fields": [[name, "string"|"integer"|"double"], ...], "features": [[wkt | None, [values]], ...]}

Layers: rows or grids of cells of random size, projected, geographic (also across the
antimeridian) or without CRS; any cell may be invalid (bow-tie), empty, NULL, multipart, a
GeometryCollection, a line or point, a sliver, a duplicate of its neighbour, 3D or with a hole.
Attributes: NULL, NaN, ±inf, 1e308, negative, zero, text; ids unique, repeated, NULL, with commas.
Parameters: numbers incl. NaN/inf/negative/text, expressions (valid, NULL, 1/0, unknown variables,
unparsable, unknown fields), field names that do not exist or have the wrong type, destinations
(memory, new and existing files, GeoPackage tables, shared or not, a folder, a path under a file or
under /proc), cancels.

Nothing is left out for a defect already known: every defect the fuzzing found has its regression
test in tests/qgis/test_regressions.py, none of them an xfail any more. Should a new one be reported as a
strict xfail there, the inputs that trigger it may be avoided here until it is fixed: listed in
``KNOWN`` (name: reason), each avoidance marked in the code with a ``# KNOWN["name"]`` comment.
One deliberate limit that is not a defect: A's TIME_LIMIT is 1–3 s, never 0 (no limit), which on a
dense graph with wide alliances takes minutes by design.
"""

from __future__ import annotations

import math
import re
from typing import Dict, List

from hypothesis import strategies as st

X0, Y0 = 1_000_000.0, 2_000_000.0

#: defects already reported (each a strict xfail in tests/qgis/test_regressions.py) whose inputs are
#: avoided here, name: reason; none at present
KNOWN: Dict[str, str] = {}

NAN, INF = float("nan"), float("inf")
SPECIAL_NUMBERS = [0.0, -1.0, -250.0, NAN, INF, -INF, 1e308, 1.7976931348623157e308, 1e13 + 1.0, 5e-324, 0.5]


# ------------------------------------------------------------------------------ values

def numbers(low: float = 0.0, high: float = 1e6):
    """Mostly plausible values, often a special one, sometimes NULL."""
    return st.one_of(st.floats(low, high, allow_nan=False).map(lambda v: round(v, 2)), st.sampled_from(SPECIAL_NUMBERS),
                     st.none())


def counts():
    return st.one_of(st.integers(0, 500_000).map(float), st.sampled_from(SPECIAL_NUMBERS), st.none())


TEXTS = ["", " ", "0", "1", "no", "yes", "false", "true", "f", "off", "NaN", "inf", "1e308", "서울", "Zürich",
         "a,b", "'quoted'", '"double"', "x" * 300, "\t", "12.5"]


def texts():
    return st.one_of(st.sampled_from(TEXTS), st.text(max_size=12), st.none())


def noise_levels():
    """How often a case is given something bad: 0 never, n about once in n draws. Drawn once per
    layer and once per parameter set, so that some cases are clean (and reach a result) and some
    are full of trouble (and reach the refusals and the repairs)."""
    return st.sampled_from([0, 0, 25, 12, 6, 3])


def sometimes(draw, noise: int) -> bool:
    """True about once in ``noise`` draws (never for 0)."""
    return bool(noise) and draw(st.integers(0, noise - 1)) == 0


def pick(draw, noise: int, good, bad):
    """A value of ``good``, or of ``bad`` about once in ``noise`` draws."""
    return draw(bad) if sometimes(draw, noise) else draw(good)


# ------------------------------------------------------------------------------ geometry

def _ring(x, y, w, h):
    return f"({x} {y},{x + w} {y},{x + w} {y + h},{x} {y + h},{x} {y})"


WEIRD_CELLS = ["bowtie", "empty", "null", "multi", "collection", "collection_without_polygon", "line", "point", "sliver",
               "duplicate", "z", "hole", "spike", "huge"]


def cell_wkt(kind: str, x: float, y: float, w: float, h: float, previous: str) -> object:
    if kind == "square":
        return f"POLYGON({_ring(x, y, w, h)})"
    if kind == "bowtie":
        return f"POLYGON(({x} {y},{x + w} {y + h},{x + w} {y},{x} {y + h},{x} {y}))"
    if kind == "empty":
        return "POLYGON EMPTY"
    if kind == "null":
        return None
    if kind == "multi":
        return f"MULTIPOLYGON(({_ring(x, y, w / 2, h)}),({_ring(x + 0.75 * w, y, w / 4, h / 2)}))"
    if kind == "collection":
        return f"GEOMETRYCOLLECTION(POLYGON({_ring(x, y, w, h)}),LINESTRING({x} {y},{x + w / 3} {y + h / 3}),POINT({x} {y}))"
    if kind == "collection_without_polygon":
        return f"GEOMETRYCOLLECTION(LINESTRING({x} {y},{x + w} {y + h}),POINT({x} {y}))"
    if kind == "line":
        return f"LINESTRING({x} {y},{x + w} {y + h})"
    if kind == "point":
        return f"POINT({x + w / 2} {y + h / 2})"
    if kind == "sliver":
        return f"POLYGON({_ring(x, y, w, h * 1e-7)})"
    if kind == "duplicate":
        return previous if isinstance(previous, str) else f"POLYGON({_ring(x, y, w, h)})"
    if kind == "z":
        return f"POLYGON Z(({x} {y} 5,{x + w} {y} 5,{x + w} {y + h} 5,{x} {y + h} 5,{x} {y} 5))"
    if kind == "hole":
        return f"POLYGON({_ring(x, y, w, h)},{_ring(x + w / 4, y + h / 4, w / 2, h / 2)})"
    if kind == "spike":
        return f"POLYGON(({x} {y},{x + w} {y},{x + w} {y + h},{x + w / 2} {y + h * 40},{x} {y + h},{x} {y}))"
    if kind == "huge":
        return f"POLYGON({_ring(x - 50 * w, y - 50 * h, 100 * w, 100 * h)})"
    raise ValueError(kind)


@st.composite
def frames(draw):
    """(crs, x0, y0, cell width, cell height, wrap): where the cells lie and how big they are."""
    kind = draw(st.sampled_from(["projected"] * 4 + ["geographic", "antimeridian", "none"]))
    if kind in ("projected", "none"):
        size = draw(st.sampled_from([0.5, 50.0, 1000.0, 1000.0, 5000.0, 40000.0]))
        x0, y0 = (X0, Y0) if kind == "projected" else draw(st.sampled_from([(0.0, 0.0), (X0, Y0), (-5e5, 1e7)]))
        return ("EPSG:5179" if kind == "projected" else ""), x0, y0, size, size * draw(st.sampled_from([1, 1, 0.5, 2]))
    size = draw(st.sampled_from([0.0005, 0.01, 0.1, 0.5, 2.0]))
    lat = draw(st.sampled_from([-85.0, -17.0, 0.0, 37.0, 64.0, 84.0, 89.0]))  # 89°: rows reach beyond the pole
    lon = 180.0 - 2 * size if kind == "antimeridian" else draw(st.sampled_from([-179.0, -3.0, 0.0, 127.0]))
    return "EPSG:4326", lon, lat, size, size


_PAIR = re.compile(r"(?<![\w.])(-?[0-9.]+(?:e[-+]?[0-9]+)?)(\s+-?[0-9.]+(?:e[-+]?[0-9]+)?)")


def _wrap(wkt, crs):
    """Longitudes east of 180° written as their western equivalents (a layer across the antimeridian)."""
    if crs != "EPSG:4326" or not isinstance(wkt, str):
        return wkt

    def west(match):
        lon = float(match.group(1))
        return (repr(round(lon - 360.0, 9)) if lon > 180.0 else match.group(1)) + match.group(2)

    return _PAIR.sub(west, wkt)


# ------------------------------------------------------------------------------ layers

UNIT_FIELDS = [["id", "string"], ["name", "string"], ["pop", "double"], ["base", "double"], ["old", "double"],
               ["women", "double"], ["births", "double"], ["cnt", "double"], ["alli", "string"], ["lock", "string"],
               ["flag", "string"], ["txtpop", "string"], ["ipop", "integer"]]


@st.composite
def unit_layers(draw, min_units: int = 0, max_units: int = 16, mutate_ids: bool = True):
    crs, x0, y0, w, h = draw(frames())
    n = draw(st.integers(min_units, max_units))
    cols = max(1, n if draw(st.booleans()) else math.ceil(math.sqrt(max(n, 1))))
    gap = draw(st.sampled_from([0.0, 0.0, 0.0, w * 1e-4, w * 0.05, w * 0.5]))
    id_kind = draw(st.sampled_from(["string"] * 4 + ["integer", "double"]))
    geometry_noise, id_noise, value_noise = draw(noise_levels()), draw(noise_levels()), draw(noise_levels())
    if not mutate_ids:
        id_noise = 0
    fields = [list(f) for f in UNIT_FIELDS]
    fields[0][1] = id_kind
    features = []
    previous = None
    for k in range(n):
        x, y = x0 + (k % cols) * (w + gap), y0 + (k // cols) * (h + gap)
        kind = draw(st.sampled_from(WEIRD_CELLS)) if sometimes(draw, geometry_noise) else "square"
        wkt = _wrap(cell_wkt(kind, x, y, w, h, previous), crs)
        previous = wkt
        uid = {"string": f"u{k}", "integer": k + 1, "double": float(k) + 47940.0}[id_kind]
        mutation = draw(st.sampled_from(["repeat", "null", "comma", "blank", "unicode"])) \
            if sometimes(draw, id_noise) else "none"
        if mutation == "repeat" and k:
            uid = features[-1][1][0]
        elif mutation == "null":
            uid = None
        elif mutation == "comma" and id_kind == "string":
            uid = f"u,{k}"
        elif mutation == "blank" and id_kind == "string":
            uid = " "
        elif mutation == "unicode" and id_kind == "string":
            uid = f"군{k}"

        def value(low=0.0, high=1e6):
            return pick(draw, value_noise, st.floats(low, high, allow_nan=False).map(lambda v: round(v, 2)),
                        st.one_of(st.sampled_from(SPECIAL_NUMBERS), st.none()))

        attrs = [uid, pick(draw, value_noise, st.sampled_from([f"Unit {k}", f"군 {k}"]), texts()),
                 value(0, 400_000), value(0, 400_000), value(0, 100_000), value(0, 50_000), value(0, 5000),
                 pick(draw, value_noise, st.sampled_from([0.0, 1.0, 2.0, 3.0]), st.one_of(
                     st.sampled_from(SPECIAL_NUMBERS), st.none())),
                 pick(draw, value_noise, st.sampled_from(["A", "B", "C"]), texts()),
                 draw(st.one_of(st.none(), st.none(), st.sampled_from(["L1", "L2"]))),
                 draw(st.sampled_from(TEXTS + [None, "1", "yes"])), draw(texts()),
                 pick(draw, value_noise, st.integers(0, 2_000_000), st.one_of(st.none(), st.integers(-10, -1)))]
        features.append([wkt, attrs])
    needs_ogr = any(isinstance(w_, str) and w_.startswith(("GEOMETRYCOLLECTION", "LINESTRING", "POINT"))
                    for w_, _ in features)
    provider = "gpkg" if needs_ogr else draw(st.sampled_from(["memory", "memory", "memory", "gpkg"]))
    geometry = draw(st.sampled_from(["MultiPolygon", "MultiPolygon", "Polygon"]))
    return {"geometry": geometry, "crs": crs, "provider": provider, "fields": fields, "features": features}


def _bbox(units: dict):
    xs, ys = [], []
    for wkt, _attrs in units["features"]:
        if isinstance(wkt, str):
            numbers_ = [float(t) for t in wkt.replace("(", " ").replace(")", " ").replace(",", " ").split()
                        if t[0] in "0123456789-" and t != "-"]
            xs += numbers_[0::2]
            ys += numbers_[1::2]
    if not xs:
        return X0, Y0, X0 + 1000.0, Y0 + 1000.0
    return min(xs), min(ys), max(xs), max(ys)


@st.composite
def point_layers(draw, units: dict, multi_ok: bool = True, fields=(("cap", "double"), ("cls", "string"))):
    """Facilities or origins around the units: inside, outside, empty, NULL, MultiPoint."""
    xmin, ymin, xmax, ymax = _bbox(units)
    n = draw(st.integers(0, 8))
    features = []
    geometry = draw(st.sampled_from(["Point", "MultiPoint"] if multi_ok else ["Point"]))
    for _ in range(n):
        fx, fy = draw(st.floats(-0.2, 1.2)), draw(st.floats(-0.2, 1.2))
        x, y = xmin + fx * (xmax - xmin + 1e-9), ymin + fy * (ymax - ymin + 1e-9)
        kind = draw(st.sampled_from(["point"] * 5 + ["null", "empty", "multi"]))
        if kind == "null":
            wkt = None
        elif kind == "empty":
            wkt = "POINT EMPTY" if geometry == "Point" else "MULTIPOINT EMPTY"
        elif kind == "multi" and geometry == "MultiPoint":
            wkt = f"MULTIPOINT(({x} {y}),({x + (xmax - xmin) * 0.3} {y}))"
        else:
            wkt = f"POINT({x} {y})" if geometry == "Point" else f"MULTIPOINT(({x} {y}))"
        features.append([_wrap(wkt, units["crs"]), [draw(numbers(0, 50)), draw(texts())]])
    crs = draw(st.sampled_from([units["crs"]] * 4 + [""]))  # sometimes without CRS while the units have one
    return {"geometry": geometry, "crs": crs, "provider": draw(st.sampled_from(["memory", "gpkg"])),
            "fields": [list(f) for f in fields], "features": features}


@st.composite
def line_layers(draw, units: dict):
    """Roads across the units, some degenerate, empty, NULL or of one repeated vertex."""
    xmin, ymin, xmax, ymax = _bbox(units)
    features = []
    for _ in range(draw(st.integers(0, 6))):
        kind = draw(st.sampled_from(["line"] * 4 + ["degenerate", "empty", "null", "multi"]))
        y = ymin + draw(st.floats(0, 1)) * (ymax - ymin)
        if kind == "degenerate":
            wkt = f"LINESTRING({xmin} {y},{xmin} {y})"
        elif kind == "empty":
            wkt = "LINESTRING EMPTY"
        elif kind == "null":
            wkt = None
        elif kind == "multi":
            wkt = f"MULTILINESTRING(({xmin} {y},{xmax} {y}),({xmin} {ymin},{xmin} {ymax}))"
        else:
            wkt = f"LINESTRING({xmin} {y},{(xmin + xmax) / 2} {y},{xmax} {y})"
        features.append([_wrap(wkt, units["crs"]), [draw(numbers(-10, 130))]])
    provider = "gpkg" if any(isinstance(w, str) and w.startswith("MULTI") for w, _ in features) else \
        draw(st.sampled_from(["memory", "gpkg"]))
    return {"geometry": "LineString" if provider == "memory" else "MultiLineString", "crs": units["crs"],
            "provider": provider, "fields": [["speed", "double"]], "features": features}


@st.composite
def link_layers(draw, units: dict):
    """A links table: no geometry, points, or polygons (a bow-tie among them); ends NULL or unknown."""
    ids = [attrs[0] for _w, attrs in units["features"]] + ["nosuch", None]
    geometry = draw(st.sampled_from(["None", "Polygon", "Point"]))
    features = []
    for _ in range(draw(st.integers(0, 5))):
        wkt = None
        if geometry == "Polygon":
            wkt = draw(st.sampled_from([f"POLYGON(({X0} {Y0},{X0 + 9} {Y0 + 9},{X0 + 9} {Y0},{X0} {Y0 + 9},{X0} {Y0}))",
                                        f"POLYGON({_ring(X0, Y0, 5, 5)})", None]))
        elif geometry == "Point":
            wkt = draw(st.sampled_from([f"POINT({X0} {Y0})", None]))
        a, b = draw(st.sampled_from(ids)), draw(st.sampled_from(ids))
        features.append([wkt, [None if a is None else str(a), None if b is None else str(b)]])
    return {"geometry": geometry, "crs": "EPSG:5179", "provider": "gpkg" if geometry != "Point" else "memory",
            "fields": [["from_id", "string"], ["to_id", "string"]], "features": features}


# ------------------------------------------------------------------------------ parameters

BAD_NUMBERS = [NAN, "nan", INF, "inf", -INF, -1.0, "abc", "1e400", "", 1e12]
EXPRESSIONS = ['"pop" > 1000', "\"id\" <> 'u0'", "\"alli\" = 'A'", "\"pop\" >= 100000", "\"flag\"", "true",
               "$area > 0"]
BAD_EXPRESSIONS = ["NULL", "1/0", "@nosuchvariable", "'no'", '"pop" >> 3', '"nosuch" = 1', "to_int('x')", "''",
                   "regexp_match(\"name\", '[')"]


class Params:
    """Parameter values for one case: good ones, or about once in ``noise`` draws a bad one."""

    def __init__(self, draw):
        self.draw = draw
        self.noise = draw(noise_levels())

    def number(self, low: float, high: float, optional: bool = False):
        good = st.floats(low, high, allow_nan=False).map(lambda v: round(v, 3))
        if optional:
            good = st.one_of(st.none(), good)
        return pick(self.draw, self.noise, good, st.sampled_from(BAD_NUMBERS))

    def choice(self, good, bad):
        return pick(self.draw, self.noise, st.sampled_from(list(good)), st.sampled_from(list(bad)))

    def field(self, *good: str, bad=("nosuch", "txtpop", "")):
        """A required field: one of ``good``, or a field that does not exist, is text, or none."""
        return self.choice(good, bad)

    def optional_field(self, *good: str):
        return self.choice([None, None] + list(good), ("nosuch", "txtpop", "name"))

    def expression(self):
        return self.choice([None, None] + EXPRESSIONS, BAD_EXPRESSIONS)


@st.composite
def destinations(draw, name: str, noise: int):
    """(value, existing files, folders) for a sink parameter."""
    good = ("memory",) * 5 + ("gpkg", "shp", "ogr", "existing")
    kind = pick(draw, noise, st.sampled_from(good), st.sampled_from(("folder", "under_file")))
    if kind == "memory":
        return "memory:", [], []
    if kind == "gpkg":
        return {"$path": f"{name}.gpkg"}, [], []
    if kind == "shp":
        return {"$path": f"{name}.shp"}, [], []
    if kind == "ogr":
        # a table whose name often occurs in the path ("output" in OUTPUT_db.gpkg, "t" in /tmp/…)
        table = draw(st.sampled_from([name.lower(), f"fuzz_{name.lower()}", "t"]))
        return {"$ogr": [f"{name}_db.gpkg", table]}, [], []
    if kind == "existing":
        file_name = draw(st.sampled_from([f"{name}.gpkg", f"{name}.shp"]))
        return {"$path": file_name}, [file_name], []
    if kind == "folder":
        return {"$dir": f"{name}_dir"}, [], [f"{name}_dir"]
    return {"$under_file": f"{name}.gpkg"}, [], []


def _case(alg, layers, params: dict, p: Params, outputs) -> dict:
    draw = p.draw
    existing, dirs = [], []
    shared = len(outputs) > 1 and draw(st.integers(0, 5)) == 0  # all the outputs as tables of one new GeoPackage
    for name in outputs:
        value, more_files, more_dirs = ({"$ogr": ["outputs.gpkg", name.lower()]}, [], []) if shared else \
            draw(destinations(name, p.noise))
        params[name] = value
        existing += more_files
        dirs += more_dirs
    cancel = draw(st.one_of(st.none(), st.none(), st.none(), st.floats(0, 100).map(lambda v: round(v, 1))))
    params = {k: v for k, v in params.items() if v is not None}
    return {"alg": alg, "layers": layers, "params": params, "existing": sorted(set(existing)),
            "dirs": sorted(set(dirs)), "cancel_at": cancel}


@st.composite
def decline_cases(draw):
    units = draw(unit_layers())
    p = Params(draw)
    base = p.optional_field("base")
    params = {"INPUT": {"$layer": "units"}, "ID_FIELD": p.field("id"), "NAME_FIELD": p.optional_field("name"),
              "POPULATION_FIELD": p.field("pop", "ipop", bad=("nosuch", "txtpop", "name", "")),
              "POPULATION_BASE_FIELD": base,
              "YEAR": p.choice([None, 2025, 2020] if base else [None], [2015, NAN, 999, 3001, "abc"]),
              "BASE_YEAR": p.choice([None, 2015, 2010] if base else [None], [2025, NAN, "abc"]),
              "ELDERLY_FIELD": p.optional_field("old"), "ELDERLY_SHARE_FIELD": p.optional_field("old"),
              "MEDIAN_AGE_FIELD": p.optional_field("old"), "YOUNG_WOMEN_FIELD": p.optional_field("women"),
              "BIRTHS_FIELD": p.optional_field("births"), "AREA_FIELD": p.optional_field("base"),
              "PROFILE": p.choice([0, 0, 1, 2, 3], [99, -1]),
              "SMALL_POPULATION": p.number(0, 1e6, optional=True), "LOW_BIRTHS": p.number(0, 1e4, optional=True)}
    if draw(st.booleans()):
        composite = draw(st.lists(st.sampled_from(["old", "women", "births", "base"]), min_size=1, max_size=3))
        if sometimes(draw, p.noise):
            composite.append(draw(st.sampled_from(["txtpop", "nosuch"])))
        params["COMPOSITE_FIELDS"] = composite
        params["COMPOSITE_WEIGHTS"] = p.choice([None, ",".join("1" for _ in composite), ",".join(
            str(k + 1) for k in range(len(composite)))], ["1,2,3,4,5", "nan", "inf,1", "a,b", "-1,1", "1e999"])
        params["COMPOSITE_INVERT"] = p.choice([None, ",".join("0" for _ in composite)], ["1,1,1,1,1", "x"])
    return _case("D", {"units": units}, params, p, ["OUTPUT"])


@st.composite
def alliance_cases(draw):
    units = draw(unit_layers(max_units=draw(st.sampled_from([24, 24, 24, 24, 120]))))  # sometimes a large layer
    layers = {"units": units}
    p = Params(draw)
    min_members = p.choice([None, 1, 2, 2, 3], [NAN, 0, -1, "abc", 7])
    params = {"INPUT": {"$layer": "units"}, "ID_FIELD": p.field("id"), "NAME_FIELD": p.optional_field("name"),
              "POPULATION_FIELD": p.field("pop", "ipop"), "ELIGIBLE": p.expression(), "HUBS": p.expression(),
              "PROFILE": p.choice([0, 0, 1, 2, 3], [42]), "MIN_MEMBERS": min_members,
              "MAX_MEMBERS": p.choice([None, 3, 4, 5, 6, 8, 12, 50], [NAN, 0, "inf", 1, 300000]),  # None: the PROFILE's
              "MIN_POPULATION": p.choice([None, 0, 0, 300, 10000, 300000], [1e12, NAN, INF, -5, "abc"]),
              "MAX_POPULATION": p.choice([0, 0, 0, 1e6], [500, NAN, -1]),
              "GROUP_FIELD": p.optional_field("alli"), "LOCKED_FIELD": p.optional_field("lock"),
              "OBJECTIVE": p.choice([0, 0, 1, 2], ["1", 7]),
              "ADJACENCY_TOLERANCE": p.number(0, 5000),
              "ISLAND_LINK_DISTANCE": p.choice([0, 0, 0, 1000, 1e6], [NAN, -1, INF]),
              "TIME_LIMIT": p.choice([1, 2, 3], [0.001, NAN, INF, -1, "1"])}  # never 0: see the docstring
    if draw(st.integers(0, 4)) == 0:
        layers["links"] = draw(link_layers(units))
        params["LINKS"] = {"$layer": "links"}
        params["LINK_FROM_FIELD"] = p.choice([None, "from_id"], ["nosuch"])
        params["LINK_TO_FIELD"] = p.choice([None, "to_id"], ["from_id", "nosuch"])
    return _case("A", layers, params, p, ["OUTPUT", "OUTPUT_MEMBERS"])


@st.composite
def gap_cases(draw):
    units = draw(unit_layers())
    layers = {"units": units}
    p = Params(draw)
    params = {"INPUT": {"$layer": "units"}, "ID_FIELD": p.field("id"), "POPULATION_FIELD": p.field("pop", "ipop"),
              "DEMAND_FIELD": p.optional_field("women"), "COUNT_FIELD": p.optional_field("cnt"),
              "MIN_COUNT": p.number(0, 5), "MAX_DISTANCE": p.number(0, 100), "MAX_TIME": p.number(0, 120),
              "CATCHMENT": p.number(0.01, 200), "DECAY": p.choice([0, 1, 2], [9]),
              "ALLIANCE_FIELD": p.optional_field("alli")}
    if not sometimes(draw, 8):
        layers["facilities"] = draw(point_layers(units))
        params["FACILITIES"] = {"$layer": "facilities"}
        params["FACILITY_FILTER"] = p.choice([None, None, "\"cls\" = 'a'", "\"cap\" > 1", "\"cls\""],
                                             ["NULL", "\"nosuch\" = 1", "\"cap\" >> 1", "1/0"])
        params["CAPACITY_FIELD"] = p.choice([None, "cap"], ["cls", "nosuch"])
        if draw(st.integers(0, 3)) == 0:
            layers["network"] = draw(line_layers(units))
            params["NETWORK"] = {"$layer": "network"}
            params["SPEED_FIELD"] = p.choice([None, "speed"], ["nosuch"])
            params["DEFAULT_SPEED"] = p.choice([50, 30], [0.5, NAN, 0, -3])
    elif not params.get("COUNT_FIELD"):
        params["COUNT_FIELD"] = "cnt"
    if draw(st.integers(0, 4)) == 0:
        layers["origins"] = draw(point_layers(units, fields=(("people", "double"), ("cls", "string"))))
        params["ORIGINS"] = {"$layer": "origins"}
        params["ORIGINS_POPULATION_FIELD"] = p.choice([None, "people"], ["cls", "nosuch"])
    outputs = ["OUTPUT"] + (["OUTPUT_ALLIANCES"] if params.get("ALLIANCE_FIELD") and draw(st.booleans()) else [])
    return _case("S", layers, params, p, outputs)


@st.composite
def report_cases(draw):
    units = draw(unit_layers(min_units=1, max_units=10, mutate_ids=False))
    prepare = {"params": {"ID_FIELD": "id", "NAME_FIELD": "name", "POPULATION_FIELD": "pop", "MIN_MEMBERS": 2,
                          "MAX_MEMBERS": draw(st.integers(2, 4)), "MIN_POPULATION": draw(st.sampled_from([0, 0, 1e5])),
                          "TIME_LIMIT": 0}}
    if draw(st.integers(0, 3)) == 0:  # alliances of one run with the units of another
        prepare["other_params"] = {"MAX_MEMBERS": 2, "MIN_MEMBERS": 2, "MIN_POPULATION": 1e9}
    p = Params(draw)
    params = {"ALLIANCES": {"$layer": "alliances"},
              "UNITS": {"$layer": draw(st.sampled_from(["members"] * 4 + ["units"]))},
              "TITLE": p.choice([None, "Small towns", "작은 연합"], ["", "A & B <c>", "x" * 400, "\"q\"", "a\nb"]),
              "PAGE_SIZE": p.choice([0, 1], [5]), "ATLAS": draw(st.booleans()),
              "FLOOR": p.choice([0, 0, 300000], [NAN, -1]),
              "PARAMETERS_TEXT": p.choice([None, "floor 300,000"], TEXTS),
              "SOURCES": p.choice([None, "KOSIS 2025"], TEXTS),
              "ALLIANCE_FIELD": p.choice([None, None, "alliance_id"], ["nosuch", "alli"]),
              "UNIT_NAME_FIELD": p.choice([None, None, "name"], ["nosuch", "pop"]),
              "UNIT_POPULATION_FIELD": p.choice([None, None, "pop"], ["name", "nosuch"]),
              "SCALE_UNITS": p.choice([0, 1], [3]), "DPI": p.choice([30, 30, 45], [10, NAN, 5000]),
              "OUTPUT_PDF": p.choice([{"$path": "r.pdf"}], [{"$dir": "pdf_dir"}, {"$under_file": "r.pdf"}, "",
                                                            {"$path": "/proc/r.pdf"}]),
              "OUTPUT_IMAGE": p.choice(["", "", {"$path": "r.png"}], [{"$dir": "png_dir"}, {"$under_file": "r.png"},
                                                                       {"$path": "/proc/r.png"}])}
    params = {k: v for k, v in params.items() if v is not None}
    existing = draw(st.sampled_from([[], [], ["r.pdf"], ["r.pdf", "r.png"]]))
    dirs = [v["$dir"] for v in params.values() if isinstance(v, dict) and "$dir" in v]
    cancel = draw(st.one_of(st.none(), st.none(), st.none(), st.floats(0, 100).map(lambda v: round(v, 1))))
    return {"alg": "R", "layers": layers_of(units), "params": params, "existing": existing, "dirs": dirs,
            "cancel_at": cancel, "prepare": prepare}


def layers_of(units: dict) -> dict:
    return {"units": units}


# ------------------------------------------------------------------------------ projectpopulation (P)

SERIES_YEARS = (2010, 2015, 2020)
#: Hamilton–Perry: 18 five-year groups (0–4 … 85+) of both sexes ("all") and of women ("fem") at two dates
AGE_GROUPS, AGE_DATES = 18, (2015, 2020)


def _age_fields(kind: str, year: int) -> List[str]:
    return [f"{kind}_{year}_g{g:02d}" for g in range(AGE_GROUPS)]


def with_series(draw, units: dict, ages: bool) -> dict:
    """``units`` with population series appended: pop_2010/2015/2020, the same without a year in the
    name (popa, popb, popc), residents 65+ (p65_*), women 20–39 (young_*) and, for Hamilton–Perry,
    the four age tables; each unit grows or shrinks at its own rate, its values sometimes NULL, NaN,
    ±inf, negative, zero or huge (the layer's noise level)."""
    noise = draw(noise_levels())
    names = ([f"pop_{y}" for y in SERIES_YEARS] + ["popa", "popb", "popc"] + [f"p65_{y}" for y in SERIES_YEARS]
             + [f"young_{y}" for y in SERIES_YEARS])
    if ages:
        names += [f for year in AGE_DATES for kind in ("all", "fem") for f in _age_fields(kind, year)]
    bad = st.one_of(st.sampled_from(SPECIAL_NUMBERS), st.none())
    features = []
    for wkt, attrs in units["features"]:
        base = draw(st.sampled_from([0.0, 50.0, 3000.0, 40_000.0, 400_000.0]))
        rate = draw(st.sampled_from([-0.06, -0.02, 0.0, 0.01, 0.04]))
        pops = [round(base * (1 + rate) ** (y - 2010), 1) for y in SERIES_YEARS]
        values = pops + pops + [round(v * 0.2, 1) for v in pops] + [round(v * 0.12, 1) for v in pops]
        if ages:
            for year in AGE_DATES:
                total = base * (1 + rate) ** (year - 2010)
                groups = [round(total / AGE_GROUPS * (1.2 - g / AGE_GROUPS), 1) for g in range(AGE_GROUPS)]
                values += groups + [round(v * 0.5, 1) for v in groups]
        values = [draw(bad) if sometimes(draw, noise) else v for v in values]
        features.append([wkt, list(attrs) + values])
    return dict(units, fields=[list(f) for f in units["fields"]] + [[n, "double"] for n in names], features=features)


@st.composite
def projection_cases(draw):
    p = Params(draw)
    method = p.choice([0, 0, 1, 2], [5, -1])
    hp = method == 2
    units = draw(unit_layers(max_units=12))
    units = with_series(draw, units, ages=hp)
    named = [f"pop_{y}" for y in SERIES_YEARS]
    series, years = draw(st.sampled_from([
        (named, None), (named, None), (named[::-1], None), (named[1:], None), (named[:2], None),
        (["popa", "popb", "popc"], "2010,2015,2020"), (["popa", "popc"], "2010 2020"), (named, "2010;2015;2020")]))
    if sometimes(draw, p.noise):
        series, years = draw(st.sampled_from([
            (named[-1:], None), (["popa", "popb"], None), (["txtpop", "pop_2020"], None), (["nosuch"], None),
            (named, "2020,2015,2010"), (named, "2010,2015"), (named, "abc"), (named, "nan,inf,1e400"),
            (named, "0,1,2"), ([], None), (["pop_2010", "pop_2010"], None), (["pop", "ipop"], None)]))
    params = {"INPUT": {"$layer": "units"}, "ID_FIELD": p.field("id"), "NAME_FIELD": p.optional_field("name"),
              "POPULATION_FIELDS": series or None, "YEARS": years, "METHOD": method,
              "ELDERLY_FIELDS": p.choice([None, None, [f"p65_{y}" for y in SERIES_YEARS]],
                                         [["p65_2020"], ["txtpop"], ["p65_2010", "pop_2015"]]),
              "YOUNG_WOMEN_FIELDS": p.choice([None, None, [f"young_{y}" for y in SERIES_YEARS],
                                              ["young_2015", "young_2020"]], [["young_2010"], ["name"]]),
              "BASE_PERIOD": p.choice([None, None, "2010,2020", "2015-2020", "2000,2030"],
                                      ["2020,2010", "abc", "2010", "1990,2000", "2010,2010"]),
              "DAMPING": p.choice([None, None, 1, 0.9, 0.5], [0, -0.5, 1.5, NAN, INF, "abc"]),
              "TARGET_YEARS": p.choice(["2030,2040,2050", "2025", "2050", "2021,2100"],
                                       ["", "2015", "2050,2030", "abc", "1e400", "2030,2030", "99999", "2020"]),
              "PROFILE": p.choice([0, 0, 1, 2], [9]),
              "THRESHOLD": p.choice([None, None, 0, 10_000, 1e6], [NAN, INF, -1, "abc", 1e308]),
              "BACKTEST_PERIOD": p.choice([None, None, "2010,2015"], ["2015,2020", "2010,2020", "x", "2015,2010"])}
    if hp:
        lists = {"AGE_GROUP_FIELDS_BASE": _age_fields("all", AGE_DATES[0]),
                 "FEMALE_AGE_GROUP_FIELDS_BASE": _age_fields("fem", AGE_DATES[0]),
                 "AGE_GROUP_FIELDS_LATEST": _age_fields("all", AGE_DATES[1]),
                 "FEMALE_AGE_GROUP_FIELDS_LATEST": _age_fields("fem", AGE_DATES[1])}
        if sometimes(draw, p.noise):
            name = draw(st.sampled_from(sorted(lists)))
            lists[name] = draw(st.sampled_from([lists[name][:-1], lists[name][:10], [], lists[name][::-1],
                                                lists[name][:-1] + ["txtpop"]]))
        params.update({k: v or None for k, v in lists.items()})
        params["AGE_GROUP_YEARS"] = p.choice([None, None, "2015,2020"], ["2015", "2020,2015", "2015,2018", "a,b"])
        if params["BACKTEST_PERIOD"] == "2010,2015":
            params["BACKTEST_PERIOD"] = None  # the age tables have two dates: nothing to refit on
    elif sometimes(draw, p.noise):  # age groups given to a trend method: a warning
        params["AGE_GROUP_FIELDS_BASE"] = ["pop_2010"]
    return _case("P", {"units": units}, params, p, ["OUTPUT"])


# ------------------------------------------------------------------------------ sitefacilities (F)

@st.composite
def siting_cases(draw):
    units = draw(unit_layers(max_units=16))
    layers = {"units": units}
    p = Params(draw)
    params = {"INPUT": {"$layer": "units"}, "ID_FIELD": p.field("id"), "NAME_FIELD": p.optional_field("name"),
              "DEMAND_FIELD": p.field("births", "pop", "ipop", bad=("nosuch", "txtpop", "name", "")),
              "POPULATION_FIELD": p.optional_field("pop"), "ALLIANCE_FIELD": p.optional_field("alli"),
              "OBJECTIVE": p.choice([0, 0, 1, 2, 3], [7, "x"]),
              "SITES_PER_ALLIANCE": p.choice([None, 1, 1, 2, 3], [0, -1, NAN, INF, "abc", 1e6, 2.5]),
              "STANDARD_DISTANCE": p.choice([None, 0, 2, 30, 300], [NAN, INF, -1, "abc", 1e308]),
              "TIME_LIMIT": p.choice([1, 2, 3], [0, 0.001, NAN, INF, -1, "abc"])}
    if draw(st.integers(0, 2)) == 0:
        layers["candidates"] = draw(point_layers(units))
        params["CANDIDATES"] = {"$layer": "candidates"}
        params["CANDIDATE_FILTER"] = p.choice([None, None, "\"cap\" > 1", "\"cls\""],
                                              ["NULL", "\"nosuch\" = 1", "\"cap\" >> 1", "1/0", "false"])
        params["CANDIDATE_NAME_FIELD"] = p.choice([None, "cls"], ["nosuch"])
    else:
        params["CANDIDATE_FILTER"] = p.expression()  # evaluated on the units
    if draw(st.booleans()):
        layers["existing"] = draw(point_layers(units))
        params["EXISTING"] = {"$layer": "existing"}
        params["EXISTING_FILTER"] = p.choice([None, None, "\"cap\" > 1"], ["NULL", "\"nosuch\" = 1", "1/0"])
        params["EXISTING_NAME_FIELD"] = p.choice([None, "cls"], ["nosuch", "cap"])
    elif sometimes(draw, p.noise):
        params["EXISTING_FILTER"] = "\"cap\" > 1"  # a filter without its layer
    if draw(st.integers(0, 4)) == 0:
        layers["network"] = draw(line_layers(units))
        params["NETWORK"] = {"$layer": "network"}
        params["SPEED_FIELD"] = p.choice([None, "speed"], ["nosuch"])
        params["DEFAULT_SPEED"] = p.choice([None, 50, 30], [0.05, NAN, 0, -3])
        params["STANDARD_TIME"] = p.choice([None, 0, 15, 60], [NAN, -1, INF])
    outputs = ["OUTPUT_SITES", "OUTPUT"] + (["OUTPUT_LINES"] if draw(st.booleans()) else [])
    return _case("F", layers, params, p, outputs)


CASES: Dict[str, object] = {"D": decline_cases(), "A": alliance_cases(), "S": gap_cases(), "R": report_cases(),
                            "P": projection_cases(), "F": siting_cases()}


def describe(case: dict) -> str:
    """A short reproducer line for a report: the algorithm, the layer in brief, the parameters."""
    units = case["layers"].get("units", {})
    kinds: List[str] = []
    for wkt, _attrs in units.get("features", []):
        kinds.append("NULL" if wkt is None else wkt.split("(")[0].strip() or "?")
    params = {k: v for k, v in case["params"].items() if k not in ("INPUT",)}
    return f"{case['alg']} on {len(kinds)} units ({units.get('crs') or 'no CRS'}, {units.get('provider')}): {params}"
