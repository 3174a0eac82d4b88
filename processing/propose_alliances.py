"""smallbutstrong:proposealliances: provably optimal alliances of 2–5 neighbouring units.

Thin by design: read the layer into unit records (:mod:`.units_io`), build the neighbourhood graph
(:mod:`.adjacency`) in metres (:mod:`.distance`), hand a :class:`core.alliances.AllianceProblem` to
the exact solver, and write what it returns. Sinks are created only after the solver has finished,
through :class:`.outputs.Outputs`: a failed or cancelled run leaves no file and replaces none.
The hub distance (:class:`.alliances.HubDistance`) and the writing (:class:`.alliances.Writing`) are
mixins of the package :mod:`.alliances`; this module keeps the parameters, the reading, the problem
and the solve.
"""

from __future__ import annotations

import math
import statistics
from typing import Dict, List, Optional, Tuple

from qgis.core import (
    QgsGeometry,
    QgsMessageLog,
    QgsProcessingException,
    QgsProcessingParameterBoolean,
    QgsProcessingOutputBoolean,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
)

from ..compat import MESSAGE_INFO, SOURCE_LINE, SOURCE_VECTOR
from ..core import alliances as core
from ..core.alliances import isolated
from ..core import schema
from ..core.profiles import PROFILE_KEYS, PROFILES, profile
from .adjacency import UnitGraph, build_unit_graph, read_links
from .alliances import HubDistance, Writing
from .base import SbsAlgorithm, tr, warn_if_empty
from .distance import Geodesy
from .units_io import UnitRecord, Units, UnitSpec, read_units
from .values import id_list


