"""smallbutstrong:servicegaps: supply, access and gaps of a service per unit and per alliance.

The steps, each a method below: read the units and the supply (:meth:`_units`, :meth:`_facilities`),
place the demand (:meth:`_demand`), measure the nearest facility (:meth:`_nearest`, one distance
service, or the one network service for minutes: :meth:`_network_minutes`) and the 2SFCA access
(:meth:`_access`), then :func:`core.services.assess_gaps` decides every gap, before and after
alliances (the rule the dock uses too), and :meth:`_write` writes the units and the alliances.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Dict, List, Optional

from qgis.core import (
    QgsFeature,
    QgsFields,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingUtils,
)

from ..compat import LINE_GEOMETRY, POINT_GEOMETRY, SOURCE_LINE, SOURCE_POINT, WKB_MULTIPOLYGON
from ..core import schema
from ..core.services import DECAYS, GapStandard, UnitRecord as GapRecord, assess_gaps, two_step_fca, weighted_mean
from .base import SbsAlgorithm, tr, warn_if_empty
from .distance import Geodesy, PointIndex
from .geometry import dissolve, warn_converted
from .outputs import Outputs, fields_of
from .provenance import ATTRIBUTION, attribution
from .places import UnitLocator, demand_points, facility_filter, read_facilities, read_origins, representative_point
from .styles import style_output
from .units_io import UnitSpec, Units, read_units
from .values import id_list


@dataclass
class _Run:
    """What the steps of one run hand each other."""

    units: Units
    geodesy: Geodesy
    unit_points: list = field(default_factory=list)
    supply: List[float] = field(default_factory=list)
    facility_points: list = field(default_factory=list)
    facility_capacity: List[float] = field(default_factory=list)
    demand: object = None
    nearest_m: List[Optional[float]] = field(default_factory=list)
    minutes: Optional[List[float]] = None
    access: List[Optional[float]] = field(default_factory=list)
    locator: Optional[UnitLocator] = None


class ServiceGapsAlgorithm(SbsAlgorithm):
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
    ICON = "services.svg"

    def initAlgorithm(self, config=None):  # noqa: N802
        self.add_unit_inputs(name_field=False, population=tr("Population"))
        self.add_field(self.DEMAND_FIELD, tr("Demand (e.g. births or women 20–39; default the population)"),
                       numeric=True, optional=True)
        self.add_source(self.FACILITIES, tr("Facilities (point layer)"), [SOURCE_POINT], optional=True,
                        tooltip=tr("Hospitals, clinics…: counted in the unit that holds them; each part of a "
                                   "MultiPoint is one facility."))
        self.add_expression(self.FACILITY_FILTER, tr("Facility filter (expression)"), parent=self.FACILITIES)
        self.add_field(self.CAPACITY_FIELD, tr("Facility capacity (default 1 each)"), parent=self.FACILITIES,
                       numeric=True, optional=True)
        self.add_field(self.COUNT_FIELD, tr("Supply already counted per unit (e.g. doctors)"), numeric=True,
                       optional=True)
        self.add_number(self.MIN_COUNT, tr("Minimum supply per unit (0 = no count standard)"), 1, minimum=0)
        self.add_number(self.MAX_DISTANCE, tr("Standard distance to the nearest facility, km (0 = none)"), 30,
                        minimum=0)
        self.add_source(self.NETWORK, tr("Road network (line layer) for travel times"), [SOURCE_LINE],
                        optional=True)
        self.add_field(self.SPEED_FIELD, tr("Road speed field (km/h)"), parent=self.NETWORK, numeric=True,
                       optional=True, advanced=True)
        self.add_number(self.DEFAULT_SPEED, tr("Default speed, km/h"), 50, minimum=0.1, advanced=True)
        self.add_number(self.MAX_TIME, tr("Standard time to the nearest facility, minutes (0 = none)"), 30, minimum=0)
        self.add_number(self.CATCHMENT, tr("2SFCA catchment, km"), 30, minimum=0.001)
        self.add_enum(self.DECAY, tr("2SFCA distance decay"), list(DECAYS), 0)
        self.add_source(self.ORIGINS, tr("Population points (origins of trips)"), [SOURCE_POINT], optional=True)
        self.add_field(self.ORIGINS_POPULATION_FIELD, tr("Population of the origins (default 1 each)"),
                       parent=self.ORIGINS, numeric=True, optional=True, advanced=True)
        self.add_field(self.ALLIANCE_FIELD, tr("Alliance field (pool the services of each alliance)"), optional=True)
        self.add_sink(self.OUTPUT, tr("Service gaps"))
        self.add_sink(self.OUTPUT_ALLIANCES, tr("Service gaps per alliance"), optional=True)
        for name, description in ((self.UNITS_IN_GAP, tr("Units in gap")),
                                  (self.POPULATION_IN_GAP, tr("Population in gap")),
                                  (self.UNITS_IN_GAP_AFTER_ALLIANCES, tr("Units in gap after alliances")),
                                  (self.POPULATION_IN_GAP_AFTER_ALLIANCES, tr("Population in gap after alliances"))):
            self.addOutput(QgsProcessingOutputNumber(name, description))

    # ------------------------------------------------------------------ main
    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        source = self.source(parameters, self.INPUT, context)
        facilities = self.source(parameters, self.FACILITIES, context, geometry=POINT_GEOMETRY, optional=True)
        network = self.source(parameters, self.NETWORK, context, geometry=LINE_GEOMETRY, optional=True)
        origins = self.source(parameters, self.ORIGINS, context, geometry=POINT_GEOMETRY, optional=True)
        count_field = self.field(parameters, self.COUNT_FIELD, context, source, numeric=True, required=False)
        if facilities is None and count_field is None:
            raise QgsProcessingException(tr(
                "Give the supply: a FACILITIES point layer, a COUNT_FIELD of the units, or both."))
        if network is not None and facilities is None:
            raise QgsProcessingException(tr(
                "Parameter NETWORK: travel times need facility points; give FACILITIES as well."))
        standard = dict(
            min_count=self.number(parameters, self.MIN_COUNT, context, 0),
            max_distance=self.number(parameters, self.MAX_DISTANCE, context, 0),
            max_time=self.number(parameters, self.MAX_TIME, context, 0),
            catchment=self.number(parameters, self.CATCHMENT, context),
            decay=DECAYS[self.parameterAsEnum(parameters, self.DECAY, context)])
        if standard["catchment"] <= 0:
            raise QgsProcessingException(tr("Parameter CATCHMENT: give a catchment above 0 km."))
        run = self._units(parameters, context, feedback, source, count_field)
        if run is None:
            return {}
        if facilities is not None and not self._facilities(parameters, context, feedback, source, facilities, run):
            return {}
        run.demand = self._demand(parameters, context, feedback, source, origins, run)
        if run.demand is None:
            return {}
        if not self._nearest(feedback, run):
            return {}
        if network is not None:
            run.minutes = self._network_minutes(parameters, context, feedback, source, network, run)
            if run.minutes is None:
                return {}
        self._access(feedback, run, standard, count_field is not None)
        feedback.setProgress(75)
        return self._assess_and_write(parameters, context, feedback, source, facilities is not None, run, standard)

    # ------------------------------------------------------------------ steps
    def _units(self, parameters, context, feedback, source, count_field) -> Optional[_Run]:
        spec = UnitSpec(
            id_field=self.field(parameters, self.ID_FIELD, context, source),
            numbers={"pop": self.field(parameters, self.POPULATION_FIELD, context, source, numeric=True,
                                       head_count=True)},
            keys={"alliance": self.field(parameters, self.ALLIANCE_FIELD, context, source, required=False)},
            parameters={"pop": self.POPULATION_FIELD, "demand": self.DEMAND_FIELD, "count": self.COUNT_FIELD,
                        "alliance": self.ALLIANCE_FIELD})
        demand_field = self.field(parameters, self.DEMAND_FIELD, context, source, numeric=True, required=False,
                                  head_count=True)
        if demand_field:
            spec.numbers["demand"] = demand_field
        if count_field:
            spec.numbers["count"] = count_field
        units = read_units(source, spec, feedback=feedback, progress=(0.0, 15.0))
        if units is None:
            return None
        warn_if_empty(feedback, len(units), self.INPUT)
        geodesy = Geodesy.for_source(source, context)
        geodesy.warn_if_no_crs(feedback, source.sourceName())
        units.warn(feedback, tr("facilities are counted in them and their point is chosen as the polygon is drawn, "
                                "which may be wrong"), self.ID_FIELD, missing_roles=("count",))
        for role in ("pop", "demand", "count"):
            labels = units.negative.get(role)
            if labels and role == "count":
                raise QgsProcessingException(tr(
                    "Parameter {0}: {1} unit(s) have a negative supply: {2}. A count of doctors or facilities cannot "
                    "be negative; correct the values.").format(self.COUNT_FIELD, len(labels), id_list(labels)))
            if labels:
                feedback.pushWarning(tr("Parameter {0}: {1} unit(s) have a negative value, taken as NULL: {2}").format(
                    units.parameter(role), len(labels), id_list(labels)))
        run = _Run(units=units, geodesy=geodesy)
        for record in units:
            for role in ("pop", "demand"):
                value = record.numbers.get(role)
                if value is not None and value < 0:
                    record.numbers[role] = None
            if "demand" not in spec.numbers:
                record.numbers["demand"] = record.numbers["pop"]
            run.supply.append(record.numbers.get("count") or 0.0)
            run.unit_points.append(representative_point(record.geometry, geodesy.to_wgs, geodesy.from_wgs))
        no_point = [r.label() for r, p in zip(units, run.unit_points) if p is None]
        if no_point:
            feedback.pushWarning(tr("{0} unit(s) have no geometry: no distance or access for them: {1}").format(
                len(no_point), id_list(no_point)))
        return run

    def _facilities(self, parameters, context, feedback, source, facilities, run: _Run) -> bool:
        expression = facility_filter(self, parameters, self.FACILITY_FILTER, context, facilities)
        capacity = self.field(parameters, self.CAPACITY_FIELD, context, facilities, numeric=True, required=False)
        found = read_facilities(self, parameters, context, feedback, facilities, source.sourceCrs(), expression,
                                capacity, self.FACILITY_FILTER)
        if found is None:
            return False
        locator = UnitLocator(run.units.records)
        for point, value in zip(found.points, found.capacity):
            for n in locator.units_at(point):
                run.supply[n] += value
        run.facility_points, run.facility_capacity = found.points, found.capacity
        run.locator = locator
        if found.null_capacity:
            feedback.pushWarning(tr("{0} is NULL for {1} facilit(ies), counted as 0.").format(
                self.CAPACITY_FIELD, found.null_capacity))
        if found.multipart:
            feedback.pushInfo(tr("{0} MultiPoint facilit(ies): each of their points counts as one facility.").format(
                found.multipart))
        if found.not_transformed:
            feedback.pushWarning(tr("{0} facilit(ies) could not be placed in the units' CRS and are left out.").format(
                found.not_transformed))
        feedback.pushInfo(tr("{0} facilities kept{1}.").format(
            len(found.points), tr(" by the filter") if expression is not None else ""))
        if not found.points:
            feedback.pushWarning(tr("No facility is left: every unit is without supply from FACILITIES."))
        return True

    def _demand(self, parameters, context, feedback, source, origins, run: _Run):
        points = None
        if origins is not None:
            field_name = self.field(parameters, self.ORIGINS_POPULATION_FIELD, context, origins, numeric=True,
                                    required=False)
            points = read_origins(origins, source.sourceCrs(), context, feedback, field_name)
            if points is None:
                return None
        locator = run.locator or UnitLocator(run.units.records)
        return demand_points(run.unit_points, locator, points, feedback)

    def _nearest(self, feedback, run: _Run) -> bool:
        """Ellipsoidal metres from every demand point to its nearest facility."""
        run.nearest_m = [None] * len(run.demand.points)
        if not run.facility_points:
            return True
        index = PointIndex(run.geodesy, run.facility_points)
        for i, point in enumerate(run.demand.points):
            if feedback.isCanceled():
                return False
            found = index.nearest(point) if point is not None else None
            run.nearest_m[i] = found[1] if found is not None else None
            feedback.setProgress(30.0 + 20.0 * i / max(len(run.demand.points), 1))
        return True

    def _network_minutes(self, parameters, context, feedback, source, network, run: _Run) -> Optional[List[float]]:
        from .network import RoadNetwork

        speed = self.field(parameters, self.SPEED_FIELD, context, network, numeric=True, required=False)
        roads = RoadNetwork(network, speed, self.number(parameters, self.DEFAULT_SPEED, context), source.sourceCrs(),
                            run.geodesy, context, feedback)
        if feedback.isCanceled():
            return None
        roads.warn(feedback, self.SPEED_FIELD)
        demand_idx = [i for i, p in enumerate(run.demand.points) if p is not None]
        roads.attach([run.demand.points[i] for i in demand_idx] + list(run.facility_points))
        offset = len(demand_idx)
        times = roads.minutes_to_nearest(list(range(offset)), list(range(offset, offset + len(run.facility_points))))
        minutes = [math.inf] * len(run.demand.points)
        far = set()
        for k, i in enumerate(demand_idx):
            minutes[i] = times[k]
            if roads.access_km(k) > 5.0:
                far.add(run.units.records[run.demand.unit[i]].label())
        if far:
            feedback.pushWarning(tr("{0} unit(s) have demand points more than 5 km from the nearest road (the leg counts "
                                    "at the default speed): {1}").format(len(far), id_list(sorted(far))))
        return minutes

    def _access(self, feedback, run: _Run, standard: dict, with_count: bool) -> None:
        """2SFCA between demand points and supply sites (facilities, and units' counts at their point)."""
        site_xy, site_supply = list(run.facility_points), list(run.facility_capacity)
        if with_count:
            for record, point in zip(run.units.records, run.unit_points):
                count = record.numbers.get("count") or 0.0
                if count > 0 and point is not None:
                    site_xy.append(point)
                    site_supply.append(count)
        index = PointIndex(run.geodesy, site_xy)
        reach = standard["catchment"] * 1000.0
        pairs = []
        for i, point in enumerate(run.demand.points):
            if feedback.isCanceled():
                return
            for k, d in index.within(point, reach):
                pairs.append((i, k, d / 1000.0))
            feedback.setProgress(50.0 + 15.0 * i / max(len(run.demand.points), 1))
        point_demand = [None if run.units.records[u].numbers["demand"] is None
                        else run.units.records[u].numbers["demand"] * w
                        for u, w in zip(run.demand.unit, run.demand.weight)]
        point_access = two_step_fca(point_demand, site_supply, pairs, standard["catchment"], standard["decay"])
        feedback.pushInfo(tr("2SFCA: {0} supply sites, {1} demand points, {2} pairs within {3} km ({4} decay).").format(
            len(site_xy), len(run.demand.points), len(pairs), standard["catchment"], standard["decay"]))
        run.access = []
        for n, record in enumerate(run.units.records):
            idx = run.demand.of_unit[n]
            demand = record.numbers["demand"]
            if demand is None or demand <= 0 or run.unit_points[n] is None:
                run.access.append(None)
            else:
                run.access.append(weighted_mean([point_access[i] for i in idx], [run.demand.weight[i] for i in idx]))

    # ------------------------------------------------------------------ gaps and outputs
    def _assess_and_write(self, parameters, context, feedback, source, with_facilities: bool, run: _Run,
                          standard: dict):
        by_time = run.minutes is not None
        records, nearest_km, nearest_min, unreachable = [], [], [], []
        for n, record in enumerate(run.units.records):
            idx = run.demand.of_unit[n]
            weights = [run.demand.weight[i] for i in idx]
            km = weighted_mean([None if run.nearest_m[i] is None else run.nearest_m[i] / 1000.0 for i in idx], weights)
            nearest_km.append(km)
            value = km
            if with_facilities and not run.facility_points and run.unit_points[n] is not None:
                value = math.inf  # no facility anywhere: beyond any standard distance
            if by_time:
                mins = weighted_mean([run.minutes[i] for i in idx], weights)
                if mins is None and run.unit_points[n] is not None:
                    unreachable.append(record.label())
                    value = math.inf
                else:
                    value = mins
                nearest_min.append(mins)
            records.append(GapRecord(id=record.label(), population=record.numbers["pop"],
                                     demand=record.numbers["demand"], supply=run.supply[n], nearest=value,
                                     alliance=record.keys.get("alliance"), access=run.access[n]))
        if unreachable:
            feedback.pushWarning(tr("{0} unit(s) cannot reach any facility over the roads (in gap, nearest_min "
                                    "NULL): {1}").format(len(unreachable), id_list(unreachable)))
        self._warn_bases(feedback, run)
        gap_standard = GapStandard(min_count=standard["min_count"],
                                   max_nearest=standard["max_time"] if by_time else standard["max_distance"],
                                   by_time=by_time)
        gaps, alliances, summary = assess_gaps(records, gap_standard)
        results = self._write(parameters, context, feedback, source, run, records, gaps, alliances,
                              nearest_km, nearest_min, with_facilities)
        if results is None:
            return {}
        results.update({self.UNITS_IN_GAP: summary.units_in_gap, self.POPULATION_IN_GAP: summary.population_in_gap,
                        self.UNITS_IN_GAP_AFTER_ALLIANCES: summary.units_in_gap_after,
                        self.POPULATION_IN_GAP_AFTER_ALLIANCES: summary.population_in_gap_after})
        if "alliance" in run.units.spec.keys and run.units.spec.keys["alliance"]:
            feedback.pushInfo(tr("{0} alliance(s): units in gap {1} before pooling, {2} after.").format(
                len(alliances), summary.units_in_gap, summary.units_in_gap_after))
        feedback.setProgress(100)
        feedback.pushInfo(tr("Units in gap: {0} of {1} ({2:,.0f} residents).").format(
            summary.units_in_gap, len(run.units), summary.population_in_gap))
        return results

    def _warn_bases(self, feedback, run: _Run) -> None:
        no_pop = [r.label() for r in run.units if r.numbers["pop"] is None or r.numbers["pop"] <= 0]
        if no_pop:
            feedback.pushWarning(tr("per_10k is NULL for {0} unit(s) with a zero or missing {1}: {2}").format(
                len(no_pop), self.POPULATION_FIELD, id_list(no_pop)))
        no_demand = [r.label() for r in run.units if r.numbers["demand"] is None or r.numbers["demand"] <= 0]
        if no_demand:
            feedback.pushWarning(tr("per_1k_demand and access_2sfca are NULL for {0} unit(s) with a zero or missing "
                                    "demand (counted as 0 in the 2SFCA): {1}").format(len(no_demand), id_list(no_demand)))

    def _write(self, parameters, context, feedback, source, run: _Run, records, gaps, alliances, nearest_km,
               nearest_min, with_facilities: bool) -> Optional[dict]:
        with_alliances = bool(run.units.spec.keys.get("alliance"))
        by_time = run.minutes is not None
        out_fields = QgsProcessingUtils.combineFields(
            source.fields(), fields_of(schema.gap_unit_fields(with_facilities, by_time, with_alliances)))
        with Outputs(self, parameters, context, feedback) as outputs:
            outputs.metadata[ATTRIBUTION] = attribution(parameters, [self.INPUT, self.FACILITIES], context)
            outputs.sink(self.OUTPUT, out_fields, source.wkbType(), source.sourceCrs())
            converted = []
            for n, (record, result) in enumerate(zip(run.units.records, gaps)):
                if feedback.isCanceled():
                    return None
                values = [records[n].supply, result.per_10k, result.per_1k_demand]
                if with_facilities:
                    values.append(nearest_km[n])
                if by_time:
                    values.append(nearest_min[n])
                values += [run.access[n], result.gap, result.reason_text]
                if with_alliances:
                    values += [result.alliance_supply, result.alliance_gap, result.covered_by_alliance]
                outputs.add_unit(self.OUTPUT, record, record.feature.attributes() + values, source.wkbType(),
                                 converted)
                feedback.setProgress(75.0 + 15.0 * n / max(1, len(records)))
            warn_converted(feedback, converted)
            if with_alliances and not self._write_alliances(outputs, feedback, source, run, alliances):
                return None
            final = outputs.commit()
        style_output(context, final[self.OUTPUT], "service_gaps", tr("Service gaps"))
        results = {self.OUTPUT: final[self.OUTPUT]}
        if final.get(self.OUTPUT_ALLIANCES):
            style_output(context, final[self.OUTPUT_ALLIANCES], "service_gaps_alliances",
                         tr("Service gaps per alliance"))
            results[self.OUTPUT_ALLIANCES] = final[self.OUTPUT_ALLIANCES]
        return results

    def _write_alliances(self, outputs, feedback, source, run: _Run, alliances) -> bool:
        from qgis.core import QgsField

        a_fields = QgsFields()
        a_fields.append(QgsField(source.fields().field(run.units.spec.keys["alliance"])))
        for spec in fields_of(schema.GAP_ALLIANCE_FIELDS):
            a_fields.append(spec)
        sink, _dest = outputs.sink(self.OUTPUT_ALLIANCES, a_fields, WKB_MULTIPOLYGON, source.sourceCrs(),
                                   optional=True)
        if sink is None:
            return True
        parts: Dict[object, list] = {}
        for record in run.units:
            if record.keys.get("alliance") is not None and not record.empty:
                parts.setdefault(record.keys["alliance"], []).append(record.geometry)
        for key, alliance in alliances.items():
            if feedback.isCanceled():
                return False
            out = QgsFeature(a_fields)
            out.setGeometry(dissolve(parts.get(key, [])))
            out.setAttributes([
                key, len(alliance.members), ", ".join(str(m) for m in alliance.members), alliance.population,
                alliance.demand, alliance.supply, alliance.per_10k, alliance.per_1k_demand, alliance.access,
                alliance.units_in_gap, alliance.units_in_gap_after, alliance.population_in_gap,
                alliance.population_in_gap_after, alliance.gap, alliance.reason_text])
            outputs.add(self.OUTPUT_ALLIANCES, out, tr("alliance {0}").format(key))
        return True
