"""The chosen sites of sitefacilities (SITES) in the report: joined to the alliances, drawn on the
maps, summed into the key figures, and the siting page.

The sites join their alliances by the alliance field (the report's ALLIANCE_FIELD when the sites
have it, else the field that sitefacilities writes first, before ``site_id``), else by the
alliance that holds the site. The key figures are read from the units when they carry
sitefacilities' fields (``gap_before``/``gap_after``, ``km_before``/``km_after``): residents, and
the demand (the units' field whose sums per site equal the sites' ``demand_served``), beyond the
standard before and after the new sites, and the demand-weighted mean distance. Without those
fields, the sites' own figures (``demand_served``, ``demand_newly_covered``). The standard is
not stored by sitefacilities: it is read back from the units (see
:func:`...core.report.nice_threshold`) and named only when the data pin it down.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Dict, List, Optional, Tuple

from qgis.core import (
    QgsLayoutFrame,
    QgsLayoutItem,
    QgsLayoutItemLabel,
    QgsLayoutItemLegend,
    QgsLayoutItemMap,
    QgsLayoutItemPage,
    QgsLayoutItemPicture,
    QgsLayoutItemScaleBar,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsMarkerSymbol,
    QgsSimpleMarkerSymbolLayer,
    QgsPalLayerSettings,
    QgsProperty,
    QgsReadWriteContext,
    QgsRectangle,
    QgsSingleSymbolRenderer,
    QgsSpatialIndex,
    QgsVectorLayer,
    QgsVectorLayerSimpleLabeling,
)
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QColor, QFont
from qgis.PyQt.QtXml import QDomDocument

from ...compat import (
    FIELD_INT,
    FIELD_STRING,
    LABEL_AROUND_POINT,
    LABEL_PROPERTY_PRIORITY,
    LABEL_PROPERTY_SHOW,
    LAYOUT_MM,
    PICTURE_SVG,
    PROPERTY_FILL_COLOR,
    new_field,
    set_label_format,
)
from ...core import schema
from ...core.report import (
    ReportText,
    SiteRow,
    SitingFigures,
    format_distance,
    format_int,
    nice_threshold,
    pick_sum_field,
    siting_chart_svg,
    siting_lines,
    sort_alliances,
    standard_text,
)
from ..styles import apply_style
from ..translate import tr
from ..values import is_null, to_float
from .inputs import KEY, NOT_COUNTS, SITE_KEY, UNIT_KEY, Fields, key_of, quote
from .layout import shrink_to_box, svg_b64
from .styling import duplicate, text_format

#: fields the report adds to its copy of the sites
SITE_ALLIANCE_NAME, SITE_ORDER = "sbs_alliance_name", "sbs_order"
MILE_KM = 1.609344
#: the sites' marker: a star in a colour no other layer of the report uses, outlined in white
SITE_COLOUR = "#6a1b9a"
OTHER_SITE_COLOUR = "#9e9e9e"
#: the marker's size (mm) on the overview and siting pages, and on atlas pages
SIZE, ATLAS_SIZE = 2.8, 4.4
#: ids of the overview page's items that the siting page does not copy (its own content goes there)
DATA_ITEMS = ("chart", "summary", "table", "table_note")
#: margin of a siting page built without a template to copy (mm)
MARGIN = 12.0


@dataclass
class Siting:
    """The sites as the report uses them."""

    layer: QgsVectorLayer
    name_field: Optional[str]
    rows: List[SiteRow] = field(default_factory=list)
    by_alliance: Dict[str, List[SiteRow]] = field(default_factory=dict)
    figures: SitingFigures = field(default_factory=SitingFigures)
    #: alliance key -> (residents beyond the standard before, after), from the units
    residents: Dict[str, Tuple[float, float]] = field(default_factory=dict)
    per_km: float = 1.0
    has_newly: bool = False


def _field(layer: QgsVectorLayer, name: str) -> Optional[str]:
    return name if layer.fields().lookupField(name) >= 0 else None


def _alliance_field(sites: QgsVectorLayer, alliance_field: str) -> Optional[str]:
    names = sites.fields().names()
    if alliance_field in names:
        return alliance_field
    if schema.SITE_ID in names and names.index(schema.SITE_ID) == 1:
        return names[0]
    return None


def _join_by_location(sites: QgsVectorLayer, alliances: QgsVectorLayer, info: Fields) -> Dict[int, Optional[str]]:
    geoms = {info.keys[f.id()]: f.geometry() for f in alliances.getFeatures() if f.id() in info.keys}
    index = QgsSpatialIndex()
    by_fid = {}
    for fid, key in info.keys.items():
        geom = geoms.get(key)
        if geom is not None and not geom.isEmpty():
            index.addFeature(fid, geom.boundingBox())
            by_fid[fid] = key
    out: Dict[int, Optional[str]] = {}
    for feature in sites.getFeatures():
        out[feature.id()] = None
        geom = feature.geometry()
        if geom is None or geom.isEmpty():
            continue
        for fid in index.intersects(geom.boundingBox()):
            if geoms[by_fid[fid]].intersects(geom):
                out[feature.id()] = by_fid[fid]
                break
    return out


def read_sites(sites: QgsVectorLayer, alliances: QgsVectorLayer, units: QgsVectorLayer, info: Fields,
               alliance_field: str, miles: bool, feedback) -> Siting:
    """The sites joined to the alliances, with the report's fields and the key figures."""
    name_field = _field(sites, schema.SITE_NAME) or _field(sites, schema.SITE_LABEL) or next(
        (f.name() for f in sites.fields() if not f.isNumeric()), None)
    siting = Siting(layer=sites, name_field=name_field, per_km=1.0 / MILE_KM if miles else 1.0)
    siting.figures.unit = "mi" if miles else "km"
    by_field = _alliance_field(sites, alliance_field)
    keys: Dict[int, Optional[str]] = {}
    if by_field:
        for feature in sites.getFeatures():
            key = key_of(feature[by_field])
            keys[feature.id()] = key if key in info.rows else None
    if not by_field or (keys and sum(k is not None for k in keys.values()) < 0.5 * len(keys)):
        keys = _join_by_location(sites, alliances, info)
    outside = [fid for fid, key in keys.items() if key is None]
    if outside:
        feedback.pushWarning(tr("SITES: {0} of {1} sites belong to no alliance of ALLIANCES (they are drawn, and "
                                "listed without an alliance).").format(len(outside), len(keys)))
    order = {row.key: n for n, row in enumerate(sort_alliances(list(info.rows.values())))}
    number = (lambda f, name: to_float(f[name]) if _field(sites, name) else None)
    rows: Dict[int, SiteRow] = {}
    for feature in sites.getFeatures():
        key = keys.get(feature.id())
        rank = number(feature, schema.SITE_RANK)
        rows[feature.id()] = SiteRow(
            alliance=key, alliance_name=info.rows[key].name if key in info.rows else "–",
            name=str(feature[name_field]) if name_field and not is_null(feature[name_field]) else str(feature.id()),
            rank=int(rank) if rank is not None else None, demand_served=number(feature, schema.DEMAND_SERVED),
            units_served=int(number(feature, schema.UNITS_SERVED) or 0) if _field(sites, schema.UNITS_SERVED)
            else None, newly_covered=number(feature, schema.DEMAND_NEWLY_COVERED),
            mean_km=number(feature, schema.MEAN_KM), max_km=number(feature, schema.MAX_KM))
    ordered = sorted(rows.items(), key=lambda kv: (order.get(kv[1].alliance, len(order)), kv[1].rank or 0,
                                                   -(kv[1].demand_served or 0.0), kv[1].name))
    siting.rows = [row for _fid, row in ordered]
    for row in siting.rows:
        if row.alliance is not None:
            siting.by_alliance.setdefault(row.alliance, []).append(row)
    siting.has_newly = any(r.newly_covered is not None for r in siting.rows)
    _add_fields(sites, keys, rows, [fid for fid, _row in ordered])
    _figures(siting, sites, units, info)
    return siting


