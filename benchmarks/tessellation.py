"""Synthetic tessellations for the scale benchmark (issue 7).

``make_tessellation(n)`` writes (or reuses) ``benchmarks/.cache/tess-<shape>-<n>-s<seed>-v<V>.gpkg``
with two layers in EPSG:5179:

* ``units``: exactly ``n`` polygons forming one roundish, gap-free "country" — regular
  hexagons (default) or Voronoi cells of jittered seeds (GEOS ``QgsGeometry.voronoiDiagram``).
  Each unit has ``unit_km2`` km² (default 25, the scale of Korean eup/myeon/dong). Fields:
  ``code`` (text id), ``name``, ``pop`` (2025), ``pop_2015``, ``pop65``, ``f20_39``,
  ``births``, ``doctors_obgyn`` (a per-unit count), ``hub`` (1 for the city cores).
* ``facilities``: one point per ~50 units (at least 5), 60 % scattered around the big cities,
  40 % in population-weighted random units; fields ``fid_txt``, ``cls`` (regional / local
  emergency centre / local emergency institution, in Korean as in the sample), ``beds``.

Population is skewed as for Korean cities/counties, whatever the size: a lognormal fitted to
the non-metropolitan units of the bundled sample (median ~60,000, sigma 0.9) plus a few big
cities (one per ~400 units, at least 3) whose core has 0.4–1.2 million residents and whose
neighbours are boosted with a Gaussian fall-off (capped at 1 million). So the alliance problem (2–5 members,
300,000 floor) has the same shape at every size. Ageing is higher and young women fewer in
small units; births ≈ 3.5 % of women 20–39 with noise; populations declined since 2015 in
small units and grew in big ones.

Run ``python benchmarks/tessellation.py 1000 10000 50000`` to build the files.
"""

from __future__ import annotations

import argparse
import math
import time
from pathlib import Path

import numpy as np

try:  # as a module of the benchmark scripts or as a script
    from . import _qgis  # type: ignore
except ImportError:  # pragma: no cover
    import _qgis  # type: ignore

VERSION = 2
CRS = "EPSG:5179"
#: centre of the synthetic country in EPSG:5179 (roughly the centre of South Korea)
CENTRE = (1_000_000.0, 1_850_000.0)
FACILITY_CLASSES = ("권역응급의료센터", "지역응급의료센터", "지역응급의료기관")
FACILITY_SHARES = (0.1, 0.3, 0.6)


def cache_path(n: int, shape: str = "hex", seed: int = 1, unit_km2: float = 25.0) -> Path:
    size = "" if unit_km2 == 25.0 else f"-a{unit_km2:g}"
    return _qgis.CACHE / f"tess-{shape}-{n}{size}-s{seed}-v{VERSION}.gpkg"


def units_uri(path: Path) -> str:
    return f"{path}|layername=units"


def facilities_uri(path: Path) -> str:
    return f"{path}|layername=facilities"


# -- geometry ---------------------------------------------------------------------------------

def _hex_centres(count: int, spacing: float) -> np.ndarray:
    """Centres of a pointy-top hexagon grid, the ``count`` nearest the origin, in a stable order."""
    rows = int(math.ceil(math.sqrt(count * 1.3))) + 4
    dy = spacing * math.sqrt(3) / 2.0
    pts = []
    for r in range(-rows, rows + 1):
        offset = spacing / 2.0 if r % 2 else 0.0
        for c in range(-rows, rows + 1):
            pts.append((c * spacing + offset, r * dy))
    pts = np.array(pts)
    d = np.hypot(pts[:, 0], pts[:, 1])
    order = np.lexsort((pts[:, 0], pts[:, 1], np.round(d, 6)))
    return pts[order[:count]]


def _hexagons(n: int, unit_km2: float):
    """n regular hexagons (pointy top) sharing edges exactly; centres and WKT rings."""
    from qgis.core import QgsGeometry, QgsPointXY

    area = unit_km2 * 1e6
    radius = math.sqrt(2.0 * area / (3.0 * math.sqrt(3.0)))  # circumradius
    spacing = math.sqrt(3.0) * radius  # centre-to-centre along a row
    centres = _hex_centres(n, spacing)
    # vertices snapped to the decimetre so that neighbours share identical coordinates
    angles = np.radians(np.arange(6) * 60.0 + 30.0)
    geoms = []
    for x, y in centres:
        ring = [QgsPointXY(round(CENTRE[0] + x + radius * math.cos(a), 1),
                           round(CENTRE[1] + y + radius * math.sin(a), 1)) for a in angles]
        ring.append(ring[0])
        geoms.append(QgsGeometry.fromPolygonXY([ring]))
    return centres + np.array(CENTRE), geoms


