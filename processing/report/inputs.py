"""The report's inputs: copies of the two layers in one CRS, joined unit -> alliance and checked.

The units join their alliances by the alliance id field, else by location. Before anything is
drawn the join is checked: a unit joined to an alliance should lie inside that alliance's
outline, and the alliances' member lists should name units of the layer; alliances and units of
two different runs are refused, naming an example. The population printed is the field the
alliances were computed with (written into the alliances' metadata by proposealliances), or the
one given, or the field whose sums over the members equal the alliances' populations: never a
field merely named like a population.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Dict, List, Optional

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
from ...core.fields import guess
from ..provenance import POPULATION_FIELD, metadata_of
from ..translate import tr
from ..units_io import read_features
from ..values import id_list, is_null, to_float

#: fields the report adds to its own copies of the layers
KEY, UNIT_KEY, FACTS, CHART = "sbs_key", "sbs_alliance", "sbs_facts", "sbs_chart"
GAP_BEFORE, GAP_AFTER = "gap_before", "gap_after"
#: numeric fields that are never a head count (derived by the plugin, or shares)
NOT_COUNTS = {name for name, _ in schema.INDICATOR_FIELDS} | {
    schema.POP_RATIO, schema.COMPACTNESS_KM, schema.N_MEMBERS, schema.ALLIANCE_ID, schema.PER_10K,
    schema.PER_1K_DEMAND, schema.ACCESS_2SFCA, schema.NEAREST_KM, schema.NEAREST_MIN, schema.GAP,
    schema.ALLIANCE_GAP, schema.COVERED_BY_ALLIANCE, schema.N_FACILITIES, schema.ALLIANCE_FACILITIES}
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
    for feature in read_features(source, request):
        if feedback.isCanceled():
            break
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    layer.updateExtents()
    return layer


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
        alliance_members=_present(afields, schema.MEMBERS))


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


def collect(alliances: QgsVectorLayer, units: QgsVectorLayer, params: dict, feedback, facts) -> tuple:
    """(ReportData, Fields): the rows of the table and charts, read once; adds the report's fields."""
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
            risk_index=to_float(feature[a.alliance_risk]) if a.alliance_risk else None)
    unit_alliance = join_units(alliances, units, info, join_field, feedback)
    check_join(alliances, units, info, unit_alliance, info.name, feedback)
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
                      has_risk=bool(info.alliance_risk or info.risk))
    _add_report_fields(alliances, units, info, unit_alliance, data, facts)
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


def _add_report_fields(alliances, units, info: Fields, unit_alliance, data: ReportData, facts) -> None:
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
        values = {fields.lookupField(KEY): key,
                  fields.lookupField(FACTS): facts(row, info.member_by_key.get(key, []), data.floor, data.has_gap)}
        if data.has_gap:
            values[fields.lookupField(GAP_BEFORE)] = row.gap_before or 0
            values[fields.lookupField(GAP_AFTER)] = row.gap_after or 0
        changes[fid] = values
    alliances.dataProvider().changeAttributeValues(changes)
    units.dataProvider().addAttributes([new_field(UNIT_KEY, FIELD_STRING)])
    units.updateFields()
    uidx = units.fields().lookupField(UNIT_KEY)
    units.dataProvider().changeAttributeValues({fid: {uidx: key} for fid, key in unit_alliance.items()})


__all__ = ["collect", "copy_layer", "map_crs", "quote", "key_of", "id_list"]