def _add_fields(sites: QgsVectorLayer, keys, rows, ordered_fids) -> None:
    new = [f for f in (new_field(UNIT_KEY, FIELD_STRING), new_field(SITE_ALLIANCE_NAME, FIELD_STRING),
                       new_field(SITE_ORDER, FIELD_INT)) if sites.fields().lookupField(f.name()) < 0]
    sites.dataProvider().addAttributes(new)
    sites.updateFields()
    fields = sites.fields()
    idx = [fields.lookupField(n) for n in (UNIT_KEY, SITE_ALLIANCE_NAME, SITE_ORDER)]
    position = {fid: n for n, fid in enumerate(ordered_fids)}
    sites.dataProvider().changeAttributeValues({
        fid: {idx[0]: keys.get(fid), idx[1]: rows[fid].alliance_name, idx[2]: position[fid]} for fid in rows})


def _figures(siting: Siting, sites: QgsVectorLayer, units: QgsVectorLayer, info: Fields) -> None:
    fig = siting.figures
    fig.sites = len(siting.rows)
    fig.alliances = len(siting.by_alliance)
    objectives = [str(f[schema.SITE_OBJECTIVE]) for f in sites.getFeatures()
                  if _field(sites, schema.SITE_OBJECTIVE) and not is_null(f[schema.SITE_OBJECTIVE])]
    fig.objective = objectives[0] if objectives else None
    served = [r.demand_served for r in siting.rows if r.demand_served is not None]
    fig.demand_served = sum(served) if served else None
    newly = [r.newly_covered for r in siting.rows if r.newly_covered is not None]
    fig.newly_covered = sum(newly) if newly else None
    ufields = units.fields()
    if ufields.lookupField(schema.GAP_BEFORE) < 0 or ufields.lookupField(schema.GAP_AFTER) < 0:
        return
    by_time = ufields.lookupField(schema.MIN_BEFORE) >= 0 and ufields.lookupField(schema.MIN_AFTER) >= 0
    measure = (schema.MIN_BEFORE, schema.MIN_AFTER) if by_time else (schema.KM_BEFORE, schema.KM_AFTER)
    has_measure = all(ufields.lookupField(name) >= 0 for name in measure)
    demand = _demand_field(sites, units)
    fig.demand_field = demand if demand != info.population else None
    pairs_within: List[float] = []
    pairs_beyond: List[float] = []
    scale = 1.0 if by_time else siting.per_km
    residents = [0.0, 0.0]
    demand_sum = [0.0, 0.0]
    weighted = {schema.KM_BEFORE: [0.0, 0.0], schema.KM_AFTER: [0.0, 0.0]}
    has_km = ufields.lookupField(schema.KM_BEFORE) >= 0 and ufields.lookupField(schema.KM_AFTER) >= 0
    for feature in units.getFeatures():
        gaps = [to_float(feature[schema.GAP_BEFORE]), to_float(feature[schema.GAP_AFTER])]
        pop = to_float(feature[info.population]) if info.population else None
        w = (to_float(feature[demand]) or 0.0) if demand else 0.0
        key = feature[UNIT_KEY] if ufields.lookupField(UNIT_KEY) >= 0 else None
        for i, gap in enumerate(gaps):
            if gap is None:
                continue
            if gap >= 1:
                residents[i] += pop or 0.0
                demand_sum[i] += w
            if has_measure:
                value = to_float(feature[measure[i]])
                if value is not None:
                    (pairs_beyond if gap >= 1 else pairs_within).append(value * scale)
        if key is not None and not is_null(key) and info.population and None not in gaps:
            before, after = siting.residents.get(key, (0.0, 0.0))
            siting.residents[key] = (before + (pop or 0.0) * (gaps[0] >= 1), after + (pop or 0.0) * (gaps[1] >= 1))
        if has_km and w > 0:
            for name in (schema.KM_BEFORE, schema.KM_AFTER):
                value = to_float(feature[name])
                if value is not None and math.isfinite(value):
                    weighted[name][0] += w * value
                    weighted[name][1] += w
    if info.population:
        fig.residents_before, fig.residents_after = residents
    if fig.demand_field:
        fig.demand_before, fig.demand_after = demand_sum
    if has_km and demand:
        before, after = weighted[schema.KM_BEFORE], weighted[schema.KM_AFTER]
        fig.mean_before = before[0] / before[1] * siting.per_km if before[1] else None
        fig.mean_after = after[0] / after[1] * siting.per_km if after[1] else None
    fig.standard = nice_threshold(pairs_within, pairs_beyond)
    fig.standard_unit = "min" if by_time else fig.unit


