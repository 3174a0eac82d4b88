"""One fuzz case on the QGIS side: build its layers, run the algorithm, judge the outcome by the house rule.

A case is plain data (JSON: see ``strategies.py``), so that it can be sent to the worker process and
printed as a reproducer. The house rule, for every algorithm and every input:

* the run ends in a ``QgsProcessingException`` whose message names a parameter, a field, a unit or a
  value of the case, without a Python traceback in it, and is not the sink's "Could not write
  feature" (a writer unfit for an input unit is a defect, not a refusal); the output folder is then as it was before
  (no new file, existing files untouched); or
* it returns a result in which every per-unit output (D, S, P, F: OUTPUT; A: OUTPUT_MEMBERS) holds
  every input unit exactly once (by the hidden ``fuzz_key`` field), with a status (A) or a gap flag
  (S); A's alliances share no member; R's PDF/PNG exist and are PDF/PNG; P writes a projected
  population field per target year and one base year for all units; F's units name a facility
  type (new, existing or none), gap flags 0/1/NULL, and the site ids of the chosen sites, of
  which there are SITES (F's OUTPUT_LINES has a line per unit with a facility only: not per unit);
* a cancelled run returns nothing (or a complete result) and leaves the folder as it was;
* never another exception type. After the case a small canary run proves that QGIS still works
  (a crash of the *next* run is how defects 1 and 2 of issue 14 showed).

:func:`run_case` returns a verdict dict: ``ok``, ``outcome`` (result, refused, canceled, skipped),
``problems`` (what broke the rule), ``message``, ``warnings``, ``seconds``.
"""

from __future__ import annotations

import hashlib
import math
import os
import re
import shutil
import time
import traceback
from pathlib import Path
from typing import Any, Dict, List, Optional

import processing
from qgis.core import (
    QgsApplication,
    QgsFeature,
    QgsGeometry,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsVectorLayer,
)

ALGORITHMS = {"D": "smallbutstrong:declineindicators", "A": "smallbutstrong:proposealliances",
              "S": "smallbutstrong:servicegaps", "R": "smallbutstrong:exportreport",
              "P": "smallbutstrong:projectpopulation", "F": "smallbutstrong:sitefacilities"}
PER_UNIT = {"D": "OUTPUT", "A": "OUTPUT_MEMBERS", "S": "OUTPUT", "P": "OUTPUT", "F": "OUTPUT"}
KEY = "fuzz_key"
QGIS_TYPES = {"string": "string", "integer": "integer", "double": "double"}


class Feedback(QgsProcessingFeedback):
    """Keeps warnings; cancels at the first progress report at or above ``cancel_at`` per cent."""

    def __init__(self, cancel_at: Optional[float] = None):
        super().__init__()
        self.cancel_at = cancel_at
        self.warnings: List[str] = []

    def pushWarning(self, text):  # noqa: N802
        self.warnings.append(text)
        super().pushWarning(text)

    def reportError(self, text, fatalError=False):  # noqa: N802,N803
        self.warnings.append(text)
        super().reportError(text, fatalError)

    def setProgress(self, progress):  # noqa: N802
        super().setProgress(progress)
        if self.cancel_at is not None and progress >= self.cancel_at and not self.isCanceled():
            self.cancel()


# ------------------------------------------------------------------------------ layers

def _memory_layer(spec: dict, name: str) -> Optional[QgsVectorLayer]:
    fields = "".join(f"&field={f}:{QGIS_TYPES[t]}" for f, t in spec["fields"])
    layer = QgsVectorLayer(f"{spec['geometry']}?crs={spec.get('crs') or ''}{fields}", name, "memory")
    features = []
    for wkt, attrs in spec["features"]:
        feature = QgsFeature(layer.fields())
        if wkt is not None:
            feature.setGeometry(QgsGeometry.fromWkt(wkt))
        feature.setAttributes(list(attrs))
        features.append(feature)
    ok, _ = layer.dataProvider().addFeatures(features)
    if not ok or layer.featureCount() != len(features):
        return None  # a geometry the memory provider refuses (a collection in a polygon layer)
    layer.updateExtents()
    return layer


