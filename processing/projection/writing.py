"""The log of the run, its output values and the output layer."""

from __future__ import annotations

import json
import math
from typing import Dict, List, Optional, Tuple

import numpy as np
from qgis.core import QgsProcessingUtils

from ...core import schema
from ...core.projection import METHODS, BacktestResult, ProjectionResult, ProjectionSpec, UnitData
from ..base import tr
from ..geometry import warn_converted, writable
from ..outputs import Outputs, fields_of
from ..provenance import ATTRIBUTION, attribution
from ..styles import style_output
from ..units_io import Units
from ..values import id_list
from .parameters import AgeTables, Series
from .reasons import method_labels, reason_text


#: metadata item recording how the figures were made (method, base period, targets)
PROJECTION_METADATA = "SBS_PROJECTION"
STYLE = "projection"


def _nan_to_none(values: np.ndarray, kind: type = float) -> list:
    return [None if v != v else kind(v) for v in values.tolist()]


class Writing:
    """The report and writing steps of :class:`.algorithm.ProjectPopulationAlgorithm`."""

    def _report(self, feedback, units: Units, result: Optional[ProjectionResult], bt: Optional[BacktestResult],
                method: str, targets: List[int], threshold: float, has_women: bool,
                base_period: Optional[Tuple[int, int]], population: Optional[Series], ages: Optional[AgeTables],
                policy) -> Dict[str, object]:
        """The log of the run and its output values."""
        label = method_labels()[METHODS.index(method)]
        if ages is not None:
            feedback.pushInfo(tr("Method: {0}, age groups of {1} and {2}; targets {3}.").format(
                label, ages.years[0], ages.years[1], ", ".join(str(y) for y in targets)))
        else:
            period = base_period or (population.years[0], population.years[-1])
            feedback.pushInfo(tr("Method: {0}, base period {1}–{2} (population years {3}); targets {4}.").format(
                label, period[0], period[1], ", ".join(str(y) for y in population.years),
                ", ".join(str(y) for y in targets)))
        out: Dict[str, object] = {self.BACKTEST_MAPE: None, self.BACKTEST_MAPE_BY_SIZE: None,
                                  self.UNITS_HALVING: None, self.UNITS_BELOW_THRESHOLD: 0}
        if result is None:
            return out
        notes: Dict[str, List[str]] = {}
        for record, reason in zip(units, result.reason.tolist()):
            if reason:
                notes.setdefault(reason_text(reason), []).append(record.label())
        for reason, labels in notes.items():
            feedback.pushWarning(tr("{0} unit(s): {1}. Units: {2}").format(len(labels), reason, id_list(labels)))
        if bt.available:
            scored = int(np.isfinite(bt.ape).sum())
            feedback.pushInfo(tr("Back-test: {0} refitted on {1}–{2}, projected to {3} and compared with the observed "
                                 "{3}: MAPE {4:.2f} % over {5} units (median APE {6:.2f} %).").format(
                label, bt.fit_period[0], bt.fit_period[1], bt.test_year, bt.mape, scored,
                float(np.nanmedian(bt.ape)) if scored else float("nan")))
            for c in bt.classes:
                if c["units"]:
                    feedback.pushInfo(tr("  size {0} (population in {1}): {2} unit(s), MAPE {3:.2f} %").format(
                        c["label"], bt.fit_period[1], c["units"], c["mape"]))
                else:
                    feedback.pushInfo(tr("  size {0} (population in {1}): no unit").format(
                        c["label"], bt.fit_period[1]))
            if scored:
                worst = np.argsort(-np.nan_to_num(bt.ape, nan=-1.0))[:3]
                feedback.pushInfo(tr("  largest errors: {0}").format(", ".join(
                    f"{units.records[i].name} {bt.ape[i]:.1f} %" for i in worst if np.isfinite(bt.ape[i]))))
            unscored: Dict[str, List[str]] = {}
            for record, reason in zip(units, bt.unit_reason.tolist()):
                if reason:
                    unscored.setdefault(reason_text(reason), []).append(record.label())
            for reason, labels in unscored.items():
                feedback.pushInfo(tr("  not scored, {0} unit(s): {1}. Units: {2}").format(
                    len(labels), reason, id_list(labels)))
            out[self.BACKTEST_MAPE] = None if math.isnan(bt.mape) else round(bt.mape, 6)
            out[self.BACKTEST_MAPE_BY_SIZE] = json.dumps(
                [{"size": c["label"], "units": c["units"], "mape": None if c["mape"] is None else round(c["mape"], 6)}
                 for c in bt.classes], ensure_ascii=False)
        else:
            feedback.pushWarning(tr("Back-test: this method cannot be back-tested on these data: {0}.").format(
                reason_text(bt.reason)))
        if has_women:
            counts = np.nansum(result.young_women_halved, axis=0).astype(int).tolist()
            feedback.pushInfo(tr("Women 20–39 halved from {0} (change ≤ −50 %, the Masuda criterion): {1}.").format(
                result.base_year, ", ".join(tr("{0} unit(s) by {1}").format(n, y) for n, y in zip(counts, targets))))
            out[self.UNITS_HALVING] = counts[-1]
            classes = result.risk_class[:, -1]
            if np.isfinite(classes).any():
                feedback.pushInfo(tr("Extinction-risk classes in {0}: {1}.").format(targets[-1], ", ".join(
                    f"{c}: {int((classes == c).sum())}" for c in range(1, 6))))
        below = result.below_year
        first = population.years[-1] if population is not None else ages.years[1]
        n_below = int(np.isfinite(below).sum())
        feedback.pushInfo(tr("Below {0:,.0f} residents (profile: {1}) by {2}: {3} unit(s), of which {4} already in "
                             "{5}.").format(threshold, tr(policy.name), targets[-1], n_below,  # i18n: core/profiles.py
                                            int((below == first).sum()), first))
        out[self.UNITS_BELOW_THRESHOLD] = n_below
        return out

    def _write(self, parameters, context, feedback, source, units: Units, result: Optional[ProjectionResult],
               bt: Optional[BacktestResult], data: UnitData, targets: List[int], has_elderly: bool, has_women: bool,
               method: str, spec: ProjectionSpec, ages: Optional[AgeTables]) -> Optional[str]:
        specs = schema.projection_fields(targets, has_elderly, has_women)
        out_fields = QgsProcessingUtils.combineFields(source.fields(), fields_of(specs))
        columns = self._columns(units, result, bt, data, targets, has_elderly, has_women, ages)
        rows = list(zip(*columns)) if len(units) else []
        with Outputs(self, parameters, context, feedback) as outputs:
            outputs.metadata[ATTRIBUTION] = attribution(parameters, [self.INPUT], context)
            outputs.metadata[PROJECTION_METADATA] = json.dumps({
                "method": method, "base_period": spec.base_period, "damping": spec.damping,
                "target_years": targets, "threshold": spec.threshold,
                "base_year": None if result is None else result.base_year})
            outputs.sink(self.OUTPUT, out_fields, source.wkbType(), source.sourceCrs())
            total = max(1, len(units))
            first = source.fields().count()
            converted: List[str] = []
            step = max(1, total // 200)  # progress (and the cancel it may bring) 200 times per run at most
            for n, record in enumerate(units):
                if feedback.isCanceled():
                    return None
                # the feature as read, grown by the new fields: a second attributes() of a wide layer
                # (90 age-group fields) would cost more than the projection itself
                feature = record.feature
                feature.padAttributes(len(specs))
                for i, value in enumerate(rows[n], start=first):
                    feature.setAttribute(i, value)
                geometry, changed = writable(feature.geometry(), source.wkbType())
                if changed:  # e.g. a GeometryCollection in a polygon layer: its polygon parts
                    feature.setGeometry(geometry)
                    converted.append(record.label())
                outputs.add(self.OUTPUT, feature, record.label())
                if n % step == 0:
                    feedback.setProgress(50.0 + 50.0 * n / total)
            if feedback.isCanceled():
                return None
            warn_converted(feedback, converted)
            dest = outputs.commit()[self.OUTPUT]
        style_output(context, dest, STYLE, tr("Population projection"))
        feedback.pushInfo(tr("Projections written for {0} units.").format(len(units)))
        return dest

    def _columns(self, units: Units, result: Optional[ProjectionResult], bt: Optional[BacktestResult],
                 data: UnitData, targets: List[int], has_elderly: bool, has_women: bool,
                 ages: Optional[AgeTables]) -> List[list]:
        """The new attributes, one list per field of schema.projection_fields, in its order."""
        if result is None:
            return []
        n = len(units)
        columns: List[list] = []
        for k in range(len(targets)):
            columns.append(_nan_to_none(result.population[:, k]))
            if has_elderly:
                columns.append(_nan_to_none(result.elderly[:, k]))
            if has_women:
                columns.append(_nan_to_none(result.young_women[:, k]))
            if has_elderly and has_women:
                columns += [_nan_to_none(result.risk_index[:, k]), _nan_to_none(result.risk_class[:, k], int)]
            if has_women:
                columns += [_nan_to_none(result.young_women_change[:, k]),
                            _nan_to_none(result.young_women_halved[:, k], int)]
        if ages is not None:
            base_total = np.asarray(data.age_groups, dtype=float)[:, 1].sum(axis=1)
        else:
            base_total = np.asarray(data.population)[:, list(data.years).index(result.base_year)]
        with np.errstate(divide="ignore", invalid="ignore"):
            change = np.where(base_total > 0, result.population[:, -1] / base_total - 1.0, np.nan)
        ape = bt.ape if bt is not None and bt.available else np.full(n, np.nan)
        columns += [_nan_to_none(result.below_year, int), [result.base_year] * n, _nan_to_none(change),
                    _nan_to_none(ape), [reason_text(r) for r in result.reason.tolist()]]
        return columns
