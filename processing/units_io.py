"""The one adapter between user layers and the core: crash-safe feature reading and unit records.

Every algorithm and the dock read their layers here, so that a NULL population, an invalid
polygon, an expression's result or a repeated id mean the same thing everywhere:

* :func:`read_features` reads any user layer (units, facilities, roads, links, origins) without
  QGIS's geometry validity check, whatever the Processing setting: an invalid geometry is the
  caller's per-feature warning, never an exception thrown from inside the C++ iterator (in
  QGIS 3.22 the next run then crashes);
* :func:`read_units` turns a polygon source plus the chosen fields and expressions into
  :class:`UnitRecord` objects with one rule for numbers (:func:`.values.to_float`), one truth
  rule for expressions (:func:`.values.truth`) and one rule for ids (:func:`.values.unit_id`),
  and collects every data problem in :class:`Units` for one warning each.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Dict, Iterable, Iterator, List, Optional, Tuple

from qgis.core import (
    QgsExpression,
    QgsExpressionContext,
    QgsFeature,
    QgsFeatureRequest,
    QgsFeatureSource,
    QgsGeometry,
    QgsProcessingException,
    QgsProcessingFeatureSource,
)

from ..compat import GEOMETRY_NO_CHECK, SOURCE_SKIP_GEOMETRY_CHECKS
from .translate import tr
from .values import PLAUSIBLE_MAX, id_list, is_null, plain, to_float, truth, unit_id


def unchecked_request(request: Optional[QgsFeatureRequest] = None) -> QgsFeatureRequest:
    """A copy of ``request`` (or a new one) that keeps features with invalid geometry."""
    out = QgsFeatureRequest(request) if request is not None else QgsFeatureRequest()
    out.setInvalidGeometryCheck(GEOMETRY_NO_CHECK)
    return out


def read_features(source: QgsFeatureSource, request: Optional[QgsFeatureRequest] = None) -> Iterator[QgsFeature]:
    """Every feature of ``source`` (a Processing source or a layer), invalid geometries included.

    A request's own check is not enough for a Processing source: it applies the context's
    "invalid features" setting on top, which either drops the feature (skip) or aborts by
    throwing from inside the C++ iterator (abort). Both are switched off here.
    """
    request = unchecked_request(request)
    if isinstance(source, QgsProcessingFeatureSource):
        return source.getFeatures(request, SOURCE_SKIP_GEOMETRY_CHECKS)
    return source.getFeatures(request)


def is_invalid(geometry: Optional[QgsGeometry]) -> bool:
    """True for a non-empty geometry that GEOS finds invalid (a bow-tie, a self-intersecting ring)."""
    return geometry is not None and not geometry.isEmpty() and not geometry.isGeosValid()


@dataclass
class UnitSpec:
    """What to read from a unit layer: fields by role and expressions by role.

    ``parameters`` names the algorithm parameter behind each role, for the messages.
    """

    id_field: str
    name_field: Optional[str] = None
    numbers: Dict[str, str] = field(default_factory=dict)
    keys: Dict[str, str] = field(default_factory=dict)
    flags: Dict[str, QgsExpression] = field(default_factory=dict)
    parameters: Dict[str, str] = field(default_factory=dict)
    #: repair invalid polygons (makeValid) for the measures; the feature keeps the original
    repair: bool = True


@dataclass
class UnitRecord:
    """One unit as every algorithm sees it."""

    fid: int
    uid: Optional[str]
    name: str
    numbers: Dict[str, Optional[float]]
    keys: Dict[str, Any]
    flags: Dict[str, bool]
    #: the geometry to measure with: the feature's, repaired when it was invalid
    geometry: QgsGeometry
    feature: QgsFeature
    invalid: bool = False

    @property
    def empty(self) -> bool:
        return self.geometry is None or self.geometry.isEmpty()

    def label(self) -> str:
        """How messages name the unit: its id, else its feature id."""
        return self.uid if self.uid is not None else f"feature {self.fid}"


@dataclass
class Units:
    """The records of a unit layer and every data problem found while reading it."""

    records: List[UnitRecord] = field(default_factory=list)
    null_ids: List[int] = field(default_factory=list)
    duplicates: List[str] = field(default_factory=list)
    invalid: List[str] = field(default_factory=list)
    empty: List[str] = field(default_factory=list)
    #: role -> labels of units whose value is NULL, not a number, NaN or infinite
    missing: Dict[str, List[str]] = field(default_factory=dict)
    #: role -> labels of units with a negative value (kept in ``numbers`` as it is)
    negative: Dict[str, List[str]] = field(default_factory=dict)
    #: role -> labels of units with a value above PLAUSIBLE_MAX (set to None in ``numbers``)
    implausible: Dict[str, List[str]] = field(default_factory=dict)
    spec: Optional[UnitSpec] = None

    def __len__(self) -> int:
        return len(self.records)

    def __iter__(self):
        return iter(self.records)

    def parameter(self, role: str) -> str:
        return self.spec.parameters.get(role, role) if self.spec else role

    def warn(self, feedback, consequence_invalid: str, id_parameter: str = "ID_FIELD",
             missing_roles: Iterable[str] = ()) -> None:
        """One warning per kind of problem, naming the units (for the roles in ``missing_roles``
        also the NULL values; negative values are reported by the algorithm, which decides)."""
        if self.null_ids:
            feedback.pushWarning(tr("Parameter {0}: {1} unit(s) have a NULL id (feature ids {2}); they are kept, "
                                    "but messages cannot name them. Give every unit a unique id.").format(
                id_parameter, len(self.null_ids), id_list(self.null_ids)))
        if self.duplicates:
            feedback.pushWarning(tr("Parameter {0}: {1} id(s) repeat: {2}; the units are kept, but messages and "
                                    "member lists cannot tell them apart. Give every unit a unique id.").format(
                id_parameter, len(set(self.duplicates)), id_list(sorted(set(self.duplicates)))))
        if self.invalid:
            feedback.pushWarning(tr("{0} unit(s) have invalid geometry (e.g. a self-intersection): {1}. Repair the "
                                    "layer with Fix geometries (native:fixgeometries). Units: {2}").format(
                len(self.invalid), consequence_invalid, id_list(self.invalid)))
        for role, labels in self.implausible.items():
            feedback.pushWarning(tr("Parameter {0}: {1} unit(s) have a value above {2:,.0f}, which no unit can have; "
                                    "taken as NULL: {3}").format(self.parameter(role), len(labels), PLAUSIBLE_MAX,
                                                                 id_list(labels)))
        for role in missing_roles:
            labels = self.missing.get(role)
            if labels:
                feedback.pushWarning(tr("Parameter {0}: {1} unit(s) have a NULL or non-numeric value: {2}").format(
                    self.parameter(role), len(labels), id_list(labels)))


def evaluate_flag(expression: QgsExpression, parameter: str, context: QgsExpressionContext,
                  feature: QgsFeature) -> bool:
    """An expression read by the plugin's truth rule; an evaluation error names the feature."""
    context.setFeature(feature)
    value = expression.evaluate(context)
    if expression.hasEvalError():
        raise QgsProcessingException(tr("Parameter {0}: the expression {1} fails on feature {2}: {3}").format(
            parameter, expression.expression(), feature.id(), expression.evalErrorString()))
    return truth(value)


