"""smallbutstrong:proposealliances: provably optimal alliances of 2–5 neighbouring units.

Thin by design: read the layer into plain records, build the neighbourhood graph
(:mod:`.adjacency`), hand a :class:`core.alliances.AllianceProblem` to the exact solver, and
write what it returns. Sinks are created only after the solver has finished, and a run
canceled while writing deletes what it had written: a canceled run leaves no half-written file.
"""

from __future__ import annotations

import math
from typing import Any, Dict, List, Optional, Tuple

from qgis.core import (
    QgsDistanceArea,
    QgsExpression,
    QgsFeature,
    QgsFeatureRequest,
    QgsFields,
    QgsGeometry,
    QgsProcessingException,
    QgsProcessingOutputBoolean,
    QgsProcessingOutputNumber,
    QgsProcessingParameterEnum,
    QgsProcessingParameterExpression,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsWkbTypes,
)
from ..compat import (
    FAST_INSERT,
    FIELD_DOUBLE,
    FIELD_INT,
    FIELD_NUMERIC,
    FIELD_STRING,
    NUMBER_DOUBLE,
    NUMBER_INTEGER,
    PARAMETER_ADVANCED,
    POLYGON_GEOMETRY,
    SOURCE_POLYGON,
    SOURCE_VECTOR,
    WKB_MULTIPOLYGON,
)

from ..core import alliances as core
from .adjacency import build_unit_graph, read_links, to_metric, unit_id
from .base import (
    SbsAlgorithm,
    discard_output,
    distance_area,
    field_index,
    id_list,
    is_invalid,
    is_null,
    make_fields,
    require_polygons,
    style_output,
    to_float,
    tr,
    unchecked_features,
    warn_if_empty,
    warn_invalid,
)

#: OBJECTIVE options, in this order (scripts pass the index: OBJECTIVE=0 is coverage)
OBJECTIVES = ("coverage", "count", "compactness")

#: decline indicator fields whose population-weighted mean is written per alliance, when present
INDICATOR_FIELDS = ("risk_index", "aging_ratio", "pop_change", "birth_rate", "decline_score")

ALLIANCE_FIELDS = (
    ("alliance_id", FIELD_INT),
    ("name", FIELD_STRING),
    ("hub_id", FIELD_STRING),
    ("members", FIELD_STRING),
    ("member_names", FIELD_STRING),
    ("n_members", FIELD_INT),
    ("population", FIELD_DOUBLE),
    ("pop_ratio", FIELD_DOUBLE),
    ("compactness_km", FIELD_DOUBLE),
    ("locked", FIELD_INT),
    ("valid", FIELD_INT),
    ("violations", FIELD_STRING),
)

MEMBER_FIELDS = (("alliance_id", FIELD_INT), ("role", FIELD_STRING), ("status", FIELD_STRING))

STATUS_NULL_POPULATION = "not eligible (population is NULL)"


def _truth(value: Any) -> bool:
    """An expression result as a filter would read it: NULL and 0 are false."""
    if is_null(value):
        return False
    if isinstance(value, bool):
        return value
    if isinstance(value, (int, float)):
        return value != 0
    text = str(value).strip().lower()
    number = to_float(text)
    if number is not None:
        return number != 0
    return text not in ("", "false", "f", "no")


def fill_slivers(geometry: QgsGeometry, da: QgsDistanceArea, max_width: float) -> QgsGeometry:
    """The polygon without the holes thinner than ``max_width`` metres (mean width 2·area/perimeter).

    Dissolving real boundary data leaves hundreds of hairline holes where neighbours do not quite
    meet; the units were neighbours within the adjacency tolerance, so their gaps go too. Real
    holes (a unit enclosed by the alliance but not in it) are kilometres wide and stay.
    """
    if max_width <= 0 or geometry.isEmpty():
        return geometry
    polygons = geometry.asMultiPolygon() if geometry.isMultipart() else [geometry.asPolygon()]
    kept, dropped = [], 0
    for rings in polygons:
        if not rings:
            continue
        outer, holes = rings[0], []
        for ring in rings[1:]:
            hole = QgsGeometry.fromPolygonXY([ring])
            perimeter = da.measurePerimeter(hole)
            if perimeter > 0 and 2.0 * da.measureArea(hole) / perimeter < max_width:
                dropped += 1
            else:
                holes.append(ring)
        kept.append([outer] + holes)
    if not dropped:
        return geometry
    return QgsGeometry.fromMultiPolygonXY(kept)