def _demand_field(sites: QgsVectorLayer, units: QgsVectorLayer) -> Optional[str]:
    """The units' field whose sums over the units of each site equal the site's demand_served."""
    if not _field(sites, schema.SITE_ID) or not _field(sites, schema.DEMAND_SERVED) or \
            units.fields().lookupField(schema.SITE_ID) < 0:
        return None
    known = {}
    for feature in sites.getFeatures():
        key, served = key_of(feature[schema.SITE_ID]), to_float(feature[schema.DEMAND_SERVED])
        if key is not None and served:
            known[key] = served
    candidates = [f.name() for f in units.fields() if f.isNumeric() and f.name() not in NOT_COUNTS]
    if not known or not candidates:
        return None
    sums: Dict[str, Dict[str, float]] = {name: {} for name in candidates}
    for feature in units.getFeatures():
        key = key_of(feature[schema.SITE_ID])
        if key is None:
            continue
        for name in candidates:
            sums[name][key] = sums[name].get(key, 0.0) + (to_float(feature[name]) or 0.0)
    return pick_sum_field(known, sums)


def mark_units(siting: Siting, units: QgsVectorLayer) -> None:
    """The units that hold a site get its alliance in SITE_KEY (their atlas label gives way to the
    site's, which names the same place)."""
    index = QgsSpatialIndex(units.getFeatures())
    geoms = {f.id(): f.geometry() for f in units.getFeatures()}
    marks: Dict[int, str] = {}
    for feature in siting.layer.getFeatures():
        key = feature[UNIT_KEY]
        geom = feature.geometry()
        if is_null(key) or geom is None or geom.isEmpty():
            continue
        for fid in index.intersects(geom.boundingBox()):
            if geoms[fid] is not None and geoms[fid].intersects(geom):
                marks.setdefault(fid, str(key))
                break
    units.dataProvider().addAttributes([new_field(SITE_KEY, FIELD_STRING)])
    units.updateFields()
    idx = units.fields().lookupField(SITE_KEY)
    units.dataProvider().changeAttributeValues({fid: {idx: key} for fid, key in marks.items()})