def _gpkg_layer(spec: dict, name: str, folder: Path) -> QgsVectorLayer:
    """Written by OGR itself, which stores what QGIS's writers refuse (collections, mixed types)."""
    from osgeo import ogr, osr

    path = folder / f"{name}.gpkg"
    dataset = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    srs = None
    if spec.get("crs"):
        srs = osr.SpatialReference()
        srs.SetFromUserInput(spec["crs"])
        srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    kinds = {"MultiPolygon": ogr.wkbMultiPolygon, "Polygon": ogr.wkbPolygon, "Point": ogr.wkbPoint,
             "MultiPoint": ogr.wkbMultiPoint, "LineString": ogr.wkbLineString,
             "MultiLineString": ogr.wkbMultiLineString, "None": ogr.wkbNone}
    out = dataset.CreateLayer(name, srs, kinds[spec["geometry"]])
    ogr_types = {"string": ogr.OFTString, "integer": ogr.OFTInteger64, "double": ogr.OFTReal}
    for field_name, kind in spec["fields"]:
        out.CreateField(ogr.FieldDefn(field_name, ogr_types[kind]))
    for wkt, attrs in spec["features"]:
        feature = ogr.Feature(out.GetLayerDefn())
        for k, value in enumerate(attrs):
            if value is not None:
                feature.SetField(k, value)
        if wkt is not None:
            geometry = ogr.CreateGeometryFromWkt(wkt)
            if geometry is not None:
                feature.SetGeometry(geometry)
        out.CreateFeature(feature)
    dataset = None
    layer = QgsVectorLayer(f"{path}|layername={name}", name, "ogr")
    assert layer.isValid(), path
    return layer


def build_layer(spec: dict, name: str, folder: Path) -> QgsVectorLayer:
    """The layer of ``spec`` with the hidden ``fuzz_key`` (0, 1, …) as its last field."""
    spec = dict(spec, fields=list(spec["fields"]) + [[KEY, "integer"]],
                features=[[wkt, list(attrs) + [k]] for k, (wkt, attrs) in enumerate(spec["features"])])
    layer = None
    if spec.get("provider", "memory") == "memory" and spec["geometry"] != "None":
        layer = _memory_layer(spec, name)
    return layer if layer is not None else _gpkg_layer(spec, name, folder)


# ------------------------------------------------------------------------------ parameters and files

def _resolve(value: Any, layers: Dict[str, Any], out: Path) -> Any:
    """Markers of the case replaced: {"$layer": name}, {"$path": file}, {"$ogr": [file, table]},
    {"$dir": name}, {"$under_file": name}; lists element by element."""
    if isinstance(value, list):
        return [_resolve(v, layers, out) for v in value]
    if not isinstance(value, dict):
        return value
    if "$layer" in value:
        return layers[value["$layer"]]
    if "$path" in value:
        return str(out / value["$path"])
    if "$ogr" in value:
        database, table = value["$ogr"]
        return f"ogr:dbname='{out / database}' table=\"{table}\" (geom)"
    if "$dir" in value:
        return str(out / value["$dir"])
    if "$under_file" in value:
        return str(out / "a_file" / value["$under_file"])
    raise ValueError(f"unknown marker {value}")


def _setup(case: dict, layers: Dict[str, Any], out: Path) -> None:
    """Files the run finds in its output folder: a regular file, folders, an old output to replace."""
    (out / "a_file").write_text("not a folder")
    for name in case.get("dirs", []):
        (out / name).mkdir(exist_ok=True)
    for name in case.get("existing", []):  # an earlier output of the same name (to be replaced, or kept)
        if name.endswith((".pdf", ".png")):
            (out / name).write_bytes(b"old report")
        else:
            old = QgsVectorLayer("Polygon?crs=EPSG:5179&field=old:string", "old", "memory")
            feature = QgsFeature(old.fields())
            feature.setGeometry(QgsGeometry.fromWkt("POLYGON((0 0,1 0,1 1,0 1,0 0))"))
            feature.setAttributes(["old"])
            old.dataProvider().addFeatures([feature])
            processing.run("native:savefeatures", {"INPUT": old, "OUTPUT": str(out / name)})


def _snapshot(folder: Path) -> Dict[str, str]:
    out = {}
    for path in sorted(folder.rglob("*")):
        if path.is_file():
            out[str(path.relative_to(folder))] = hashlib.sha1(path.read_bytes()).hexdigest()
        elif path.is_dir():
            out[str(path.relative_to(folder)) + "/"] = "dir"
    return out


# ------------------------------------------------------------------------------ judging

