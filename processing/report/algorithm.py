"""smallbutstrong:exportreport: a print-layout map report (PDF and PNG), optionally an atlas.

The steps: copy and join the layers (:mod:`.inputs`), style them (:mod:`.styling`), fill the
template's items (:mod:`.layout`, :mod:`.tables`), export (:mod:`.export`). Every printed word
is in the interface language (:mod:`.texts`) or comes from the data, in a font chosen for the
scripts on the page; the sources default to the inputs' own attribution.
"""

from __future__ import annotations

import os
from datetime import date
from typing import List

from qgis.core import (
    QgsExpressionContextUtils,
    QgsLayoutItemMap,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterString,
    QgsProject,
)

from ...__about__ import RESOURCES, __version__
from ...compat import ALGORITHM_NO_THREADING, FILE_BEHAVIOR_FILE, PARAMETER_ADVANCED, POINT_GEOMETRY, SOURCE_POINT
from ...core.report import (
    AllianceRow,
    MemberRow,
    first_below,
    format_int,
    format_number,
    full_path,
    summary_lines,
)
from ..base import SbsAlgorithm
from ..provenance import attribution, layer_of
from ..translate import tr
from . import layout as items
from .export import check_destination, export
from . import siting as sites_module
from .inputs import FACTS, collect, copy_layer, map_crs, quote, write_facts
from .styling import style_layers, without_specks
from .tables import setup_alliance_table, setup_members_table
from .texts import font_family, report_text

LAYOUTS = RESOURCES / "layouts"
PAGE_SIZES = ("A4", "A3")
#: the property that marks the layer-tree group of a report in the desktop (one per title)
GROUP_PROPERTY = "small_but_strong/report"