# ---------------------------------------------------------------------------------- texts

def facts_lines(siting: Siting, key: str, t: ReportText) -> List[str]:
    """The lines of an atlas page's facts about the alliance's sites."""
    rows = siting.by_alliance.get(key, [])
    lines = []
    unit = siting.figures.unit
    if rows:
        parts = [tr("{0} (demand served {1} · mean {2} · max {3})").format(
            r.name, format_int(r.demand_served), _unbroken(format_distance(_scaled(r.mean_km, siting), unit)),
            _unbroken(format_distance(_scaled(r.max_km, siting), unit))) for r in rows]
        lines.append((tr("New site: {0}") if len(rows) == 1 else tr("New sites: {0}")).format("; ".join(parts)))
    if key in siting.residents:
        before, after = siting.residents[key]
        lines.append(t.siting_residents.format(standard_text(siting.figures, t), format_int(before),
                                               format_int(after)))
    return lines


def _unbroken(text: str) -> str:
    """A figure and its unit kept on one line of a wrapped label (no-break space)."""
    return text.replace(" ", "\u00a0")


def _scaled(value: Optional[float], siting: Siting) -> Optional[float]:
    return value * siting.per_km if value is not None else None


def summary_line(siting: Siting, t: ReportText) -> Optional[str]:
    """One line of the overview's key figures: the new sites and the residents beyond before -> after."""
    fig = siting.figures
    if fig.residents_before is not None:
        return t.siting_residents.format(standard_text(fig, t), format_int(fig.residents_before),
                                         format_int(fig.residents_after))
    return None


