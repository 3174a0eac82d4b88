"""Reading the units, the candidate sites, the existing facilities and the road network."""

from __future__ import annotations

from typing import Dict, Optional

import numpy as np
from qgis.core import QgsFeatureRequest, QgsProcessingException

from ..base import tr
from ..distance import Geodesy
from ..places import UnitLocator, read_facilities, representative_point
from ..units_io import UnitSpec, read_features, read_units
from ..values import id_list, unit_id
from .metrics import _RoadMinutes
from .run import _alliance, _Run, _Sites


class Reading:
    """The reading steps of :class:`.algorithm.SiteFacilitiesAlgorithm` (its parameters come from it)."""

    def _units(self, parameters, context, feedback, source, objective, k, standard) -> Optional[_Run]:
        candidate_filter = None
        if parameters.get(self.CANDIDATES) in (None, ""):
            candidate_filter = self.expression(parameters, self.CANDIDATE_FILTER, context, source)
        spec = UnitSpec(
            id_field=self.field(parameters, self.ID_FIELD, context, source),
            name_field=self.field(parameters, self.NAME_FIELD, context, source, required=False),
            numbers={"demand": self.field(parameters, self.DEMAND_FIELD, context, source, numeric=True,
                                          head_count=True)},
            keys={"alliance": self.field(parameters, self.ALLIANCE_FIELD, context, source, required=False)},
            flags={"candidate": candidate_filter} if candidate_filter is not None else {},
            parameters={"demand": self.DEMAND_FIELD, "pop": self.POPULATION_FIELD, "alliance": self.ALLIANCE_FIELD,
                        "candidate": self.CANDIDATE_FILTER})
        population = self.field(parameters, self.POPULATION_FIELD, context, source, numeric=True, required=False,
                                head_count=True)
        if population:
            spec.numbers["pop"] = population
        units = read_units(source, spec, self.createExpressionContext(parameters, context, source), feedback,
                           progress=(0.0, 10.0))
        if units is None:
            return None
        negative = units.negative.get("demand")
        if negative:
            raise QgsProcessingException(tr(
                "Parameter {0}: {1} unit(s) have a negative demand: {2}. Demand counts people (births, residents…); "
                "correct the values.").format(self.DEMAND_FIELD, len(negative), id_list(negative)))
        missing = units.missing.get("demand", []) + units.implausible.get("demand", [])
        if missing:
            feedback.pushWarning(tr("Parameter {0}: {1} unit(s) have a NULL, NaN or non-numeric demand, counted as no "
                                    "demand (they are still assigned a facility): {2}").format(
                self.DEMAND_FIELD, len(missing), id_list(missing)))
        units.warn(feedback, tr("their point is chosen on the repaired polygon"), self.ID_FIELD,
                   missing_roles=("pop",) if population else ())
        geodesy = Geodesy.for_source(source, context)
        geodesy.warn_if_no_crs(feedback, source.sourceName())
        run = _Run(units=units, geodesy=geodesy, objective=objective, k=k, standard=standard)
        for record in units:
            run.unit_points.append(representative_point(record.geometry, geodesy.to_wgs, geodesy.from_wgs))
            run.alliance.append(_alliance(record.keys.get("alliance")) if spec.keys["alliance"] else None)
        run.weights = np.array([record.numbers.get("demand") or 0.0 for record in units], float)
        no_point = [r.label() for r, p in zip(units, run.unit_points) if p is None]
        if len(no_point) == len(units):
            raise QgsProcessingException(tr(
                "Parameter {0}: no unit has a geometry to place its demand at (the layer is empty, or every geometry "
                "is empty or cannot be placed in WGS 84). Check the layer, its selection and its CRS.").format(
                    self.INPUT))
        if no_point:
            feedback.pushWarning(tr("{0} unit(s) have no geometry: they get no facility and no distance: {1}").format(
                len(no_point), id_list(no_point)))
        if spec.keys["alliance"]:
            outside = [r.label() for r, a, p in zip(units, run.alliance, run.unit_points) if a is None and p]
            if outside:
                feedback.pushInfo(tr("{0} unit(s) are in no alliance: they get no new site and keep the existing "
                                     "facilities.").format(len(outside)))
        return run

    def _candidates(self, parameters, context, feedback, source, layer, run: _Run) -> Optional[_Sites]:
        with_alliances = bool(run.units.spec.keys.get("alliance"))
        sites = _Sites()
        if layer is None:
            sites.from_units = True
            filtered = "candidate" in run.units.spec.flags
            for n, (record, point) in enumerate(zip(run.units, run.unit_points)):
                if point is None or (filtered and not record.flags.get("candidate")):
                    continue
                if with_alliances and run.alliance[n] is None:
                    continue
                sites.add(point, record.label(), record.name, n, run.alliance[n])
            what = tr("unit points")
        else:
            expression = self._filter(parameters, self.CANDIDATE_FILTER, context, layer)
            found = read_facilities(self, parameters, context, feedback, layer, source.sourceCrs(), expression,
                                    None, self.CANDIDATE_FILTER)
            if found is None:
                return None
            labels = self._labels(parameters, self.CANDIDATE_NAME_FIELD, context, layer, found.fids,
                                  tr("candidate {0}"))
            locator = UnitLocator(run.units.records)
            outside = 0
            for point, fid in zip(found.points, found.fids):
                inside = locator.units_at(point)
                unit = inside[0] if inside else None
                group = run.alliance[unit] if unit is not None else None
                if with_alliances and group is None:
                    outside += 1
                    continue
                sites.add(point, labels[fid], labels[fid], unit, group)
            if outside:
                feedback.pushWarning(tr("{0} candidate site(s) lie in no unit of an alliance and are left out.").format(
                    outside))
            if found.not_transformed:
                feedback.pushWarning(tr("{0} candidate site(s) could not be placed in the units' CRS and are left "
                                        "out.").format(found.not_transformed))
            what = tr("points of {0}").format(layer.sourceName())
        if not len(sites) and with_alliances and all(a is None for a in run.alliance):
            feedback.pushWarning(tr("Parameter {0}: no unit is in an alliance, so no new site is chosen; every unit "
                                    "keeps the existing facilities.").format(self.ALLIANCE_FIELD))
            return sites
        if not len(sites):
            raise QgsProcessingException(tr(
                "Parameter {0}: there is no candidate site (the layer is empty, the filter {1} keeps none, or no "
                "candidate lies in an alliance). Give candidates, or loosen the filter.").format(
                    self.CANDIDATES, self.CANDIDATE_FILTER))
        feedback.pushInfo(tr("{0} candidate sites ({1}).").format(len(sites), what))
        return sites

    def _existing(self, parameters, context, feedback, source, layer) -> Optional[_Sites]:
        sites = _Sites()
        if layer is None:
            if self.parameterAsString(parameters, self.EXISTING_FILTER, context).strip():
                raise QgsProcessingException(tr("Parameter {0}: a filter needs an {1} layer to apply to.").format(
                    self.EXISTING_FILTER, self.EXISTING))
            return sites
        expression = self._filter(parameters, self.EXISTING_FILTER, context, layer)
        found = read_facilities(self, parameters, context, feedback, layer, source.sourceCrs(), expression, None,
                                self.EXISTING_FILTER)
        if found is None:
            return None
        labels = self._labels(parameters, self.EXISTING_NAME_FIELD, context, layer, found.fids, tr("facility {0}"))
        for point, fid in zip(found.points, found.fids):
            sites.add(point, labels[fid], labels[fid], None, None)
        if found.not_transformed:
            feedback.pushWarning(tr("{0} existing facilit(ies) could not be placed in the units' CRS and are left "
                                    "out.").format(found.not_transformed))
        feedback.pushInfo(tr("{0} existing facilities kept{1}.").format(
            len(sites), tr(" by the filter") if expression is not None else ""))
        if not len(sites):
            feedback.pushWarning(tr("No existing facility is left: every unit starts without one, and the new sites "
                                    "serve everyone."))
        return sites

    def _filter(self, parameters, name, context, layer):
        text = self.parameterAsString(parameters, name, context)
        return self.expression(parameters, name, context, layer) if text and text.strip() else None

    def _labels(self, parameters, name, context, layer, fids, fallback: str) -> Dict[int, str]:
        """The name field's value of every feature id (its feature id without a field or for NULL)."""
        field_name = self.field(parameters, name, context, layer, required=False)
        out = {fid: fallback.format(fid) for fid in fids}
        if field_name is None or not fids:
            return out
        request = QgsFeatureRequest().setFilterFids(sorted(set(fids)))
        request.setSubsetOfAttributes([layer.fields().lookupField(field_name)])
        for feature in read_features(layer, request):
            value = unit_id(feature[field_name])
            if value is not None:
                out[feature.id()] = value
        return out

    def _roads(self, parameters, context, feedback, source, network, run: _Run) -> Optional[_RoadMinutes]:
        from ..network import RoadNetwork

        speed = self.field(parameters, self.SPEED_FIELD, context, network, numeric=True, required=False)
        roads = RoadNetwork(network, speed, self.number(parameters, self.DEFAULT_SPEED, context), source.sourceCrs(),
                            run.geodesy, context, feedback)
        if feedback.isCanceled():
            return None
        roads.warn(feedback, self.SPEED_FIELD)
        metric = _RoadMinutes(roads, run.geodesy, run.unit_points, run.candidates, run.existing, feedback)
        far = sorted({run.units.records[n].label() for n, k in metric.unit_k.items() if roads.access_km(k) > 5.0})
        if far:
            feedback.pushWarning(tr("{0} unit(s) have their point more than 5 km from the nearest road (the leg counts "
                                    "at the default speed): {1}").format(len(far), id_list(far)))
        return metric
