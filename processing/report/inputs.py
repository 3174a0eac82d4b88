"""The report's inputs: copies of the two layers in one CRS, joined unit -> alliance and checked.

The units join their alliances by the alliance id field, else by location. Before anything is
drawn the join is checked: a unit joined to an alliance should lie inside that alliance's
outline, and the ids in the alliances' member lists (``members``) should be ids of the units
(of the units' field that holds most of them); alliances and units of two different runs are
refused, naming an example. The population printed is the field the
alliances were computed with (written into the alliances' metadata by proposealliances), or the
one given, or the field whose sums over the members equal the alliances' populations: never a
field merely named like a population.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from typing import Dict, List, Optional, Tuple

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsGeometry,
    QgsMemoryProviderUtils,
    QgsProcessingException,
    QgsSpatialIndex,
    QgsVectorLayer,
)

from ...core import schema
from ...core.report import AllianceRow, MemberRow, ReportData, derive_floor, gap_by_alliance, pick_sum_field
from ...core.fields import guess, year_of
from ..provenance import POPULATION_FIELD, metadata_of
from ..translate import tr
from ..units_io import read_features
from ..values import id_list, is_null, to_float

#: fields the report adds to its own copies of the layers
KEY, UNIT_KEY, FACTS, CHART = "sbs_key", "sbs_alliance", "sbs_facts", "sbs_chart"
#: in the units: the alliance of a chosen site that lies in the unit (SITES)
SITE_KEY = "sbs_site"
GAP_BEFORE, GAP_AFTER = "gap_before", "gap_after"
#: numeric fields that are never a head count (derived by the plugin, or shares)
NOT_COUNTS = {name for name, _ in schema.INDICATOR_FIELDS} | {
    schema.POP_RATIO, schema.COMPACTNESS_KM, schema.N_MEMBERS, schema.ALLIANCE_ID, schema.PER_10K,
    schema.PER_1K_DEMAND, schema.ACCESS_2SFCA, schema.NEAREST_KM, schema.NEAREST_MIN, schema.GAP,
    schema.ALLIANCE_GAP, schema.COVERED_BY_ALLIANCE, schema.N_FACILITIES, schema.ALLIANCE_FACILITIES,
    schema.HUB_KM, schema.MAX_HUB_KM, schema.BELOW_FLOOR_YEAR, schema.PROJ_BASE_YEAR, schema.PROJ_POP_CHANGE,
    schema.BACKTEST_APE, schema.BELOW_THRESHOLD_YEAR, schema.SITE_ID, schema.KM_BEFORE, schema.KM_AFTER,
    schema.MIN_BEFORE, schema.MIN_AFTER, schema.GAP_BEFORE, schema.GAP_AFTER}
#: the alliances' projected populations (proposealliances sums projectpopulation's pop_<year>)
PATH_FIELD = re.compile("^" + schema.PROJ_POP.replace("{year}", r"(\d{4})") + "$")
#: share of the ids in the alliances' member lists that must be ids of the units
MEMBERS_MATCH_SHARE = 0.5
#: share of units joined to an alliance but lying outside its outline above which the two layers
#: are refused as not belonging together (a few may sit on a boundary after simplification)
MISMATCH_SHARE = 0.1


def key_of(value) -> Optional[str]:
    """Alliance ids as text, so that 3, 3.0 and "3" join; NULL -> None."""
    if is_null(value) or value == "":
        return None
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value)


def quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def map_crs(alliances_src, units_src, context) -> QgsCoordinateReferenceSystem:
    """The alliances' CRS if projected, else the units', else the UTM zone of the alliances."""
    for src in (alliances_src, units_src):
        crs = src.sourceCrs()
        if crs.isValid() and not crs.isGeographic():
            return crs
    extent = alliances_src.sourceExtent() if alliances_src.featureCount() else units_src.sourceExtent()
    crs = alliances_src.sourceCrs()
    if not crs.isValid():
        return crs
    to_wgs = QgsCoordinateTransform(crs, QgsCoordinateReferenceSystem("EPSG:4326"), context.transformContext())
    extent = to_wgs.transformBoundingBox(extent)
    lon, lat = extent.center().x(), extent.center().y()
    zone = int((lon + 180) // 6) % 60 + 1
    return QgsCoordinateReferenceSystem(f"EPSG:{32600 + zone if lat >= 0 else 32700 + zone}")


def copy_layer(source, crs, context, feedback, name: str) -> QgsVectorLayer:
    """A memory copy in the map CRS: styling and extra fields never touch the input. Features
    with invalid geometry are kept (dissolved alliances often have self-touching rings)."""
    from qgis.core import QgsFeatureRequest

    request = QgsFeatureRequest()
    if crs.isValid():
        request.setDestinationCrs(crs, context.transformContext())
    layer = QgsMemoryProviderUtils.createMemoryLayer(name, source.fields(), source.wkbType(), crs)
    features = []
    dropped = []
    for feature in read_features(source, request):
        if feedback.isCanceled():
            break
        if not finite_geometry(feature.geometry()):
            dropped.append(feature)
            continue
        features.append(feature)
    if dropped:
        # a vertex beyond the pole (or off the CRS) has no place on the map: infinite coordinates
        # would hang the simplification and the drawing
        examples = ", ".join(_feature_name(f) for f in dropped[:3])
        feedback.pushWarning(tr("Parameter {0}: {1} feature(s) left out of the report, their geometry has no place "
                                "in the map CRS {2} (a vertex beyond the pole or off the CRS's area?): {3}").format(
            name.upper(), len(dropped), crs.authid() or crs.description(), examples))
    layer.dataProvider().addFeatures(features)
    layer.updateExtents()
    return layer


def finite_geometry(geometry) -> bool:
    """False for a geometry with a vertex at an infinite or undefined coordinate (an empty or
    missing geometry is kept)."""
    if geometry is None or geometry.isNull() or geometry.isEmpty():
        return True
    box = geometry.boundingBox()
    values = (box.xMinimum(), box.yMinimum(), box.xMaximum(), box.yMaximum())
    return all(math.isfinite(v) for v in values)


def _feature_name(feature) -> str:
    """A feature as a warning names it: its first text value (an id or a name), and its feature id."""
    text = next((str(v) for v in feature.attributes() if isinstance(v, str) and v.strip()), None)
    return f"{text} (#{feature.id()})" if text else f"#{feature.id()}"


@dataclass
class Fields:
    """Which fields of the two layers the report reads."""

    alliance_id: Optional[str] = None
    alliance_name: Optional[str] = None
    alliance_population: Optional[str] = None
    alliance_ratio: Optional[str] = None
    alliance_risk: Optional[str] = None
    alliance_count: Optional[str] = None
    alliance_members: Optional[str] = None
    #: (year, field) of the alliances' projected populations, oldest first
    path_fields: List[Tuple[int, str]] = field(default_factory=list)
    name: Optional[str] = None
    population: Optional[str] = None
    risk: Optional[str] = None
    gap: bool = False
    covered: bool = False
    role: bool = False
    gap_reason: bool = False
    rows: Dict[str, AllianceRow] = field(default_factory=dict)
    keys: Dict[int, str] = field(default_factory=dict)
    member_by_key: Dict[str, List[MemberRow]] = field(default_factory=dict)


def _present(fields, name: str) -> Optional[str]:
    return name if fields.lookupField(name) >= 0 else None


def alliance_fields(alliances: QgsVectorLayer) -> Fields:
    afields = alliances.fields()
    text_fields = [f.name() for f in afields if not f.isNumeric()]
    return Fields(
        alliance_id=_present(afields, schema.ALLIANCE_ID),
        alliance_name=_present(afields, schema.ALLIANCE_NAME) or (text_fields[0] if text_fields else None),
        alliance_population=_present(afields, schema.POPULATION), alliance_ratio=_present(afields, schema.POP_RATIO),
        alliance_risk=_present(afields, schema.RISK_INDEX), alliance_count=_present(afields, schema.N_MEMBERS),
        alliance_members=_present(afields, schema.MEMBERS),
        path_fields=sorted((int(m.group(1)), f.name()) for f in afields if f.isNumeric()
                           for m in [PATH_FIELD.match(f.name())] if m))


def unit_name_field(units: QgsVectorLayer, chosen: Optional[str]) -> Optional[str]:
    """The units' name field: given, else guessed (name, NAME, sigungu, GEN, 市区町村名…), else the
    first text field that the plugin did not write."""
    if chosen:
        return chosen
    names = units.fields().names()
    guessed = guess(names, "name").field
    if guessed:
        return guessed
    own = {schema.ROLE, schema.STATUS, schema.GAP_REASON, schema.VIOLATIONS, schema.MEMBERS, schema.MEMBER_NAMES}
    return next((f.name() for f in units.fields() if not f.isNumeric() and f.name() not in own), None)


def join_units(alliances: QgsVectorLayer, units: QgsVectorLayer, info: Fields, join_field: Optional[str],
               feedback) -> Dict[int, Optional[str]]:
    """unit feature id -> alliance key: by ``join_field``, else by the alliance holding a point of the unit."""
    geoms: Dict[str, QgsGeometry] = {}
    for feature in alliances.getFeatures():
        key = key_of(feature[info.alliance_id]) if info.alliance_id else None
        key = key if key is not None else f"fid{feature.id()}"
        info.keys[feature.id()] = key
        geoms[key] = feature.geometry()
    unit_alliance: Dict[int, Optional[str]] = {}
    if join_field:
        for feature in units.getFeatures():
            key = key_of(feature[join_field])
            unit_alliance[feature.id()] = key if key in geoms else None
        return unit_alliance
    index = QgsSpatialIndex()
    by_fid = {}
    for fid, key in info.keys.items():
        geom = geoms[key]
        if geom and not geom.isEmpty():
            index.addFeature(fid, geom.boundingBox())
            by_fid[fid] = key
    for feature in units.getFeatures():
        if feedback.isCanceled():
            break
        geom = feature.geometry()
        unit_alliance[feature.id()] = None
        if geom is None or geom.isEmpty():
            continue
        point = geom.pointOnSurface()
        for fid in index.intersects(point.boundingBox()):
            if geoms[by_fid[fid]].contains(point):
                unit_alliance[feature.id()] = by_fid[fid]
                break
    return unit_alliance


def check_join(alliances: QgsVectorLayer, units: QgsVectorLayer, info: Fields, unit_alliance, name_field,
               feedback) -> None:
    """Refuse alliances and units that do not belong together (two runs, two layers); warn on a few.
    An alliance whose outline is invalid (a bow-tie) cannot be judged: its units are not counted."""
    geoms = {info.keys[f.id()]: f.geometry() for f in alliances.getFeatures()}
    geoms = {k: g for k, g in geoms.items() if g is not None and not g.isEmpty() and g.isGeosValid()}
    engines = {}
    joined = outside = 0
    example = None
    for feature in units.getFeatures():
        key = unit_alliance.get(feature.id())
        geom = feature.geometry()
        if key is None or geom is None or geom.isEmpty() or key not in geoms:
            continue
        joined += 1
        point = geom.pointOnSurface()
        if key not in engines:
            engine = QgsGeometry.createGeometryEngine(geoms[key].constGet())
            engine.prepareGeometry()
            engines[key] = engine
        if engines[key].contains(point.constGet()):
            continue
        if geoms[key].distance(point) > 0.01 * max(geoms[key].boundingBox().width(), 1.0):
            outside += 1
            if example is None:
                label = str(feature[name_field]) if name_field and not is_null(feature[name_field]) else feature.id()
                distance = geoms[key].distance(point)
                example = (label, info.rows[key].name if key in info.rows else key, distance)
    if joined and outside > MISMATCH_SHARE * joined:
        raise QgsProcessingException(tr(
            "Parameters ALLIANCES and UNITS do not belong together: {0} of {1} units joined to an alliance lie "
            "outside its outline (e.g. {2}, {3:,.0f} map units from alliance {4}). Give the alliance members (or "
            "service gaps) output of the same run as the alliances.").format(
                outside, joined, example[0], example[2], example[1]))
    if outside:
        feedback.pushWarning(tr("{0} of {1} units joined to an alliance lie outside its outline (e.g. {2}): check "
                                "that ALLIANCES and UNITS come from the same run.").format(outside, joined, example[0]))


def check_members(alliances: QgsVectorLayer, units: QgsVectorLayer, info: Fields, feedback) -> None:
    """Refuse alliances whose member lists (``members``) name mostly ids that no unit has (two runs,
    two data sets); warn when a few are missing. The units' id field is the one holding most of the
    ids (the report has no id parameter: proposealliances' ID_FIELD is any field)."""
    if not info.alliance_members:
        return
    listed: Dict[str, str] = {}  # member id -> the alliance that lists it
    for feature in alliances.getFeatures():
        value = feature[info.alliance_members]
        if is_null(value):
            continue
        name = info.rows[info.keys[feature.id()]].name if feature.id() in info.keys else str(feature.id())
        for member in str(value).split(schema.MEMBER_SEPARATOR):
            key = key_of(member.strip())
            if key is not None:
                listed.setdefault(key, name)
    if not listed or units.featureCount() == 0:
        return
    values: List[set] = [set() for _ in range(units.fields().count())]
    for feature in units.getFeatures():
        for i, value in enumerate(feature.attributes()):
            key = key_of(value)
            if key is not None and key in listed:
                values[i].add(key)
    best = max(range(len(values)), key=lambda i: len(values[i])) if values else None
    found = values[best] if best is not None else set()
    missing = [key for key in listed if key not in found]
    if not missing:
        return
    examples = ", ".join(f"{key} ({listed[key]})" for key in missing[:3])
    if len(found) < MEMBERS_MATCH_SHARE * len(listed):
        raise QgsProcessingException(tr(
            "Parameters ALLIANCES and UNITS do not belong together: {0} of the {1} member ids that the alliances "
            "list in \"{2}\" are ids of no unit (e.g. {3}). Give the alliance members (or service gaps) output "
            "of the same run as the alliances.").format(len(missing), len(listed), info.alliance_members, examples))
    feedback.pushWarning(tr("{0} of the {1} member ids that the alliances list are ids of no unit (e.g. {2}): "
                            "check that ALLIANCES and UNITS come from the same run.").format(
        len(missing), len(listed), examples))


def base_year(units: QgsVectorLayer, unit_alliance) -> Optional[int]:
    """The year the projection starts from (projectpopulation's proj_base_year, the most common
    value among the alliances' members), or None."""
    if units.fields().lookupField(schema.PROJ_BASE_YEAR) < 0:
        return None
    counts: Dict[int, int] = {}
    for feature in units.getFeatures():
        if unit_alliance.get(feature.id()) is None:
            continue
        value = to_float(feature[schema.PROJ_BASE_YEAR])
        if value is not None and value.is_integer():
            counts[int(value)] = counts.get(int(value), 0) + 1
    return max(counts, key=lambda year: (counts[year], year)) if counts else None


def _path_start(units: QgsVectorLayer, unit_alliance, info: Fields) -> Optional[int]:
    """The year the alliances' population paths start from: the projection's base year, when the
    alliances' population is of that year (its field names no other year)."""
    if not info.path_fields:
        return None
    start = base_year(units, unit_alliance)
    named = year_of(info.population) if info.population else None
    return start if named is None or named == start else None


def population_field(parameters_field: Optional[str], alliances_layer: Optional[QgsVectorLayer], units: QgsVectorLayer,
                     rows: Dict[str, AllianceRow], unit_alliance, feedback) -> Optional[str]:
    """The units' population field (see the module docstring), or None with a warning."""
    if parameters_field:
        return parameters_field
    recorded = metadata_of(alliances_layer).get(POPULATION_FIELD)
    if recorded and units.fields().lookupField(recorded) >= 0:
        return recorded
    candidates = [f.name() for f in units.fields() if f.isNumeric() and f.name() not in NOT_COUNTS]
    known = {k: r.population for k, r in rows.items() if r.population}
    if candidates and known:
        sums = {name: {} for name in candidates}
        for feature in units.getFeatures():
            key = unit_alliance.get(feature.id())
            if key is None:
                continue
            for name in candidates:
                sums[name][key] = sums[name].get(key, 0.0) + (to_float(feature[name]) or 0.0)
        picked = pick_sum_field(known, sums)
        if picked:
            return picked
    feedback.pushWarning(tr("UNIT_POPULATION_FIELD: no field of the units adds up to the alliances' populations; "
                            "member populations are not shown. Name the population field."))
    return None


def collect(alliances: QgsVectorLayer, units: QgsVectorLayer, params: dict, feedback) -> tuple:
    """(ReportData, Fields): the rows of the table and charts, read once; adds the report's fields
    (the facts of the atlas pages are written later, by :func:`write_facts`)."""
    info = alliance_fields(alliances)
    ufields = units.fields()
    join_field = params["alliance_field"] if ufields.lookupField(params["alliance_field"]) >= 0 and \
        info.alliance_id else None
    info.name = unit_name_field(units, params["name_field"])
    for feature in alliances.getFeatures():
        key = key_of(feature[info.alliance_id]) if info.alliance_id else None
        key = key if key is not None else f"fid{feature.id()}"
        a = info
        info.rows[key] = AllianceRow(
            key=key, name=str(feature[a.alliance_name]) if a.alliance_name and not is_null(feature[a.alliance_name])
            else key, population=to_float(feature[a.alliance_population]) if a.alliance_population else None,
            n_members=int(feature[a.alliance_count]) if a.alliance_count and to_float(feature[a.alliance_count])
            is not None else None, pop_ratio=to_float(feature[a.alliance_ratio]) if a.alliance_ratio else None,
            risk_index=to_float(feature[a.alliance_risk]) if a.alliance_risk else None,
            path=[(year, to_float(feature[name])) for year, name in a.path_fields])
    unit_alliance = join_units(alliances, units, info, join_field, feedback)
    check_join(alliances, units, info, unit_alliance, info.name, feedback)
    check_members(alliances, units, info, feedback)
    info.population = population_field(params["population_field"], params["alliances_layer"], units, info.rows,
                                       unit_alliance, feedback)
    info.gap = ufields.lookupField(schema.GAP) >= 0
    info.covered = ufields.lookupField(schema.COVERED_BY_ALLIANCE) >= 0
    info.risk = _present(ufields, schema.RISK_INDEX)
    info.role = ufields.lookupField(schema.ROLE) >= 0
    info.gap_reason = ufields.lookupField(schema.GAP_REASON) >= 0
    members = _members(units, info, unit_alliance)
    for key, row in info.rows.items():
        ms = info.member_by_key.get(key, [])
        if row.population is None and ms:
            row.population = sum(m.population or 0.0 for m in ms)
        if row.n_members is None:
            row.n_members = len(ms)
    for key, (before, after) in (gap_by_alliance(members) if info.gap else {}).items():
        info.rows[key].gap_before, info.rows[key].gap_after = before, after
    floor = params["floor"] or derive_floor((r.population, r.pop_ratio) for r in info.rows.values()) or None
    data = ReportData(alliances=list(info.rows.values()), members=members, floor=floor, has_gap=info.gap,
                      has_risk=bool(info.alliance_risk or info.risk),
                      path_years=[year for year, _name in info.path_fields],
                      base_year=_path_start(units, unit_alliance, info))
    _add_report_fields(alliances, units, info, unit_alliance, data)
    if not info.name:
        feedback.pushWarning(tr("UNIT_NAME_FIELD: no name field found in the units; feature ids are shown."))
    feedback.pushInfo(tr("Units: names from \"{0}\", population from \"{1}\".").format(
        info.name or "$id", info.population or "–"))
    return data, info


def _members(units: QgsVectorLayer, info: Fields, unit_alliance) -> List[MemberRow]:
    members: List[MemberRow] = []
    for feature in units.getFeatures():
        key = unit_alliance.get(feature.id())
        gap = to_float(feature[schema.GAP]) if info.gap else None
        row = MemberRow(
            name=str(feature[info.name]) if info.name and not is_null(feature[info.name]) else str(feature.id()),
            alliance=key, population=to_float(feature[info.population]) if info.population else None,
            role=str(feature[schema.ROLE]) if info.role and not is_null(feature[schema.ROLE]) else None,
            risk_index=to_float(feature[info.risk]) if info.risk else None,
            gap=int(gap) if gap is not None else None,
            covered=int(to_float(feature[schema.COVERED_BY_ALLIANCE]) or 0) if info.covered else None)
        members.append(row)
        if key is not None:
            info.member_by_key.setdefault(key, []).append(row)
    return members


def _add_report_fields(alliances, units, info: Fields, unit_alliance, data: ReportData) -> None:
    """The report's own fields: join keys, gap before/after, the atlas facts and chart."""
    from ...compat import FIELD_INT, FIELD_STRING, new_field

    new = [new_field(KEY, FIELD_STRING), new_field(FACTS, FIELD_STRING), new_field(CHART, FIELD_STRING)]
    if data.has_gap:
        new += [new_field(GAP_BEFORE, FIELD_INT), new_field(GAP_AFTER, FIELD_INT)]
    new = [f for f in new if alliances.fields().lookupField(f.name()) < 0]
    alliances.dataProvider().addAttributes(new)
    alliances.updateFields()
    fields = alliances.fields()
    changes = {}
    for fid, key in info.keys.items():
        row = info.rows[key]
        values = {fields.lookupField(KEY): key}
        if data.has_gap:
            values[fields.lookupField(GAP_BEFORE)] = row.gap_before or 0
            values[fields.lookupField(GAP_AFTER)] = row.gap_after or 0
        changes[fid] = values
    alliances.dataProvider().changeAttributeValues(changes)
    units.dataProvider().addAttributes([new_field(UNIT_KEY, FIELD_STRING)])
    units.updateFields()
    uidx = units.fields().lookupField(UNIT_KEY)
    units.dataProvider().changeAttributeValues({fid: {uidx: key} for fid, key in unit_alliance.items()})


def write_facts(alliances: QgsVectorLayer, info: Fields, facts) -> None:
    """The atlas facts of every alliance (``facts(row, members)`` -> text) into its FACTS field."""
    idx = alliances.fields().lookupField(FACTS)
    alliances.dataProvider().changeAttributeValues(
        {fid: {idx: facts(info.rows[key], info.member_by_key.get(key, []))} for fid, key in info.keys.items()})


__all__ = ["collect", "write_facts", "copy_layer", "map_crs", "quote", "key_of", "id_list"]
