"""smallbutstrong:exportreport: a print-layout map report (PDF and PNG), optionally an atlas.

The layout comes from a shipped .qpt template (or the analyst's own); items are found by id
(title, parameters, map, legend, scalebar, north_arrow, table, chart, sources, facts,
overview_map) and every one of them is optional. Labels may use the layout variables
@sbs_title, @sbs_parameters and @sbs_sources. QGIS 3.22 has no chart item: the charts are
SVG written by ``core.report`` and shown by picture items (embedded as base64, so a layout
kept in the project needs no file beside it).
"""

from __future__ import annotations

import base64
import os
import uuid
from datetime import date
from typing import Dict, List, Optional, Tuple

from qgis.core import (
    QgsCategorizedSymbolRenderer,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsExpressionContextUtils,
    QgsFillSymbol,
    QgsGeometry,
    QgsLayoutExporter,
    QgsLayoutFrame,
    QgsLayoutItemAttributeTable,
    QgsLayoutItemLabel,
    QgsLayoutItemLegend,
    QgsLayoutItemMap,
    QgsLayoutItemMapOverview,
    QgsLayoutItemPicture,
    QgsLayoutItemScaleBar,
    QgsLayoutObject,
    QgsLayoutSize,
    QgsLayoutTableColumn,
    QgsLayoutUtils,
    QgsLayerTreeUtils,
    QgsLegendRenderer,
    QgsLegendStyle,
    QgsMemoryProviderUtils,
    QgsPalLayerSettings,
    QgsPathResolver,
    QgsPrintLayout,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsProject,
    QgsProperty,
    QgsReadWriteContext,
    QgsRectangle,
    QgsRendererCategory,
    QgsSingleSymbolRenderer,
    QgsSpatialIndex,
    QgsSymbolLayerUtils,
    QgsTextBufferSettings,
    QgsTextFormat,
    QgsVectorLayer,
    QgsVectorLayerSimpleLabeling,
)
from qgis.PyQt.QtCore import QSize, Qt
from qgis.PyQt.QtGui import QColor, QFont
from qgis.PyQt.QtXml import QDomDocument
from ..compat import (
    ALGORITHM_NO_THREADING,
    DISTANCE_KILOMETERS,
    FIELD_INT,
    FIELD_NUMERIC,
    FIELD_STRING,
    FILE_BEHAVIOR_FILE,
    LABEL_OVER_POINT,
    LABEL_PROPERTY_SHOW,
    NUMBER_DOUBLE,
    NUMBER_INTEGER,
    PARAMETER_ADVANCED,
    PICTURE_SVG,
    PROPERTY_FILL_COLOR,
    PROPERTY_STROKE_COLOR,
    PROPERTY_STROKE_WIDTH,
    RENDER_MM,
    RENDER_POINTS,
    SOURCE_POLYGON,
    SOURCE_SKIP_GEOMETRY_CHECKS,
    TEXT_ALWAYS_TEXT,
    label_text_size,
    new_field,
    set_label_text_size,
)

from ..__about__ import RESOURCES, SAMPLE_ATTRIBUTION, __version__
from ..core.report import (
    AllianceRow,
    MemberRow,
    ReportData,
    alliance_chart_svg,
    derive_floor,
    format_int,
    format_number,
    gap_by_alliance,
    overview_chart_svg,
    pick_sum_field,
    summary_lines,
)
from .base import SbsAlgorithm, tr
from .styles import STYLES
from .units_io import unchecked_request
from .values import is_null, to_float

LAYOUTS = RESOURCES / "layouts"
PAGE_SIZES = ("A4", "A3")
FONT = "Noto Sans CJK KR"
NORTH_ARROW = "arrows/NorthArrow_02.svg"
DEFAULT_FLOOR = 300000.0
#: names tried, in order, for the units' name field when UNIT_NAME_FIELD is not given
NAME_GUESSES = ("name", "sigungu", "unit_name", "NAME", "Name", "nm", "sgg_nm", "sig_kor_nm", "label")
#: fields the report adds to its own copies of the layers
KEY, UNIT_KEY, FACTS, CHART = "sbs_key", "sbs_alliance", "sbs_facts", "sbs_chart"
GAP_BEFORE, GAP_AFTER = "gap_before", "gap_after"


def _svg_b64(svg: str) -> str:
    return "base64:" + base64.b64encode(svg.encode("utf-8")).decode("ascii")


def _key(value) -> Optional[str]:
    """Alliance ids as text, so that 3, 3.0 and "3" join; NULL -> None."""
    if is_null(value) or value == "":
        return None
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value)


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _font(size: float, bold: bool = False) -> QFont:
    font = QFont(FONT)
    font.setPointSizeF(size)
    font.setBold(bold)
    return font


def _text_format(size: float, bold: bool = False, colour: str = "#222222", buffer: float = 0.8) -> QgsTextFormat:
    fmt = QgsTextFormat()
    fmt.setFont(_font(size, bold))
    fmt.setSize(size)
    fmt.setSizeUnit(RENDER_POINTS)
    fmt.setColor(QColor(colour))
    if buffer:
        buf = QgsTextBufferSettings()
        buf.setEnabled(True)
        buf.setSize(buffer)
        buf.setSizeUnit(RENDER_MM)
        buf.setColor(QColor(255, 255, 255, 230))
        fmt.setBuffer(buf)
    return fmt


def _labeling(layer: QgsVectorLayer, expression: str, size: float, bold: bool, colour: str,
              show: Optional[str] = None) -> None:
    settings = QgsPalLayerSettings()
    settings.fieldName = expression
    settings.isExpression = True
    settings.setFormat(_text_format(size, bold, colour))
    settings.placement = LABEL_OVER_POINT
    settings.centroidInside = True
    settings.priority = 8
    if show:
        props = settings.dataDefinedProperties()
        props.setProperty(LABEL_PROPERTY_SHOW, QgsProperty.fromExpression(show))
        settings.setDataDefinedProperties(props)
    layer.setLabeling(QgsVectorLayerSimpleLabeling(settings))
    layer.setLabelsEnabled(True)


def _fill(colour: str, outline: str = "#ffffff", width: float = 0.15, style: str = "solid") -> QgsFillSymbol:
    return QgsFillSymbol.createSimple({"color": colour, "style": style, "outline_color": outline,
                                       "outline_width": str(width), "outline_width_unit": "MM"})


def _sort_descending(table: QgsLayoutItemAttributeTable, expression: str) -> None:
    """Sort a layout table by one column expression, largest first (population)."""
    sort = QgsLayoutTableColumn()
    sort.setAttribute(expression)
    sort.setSortOrder(Qt.SortOrder.DescendingOrder)
    table.setSortColumns([sort])