def _names(alg_id: str, layers: Dict[str, Any], case: dict) -> List[str]:
    """What a refusal may name: the algorithm's parameters, the layers' fields, the units' ids and
    the case's own values."""
    algorithm = QgsApplication.processingRegistry().algorithmById(alg_id)
    names = [p.name() for p in algorithm.parameterDefinitions()] if algorithm is not None else []
    for layer in layers.values():
        if isinstance(layer, QgsVectorLayer):
            names += [f.name() for f in layer.fields() if f.name() != KEY]
    for spec in case.get("layers", {}).values():
        for _wkt, attrs in spec["features"]:
            names += [str(a) for a in attrs[:1] if a not in (None, "")]
    names += [str(v) for v in case.get("params", {}).values() if isinstance(v, (str, int, float)) and str(v)]
    return [n for n in names if len(n) >= 2]


def _as_layer(value: Any) -> Optional[QgsVectorLayer]:
    if isinstance(value, QgsVectorLayer):
        return value
    if isinstance(value, str) and value:
        layer = QgsVectorLayer(value, "out", "ogr")
        return layer if layer.isValid() else None
    return None


def _plain(value):
    return None if value is None or (hasattr(value, "isNull") and value.isNull()) else value


def _check_result(code: str, result: dict, layers: Dict[str, Any], params: dict) -> List[str]:
    problems = []
    if code in PER_UNIT:
        name = PER_UNIT[code]
        out = _as_layer(result.get(name))
        if out is None:
            return [f"{name}: no readable layer in the result ({result.get(name)!r})"]
        expected = sorted(f[KEY] for f in layers["units"].getFeatures())
        idx = out.fields().lookupField(KEY)
        if idx < 0:
            return [f"{name}: the output lost the input's fields ({out.fields().names()})"]
        got = sorted(f.attributes()[idx] for f in out.getFeatures())
        if got != expected:
            missing = sorted(set(expected) - set(got))
            repeated = sorted(k for k in set(got) if got.count(k) > 1)
            problems.append(f"{name}: {len(got)} units for {len(expected)} input units "
                            f"(missing keys {missing[:10]}, repeated {repeated[:10]})")
        for feature in out.getFeatures():
            if code == "A" and not _plain(feature["status"]):
                problems.append(f"{name}: unit with key {feature[KEY]} has no status")
                break
            if code == "S" and feature["gap"] not in (0, 1):
                problems.append(f"{name}: unit with key {feature[KEY]} has gap {feature['gap']!r}")
                break
    if code == "A":
        alliances = _as_layer(result.get("OUTPUT"))
        if alliances is None:
            problems.append("OUTPUT: no readable alliances layer")
        else:
            seen: Dict[str, int] = {}
            for feature in alliances.getFeatures():
                for member in (_plain(feature["members"]) or "").split(","):
                    seen[member] = seen.get(member, 0) + 1
            twice = sorted(m for m, n in seen.items() if n > 1 and m)
            if twice:
                problems.append(f"OUTPUT: units in two alliances: {twice[:10]}")
    if code == "P":
        problems += _check_projection(result, params)
    if code == "F":
        problems += _check_siting(result)
    if code == "R":
        if not result.get("PAGES") or result["PAGES"] < 1:
            problems.append(f"PAGES is {result.get('PAGES')!r}")
        for name, magic in (("OUTPUT_PDF", b"%PDF-"), ("OUTPUT_IMAGE", b"\x89PNG")):
            path = params.get(name)
            if path:
                if not os.path.isfile(path):
                    problems.append(f"{name}: {path} was not written")
                elif not Path(path).read_bytes().startswith(magic):
                    problems.append(f"{name}: {path} is not a {magic!r} file")
    for name, value in result.items():  # a file output that the result names must be there
        if isinstance(value, str) and (value.endswith((".gpkg", ".shp", ".pdf", ".png")) or "|layername=" in value):
            path = value.split("|")[0]
            if not os.path.exists(path):
                problems.append(f"{name}: {path} is in the result but not on disk")
    return problems


def _field_name(layer: QgsVectorLayer, name: str) -> Optional[str]:
    """``name`` in ``layer``, or its first ten characters (a shapefile's .dbf truncates the names)."""
    names = layer.fields().names()
    return name if name in names else name[:10] if name[:10] in names else None


def _target_years(text) -> List[int]:
    return [int(float(t)) for t in re.split(r"[,;\s]+", str(text or "").strip()) if t]