# ---------------------------------------------------------------------------------- styles

def marker(size: float, colour: str = SITE_COLOUR) -> QgsMarkerSymbol:
    """A facility pictogram: a white cross on a disc of the sites' colour, outlined in white (the
    hubs of the membership style are stars)."""
    symbol = QgsMarkerSymbol.createSimple({
        "name": "circle", "color": colour, "outline_color": "#ffffff", "outline_width": "0.3",
        "outline_width_unit": "MM", "size": f"{size}", "size_unit": "MM"})
    cross = QgsSimpleMarkerSymbolLayer.create({
        "name": "cross_fill", "color": "#ffffff", "outline_style": "no", "size": f"{size * 0.58:.2f}",
        "size_unit": "MM"})
    symbol.appendSymbolLayer(cross)
    return symbol


def page_scale(layout) -> float:
    """Marker and type grow with the page: x1 on A4, x1.3 on A3 (as the charts' type)."""
    pages = layout.pageCollection()
    width = pages.page(0).pageSize().width() if pages.pageCount() else 297.0
    return max(1.0, (width / 297.0) ** 0.75)


def style_sites(layer: QgsVectorLayer, atlas_mode: bool, family: str, labels: bool = False,
                scale: float = 1.0) -> None:
    """The sites as purple discs with a cross; on atlas pages the page's own sites named, the others
    grey. ``scale``: the marker and its label grow with the page (see :func:`page_scale`)."""
    layer.setName(tr("New facility sites"))
    symbol = marker(round((ATLAS_SIZE if atlas_mode else SIZE) * scale, 2))
    if atlas_mode:
        page = f"attribute(@atlas_feature, '{KEY}')"
        mine = f"coalesce({quote(UNIT_KEY)}, '') = {page}"
        # a site of no alliance (and the legend's symbol, which has no feature) in the sites' colour;
        # a field reference, not attribute(@feature, …): @feature is no variable of a symbol's context on 3.22
        symbol.symbolLayer(0).setDataDefinedProperty(PROPERTY_FILL_COLOR, QgsProperty.fromExpression(
            f"if({quote(UNIT_KEY)} IS NULL OR @atlas_feature IS NULL OR {quote(UNIT_KEY)} = {page}, "
            f"'{SITE_COLOUR}', '{OTHER_SITE_COLOUR}')"))
        labels, show = True, mine
    else:
        show = None
    layer.setRenderer(QgsSingleSymbolRenderer(symbol))
    name = _field(layer, schema.SITE_NAME) or _field(layer, schema.SITE_LABEL)
    if not labels or not name:
        layer.setLabelsEnabled(False)
        return
    settings = QgsPalLayerSettings()
    settings.fieldName = quote(name)
    settings.isExpression = True
    settings.setFormat(text_format(family, round((7.5 if atlas_mode else 6.5) * scale, 1), True, "#3d0f5c",
                                   buffer=0.9))
    settings.placement = LABEL_AROUND_POINT
    settings.dist = 1.2
    settings.displayAll = bool(atlas_mode)
    settings.priority = 10
    props = settings.dataDefinedProperties()
    if show:
        props.setProperty(LABEL_PROPERTY_SHOW, QgsProperty.fromExpression(show))
    if _field(layer, schema.DEMAND_SERVED):
        props.setProperty(LABEL_PROPERTY_PRIORITY, QgsProperty.fromExpression(
            f"scale_linear(coalesce({quote(schema.DEMAND_SERVED)}, 0), 0, maximum({quote(schema.DEMAND_SERVED)}), "
            f"3, 10)"))
    settings.setDataDefinedProperties(props)
    layer.setLabeling(QgsVectorLayerSimpleLabeling(settings))
    layer.setLabelsEnabled(True)


# ---------------------------------------------------------------------------------- the siting page

def _rect(layout_item) -> QgsRectangle:
    pos, size = layout_item.positionWithUnits(), layout_item.sizeWithUnits()
    return QgsRectangle(pos.x(), pos.y(), pos.x() + size.width(), pos.y() + size.height())


