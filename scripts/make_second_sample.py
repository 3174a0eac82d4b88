#!/usr/bin/python3
"""Rebuild ``resources/sample/us_counties.gpkg``, the second (non-Korean) real sample.

What it is
----------
The 3,085 counties of the conterminous United States (48 states + DC) with county
population at the 1960, 1970, 1980 and 1990 censuses, median age and other census
variables: the "NAT" data set of the National Consortium on Violence Research (NCOVR),
as distributed by the GeoDa Center and bundled in PySAL.

Where it comes from
-------------------
The PyPI package ``libpysal`` **4.1.1** (source distribution ``libpysal-4.1.1.tar.gz``,
sha256 below), file ``libpysal/examples/nat/NAT.shp/.shx/.dbf``. The shapefile is inside
the package itself: later libpysal releases (4.2 on) dropped it and fetch it from the
GeoDa Center web site at run time instead, which we cannot use. 4.1.1 has no wheel on
PyPI, so ``pip download --no-binary :all:`` fetches the sdist; nothing is installed.

* Data: S. Messner, L. Anselin, D. Hawkins, G. Deane, S. Tolnay, R. Baller (2000),
  *An Atlas of the Spatial Patterning of County-Level Homicide, 1960-1990*, National
  Consortium on Violence Research (NCOVR), Pittsburgh PA; prepared by Luc Anselin
  (GeoDa Center), "data provided as is, no warranties". Census variables: U.S. Census
  Bureau decennial censuses 1960-1990 (U.S. federal statistics, public domain).
* Package licence: BSD 3-Clause, "Copyright (c) 2007-2015, PySAL Developers"
  (``LICENSE.txt`` of the sdist). The data files carry no licence of their own.

What this script does
---------------------
1. downloads (or takes with ``--sdist``) the sdist, checks its sha256, and reads the three
   shapefile parts straight out of the tarball into a temporary folder;
2. the shapefile has no ``.prj``: it is lon/lat degrees (the package's own
   ``nat.geojson`` copy declares ``urn:ogc:def:crs:OGC:1.3:CRS84``), so it is read as
   EPSG:4326 and projected to EPSG:5070 (NAD83 / Conus Albers, metres, equal-area);
3. repairs any invalid geometry with ``MakeValid`` (keeping polygon parts only) and writes
   every polygon as MultiPolygon;
4. keeps all 69 original fields with their original names, types and order, and adds
   ``AREA_KM2`` (area in the equal-area CRS);
5. writes one layer ``counties`` with the title, the sources and the licences in
   ``gpkg_contents`` (identifier / description) and in the layer metadata (GDAL items
   ``DESCRIPTION``, ``ATTRIBUTION``, ``LICENSE``, ``SOURCE``, ``QUIRKS``) and as a QGIS
   metadata record (title, abstract, rights, licences, history), so a report can print them;
6. simplifies (topology-preserving, ``--simplify`` metres) only when asked: the unsimplified
   file is already small enough (3.98 MB), so the default is no simplification.

There are no facility (hospital) points in this data set.

Usage (not run by tests or CI)::

    /usr/bin/python3 scripts/make_second_sample.py               # download with pip
    /usr/bin/python3 scripts/make_second_sample.py --sdist /path/libpysal-4.1.1.tar.gz
"""

from __future__ import annotations

import argparse
import hashlib
import sqlite3
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path
from xml.sax.saxutils import escape

from osgeo import gdal, ogr, osr

ogr.UseExceptions()
osr.UseExceptions()
gdal.UseExceptions()

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "resources" / "sample" / "us_counties.gpkg"

PACKAGE = "libpysal"
VERSION = "4.1.1"
SDIST = f"{PACKAGE}-{VERSION}.tar.gz"
SDIST_SHA256 = "10e13d8ba8f74781b2c0b600d3429a9d3943cdb655089a676742a9bb935bacff"
MEMBER_DIR = f"{PACKAGE}-{VERSION}/libpysal/examples/nat"
PARTS = ("NAT.shp", "NAT.shx", "NAT.dbf")

