"""The outputs of smallbutstrong:proposealliances: the alliances (outline, members, population,
indicators, projected populations) and the members (the input's fields, alliance, role, status)."""

from __future__ import annotations

from typing import Dict, List, Optional, Tuple

from qgis.core import QgsDistanceArea, QgsFeature, QgsFields

from ...compat import WKB_MULTIPOLYGON
from ...core import schema
from ..base import tr
from ..distance import Geodesy
from ..geometry import dissolve, fill_slivers, warn_converted
from ..outputs import Outputs, fields_of
from ..provenance import ATTRIBUTION, POPULATION_FIELD, attribution
from ..styles import style_output
from ..units_io import Units
from ..values import to_float


class Writing:
    """The writing steps of :class:`..propose_alliances.ProposeAlliancesAlgorithm`."""

    def _write(self, parameters, context, feedback, source, units: Units, solution, settings: dict,
               geodesy: Geodesy) -> Optional[dict]:
        records = {r.uid: r for r in units}
        indicators = [name for name in schema.ALLIANCE_MEAN_INDICATORS if source.fields().lookupField(name) >= 0]
        projected = self._projected_fields(source, units)
        extra = [(schema.MAX_HUB_KM, "double")] + [(name, "double") for _, name in projected]
        if any(year is not None for year, _ in projected):
            extra.append((schema.BELOW_FLOOR_YEAR, "int"))
        alliance_fields = fields_of(list(schema.ALLIANCE_FIELDS) + [(name, "double") for name in indicators] + extra)
        settings = dict(settings, projected=projected,
                        hub_km=self._hub_kilometres(units, solution, geodesy))
        own = {name for name, _ in schema.MEMBER_FIELDS}
        keep = [i for i, f in enumerate(source.fields()) if f.name() not in own]
        member_fields = QgsFields()
        for i in keep:
            member_fields.append(source.fields().at(i))
        for f in fields_of(schema.MEMBER_FIELDS):
            member_fields.append(f)
        measure = self._measure(geodesy)
        with Outputs(self, parameters, context, feedback) as outputs:
            outputs.metadata.update({ATTRIBUTION: attribution(parameters, [self.INPUT], context),
                                     POPULATION_FIELD: units.spec.numbers["pop"]})
            outputs.sink(self.OUTPUT, alliance_fields, WKB_MULTIPOLYGON, source.sourceCrs())
            outputs.sink(self.OUTPUT_MEMBERS, member_fields, source.wkbType(), source.sourceCrs())
            membership = self._write_alliances(outputs, feedback, records, solution, settings, indicators,
                                               alliance_fields, measure)
            if membership is None:
                return None
            if not self._write_members(outputs, feedback, units, solution, membership, keep, member_fields,
                                       source.wkbType(), settings["hub_km"]):
                return None
            final = outputs.commit()
        style_output(context, final[self.OUTPUT], "alliances", tr("Alliances"))
        style_output(context, final[self.OUTPUT_MEMBERS], "alliances_members", tr("Alliance members"))
        return {self.OUTPUT: final[self.OUTPUT], self.OUTPUT_MEMBERS: final[self.OUTPUT_MEMBERS]}

    @staticmethod
    def _measure(geodesy: Geodesy):
        da = QgsDistanceArea()
        da.setSourceCrs(geodesy.crs, geodesy.context)
        if geodesy.valid:
            da.setEllipsoid(geodesy.da.ellipsoid())
        return da

    def _write_alliances(self, outputs, feedback, records, solution, settings, indicators, fields,
                         measure) -> Optional[Dict[str, Tuple[int, str]]]:
        membership: Dict[str, Tuple[int, str]] = {}
        hub_names = [records[a.hub].name for a in solution.alliances]
        floor = settings["min_population"]
        for n, alliance in enumerate(solution.alliances, start=1):
            if feedback.isCanceled():
                return None
            members = sorted(alliance.members,
                             key=lambda u: (u != alliance.hub, -(records[u].numbers["pop"] or 0), u))
            for uid in members:
                membership[uid] = (n, schema.ROLE_HUB if uid == alliance.hub else schema.ROLE_MEMBER)
            name = records[alliance.hub].name
            if hub_names.count(name) > 1:
                name = f"{name} ({alliance.hub})"
            geometry = dissolve([records[u].geometry for u in members])
            if not geometry.isEmpty():
                geometry = fill_slivers(geometry, measure.measureArea, measure.measurePerimeter, settings["tolerance"])
                geometry.convertToMultiType()
            population = float(alliance.population)
            values = [n, name, alliance.hub, schema.MEMBER_SEPARATOR.join(members),
                      schema.MEMBER_SEPARATOR.join(records[u].name for u in members), len(members), population,
                      population / floor if floor > 0 else None, float(alliance.compactness_km),
                      int(bool(alliance.locked)), int(not alliance.violations),
                      "; ".join(alliance.violations) if alliance.violations else None]
            values += [self._weighted_mean(records, members, name_) for name_ in indicators]
            values += self._projected_values(records, members, settings, alliance)
            if alliance.violations and not alliance.locked:
                feedback.reportError(tr("Alliance {0} ({1}) breaks a constraint: {2}. Please report this bug.").format(
                    n, name, "; ".join(alliance.violations)))
            elif alliance.violations:
                feedback.pushWarning(tr("Locked alliance {0} ({1}) breaks: {2}.").format(
                    n, name, "; ".join(alliance.violations)))
            out = QgsFeature(fields)
            out.setGeometry(geometry)
            out.setAttributes(values)
            outputs.add(self.OUTPUT, out, tr("alliance {0}").format(name))
            feedback.setProgress(90.0 + 5.0 * n / max(1, len(solution.alliances)))
        return membership

    @staticmethod
    def _projected_fields(source, units: Units) -> List[Tuple[Optional[int], str]]:
        """(year or None, field) of the projections to sum per alliance: the pop_<year> fields of
        Project population in the input, then the FUTURE_POPULATION_FIELD fields not among them."""
        import re

        pattern = re.compile("^" + schema.PROJ_POP.replace("{year}", r"(\d{4})") + "$")
        found = []
        for f in source.fields():
            match = pattern.match(f.name())
            if match and f.isNumeric():
                found.append((int(match.group(1)), f.name()))
        found.sort()
        names = {name for _, name in found}
        found += [(None, name) for key, name in units.spec.numbers.items() if key.startswith("future")
                  and name not in names]
        return found

    @staticmethod
    def _projected_values(records, members: List[str], settings: dict, alliance) -> list:
        hub_km = settings["hub_km"]
        far = [hub_km[u] for u in members if hub_km.get(u) is not None]
        values: list = [max(far) if far else None]
        first_below = None
        for year, name in settings["projected"]:
            parts = [to_float(records[u].feature[name]) for u in members]
            total = sum(v for v in parts if v is not None) if any(v is not None for v in parts) else None
            values.append(total)
            if year is not None and total is not None and first_below is None and total < settings["min_population"]:
                first_below = year
        if any(year is not None for year, _ in settings["projected"]):
            values.append(first_below)
        return values

    @staticmethod
    def _weighted_mean(records, members: List[str], field_name: str) -> Optional[float]:
        weighted = weight = 0.0
        for uid in members:
            value = to_float(records[uid].feature[field_name])
            pop = records[uid].numbers["pop"] or 0.0
            if value is not None and pop > 0:
                weighted += value * pop
                weight += pop
        return weighted / weight if weight > 0 else None

    def _write_members(self, outputs, feedback, units: Units, solution, membership, keep, fields, wkb_type,
                       hub_km: Dict[str, Optional[float]]) -> bool:
        counts: Dict[str, int] = {}
        converted = []
        for n, record in enumerate(units):
            if feedback.isCanceled():
                return False
            alliance_id, role = membership.get(record.uid, (None, schema.ROLE_NONE))
            if record.numbers["pop"] is None and alliance_id is None and record.uid in set(
                    units.missing.get("pop", [])) and solution.status.get(record.uid) == schema.STATUS_NOT_ELIGIBLE:
                status = schema.STATUS_NULL_POPULATION
            else:
                status = solution.status.get(record.uid, schema.STATUS_NOT_ELIGIBLE)
            counts[status] = counts.get(status, 0) + 1
            attrs = record.feature.attributes()
            outputs.add_unit(self.OUTPUT_MEMBERS, record, [attrs[i] for i in keep] + [
                alliance_id, role, status, hub_km.get(record.uid) if alliance_id else None], wkb_type, converted)
            feedback.setProgress(95.0 + 5.0 * n / max(1, len(units)))
        warn_converted(feedback, converted)
        for status, count in sorted(counts.items(), key=lambda kv: -kv[1]):
            feedback.pushInfo(tr("  {0}: {1} unit(s)").format(status, count))
        return True
