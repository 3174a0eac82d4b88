"""The plan on the map: units coloured by alliance, alliance outlines with hubs and flags.

Two layers show the plan the editor holds:

* **units** (the alliance members output of the run, kept in sync): one colour per alliance
  (a categorized renderer on the alliance id, colours fixed by the id so they do not jump after
  an edit or a re-solve), grey for units that are not eligible, a plain outline for eligible
  units left out. A move repaints its units at once.
* **plan** (the dock's own layer, fields of the algorithm's alliances output): the dissolved
  outline of every alliance, its hub marked, invalid alliances hatched in red, locked ones ringed.

Outlines are the slow part (a union of coastlines takes up to ~90 ms on the sample), so only the
alliances whose member set changed are dissolved, in a background task, and every dissolved set
is kept (undo, redo and a restored scenario find their outlines ready). Both styles are the
shipped QMLs; a missing one raises (a packaging error, never a silent default style).
"""

from __future__ import annotations

from typing import Callable, Dict, Iterable, List, Optional, Set

from qgis.core import (
    QgsCategorizedSymbolRenderer,
    QgsCoordinateReferenceSystem,
    QgsDistanceArea,
    QgsFeature,
    QgsFields,
    QgsGeometry,
    QgsProject,
    QgsRendererCategory,
    QgsVectorLayer,
)
from qgis.PyQt.QtGui import QColor

from ..compat import FIELD_DOUBLE, FIELD_INT, FIELD_STRING, new_field
from ..core import schema
from ..processing.geometry import dissolve, fill_slivers
from ..processing.styles import apply_style
from ..processing.translate import tr
from . import tasks
from .editor import AllianceEditor
from .layers import DockLayers
from .session import Session

HUB_X, HUB_Y = "hub_x", "hub_y"
#: the plan layer's fields: the algorithm's alliance fields, the hub's point, the gap after pooling
PLAN_FIELDS = list(schema.ALLIANCE_FIELDS) + [(HUB_X, "double"), (HUB_Y, "double"),
                                               (schema.UNITS_IN_GAP_AFTER, "int")]
_KINDS = {"int": FIELD_INT, "double": FIELD_DOUBLE, "string": FIELD_STRING}
#: category values of the units style that are not alliances
NOT_ELIGIBLE, LEFT_OUT = -2, -1


class StyleError(RuntimeError):
    """A shipped style is missing or not the kind the dock builds on."""


def colour(alliance_id: int) -> QColor:
    """A distinct, stable colour per alliance id (golden-angle hues, three tones)."""
    hue = (alliance_id * 0.618033988749895) % 1.0
    tone = alliance_id % 3
    return QColor.fromHsvF(hue, (0.50, 0.38, 0.62)[tone], (0.93, 0.85, 0.78)[tone])


def plan_fields() -> QgsFields:
    fields = QgsFields()
    for name, kind in PLAN_FIELDS:
        fields.append(new_field(name, _KINDS[kind]))
    return fields


def memory_layer(geometry: str, crs: QgsCoordinateReferenceSystem, fields: QgsFields, name: str) -> QgsVectorLayer:
    layer = QgsVectorLayer(f"{geometry}?crs={crs.authid() or 'EPSG:4326'}", name, "memory")
    if not crs.authid():
        layer.setCrs(crs)
    layer.dataProvider().addAttributes(fields.toList())
    layer.updateFields()
    return layer


def styled(layer: QgsVectorLayer, style: str) -> QgsVectorLayer:
    if not apply_style(layer, style, store=False):
        raise StyleError(f"the shipped style {style} could not be applied to {layer.name()}")
    return layer