LAYER = "counties"
SOURCE_EPSG = 4326   # lon/lat; the package states CRS84 (same axis order as GIS tools use)
TARGET_EPSG = 5070   # NAD83 / Conus Albers, metres, equal area

TITLE = ("US counties, lower 48 + DC (3,085), census 1960-1990: population, median age "
         "and socio-economic variables (NCOVR / GeoDa, via PySAL libpysal 4.1.1)")
ATTRIBUTION = ("US counties 1960-1990: NCOVR (Messner et al. 2000) / GeoDa Center; census data "
               "U.S. Census Bureau; via PySAL libpysal 4.1.1 (BSD-3-Clause)")
LICENSE = ("Distributed in the PyPI package libpysal 4.1.1 under the BSD 3-Clause licence "
           "(Copyright (c) 2007-2015, PySAL Developers). The data have no licence of their own; "
           "the GeoDa Center provides them 'as is, no warranties'. The census figures are U.S. "
           "federal statistics (public domain).")
SOURCE = ("PyPI libpysal 4.1.1 sdist, libpysal/examples/nat/NAT.shp (sha256 of the sdist "
          f"{SDIST_SHA256}). Original: S. Messner, L. Anselin, D. Hawkins, G. Deane, S. Tolnay, "
          "R. Baller (2000). An Atlas of the Spatial Patterning of County-Level Homicide, "
          "1960-1990. Pittsburgh, PA: National Consortium on Violence Research (NCOVR). "
          "Reference: Baller, Anselin, Messner, Deane, Hawkins (2001), Criminology 39, 561-590.")
PROCESSING = (f"Read as EPSG:{SOURCE_EPSG} (the shapefile has no .prj; the package's nat.geojson "
              f"declares CRS84), projected to EPSG:{TARGET_EPSG}; invalid geometries repaired with "
              "MakeValid; all 69 original fields kept; AREA_KM2 added (equal-area CRS).")
FIELDS_NOTE = ("NAME county, STATE_NAME, FIPS 5-digit id (text), PO60..PO90 census population, "
               "MA60..MA90 median age, HR homicide rate per 100,000, HC homicide count (3-year "
               "mean), RD resource deprivation and PS population structure (principal components), "
               "UE unemployment %, DV % males over 14 divorced, POL log population, DNL log density, "
               "MFIL log median family income, FP % families in poverty, BLK % black, GI Gini, "
               "FH % female-headed households, SOUTH dummy; years 59/60, 69/70, 79/80, 89/90.")
QUIRKS = ("Units are kept stable over 1960-1990, so some polygons merge several of today's "
          "counties under one member's name and FIPS: 36005 'Bronx' = all of New York City; 51710 "
          "'Norfolk' = Norfolk + Chesapeake + Portsmouth + Virginia Beach; 04012 'La Paz' = La Paz + "
          "Yuma; 35006 'Cibola' = Cibola + Valencia; 55083 'Oconto' = Oconto + Shawano + Menominee; "
          "30031 'Gallatin' = Gallatin + Park (+ Yellowstone NP); 13 Virginia independent cities are "
          "inside their counties. Dade FL keeps the old FIPS 12025 (today 12086). The island counties "
          "Nantucket, Dukes (MA) and San Juan (WA) are absent. NAME is not unique (use FIPS); the "
          "source spells 'Falls Chruch'. No missing values; no facility points in this data set.")
DESCRIPTION = f"{TITLE}. Attribution: {ATTRIBUTION}. Licence: {LICENSE} Source: {SOURCE} Processing: {PROCESSING} Quirks: {QUIRKS}"


def sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def fetch_sdist(pip: list, folder: Path) -> Path:
    """``pip download`` the sdist (no dependencies, nothing installed)."""
    cmd = pip + ["download", "--no-deps", "--no-binary", ":all:", f"{PACKAGE}=={VERSION}", "-d", str(folder)]
    print("+", " ".join(cmd), flush=True)
    subprocess.run(cmd, check=True)
    return folder / SDIST