def _voronoi(n: int, unit_km2: float, rng: np.random.Generator):
    """n Voronoi cells (GEOS) of jittered hexagonal seeds; an outer ring of seeds bounds them."""
    from qgis.core import QgsGeometry, QgsPointXY, QgsSpatialIndex, QgsFeature

    area = unit_km2 * 1e6
    spacing = math.sqrt(2.0 * area / math.sqrt(3.0))  # hex lattice spacing with that cell area
    ring_extra = int(4 * math.sqrt(n)) + 50
    seeds = _hex_centres(n + ring_extra, spacing)
    seeds = seeds + rng.uniform(-0.35, 0.35, seeds.shape) * spacing
    seeds = seeds + np.array(CENTRE)
    multipoint = QgsGeometry.fromMultiPointXY([QgsPointXY(float(x), float(y)) for x, y in seeds])
    cells = multipoint.voronoiDiagram(QgsGeometry(), 0.0, False)
    parts = [QgsGeometry(p.clone()) for p in cells.constGet()] if cells.isMultipart() else [cells]
    index = QgsSpatialIndex()
    for i, (x, y) in enumerate(seeds[:n]):
        f = QgsFeature(i)
        f.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(float(x), float(y))))
        index.addFeature(f)
    geoms = [None] * n
    for cell in parts:
        # the seed of a cell is the only seed inside it
        for fid in index.intersects(cell.boundingBox()):
            x, y = seeds[fid]
            if geoms[fid] is None and cell.contains(QgsPointXY(float(x), float(y))):
                geoms[fid] = cell
                break
    missing = sum(g is None for g in geoms)
    if missing:
        raise RuntimeError(f"{missing} Voronoi cells could not be matched to their seeds")
    # snap to the decimetre (cells sharing an edge then share coordinates exactly)
    geoms = [g.snappedToGrid(0.1, 0.1) for g in geoms]
    return seeds[:n], geoms


# -- attributes -------------------------------------------------------------------------------