def _check_projection(result: dict, params: dict) -> List[str]:
    out = _as_layer(result.get("OUTPUT"))
    if out is None or not out.featureCount():
        return []
    problems = []
    names = out.fields().names()
    for year in _target_years(params.get("TARGET_YEARS", "2030,2040,2050")):
        if f"pop_{year}" not in names:
            problems.append(f"OUTPUT: no field pop_{year} for the target year {year} ({names[-12:]})")
    base = _field_name(out, "proj_base_year")
    if base is None:
        return problems + [f"OUTPUT: no field proj_base_year ({names[-12:]})"]
    base_years = {_plain(f[base]) for f in out.getFeatures()}
    if len(base_years) != 1 or None in base_years:
        problems.append(f"OUTPUT: the units have the base years {sorted(map(str, base_years))}, not one")
    for name in ("UNITS_BELOW_THRESHOLD", "UNITS_HALVING"):
        value = result.get(name)
        if value is not None and not (0 <= value <= out.featureCount()):
            problems.append(f"{name} is {value!r} for {out.featureCount()} units")
    return problems


def _check_siting(result: dict) -> List[str]:
    problems = []
    units, sites = _as_layer(result.get("OUTPUT")), _as_layer(result.get("OUTPUT_SITES"))
    if sites is None:
        return ["OUTPUT_SITES: no readable layer of sites"]
    site_ids = [_plain(f["site_id"]) for f in sites.getFeatures()]
    if len(set(site_ids)) != len(site_ids) or None in site_ids:
        problems.append(f"OUTPUT_SITES: site ids {site_ids[:20]} are not unique")
    if result.get("SITES") is not None and result["SITES"] != len(site_ids):
        problems.append(f"SITES is {result['SITES']!r} but OUTPUT_SITES holds {len(site_ids)} sites")
    if units is None:
        return problems
    field = {name: _field_name(units, name) for name in ("facility_type", "site_id", "gap_before", "gap_after",
                                                          "km_before", "km_after")}
    if None in field.values():
        return problems + [f"OUTPUT: fields {sorted(k for k, v in field.items() if v is None)} are missing"]
    for feature in units.getFeatures():
        kind, site = _plain(feature[field["facility_type"]]), _plain(feature[field["site_id"]])
        where = f"OUTPUT: unit with key {feature[KEY]}"
        if kind not in (None, "new", "existing"):
            problems.append(f"{where} has the facility type {kind!r}")
        elif (kind == "new") != (site is not None) or (site is not None and site not in site_ids):
            problems.append(f"{where} has the facility type {kind!r} and the site id {site!r} (sites {site_ids[:20]})")
        for name in ("gap_before", "gap_after"):
            if _plain(feature[field[name]]) not in (None, 0, 1):
                problems.append(f"{where} has {name} {feature[field[name]]!r}")
        for name in ("km_before", "km_after"):
            value = _plain(feature[field[name]])
            if value is not None and not (value >= 0 and math.isfinite(value)):
                problems.append(f"{where} has {name} {value!r}")
        if problems:
            break
    return problems


def _refusal_problems(message: str, names: List[str]) -> List[str]:
    if "Traceback" in message:
        return ["a Python error surfaced as the message: " + message.strip().splitlines()[-1][:300]]
    if "Could not write feature" in message:  # the sink's own failure: an input unit the writer was not fit for
        return ["a unit could not be written (a refusal names what is wrong with the input): " + message[:300]]
    if not any(re.search(r"(?<![A-Za-z0-9_])" + re.escape(name) + r"(?![A-Za-z0-9_])", message) for name in names):
        return ["the message names no parameter, field, unit or value: " + message[:300]]
    return []


# ------------------------------------------------------------------------------ the case

def _prepare_report_inputs(case: dict, layers: Dict[str, Any], out: Path) -> Optional[str]:
    """R: the alliances and members of a proposealliances run (optionally of a second one)."""
    prepare = case.get("prepare")
    if not prepare:
        return None
    params = dict(prepare["params"], INPUT=layers["units"], OUTPUT="memory:", OUTPUT_MEMBERS="memory:")
    try:
        first = processing.run(ALGORITHMS["A"], params, feedback=QgsProcessingFeedback())
    except QgsProcessingException as err:
        return f"the alliances to report could not be made: {err}"
    layers["alliances"], layers["members"] = first["OUTPUT"], first["OUTPUT_MEMBERS"]
    if prepare.get("other_params"):  # alliances of one run, units of another
        try:
            second = processing.run(ALGORITHMS["A"], dict(params, **prepare["other_params"]),
                                    feedback=QgsProcessingFeedback())
        except QgsProcessingException as err:
            return f"the second run could not be made: {err}"
        layers["members"] = second["OUTPUT_MEMBERS"]
    return None


