"""smallbutstrong:servicegaps: supply, access and gaps of a service per unit and per alliance."""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Dict, List, Optional, Tuple

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCsException,
    QgsDistanceArea,
    QgsExpression,
    QgsExpressionContextScope,
    QgsFeature,
    QgsFeatureRequest,
    QgsField,
    QgsFields,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterEnum,
    QgsProcessingParameterExpression,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsProcessingUtils,
    QgsRectangle,
    QgsSpatialIndex,
)
from ..compat import (
    FAST_INSERT,
    FIELD_DOUBLE,
    FIELD_INT,
    FIELD_NUMERIC,
    FIELD_STRING,
    GEOMETRY_NO_CHECK,
    NUMBER_DOUBLE,
    PARAMETER_ADVANCED,
    SOURCE_LINE,
    SOURCE_POINT,
    SOURCE_POLYGON,
    WKB_MULTIPOLYGON,
)

from ..core.services import (
    DECAYS,
    GapStandard,
    UnitRecord,
    assess_gaps,
    two_step_fca,
    weighted_mean,
)
from .base import (
    SbsAlgorithm,
    discard_output,
    distance_area,
    field_index,
    is_invalid,
    is_null,
    make_fields,
    require_points,
    require_polygons,
    style_output,
    to_float,
    tr,
    unchecked_features,
    warn_ids,
    warn_if_empty,
    warn_invalid,
)

WGS84 = QgsCoordinateReferenceSystem("EPSG:4326")


def _names(ids: list, limit: int = 20) -> str:
    return ", ".join(str(i) for i in ids[:limit]) + (" …" if len(ids) > limit else "")


@dataclass
class _Unit:
    """One input feature as the algorithm sees it."""

    feature: QgsFeature
    id: object
    population: Optional[float]
    demand: Optional[float]
    count: float = 0.0
    alliance: object = None
    #: facility points inside the unit and their summed capacity
    n_points: int = 0
    capacity: float = 0.0
    #: representative point (units' CRS): centroid if inside, else a point on the surface
    point: Optional[QgsPointXY] = None
    #: demand points of this unit: indices into the algorithm's demand list
    demand_points: List[int] = field(default_factory=list)