def _data_area(layout) -> Optional[QgsRectangle]:
    """Where the overview page holds its figures (chart, summary, table): the siting page puts its
    own there and copies the rest of the page (title, map, legend, footer)."""
    area = None
    for item_id in DATA_ITEMS:
        found = layout.itemById(item_id)
        if isinstance(found, QgsLayoutItem) and found.page() == 0:
            rect = _rect(found)
            if area is None:
                area = rect
            else:
                area.combineExtentWith(rect)
    return area


def _copy_frame(layout, page: int) -> Dict[str, QgsLayoutItem]:
    """The overview page's items but its figures, pasted in place onto ``page``; their ids get the
    prefix ``siting_`` (so that the overview's items keep theirs)."""
    doc = QDomDocument()
    root = doc.createElement("LayoutItemClipboard")
    doc.appendChild(root)
    sources = [i for i in layout.items() if isinstance(i, QgsLayoutItem)
               and not isinstance(i, (QgsLayoutItemPage, QgsLayoutFrame)) and i.page() == 0
               and i.id() not in DATA_ITEMS and not i.id().startswith("siting_")]
    for source in sources:
        source.writeXml(root, doc, QgsReadWriteContext())
    position = layout.pageCollection().pagePositionToLayoutPosition(page, QgsLayoutPoint(0, 0, LAYOUT_MM))
    pasted = layout.addItemsFromXml(root, doc, QgsReadWriteContext(), position, True)
    copies = {}
    for copy in pasted:
        if copy.id():
            copies[copy.id()] = copy
            copy.setId(f"siting_{copy.id()}")
    return copies


def _label(layout, page: int, rect: Tuple[float, float, float, float], text: str, family: str, size: float,
           bold: bool = False, colour: str = "#222222") -> QgsLayoutItemLabel:
    label = QgsLayoutItemLabel(layout)
    label.setText(text)
    font = QFont(family)
    font.setPointSizeF(size)
    font.setBold(bold)
    set_label_format(label, text_format(family, size, bold, colour, buffer=0), font, QColor(colour))
    label.setVAlign(Qt.AlignmentFlag.AlignTop)
    layout.addLayoutItem(label)
    label.attemptMove(QgsLayoutPoint(rect[0], rect[1], LAYOUT_MM), page=page)
    label.attemptResize(QgsLayoutSize(rect[2], rect[3], LAYOUT_MM))
    return label


def page_layers(siting: Siting, alliances: QgsVectorLayer, units: QgsVectorLayer, family: str,
                scale: float = 1.0) -> Dict[str, QgsVectorLayer]:
    """The siting page's layers: the sites named, the alliances outlined (without names), and the
    units by the facility that serves them when they carry sitefacilities' fields."""
    sites = duplicate(siting.layer, tr("New facility sites"))
    style_sites(sites, False, family, labels=True, scale=scale)
    outline = duplicate(alliances, tr("Alliances"))
    outline.setRenderer(alliances.renderer().clone())
    outline.setLabelsEnabled(False)
    layers = {"siting_sites": sites, "siting_alliances": outline}
    if units.fields().lookupField(schema.FACILITY_TYPE) >= 0 and units.fields().lookupField(schema.GAP_AFTER) >= 0:
        copy = duplicate(units, tr("Units with their facility"))
        if apply_style(copy, "site_units", store=False):
            copy.setLabelsEnabled(False)
            layers["siting_units"] = copy
    return layers