def _plain(value: Any) -> Any:
    """A QVariant NULL as None, anything else unchanged (group and lock values)."""
    return None if is_null(value) else value


class ProposeAlliancesAlgorithm(SbsAlgorithm):
    INPUT = "INPUT"
    ID_FIELD = "ID_FIELD"
    NAME_FIELD = "NAME_FIELD"
    POPULATION_FIELD = "POPULATION_FIELD"
    ELIGIBLE = "ELIGIBLE"
    HUBS = "HUBS"
    MIN_MEMBERS = "MIN_MEMBERS"
    MAX_MEMBERS = "MAX_MEMBERS"
    MIN_POPULATION = "MIN_POPULATION"
    MAX_POPULATION = "MAX_POPULATION"
    GROUP_FIELD = "GROUP_FIELD"
    LOCKED_FIELD = "LOCKED_FIELD"
    ADJACENCY_TOLERANCE = "ADJACENCY_TOLERANCE"
    ISLAND_LINK_DISTANCE = "ISLAND_LINK_DISTANCE"
    LINKS = "LINKS"
    LINK_FROM_FIELD = "LINK_FROM_FIELD"
    LINK_TO_FIELD = "LINK_TO_FIELD"
    OBJECTIVE = "OBJECTIVE"
    TIME_LIMIT = "TIME_LIMIT"
    OUTPUT = "OUTPUT"
    OUTPUT_MEMBERS = "OUTPUT_MEMBERS"
    ALLIANCES = "ALLIANCES"
    COVERED = "COVERED"
    OPTIMAL = "OPTIMAL"
    GAP = "GAP"

    NAME = "proposealliances"
    DISPLAY_NAME = "Propose alliances"
    GROUP = "Alliances"
    GROUP_ID = "alliances"
    HELP = (
        "<p>Groups neighbouring units (cities, counties) into <b>alliances</b> of <i>Minimum members</i> to "
        "<i>Maximum members</i> units (default 2–5) that together reach <i>Minimum population</i> (default "
        "300,000 residents: the scale at which hospitals, delivery rooms and transport hubs stay viable, the "
        "Korean \"small but strong\" policy). The result is the <b>proven optimum</b> of the chosen objective, "
        "or, when the time limit stops the solver, the best alliances found and the remaining gap.</p>"
        "<h3>Method</h3><p>Every connected set of eligible units that satisfies all constraints (member count, "
        "population floor and ceiling, hub, group) is enumerated as a candidate alliance; an exact set-packing "
        "model then chooses candidates so that no unit is in two alliances, solved with HiGHS through "
        "<tt>scipy.optimize.milp</tt>. OPTIMAL is true when the optimum is proven; GAP is the relative gap to "
        "the best bound (0 when optimal). Without SciPy's <tt>milp</tt> a greedy heuristic is used and OPTIMAL is "
        "false. The same input always gives the same output.</p>"
        "<h3>Parameters</h3><ul>"
        "<li><b>INPUT</b>: polygons, one per unit; <b>ID_FIELD</b> unique unit ids; <b>NAME_FIELD</b> names "
        "(optional, default the id); <b>POPULATION_FIELD</b> residents.</li>"
        "<li><b>ELIGIBLE</b>: expression choosing the units that may join (default: all), e.g. the non-metropolitan "
        "units <tt>\"sido\" NOT IN ('서울특별시', '경기도', …)</tt>. Other units (and units with a NULL population) "
        "stay out of the problem and of the neighbourhood graph.</li>"
        "<li><b>HUBS</b>: optional expression; when set, every alliance contains at least one unit it selects "
        "(e.g. <tt>\"innovation_city\" = 1 OR \"pop_reg_2025\" &gt;= 150000</tt>). It must select at least one "
        "eligible unit. Without it, the hub is the most populous member.</li>"
        "<li><b>MIN_MEMBERS</b>, <b>MAX_MEMBERS</b>, <b>MIN_POPULATION</b>, <b>MAX_POPULATION</b> (0 = no "
        "ceiling).</li>"
        "<li><b>GROUP_FIELD</b>: optional; all members of an alliance share its value (e.g. the province).</li>"
        "<li><b>LOCKED_FIELD</b>: optional; units sharing a non-NULL value form a fixed alliance kept as it is "
        "(any constraint it breaks is reported in <i>violations</i> and <i>valid</i> = 0); the rest is optimised "
        "around it.</li>"
        "<li><b>ADJACENCY_TOLERANCE</b> (metres, default 200): two units at most this far apart are neighbours "
        "(real boundaries overlap and leave hairline gaps). Distances are in metres whatever the layer CRS: a "
        "geographic layer is measured in a Lambert azimuthal equal-area projection centred on it.</li>"
        "<li><b>ISLAND_LINK_DISTANCE</b> (metres, 0 = off): an eligible unit with no eligible neighbour is linked "
        "to its nearest eligible unit within this distance (bridges, ferries).</li>"
        "<li><b>LINKS</b>: optional table of extra links (any layer or table), one row per link, the two unit "
        "ids in <b>LINK_FROM_FIELD</b> and <b>LINK_TO_FIELD</b> (default fields <tt>from_id</tt> and "
        "<tt>to_id</tt>). Links to a unit that is not eligible are ignored.</li>"
        "<li><b>OBJECTIVE</b>: 0 <tt>coverage</tt> (default: as many eligible units as possible inside an "
        "alliance; among equal coverage, more alliances; then more compact), 1 <tt>count</tt> (as many "
        "alliances as possible), 2 <tt>compactness</tt> (full coverage first, then the smallest "
        "population-weighted distance of members to their hub).</li>"
        "<li><b>TIME_LIMIT</b> (seconds, 0 = none).</li></ul>"
        "<h3>Outputs</h3><p><b>OUTPUT</b>: one dissolved polygon per alliance with <i>alliance_id</i> (1…n), "
        "<i>name</i> (the hub's name; the hub id is added when two hubs share a name), <i>hub_id</i>, "
        "<i>members</i> and <i>member_names</i> (comma-separated, hub first, then by population), "
        "<i>n_members</i>, <i>population</i>, <i>pop_ratio</i> (population / MIN_POPULATION), "
        "<i>compactness_km</i> (population-weighted mean distance of the members' points on surface to the "
        "hub's), <i>locked</i>, <i>valid</i>, <i>violations</i>, and the population-weighted mean of the decline "
        "indicator fields present in the input (risk_index, aging_ratio, pop_change, birth_rate, decline_score; "
        "a weighted mean of the units' values, not the indicator recomputed on pooled counts).</p>"
        "<p><b>OUTPUT_MEMBERS</b>: every input unit once, with its fields plus <i>alliance_id</i> (NULL if "
        "none), <i>role</i> (hub / member / none) and <i>status</i>: in alliance, locked, not eligible, "
        "no feasible alliance (isolated, population floor unreachable, no hub reachable), or left out by the "
        "optimum.</p><p>Output values: <b>ALLIANCES</b>, <b>COVERED</b> (units in an alliance), <b>OPTIMAL</b>, "
        "<b>GAP</b>.</p>"
    )

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.INPUT, tr("Units (polygon layer)"), [SOURCE_POLYGON]))
        self.addParameter(QgsProcessingParameterField(
            self.ID_FIELD, tr("Unit id field"), parentLayerParameterName=self.INPUT))
        self.addParameter(QgsProcessingParameterField(
            self.NAME_FIELD, tr("Unit name field"), parentLayerParameterName=self.INPUT, optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.POPULATION_FIELD, tr("Population"), parentLayerParameterName=self.INPUT,
            type=FIELD_NUMERIC))
        self.addParameter(QgsProcessingParameterExpression(
            self.ELIGIBLE, tr("Eligible units (expression; empty = all)"), parentLayerParameterName=self.INPUT,
            optional=True))
        self.addParameter(QgsProcessingParameterExpression(
            self.HUBS, tr("Hubs (expression; when set, every alliance has a hub)"),
            parentLayerParameterName=self.INPUT, optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            self.MIN_MEMBERS, tr("Minimum members"), NUMBER_INTEGER, 2, minValue=1))
        self.addParameter(QgsProcessingParameterNumber(
            self.MAX_MEMBERS, tr("Maximum members"), NUMBER_INTEGER, 5, minValue=1))
        self.addParameter(QgsProcessingParameterNumber(
            self.MIN_POPULATION, tr("Minimum population of an alliance"), NUMBER_DOUBLE,
            300000, minValue=0))
        self.addParameter(QgsProcessingParameterNumber(
            self.MAX_POPULATION, tr("Maximum population of an alliance (0 = no ceiling)"),
            NUMBER_DOUBLE, 0, minValue=0))
        self.addParameter(QgsProcessingParameterField(
            self.GROUP_FIELD, tr("Group field (members share its value, e.g. province)"),
            parentLayerParameterName=self.INPUT, optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.LOCKED_FIELD, tr("Locked alliances field (units sharing a value stay together)"),
            parentLayerParameterName=self.INPUT, optional=True))
        self.addParameter(QgsProcessingParameterEnum(
            self.OBJECTIVE, tr("Objective"),
            [tr("coverage: most units in alliances"), tr("count: most alliances"),
             tr("compactness: full coverage, then most compact")], defaultValue=0))
        advanced = [
            QgsProcessingParameterNumber(
                self.ADJACENCY_TOLERANCE, tr("Adjacency tolerance (metres)"), NUMBER_DOUBLE,
                200, minValue=0),
            QgsProcessingParameterNumber(
                self.ISLAND_LINK_DISTANCE, tr("Link units without neighbours to the nearest unit within (metres, "
                                              "0 = off)"), NUMBER_DOUBLE, 0, minValue=0),
            QgsProcessingParameterFeatureSource(
                self.LINKS, tr("Extra links (table with two unit id fields)"), [SOURCE_VECTOR],
                optional=True),
            QgsProcessingParameterField(
                self.LINK_FROM_FIELD, tr("Links: first unit id field"), "from_id", parentLayerParameterName=self.LINKS,
                optional=True),
            QgsProcessingParameterField(
                self.LINK_TO_FIELD, tr("Links: second unit id field"), "to_id", parentLayerParameterName=self.LINKS,
                optional=True),
            QgsProcessingParameterNumber(
                self.TIME_LIMIT, tr("Solver time limit (seconds, 0 = none)"), NUMBER_DOUBLE,
                60, minValue=0),
        ]
        for param in advanced:
            param.setFlags(param.flags() | PARAMETER_ADVANCED)
            self.addParameter(param)
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, tr("Alliances"), SOURCE_POLYGON))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT_MEMBERS, tr("Alliance members"), SOURCE_POLYGON))
        self.addOutput(QgsProcessingOutputNumber(self.ALLIANCES, tr("Number of alliances")))
        self.addOutput(QgsProcessingOutputNumber(self.COVERED, tr("Units in an alliance")))
        self.addOutput(QgsProcessingOutputBoolean(self.OPTIMAL, tr("Proven optimal")))
        self.addOutput(QgsProcessingOutputNumber(self.GAP, tr("Relative gap to the best bound")))

    # -- reading ---------------------------------------------------------------------------

    def _expression(self, parameters, name, context, source) -> Optional[QgsExpression]:
        # parameterAsExpression() gives "" for an expression that does not parse: read the text
        text = self.parameterAsString(parameters, name, context)
        if not text or not text.strip():
            return None
        expression = QgsExpression(text)
        if expression.hasParserError():
            raise QgsProcessingException(tr("Parameter {0}: the expression {1} cannot be parsed: {2}").format(
                name, text, expression.parserErrorString()))
        names = set(source.fields().names())
        missing = sorted(c for c in expression.referencedColumns()
                         if c not in names and c != QgsFeatureRequest.ALL_ATTRIBUTES)
        if missing:
            raise QgsProcessingException(
                tr("Parameter {0}: the expression {1} uses field(s) {2} that the input layer does not have. "
                   "Available fields: {3}.").format(name, text, ", ".join(missing), ", ".join(source.fields().names())))
        return expression

    @staticmethod
    def _evaluate(expression: QgsExpression, name: str, expression_context, feature) -> bool:
        expression_context.setFeature(feature)
        value = expression.evaluate(expression_context)
        if expression.hasEvalError():
            raise QgsProcessingException(tr("Parameter {0}: the expression {1} fails on feature {2}: {3}").format(
                name, expression.expression(), feature.id(), expression.evalErrorString()))
        return _truth(value)

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        source = self.parameterAsSource(parameters, self.INPUT, context)
        require_polygons(source, self.INPUT)
        id_idx = field_index(source, self.parameterAsString(parameters, self.ID_FIELD, context), self.ID_FIELD)
        name_idx = field_index(source, self.parameterAsString(parameters, self.NAME_FIELD, context),
                               self.NAME_FIELD, required=False)
        pop_idx = field_index(source, self.parameterAsString(parameters, self.POPULATION_FIELD, context),
                              self.POPULATION_FIELD, numeric=True)
        group_idx = field_index(source, self.parameterAsString(parameters, self.GROUP_FIELD, context),
                                self.GROUP_FIELD, required=False)
        locked_idx = field_index(source, self.parameterAsString(parameters, self.LOCKED_FIELD, context),
                                 self.LOCKED_FIELD, required=False)
        eligible_expr = self._expression(parameters, self.ELIGIBLE, context, source)
        hubs_expr = self._expression(parameters, self.HUBS, context, source)
        min_members = self.parameterAsInt(parameters, self.MIN_MEMBERS, context)
        max_members = self.parameterAsInt(parameters, self.MAX_MEMBERS, context)
        if max_members < min_members:
            raise QgsProcessingException(tr(
                "Parameters MIN_MEMBERS ({0}) and MAX_MEMBERS ({1}): the maximum is below the minimum.").format(
                    min_members, max_members))
        min_population = self.parameterAsDouble(parameters, self.MIN_POPULATION, context)
        max_population = self.parameterAsDouble(parameters, self.MAX_POPULATION, context)
        if 0 < max_population < min_population:
            raise QgsProcessingException(tr(
                "Parameters MIN_POPULATION ({0:,.0f}) and MAX_POPULATION ({1:,.0f}): the ceiling is below the "
                "floor; set MAX_POPULATION to 0 for no ceiling.").format(min_population, max_population))
        tolerance = self.parameterAsDouble(parameters, self.ADJACENCY_TOLERANCE, context)
        island_distance = self.parameterAsDouble(parameters, self.ISLAND_LINK_DISTANCE, context)
        objective = OBJECTIVES[self.parameterAsEnum(parameters, self.OBJECTIVE, context)]
        time_limit = self.parameterAsDouble(parameters, self.TIME_LIMIT, context)
        links = self._links(parameters, context)

        # Pass 1: every feature, its id, population, flags and geometry.
        expression_context = self.createExpressionContext(parameters, context, source)
        for expression in (eligible_expr, hubs_expr):
            if expression is not None:
                expression.prepare(expression_context)
        total = source.featureCount() or 1
        features: List[QgsFeature] = []
        ids: List[str] = []
        records: Dict[str, dict] = {}
        duplicates, null_population, empty, invalid, negative = [], [], [], [], []
        for n, feature in enumerate(unchecked_features(source)):
            if feedback.isCanceled():
                return {}
            attrs = feature.attributes()
            uid = unit_id(attrs[id_idx])
            if uid is None:
                raise QgsProcessingException(tr(
                    "Parameter {0}: feature {1} has no id (NULL in {2}); every unit needs a unique id.").format(
                        self.ID_FIELD, feature.id(), source.fields().at(id_idx).name()))
            if uid in records:
                duplicates.append(uid)
                continue
            population = to_float(attrs[pop_idx])
            eligible = eligible_expr is None or self._evaluate(eligible_expr, self.ELIGIBLE, expression_context,
                                                                feature)
            hub = hubs_expr is not None and self._evaluate(hubs_expr, self.HUBS, expression_context, feature)
            if eligible and population is None:
                null_population.append(uid)
            elif eligible and population < 0:
                negative.append(f"{uid} ({population:g})")
            geometry = feature.geometry()
            if geometry is None or geometry.isEmpty():
                empty.append(uid)
            elif is_invalid(geometry):  # GEOS cannot dissolve it: the alliance outline would be empty
                invalid.append(uid)
                geometry = geometry.makeValid()
            records[uid] = {
                "name": str(attrs[name_idx]) if name_idx >= 0 and not is_null(attrs[name_idx]) else uid,
                "population": population,
                "eligible": eligible and population is not None,
                "hub": hub,
                "group": _plain(attrs[group_idx]) if group_idx >= 0 else None,
                "locked": _plain(attrs[locked_idx]) if locked_idx >= 0 else None,
                "geometry": geometry,
            }
            features.append(feature)
            ids.append(uid)
            feedback.setProgress(10.0 * n / total)
        warn_if_empty(feedback, len(ids), self.INPUT)
        if duplicates:
            shown = ", ".join(sorted(set(duplicates))[:20])
            raise QgsProcessingException(tr(
                "Parameter {0}: ids must be unique, but {1} unit id(s) repeat: {2}.").format(
                    self.ID_FIELD, len(set(duplicates)), shown))
        if negative:
            raise QgsProcessingException(tr(
                "Parameter {0}: {1} eligible unit(s) have a negative population: {2}. Correct the values, or "
                "leave these units out with ELIGIBLE.").format(self.POPULATION_FIELD, len(negative), id_list(negative)))
        if null_population:
            feedback.pushWarning(tr("{0} eligible unit(s) have a NULL population and are left out: {1}").format(
                len(null_population), ", ".join(null_population[:20])))
        if empty:
            feedback.pushWarning(tr("{0} unit(s) have no geometry and so no neighbours: {1}").format(
                len(empty), ", ".join(empty[:20])))
        warn_invalid(feedback, invalid, tr("their repaired polygons are used for the neighbours and the alliance "
                                           "outlines; OUTPUT_MEMBERS keeps them as they are"))
        eligible_ids = [uid for uid in ids if records[uid]["eligible"]]
        if hubs_expr is not None:
            hubs_eligible = [uid for uid in eligible_ids if records[uid]["hub"]]
            if not hubs_eligible:
                everywhere = sum(1 for uid in ids if records[uid]["hub"])
                raise QgsProcessingException(tr(
                    "Parameter {0}: the expression {1} selects no eligible unit ({2} unit(s) in the whole layer), "
                    "so no alliance can have a hub. Change HUBS or ELIGIBLE, or leave HUBS empty.").format(
                        self.HUBS, hubs_expr.expression(), everywhere))
        feedback.pushInfo(tr("{0} units read, {1} eligible{2}.").format(
            len(ids), len(eligible_ids),
            tr(", {0} of them hubs").format(sum(1 for uid in eligible_ids if records[uid]["hub"]))
            if hubs_expr is not None else ""))

        # Pass 2: the neighbourhood graph of the eligible units, and points for compactness, in metres.
        metric, crs = to_metric({uid: records[uid]["geometry"] for uid in ids}, source.sourceCrs(),
                                context.transformContext(), feedback)
        if feedback.isCanceled():
            return {}
        if not source.sourceCrs().isValid():
            feedback.pushWarning(tr("The input layer has no valid CRS: its coordinates are taken as metres."))
        elif crs != source.sourceCrs():
            feedback.pushInfo(tr("Distances measured in {0}.").format(crs.toProj()))
        self._check_links(links, records, feedback)
        graph = build_unit_graph({uid: metric[uid] for uid in eligible_ids}, tolerance, island_distance, links, crs,
                                 feedback, (10.0, 25.0))
        if feedback.isCanceled():
            return {}
        for a, b, distance in graph.island_links:
            feedback.pushInfo(tr("Island link: {0} ({1}) to its nearest eligible unit {2} ({3}), {4:,.0f} m.").format(
                records[a]["name"], a, records[b]["name"], b, distance))
        feedback.pushInfo(tr("Neighbourhood graph: {0} eligible units, {1} neighbour pairs within {2:g} m, "
                             "{3} table link(s), {4} island link(s); {5} unit(s) without any link.").format(
            len(graph.ids), len(graph.edges), tolerance, len(graph.table_links), len(graph.island_links),
            len(graph.isolated())))

        units = []
        for uid in ids:
            record = records[uid]
            point = metric[uid].pointOnSurface() if not metric[uid].isEmpty() else QgsGeometry()
            x, y = (point.asPoint().x(), point.asPoint().y()) if not point.isEmpty() else (0.0, 0.0)
            units.append(core.Unit(id=uid, population=max(0.0, record["population"] or 0.0), x=x, y=y,
                                   eligible=record["eligible"], hub=record["hub"], group=record["group"],
                                   locked=record["locked"]))
        problem = core.AllianceProblem(
            units=units, edges=graph.all_edges(), min_members=min_members, max_members=max_members,
            min_population=min_population, max_population=max_population, require_hub=hubs_expr is not None,
            objective=objective, time_limit=time_limit if time_limit > 0 else None)

        # Pass 3: the solver (25-90 %).
        def progress(fraction: float) -> None:
            feedback.setProgress(25.0 + 65.0 * max(0.0, min(1.0, float(fraction))))

        try:
            solution = core.solve(problem, progress=progress, is_canceled=feedback.isCanceled)
        except core.SolverCanceled:
            feedback.pushInfo(tr("Canceled: nothing was written."))
            return {}
        except core.ProblemError as err:
            raise QgsProcessingException(tr("The alliance problem cannot be solved: {0}").format(err)) from err
        if feedback.isCanceled():
            return {}
        gap = solution.gap if solution.gap is not None and math.isfinite(solution.gap) else None
        feedback.pushInfo(tr("Solver: {0}; {1} candidate alliances; {2:.2f} s; optimal: {3}; gap: {4}.").format(
            solution.method, solution.n_candidates, solution.seconds, "yes" if solution.optimal else "no",
            "unknown" if gap is None else f"{gap:.4%}"))
        for note in getattr(solution, "notes", None) or []:
            feedback.pushInfo(tr("Solver note: {0}").format(note))
        if not solution.optimal and gap == 0 and objective == "coverage":
            feedback.pushWarning(tr("Coverage is optimal (GAP 0), but the tie-breaks (more alliances, then shorter "
                                    "distances to the hubs) were not proven (time limit, or a part too large for a "
                                    "proof): the alliances are the best found."))
        elif not solution.optimal:
            feedback.pushWarning(tr("The optimum was not proven (time limit or no MILP solver): the alliances are "
                                    "the best found; GAP says how far from the bound they may be."))

        # Pass 4: write the alliances and the members.
        results = self._write(parameters, context, feedback, source, features, ids, records, solution,
                              min_population, tolerance)
        if results is None:
            return {}
        covered = int(solution.covered)
        feedback.pushInfo(tr("{0} alliances cover {1} of {2} eligible units.").format(
            len(solution.alliances), covered, len(eligible_ids)))
        results.update({self.ALLIANCES: len(solution.alliances), self.COVERED: covered,
                        self.OPTIMAL: bool(solution.optimal), self.GAP: gap})
        return results

    def _links(self, parameters, context) -> List[Tuple[str, str]]:
        links_source = self.parameterAsSource(parameters, self.LINKS, context)
        if links_source is None:
            return []
        names = {}
        for param, default in ((self.LINK_FROM_FIELD, "from_id"), (self.LINK_TO_FIELD, "to_id")):
            name = self.parameterAsString(parameters, param, context) or default
            if links_source.fields().lookupField(name) < 0:
                raise QgsProcessingException(tr(
                    "Parameter {0}: the links table has no field \"{1}\". Available fields: {2}.").format(
                        param, name, ", ".join(links_source.fields().names())))
            names[param] = name
        pairs, blank = read_links(links_source, names[self.LINK_FROM_FIELD], names[self.LINK_TO_FIELD])
        if blank:
            raise QgsProcessingException(tr(
                "Parameter {0}: {1} row(s) of the links table have a NULL id (features {2}).").format(
                    self.LINKS, len(blank), ", ".join(str(b) for b in blank[:20])))
        return pairs

    @staticmethod
    def _check_links(links, records, feedback) -> None:
        unknown = sorted({u for pair in links for u in pair if u not in records})
        if unknown:
            feedback.pushWarning(tr("Links name {0} id(s) that are not in the input layer; ignored: {1}").format(
                len(unknown), ", ".join(unknown[:20])))
        outside = sorted({u for pair in links for u in pair if u in records and not records[u]["eligible"]})
        if outside:
            feedback.pushWarning(tr("Links to {0} unit(s) that are not eligible are ignored: {1}").format(
                len(outside), ", ".join(outside[:20])))

    # -- writing ---------------------------------------------------------------------------

    def _write(self, parameters, context, feedback, source, features, ids, records, solution,
               min_population, tolerance) -> Optional[dict]:
        da = distance_area(source, context)
        indicator_idx = [(name, source.fields().lookupField(name)) for name in INDICATOR_FIELDS
                         if source.fields().lookupField(name) >= 0]
        alliance_fields = make_fields(list(ALLIANCE_FIELDS) + [(name, FIELD_DOUBLE) for name, _ in indicator_idx])
        sink, dest_id = self.parameterAsSink(parameters, self.OUTPUT, context, alliance_fields,
                                             WKB_MULTIPOLYGON, source.sourceCrs())
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        attributes = {uid: feature.attributes() for uid, feature in zip(ids, features)}

        membership: Dict[str, Tuple[int, str]] = {}
        hub_names = [records[a.hub]["name"] for a in solution.alliances]
        total = max(1, len(solution.alliances) + len(features))
        for n, alliance in enumerate(solution.alliances, start=1):
            if feedback.isCanceled():
                del sink
                discard_output(dest_id)
                return None
            members = sorted(alliance.members, key=lambda u: (u != alliance.hub, -(records[u]["population"] or 0), u))
            for uid in members:
                membership[uid] = (n, "hub" if uid == alliance.hub else "member")
            name = records[alliance.hub]["name"]
            if hub_names.count(name) > 1:
                name = f"{name} ({alliance.hub})"
            geometry = QgsGeometry.unaryUnion([records[u]["geometry"] for u in members
                                               if not records[u]["geometry"].isEmpty()])
            if geometry is not None and not geometry.isEmpty():
                if QgsWkbTypes.geometryType(geometry.wkbType()) != POLYGON_GEOMETRY:
                    geometry = geometry.convertToType(POLYGON_GEOMETRY, True) or QgsGeometry()
                geometry = fill_slivers(geometry, da, tolerance)
                geometry.convertToMultiType()
            population = float(alliance.population)
            values = [
                n, name, alliance.hub, ",".join(members), ",".join(records[u]["name"] for u in members),
                len(members), population, population / min_population if min_population > 0 else None,
                float(alliance.compactness_km), int(bool(alliance.locked)), int(not alliance.violations),
                "; ".join(alliance.violations) if alliance.violations else None,
            ]
            for _, idx in indicator_idx:
                weighted, weight = 0.0, 0.0
                for uid in members:
                    value = to_float(attributes[uid][idx])
                    pop = records[uid]["population"] or 0.0
                    if value is not None and pop > 0:
                        weighted += value * pop
                        weight += pop
                values.append(weighted / weight if weight > 0 else None)
            if alliance.violations and not alliance.locked:
                feedback.reportError(tr("Alliance {0} ({1}) breaks a constraint: {2}. Please report this bug.").format(
                    n, name, "; ".join(alliance.violations)))
            elif alliance.violations:
                feedback.pushWarning(tr("Locked alliance {0} ({1}) breaks: {2}.").format(
                    n, name, "; ".join(alliance.violations)))
            out = QgsFeature(alliance_fields)
            out.setGeometry(geometry if geometry is not None else QgsGeometry())
            out.setAttributes(values)
            if not sink.addFeature(out, FAST_INSERT):
                raise QgsProcessingException(self.writeFeatureError(sink, parameters, self.OUTPUT))
            feedback.setProgress(90.0 + 10.0 * n / total)

        # members: the input fields (minus earlier alliance_id/role/status, replaced) plus ours
        own = {name for name, _ in MEMBER_FIELDS}
        keep = [i for i, f in enumerate(source.fields()) if f.name() not in own]
        member_fields = QgsFields()
        for i in keep:
            member_fields.append(source.fields().at(i))
        for f in make_fields(list(MEMBER_FIELDS)):
            member_fields.append(f)
        member_sink, members_id = self.parameterAsSink(parameters, self.OUTPUT_MEMBERS, context, member_fields,
                                                       source.wkbType(), source.sourceCrs())
        if member_sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT_MEMBERS))
        counts: Dict[str, int] = {}
        for n, (uid, feature) in enumerate(zip(ids, features)):
            if feedback.isCanceled():
                del sink, member_sink
                discard_output(dest_id)
                discard_output(members_id)
                return None
            alliance_id, role = membership.get(uid, (None, "none"))
            if records[uid]["population"] is None and not records[uid]["eligible"] and alliance_id is None:
                status = STATUS_NULL_POPULATION
            else:
                status = solution.status.get(uid, "not eligible")
            counts[status] = counts.get(status, 0) + 1
            attrs = feature.attributes()
            out = QgsFeature(member_fields)
            out.setGeometry(feature.geometry())
            out.setAttributes([attrs[i] for i in keep] + [alliance_id, role, status])
            if not member_sink.addFeature(out, FAST_INSERT):
                raise QgsProcessingException(self.writeFeatureError(member_sink, parameters, self.OUTPUT_MEMBERS))
            feedback.setProgress(90.0 + 10.0 * (len(solution.alliances) + n) / total)
        for status, count in sorted(counts.items(), key=lambda kv: -kv[1]):
            feedback.pushInfo(tr("  {0}: {1} unit(s)").format(status, count))
        style_output(context, dest_id, "alliances", tr("Alliances"))
        style_output(context, members_id, "alliances_members", tr("Alliance members"))
        return {self.OUTPUT: dest_id, self.OUTPUT_MEMBERS: members_id}
