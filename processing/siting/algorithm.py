"""smallbutstrong:sitefacilities: where k shared facilities per alliance serve their demand best.

The steps, each a method of a mixin of this package: read the units, their demand and alliance
(:meth:`_units`), the candidate sites (a point layer, or each unit's representative point:
:meth:`_candidates`) and the existing facilities, which stay open and serve anyone
(:meth:`_existing`, :mod:`.reading`); measure (one :class:`_Ellipsoidal` or :class:`_RoadMinutes`
metric of :mod:`.metrics`, the services of :mod:`..distance` and :mod:`..network`); solve every
alliance exactly with :func:`core.siting.site_facilities` (:meth:`_solve`, :mod:`.solving`); assign
every unit to its nearest open facility with exact distances, take the figures (:meth:`_assign`,
:mod:`.figures`) and write the sites, the units and the lines (:meth:`_write`, :mod:`.writing`).

Why the distances are sound: within an alliance every demand-candidate pair is measured. One
problem over many units (no alliance field, or an alliance of thousands) passes only the pairs
within a cutoff T, which the core reads as "farther than T" (costs truncated at T):
for MCLP and LSCP, T = the standard (exact: only pairs within it cover); for p-median and
p-center, the truncated optimum is the true one when every unit of it lies within T of its
facility (truncation never raises a cost, and leaves that plan's cost as it is), which is
checked on the exact distances; otherwise T grows and the problem is solved again, up to every
pair. Nothing is truncated silently.
"""

from __future__ import annotations

from qgis.core import (
    QgsProcessingException,
    QgsProcessingOutputBoolean,
    QgsProcessingOutputNumber,
    QgsProcessingParameterFeatureSink,
)

from ...compat import LINE_GEOMETRY, POINT_GEOMETRY, SOURCE_LINE, SOURCE_POINT
from ...core import schema
from ..base import SbsAlgorithm, tr
from .figures import Figures
from .metrics import _Ellipsoidal
from .reading import Reading
from .solving import Solving
from .writing import Writing


