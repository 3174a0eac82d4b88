"""Writing the chosen sites, the units with their facility and the lines, and the log."""

from __future__ import annotations

import math
from typing import List, Optional

import numpy as np
from qgis.core import QgsFeature, QgsFields, QgsGeometry, QgsProcessingUtils

from ...compat import WKB_LINESTRING, WKB_POINT
from ...core import schema
from ..base import tr
from ..geometry import warn_converted
from ..outputs import Outputs, fields_of
from ..provenance import ATTRIBUTION, POPULATION_FIELD, attribution
from ..styles import style_output
from .run import _Run


class Writing:
    """The writing steps of :class:`.algorithm.SiteFacilitiesAlgorithm`."""

    def _site_rows(self, run: _Run) -> List[dict]:
        """One row per chosen site: its alliance, rank (most demand served first) and figures."""
        rows = []
        for problem in run.problems:
            stats = []
            for j in problem.sites:
                served = np.flatnonzero(run.after_new == j)
                w = run.weights[served]
                newly = served[(run.before[served] > run.standard) & (run.after[served] <= run.standard)] \
                    if run.standard is not None else served[:0]
                row = dict(candidate=j, alliance=problem.label, served=float(w.sum()), units=int(served.size),
                           newly=float(run.weights[newly].sum()) if run.standard is not None else None)
                for key, values in (("km", run.km_after[served]), ("min", run.after[served])):
                    total = float(w.sum())
                    row[f"mean_{key}"] = float(w @ values / total) if total > 0 else None
                    row[f"max_{key}"] = float(values.max()) if served.size else None
                stats.append(row)
            stats.sort(key=lambda r: (-r["served"], r["candidate"]))
            for rank, row in enumerate(stats, start=1):
                row["rank"] = rank
                rows.append(row)
        for site_id, row in enumerate(rows, start=1):
            row["site_id"] = site_id
        return rows

    def _write(self, parameters, context, feedback, source, run: _Run) -> Optional[dict]:
        by_time = run.metric.by_time
        alliance_name = run.units.spec.keys.get("alliance")
        site_fields = QgsFields()
        if alliance_name:
            site_fields.append(source.fields().field(alliance_name))
        site_fields = QgsProcessingUtils.combineFields(site_fields, fields_of(schema.site_fields(by_time)))
        unit_fields = QgsProcessingUtils.combineFields(source.fields(), fields_of(schema.site_unit_fields(by_time)))
        line_fields = fields_of(schema.site_line_fields(by_time))
        rows = self._site_rows(run)
        site_of = {row["candidate"]: row for row in rows}
        with Outputs(self, parameters, context, feedback) as outputs:
            outputs.metadata[ATTRIBUTION] = attribution(
                parameters, [self.INPUT, self.CANDIDATES, self.EXISTING, self.NETWORK], context)
            if "pop" in run.units.spec.numbers:
                outputs.metadata[POPULATION_FIELD] = run.units.spec.numbers["pop"]
            outputs.sink(self.OUTPUT_SITES, site_fields, WKB_POINT, source.sourceCrs())
            outputs.sink(self.OUTPUT, unit_fields, source.wkbType(), source.sourceCrs())
            # no reference to the sink is kept here: Outputs closes it (and writes its metadata) at commit
            with_lines = outputs.sink(self.OUTPUT_LINES, line_fields, WKB_LINESTRING, source.sourceCrs(),
                                      optional=True)[0] is not None
            for row in rows:
                if feedback.isCanceled():
                    return None
                j = row["candidate"]
                unit = run.candidates.unit[j]
                values = [row["site_id"], row["rank"], run.candidates.labels[j], run.candidates.names[j],
                          run.units.records[unit].label() if unit is not None else None, run.objective,
                          row["served"], row["units"], row["newly"], _num(row["mean_km"]), _num(row["max_km"])]
                if by_time:
                    values += [_num(row["mean_min"]), _num(row["max_min"])]
                out = QgsFeature(site_fields)
                out.setGeometry(QgsGeometry.fromPointXY(run.candidates.points[j]))
                out.setAttributes(([row["alliance"]] if alliance_name else []) + values)
                outputs.add(self.OUTPUT_SITES, out, tr("site {0}").format(run.candidates.labels[j]))
            feedback.setProgress(83)
            converted = []
            total = max(1, len(run.units))
            for i, record in enumerate(run.units.records):
                if feedback.isCanceled():
                    return None
                kind, label, site_id, point = self._facility(run, i, site_of)
                placed = run.unit_points[i] is not None
                values = [kind, label, site_id, _num(run.km_before[i]) if placed else None,
                          _num(run.km_after[i]) if placed else None]
                if by_time:
                    values += [_num(run.before[i]) if placed else None, _num(run.after[i]) if placed else None]
                values += [self._gap(run, i, run.before[i]), self._gap(run, i, run.after[i])]
                outputs.add_unit(self.OUTPUT, record, record.feature.attributes() + values, source.wkbType(),
                                 converted)
                if with_lines and point is not None:
                    line = QgsFeature(line_fields)
                    line.setGeometry(QgsGeometry.fromPolylineXY([run.unit_points[i], point]))
                    line.setAttributes([record.label(), kind, label, site_id, _num(run.km_after[i])] +
                                       ([_num(run.after[i])] if by_time else []))
                    outputs.add(self.OUTPUT_LINES, line, tr("unit {0}").format(record.label()))
                feedback.setProgress(83.0 + 16.0 * (i + 1) / total)
            if feedback.isCanceled():
                return None
            warn_converted(feedback, converted)
            final = outputs.commit()
        style_output(context, final[self.OUTPUT_SITES], "sites", tr("Chosen sites"))
        style_output(context, final[self.OUTPUT], "site_units", tr("Units with their facility"))
        results = {self.OUTPUT_SITES: final[self.OUTPUT_SITES], self.OUTPUT: final[self.OUTPUT]}
        if final.get(self.OUTPUT_LINES):
            style_output(context, final[self.OUTPUT_LINES], "site_lines", tr("Lines to the facilities"))
            results[self.OUTPUT_LINES] = final[self.OUTPUT_LINES]
        self._report(feedback, run, rows)
        return results

    def _facility(self, run: _Run, i: int, site_of: dict):
        """(type, label, site id, point) of the facility unit ``i`` is assigned to (Nones: none)."""
        if run.after_new[i] >= 0:
            j = int(run.after_new[i])
            return schema.FACILITY_NEW, run.candidates.labels[j], site_of[j]["site_id"], run.candidates.points[j]
        if run.after_existing[i] >= 0 and np.isfinite(run.after[i]):
            e = int(run.after_existing[i])
            return schema.FACILITY_EXISTING, run.existing.labels[e], None, run.existing.points[e]
        return None, None, None, None

    @staticmethod
    def _gap(run: _Run, i: int, value: float) -> Optional[int]:
        if run.standard is None or run.unit_points[i] is None:
            return None
        return int(not value <= run.standard)

    def _report(self, feedback, run: _Run, rows: List[dict]) -> None:
        unit = tr("min") if run.metric.by_time else tr("km")
        for row in rows[:50]:
            j = row["candidate"]
            where = tr("alliance {0}, ").format(row["alliance"]) if row["alliance"] is not None else ""
            feedback.pushInfo(tr("Site {0} ({1}rank {2}): {3}, serves {4:,.0f} demand in {5} unit(s), mean "
                                 "{6} {7}.").format(row["site_id"], where, row["rank"], run.candidates.names[j],
                                                    row["served"], row["units"],
                                                    _fmt(row["mean_min" if run.metric.by_time else "mean_km"]), unit))
        if len(rows) > 50:
            feedback.pushInfo(tr("… and {0} more sites (see the sites output).").format(len(rows) - 50))


def _num(value) -> Optional[float]:
    """A finite float for an attribute, None for inf/NaN/None."""
    return float(value) if value is not None and math.isfinite(value) else None


def _fmt(value) -> str:
    return f"{value:,.1f}" if value is not None else "–"