def extract(sdist: Path, folder: Path) -> Path:
    """The three shapefile parts (and the package's README/LICENSE) out of the tarball."""
    with tarfile.open(sdist, "r:gz") as tar:
        for name in PARTS + ("README.md",):
            member = tar.getmember(f"{MEMBER_DIR}/{name}")
            (folder / name).write_bytes(tar.extractfile(member).read())
        licence = tar.extractfile(tar.getmember(f"{PACKAGE}-{VERSION}/LICENSE.txt")).read().decode()
    assert "BSD" in licence or "Redistribution and use" in licence, "unexpected LICENSE.txt"
    return folder / "NAT.shp"


def polygons_only(geom: ogr.Geometry) -> ogr.Geometry:
    """A MultiPolygon made of the polygon parts of ``geom`` (MakeValid may return a collection)."""
    out = ogr.Geometry(ogr.wkbMultiPolygon)
    flat = ogr.GT_Flatten(geom.GetGeometryType())
    if flat == ogr.wkbPolygon:
        out.AddGeometry(geom)
    elif flat in (ogr.wkbMultiPolygon, ogr.wkbGeometryCollection):
        for i in range(geom.GetGeometryCount()):
            part = geom.GetGeometryRef(i)
            if ogr.GT_Flatten(part.GetGeometryType()) in (ogr.wkbPolygon, ogr.wkbMultiPolygon):
                sub = polygons_only(part)
                for j in range(sub.GetGeometryCount()):
                    out.AddGeometry(sub.GetGeometryRef(j))
    return out


def qgis_metadata_xml() -> str:
    """Layer metadata in QGIS's own XML (what QGIS writes to gpkg_metadata and reads back on
    load: title, abstract, rights, licences, history show in Layer Properties > Metadata)."""
    def tag(name, text):
        return f"  <{name}>{escape(text)}</{name}>"
    abstract = f"{TITLE}. Source: {SOURCE} Fields: {FIELDS_NOTE} Quirks: {QUIRKS}"
    lines = ["<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>", "<qgis>",
             tag("identifier", "us_counties_ncovr_1960_1990"), tag("parentidentifier", ""),
             tag("language", "en"), tag("type", "dataset"), tag("title", TITLE),
             tag("abstract", abstract),
             '  <keywords vocabulary="gmd:topicCategory">', "    <keyword>society</keyword>",
             "    <keyword>boundaries</keyword>", "  </keywords>",
             tag("history", PROCESSING), tag("fees", ""),
             tag("rights", f"Attribution: {ATTRIBUTION}"),
             tag("rights", "GeoDa Center: data provided as is, no warranties."),
             tag("license", "BSD-3-Clause (PySAL libpysal 4.1.1, Copyright (c) 2007-2015 PySAL Developers)"),
             tag("license", "U.S. Census Bureau figures: U.S. federal statistics, public domain"),
             tag("encoding", "UTF-8"),
             "  <crs>", "    <spatialrefsys>", f"      <authid>EPSG:{TARGET_EPSG}</authid>",
             "    </spatialrefsys>", "  </crs>",
             "</qgis>"]
    return "\n".join(lines) + "\n"


def add_qgis_metadata(out: Path) -> None:
    """Add the QGIS metadata record for the layer (GDAL's own items stay as well)."""
    with sqlite3.connect(str(out)) as con:
        cur = con.execute(
            "INSERT INTO gpkg_metadata (md_scope, md_standard_uri, mime_type, metadata) "
            "VALUES ('dataset', 'http://mrcc.com/qgis.dtd', 'text/xml', ?)", (qgis_metadata_xml(),))
        con.execute(
            "INSERT INTO gpkg_metadata_reference (reference_scope, table_name, column_name, "
            "row_id_value, timestamp, md_file_id, md_parent_id) VALUES ('table', ?, NULL, NULL, "
            "strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), ?, NULL)", (LAYER, cur.lastrowid))