class ExportReportAlgorithm(SbsAlgorithm):
    ALLIANCES = "ALLIANCES"
    UNITS = "UNITS"
    SITES = "SITES"
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
    SCALE_UNITS = "SCALE_UNITS"
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
        self.add_source(self.ALLIANCES, tr("Alliances (polygons)"),
                        tooltip=tr("The alliances output of Propose alliances."))
        self.add_source(self.UNITS, tr("Units (alliance members or service gaps)"),
                        tooltip=tr("The members or service-gap output of the same run as the alliances."))
        self.add_source(self.SITES, tr("Chosen sites (optional: the sites output of Site shared facilities)"),
                        [SOURCE_POINT], optional=True,
                        tooltip=tr("Drawn on the maps and listed on a siting page (on atlas pages, in each "
                                   "alliance's facts). Give as UNITS the units output of the same run for the "
                                   "residents beyond the standard before and after."))
        self.addParameter(QgsProcessingParameterString(self.TITLE, tr("Title"), optional=True))
        self.add_enum(self.PAGE_SIZE, tr("Page size of the shipped template"),
                      [tr("A4 landscape"), tr("A3 landscape")], 0)
        self.addParameter(QgsProcessingParameterFile(self.TEMPLATE, tr("Your own layout template (.qpt)"),
                                                     behavior=FILE_BEHAVIOR_FILE, extension="qpt", optional=True))
        self.addParameter(QgsProcessingParameterBoolean(self.ATLAS, tr("Atlas: one page per alliance"), False))
        self.add_number(self.FLOOR, tr("Population floor (0 = from the alliances' pop_ratio)"), 0, minimum=0,
                        decimals=0)
        self.addParameter(QgsProcessingParameterString(self.PARAMETERS_TEXT,
                                                       tr("Parameters used (printed under the title)"), optional=True))
        self.addParameter(QgsProcessingParameterString(self.SOURCES, tr("Sources (empty: the inputs' attribution)"),
                                                       multiLine=True, optional=True))
        self.add_field(self.ALLIANCE_FIELD, tr("Alliance id field in the units"), parent=self.UNITS,
                       default="alliance_id", optional=True, advanced=True)
        self.add_field(self.UNIT_NAME_FIELD, tr("Unit name field"), parent=self.UNITS, optional=True, advanced=True)
        self.add_field(self.UNIT_POPULATION_FIELD, tr("Unit population field"), parent=self.UNITS, numeric=True,
                       optional=True, advanced=True)
        self.add_enum(self.SCALE_UNITS, tr("Scale bar units"), [tr("kilometres"), tr("miles")], 0, advanced=True)
        self.add_number(self.DPI, tr("Image resolution (dpi)"), 150, minimum=30, maximum=600, integer=True,
                        advanced=True)
        self.addParameter(QgsProcessingParameterFileDestination(
            self.OUTPUT_PDF, tr("PDF report"), fileFilter=tr("PDF files (*.pdf)")))
        self.addParameter(QgsProcessingParameterFileDestination(
            self.OUTPUT_IMAGE, tr("PNG image"), fileFilter=tr("PNG files (*.png)"), optional=True,
            createByDefault=True))
        self.addOutput(QgsProcessingOutputNumber(self.PAGES, tr("Pages in the PDF")))
        self.addOutput(QgsProcessingOutputString(self.LAYOUT_NAME, tr("Layout added to the project")))
        template = self.parameterDefinition(self.TEMPLATE)
        template.setFlags(template.flags() | PARAMETER_ADVANCED)

    # ------------------------------------------------------------------ main
    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        alliances_src = self.source(parameters, self.ALLIANCES, context)
        units_src = self.source(parameters, self.UNITS, context)
        sites_src = self.source(parameters, self.SITES, context, geometry=POINT_GEOMETRY, optional=True)
        options = self._options(parameters, context, units_src)
        crs = map_crs(alliances_src, units_src, context)
        alliances = copy_layer(alliances_src, crs, context, feedback, "alliances")
        units = copy_layer(units_src, crs, context, feedback, "units")
        sites = copy_layer(sites_src, crs, context, feedback, "sites") if sites_src is not None else None
        if feedback.isCanceled():
            return {}
        if units.featureCount() == 0 and units_src.featureCount() > 0 and not feedback.isCanceled():
            raise QgsProcessingException(tr(
                "Parameter UNITS: none of its {0} units can be drawn in the map CRS {1} (coordinates beyond the "
                "CRS's area: is the layer's CRS the one its coordinates are in?).").format(
                units_src.featureCount(), crs.authid() or crs.description()))
        if units.featureCount() == 0:
            raise QgsProcessingException(tr("Parameter UNITS: the layer has no unit to map."))
        if alliances.featureCount() == 0:
            feedback.pushWarning(tr("No alliance to report (none reaches the floor with these settings): the "
                                    "report shows the units alone."))
            if options["atlas"] and options["shipped"]:  # no page per alliance: the overview page instead
                options["atlas"], options["template"] = False, self._template_path(parameters, context, False)
        feedback.pushInfo(tr("{0} alliances over {1} units.").format(alliances.featureCount(), units.featureCount()))
        params = dict(alliance_field=options["alliance_field"], name_field=options["name_field"],
                      population_field=options["population_field"], floor=options["floor"],
                      alliances_layer=layer_of(parameters, self.ALLIANCES, context))
        data, info = collect(alliances, units, params, feedback)
        if feedback.isCanceled():
            return {}
        siting = None
        if sites is not None:
            siting = sites_module.read_sites(sites, alliances, units, info, options["alliance_field"],
                                             options["scale_units"] == 1, feedback)
            sites_module.mark_units(siting, units)
            feedback.pushInfo(tr("{0} sites in {1} alliances.").format(siting.figures.sites,
                                                                       siting.figures.alliances))
        text = report_text()
        write_facts(alliances, info, lambda row, members: self._facts(row, members, data, siting, text))
        feedback.setProgress(15)
        names = [r.name for r in data.alliances] + [m.name for m in data.members] + \
            ([r.name for r in siting.rows] if siting else [])
        options["font"] = font_family(names + [options["title"], options["sources"], tr("Population")])
        return self._render(context, feedback, alliances, units, data, info, options, siting)

    def _options(self, parameters, context, units_src) -> dict:
        title = self.parameterAsString(parameters, self.TITLE, context) or tr("Small but strong alliances")
        atlas_mode = self.parameterAsBoolean(parameters, self.ATLAS, context)
        pdf_path = self.parameterAsFileOutput(parameters, self.OUTPUT_PDF, context)
        png_path = self.parameterAsFileOutput(parameters, self.OUTPUT_IMAGE, context)
        if not pdf_path and not png_path:
            raise QgsProcessingException(tr("Give OUTPUT_PDF or OUTPUT_IMAGE: there is nothing to write."))
        check_destination(pdf_path, self.OUTPUT_PDF)
        check_destination(png_path, self.OUTPUT_IMAGE)
        alliance_field = self.parameterAsString(parameters, self.ALLIANCE_FIELD, context) or "alliance_id"
        if alliance_field != "alliance_id":  # a field named by the analyst must exist; the default may not
            self.field(parameters, self.ALLIANCE_FIELD, context, units_src)
        sources = self.parameterAsString(parameters, self.SOURCES, context) or attribution(
            parameters, [self.UNITS, self.ALLIANCES], context)
        return dict(
            title=title, atlas=atlas_mode, pdf=pdf_path, png=png_path, template=self._template_path(
                parameters, context, atlas_mode), shipped=not self.parameterAsFile(parameters, self.TEMPLATE, context),
            dpi=self.integer(parameters, self.DPI, context, 30),
            sources=sources, notes=self.parameterAsString(parameters, self.PARAMETERS_TEXT, context) or "",
            floor=self.number(parameters, self.FLOOR, context, 0), alliance_field=alliance_field,
            name_field=self.field(parameters, self.UNIT_NAME_FIELD, context, units_src, required=False),
            population_field=self.field(parameters, self.UNIT_POPULATION_FIELD, context, units_src, numeric=True,
                                        required=False),
            scale_units=self.parameterAsEnum(parameters, self.SCALE_UNITS, context),
            desktop=self._is_desktop(context))

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

    # ------------------------------------------------------------------ rendering
    def _render(self, context, feedback, alliances, units, data, info, options, siting=None) -> dict:
        desktop = options["desktop"]
        project = context.project() if desktop else QgsProject()
        layout = items.load_template(project, options["template"])
        self._prepare_geometries(layout, alliances, units, options["atlas"])
        extra = style_layers(alliances, units, info, options["atlas"], options["font"])
        if siting is not None:
            scale = sites_module.page_scale(layout)
            sites_module.style_sites(siting.layer, options["atlas"], options["font"], scale=scale)
            extra["sites"] = siting.layer
            if not options["atlas"]:
                extra.update(sites_module.page_layers(siting, alliances, units, options["font"], scale))
        layers = [alliances, units] + list(extra.values())
        group = self._add_layers(project, layers, alliances, units, options, siting)
        results = {}
        try:
            results = self._fill_and_export(project, layout, layers, extra, data, info, feedback, options, siting)
        finally:
            if desktop and not results.get(self.LAYOUT_NAME):
                # cancelled or failed in the desktop: take the report's layers out again
                project.removeMapLayers([layer.id() for layer in layers])
                project.layerTreeRoot().removeChildNode(group)
        return results

    def _add_layers(self, project, layers, alliances, units, options, siting=None):
        if not options["desktop"]:
            project.addMapLayers(layers, False)
            project.setCrs(units.crs())
            return None
        root = project.layerTreeRoot()
        name = tr("Report: {0}").format(options["title"])
        for old in [g for g in root.findGroups() if g.customProperty(GROUP_PROPERTY) == name]:
            project.removeMapLayers([layer.layerId() for layer in old.findLayers()])
            root.removeChildNode(old)  # one report group per title, replaced on a new run
        group = root.insertGroup(0, name)
        group.setCustomProperty(GROUP_PROPERTY, name)
        for layer in layers:  # shown on the canvas: the alliances over the units, as on paper
            project.addMapLayer(layer, False)
            shown = layer in (alliances, units) or (siting is not None and layer is siting.layer)
            group.addLayer(layer).setItemVisibilityChecked(shown)
        return group

    def _prepare_geometries(self, layout, alliances, units, atlas_mode: bool) -> None:
        """Geometry for print, once: the alliances without their specks, then both layers without the
        vertices that no map of the report can show (0.08 mm of paper at its largest scale)."""
        changes = {}
        for feature in alliances.getFeatures():
            geom = feature.geometry()
            if geom is not None and not geom.isEmpty():
                changes[feature.id()] = without_specks(geom)
        alliances.dataProvider().changeGeometryValues(changes)
        alliances.updateExtents()
        map_item = items.item(layout, "map", QgsLayoutItemMap)
        size = layout.convertToLayoutUnits(map_item.sizeWithUnits()) if map_item is not None else None
        if size is None or size.width() <= 0 or size.height() <= 0:
            return
        boxes = [g.boundingBox() for g in changes.values()] if atlas_mode and changes else [units.extent()]
        spans = [max(b.width() / size.width(), b.height() / size.height()) * (1.24 if atlas_mode else 1.06)
                 for b in boxes if not b.isEmpty()]
        if not spans:
            return
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

    def _fill_and_export(self, project, layout, layers, extra, data, info, feedback, options, siting=None) -> dict:
        alliances, units = layers[0], layers[1]
        family, text = options["font"], report_text()
        layout.setName(self._layout_name(project, options["title"]) if options["desktop"] else options["title"])
        layout.setCustomProperty(GROUP_PROPERTY, True)
        items.set_fonts(layout, family)
        floor = data.floor
        notes = options["notes"]
        parameters_line = "  ·  ".join(p for p in (
            notes, tr("floor {0}").format(format_int(floor)) if floor and not notes else "",
            tr("{0} · Small but Strong {1}").format(date.today().isoformat(), __version__)) if p)
        sources = (tr("Sources: {0}").format(options["sources"])) if options["sources"] else ""
        # the atlas heading: format(@sbs_heading, attribute(@atlas_feature, @sbs_name_field))
        for variable, value in (("sbs_title", options["title"]), ("sbs_parameters", parameters_line),
                                ("sbs_sources", sources), ("sbs_heading", tr("%1 alliance")),
                                ("sbs_name_field", info.alliance_name or "sbs_key")):
            QgsExpressionContextUtils.setLayoutVariable(layout, variable, value)
        items.set_text(layout, "title", options["title"], one_line=True)
        items.set_text(layout, "parameters", parameters_line, one_line=True)
        items.set_text(layout, "sources", sources)
        if feedback.isCanceled():
            return {}
        atlas_mode = options["atlas"] and alliances.featureCount() > 0
        sites = siting.layer if siting is not None else None
        map_item = items.setup_map(layout, alliances, units, extra.get("context"), atlas_mode, sites)
        # the legend's marker in the sites' own colour (on atlas pages the map greys other alliances' sites)
        size = (sites_module.ATLAS_SIZE if atlas_mode else sites_module.SIZE) * sites_module.page_scale(layout)
        symbols = {sites.id(): sites_module.marker(round(size, 2))} if sites else None
        items.setup_legend(layout, map_item, [alliances] + ([sites] if sites else []) + [units], atlas_mode, family,
                           feedback, symbols)
        items.setup_decorations(layout, map_item, options["scale_units"], family)
        items.setup_overview_map(layout, map_item, extra)
        if atlas_mode:
            setup_members_table(layout, units, info, family)
            items.set_text(layout, "facts", None, field=FACTS)
            items.fit_facts(layout, alliances)
            items.setup_chart(layout, data, text, family, alliances, info)
            self._atlas(layout, alliances, info)
        else:
            lines = summary_lines(data, text)
            line = sites_module.summary_line(siting, text) if siting is not None else None
            items.set_text(layout, "summary", "\n".join(lines + ([line] if line else [])))
            items.fit_label(layout, "summary")
            setup_alliance_table(layout, alliances, info, family, feedback, data.floor)
            items.setup_chart(layout, data, text, family)
            if siting is not None:
                sites_module.add_siting_page(layout, siting, extra, units, text, family, feedback)
        feedback.setProgress(30)
        if feedback.isCanceled():
            return {}
        pages = export(layout, atlas_mode, options["pdf"], options["png"], options["dpi"], feedback)
        if pages is None:
            return {}
        feedback.pushInfo(tr("Report written: {0} page(s).").format(pages))
        results = {self.OUTPUT_PDF: options["pdf"], self.OUTPUT_IMAGE: options["png"], self.PAGES: pages,
                   self.LAYOUT_NAME: ""}
        if options["desktop"] and project.layoutManager().addLayout(layout):
            results[self.LAYOUT_NAME] = layout.name()
            feedback.pushInfo(tr("Layout \"{0}\" added to the project.").format(layout.name()))
        return results

    @staticmethod
    def _atlas(layout, alliances, info) -> None:
        atlas = layout.atlas()
        atlas.setCoverageLayer(alliances)
        atlas.setEnabled(True)
        atlas.setPageNameExpression(quote(info.alliance_name or "sbs_key"))
        atlas.setSortFeatures(True)
        atlas.setSortExpression(quote(info.alliance_population) if info.alliance_population else "$id")
        atlas.setSortAscending(not info.alliance_population)
        atlas.setFilterFeatures(False)

    @staticmethod
    def _facts(row: AllianceRow, members: List[MemberRow], data, siting, text) -> str:
        floor = data.floor
        population = tr("Population: {0}").format(format_int(row.population))
        if floor and row.population:
            population += "  " + tr("({0} × the floor of {1})").format(format_number(row.population / floor, 2),
                                                                       format_int(floor))
        lines = [population]
        names = [m.name for m in sorted(members, key=lambda m: -(m.population or 0.0))]
        lines.append(tr("Members ({0}): {1}").format(len(members) or row.n_members or 0, ", ".join(names)))
        hubs = [m.name for m in members if (m.role or "").lower() == "hub"]
        if hubs:
            lines.append(tr("Hub: {0}").format(", ".join(hubs)))
        if row.risk_index is not None:
            lines.append(tr("Extinction-risk index: {0}").format(format_number(row.risk_index)))
        if data.has_gap:
            lines.append(tr("Members in service gap: {0} → {1} with the alliance").format(
                row.gap_before or 0, row.gap_after or 0))
        path = full_path(row, None)
        if path:
            year, value = path[-1]
            below = first_below(row, floor)
            status = text.path_below_from.format(below) if below is not None else \
                text.path_above_through.format(year) if floor else ""
            lines.append(tr("Projected population {0}: {1}").format(year, format_int(value)) +
                         (f" ({status})" if status else ""))
        if siting is not None:
            lines += sites_module.facts_lines(siting, row.key, text)
        return "\n".join(lines)

    @staticmethod
    def _layout_name(project, title: str) -> str:
        """The title: a layout of that name made by an earlier run is replaced."""
        manager = project.layoutManager()
        old = manager.layoutByName(title)
        if old is not None and old.customProperty(GROUP_PROPERTY):
            manager.removeLayout(old)
        names = {layout.name() for layout in manager.layouts()}
        name, n = title, 2
        while name in names:
            name, n = f"{title} ({n})", n + 1
        return name