class ProposeAlliancesAlgorithm(HubDistance, Writing, SbsAlgorithm):
    ELIGIBLE = "ELIGIBLE"
    HUBS = "HUBS"
    PROFILE = "PROFILE"
    MIN_MEMBERS = "MIN_MEMBERS"
    MAX_MEMBERS = "MAX_MEMBERS"
    MIN_POPULATION = "MIN_POPULATION"
    MAX_POPULATION = "MAX_POPULATION"
    GROUP_FIELD = "GROUP_FIELD"
    LOCKED_FIELD = "LOCKED_FIELD"
    ADJACENCY_TOLERANCE = "ADJACENCY_TOLERANCE"
    ISLAND_LINK_DISTANCE = "ISLAND_LINK_DISTANCE"
    FUTURE_POPULATION_FIELD = "FUTURE_POPULATION_FIELD"
    FUTURE_MIN_POPULATION = "FUTURE_MIN_POPULATION"
    MAX_HUB_DISTANCE = "MAX_HUB_DISTANCE"
    NETWORK = "NETWORK"
    SPEED_FIELD = "SPEED_FIELD"
    DEFAULT_SPEED = "DEFAULT_SPEED"
    MAX_HUB_TIME = "MAX_HUB_TIME"
    LINKS = "LINKS"
    LINK_FROM_FIELD = "LINK_FROM_FIELD"
    LINK_TO_FIELD = "LINK_TO_FIELD"
    OBJECTIVE = "OBJECTIVE"
    TIME_LIMIT = "TIME_LIMIT"
    SOLVER_PROCESS = "SOLVER_PROCESS"
    OUTPUT = "OUTPUT"
    OUTPUT_MEMBERS = "OUTPUT_MEMBERS"
    ALLIANCES = "ALLIANCES"
    COVERED = "COVERED"
    OPTIMAL = "OPTIMAL"
    GAP = "GAP"
    POPULATION_USED = "POPULATION_USED"

    NAME = "proposealliances"
    DISPLAY_NAME = "Propose alliances"
    GROUP = "Alliances"
    GROUP_ID = "alliances"
    ICON = "alliances.svg"
    #: the solver's default time limit, also the dock's (one place)
    DEFAULT_TIME_LIMIT = 60.0

    def initAlgorithm(self, config=None):  # noqa: N802
        self.add_unit_inputs(population=tr("Population"))
        self.add_expression(self.ELIGIBLE, tr("Eligible units (expression; empty = all)"),
                            tooltip=tr("Units that may join an alliance, e.g. \"region\" <> 'Capital'. Others stay "
                                       "out of the problem and of the neighbourhood graph."))
        self.add_expression(self.HUBS, tr("Hubs (expression; when set, every alliance has a hub)"),
                            tooltip=tr("Units that can anchor an alliance, e.g. \"population\" >= 150000."))
        self.add_enum(self.PROFILE, tr("Policy profile (defaults of the thresholds)"),
                      [tr(PROFILES[k].name) for k in PROFILE_KEYS], 0,  # i18n: core/profiles.py
                      tooltip=tr("Member counts and the floor left empty take this profile's values."))
        self.add_number(self.MIN_MEMBERS, tr("Minimum members (empty: the profile's)"), None, minimum=1,
                        integer=True, optional=True)
        self.add_number(self.MAX_MEMBERS, tr("Maximum members (empty: the profile's)"), None, minimum=1,
                        integer=True, optional=True)
        self.add_number(self.MIN_POPULATION, tr("Minimum population of an alliance (empty: the profile's)"), None,
                        minimum=0, decimals=0, optional=True)
        self.add_number(self.MAX_POPULATION, tr("Maximum population of an alliance (0 = no ceiling)"), 0,
                        minimum=0, decimals=0)
        self.add_field(self.FUTURE_POPULATION_FIELD, tr("Durable: projected population fields (each alliance "
                                                         "reaches the floor in every one)"),
                       numeric=True, optional=True, multiple=True,
                       tooltip=tr("E.g. pop_2040 from Project population: an alliance must reach "
                                  "FUTURE_MIN_POPULATION in each of these fields as well as today."))
        self.add_number(self.FUTURE_MIN_POPULATION, tr("Floor of the projected populations (empty: the same floor)"),
                        None, minimum=0, decimals=0, optional=True)
        self.add_number(self.MAX_HUB_DISTANCE, tr("Maximum distance of a member to its hub (km, 0 = no limit)"), 0,
                        minimum=0, decimals=1,
                        tooltip=tr("Straight-line distance on the ellipsoid between the points on surface of a "
                                   "member and of its alliance's hub: the hub's services are shared only if members "
                                   "can reach them."))
        self.add_field(self.GROUP_FIELD, tr("Group field (members share its value, e.g. province)"), optional=True)
        self.add_field(self.LOCKED_FIELD, tr("Locked alliances field (units sharing a value stay together)"),
                       optional=True)
        self.add_enum(self.OBJECTIVE, tr("Objective"),
                      [tr("coverage: most units in alliances"), tr("count: most alliances"),
                       tr("compactness: full coverage, then most compact")], 0)
        self.add_number(self.ADJACENCY_TOLERANCE, tr("Adjacency tolerance (metres)"), 200, minimum=0, decimals=0,
                        advanced=True, tooltip=tr("Two units at most this far apart are neighbours: real boundaries "
                                                  "overlap and leave hairline gaps. Keep it well below a unit's width."))
        self.add_number(self.ISLAND_LINK_DISTANCE, tr("Link units without neighbours to the nearest unit within "
                                                      "(metres, 0 = off)"), 0, minimum=0, decimals=0, advanced=True)
        self.add_source(self.LINKS, tr("Extra links (table with two unit id fields)"), [SOURCE_VECTOR], optional=True,
                        advanced=True)
        self.add_field(self.LINK_FROM_FIELD, tr("Links: first unit id field"), parent=self.LINKS, default="from_id",
                       optional=True, advanced=True)
        self.add_field(self.LINK_TO_FIELD, tr("Links: second unit id field"), parent=self.LINKS, default="to_id",
                       optional=True, advanced=True)
        self.add_source(self.NETWORK, tr("Road network for the hub travel time (line layer)"), [SOURCE_LINE],
                        optional=True, advanced=True)
        self.add_field(self.SPEED_FIELD, tr("Road speed field (km/h)"), parent=self.NETWORK, numeric=True,
                       optional=True, advanced=True)
        self.add_number(self.DEFAULT_SPEED, tr("Default speed, km/h"), 50, minimum=0.1, advanced=True)
        self.add_number(self.MAX_HUB_TIME, tr("Maximum travel time of a member to its hub (minutes, 0 = no limit; "
                                              "needs NETWORK)"), 0, minimum=0, decimals=0, advanced=True)
        self.add_number(self.TIME_LIMIT, tr("Solver time limit (seconds, 0 = none)"), self.DEFAULT_TIME_LIMIT,
                        minimum=0, decimals=0, advanced=True)
        self._add(QgsProcessingParameterBoolean(self.SOLVER_PROCESS, tr("Solve in a separate process"), False),
                  tr("Solve in a separate process (keeps the QGIS window responsive; used by the dock)"), True)
        self.add_sink(self.OUTPUT, tr("Alliances"))
        self.add_sink(self.OUTPUT_MEMBERS, tr("Alliance members"))
        self.addOutput(QgsProcessingOutputNumber(self.ALLIANCES, tr("Number of alliances")))
        self.addOutput(QgsProcessingOutputNumber(self.COVERED, tr("Units in an alliance")))
        self.addOutput(QgsProcessingOutputBoolean(self.OPTIMAL, tr("Proven optimal")))
        self.addOutput(QgsProcessingOutputNumber(self.GAP, tr("Relative gap to the best bound")))
        self.addOutput(QgsProcessingOutputString(self.POPULATION_USED, tr("Population field used")))

    # ------------------------------------------------------------------ parameters
    def _settings(self, parameters, context) -> dict:
        policy = profile(self.parameterAsEnum(parameters, self.PROFILE, context))

        def optional(name, default, integer=False):
            if parameters.get(name) in (None, ""):
                return default
            return self.integer(parameters, name, context, 1) if integer else self.number(parameters, name, context, 0)

        out = dict(
            policy=policy, min_members=optional(self.MIN_MEMBERS, policy.min_members, True),
            max_members=optional(self.MAX_MEMBERS, policy.max_members, True),
            min_population=optional(self.MIN_POPULATION, policy.min_population),
            max_population=self.number(parameters, self.MAX_POPULATION, context, 0),
            tolerance=self.number(parameters, self.ADJACENCY_TOLERANCE, context, 0),
            island=self.number(parameters, self.ISLAND_LINK_DISTANCE, context, 0),
            time_limit=self.number(parameters, self.TIME_LIMIT, context, 0),
            objective=schema.OBJECTIVES[self.parameterAsEnum(parameters, self.OBJECTIVE, context)],
            max_hub_km=self.number(parameters, self.MAX_HUB_DISTANCE, context, 0),
            max_hub_minutes=self.number(parameters, self.MAX_HUB_TIME, context, 0),
            solver_process=self.parameterAsBool(parameters, self.SOLVER_PROCESS, context))
        out["future_floor"] = optional(self.FUTURE_MIN_POPULATION, out["min_population"])
        if out["max_members"] < out["min_members"]:
            raise QgsProcessingException(tr(
                "Parameters MIN_MEMBERS ({0}) and MAX_MEMBERS ({1}): the maximum is below the minimum.").format(
                    out["min_members"], out["max_members"]))
        if 0 < out["max_population"] < out["min_population"]:
            raise QgsProcessingException(tr(
                "Parameters MIN_POPULATION ({0:,.0f}) and MAX_POPULATION ({1:,.0f}): the ceiling is below the "
                "floor; set MAX_POPULATION to 0 for no ceiling.").format(out["min_population"], out["max_population"]))
        return out

    def _links(self, parameters, context) -> List[Tuple[str, str]]:
        links_source = self.source(parameters, self.LINKS, context, geometry=None, optional=True)
        if links_source is None:
            return []
        names = [self.field(parameters, param, context, links_source, default=default)
                 for param, default in ((self.LINK_FROM_FIELD, "from_id"), (self.LINK_TO_FIELD, "to_id"))]
        pairs, blank = read_links(links_source, *names)
        if blank:
            raise QgsProcessingException(tr(
                "Parameter {0}: {1} row(s) of the links table have a NULL id (features {2}).").format(
                    self.LINKS, len(blank), id_list(blank)))
        return pairs

    # ------------------------------------------------------------------ reading
    def _read(self, parameters, context, feedback, source, settings) -> Optional[Units]:
        eligible = self.expression(parameters, self.ELIGIBLE, context, source)
        hubs = self.expression(parameters, self.HUBS, context, source)
        spec = UnitSpec(
            id_field=self.field(parameters, self.ID_FIELD, context, source),
            name_field=self.field(parameters, self.NAME_FIELD, context, source, required=False),
            numbers=dict({"pop": self.field(parameters, self.POPULATION_FIELD, context, source, numeric=True,
                                            head_count=True)},
                         **{f"future{k}": name for k, name in enumerate(
                             self.fields(parameters, self.FUTURE_POPULATION_FIELD, context, source, numeric=True))}),
            keys={"group": self.field(parameters, self.GROUP_FIELD, context, source, required=False),
                  "locked": self.field(parameters, self.LOCKED_FIELD, context, source, required=False)},
            flags={k: v for k, v in (("eligible", eligible), ("hub", hubs)) if v is not None},
            parameters={"pop": self.POPULATION_FIELD, "eligible": self.ELIGIBLE, "hub": self.HUBS,
                        "group": self.GROUP_FIELD, "locked": self.LOCKED_FIELD})
        spec.parameters.update({k: self.FUTURE_POPULATION_FIELD for k in spec.numbers if k.startswith("future")})
        units = read_units(source, spec, self.createExpressionContext(parameters, context, source), feedback,
                           progress=(0.0, 10.0))
        if units is None:
            return None
        self._check_units(units, settings, feedback, eligible, hubs)
        return units

    def _check_units(self, units: Units, settings: dict, feedback, eligible, hubs) -> None:
        """Refuse what the solver cannot use; warn about what it leaves out."""
        if units.null_ids:
            raise QgsProcessingException(tr(
                "Parameter {0}: {1} feature(s) have no id (NULL), e.g. feature {2}; every unit needs a unique id.").format(
                    self.ID_FIELD, len(units.null_ids), units.null_ids[0]))
        if units.duplicates:
            raise QgsProcessingException(tr("Parameter {0}: ids must be unique, but {1} unit id(s) repeat: {2}.").format(
                self.ID_FIELD, len(set(units.duplicates)), id_list(sorted(set(units.duplicates)))))
        commas = [r.uid for r in units if schema.MEMBER_SEPARATOR in r.uid]
        if commas:
            raise QgsProcessingException(tr(
                "Parameter {0}: {1} id(s) contain a comma, which separates the members of an alliance in the "
                "output: {2}. Use ids without commas.").format(self.ID_FIELD, len(commas), id_list(commas)))
        in_problem = [r for r in units if self._eligible(r, eligible is not None)]
        bad = [f"{r.uid} ({r.numbers['pop']:g})" for r in in_problem if r.numbers["pop"] is not None
               and r.numbers["pop"] < 0]
        if bad:
            raise QgsProcessingException(tr(
                "Parameter {0}: {1} eligible unit(s) have a negative population: {2}. Correct the values, or leave "
                "these units out with ELIGIBLE.").format(self.POPULATION_FIELD, len(bad), id_list(bad)))
        implausible = set(units.implausible.get("pop", []))
        huge = [r.uid for r in units if r.uid in implausible and (eligible is None or r.flags.get("eligible"))]
        if huge:
            raise QgsProcessingException(tr(
                "Parameter {0}: {1} eligible unit(s) have a population above {2:,.0f}, which no unit has: {3}. "
                "Correct the values.").format(self.POPULATION_FIELD, len(huge), 1e13, id_list(huge)))
        units.warn(feedback, tr("their repaired polygons are used for the neighbours and the alliance outlines; "
                                "OUTPUT_MEMBERS keeps them as they are"), self.ID_FIELD)
        nulls = [r.uid for r in units if eligible is None or r.flags.get("eligible")]
        nulls = [uid for uid in nulls if uid in set(units.missing.get("pop", []))]
        if nulls:
            feedback.pushWarning(tr("{0} eligible unit(s) have a NULL population and are left out: {1}").format(
                len(nulls), id_list(nulls)))
        futures = [k for k in units.spec.numbers if k.startswith("future")]
        for key in futures:
            name = units.spec.numbers[key]
            eligible_now = [r for r in units if (eligible is None or r.flags.get("eligible"))
                            and r.numbers["pop"] is not None]
            negative = [r.uid for r in eligible_now if r.numbers[key] is not None and r.numbers[key] < 0]
            if negative:
                raise QgsProcessingException(tr(
                    "Parameter {0}: {1} eligible unit(s) have a negative value in \"{2}\": {3}.").format(
                        self.FUTURE_POPULATION_FIELD, len(negative), name, id_list(negative)))
            missing = [r.uid for r in eligible_now if r.numbers[key] is None]
            if missing:
                feedback.pushWarning(tr("{0} eligible unit(s) have no projected population in \"{1}\" (NULL) and "
                                        "are left out: {2}").format(len(missing), name, id_list(missing)))
        if units.empty:
            feedback.pushWarning(tr("{0} unit(s) have no geometry and so no neighbours: {1}").format(
                len(units.empty), id_list(units.empty)))
        if eligible is not None and len(units) and not in_problem:
            raise QgsProcessingException(tr(
                "Parameter {0}: the expression {1} selects no unit with a population, so there is nothing to form "
                "alliances from. Check the expression (a NULL or an error gives false for every unit).").format(
                    self.ELIGIBLE, eligible.expression()))
        if hubs is not None and not any(r.flags.get("hub") for r in in_problem):
            everywhere = sum(1 for r in units if r.flags.get("hub"))
            raise QgsProcessingException(tr(
                "Parameter {0}: the expression {1} selects no eligible unit ({2} unit(s) in the whole layer), so no "
                "alliance can have a hub. Change HUBS or ELIGIBLE, or leave HUBS empty.").format(
                    self.HUBS, hubs.expression(), everywhere))

    @staticmethod
    def _eligible(record: UnitRecord, by_expression: bool) -> bool:
        """In the problem: selected by ELIGIBLE (when given) and with a population (today's, and the
        projected ones of a durable plan)."""
        return (not by_expression or record.flags.get("eligible", False)) and all(
            v is not None for k, v in record.numbers.items() if k == "pop" or k.startswith("future"))

    # ------------------------------------------------------------------ the problem
    def _graph(self, units: Units, records: List[UnitRecord], geodesy: Geodesy, settings: dict, links, feedback):
        """The neighbourhood graph of the units in the problem (eligible or locked), in metres."""
        geometries = {r.uid: r.geometry for r in records}
        metric, crs = geodesy.to_metric(geometries, feedback)
        if crs != geodesy.crs:
            feedback.pushInfo(tr("Distances measured in {0}.").format(crs.toProj()))
        known = {r.uid for r in units}
        unknown = sorted({u for pair in links for u in pair if u not in known})
        if unknown:
            feedback.pushWarning(tr("Links name {0} id(s) that are not in the input layer; ignored: {1}").format(
                len(unknown), id_list(unknown)))
        inside = set(geometries)
        outside = sorted({u for pair in links for u in pair if u in known and u not in inside})
        if outside:
            feedback.pushWarning(tr("Links to {0} unit(s) that are not eligible are ignored: {1}").format(
                len(outside), id_list(outside)))
        graph = build_unit_graph(metric, settings["tolerance"], settings["island"], links, crs, feedback, (10.0, 25.0))
        self._warn_tolerance(metric, graph, settings["tolerance"], feedback)
        return graph, metric

    @staticmethod
    def _warn_tolerance(metric: Dict[str, QgsGeometry], graph: UnitGraph, tolerance: float, feedback) -> None:
        """A tolerance near a unit's width makes units that do not touch into neighbours."""
        widths = [math.sqrt(g.area()) for g in metric.values() if g is not None and not g.isEmpty() and g.area() > 0]
        if not widths or tolerance <= 0:
            return
        median = statistics.median(widths)
        if tolerance >= 0.5 * median:
            feedback.pushWarning(tr(
                "ADJACENCY_TOLERANCE {0:,.0f} m is half the median unit width ({1:,.0f} m) or more: units "
                "that do not share a boundary become neighbours ({2} neighbour pairs). Lower it to a few metres for "
                "a layer of small units.").format(tolerance, median, len(graph.edges)))

    def _problem(self, units: Units, geodesy: Geodesy, graph: UnitGraph, metric, settings: dict,
                 eligible_ids: set, hubs_given: bool, hub_reach=None) -> core.AllianceProblem:
        futures = sorted((k for k in units.spec.numbers if k.startswith("future")), key=lambda k: int(k[6:]))
        policy = settings["policy"]
        hub_floor = policy.hub_population if not hubs_given else 0
        points = {uid: (g.pointOnSurface().asPoint() if g is not None and not g.isEmpty() else None)
                  for uid, g in metric.items()}
        xyz = self._unit_points(units, geodesy, metric, graph, points)
        problem_units = []
        for r in units:
            x, y, z = xyz.get(r.uid, (0.0, 0.0, 0.0))
            pop = r.numbers["pop"]
            hub = r.flags.get("hub", False) if hubs_given else (hub_floor > 0 and pop is not None and pop >= hub_floor)
            extra = tuple(max(0.0, r.numbers[k] or 0.0) for k in futures)
            problem_units.append(core.Unit(id=r.uid, population=max(0.0, pop or 0.0), x=x, y=y, z=z,
                                           eligible=r.uid in eligible_ids, hub=bool(hub), group=r.keys.get("group"),
                                           locked=r.keys.get("locked"), extra=extra))
        return core.AllianceProblem(
            units=problem_units, edges=graph.all_edges(), min_members=settings["min_members"],
            max_members=settings["max_members"], min_population=settings["min_population"],
            max_population=settings["max_population"], require_hub=hubs_given or hub_floor > 0,
            objective=settings["objective"], time_limit=settings["time_limit"] or None,
            extra_floors=tuple(settings["future_floor"] for _ in futures),
            extra_names=tuple(units.spec.numbers[k] for k in futures), hub_reach=hub_reach)

    @staticmethod
    def _unit_points(units: Units, geodesy: Geodesy, metric, graph: UnitGraph, points) -> Dict[str, tuple]:
        """Each unit's point on surface in one Cartesian frame in metres: the layer's own for a CRS
        in metres, geocentric on the ellipsoid otherwise (correct at any scale and across the
        antimeridian), the layer's coordinates without a CRS."""
        out: Dict[str, tuple] = {}
        if not geodesy.valid or graph.crs == geodesy.crs:
            for uid, p in points.items():
                if p is not None:
                    out[uid] = (p.x(), p.y(), 0.0)
            return out
        from qgis.core import QgsCoordinateTransform, QgsPointXY

        back = QgsCoordinateTransform(graph.crs, geodesy.crs, geodesy.context)
        ids = [uid for uid, p in points.items() if p is not None]
        layer_points = []
        for uid in ids:
            try:
                layer_points.append(back.transform(QgsPointXY(points[uid])))
            except Exception:  # noqa: BLE001  (outside the projection: no point, no compactness)
                layer_points.append(None)
        for uid, xyz in zip(ids, geodesy.xyz(layer_points)):
            if all(math.isfinite(v) for v in xyz):
                out[uid] = tuple(float(v) for v in xyz)
        return out

    # ------------------------------------------------------------------ main
    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        source = self.source(parameters, self.INPUT, context)
        settings = self._settings(parameters, context)
        links = self._links(parameters, context)
        units = self._read(parameters, context, feedback, source, settings)
        if units is None:
            return {}
        warn_if_empty(feedback, len(units), self.INPUT)
        geodesy = Geodesy.for_source(source, context)
        geodesy.warn_if_no_crs(feedback, source.sourceName())
        hubs_given = "hub" in units.spec.flags
        eligible_ids = {r.uid for r in units if self._eligible(r, "eligible" in units.spec.flags)}
        in_graph = [r for r in units if r.uid in eligible_ids or r.keys.get("locked") is not None]
        feedback.pushInfo(tr("{0} units read, {1} eligible{2}.").format(
            len(units), len(eligible_ids), tr(", {0} of them hubs").format(
                sum(1 for r in units if r.uid in eligible_ids and r.flags.get("hub"))) if hubs_given else ""))
        graph, metric = self._graph(units, in_graph, geodesy, settings, links, feedback)
        if feedback.isCanceled():
            return {}
        for a, b, distance in graph.island_links:
            feedback.pushInfo(tr("Island link: {0} to its nearest eligible unit {1}, {2:,.0f} m.").format(a, b, distance))
        feedback.pushInfo(tr("Neighbourhood graph: {0} units, {1} neighbour pairs within {2:g} m, {3} table link(s), "
                             "{4} island link(s); {5} unit(s) without any link.").format(
            len(graph.ids), len(graph.edges), settings["tolerance"], len(graph.table_links), len(graph.island_links),
            len(graph.isolated())))
        hub_reach = self._hub_reach(parameters, context, feedback, source, units, eligible_ids, hubs_given, geodesy,
                                    settings)
        if feedback.isCanceled():
            return {}
        problem = self._problem(units, geodesy, graph, metric, settings, eligible_ids, hubs_given, hub_reach)
        solution = self._solve(problem, feedback, settings)
        if solution is None:
            return {}
        results = self._write(parameters, context, feedback, source, units, solution, settings, geodesy)
        if results is None:
            return {}
        gap = solution.gap if solution.gap is not None and math.isfinite(solution.gap) else None
        feedback.pushInfo(tr("{0} alliances cover {1} of {2} eligible units.").format(
            len(solution.alliances), int(solution.covered), len(eligible_ids)))
        results.update({self.ALLIANCES: len(solution.alliances), self.COVERED: int(solution.covered),
                        self.OPTIMAL: bool(solution.optimal), self.GAP: gap,
                        self.POPULATION_USED: units.spec.numbers["pop"]})
        return results

    def _solve(self, problem: core.AllianceProblem, feedback, settings: dict) -> Optional[core.AllianceSolution]:
        def progress(fraction: float) -> None:
            feedback.setProgress(25.0 + 65.0 * max(0.0, min(1.0, float(fraction))))

        try:
            if settings.get("solver_process"):
                solution = isolated.solve(problem, progress=progress, is_canceled=feedback.isCanceled,
                                          log=_log_in_thread)
            else:
                solution = core.solve(problem, progress=progress, is_canceled=feedback.isCanceled)
        except core.SolverCanceled:
            feedback.pushInfo(tr("Canceled: nothing was written."))
            return None
        except core.ProblemError as err:
            raise QgsProcessingException(tr("The alliance problem cannot be solved: {0}").format(err)) from err
        if feedback.isCanceled():
            return None
        gap = solution.gap if solution.gap is not None and math.isfinite(solution.gap) else None
        feedback.pushInfo(tr("Solver: {0}; {1} candidate alliances; {2:.2f} s; optimal: {3}; gap: {4}.").format(
            solution.method, solution.n_candidates, solution.seconds, tr("yes") if solution.optimal else tr("no"),
            tr("unknown") if gap is None else f"{gap:.4%}"))
        for note in solution.notes:
            feedback.pushWarning(tr("Solver: {0}").format(note))
        if not solution.optimal and gap == 0 and settings["objective"] == schema.OBJECTIVE_COVERAGE:
            feedback.pushWarning(tr("Coverage is optimal (GAP 0), but the tie-breaks (more alliances, then shorter "
                                    "distances to the hubs) were not proven (time limit, or a part too large for a "
                                    "proof): the alliances are the best found."))
        elif not solution.optimal:
            feedback.pushWarning(tr("The optimum was not proven (time limit or no MILP solver): the alliances are "
                                    "the best found; GAP says how far from the bound they may be."))
        return solution


def _log_in_thread(reason: str) -> None:
    """SOLVER_PROCESS could not start a solver process: said once per session, in the log."""
    QgsMessageLog.logMessage(tr("The solver runs inside QGIS (the window may pause during a solve): {0}").format(
        reason), "Small but Strong", MESSAGE_INFO)