def _numbers(spec: UnitSpec, attrs: list, indices: Dict[str, int], label: str,
             units: Units) -> Dict[str, Optional[float]]:
    out: Dict[str, Optional[float]] = {}
    for role, idx in indices.items():
        value = to_float(attrs[idx])
        if value is None:
            units.missing.setdefault(role, []).append(label)
        elif abs(value) > PLAUSIBLE_MAX:
            units.implausible.setdefault(role, []).append(label)
            value = None
        elif value < 0:
            units.negative.setdefault(role, []).append(label)
        out[role] = value
    return out


def read_units(source: QgsFeatureSource, spec: UnitSpec, expression_context: Optional[QgsExpressionContext] = None,
               feedback=None, progress: Tuple[float, float] = (0.0, 10.0),
               request: Optional[QgsFeatureRequest] = None) -> Optional[Units]:
    """The unit records of ``source`` in feature order, or None when ``feedback`` was cancelled."""
    fields = source.fields()
    id_idx = fields.lookupField(spec.id_field)
    name_idx = fields.lookupField(spec.name_field) if spec.name_field else -1
    numbers = {role: fields.lookupField(name) for role, name in spec.numbers.items() if name}
    keys = {role: fields.lookupField(name) for role, name in spec.keys.items() if name}
    for role, idx in list(numbers.items()) + list(keys.items()) + [("id", id_idx)]:
        if idx < 0:  # the algorithms check their fields first; the dock may pass a stale name
            raise QgsProcessingException(tr("Parameter {0}: the layer has no field {1}.").format(
                spec.parameters.get(role, role), spec.numbers.get(role) or spec.keys.get(role) or spec.id_field))
    if spec.flags:
        if expression_context is None:
            raise ValueError("expressions need an expression context")
        for expression in spec.flags.values():
            expression.prepare(expression_context)
    units = Units(spec=spec)
    seen = set()
    total = source.featureCount() or 1
    lo, hi = progress
    for n, feature in enumerate(read_features(source, request)):
        if feedback is not None:
            if feedback.isCanceled():
                return None
            feedback.setProgress(lo + (hi - lo) * n / total)
        attrs = feature.attributes()
        uid = unit_id(attrs[id_idx])
        if uid is None:
            units.null_ids.append(feature.id())
        elif uid in seen:
            units.duplicates.append(uid)
        seen.add(uid)
        label = uid if uid is not None else f"feature {feature.id()}"
        name = str(attrs[name_idx]).strip() if name_idx >= 0 and not is_null(attrs[name_idx]) else ""
        geometry = feature.geometry()
        invalid = is_invalid(geometry)
        if invalid:
            units.invalid.append(label)
            if spec.repair:
                geometry = geometry.makeValid()
        if geometry is None or geometry.isEmpty():
            units.empty.append(label)
        units.records.append(UnitRecord(
            fid=feature.id(), uid=uid, name=name or label,
            numbers=_numbers(spec, attrs, numbers, label, units),
            keys={role: plain(attrs[idx]) for role, idx in keys.items()},
            flags={role: evaluate_flag(expr, spec.parameters.get(role, role), expression_context, feature)
                   for role, expr in spec.flags.items()},
            geometry=geometry if geometry is not None else QgsGeometry(), feature=feature, invalid=invalid))
    return units