class ServiceGapsAlgorithm(SbsAlgorithm):
    INPUT = "INPUT"
    ID_FIELD = "ID_FIELD"
    POPULATION_FIELD = "POPULATION_FIELD"
    DEMAND_FIELD = "DEMAND_FIELD"
    FACILITIES = "FACILITIES"
    FACILITY_FILTER = "FACILITY_FILTER"
    CAPACITY_FIELD = "CAPACITY_FIELD"
    COUNT_FIELD = "COUNT_FIELD"
    MIN_COUNT = "MIN_COUNT"
    MAX_DISTANCE = "MAX_DISTANCE"
    NETWORK = "NETWORK"
    SPEED_FIELD = "SPEED_FIELD"
    DEFAULT_SPEED = "DEFAULT_SPEED"
    MAX_TIME = "MAX_TIME"
    CATCHMENT = "CATCHMENT"
    DECAY = "DECAY"
    ORIGINS = "ORIGINS"
    ORIGINS_POPULATION_FIELD = "ORIGINS_POPULATION_FIELD"
    ALLIANCE_FIELD = "ALLIANCE_FIELD"
    OUTPUT = "OUTPUT"
    OUTPUT_ALLIANCES = "OUTPUT_ALLIANCES"
    UNITS_IN_GAP = "UNITS_IN_GAP"
    POPULATION_IN_GAP = "POPULATION_IN_GAP"
    UNITS_IN_GAP_AFTER_ALLIANCES = "UNITS_IN_GAP_AFTER_ALLIANCES"
    POPULATION_IN_GAP_AFTER_ALLIANCES = "POPULATION_IN_GAP_AFTER_ALLIANCES"

    NAME = "servicegaps"
    DISPLAY_NAME = "Service gaps"
    GROUP = "Services"
    GROUP_ID = "services"
    HELP = (
        "<p>Measures, for every unit (city, county, district) of a polygon layer, the supply of a "
        "service, access to it and whether the unit falls short of a standard; with alliances, also "
        "what pooling the members' services changes. Every input feature and field is kept.</p>"
        "<h3>Units</h3><p><b>INPUT</b>: polygons in any CRS; <b>ID_FIELD</b> names the units in warnings "
        "and in the alliances' member lists; <b>POPULATION_FIELD</b>: residents; <b>DEMAND_FIELD</b> "
        "(optional): who needs the service, e.g. births for delivery care (default the population).</p>"
        "<h3>Supply</h3><ul>"
        "<li><b>Facilities</b> (FACILITIES, points in any CRS): counted in the unit that contains them "
        "(point in polygon); <b>Facility filter</b> (FACILITY_FILTER) keeps only matching ones, e.g. "
        "<code>\"cls\" IN ('권역응급의료센터','지역응급의료센터')</code>; <b>Capacity</b> "
        "(CAPACITY_FIELD, e.g. beds or doctors) weighs each facility, else 1 each (NULL counts 0).</li>"
        "<li><b>Count already in the layer</b> (COUNT_FIELD, e.g. ob-gyn doctors): added to the unit's "
        "supply; for the 2SFCA it sits at the unit's representative point. NULL counts 0 (warned).</li>"
        "</ul><h3>Outputs per unit</h3><ul>"
        "<li><b>n_facilities</b>: the unit's supply (facilities inside it, weighted by capacity when "
        "given, plus the count field). <b>per_10k</b>: per 10,000 residents (POPULATION_FIELD); "
        "<b>per_1k_demand</b>: per 1,000 of the demand (DEMAND_FIELD, e.g. births or women 20–39; "
        "default the population). A NULL or zero base gives NULL and one warning naming the units.</li>"
        "<li><b>nearest_km</b> (with facilities): ellipsoidal distance from the unit's demand point(s) "
        "to the nearest facility, correct in any CRS. Demand points are the ORIGINS points inside the "
        "unit (villages, a population grid; the unit value is their population-weighted mean, weights "
        "from ORIGINS_POPULATION_FIELD or 1 each) or else one representative point: the centroid when it "
        "lies inside the unit, otherwise a point on its surface, chosen in WGS 84 so that the result "
        "does not depend on the layer's CRS.</li>"
        "<li><b>nearest_min</b> (with a NETWORK road layer): driving minutes to the nearest facility "
        "along the roads, with QGIS's network analysis (two-way roads; SPEED_FIELD in km/h, "
        "DEFAULT_SPEED where missing or not positive). Points are attached to their nearest road and "
        "the straight leg to it counts at the default speed. Unreachable units get NULL and are in gap.</li>"
        "<li><b>access_2sfca</b>: two-step floating catchment access (Luo &amp; Wang 2003), supply per "
        "1,000 demand: step 1, every facility's ratio R<sub>j</sub> = S<sub>j</sub> / Σ<sub>k</sub> "
        "W(d<sub>kj</sub>) D<sub>k</sub> over the demand within CATCHMENT km; step 2, "
        "A<sub>i</sub> = Σ<sub>j</sub> W(d<sub>ij</sub>) R<sub>j</sub> over the facilities within CATCHMENT "
        "km of demand point i. DECAY W: <i>none</i> W = 1 (original 2SFCA); <i>gaussian</i> "
        "W = (e<sup>−½(d/d0)²</sup> − e<sup>−½</sup>) / (1 − e<sup>−½</sup>), 1 at the facility and 0 at "
        "the catchment edge (Dai 2010; Wang 2012); <i>gravity</i> W = max(d, 1 km)<sup>−1</sup> inside "
        "the catchment (gravity 2SFCA, β = 1). Distances are ellipsoidal straight lines, also with a "
        "network. With no decay and a catchment that reaches no other unit, access_2sfca equals "
        "per_1k_demand. NULL where the unit's demand is NULL or zero.</li>"
        "<li><b>gap</b> (0/1) and <b>gap_reason</b>: a unit is in gap when any of these holds (several "
        "are joined with \"; \"): <i>no facility</i> (supply 0) or <i>below the minimum</i> (supply below "
        "MIN_COUNT); <i>beyond the standard distance</i> (nearest_km above MAX_DISTANCE), or with a "
        "network <i>beyond the standard time</i> (nearest_min above MAX_TIME; then MAX_DISTANCE is not "
        "used). A threshold of 0 switches its criterion off. With COUNT_FIELD only there are no "
        "distances: the gap is by count.</li></ul>"
        "<h3>Alliances</h3><p>With ALLIANCE_FIELD (e.g. <code>alliance_id</code> of the alliance "
        "members output; NULL or blank = no alliance): <b>alliance_facilities</b> = the members' pooled "
        "supply; <b>alliance_gap</b> = 1 when the pooled supply is below MIN_COUNT; "
        "<b>covered_by_alliance</b> = 1 where the unit alone is in gap and is not once its count is "
        "tested on the pooled supply. Pooling shares services, not geography: a unit beyond the standard "
        "distance or time stays in gap. OUTPUT_ALLIANCES has one feature per alliance (the members' "
        "union) with pooled population, demand, n_facilities, per_10k, per_1k_demand, the demand-weighted "
        "access_2sfca, units and population in gap before and after pooling, gap and gap_reason.</p>"
        "<h3>Figures</h3><p>UNITS_IN_GAP, POPULATION_IN_GAP and the same AFTER_ALLIANCES (units whose "
        "alliance covers them are no longer counted; without alliances the figures are equal).</p>"
        "<h3>Standards (defaults the analyst can change)</h3><p><b>MIN_COUNT</b> (default 1), "
        "<b>MAX_DISTANCE</b> (km, default 30), <b>MAX_TIME</b> (minutes, default 30; used with NETWORK), "
        "<b>CATCHMENT</b> (km, default 30) and <b>DECAY</b> (default none) of the 2SFCA, <b>DEFAULT_SPEED</b> "
        "(km/h, default 50). The standards in use in Korea:</p><ul>"
        "<li>National minimum standards for basic living infrastructure (국가최저기준, Ministry of Land, "
        "2018): by car, a hospital with an emergency room within 30 minutes, a public health centre "
        "within 20, a library within 10, welfare within 20–30.</li>"
        "<li>Childbirth-vulnerable areas (분만취약지): over 30 % of women of child-bearing age live more than "
        "60 minutes from a delivery room.</li>"
        "<li>Emergency-vulnerable areas: 30 % or more of residents more than 60 minutes from a regional "
        "emergency centre or 30 minutes from a local one.</li></ul>"
        "<p>This tool tests the unit's representative (or population-weighted) access against one "
        "threshold; it does not compute the share of residents beyond it. Straight-line km understate "
        "road distance: use a road network for the minute standards.</p>"
    )

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.INPUT, tr("Units (polygon layer)"), [SOURCE_POLYGON]))
        self.addParameter(QgsProcessingParameterField(
            self.ID_FIELD, tr("Unit id field"), parentLayerParameterName=self.INPUT))
        self.addParameter(QgsProcessingParameterField(
            self.POPULATION_FIELD, tr("Population"), parentLayerParameterName=self.INPUT,
            type=FIELD_NUMERIC))
        self.addParameter(QgsProcessingParameterField(
            self.DEMAND_FIELD, tr("Demand (e.g. births or women 20–39; default the population)"),
            parentLayerParameterName=self.INPUT, type=FIELD_NUMERIC, optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.FACILITIES, tr("Facilities (point layer)"), [SOURCE_POINT], optional=True))
        self.addParameter(QgsProcessingParameterExpression(
            self.FACILITY_FILTER, tr("Facility filter (expression)"), parentLayerParameterName=self.FACILITIES,
            optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.CAPACITY_FIELD, tr("Facility capacity (default 1 each)"), parentLayerParameterName=self.FACILITIES,
            type=FIELD_NUMERIC, optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.COUNT_FIELD, tr("Supply already counted per unit (e.g. doctors)"),
            parentLayerParameterName=self.INPUT, type=FIELD_NUMERIC, optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            self.MIN_COUNT, tr("Minimum supply per unit (0 = no count standard)"),
            NUMBER_DOUBLE, 1, minValue=0))
        self.addParameter(QgsProcessingParameterNumber(
            self.MAX_DISTANCE, tr("Standard distance to the nearest facility, km (0 = none)"),
            NUMBER_DOUBLE, 30, minValue=0))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.NETWORK, tr("Road network (line layer) for travel times"), [SOURCE_LINE],
            optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.SPEED_FIELD, tr("Road speed field (km/h)"), parentLayerParameterName=self.NETWORK,
            type=FIELD_NUMERIC, optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            self.DEFAULT_SPEED, tr("Default speed, km/h"), NUMBER_DOUBLE, 50,
            minValue=0.1))
        self.addParameter(QgsProcessingParameterNumber(
            self.MAX_TIME, tr("Standard time to the nearest facility, minutes (0 = none)"),
            NUMBER_DOUBLE, 30, minValue=0))
        self.addParameter(QgsProcessingParameterNumber(
            self.CATCHMENT, tr("2SFCA catchment, km"), NUMBER_DOUBLE, 30, minValue=0.001))
        self.addParameter(QgsProcessingParameterEnum(
            self.DECAY, tr("2SFCA distance decay"), options=list(DECAYS), defaultValue=0))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.ORIGINS, tr("Population points (origins of trips)"), [SOURCE_POINT],
            optional=True))
        origins_pop = QgsProcessingParameterField(
            self.ORIGINS_POPULATION_FIELD, tr("Population of the origins (default 1 each)"),
            parentLayerParameterName=self.ORIGINS, type=FIELD_NUMERIC, optional=True)
        self.addParameter(origins_pop)
        self.addParameter(QgsProcessingParameterField(
            self.ALLIANCE_FIELD, tr("Alliance field (pool the services of each alliance)"),
            parentLayerParameterName=self.INPUT, optional=True))
        for param in self.parameterDefinitions():
            if param.name() in (self.SPEED_FIELD, self.DEFAULT_SPEED, self.ORIGINS_POPULATION_FIELD):
                param.setFlags(param.flags() | PARAMETER_ADVANCED)
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, tr("Service gaps"), SOURCE_POLYGON))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT_ALLIANCES, tr("Service gaps per alliance"), SOURCE_POLYGON,
            optional=True, createByDefault=True))
        self.addOutput(QgsProcessingOutputNumber(self.UNITS_IN_GAP, tr("Units in gap")))
        self.addOutput(QgsProcessingOutputNumber(self.POPULATION_IN_GAP, tr("Population in gap")))
        self.addOutput(QgsProcessingOutputNumber(
            self.UNITS_IN_GAP_AFTER_ALLIANCES, tr("Units in gap after alliances")))
        self.addOutput(QgsProcessingOutputNumber(
            self.POPULATION_IN_GAP_AFTER_ALLIANCES, tr("Population in gap after alliances")))

    # ------------------------------------------------------------------ helpers
    def _facility_filter(self, parameters, context, facilities) -> Optional[QgsExpression]:
        # parameterAsExpression() silently returns '' for an expression that does not parse
        text = self.parameterAsString(parameters, self.FACILITY_FILTER, context)
        if not text or not text.strip():
            return None
        if facilities is None:
            raise QgsProcessingException(tr(
                "Parameter FACILITY_FILTER: a filter needs a FACILITIES layer to apply to."))
        expression = QgsExpression(text)
        if expression.hasParserError():
            raise QgsProcessingException(tr(
                "Parameter FACILITY_FILTER: the expression {0} cannot be parsed: {1}").format(
                text, expression.parserErrorString()))
        return expression

    @staticmethod
    def _local_scale(da: QgsDistanceArea, point: QgsPointXY, step: float) -> Tuple[float, float]:
        """Metres per CRS unit along x and along y at ``point`` (ellipsoidal)."""
        sx = da.measureLine(point, QgsPointXY(point.x() + step, point.y())) / step
        sy = da.measureLine(point, QgsPointXY(point.x(), point.y() + step)) / step
        return max(sx, 1e-12), max(sy, 1e-12)

    @staticmethod
    def _box(point: QgsPointXY, metres: float, scale: Tuple[float, float]) -> QgsRectangle:
        """A box sure to hold every point within ``metres`` (10 % margin for the scale's change)."""
        half_x = metres * 1.1 / scale[0] + 1e-9
        half_y = metres * 1.1 / scale[1] + 1e-9
        return QgsRectangle(point.x() - half_x, point.y() - half_y, point.x() + half_x, point.y() + half_y)

    @staticmethod
    def _representative_point(geom: QgsGeometry, to_wgs: QgsCoordinateTransform,
                              from_wgs: QgsCoordinateTransform) -> Optional[QgsPointXY]:
        """Centroid if inside the unit, else a point on its surface; chosen in WGS 84 lon/lat so the
        same unit gives the same point whatever its layer's CRS."""
        if geom is None or geom.isEmpty():
            return None
        work = QgsGeometry(geom)
        transformed = True
        try:
            work.transform(to_wgs)
        except QgsCsException:
            work, transformed = QgsGeometry(geom), False
        point = work.centroid()
        if point.isEmpty() or not work.intersects(point):
            surface = work.pointOnSurface()
            if not surface.isEmpty():
                point = surface
        if point.isEmpty():
            return None
        xy = point.asPoint()
        if transformed:
            try:
                xy = from_wgs.transform(xy)
            except QgsCsException:
                return None
        return QgsPointXY(xy)

    # ------------------------------------------------------------------ main
    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        source = self.parameterAsSource(parameters, self.INPUT, context)
        require_polygons(source, self.INPUT)
        id_idx = field_index(source, self.parameterAsString(parameters, self.ID_FIELD, context), self.ID_FIELD)
        pop_idx = field_index(source, self.parameterAsString(parameters, self.POPULATION_FIELD, context),
                              self.POPULATION_FIELD, numeric=True)
        demand_idx = field_index(source, self.parameterAsString(parameters, self.DEMAND_FIELD, context),
                                 self.DEMAND_FIELD, numeric=True, required=False)
        count_idx = field_index(source, self.parameterAsString(parameters, self.COUNT_FIELD, context),
                                self.COUNT_FIELD, numeric=True, required=False)
        alliance_name = self.parameterAsString(parameters, self.ALLIANCE_FIELD, context)
        alliance_idx = field_index(source, alliance_name, self.ALLIANCE_FIELD, required=False)

        facilities = self.parameterAsSource(parameters, self.FACILITIES, context)
        if parameters.get(self.FACILITIES) and facilities is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.FACILITIES))
        require_points(facilities, self.FACILITIES)
        if facilities is None and count_idx < 0:
            raise QgsProcessingException(tr(
                "Give the supply: a FACILITIES point layer, a COUNT_FIELD of the units, or both."))
        expression = self._facility_filter(parameters, context, facilities)
        capacity_idx = -1
        if facilities is not None:
            capacity_idx = field_index(facilities, self.parameterAsString(parameters, self.CAPACITY_FIELD, context),
                                       self.CAPACITY_FIELD, numeric=True, required=False)

        network = self.parameterAsSource(parameters, self.NETWORK, context)
        if parameters.get(self.NETWORK) and network is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.NETWORK))
        speed_idx = -1
        if network is not None:
            if facilities is None:
                raise QgsProcessingException(tr(
                    "Parameter NETWORK: travel times need facility points; give FACILITIES as well."))
            speed_idx = field_index(network, self.parameterAsString(parameters, self.SPEED_FIELD, context),
                                    self.SPEED_FIELD, numeric=True, required=False)
        origins = self.parameterAsSource(parameters, self.ORIGINS, context)
        if parameters.get(self.ORIGINS) and origins is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.ORIGINS))
        require_points(origins, self.ORIGINS)
        origin_pop_idx = -1
        if origins is not None:
            origin_pop_idx = field_index(
                origins, self.parameterAsString(parameters, self.ORIGINS_POPULATION_FIELD, context),
                self.ORIGINS_POPULATION_FIELD, numeric=True, required=False)

        min_count = self.parameterAsDouble(parameters, self.MIN_COUNT, context)
        max_distance = self.parameterAsDouble(parameters, self.MAX_DISTANCE, context)
        max_time = self.parameterAsDouble(parameters, self.MAX_TIME, context)
        default_speed = self.parameterAsDouble(parameters, self.DEFAULT_SPEED, context)
        catchment = self.parameterAsDouble(parameters, self.CATCHMENT, context)
        decay = DECAYS[self.parameterAsEnum(parameters, self.DECAY, context)]
        if catchment <= 0:
            raise QgsProcessingException(tr("Parameter CATCHMENT: give a catchment above 0 km."))

        crs = source.sourceCrs()
        da = distance_area(source, context)
        to_wgs = QgsCoordinateTransform(crs, WGS84, context.transformContext())
        from_wgs = QgsCoordinateTransform(WGS84, crs, context.transformContext())

        # 1. Units: attributes, representative points and a spatial index.
        units: List[_Unit] = []
        unit_index = QgsSpatialIndex()
        null_counts, no_point, invalid = [], [], []
        negative: Dict[str, list] = {}  # parameter -> ids of units with a negative head count
        total = source.featureCount() or 1
        for n, feature in enumerate(unchecked_features(source)):
            if feedback.isCanceled():
                return {}
            attrs = feature.attributes()
            pop = to_float(attrs[pop_idx])
            if pop is not None and pop < 0:  # a data error: it must not lower POPULATION_IN_GAP
                negative.setdefault(self.POPULATION_FIELD, []).append(attrs[id_idx])
                pop = None
            demand = to_float(attrs[demand_idx]) if demand_idx >= 0 else pop
            if demand is not None and demand < 0:
                negative.setdefault(self.DEMAND_FIELD, []).append(attrs[id_idx])
                demand = None
            unit = _Unit(feature=feature, id=attrs[id_idx], population=pop, demand=demand)
            if count_idx >= 0:
                count = to_float(attrs[count_idx])
                if count is None:
                    null_counts.append(unit.id)
                unit.count = count or 0.0
            if alliance_idx >= 0 and not is_null(attrs[alliance_idx]):
                unit.alliance = attrs[alliance_idx]
            geom = feature.geometry()
            if not geom.isEmpty():
                unit_index.addFeature(n, geom.boundingBox())
            if is_invalid(geom):
                invalid.append(unit.id)
            unit.point = self._representative_point(geom, to_wgs, from_wgs)
            if unit.point is None:
                no_point.append(unit.id)
            units.append(unit)
            feedback.setProgress(15.0 * n / total)
        if null_counts:
            feedback.pushWarning(tr("{0} is NULL for {1} unit(s), counted as 0: {2}").format(
                self.COUNT_FIELD, len(null_counts), _names(null_counts)))
        if no_point:
            feedback.pushWarning(tr("{0} unit(s) have no geometry: no distance or access for them: {1}").format(
                len(no_point), _names(no_point)))
        warn_if_empty(feedback, len(units), self.INPUT)
        warn_ids(feedback, self.ID_FIELD, [(unit.feature.id(), unit.id) for unit in units])
        for param, ids in negative.items():
            feedback.pushWarning(tr("Parameter {0}: {1} unit(s) have a negative value, taken as NULL: {2}").format(
                param, len(ids), _names(ids)))
        warn_invalid(feedback, invalid, tr("facilities are counted in them and their point is chosen as the "
                                           "polygon is drawn, which may be wrong"))
        engines: Dict[int, object] = {}

        def units_containing(point: QgsPointXY) -> List[int]:
            found = []
            point_geom = QgsGeometry.fromPointXY(point)
            for n in unit_index.intersects(QgsRectangle(point, point)):
                held = engines.get(n)
                if held is None:
                    geom = units[n].feature.geometry()  # kept with its engine, which points into it
                    engine = QgsGeometry.createGeometryEngine(geom.constGet())
                    engine.prepareGeometry()
                    held = engines[n] = (engine, geom)
                if held[0].intersects(point_geom.constGet()):
                    found.append(n)
            return sorted(found)

        # 2. Facilities in the units' CRS: point-in-polygon counts.
        facility_points: List[QgsPointXY] = []
        facility_capacity: List[float] = []
        if facilities is not None:
            request = QgsFeatureRequest().setDestinationCrs(crs, context.transformContext())
            request.setInvalidGeometryCheck(GEOMETRY_NO_CHECK)
            expr_context = None
            if expression is not None:
                expr_context = self.createExpressionContext(parameters, context, facilities)
                scope = QgsExpressionContextScope()
                scope.setFields(facilities.fields())
                expr_context.appendScope(scope)
                if not expression.prepare(expr_context) and expression.hasEvalError():
                    raise QgsProcessingException(tr(
                        "Parameter FACILITY_FILTER: the expression {0} cannot be evaluated on the facilities: "
                        "{1}").format(expression.expression(), expression.evalErrorString()))
            null_capacity = 0
            ftotal = facilities.featureCount() or 1
            for k, feature in enumerate(facilities.getFeatures(request)):
                if feedback.isCanceled():
                    return {}
                if expression is not None:
                    expr_context.setFeature(feature)
                    keep = expression.evaluate(expr_context)
                    if expression.hasEvalError():
                        raise QgsProcessingException(tr(
                            "Parameter FACILITY_FILTER: the expression {0} fails on facility {1}: {2}").format(
                            expression.expression(), feature.id(), expression.evalErrorString()))
                    if not keep or is_null(keep):
                        continue
                geom = feature.geometry()
                if geom.isEmpty():
                    continue
                point = QgsPointXY(geom.asPoint()) if not geom.isMultipart() else QgsPointXY(
                    geom.centroid().asPoint())
                capacity = 1.0
                if capacity_idx >= 0:
                    capacity = to_float(feature.attributes()[capacity_idx])
                    if capacity is None:
                        null_capacity += 1
                        capacity = 0.0
                facility_points.append(point)
                facility_capacity.append(capacity)
                for n in units_containing(point):
                    units[n].n_points += 1
                    units[n].capacity += capacity
                feedback.setProgress(15.0 + 15.0 * k / ftotal)
            if null_capacity:
                feedback.pushWarning(tr("{0} is NULL for {1} facilit(ies), counted as 0.").format(
                    self.CAPACITY_FIELD, null_capacity))
            feedback.pushInfo(tr("{0} facilities kept{1}.").format(
                len(facility_points), tr(" by the filter") if expression is not None else ""))
            if not facility_points:
                feedback.pushWarning(tr("No facility is left: every unit is without supply from FACILITIES."))

        # 3. Demand points: origins inside each unit, else the unit's representative point.
        demand_xy: List[Optional[QgsPointXY]] = []
        demand_unit: List[int] = []
        demand_weight: List[float] = []  # share of the unit's demand
        if origins is not None:
            per_unit: Dict[int, List[Tuple[QgsPointXY, float]]] = {}
            outside = 0
            request = QgsFeatureRequest().setDestinationCrs(crs, context.transformContext())
            request.setInvalidGeometryCheck(GEOMETRY_NO_CHECK)
            for feature in origins.getFeatures(request):
                if feedback.isCanceled():
                    return {}
                geom = feature.geometry()
                if geom.isEmpty():
                    continue
                point = QgsPointXY(geom.asPoint()) if not geom.isMultipart() else QgsPointXY(
                    geom.centroid().asPoint())
                weight = to_float(feature.attributes()[origin_pop_idx]) if origin_pop_idx >= 0 else 1.0
                if weight is None or weight <= 0:
                    continue
                inside = units_containing(point)
                if not inside:
                    outside += 1
                    continue
                per_unit.setdefault(inside[0], []).append((point, weight))
            if outside:
                feedback.pushWarning(tr("{0} origin point(s) lie in no unit and are left out.").format(outside))
            fallback = []
            for n, unit in enumerate(units):
                points = per_unit.get(n)
                if points:
                    weight_sum = sum(w for _p, w in points)
                    for point, weight in points:
                        unit.demand_points.append(len(demand_xy))
                        demand_xy.append(point)
                        demand_unit.append(n)
                        demand_weight.append(weight / weight_sum)
                else:
                    if unit.point is not None:
                        fallback.append(unit.id)
                    unit.demand_points.append(len(demand_xy))
                    demand_xy.append(unit.point)
                    demand_unit.append(n)
                    demand_weight.append(1.0)
            if fallback:
                feedback.pushWarning(tr("{0} unit(s) contain no populated origin; their representative point "
                                        "is used: {1}").format(len(fallback), _names(fallback)))
        else:
            for n, unit in enumerate(units):
                unit.demand_points.append(len(demand_xy))
                demand_xy.append(unit.point)
                demand_unit.append(n)
                demand_weight.append(1.0)

        extent = source.sourceExtent()
        step = max(extent.width(), extent.height(), 1e-6) * 1e-4
        scales = [self._local_scale(da, p, step) if p is not None else None for p in demand_xy]

        # 4. Nearest facility (ellipsoidal) for every demand point.
        nearest_m: List[Optional[float]] = [None] * len(demand_xy)
        if facility_points:
            facility_index = QgsSpatialIndex()
            for k, point in enumerate(facility_points):
                facility_index.addFeature(k, QgsRectangle(point, point))
            for i, point in enumerate(demand_xy):
                if feedback.isCanceled():
                    return {}
                if point is None:
                    continue
                first = facility_index.nearestNeighbor(point, 1)
                best = min(da.measureLine(point, facility_points[k]) for k in first)
                for k in facility_index.intersects(self._box(point, best, scales[i])):
                    best = min(best, da.measureLine(point, facility_points[k]))
                nearest_m[i] = best
                feedback.setProgress(30.0 + 20.0 * i / max(len(demand_xy), 1))

        # 5. 2SFCA between demand points and supply sites within the catchment.
        site_xy = list(facility_points)
        site_supply = list(facility_capacity)
        if count_idx >= 0:
            for unit in units:
                if unit.count > 0 and unit.point is not None:
                    site_xy.append(unit.point)
                    site_supply.append(unit.count)
        site_index = QgsSpatialIndex()
        for k, point in enumerate(site_xy):
            site_index.addFeature(k, QgsRectangle(point, point))
        point_demand = []
        for i in range(len(demand_xy)):
            unit_demand = units[demand_unit[i]].demand
            point_demand.append(None if unit_demand is None else unit_demand * demand_weight[i])
        pairs = []
        reach = catchment * 1000.0
        for i, point in enumerate(demand_xy):
            if feedback.isCanceled():
                return {}
            if point is None:
                continue
            for k in site_index.intersects(self._box(point, reach, scales[i])):
                d = da.measureLine(point, site_xy[k])
                if d <= reach:
                    pairs.append((i, k, d / 1000.0))
            feedback.setProgress(50.0 + 15.0 * i / max(len(demand_xy), 1))
        point_access = two_step_fca(point_demand, site_supply, pairs, catchment, decay)
        feedback.pushInfo(tr("2SFCA: {0} supply sites, {1} demand points, {2} pairs within {3} km ({4} decay).").format(
            len(site_xy), len(demand_xy), len(pairs), catchment, decay))

        # 6. Travel times over the road network.
        minutes: Optional[List[float]] = None
        if network is not None:
            from .network import nearest_times

            ellipsoid = da.ellipsoid()
            times = nearest_times(network, speed_idx, default_speed, crs, demand_xy, facility_points, da,
                                  ellipsoid, context, feedback)
            minutes = times.minutes
            if times.defaulted_speeds:
                feedback.pushWarning(tr("{0} road(s) have no usable speed in {1}; {2} km/h was used.").format(
                    times.defaulted_speeds, self.SPEED_FIELD, default_speed))
            far = sorted({units[demand_unit[i]].id for i, km in enumerate(times.access_km)
                          if km == km and km > 5.0}, key=str)
            if far:
                feedback.pushWarning(tr("{0} unit(s) have demand points more than 5 km from the nearest road "
                                        "(the leg counts at the default speed): {1}").format(len(far), _names(far)))
        feedback.setProgress(75)

        # 7. Per unit: aggregate the demand points and assess the gaps.
        records, nearest_km, nearest_min, access = [], [], [], []
        no_demand, unreachable = [], []
        for n, unit in enumerate(units):
            idx = unit.demand_points
            weights = [demand_weight[i] for i in idx]
            km = weighted_mean([None if nearest_m[i] is None else nearest_m[i] / 1000.0 for i in idx], weights)
            nearest_km.append(km)
            standard_value = km
            if facilities is not None and not facility_points and unit.point is not None:
                standard_value = math.inf  # no facility anywhere: beyond any standard distance
            if minutes is not None:
                mins = weighted_mean([minutes[i] for i in idx], weights)
                if mins is None and unit.point is not None:
                    unreachable.append(unit.id)
                    standard_value = math.inf
                else:
                    standard_value = mins
                nearest_min.append(mins)
            if unit.demand is None or unit.demand <= 0 or unit.point is None:
                value = None
            else:
                value = weighted_mean([point_access[i] for i in idx], weights)
            if unit.demand is None or unit.demand <= 0:
                no_demand.append(unit.id)
            access.append(value)
            records.append(UnitRecord(id=unit.id, population=unit.population, demand=unit.demand,
                                      supply=unit.capacity + unit.count, nearest=standard_value,
                                      alliance=unit.alliance, access=value))
        if unreachable:
            feedback.pushWarning(tr("{0} unit(s) cannot reach any facility over the roads (in gap, "
                                    "nearest_min NULL): {1}").format(len(unreachable), _names(unreachable)))
        no_pop = [u.id for u in units if u.population is None or u.population <= 0]
        if no_pop:
            feedback.pushWarning(tr("per_10k is NULL for {0} unit(s) with a zero or missing {1}: {2}").format(
                len(no_pop), self.POPULATION_FIELD, _names(no_pop)))
        if no_demand:
            feedback.pushWarning(tr("per_1k_demand and access_2sfca are NULL for {0} unit(s) with a zero or "
                                    "missing demand (counted as 0 in the 2SFCA): {1}").format(
                len(no_demand), _names(no_demand)))
        by_time = minutes is not None
        standard = GapStandard(min_count=min_count, max_nearest=max_time if by_time else max_distance,
                               by_time=by_time)
        gaps, alliances, summary = assess_gaps(records, standard)

        # 8. Write the units.
        specs = [("n_facilities", FIELD_DOUBLE), ("per_10k", FIELD_DOUBLE),
                 ("per_1k_demand", FIELD_DOUBLE)]
        if facilities is not None:
            specs.append(("nearest_km", FIELD_DOUBLE))
        if by_time:
            specs.append(("nearest_min", FIELD_DOUBLE))
        specs += [("access_2sfca", FIELD_DOUBLE), ("gap", FIELD_INT), ("gap_reason", FIELD_STRING)]
        with_alliances = alliance_idx >= 0
        if with_alliances:
            specs += [("alliance_facilities", FIELD_DOUBLE), ("alliance_gap", FIELD_INT),
                      ("covered_by_alliance", FIELD_INT)]
        out_fields = QgsProcessingUtils.combineFields(source.fields(), make_fields(specs))
        sink, dest_id = self.parameterAsSink(parameters, self.OUTPUT, context, out_fields,
                                             source.wkbType(), crs)
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        for n, (unit, result) in enumerate(zip(units, gaps)):
            if feedback.isCanceled():
                del sink
                discard_output(dest_id)  # no half-written file
                return {}
            values = [records[n].supply, result.per_10k, result.per_1k_demand]
            if facilities is not None:
                values.append(nearest_km[n])
            if by_time:
                values.append(nearest_min[n])
            values += [access[n], result.gap, result.reason_text]
            if with_alliances:
                values += [result.alliance_supply, result.alliance_gap, result.covered_by_alliance]
            out = QgsFeature(out_fields)
            out.setGeometry(unit.feature.geometry())
            out.setAttributes(unit.feature.attributes() + values)
            if not sink.addFeature(out, FAST_INSERT):
                raise QgsProcessingException(self.writeFeatureError(sink, parameters, self.OUTPUT))
            feedback.setProgress(75.0 + 15.0 * n / total)
        style_output(context, dest_id, "service_gaps", tr("Service gaps"))
        results = {
            self.OUTPUT: dest_id,
            self.UNITS_IN_GAP: summary.units_in_gap,
            self.POPULATION_IN_GAP: summary.population_in_gap,
            self.UNITS_IN_GAP_AFTER_ALLIANCES: summary.units_in_gap_after,
            self.POPULATION_IN_GAP_AFTER_ALLIANCES: summary.population_in_gap_after,
        }

        # 9. One feature per alliance.
        if with_alliances:
            alliance_field = QgsField(source.fields().at(alliance_idx))
            a_fields = QgsFields()
            a_fields.append(alliance_field)
            for spec in make_fields([
                    ("n_units", FIELD_INT), ("members", FIELD_STRING), ("population", FIELD_DOUBLE),
                    ("demand", FIELD_DOUBLE), ("n_facilities", FIELD_DOUBLE), ("per_10k", FIELD_DOUBLE),
                    ("per_1k_demand", FIELD_DOUBLE), ("access_2sfca", FIELD_DOUBLE),
                    ("units_in_gap", FIELD_INT), ("units_in_gap_after", FIELD_INT),
                    ("population_in_gap", FIELD_DOUBLE), ("population_in_gap_after", FIELD_DOUBLE),
                    ("gap", FIELD_INT), ("gap_reason", FIELD_STRING)]):
                a_fields.append(spec)
            a_sink, a_dest = self.parameterAsSink(parameters, self.OUTPUT_ALLIANCES, context, a_fields,
                                                  WKB_MULTIPOLYGON, crs)
            if a_sink is not None:
                geoms: Dict[object, List[QgsGeometry]] = {}
                for unit in units:
                    if unit.alliance is not None and not unit.feature.geometry().isEmpty():
                        geoms.setdefault(unit.alliance, []).append(unit.feature.geometry())
                for key, alliance in alliances.items():
                    if feedback.isCanceled():
                        del sink, a_sink
                        discard_output(dest_id)
                        discard_output(a_dest)
                        return {}
                    out = QgsFeature(a_fields)
                    parts = geoms.get(key, [])
                    if parts:
                        union = QgsGeometry.unaryUnion(parts)
                        if not union.isNull():
                            union.convertToMultiType()
                            out.setGeometry(union)
                    out.setAttributes([
                        key, len(alliance.members), ", ".join(str(m) for m in alliance.members),
                        alliance.population, alliance.demand, alliance.supply, alliance.per_10k,
                        alliance.per_1k_demand, alliance.access, alliance.units_in_gap,
                        alliance.units_in_gap_after, alliance.population_in_gap,
                        alliance.population_in_gap_after, alliance.gap, alliance.reason_text])
                    if not a_sink.addFeature(out, FAST_INSERT):
                        raise QgsProcessingException(self.writeFeatureError(a_sink, parameters, self.OUTPUT_ALLIANCES))
                style_output(context, a_dest, "service_gaps_alliances", tr("Service gaps per alliance"))
                results[self.OUTPUT_ALLIANCES] = a_dest
            feedback.pushInfo(tr("{0} alliance(s): units in gap {1} before pooling, {2} after.").format(
                len(alliances), summary.units_in_gap, summary.units_in_gap_after))
        feedback.setProgress(100)
        feedback.pushInfo(tr("Units in gap: {0} of {1} ({2:,.0f} residents).").format(
            summary.units_in_gap, len(units), summary.population_in_gap))
        return results