class SiteFacilitiesAlgorithm(Reading, Solving, Figures, Writing, SbsAlgorithm):
    DEMAND_FIELD = "DEMAND_FIELD"
    ALLIANCE_FIELD = "ALLIANCE_FIELD"
    OBJECTIVE = "OBJECTIVE"
    SITES_PER_ALLIANCE = "SITES_PER_ALLIANCE"
    STANDARD_DISTANCE = "STANDARD_DISTANCE"
    CANDIDATES = "CANDIDATES"
    CANDIDATE_FILTER = "CANDIDATE_FILTER"
    CANDIDATE_NAME_FIELD = "CANDIDATE_NAME_FIELD"
    EXISTING = "EXISTING"
    EXISTING_FILTER = "EXISTING_FILTER"
    EXISTING_NAME_FIELD = "EXISTING_NAME_FIELD"
    NETWORK = "NETWORK"
    SPEED_FIELD = "SPEED_FIELD"
    DEFAULT_SPEED = "DEFAULT_SPEED"
    STANDARD_TIME = "STANDARD_TIME"
    TIME_LIMIT = "TIME_LIMIT"
    OUTPUT_SITES = "OUTPUT_SITES"
    OUTPUT = "OUTPUT"
    OUTPUT_LINES = "OUTPUT_LINES"
    # output values
    SITES = "SITES"
    ALLIANCES = "ALLIANCES"
    DEMAND_COVERED = "DEMAND_COVERED"
    DEMAND_COVERED_BEFORE = "DEMAND_COVERED_BEFORE"
    DEMAND_IN_GAP_BEFORE = "DEMAND_IN_GAP_BEFORE"
    DEMAND_IN_GAP_AFTER = "DEMAND_IN_GAP_AFTER"
    POPULATION_IN_GAP_BEFORE = "POPULATION_IN_GAP_BEFORE"
    POPULATION_IN_GAP_AFTER = "POPULATION_IN_GAP_AFTER"
    MEAN_DISTANCE_KM_BEFORE = "MEAN_DISTANCE_KM_BEFORE"
    MEAN_DISTANCE_KM_AFTER = "MEAN_DISTANCE_KM_AFTER"
    MEAN_TIME_MIN_BEFORE = "MEAN_TIME_MIN_BEFORE"
    MEAN_TIME_MIN_AFTER = "MEAN_TIME_MIN_AFTER"
    OBJECTIVE_VALUE = "OBJECTIVE_VALUE"
    OPTIMAL = "OPTIMAL"
    GAP = "GAP"

    NAME = "sitefacilities"
    DISPLAY_NAME = "Site shared facilities"
    GROUP = "Services"
    GROUP_ID = "services"
    ICON = "siting.svg"

    def initAlgorithm(self, config=None):  # noqa: N802
        self.add_unit_inputs(name_field=True)
        self.add_field(self.DEMAND_FIELD, tr("Demand (e.g. births, women 20–39, residents 65+ or the population)"),
                       numeric=True, tooltip=tr("Who needs the service, per unit: any numeric field. NULL counts "
                                                "as no demand; a negative value is refused."))
        self.add_field(self.POPULATION_FIELD, tr("Residents (optional: residents beyond the standard, before and "
                                                 "after)"), numeric=True, optional=True)
        self.add_field(self.ALLIANCE_FIELD, tr("Alliance field (site within each alliance; empty: one problem)"),
                       optional=True, tooltip=tr("e.g. alliance_id of the alliance members output. Units with a "
                                                 "NULL or blank alliance get no new site and keep the existing "
                                                 "facilities."))
        self.add_enum(self.OBJECTIVE, tr("Objective"), [
            tr("p-median: least demand-weighted distance"),
            tr("maximal coverage (MCLP): most demand within the standard"),
            tr("set covering (LSCP): fewest sites that bring all demand within the standard"),
            tr("p-center: least largest distance")], 0)
        self.add_number(self.SITES_PER_ALLIANCE, tr("New sites per alliance (k; not used by set covering)"), 1,
                        minimum=1, integer=True)
        self.add_number(self.STANDARD_DISTANCE, tr("Standard distance, km (0 = none; coverage and gap figures)"), 30,
                        minimum=0)
        self.add_source(self.CANDIDATES, tr("Candidate sites (point layer; default: each unit's point)"),
                        [SOURCE_POINT], optional=True,
                        tooltip=tr("Where a new facility may open. Without a layer every unit's representative "
                                   "point is a candidate; with alliances a candidate belongs to the alliance of "
                                   "the unit that holds it."))
        self.add_expression(self.CANDIDATE_FILTER, tr("Candidate filter (expression)"), parent=self.CANDIDATES,
                            tooltip=tr("Keeps the matching candidates; without a candidate layer it is evaluated "
                                       "on the units (e.g. \"pop_reg_2025\" >= 50000)."))
        self.add_field(self.CANDIDATE_NAME_FIELD, tr("Candidate name field"), parent=self.CANDIDATES, optional=True,
                       advanced=True)
        self.add_source(self.EXISTING, tr("Existing facilities (point layer; they stay open)"), [SOURCE_POINT],
                        optional=True)
        self.add_expression(self.EXISTING_FILTER, tr("Existing facility filter (expression)"), parent=self.EXISTING)
        self.add_field(self.EXISTING_NAME_FIELD, tr("Existing facility name field"), parent=self.EXISTING,
                       optional=True, advanced=True)
        self.add_source(self.NETWORK, tr("Road network (line layer) for travel times"), [SOURCE_LINE], optional=True)
        self.add_field(self.SPEED_FIELD, tr("Road speed field (km/h)"), parent=self.NETWORK, numeric=True,
                       optional=True, advanced=True)
        self.add_number(self.DEFAULT_SPEED, tr("Default speed, km/h"), 50, minimum=0.1, advanced=True)
        self.add_number(self.STANDARD_TIME, tr("Standard time with a road network, minutes (0 = none)"), 30,
                        minimum=0)
        self.add_number(self.TIME_LIMIT, tr("Time limit per alliance, seconds"), 60, minimum=0.1, advanced=True)
        self.add_sink(self.OUTPUT_SITES, tr("Chosen sites"), SOURCE_POINT)
        self.add_sink(self.OUTPUT, tr("Units with their facility"))
        self.addParameter(QgsProcessingParameterFeatureSink(self.OUTPUT_LINES, tr("Lines from units to their facility"),
                                                            SOURCE_LINE, optional=True, createByDefault=False))
        for name, description in (
                (self.SITES, tr("New sites")), (self.ALLIANCES, tr("Problems solved (alliances)")),
                (self.DEMAND_COVERED, tr("Demand within the standard after siting")),
                (self.DEMAND_COVERED_BEFORE, tr("Demand within the standard before siting")),
                (self.DEMAND_IN_GAP_BEFORE, tr("Demand beyond the standard before siting")),
                (self.DEMAND_IN_GAP_AFTER, tr("Demand beyond the standard after siting")),
                (self.POPULATION_IN_GAP_BEFORE, tr("Residents beyond the standard before siting")),
                (self.POPULATION_IN_GAP_AFTER, tr("Residents beyond the standard after siting")),
                (self.MEAN_DISTANCE_KM_BEFORE, tr("Mean distance before siting, km")),
                (self.MEAN_DISTANCE_KM_AFTER, tr("Mean distance after siting, km")),
                (self.MEAN_TIME_MIN_BEFORE, tr("Mean time before siting, minutes")),
                (self.MEAN_TIME_MIN_AFTER, tr("Mean time after siting, minutes")),
                (self.OBJECTIVE_VALUE, tr("Objective value")), (self.GAP, tr("Relative gap to the best bound"))):
            self.addOutput(QgsProcessingOutputNumber(name, description))
        self.addOutput(QgsProcessingOutputBoolean(self.OPTIMAL, tr("Proven optimal")))

    # ------------------------------------------------------------------ main
    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        source = self.source(parameters, self.INPUT, context)
        candidates = self.source(parameters, self.CANDIDATES, context, geometry=POINT_GEOMETRY, optional=True)
        existing = self.source(parameters, self.EXISTING, context, geometry=POINT_GEOMETRY, optional=True)
        network = self.source(parameters, self.NETWORK, context, geometry=LINE_GEOMETRY, optional=True)
        objective = schema.SITING_OBJECTIVES[self.parameterAsEnum(parameters, self.OBJECTIVE, context)]
        k = self.integer(parameters, self.SITES_PER_ALLIANCE, context, 1)
        standard = self.number(parameters, self.STANDARD_TIME if network is not None else self.STANDARD_DISTANCE,
                               context, 0)
        if objective in (schema.SITING_MCLP, schema.SITING_LSCP) and standard <= 0:
            raise QgsProcessingException(tr(
                "Parameter {0}: maximal coverage and set covering need a standard above 0 (the distance, or with a "
                "road network the time, within which demand counts as covered).").format(
                    self.STANDARD_TIME if network is not None else self.STANDARD_DISTANCE))
        self.number(parameters, self.TIME_LIMIT, context, 0.1)
        run = self._units(parameters, context, feedback, source, objective, k, standard or None)
        if run is None:
            return {}
        run.candidates = self._candidates(parameters, context, feedback, source, candidates, run)
        if run.candidates is None:
            return {}
        run.existing = self._existing(parameters, context, feedback, source, existing)
        if run.existing is None:
            return {}
        feedback.setProgress(20)
        if network is not None:
            run.metric = self._roads(parameters, context, feedback, source, network, run)
            if run.metric is None:
                return {}
        else:
            run.metric = _Ellipsoidal(run.geodesy, run.unit_points, run.candidates, run.existing)
        if not self._problems(feedback, run) or not self._solve(parameters, context, feedback, run):
            return {}
        figures = self._assign(feedback, run)
        if figures is None:
            return {}
        feedback.setProgress(80)
        results = self._write(parameters, context, feedback, source, run)
        if results is None:
            return {}
        results.update(figures)
        feedback.setProgress(100)
        return results