class PlanMap:
    """Keeps the units and plan layers equal to the editor's plan."""

    def __init__(self, layers: DockLayers):
        self.layers = layers
        self.session: Optional[Session] = None
        self.editor: Optional[AllianceEditor] = None
        self._unit_fid: Dict[str, int] = {}
        self._plan_fid: Dict[int, int] = {}
        self._pending: Set[frozenset] = set()
        self._tasks: Dict[frozenset, object] = {}
        self._queue: List[frozenset] = []
        #: time of the last update's steps, ms (the benchmark reads it)
        self.timing: Dict[str, float] = {}
        #: called with the roles recreated (the dock says so)
        self.recreated: List[str] = []
        #: called with ({unit id: alliance id or None}, {unit id: refused value}) when the analyst edits
        #: alliance_id in the units layer (attribute table, field calculator) and saves: the dock makes
        #: them moves, and writes the plan's value back where a value is no alliance id
        self._watched: Set[str] = set()
        self.on_edited: Optional[Callable[[Dict[str, Optional[int]], Dict[str, object]], None]] = None

    def attach(self, session: Session, editor: AllianceEditor) -> None:
        self.session, self.editor = session, editor
        self._unit_fid, self._plan_fid = {}, {}

    def fid(self, uid: str):
        """The feature id of a unit in the units layer (None when absent)."""
        if not self._unit_fid:
            self.units_layer(create=False)
        return self._unit_fid.get(uid)

    def reindex(self) -> None:
        """Feature ids changed (layers moved into the GeoPackage): read them again when needed."""
        self._unit_fid, self._plan_fid = {}, {}

    def detach(self) -> None:
        for task in self._tasks.values():
            task.forget()
        self._tasks, self.session, self.editor = {}, None, None
        self._pending.clear()
        self._queue.clear()

    # -- the units layer -----------------------------------------------------------------
    def set_units_layer(self, layer: QgsVectorLayer) -> QgsVectorLayer:
        """The members output (or a saved copy) as the units layer, styled by alliance."""
        styled(layer, "plan_units")
        layer.setName(tr("Plan: units by alliance"))
        self.layers.put("units", layer)
        self._unit_fid = {}
        self._watch(layer)
        return layer

    def _watch(self, layer: QgsVectorLayer) -> None:
        """Listen to the analyst's saved edits of this units layer (once per layer)."""
        if layer.id() not in self._watched:
            self._watched.add(layer.id())
            layer.committedAttributeValuesChanges.connect(self._committed)

    def _committed(self, layer_id: str, changes) -> None:
        """Edits of alliance_id saved in the units layer: handed to the dock as moves (undoable, judged
        by the same rules); every other edited field is the analyst's own and left alone."""
        layer = self.layers.get("units")
        if layer is None or layer.id() != layer_id or self.editor is None or self.on_edited is None:
            return
        idx = layer.fields().lookupField(schema.ALLIANCE_ID)
        if idx < 0:
            return
        if not self._unit_fid:
            self._index_units(layer)
        by_fid = {fid: uid for uid, fid in self._unit_fid.items()}
        edits: Dict[str, Optional[int]] = {}
        refused: Dict[str, object] = {}
        for fid, values in changes.items():
            if idx in values and fid in by_fid:
                try:
                    edits[by_fid[fid]] = _alliance_value(values[idx])
                except ValueError:
                    refused[by_fid[fid]] = values[idx]
        if edits or refused:
            self.on_edited(edits, refused)

    def units_layer(self, create: bool = True) -> Optional[QgsVectorLayer]:
        layer = self.layers.get("units")
        if layer is None and create and self.session is not None:
            layer = self._recreate_units()
        if layer is not None and not self._unit_fid:
            self._index_units(layer)
        if layer is not None:
            self._watch(layer)
        return layer

    def _recreate_units(self) -> QgsVectorLayer:
        """The units again from memory: id, name, population and the plan's fields."""
        s = self.session
        fields = QgsFields()
        for name, kind in ((s.fields["id"], FIELD_STRING), (s.fields.get("name") or "name", FIELD_STRING),
                           (s.fields["population"], FIELD_DOUBLE), (schema.ALLIANCE_ID, FIELD_INT),
                           (schema.ROLE, FIELD_STRING), (schema.STATUS, FIELD_STRING)):
            if fields.lookupField(name) < 0:
                fields.append(new_field(name, kind))
        crs = QgsProject.instance().crs() if s.crs is None else s.crs
        layer = memory_layer("MultiPolygon", crs, fields, tr("Plan: units by alliance"))
        population = {u.id: u.population for u in s.problem.units}
        features = []
        for uid in s.unit_ids():
            feature = QgsFeature(layer.fields())
            geometry = QgsGeometry(s.geometries.get(uid) or QgsGeometry())
            if not geometry.isEmpty():
                geometry.convertToMultiType()
            feature.setGeometry(geometry)
            feature.setAttributes([uid, s.names.get(uid, uid), population.get(uid), None, None, None])
            features.append(feature)
        layer.dataProvider().addFeatures(features)
        self.recreated.append("units")
        self.set_units_layer(layer)
        self._index_units(layer)
        self.write_units(list(s.names))
        return layer

    def _index_units(self, layer: QgsVectorLayer) -> None:
        idx = layer.fields().lookupField(self.session.fields["id"])
        from ..processing.values import unit_id

        self._unit_fid = {unit_id(f.attributes()[idx]): f.id() for f in layer.getFeatures()} if idx >= 0 else {}

    def write_units(self, unit_ids: Iterable[str]) -> None:
        """alliance_id, role and status of these units as the plan has them."""
        layer = self.units_layer()
        if layer is None or self.editor is None:
            return
        fields = layer.fields()
        idx = [fields.lookupField(n) for n in (schema.ALLIANCE_ID, schema.ROLE, schema.STATUS)]
        if min(idx) < 0:
            return
        hubs = {row.alliance_id: row.hub for row in self.editor.rows()}
        changes = {}
        for uid in unit_ids:
            fid = self._unit_fid.get(uid)
            if fid is None:
                continue
            aid = self.editor.assignment.get(uid)
            role = schema.ROLE_NONE if aid is None else (schema.ROLE_HUB if hubs.get(aid) == uid else schema.ROLE_MEMBER)
            changes[fid] = {idx[0]: aid, idx[1]: role, idx[2]: self.session.status_of(self.editor, uid)}
        if changes:
            layer.dataProvider().changeAttributeValues(changes)
        self.categories()
        layer.triggerRepaint()

    def categories(self) -> None:
        """One category per alliance (stable colour, the alliance's name), kept in place."""
        layer = self.units_layer(create=False)
        if layer is None or self.editor is None:
            return
        renderer = layer.renderer()
        if not isinstance(renderer, QgsCategorizedSymbolRenderer) or renderer.sourceSymbol() is None:
            raise StyleError("plan_units.qml must hold a categorized renderer with a source symbol")
        wanted = {row.alliance_id: row.name for row in self.editor.rows()}
        current = {}
        for i, category in enumerate(renderer.categories()):
            try:
                current[int(category.value())] = (i, category.label())
            except (TypeError, ValueError):
                continue
        stale = [i for value, (i, _) in current.items() if value >= 0 and value not in wanted]
        changed = bool(stale)
        for i in sorted(stale, reverse=True):
            renderer.deleteCategory(i)
        current = {int(c.value()): (i, c.label()) for i, c in enumerate(renderer.categories())
                   if str(c.value()).lstrip("-").isdigit()}
        for aid, name in sorted(wanted.items()):
            if aid not in current:
                symbol = renderer.sourceSymbol().clone()
                symbol.setColor(colour(aid))
                renderer.addCategory(QgsRendererCategory(aid, symbol, name))
                changed = True
            elif current[aid][1] != name:
                renderer.updateCategoryLabel(current[aid][0], name)
                changed = True
        if changed:
            layer.emitStyleChanged()

    # -- the plan layer --------------------------------------------------------------------
    def plan_layer(self, create: bool = True) -> Optional[QgsVectorLayer]:
        layer = self.layers.get("plan")
        if layer is None and create and self.session is not None:
            crs = self.session.crs or QgsProject.instance().crs()
            layer = styled(memory_layer("MultiPolygon", crs, plan_fields(), tr("Plan: alliances")), "alliances_edit")
            self.layers.put("plan", layer)
            self._plan_fid = {}
            if self.editor is not None and self.editor.rows():
                self.recreated.append("plan")
            self.write_alliances(None)
        elif layer is not None and not self._plan_fid:
            idx = layer.fields().lookupField(schema.ALLIANCE_ID)
            self._plan_fid = {int(f.attributes()[idx]): f.id() for f in layer.getFeatures()
                              if f.attributes()[idx] is not None}
        return layer

    def use_plan_layer(self, layer: QgsVectorLayer) -> None:
        """A saved plan layer (a reopened project) becomes the plan layer again."""
        self.layers.ids["plan"] = layer.id()
        self._plan_fid = {}

    def write_alliances(self, alliance_ids: Optional[Iterable[int]]) -> None:
        """The features of these alliances (all when None) as the editor has them."""
        layer = self.plan_layer()
        if layer is None or self.editor is None:
            return
        provider = layer.dataProvider()
        wanted = set(self.editor.alliance_ids()) if alliance_ids is None else set(alliance_ids)
        if alliance_ids is None:
            gone = [fid for aid, fid in self._plan_fid.items() if aid not in wanted]
        else:
            gone = [self._plan_fid[a] for a in wanted if a in self._plan_fid and self.editor.row(a) is None]
        if gone:
            provider.deleteFeatures(gone)
            self._plan_fid = {a: f for a, f in self._plan_fid.items() if f not in set(gone)}
        new, changes, geometries, missing = [], {}, {}, []
        for aid in sorted(wanted):
            row = self.editor.row(aid)
            if row is None:
                continue
            outline = self.session.outline(row.members)
            if outline is None:
                missing.append(frozenset(row.members))
            values = self._values(row)
            if aid in self._plan_fid:
                changes[self._plan_fid[aid]] = {i: v for i, v in enumerate(values)}
                geometries[self._plan_fid[aid]] = outline if outline is not None else self._quick(row.members)
            else:
                feature = QgsFeature(layer.fields())
                feature.setAttributes(values)
                feature.setGeometry(outline if outline is not None else self._quick(row.members))
                new.append(feature)
        if changes:
            provider.changeAttributeValues(changes)
            provider.changeGeometryValues(geometries)
        if new:
            ok, added = provider.addFeatures(new)
            idx = layer.fields().lookupField(schema.ALLIANCE_ID)
            for feature in added if ok else []:
                self._plan_fid[int(feature.attributes()[idx])] = feature.id()
        layer.updateExtents()
        layer.triggerRepaint()
        if missing:
            self._dissolve(missing)

    def _values(self, row) -> list:
        from .messages import violations

        hub = self.session.geometries.get(row.hub)
        point = hub.pointOnSurface().asPoint() if hub is not None and not hub.isEmpty() else None
        names = self.session.names
        text = violations(row.violations, lambda uid: names.get(uid, uid)) if row.violations else None
        return [row.alliance_id, row.name, row.hub, schema.MEMBER_SEPARATOR.join(row.members),
                schema.MEMBER_SEPARATOR.join(row.member_names), len(row.members), row.population,
                row.pop_ratio if row.floor else None, row.compactness_km, int(row.locked), int(row.valid), text,
                point.x() if point else None, point.y() if point else None, row.units_in_gap_after]

    def _quick(self, members) -> QgsGeometry:
        """The members' polygons collected (no union): shown until the outline is dissolved."""
        parts = [self.session.geometries[m] for m in members if m in self.session.geometries]
        geometry = QgsGeometry.collectGeometry([p for g in parts for p in g.asGeometryCollection()]) \
            if parts else QgsGeometry()
        return geometry

    # -- dissolving in the background ------------------------------------------------------
    def _dissolve(self, sets: List[frozenset]) -> None:
        """New member sets into the queue; one background task at a time, so that a re-solve (or
        QGIS's own work) always finds a free thread."""
        for key in sets:
            if key not in self._pending:
                self._pending.add(key)
                self._queue.append(key)
        self._next_dissolve()

    def _next_dissolve(self) -> None:
        if self._tasks or not self._queue or self.session is None:
            return
        key = self._queue.pop(0)
        self._tasks[key] = tasks.start(tr("Small but Strong: alliance outline"), self._dissolver(key),
                                       lambda result, error, k=key: self._dissolved(k, result, error))

    def _dissolver(self, key: frozenset):
        """The work of one task, on copies (nothing shared with the main thread is touched)."""
        session = self.session
        parts = [QgsGeometry(session.geometries[m]) for m in key if m in session.geometries]
        crs = session.crs or QgsCoordinateReferenceSystem()
        tolerance = float(session.fields.get("tolerance") or 0.0)
        context = QgsProject.instance().transformContext()
        ellipsoid = QgsProject.instance().ellipsoid()

        def work(task):
            outline = dissolve(parts)
            if not outline.isEmpty() and tolerance > 0 and not task.isCanceled():
                measure = QgsDistanceArea()
                measure.setSourceCrs(crs, context)
                if ellipsoid and ellipsoid != "NONE":
                    measure.setEllipsoid(ellipsoid)
                outline = fill_slivers(outline, measure.measureArea, measure.measurePerimeter, tolerance)
                outline.convertToMultiType()
            return outline

        return work

    def _dissolved(self, key: frozenset, outline, error) -> None:
        self._tasks.pop(key, None)
        self._pending.discard(key)
        if self.session is None:
            return
        self._next_dissolve()
        if outline is None:
            return
        self.session.outlines[key] = outline
        layer = self.plan_layer(create=False)
        if layer is None:
            return
        geometries = {self._plan_fid[row.alliance_id]: outline for row in self.editor.rows()
                      if frozenset(row.members) == key and row.alliance_id in self._plan_fid}
        if geometries:
            layer.dataProvider().changeGeometryValues(geometries)
            layer.updateExtents()
            layer.triggerRepaint()

    #: a run's layers are about to be drawn (the dock's next event-loop turn)
    waiting = False

    def busy(self) -> bool:
        """Outlines still being dissolved, or a run's layers still to be drawn."""
        return bool(self._pending) or self.waiting


def _alliance_value(value) -> Optional[int]:
    """An alliance id typed into the attribute table: a whole number >= 1, or NULL for none; anything
    else raises ValueError."""
    if value is None or (hasattr(value, "isNull") and value.isNull()) or value == "":
        return None
    number = float(value)  # text that is no number: ValueError
    if number < 1 or number != int(number):
        raise ValueError(value)
    return int(number)