class ExportReportAlgorithm(SbsAlgorithm):
    ALLIANCES = "ALLIANCES"
    UNITS = "UNITS"
    TITLE = "TITLE"
    PAGE_SIZE = "PAGE_SIZE"
    TEMPLATE = "TEMPLATE"
    ATLAS = "ATLAS"
    FLOOR = "FLOOR"
    PARAMETERS_TEXT = "PARAMETERS_TEXT"
    SOURCES = "SOURCES"
    ALLIANCE_FIELD = "ALLIANCE_FIELD"
    UNIT_NAME_FIELD = "UNIT_NAME_FIELD"
    UNIT_POPULATION_FIELD = "UNIT_POPULATION_FIELD"
    DPI = "DPI"
    OUTPUT_PDF = "OUTPUT_PDF"
    OUTPUT_IMAGE = "OUTPUT_IMAGE"
    PAGES = "PAGES"
    LAYOUT_NAME = "LAYOUT_NAME"

    NAME = "exportreport"
    DISPLAY_NAME = "Export map report"
    GROUP = "Reports"
    GROUP_ID = "reports"
    ICON = "report.svg"

    def flags(self):
        # layouts, project layers and the layout manager belong to the main thread
        return super().flags() | ALGORITHM_NO_THREADING

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.ALLIANCES, tr("Alliances (polygons)"), [SOURCE_POLYGON]))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.UNITS, tr("Units (alliance members or service gaps)"), [SOURCE_POLYGON]))
        self.addParameter(QgsProcessingParameterString(
            self.TITLE, tr("Title"), defaultValue=tr("Small but strong alliances")))
        self.addParameter(QgsProcessingParameterEnum(
            self.PAGE_SIZE, tr("Page size of the shipped template"),
            options=[tr("A4 landscape"), tr("A3 landscape")], defaultValue=0))
        self.addParameter(QgsProcessingParameterFile(
            self.TEMPLATE, tr("Your own layout template (.qpt)"), behavior=FILE_BEHAVIOR_FILE,
            extension="qpt", optional=True))
        self.addParameter(QgsProcessingParameterBoolean(
            self.ATLAS, tr("Atlas: one page per alliance"), defaultValue=False))
        self.addParameter(QgsProcessingParameterNumber(
            self.FLOOR, tr("Population floor (0 = from the alliances' pop_ratio)"),
            NUMBER_DOUBLE, 0, minValue=0))
        self.addParameter(QgsProcessingParameterString(
            self.PARAMETERS_TEXT, tr("Parameters used (printed under the title)"), optional=True))
        self.addParameter(QgsProcessingParameterString(
            self.SOURCES, tr("Sources (attribution)"), defaultValue=SAMPLE_ATTRIBUTION, multiLine=True))
        advanced = [
            QgsProcessingParameterField(self.ALLIANCE_FIELD, tr("Alliance id field in the units"),
                                        defaultValue="alliance_id", parentLayerParameterName=self.UNITS,
                                        optional=True),
            QgsProcessingParameterField(self.UNIT_NAME_FIELD, tr("Unit name field"),
                                        parentLayerParameterName=self.UNITS, optional=True),
            QgsProcessingParameterField(self.UNIT_POPULATION_FIELD, tr("Unit population field"),
                                        parentLayerParameterName=self.UNITS,
                                        type=FIELD_NUMERIC, optional=True),
            QgsProcessingParameterNumber(self.DPI, tr("Image resolution (dpi)"),
                                         NUMBER_INTEGER, 150, minValue=30, maxValue=600),
        ]
        for param in advanced:
            param.setFlags(param.flags() | PARAMETER_ADVANCED)
            self.addParameter(param)
        self.addParameter(QgsProcessingParameterFileDestination(
            self.OUTPUT_PDF, tr("PDF report"), fileFilter=tr("PDF files (*.pdf)")))
        self.addParameter(QgsProcessingParameterFileDestination(
            self.OUTPUT_IMAGE, tr("PNG image"), fileFilter=tr("PNG files (*.png)"), optional=True,
            createByDefault=True))
        self.addOutput(QgsProcessingOutputNumber(self.PAGES, tr("Pages in the PDF")))
        self.addOutput(QgsProcessingOutputString(self.LAYOUT_NAME, tr("Layout added to the project")))

    # ------------------------------------------------------------------ main

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        alliances_src = self.source(parameters, self.ALLIANCES, context)
        units_src = self.source(parameters, self.UNITS, context)
        title = self.parameterAsString(parameters, self.TITLE, context) or tr("Small but strong alliances")
        atlas_mode = self.parameterAsBoolean(parameters, self.ATLAS, context)
        template = self._template_path(parameters, context, atlas_mode)
        pdf_path = self.parameterAsFileOutput(parameters, self.OUTPUT_PDF, context)
        png_path = self.parameterAsFileOutput(parameters, self.OUTPUT_IMAGE, context)
        if not pdf_path and not png_path:
            raise QgsProcessingException(tr("Give OUTPUT_PDF or OUTPUT_IMAGE: there is nothing to write."))
        dpi = self.parameterAsInt(parameters, self.DPI, context) or 150
        sources = self.parameterAsString(parameters, self.SOURCES, context) or ""
        notes = self.parameterAsString(parameters, self.PARAMETERS_TEXT, context) or ""

        # 1. our own copies of the layers, in one projected CRS, joined unit -> alliance
        crs = self._map_crs(alliances_src, units_src, context)
        alliances = self._copy(alliances_src, crs, context, feedback)
        units = self._copy(units_src, crs, context, feedback)
        if feedback.isCanceled():
            return {}
        if alliances.featureCount() == 0:
            raise QgsProcessingException(tr("Parameter ALLIANCES: the layer has no alliance to report."))
        feedback.pushInfo(tr("{0} alliances over {1} units.").format(alliances.featureCount(), units.featureCount()))
        data, unit_fields = self._collect(alliances, units, parameters, context, feedback)
        if feedback.isCanceled():
            return {}
        feedback.setProgress(15)

        # 2. styles and the project that holds the layers while the layout renders
        desktop = self._is_desktop(context)
        project = context.project() if desktop else QgsProject()
        if project is None:
            project = QgsProject()
        layout = self._load_template(project, template)
        self._prepare_geometries(layout, alliances, units, atlas_mode)
        extra = self._style_layers(alliances, units, unit_fields, atlas_mode)
        layers = [alliances, units] + list(extra.values())
        if desktop:
            group = project.layerTreeRoot().insertGroup(0, tr("Report: {0}").format(title))
            for layer in layers:  # shown on the canvas: the alliances over the units, as on paper
                project.addMapLayer(layer, False)
                group.addLayer(layer).setItemVisibilityChecked(layer in (alliances, units))
        else:
            group = None
            project.addMapLayers(layers, False)
            project.setCrs(crs)
        results = {}
        try:
            results = self._report(project, layout, layers, extra, data, unit_fields, feedback,
                                    dict(title=title, atlas=atlas_mode, pdf=pdf_path,
                                         png=png_path, dpi=dpi, sources=sources, notes=notes, desktop=desktop))
        finally:
            if desktop and not results.get(self.LAYOUT_NAME):
                # cancelled or failed in the desktop: take the report's layers out again
                project.removeMapLayers([layer.id() for layer in layers])
                project.layerTreeRoot().removeChildNode(group)
        return results

    @staticmethod
    def _load_template(project, template: str) -> QgsPrintLayout:
        layout = QgsPrintLayout(project)
        doc = QDomDocument()
        with open(template, encoding="utf-8") as handle:
            if not doc.setContent(handle.read()):
                raise QgsProcessingException(tr("Parameter TEMPLATE: {0} is not a valid .qpt file.").format(template))
        _items, ok = layout.loadFromTemplate(doc, QgsReadWriteContext(), True)
        if not ok:
            raise QgsProcessingException(tr("Parameter TEMPLATE: QGIS could not load {0}.").format(template))
        return layout

    def _prepare_geometries(self, layout, alliances, units, atlas_mode: bool) -> float:
        """Geometry for print, once: the alliances without their specks (see ``_without_specks``),
        then both layers without the vertices that no map of the report can show (0.08 mm of paper
        at its largest scale; the sample's coastlines otherwise add megabytes to the atlas).
        The join of units to alliances is made before, on the exact geometry. Returns the
        tolerance in map units (0 without a map item)."""
        changes = {}
        for feature in alliances.getFeatures():
            geom = feature.geometry()
            if geom is not None and not geom.isEmpty():
                changes[feature.id()] = self._without_specks(geom)
        alliances.dataProvider().changeGeometryValues(changes)
        alliances.updateExtents()
        map_item = self._item(layout, "map", QgsLayoutItemMap)
        size = layout.convertToLayoutUnits(map_item.sizeWithUnits()) if map_item is not None else None
        if size is None or size.width() <= 0 or size.height() <= 0:
            return 0.0
        boxes = [g.boundingBox() for g in changes.values()] if atlas_mode else [units.extent()]
        spans = [max(b.width() / size.width(), b.height() / size.height()) * (1.24 if atlas_mode else 1.06)
                 for b in boxes if not b.isEmpty()]
        if not spans:
            return 0.0
        tolerance = 0.08 * min(spans)  # map units per 0.08 mm of paper
        for layer in (alliances, units):
            simplified = {}
            for feature in layer.getFeatures():
                geom = feature.geometry()
                simple = geom.simplify(tolerance) if geom is not None and not geom.isEmpty() else None
                if simple is not None and not simple.isEmpty():
                    simplified[feature.id()] = simple
            layer.dataProvider().changeGeometryValues(simplified)
            layer.updateExtents()
        return tolerance

    def _report(self, project, layout, layers, extra, data, unit_fields, feedback, options) -> dict:
        """Steps 3 and 4: the layout's items, then the export."""
        title, atlas_mode = options["title"], options["atlas"]
        pdf_path, png_path, dpi, desktop = options["pdf"], options["png"], options["dpi"], options["desktop"]
        sources, notes = options["sources"], options["notes"]
        alliances, units = layers[0], layers[1]

        # 3. the layout's items
        layout.setName(self._layout_name(project, title) if desktop else title)
        floor = data.floor
        parameters_line = "  ·  ".join(p for p in (
            notes, "하한 / floor {0}".format(format_int(floor)) if floor and "floor" not in notes.lower()
            and "하한" not in notes else "", "{0} · Small but Strong {1}".format(
                date.today().isoformat(), __version__)) if p)
        QgsExpressionContextUtils.setLayoutVariable(layout, "sbs_title", title)
        QgsExpressionContextUtils.setLayoutVariable(layout, "sbs_parameters", parameters_line)
        QgsExpressionContextUtils.setLayoutVariable(
            layout, "sbs_sources", ("출처 / Sources: " + sources) if sources else "")
        self._set_text(layout, "title", title, one_line=True)
        self._set_text(layout, "parameters", parameters_line, one_line=True)
        self._set_text(layout, "sources", ("출처 / Sources: " + sources) if sources else "")
        if feedback.isCanceled():
            return {}

        map_item = self._setup_map(layout, alliances, units, extra.get("context"), atlas_mode)
        self._setup_legend(layout, map_item, [alliances, units], atlas_mode, feedback)
        self._setup_decorations(layout, map_item)
        self._setup_overview_map(layout, map_item, extra)
        if atlas_mode:
            self._setup_members_table(layout, units, unit_fields, data, feedback)
            self._set_text(layout, "facts", None, field=FACTS)
            self._setup_chart(layout, data, alliances, unit_fields)
            atlas = layout.atlas()
            atlas.setCoverageLayer(alliances)
            atlas.setEnabled(True)
            atlas.setPageNameExpression(_quote(unit_fields["alliance_name"]))
            atlas.setSortFeatures(True)
            atlas.setSortExpression(_quote(unit_fields["alliance_population"]) if unit_fields[
                "alliance_population"] else "$id")
            atlas.setSortAscending(not unit_fields["alliance_population"])
            atlas.setFilterFeatures(False)
        else:
            self._set_text(layout, "summary", "\n".join(summary_lines(data)))
            self._setup_alliance_table(layout, alliances, unit_fields, data, feedback)
            self._setup_chart(layout, data)
        feedback.setProgress(30)
        if feedback.isCanceled():
            return {}

        # 4. export under temporary names, renamed at the end
        pages = self._export(layout, atlas_mode, pdf_path, png_path, dpi, feedback)
        if pages is None:
            return {}
        feedback.pushInfo(tr("Report written: {0} page(s).").format(pages))
        results = {self.OUTPUT_PDF: pdf_path, self.OUTPUT_IMAGE: png_path, self.PAGES: pages, self.LAYOUT_NAME: ""}
        if desktop:
            if project.layoutManager().addLayout(layout):
                results[self.LAYOUT_NAME] = layout.name()
                feedback.pushInfo(tr("Layout \"{0}\" added to the project.").format(layout.name()))
        return results

    # ------------------------------------------------------------------ inputs

    def _template_path(self, parameters, context, atlas_mode: bool) -> str:
        own = self.parameterAsFile(parameters, self.TEMPLATE, context)
        if own:
            if not os.path.isfile(own):
                raise QgsProcessingException(tr("Parameter TEMPLATE: the file {0} does not exist.").format(own))
            return own
        size = PAGE_SIZES[self.parameterAsEnum(parameters, self.PAGE_SIZE, context)]
        path = LAYOUTS / f"report_{size.lower()}{'_atlas' if atlas_mode else ''}.qpt"
        if not path.exists():
            raise QgsProcessingException(tr("The shipped template {0} is missing: reinstall the plugin.").format(path))
        return str(path)

    @staticmethod
    def _is_desktop(context) -> bool:
        try:
            from qgis.utils import iface
        except ImportError:  # pragma: no cover
            return False
        return iface is not None and context.project() is not None and context.project() == QgsProject.instance()

    @staticmethod
    def _map_crs(alliances_src, units_src, context) -> QgsCoordinateReferenceSystem:
        """The alliances' CRS if projected, else the units', else the UTM zone of the alliances."""
        for src in (alliances_src, units_src):
            crs = src.sourceCrs()
            if crs.isValid() and not crs.isGeographic():
                return crs
        extent = alliances_src.sourceExtent()
        crs = alliances_src.sourceCrs()
        if crs.isValid():
            to_wgs = QgsCoordinateTransform(crs, QgsCoordinateReferenceSystem("EPSG:4326"), context.transformContext())
            extent = to_wgs.transformBoundingBox(extent)
        lon, lat = extent.center().x(), extent.center().y()
        zone = int((lon + 180) // 6) % 60 + 1
        return QgsCoordinateReferenceSystem(f"EPSG:{32600 + zone if lat >= 0 else 32700 + zone}")

    @staticmethod
    def _copy(source, crs, context, feedback) -> QgsVectorLayer:
        """A memory copy in the map CRS: styling and extra fields never touch the input. Features
        with invalid geometry are kept (dissolved alliances often have self-touching rings)."""
        request = unchecked_request()
        request.setDestinationCrs(crs, context.transformContext())
        layer = QgsMemoryProviderUtils.createMemoryLayer(source.sourceName() or "layer", source.fields(),
                                                        source.wkbType(), crs)
        features = []
        for feature in source.getFeatures(request, SOURCE_SKIP_GEOMETRY_CHECKS):
            if feedback.isCanceled():
                break
            features.append(feature)
        layer.dataProvider().addFeatures(features)
        layer.updateExtents()
        return layer

    def _collect(self, alliances: QgsVectorLayer, units: QgsVectorLayer, parameters, context, feedback):
        """Join units to alliances, read the table/chart data and add the report's fields."""
        afields, ufields = alliances.fields(), units.fields()
        a_id = "alliance_id" if afields.lookupField("alliance_id") >= 0 else None
        a_name = "name" if afields.lookupField("name") >= 0 else next(
            (f.name() for f in afields if f.type() == FIELD_STRING), None)
        a_pop = "population" if afields.lookupField("population") >= 0 else None
        a_ratio = "pop_ratio" if afields.lookupField("pop_ratio") >= 0 else None
        a_risk = "risk_index" if afields.lookupField("risk_index") >= 0 else None
        a_count = "n_members" if afields.lookupField("n_members") >= 0 else None

        join_field = self.parameterAsString(parameters, self.ALLIANCE_FIELD, context) or "alliance_id"
        if join_field != "alliance_id":  # a field named by the analyst must exist; the default may not
            self.field(parameters, self.ALLIANCE_FIELD, context, units)
        if ufields.lookupField(join_field) < 0 or a_id is None:
            join_field = None
        for param, numeric in ((self.UNIT_NAME_FIELD, False), (self.UNIT_POPULATION_FIELD, True)):
            self.field(parameters, param, context, units, numeric=numeric, required=False)  # named in the error if missing (or, for the population, text)
        name_field = self.parameterAsString(parameters, self.UNIT_NAME_FIELD, context) or next(
            (n for n in NAME_GUESSES if ufields.lookupField(n) >= 0), None) or next(
            (f.name() for f in ufields if f.type() == FIELD_STRING
             and f.name() not in ("alliance_id", "role", "status", "gap_reason", "violations")), None)

        # alliance rows and keys
        keys: Dict[int, str] = {}
        rows: Dict[str, AllianceRow] = {}
        geoms: Dict[str, QgsGeometry] = {}
        for feature in alliances.getFeatures():
            key = _key(feature[a_id]) if a_id else None
            key = key if key is not None else f"fid{feature.id()}"
            keys[feature.id()] = key
            geoms[key] = feature.geometry()
            rows[key] = AllianceRow(
                key=key, name=str(feature[a_name]) if a_name and not is_null(feature[a_name]) else key,
                population=to_float(feature[a_pop]) if a_pop else None,
                n_members=int(feature[a_count]) if a_count and to_float(feature[a_count]) is not None else None,
                pop_ratio=to_float(feature[a_ratio]) if a_ratio else None,
                risk_index=to_float(feature[a_risk]) if a_risk else None)

        # unit -> alliance: by the id field, else by a point inside the unit
        unit_alliance: Dict[int, Optional[str]] = {}
        if join_field:
            for feature in units.getFeatures():
                key = _key(feature[join_field])
                unit_alliance[feature.id()] = key if key in rows else None
        else:
            index = QgsSpatialIndex()
            by_fid = {}
            for fid, key in keys.items():
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

        # the population field of the units
        pop_field = self.parameterAsString(parameters, self.UNIT_POPULATION_FIELD, context)
        if not pop_field:
            candidates = [f.name() for f in ufields if f.isNumeric() and "pop" in f.name().lower()]
            known = {k: r.population for k, r in rows.items() if r.population}
            if candidates and known:
                sums = {name: {} for name in candidates}
                for feature in units.getFeatures():
                    key = unit_alliance.get(feature.id())
                    if key is None:
                        continue
                    for name in candidates:
                        sums[name][key] = sums[name].get(key, 0.0) + (to_float(feature[name]) or 0.0)
                pop_field = pick_sum_field(known, sums)
            if not pop_field:
                pop_field = "population" if ufields.lookupField("population") >= 0 else (candidates or [None])[0]
        has_gap = ufields.lookupField("gap") >= 0
        has_covered = ufields.lookupField("covered_by_alliance") >= 0
        u_risk = "risk_index" if ufields.lookupField("risk_index") >= 0 else None
        has_role = ufields.lookupField("role") >= 0

        members: List[MemberRow] = []
        member_by_key: Dict[str, List[MemberRow]] = {}
        for feature in units.getFeatures():
            key = unit_alliance.get(feature.id())
            row = MemberRow(
                name=str(feature[name_field]) if name_field and not is_null(feature[name_field]) else str(feature.id()),
                alliance=key,
                population=to_float(feature[pop_field]) if pop_field else None,
                role=str(feature["role"]) if has_role and not is_null(feature["role"]) else None,
                risk_index=to_float(feature[u_risk]) if u_risk else None,
                gap=(int(to_float(feature["gap"])) if to_float(feature["gap"]) is not None else None) if has_gap else None,
                covered=(int(to_float(feature["covered_by_alliance"]) or 0)) if has_covered else None)
            members.append(row)
            if key is not None:
                member_by_key.setdefault(key, []).append(row)
        for key, row in rows.items():
            ms = member_by_key.get(key, [])
            if row.population is None and ms:
                row.population = sum(m.population or 0.0 for m in ms)
            if row.n_members is None:
                row.n_members = len(ms)
        gaps = gap_by_alliance(members) if has_gap else {}
        for key, (before, after) in gaps.items():
            rows[key].gap_before, rows[key].gap_after = before, after

        floor = self.parameterAsDouble(parameters, self.FLOOR, context) or derive_floor(
            (r.population, r.pop_ratio) for r in rows.values()) or DEFAULT_FLOOR
        data = ReportData(alliances=list(rows.values()), members=members, floor=floor, has_gap=has_gap,
                          has_risk=bool(a_risk or u_risk))

        # the report's own fields: join keys, gap before/after, the atlas facts and chart
        new = [new_field(KEY, FIELD_STRING), new_field(FACTS, FIELD_STRING), new_field(CHART, FIELD_STRING)]
        if has_gap:
            new += [new_field(GAP_BEFORE, FIELD_INT), new_field(GAP_AFTER, FIELD_INT)]
        new = [f for f in new if afields.lookupField(f.name()) < 0]
        alliances.dataProvider().addAttributes(new)
        alliances.updateFields()
        fields = alliances.fields()
        changes = {}
        for fid, key in keys.items():
            row = rows[key]
            values = {fields.lookupField(KEY): key,
                      fields.lookupField(FACTS): self._facts(row, member_by_key.get(key, []), floor, has_gap)}
            if has_gap:
                values[fields.lookupField(GAP_BEFORE)] = row.gap_before or 0
                values[fields.lookupField(GAP_AFTER)] = row.gap_after or 0
            changes[fid] = values
        alliances.dataProvider().changeAttributeValues(changes)
        units.dataProvider().addAttributes([new_field(UNIT_KEY, FIELD_STRING)])
        units.updateFields()
        uidx = units.fields().lookupField(UNIT_KEY)
        units.dataProvider().changeAttributeValues({fid: {uidx: key} for fid, key in unit_alliance.items()})
        info = dict(alliance_name=a_name or KEY, alliance_population=a_pop, alliance_ratio=a_ratio,
                    alliance_risk=a_risk, alliance_count=a_count, name=name_field, population=pop_field,
                    risk=u_risk, gap=has_gap, covered=has_covered, role=has_role,
                    gap_reason=ufields.lookupField("gap_reason") >= 0,
                    member_by_key=member_by_key, rows=rows, keys=keys)
        if not name_field:
            feedback.pushWarning(tr("UNIT_NAME_FIELD: no name field found in the units; feature ids are shown."))
        if not pop_field:
            feedback.pushWarning(tr("UNIT_POPULATION_FIELD: no population field found in the units."))
        else:
            feedback.pushInfo(tr("Units: names from \"{0}\", population from \"{1}\".").format(name_field, pop_field))
        return data, info

    @staticmethod
    def _facts(row: AllianceRow, members: List[MemberRow], floor: Optional[float], has_gap: bool) -> str:
        lines = ["인구 / Population: {0}".format(format_int(row.population))
                 + ("  ({0} × 하한 / floor {1})".format(format_number(row.population / floor, 2), format_int(floor))
                    if floor and row.population else "")]
        hubs = [m.name for m in members if (m.role or "").lower() == "hub"]
        names = [m.name for m in sorted(members, key=lambda m: -(m.population or 0.0))]
        lines.append("구성 / Members ({0}): {1}".format(len(members) or row.n_members or 0, ", ".join(names)))
        if hubs:
            lines.append("중심 / Hub: {0}".format(", ".join(hubs)))
        if row.risk_index is not None:
            lines.append("소멸위험지수 / Extinction-risk index: {0}".format(format_number(row.risk_index)))
        if has_gap:
            lines.append("서비스 공백 / Members in service gap: {0} → {1} with the alliance".format(
                row.gap_before or 0, row.gap_after or 0))
        return "\n".join(lines)

    # ------------------------------------------------------------------ styles

    def _style_layers(self, alliances: QgsVectorLayer, units: QgsVectorLayer, info: dict,
                      atlas_mode: bool) -> Dict[str, QgsVectorLayer]:
        """Units: the shipped QML matching their fields, else a clean fallback. Alliances: their
        outlines over the units (the shipped alliances.qml fill would hide the units' symbology,
        and its geometry generator costs seconds per map on the sample: ``_prepare_geometries``
        drops the tiny parts once instead). Returns the extra layers of atlas pages: ``context``
        (the surroundings) and the inset map's two."""
        if info["gap"]:
            names, label = ("service_gaps.qml",), "서비스 공백 / Service gaps"
        elif info["role"]:
            names, label = ("alliance_members.qml", "alliances_members.qml"), "연합 구성 / Alliance membership"
        else:
            names, label = (), "시군구 / Units"
        units.setName(label)
        qml = next((STYLES / n for n in names if (STYLES / n).exists()), None)
        if qml is not None:
            units.loadNamedStyle(str(qml))
        else:
            units.setRenderer(self._fallback_units_renderer(info))
        units.setLabelsEnabled(False)

        alliances.setName("연합 / Alliances")
        outline = _fill("#000000", "#252525", 0.6, "no")
        outline.symbolLayer(0).setPenJoinStyle(Qt.PenJoinStyle.RoundJoin)
        alliances.setRenderer(QgsSingleSymbolRenderer(outline))
        extra: Dict[str, QgsVectorLayer] = {}
        if not atlas_mode:
            if info["alliance_name"]:  # the name only: the table and chart give the figures
                _labeling(alliances, _quote(info["alliance_name"]), 6.5, True, "#1b1b1b")
            return extra

        current = f"{_quote(KEY)} = attribute(@atlas_feature, '{KEY}')"
        layer = outline.symbolLayer(0)
        layer.setDataDefinedProperty(PROPERTY_STROKE_WIDTH,
                                     QgsProperty.fromExpression(f"if({current}, 0.75, 0.3)"))
        layer.setDataDefinedProperty(PROPERTY_STROKE_COLOR,
                                     QgsProperty.fromExpression(f"if({current}, '#111111', '#6e6e6e')"))
        member = f"coalesce({_quote(UNIT_KEY)}, '') = attribute(@atlas_feature, '{KEY}')"
        if info["name"]:
            _labeling(units, _quote(info["name"]), 7.5, True, "#1b1b1b", show=member)
        # the surroundings: grey over every unit outside the page's alliance, white boundaries
        # over all, drawn above the units (a clipping path per page would cost more)
        context = self._duplicate(units, "주변 / Surroundings")
        veil = _fill("#ececec", "#ffffff", 0.25)
        veil.symbolLayer(0).setDataDefinedProperty(
            PROPERTY_FILL_COLOR,
            QgsProperty.fromExpression(f"if({member}, '0,0,0,0', '236,236,236,255')"))
        context.setRenderer(QgsSingleSymbolRenderer(veil))
        if info["name"]:
            _labeling(context, _quote(info["name"]), 6, False, "#7a7a7a", show=f"NOT ({member})")
        extra["context"] = context
        # the inset: every unit in grey, the alliances outlined, the page's alliance in red, all
        # simplified (drawn with every vertex of every coastline it cost a second a page)
        extent = units.extent()
        tolerance = max(extent.width(), extent.height()) / 1500.0
        inset_units = self._duplicate(units, "시군구 / Units", lambda g: g.simplify(tolerance))
        inset_units.setRenderer(QgsSingleSymbolRenderer(_fill("#e0e0e0", "#e0e0e0", 0.0, "solid")))
        inset_alliances = self._duplicate(alliances, "연합 / Alliances", lambda g: g.simplify(tolerance))
        mark = _fill("#c62828", "#8a8a8a", 0.12)
        mark.symbolLayer(0).setDataDefinedProperty(
            PROPERTY_FILL_COLOR, QgsProperty.fromExpression(f"if({current}, '#c62828', '0,0,0,0')"))
        inset_alliances.setRenderer(QgsSingleSymbolRenderer(mark))
        extra["inset_units"], extra["inset_alliances"] = inset_units, inset_alliances
        return extra

    @staticmethod
    def _duplicate(layer: QgsVectorLayer, name: str, geometry=None) -> QgsVectorLayer:
        """A memory copy of ``layer`` (fields and features), with ``geometry(g)`` applied to each
        geometry when given (its result is kept only when it is not empty)."""
        copy = QgsMemoryProviderUtils.createMemoryLayer(name, layer.fields(), layer.wkbType(), layer.crs())
        features = []
        for feature in layer.getFeatures():
            geom = feature.geometry()
            if geometry is not None and geom is not None and not geom.isEmpty():
                changed = geometry(geom)
                if changed is not None and not changed.isEmpty():
                    feature.setGeometry(changed)
            features.append(feature)
        copy.dataProvider().addFeatures(features)
        copy.updateExtents()
        return copy

    @staticmethod
    def _without_specks(geom: QgsGeometry, share: float = 0.01) -> QgsGeometry:
        """The parts (and holes) covering at least ``share`` of the alliance's area, so that tiny
        islands and the hairline gaps between dissolved members do not turn into blots and dashes
        of outline (the shipped alliances.qml drops small parts with a geometry generator)."""
        parts = geom.asGeometryCollection() if geom.isMultipart() else [geom]
        total = sum(p.area() for p in parts)
        kept = [p for p in parts if p.area() >= share * total] or parts
        return QgsGeometry.collectGeometry(kept).removeInteriorRings(share * total)

    @staticmethod
    def _fallback_units_renderer(info: dict):
        if info["gap"]:
            expression = "CASE WHEN \"gap\" = 1 AND coalesce(\"covered_by_alliance\", 0) = 1 THEN 2 " \
                         "WHEN \"gap\" = 1 THEN 1 WHEN \"gap\" = 0 THEN 0 END" if info["covered"] else "\"gap\""
            categories = [
                QgsRendererCategory(1, _fill("#e6550d"), "공백 / in gap"),
                QgsRendererCategory(2, _fill("#fdae6b", "#ffffff", 0.15), "연대로 해소 / covered by the alliance"),
                QgsRendererCategory(0, _fill("#d9e3ec"), "공백 없음 / no gap"),
                QgsRendererCategory(None, _fill("#f0f0f0"), "자료 없음 / no data"),
            ]
            return QgsCategorizedSymbolRenderer(expression, categories)
        if info["role"]:
            categories = [
                QgsRendererCategory("hub", _fill("#2b6c9e"), "중심 / hub"),
                QgsRendererCategory("member", _fill("#9ecae1"), "구성 / member"),
                QgsRendererCategory("none", _fill("#f0f0f0"), "연합 밖 / outside any alliance"),
            ]
            return QgsCategorizedSymbolRenderer("role", categories)
        return QgsSingleSymbolRenderer(_fill("#e3e8ed"))

    # ------------------------------------------------------------------ layout items

    @staticmethod
    def _item(layout, item_id, cls):
        item = layout.itemById(item_id)
        return item if isinstance(item, cls) else None

    def _set_text(self, layout, item_id: str, text: Optional[str], field: Optional[str] = None,
                  one_line: bool = False) -> None:
        """Labels that use an @sbs_ variable keep their expression; others get the text. A
        ``one_line`` label gets a smaller font (down to 70 %) until its text fits its width."""
        label = self._item(layout, item_id, QgsLayoutItemLabel)
        if label is None:
            return
        if field:
            label.setText(f"[% {_quote(field)} %]")
        elif "@sbs_" not in label.text() and "[%" not in label.text():
            label.setText(text)
        if one_line:
            size = label_text_size(label)
            smallest = size * 0.7
            width = label.sizeWithUnits().width()
            while label.sizeForText().width() > width and size > smallest:
                size *= 0.95
                set_label_text_size(label, size)

    def _setup_map(self, layout, alliances, units, context, atlas_mode) -> Optional[QgsLayoutItemMap]:
        map_item = self._item(layout, "map", QgsLayoutItemMap)
        if map_item is None:
            return None
        # top first: the alliances' outlines, then (atlas) the grey surroundings, then the units
        map_item.setLayers([alliances] + ([context] if context else []) + [units])
        map_item.setKeepLayerSet(True)
        map_item.setCrs(units.crs())
        extent = QgsRectangle(units.extent())
        extent.combineExtentWith(alliances.extent())
        map_item.setExtent(self._fit(extent, map_item, 0.03))
        if atlas_mode:
            map_item.setAtlasDriven(True)
            map_item.setAtlasScalingMode(QgsLayoutItemMap.AtlasScalingMode.Auto)
            map_item.setAtlasMargin(0.12)
        return map_item

    @staticmethod
    def _fit(extent: QgsRectangle, item, margin: float) -> QgsRectangle:
        """The extent grown to the item's aspect ratio (zoomToExtent is unreliable headless on 3.22)."""
        size = item.sizeWithUnits()
        ratio = size.width() / size.height() if size.height() else 1.0
        cx, cy = extent.center().x(), extent.center().y()
        half_w, half_h = extent.width() * (0.5 + margin), extent.height() * (0.5 + margin)
        half_w, half_h = max(half_w, 1.0), max(half_h, 1.0)
        if half_w / half_h < ratio:
            half_w = half_h * ratio
        else:
            half_h = half_w / ratio
        return QgsRectangle(cx - half_w, cy - half_h, cx + half_w, cy + half_h)

    def _setup_legend(self, layout, map_item, layers, atlas_mode, feedback) -> None:
        legend = self._item(layout, "legend", QgsLayoutItemLegend)
        if legend is None:
            return
        box = legend.sizeWithUnits()
        legend.setAutoUpdateModel(False)
        root = legend.model().rootGroup()
        root.clear()
        for layer in layers:  # alliances first: the outline reads as "this is an alliance"
            node = root.addLayer(layer)
            if node is not None and isinstance(layer.renderer(), QgsSingleSymbolRenderer):
                QgsLegendRenderer.setNodeLegendStyle(node, QgsLegendStyle.Style.Hidden)  # the symbol has the name
            if node is not None and atlas_mode and layer.fields().lookupField(UNIT_KEY) >= 0:
                # only the classes of the page's members: the others are under the grey veil
                QgsLayerTreeUtils.setLegendFilterByExpression(
                    node, f"coalesce({_quote(UNIT_KEY)}, '') = attribute(@atlas_feature, '{KEY}')")
        if map_item is not None:
            legend.setLinkedMap(map_item)
            legend.setLegendFilterByMapEnabled(True)
        legend.setResizeToContents(True)
        legend.updateFilterByMap(False)
        legend.adjustBoxSize()
        self._shrink_legend(legend, box, feedback)

    @staticmethod
    def _shrink_legend(legend, box, feedback) -> None:
        """Smaller text until the legend fits the box that the template gave it."""
        for _ in range(6):
            size = legend.sizeWithUnits()
            if size.height() <= box.height() + 0.5 and size.width() <= box.width() + 0.5:
                return
            for style in (QgsLegendStyle.Style.Group, QgsLegendStyle.Style.Subgroup, QgsLegendStyle.Style.SymbolLabel):
                font = legend.styleFont(style)
                font.setPointSizeF(max(font.pointSizeF() * 0.9, 4.5))
                legend.setStyleFont(style, font)
            legend.setSymbolHeight(max(legend.symbolHeight() * 0.9, 2.0))
            legend.adjustBoxSize()
        feedback.pushWarning(tr("The legend is larger than its place in the template."))

    def _setup_decorations(self, layout, map_item) -> None:
        bar = self._item(layout, "scalebar", QgsLayoutItemScaleBar)
        if bar is not None and map_item is not None:
            bar.setBackgroundEnabled(True)  # readable over any map content
            bar.setBackgroundColor(QColor(255, 255, 255, 210))
            bar.setLinkedMap(map_item)
            bar.setUnits(DISTANCE_KILOMETERS)
            bar.setUnitLabel("km")
            bar.setMapUnitsPerScaleBarUnit(1.0)  # km are converted from the map units by QGIS
            bar.update()
        arrow = self._item(layout, "north_arrow", QgsLayoutItemPicture)
        if arrow is not None:
            if arrow.isMissingImage() or not arrow.picturePath():
                path = QgsSymbolLayerUtils.svgSymbolNameToPath(NORTH_ARROW, QgsPathResolver())
                arrow.setPicturePath(path, PICTURE_SVG)
            if map_item is not None:
                arrow.setLinkedMap(map_item)

    def _setup_overview_map(self, layout, map_item, extra: Dict[str, QgsVectorLayer]) -> None:
        """The atlas page's inset: where the alliance lies in the whole study area."""
        inset = self._item(layout, "overview_map", QgsLayoutItemMap)
        if inset is None or "inset_units" not in extra:
            return
        inset.setLayers([extra["inset_alliances"], extra["inset_units"]])
        inset.setKeepLayerSet(True)
        inset.setCrs(extra["inset_units"].crs())
        extent = QgsRectangle(extra["inset_units"].extent())
        extent.combineExtentWith(extra["inset_alliances"].extent())
        inset.setExtent(self._fit(extent, inset, 0.02))
        if map_item is not None:
            overview = QgsLayoutItemMapOverview(tr("Page extent"), inset)
            overview.setLinkedMap(map_item)
            overview.setFrameSymbol(QgsFillSymbol.createSimple(
                {"color": "0,0,0,0", "outline_color": "#c62828", "outline_width": "0.25"}))
            inset.overviews().addOverview(overview)

    @staticmethod
    def _table(layout) -> Tuple[Optional[QgsLayoutItemAttributeTable], Optional[QgsLayoutFrame], QgsLayoutSize]:
        """The table of the frame with id ``table``, the frame, and its designed size (a table frame
        takes its table's width, so read it before the columns change)."""
        frame = layout.itemById("table")
        if isinstance(frame, QgsLayoutFrame) and isinstance(frame.multiFrame(), QgsLayoutItemAttributeTable):
            return frame.multiFrame(), frame, QgsLayoutSize(frame.sizeWithUnits())
        return None, None, QgsLayoutSize()

    def _columns(self, layout, table, specs) -> None:
        """Korean headings (one line each: two-line headings overlap in 3.22) and the English key
        of the columns in the label ``table_note`` under the table."""
        columns = []
        for heading, expression, align, _note in specs:
            column = QgsLayoutTableColumn()
            column.setHeading(heading)
            column.setAttribute(expression)
            column.setHAlignment(align)
            column.setWidth(0)
            columns.append(column)
        table.setColumns(columns)
        note = self._item(layout, "table_note", QgsLayoutItemLabel)
        if note is not None:
            note.setText("  ·  ".join(f"{heading} {key}" for heading, _e, _a, key in specs))

    def _setup_alliance_table(self, layout, alliances, info, data, feedback) -> None:
        table, frame, box = self._table(layout)
        if table is None:
            return
        table.setVectorLayer(alliances)
        table.setSource(QgsLayoutItemAttributeTable.ContentSource.LayerAttributes)
        table.setMaximumNumberOfFeatures(100000)
        right = Qt.AlignmentFlag.AlignRight
        specs = [("연합", _quote(info["alliance_name"]), Qt.AlignmentFlag.AlignLeft, "alliance (named after its hub)")]
        if info["alliance_count"]:
            specs.append(("시군", _quote(info["alliance_count"]), right, "member units"))
        pop = _quote(info["alliance_population"]) if info["alliance_population"] else None
        if pop:
            specs.append(("인구", f"format_number({pop}, 0)", right, "residents"))
        if info["alliance_ratio"]:
            specs.append(("하한 대비", f"format_number({_quote(info['alliance_ratio'])}, 2)", right,
                          "population ÷ floor"))
        if info["alliance_risk"]:
            specs.append(("소멸위험", f"format_number({_quote(info['alliance_risk'])}, 2)", right,
                          "extinction-risk index, pooled (women 20–39 ÷ 65+)"))
        if info["gap"]:
            specs.append(("공백 전→후", f"concat({_quote(GAP_BEFORE)}, ' → ', {_quote(GAP_AFTER)})", right,
                          "members in service gap alone → with the alliance's services"))
        self._columns(layout, table, specs)
        if pop:
            _sort_descending(table, pop)
        table.refreshAttributes()
        self._fit_table(layout, table, box, True, feedback)
        self._stretch_table(table, box)
        self._place_note(layout, table, frame)

    def _setup_members_table(self, layout, units, info, data, feedback) -> None:
        table, frame, box = self._table(layout)
        if table is None:
            return
        table.setVectorLayer(units)
        table.setSource(QgsLayoutItemAttributeTable.ContentSource.LayerAttributes)
        table.setMaximumNumberOfFeatures(100000)
        table.setFilterFeatures(True)
        table.setFeatureFilter(f"{_quote(UNIT_KEY)} IS NOT NULL")  # widths for the widest page
        right = Qt.AlignmentFlag.AlignRight
        specs = [("시군구", _quote(info["name"]) if info["name"] else "$id", Qt.AlignmentFlag.AlignLeft, "member unit")]
        if info["role"]:
            specs.append(("역할", "CASE WHEN \"role\" = 'hub' THEN '중심 hub' "
                                      "WHEN \"role\" = 'member' THEN '구성 member' ELSE \"role\" END",
                          Qt.AlignmentFlag.AlignLeft, "role"))
        pop = _quote(info["population"]) if info["population"] else None
        if pop:
            specs.append(("인구", f"format_number({pop}, 0)", right, "residents"))
        if info["risk"]:
            specs.append(("소멸위험", f"format_number({_quote(info['risk'])}, 2)", right,
                          "extinction-risk index"))
        if info["gap"]:
            reason = "coalesce(nullif(\"gap_reason\", ''), 'gap')" if info["gap_reason"] else "'gap'"
            covered = "coalesce(\"covered_by_alliance\", 0) = 1" if info["covered"] else "false"
            specs.append(("서비스 공백",
                          f"CASE WHEN \"gap\" = 1 AND {covered} THEN '연대로 해소 · ' || {reason} "
                          f"WHEN \"gap\" = 1 THEN '공백 · ' || {reason} ELSE '–' END", Qt.AlignmentFlag.AlignLeft,
                          "service gap of the unit alone; 연대로 해소 = covered by the alliance"))
        self._columns(layout, table, specs)
        if pop:
            _sort_descending(table, pop)
        table.refreshAttributes()
        self._fit_table(layout, table, box, False, feedback)
        self._stretch_table(table, box)
        table.setFeatureFilter(f"{_quote(UNIT_KEY)} = attribute(@atlas_feature, '{KEY}')")
        table.refreshAttributes()

    @staticmethod
    def _rows_fit(layout, table) -> bool:
        """Every row of the table shows in its first frame (3.22's totalSize() is the frames' size)."""
        context = QgsLayoutUtils.createRenderContextForLayout(layout, None)
        return table.rowsVisible(context, 0, 0, False) >= len(table.contents())

    def _fit_table(self, layout, table, box, rows_too: bool, feedback) -> None:
        """Smaller text and margins until every column (and row) fits the designed box; warn if not."""

        def fits() -> bool:
            table.refreshAttributes()
            if table.totalSize().width() > box.width() + 0.1:
                return False
            return not rows_too or self._rows_fit(layout, table)

        for _ in range(8):
            if fits():
                return
            for getter, setter in ((table.headerTextFormat, table.setHeaderTextFormat),
                                   (table.contentTextFormat, table.setContentTextFormat)):
                fmt = getter()
                fmt.setSize(max(fmt.size() * 0.93, 4.5))
                font = fmt.font()
                font.setPointSizeF(fmt.size())
                fmt.setFont(font)
                setter(fmt)
            table.setCellMargin(max(table.cellMargin() * 0.88, 0.3))
        if not fits():
            feedback.pushWarning(tr("The table ({0} rows) does not fit its frame: choose the A3 page, the atlas "
                                    "or a template with a larger table.").format(len(table.contents())))

    @staticmethod
    def _stretch_table(table, box) -> None:
        """Spread the frame's spare width over the columns (3.22 sizes columns to their content)."""
        table.refreshAttributes()
        spare = box.width() - table.totalSize().width()
        columns = table.columns()
        if spare <= 0.5 or not columns:
            return
        base = table.totalSize().width()
        original = [c.width() for c in columns]

        def set_widths(widths):
            current = table.columns()
            for column, width in zip(current, widths):
                column.setWidth(width)
            table.setColumns(current)
            table.refreshAttributes()

        natural = []
        for i in range(len(columns)):  # a column's own width: the total shrinks by it when it is 1 mm
            set_widths([1.0 if j == i else w for j, w in enumerate(original)])
            natural.append(base - table.totalSize().width() + 1.0)
        set_widths([max(w + spare / len(columns) - 0.05, 1.0) for w in natural])

    def _place_note(self, layout, table, frame) -> None:
        """Shrink the frame to its rows and put the column key (label ``table_note``) right under it."""
        note = self._item(layout, "table_note", QgsLayoutItemLabel)
        if note is None or note.positionWithUnits().y() < frame.positionWithUnits().y():
            return
        size = QgsLayoutSize(frame.sizeWithUnits())
        if not self._rows_fit(layout, table):
            return
        low, high = 0.0, size.height()
        for _ in range(12):
            mid = (low + high) / 2
            frame.attemptResize(QgsLayoutSize(size.width(), mid, size.units()))
            if self._rows_fit(layout, table):
                high = mid
            else:
                low = mid
        frame.attemptResize(QgsLayoutSize(size.width(), high + 0.2, size.units()))
        position = note.positionWithUnits()
        position.setY(frame.positionWithUnits().y() + high + 2.5)
        note.attemptMove(position)

    def _setup_chart(self, layout, data: ReportData, alliances: Optional[QgsVectorLayer] = None,
                     info: Optional[dict] = None) -> None:
        """The overview chart, or with ``alliances`` one chart per alliance picked by the atlas."""
        picture = self._item(layout, "chart", QgsLayoutItemPicture)
        if picture is None:
            return
        size = picture.sizeWithUnits()
        # drawn smaller and zoomed by the picture: larger type on larger pages (x1.3 on A3)
        page_width = layout.pageCollection().page(0).pageSize().width() if layout.pageCollection().pageCount() else 297
        zoom = max(1.0, (page_width / 297.0) ** 0.75)
        width, height = size.width() / zoom, size.height() / zoom
        picture.setResizeMode(QgsLayoutItemPicture.ResizeMode.Zoom)
        if alliances is None:
            picture.setPicturePath(_svg_b64(overview_chart_svg(data, width, height)), PICTURE_SVG)
            return
        idx = alliances.fields().lookupField(CHART)
        changes = {}
        for fid, key in info["keys"].items():
            svg = alliance_chart_svg(info["rows"][key], info["member_by_key"].get(key, []), data.floor,
                                     width, height, data.has_gap, data.has_risk)
            changes[fid] = {idx: _svg_b64(svg)}
        alliances.dataProvider().changeAttributeValues(changes)
        picture.setMode(PICTURE_SVG)
        props = picture.dataDefinedProperties()
        props.setProperty(QgsLayoutObject.DataDefinedProperty.PictureSource, QgsProperty.fromField(CHART))
        picture.setDataDefinedProperties(props)

    # ------------------------------------------------------------------ export

    def _export(self, layout, atlas_mode, pdf_path, png_path, dpi, feedback) -> Optional[int]:
        exporter = QgsLayoutExporter(layout)
        temps: List[Tuple[str, str]] = []
        try:
            pages = layout.pageCollection().pageCount()
            if pdf_path:
                tmp = self._temp_name(pdf_path)
                temps.append((tmp, pdf_path))
                settings = QgsLayoutExporter.PdfExportSettings()
                settings.dpi = 200  # rasterised parts only (hatched fills): 300 doubled the atlas' size
                settings.rasterizeWholeImage = False
                settings.forceVectorOutput = True
                settings.exportMetadata = True
                settings.simplifyGeometries = True
                settings.textRenderFormat = TEXT_ALWAYS_TEXT  # searchable Korean text
                if atlas_mode:
                    result, error = exporter.exportToPdf(layout.atlas(), tmp, settings, feedback)
                    pages = layout.atlas().count() * layout.pageCollection().pageCount()
                else:
                    result, error = exporter.exportToPdf(tmp, settings), ""
                if feedback.isCanceled():
                    return None
                if result != QgsLayoutExporter.ExportResult.Success:
                    raise QgsProcessingException(tr("The PDF could not be written to {0}: {1}").format(
                        pdf_path, error or exporter.errorMessage()))
            feedback.setProgress(85)
            if png_path:
                tmp = self._temp_name(png_path)
                temps.append((tmp, png_path))
                atlas = layout.atlas()
                if atlas_mode:  # the first atlas page
                    atlas.beginRender()
                    atlas.first()
                # the page as an image, saved by Qt: exportToImage would also reopen the PNG with
                # GDAL to georeference it, which fails for PNG ("does not support update access")
                image = exporter.renderPageToImage(0, QSize(), dpi)
                if atlas_mode:
                    atlas.endRender()
                if feedback.isCanceled():
                    return None
                image.setDotsPerMeterX(round(dpi / 0.0254))
                image.setDotsPerMeterY(round(dpi / 0.0254))
                if image.isNull() or not image.save(tmp, "PNG"):
                    raise QgsProcessingException(tr("The image could not be written to {0}.").format(png_path))
            for tmp, final in temps:
                os.replace(tmp, final)
            temps = []
            feedback.setProgress(100)
            return pages
        finally:
            for tmp, _final in temps:  # cancelled or failed: no partial file stays behind
                for path in (tmp, os.path.splitext(tmp)[0] + ".pgw", os.path.splitext(tmp)[0] + ".pngw"):
                    if os.path.exists(path):
                        os.remove(path)

    @staticmethod
    def _temp_name(path: str) -> str:
        folder, name = os.path.split(os.path.abspath(path))
        os.makedirs(folder or ".", exist_ok=True)
        stem, ext = os.path.splitext(name)
        return os.path.join(folder, f".{stem}.{uuid.uuid4().hex[:8]}.partial{ext or '.out'}")

    @staticmethod
    def _layout_name(project, title: str) -> str:
        names = {layout.name() for layout in project.layoutManager().layouts()}
        name, n = title, 2
        while name in names:
            name, n = f"{title} ({n})", n + 1
        return name