def build(shp: Path, out: Path, simplify: float) -> dict:
    src = ogr.Open(str(shp))
    src_layer = src.GetLayer()
    src_srs = osr.SpatialReference()
    src_srs.ImportFromEPSG(SOURCE_EPSG)
    dst_srs = osr.SpatialReference()
    dst_srs.ImportFromEPSG(TARGET_EPSG)
    for srs in (src_srs, dst_srs):
        srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    transform = osr.CoordinateTransformation(src_srs, dst_srs)

    if out.exists():
        out.unlink()
    driver = ogr.GetDriverByName("GPKG")
    dst = driver.CreateDataSource(str(out))
    layer = dst.CreateLayer(LAYER, dst_srs, ogr.wkbMultiPolygon, options=[
        "GEOMETRY_NAME=geom", "FID=fid", "SPATIAL_INDEX=YES",
        f"IDENTIFIER={TITLE}", f"DESCRIPTION={DESCRIPTION}"])
    src_defn = src_layer.GetLayerDefn()
    for i in range(src_defn.GetFieldCount()):
        layer.CreateField(src_defn.GetFieldDefn(i))
    area = ogr.FieldDefn("AREA_KM2", ogr.OFTReal)
    area.SetWidth(12)
    area.SetPrecision(3)
    layer.CreateField(area)
    n_src = src_defn.GetFieldCount()

    stats = {"features": 0, "invalid_lonlat": 0, "invalid_projected": 0, "repaired": 0,
             "multipart": 0, "empty": 0}
    dst.StartTransaction()
    for feature in src_layer:
        geom = feature.GetGeometryRef().Clone()
        if not geom.IsValid():
            stats["invalid_lonlat"] += 1
        geom.Transform(transform)
        if simplify > 0:
            geom = geom.SimplifyPreserveTopology(simplify)
        if not geom.IsValid():
            stats["invalid_projected"] += 1
            geom = geom.MakeValid()
            stats["repaired"] += 1
        geom = polygons_only(geom)
        if geom.IsEmpty():
            stats["empty"] += 1
        if geom.GetGeometryCount() > 1:
            stats["multipart"] += 1
        new = ogr.Feature(layer.GetLayerDefn())
        new.SetFID(feature.GetFID() + 1)
        for i in range(n_src):
            new.SetField(i, feature.GetField(i))
        new.SetField("AREA_KM2", round(geom.GetArea() / 1e6, 3))
        new.SetGeometry(geom)
        layer.CreateFeature(new)
        stats["features"] += 1
    dst.CommitTransaction()
    # Layer metadata (gpkg_metadata, GDAL items); gpkg_contents got identifier/description above.
    layer.SetMetadata({"DESCRIPTION": DESCRIPTION, "IDENTIFIER": TITLE, "ATTRIBUTION": ATTRIBUTION,
                       "LICENSE": LICENSE, "SOURCE": SOURCE, "PROCESSING": PROCESSING,
                       "FIELDS": FIELDS_NOTE, "QUIRKS": QUIRKS})
    dst.SetMetadata({"ATTRIBUTION": ATTRIBUTION, "LICENSE": LICENSE, "SOURCE": SOURCE})
    dst = None
    add_qgis_metadata(out)
    # Compact the file (the transaction leaves free pages).
    con = ogr.Open(str(out), 1)
    con.ExecuteSQL("VACUUM")
    con = None
    stats["bytes"] = out.stat().st_size
    return stats


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sdist", type=Path, help=f"an already downloaded {SDIST}")
    parser.add_argument("--pip", default=f"{sys.executable} -m pip",
                        help="pip command used to download the sdist (default: %(default)s)")
    parser.add_argument("--out", type=Path, default=OUT, help="output GeoPackage (default: %(default)s)")
    parser.add_argument("--simplify", type=float, default=0.0,
                        help="topology-preserving simplification tolerance in metres (default: none)")
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory(prefix="sbs-nat-") as tmp:
        tmp = Path(tmp)
        sdist = args.sdist or fetch_sdist(args.pip.split(), tmp)
        digest = sha256(sdist)
        if digest != SDIST_SHA256:
            print(f"sha256 mismatch for {sdist}: {digest} (expected {SDIST_SHA256})", file=sys.stderr)
            return 1
        shp = extract(sdist, tmp)
        args.out.parent.mkdir(parents=True, exist_ok=True)
        stats = build(shp, args.out, args.simplify)
    for key, value in stats.items():
        print(f"{key}: {value}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