def run_case(case: dict, workdir: Path) -> dict:
    """Build, run and judge one case in ``workdir`` (created and removed here)."""
    started = time.perf_counter()
    verdict = dict(ok=True, outcome="", problems=[], message="", warnings=[], seconds=0.0)
    workdir = Path(workdir)
    inputs, out = workdir / "inputs", workdir / "out"
    inputs.mkdir(parents=True, exist_ok=True)
    out.mkdir(parents=True, exist_ok=True)
    layers: Dict[str, Any] = {}
    try:
        for name, spec in case.get("layers", {}).items():
            layers[name] = build_layer(spec, name, inputs)
        skipped = _prepare_report_inputs(case, layers, out)
        if skipped:
            verdict.update(outcome="skipped", message=skipped)
            return verdict
        _setup(case, layers, out)
        before = _snapshot(out)
        params = {k: _resolve(v, layers, out) for k, v in case.get("params", {}).items()}
        alg_id = ALGORITHMS[case["alg"]]
        feedback = Feedback(case.get("cancel_at"))
        result, error = None, None
        try:
            result = processing.run(alg_id, params, feedback=feedback)
        except QgsProcessingException as err:
            error = str(err)
        except Exception as err:  # noqa: BLE001  (the rule: never another exception type)
            verdict["problems"].append(f"raised {type(err).__name__}: {err}\n{traceback.format_exc()[-1500:]}")
            error = str(err)
        verdict["warnings"] = feedback.warnings[:20]
        canceled = feedback.isCanceled()
        if error is not None:
            verdict.update(outcome="canceled" if canceled else "refused", message=error[:2000])
            if not canceled:
                verdict["problems"] += _refusal_problems(error, _names(alg_id, layers, case))
        elif not result or (case["alg"] in PER_UNIT and PER_UNIT[case["alg"]] not in result) or \
                (case["alg"] == "R" and "PAGES" not in result):
            verdict["outcome"] = "canceled" if canceled else "result"
            if not canceled:
                verdict["problems"].append(f"no result and no exception: {result!r}")
        else:
            verdict["outcome"] = "result"
            verdict["problems"] += _check_result(case["alg"], result, layers, params)
        if verdict["outcome"] in ("refused", "canceled"):
            after = _snapshot(out)
            if after != before:
                changed = sorted(k for k in set(after) | set(before) if after.get(k) != before.get(k))
                verdict["problems"].append(f"a failed or canceled run changed the output folder: {changed}")
        result = None
    finally:
        layers.clear()
        shutil.rmtree(workdir, ignore_errors=True)
        verdict["seconds"] = round(time.perf_counter() - started, 3)
    verdict["ok"] = not verdict["problems"]
    return verdict


def canary() -> Optional[str]:
    """A small run after each case: None when QGIS still works, else what went wrong."""
    layer = QgsVectorLayer("Polygon?crs=EPSG:5179&field=id:string&field=pop:double", "canary", "memory")
    features = []
    for n in range(2):
        feature = QgsFeature(layer.fields())
        feature.setGeometry(QgsGeometry.fromWkt(f"POLYGON(({n} 0,{n + 1} 0,{n + 1} 1,{n} 1,{n} 0))"))
        feature.setAttributes([f"c{n}", 10.0])
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    try:
        result = processing.run(ALGORITHMS["D"], {"INPUT": layer, "ID_FIELD": "id", "POPULATION_FIELD": "pop",
                                                  "OUTPUT": "memory:"}, feedback=QgsProcessingFeedback())
    except Exception as err:  # noqa: BLE001
        return f"the next run failed: {type(err).__name__}: {err}"
    if result["OUTPUT"].featureCount() != 2:
        return "the next run lost units"
    return None


def judged(case: dict, workdir: Path) -> dict:
    """:func:`run_case` then :func:`canary`, as the worker and the in-process runner do it."""
    verdict = run_case(case, workdir)
    problem = canary()
    if problem:
        verdict["problems"].append(problem)
        verdict["ok"] = False
    return verdict


__all__ = ["run_case", "canary", "judged", "build_layer", "ALGORITHMS", "KEY"]