def _population(centres: np.ndarray, spacing: float, rng: np.random.Generator):
    n = len(centres)
    pop = rng.lognormal(mean=math.log(60_000), sigma=0.9, size=n)
    n_cities = max(3, n // 400)
    cities = rng.choice(n, size=n_cities, replace=False)
    hub = np.zeros(n, dtype=int)
    boost = np.zeros(n)
    for c in cities:
        d = np.hypot(*(centres - centres[c]).T) / spacing  # in unit spacings
        boost += rng.uniform(1.0, 3.0) * np.exp(-(d ** 2) / (2 * 1.5 ** 2))
    pop = np.minimum(pop * (1.0 + boost), 1_000_000.0)
    pop[cities] = rng.uniform(400_000, 1_200_000, size=n_cities)
    hub[cities] = 1
    return np.round(pop).astype(np.int64), hub, cities


def _attributes(pop: np.ndarray, rng: np.random.Generator):
    n = len(pop)
    logp = np.log(pop)
    # ageing: ~0.40 in units of 10,000 residents, ~0.15 in cities of 1 million
    aging = np.clip(0.40 - 0.054 * (logp - math.log(10_000)) + rng.normal(0, 0.03, n), 0.10, 0.50)
    young_w = np.clip(0.16 - 0.25 * (aging - 0.14) + rng.normal(0, 0.01, n), 0.03, 0.20)
    pop65 = np.round(pop * aging).astype(np.int64)
    f20_39 = np.round(pop * young_w).astype(np.int64)
    births = np.round(f20_39 * 0.035 * rng.lognormal(0, 0.2, n)).astype(np.int64)
    growth = np.clip(0.85 + 0.03 * (logp - math.log(60_000)) + rng.normal(0, 0.05, n), 0.6, 1.4)
    pop_2015 = np.round(pop / growth).astype(np.int64)
    doctors = rng.poisson(pop / 25_000.0)
    return pop_2015, pop65, f20_39, births, doctors


def _facilities(centres, pop, cities, spacing, count, rng):
    near = int(round(count * 0.6))
    pts = []
    for i in range(near):
        c = centres[cities[i % len(cities)]]
        pts.append(c + rng.normal(0, 1.5 * spacing, 2))
    weights = pop / pop.sum()
    for u in rng.choice(len(centres), size=count - near, p=weights):
        pts.append(centres[u] + rng.uniform(-0.3, 0.3, 2) * spacing)
    classes = rng.choice(len(FACILITY_CLASSES), size=count, p=FACILITY_SHARES)
    beds = rng.integers(10, 400, size=count)
    return np.array(pts), classes, beds


# -- writing ----------------------------------------------------------------------------------

def _write(path: Path, layer_name: str, fields, wkb_type, features, overwrite_file: bool):
    from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransformContext, QgsVectorFileWriter

    from small_but_strong.compat import FAST_INSERT

    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    options.layerName = layer_name
    options.actionOnExistingFile = (QgsVectorFileWriter.ActionOnExistingFile.CreateOrOverwriteFile if overwrite_file
                                    else QgsVectorFileWriter.ActionOnExistingFile.CreateOrOverwriteLayer)
    writer = QgsVectorFileWriter.create(str(path), fields, wkb_type, QgsCoordinateReferenceSystem(CRS),
                                        QgsCoordinateTransformContext(), options)
    if writer.hasError() != QgsVectorFileWriter.WriterError.NoError:
        raise RuntimeError(writer.errorMessage())
    if not writer.addFeatures(features, FAST_INSERT):
        raise RuntimeError(writer.errorMessage())
    del writer  # flushes and closes


def make_tessellation(n: int, shape: str = "hex", seed: int = 1, unit_km2: float = 25.0,
                      force: bool = False) -> Path:
    """Write the GeoPackage for n units (unless cached) and return its path."""
    path = cache_path(n, shape, seed, unit_km2)
    if path.exists() and not force:
        return path
    _qgis.start(with_provider=False)
    from qgis.core import QgsFeature, QgsFields, QgsGeometry, QgsPointXY

    from small_but_strong.compat import (FIELD_INT, FIELD_INT64, FIELD_STRING, WKB_MULTIPOLYGON, WKB_POINT,
                                         new_field)

    rng = np.random.default_rng(seed)
    spacing = math.sqrt(2.0 * unit_km2 * 1e6 / math.sqrt(3.0))
    if shape == "hex":
        centres, geoms = _hexagons(n, unit_km2)
    elif shape == "voronoi":
        centres, geoms = _voronoi(n, unit_km2, rng)
    else:
        raise ValueError(f"unknown shape {shape!r} (hex or voronoi)")
    pop, hub, cities = _population(centres, spacing, rng)
    pop_2015, pop65, f20_39, births, doctors = _attributes(pop, rng)

    fields = QgsFields()
    for name, vtype in (("code", FIELD_STRING), ("name", FIELD_STRING), ("pop", FIELD_INT64),
                        ("pop_2015", FIELD_INT64), ("pop65", FIELD_INT64),
                        ("f20_39", FIELD_INT64), ("births", FIELD_INT64),
                        ("doctors_obgyn", FIELD_INT), ("hub", FIELD_INT)):
        fields.append(new_field(name, vtype))
    features = []
    for i in range(n):
        f = QgsFeature(fields)
        f.setGeometry(QgsGeometry(geoms[i]))
        f.setAttributes([f"U{i:06d}", f"Unit {i}", int(pop[i]), int(pop_2015[i]), int(pop65[i]),
                         int(f20_39[i]), int(births[i]), int(doctors[i]), int(hub[i])])
        features.append(f)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp.gpkg")
    if tmp.exists():
        tmp.unlink()
    _write(tmp, "units", fields, WKB_MULTIPOLYGON, features, overwrite_file=True)

    count = max(5, n // 50)
    pts, classes, beds = _facilities(centres, pop, cities, spacing, count, rng)
    ffields = QgsFields()
    for name, vtype in (("fid_txt", FIELD_STRING), ("cls", FIELD_STRING), ("beds", FIELD_INT)):
        ffields.append(new_field(name, vtype))
    facilities = []
    for i, ((x, y), c, b) in enumerate(zip(pts, classes, beds)):
        f = QgsFeature(ffields)
        f.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(float(x), float(y))))
        f.setAttributes([f"F{i:05d}", FACILITY_CLASSES[c], int(b)])
        facilities.append(f)
    _write(tmp, "facilities", ffields, WKB_POINT, facilities, overwrite_file=False)
    tmp.replace(path)
    return path


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("sizes", nargs="*", type=int, default=[1000, 10000, 50000])
    parser.add_argument("--shape", choices=("hex", "voronoi"), default="hex")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--unit-km2", type=float, default=25.0)
    parser.add_argument("--force", action="store_true", help="rebuild even when cached")
    args = parser.parse_args(argv)
    for n in args.sizes:
        t0 = time.perf_counter()
        path = make_tessellation(n, args.shape, args.seed, args.unit_km2, args.force)
        print(f"{n:>7} units  {time.perf_counter() - t0:6.1f} s  {path}")


if __name__ == "__main__":
    main()