def add_siting_page(layout, siting: Siting, layers: Dict[str, QgsVectorLayer], units: QgsVectorLayer,
                    text: ReportText, family: str, feedback) -> int:
    """The siting page after the overview (and its annexes): the overview's frame (title, map,
    legend, footer) with the units by their facility and the sites named, the key figures, a chart
    before -> after and the table of the sites. Returns the pages added."""
    from .tables import setup_sites_table

    pages = layout.pageCollection()
    size = pages.page(0).pageSize()
    before = pages.pageCount()
    area = _data_area(layout)
    page = QgsLayoutItemPage(layout)
    page.setPageSize(size)
    pages.addPage(page)
    index = pages.pageCount() - 1
    copies = _copy_frame(layout, index) if area is not None else {}
    if area is None:  # nothing to copy the design from: a plain page
        area = QgsRectangle(MARGIN, MARGIN + 12.0, size.width() - MARGIN, size.height() - MARGIN)
    title = copies.get("title")
    if isinstance(title, QgsLayoutItemLabel):
        title.setText(text.siting_title)
    else:
        heading = _label(layout, index, (area.xMinimum(), area.yMinimum() - 12.0, area.width(), 9.0),
                         text.siting_title, family, 15, True)
        heading.setId("siting_title")
    map_item = copies.get("map")
    if isinstance(map_item, QgsLayoutItemMap):
        _siting_map(map_item, copies, layers, units, family, feedback)
    # the figures, where the overview has its own; type and chart grow with the page (x1.3 on A3)
    k = max(1.0, (size.width() / 297.0) ** 0.75)
    x, y, w, h = area.xMinimum(), area.yMinimum(), area.width(), area.height()
    headline, details = siting_lines(siting.figures, text)
    big = _label(layout, index, (x, y, w, 7.5 * k), headline, family, 12.5 * k, True, "#1b1b1b")
    big.setId("siting_headline")
    shrink_to_box(big, 0.65, wrap=False)
    chart_w, chart_h = (min(w * 0.4, 70.0 * k), 27.0 * k) if siting.figures.residents_before is not None else (0, 0)
    below = y + 9.0 * k
    facts = _label(layout, index, (x, below, w - chart_w - 3.0, 24.0 * k), "\n".join(details), family, 8.0 * k)
    facts.setId("siting_facts")
    shrink_to_box(facts, 0.8, wrap=False)
    if chart_w:
        picture = QgsLayoutItemPicture(layout)
        picture.setId("siting_chart")
        layout.addLayoutItem(picture)
        picture.attemptMove(QgsLayoutPoint(x + w - chart_w, below - 1.0, LAYOUT_MM), page=index)
        picture.attemptResize(QgsLayoutSize(chart_w, chart_h, LAYOUT_MM))
        picture.setResizeMode(QgsLayoutItemPicture.ResizeMode.Zoom)
        svg = siting_chart_svg(siting.figures, chart_w / k, chart_h / k, text, family)
        picture.setPicturePath(svg_b64(svg), PICTURE_SVG)
    top = below + max(24.0 * k, chart_h) + 4.0
    note = _label(layout, index, (x, y + h - 9.0, w, 9.0), "", family, 6.0, colour="#555555")
    note.setId("siting_table_note")
    like = layout.itemById("table")
    like = like.multiFrame() if isinstance(like, QgsLayoutFrame) else None
    setup_sites_table(layout, index, (x, top, w, h - (top - y) - 10.0), siting, text, family, like, note, feedback)
    return pages.pageCount() - before


def _siting_map(map_item, copies, layers: Dict[str, QgsVectorLayer], units: QgsVectorLayer, family: str,
                feedback) -> None:
    """The siting page's map (a copy of the overview's): its own layers, legend, scale bar and arrow."""
    from . import layout as items

    shown = [layers["siting_sites"], layers["siting_alliances"], layers.get("siting_units", units)]
    map_item.setLayers(shown)
    map_item.setKeepLayerSet(True)
    legend = copies.get("legend")
    if isinstance(legend, QgsLayoutItemLegend):
        items.fill_legend(legend, map_item, [shown[1], shown[0], shown[2]], False, family, feedback)
    bar = copies.get("scalebar")
    if isinstance(bar, QgsLayoutItemScaleBar):
        bar.setLinkedMap(map_item)
        bar.update()
    arrow = copies.get("north_arrow")
    if isinstance(arrow, QgsLayoutItemPicture):
        arrow.setLinkedMap(map_item)
    # the copy's labels keep clear of the copied scale bar and arrow
    items.block_labels(map_item, [bar if isinstance(bar, QgsLayoutItemScaleBar) else None,
                                  arrow if isinstance(arrow, QgsLayoutItemPicture) else None])
