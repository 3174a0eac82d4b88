"""The layers the dock put into the project, by role, and the one group that holds them.

The dock never keeps a layer object between two actions: it keeps the layer's id and asks the
project for it each time (:meth:`DockLayers.get`), so a layer the analyst removed, or that a
project reload replaced, is simply absent, never a deleted C++ object. Removals are seen as they
happen (``layersWillBeRemoved``) and reported to the dock, which recreates what it can or says so.
Only layers of the dock's roles are ever removed by the dock: the analyst's own layers
(facilities, the boundary layer) are left where they are, even inside the plugin's group.
"""

from __future__ import annotations

from typing import Callable, Dict, List, Optional

from qgis.core import QgsLayerTreeGroup, QgsMapLayer, QgsProject, QgsVectorLayer

from ..processing.translate import tr

GROUP_PROPERTY = "small_but_strong/group"
REPORT_PROPERTY = "small_but_strong/report"

#: roles, top to bottom in the group
ROLES = ("sites", "site_lines", "plan", "diff", "units", "gaps", "indicators", "projection")


def _alive(layer) -> bool:
    if layer is None:
        return False
    try:
        from qgis.PyQt import sip

        return not sip.isdeleted(layer)
    except ImportError:  # pragma: no cover
        return True


class DockLayers:
    """Role -> layer id of the dock's layers in the current project."""

    def __init__(self, on_removed: Optional[Callable[[List[str]], None]] = None):
        self.ids: Dict[str, str] = {}
        self.on_removed = on_removed
        self._own_removal = False
        #: set while the project clears itself (a new project, or before a read)
        self.ignore_removals = False
        QgsProject.instance().layersWillBeRemoved.connect(self._will_be_removed)

    def disconnect(self) -> None:
        try:
            QgsProject.instance().layersWillBeRemoved.disconnect(self._will_be_removed)
        except TypeError:
            pass
        self.on_removed = None

    # -- lookup --------------------------------------------------------------------------
    def get(self, role: str) -> Optional[QgsVectorLayer]:
        layer_id = self.ids.get(role)
        layer = QgsProject.instance().mapLayer(layer_id) if layer_id else None
        return layer if _alive(layer) and isinstance(layer, QgsVectorLayer) else None

    def role_of(self, layer_id: str) -> Optional[str]:
        return next((r for r, i in self.ids.items() if i == layer_id), None)

    def forget(self) -> None:
        """A new or closed project: its layers are gone with it."""
        self.ids = {}

    # -- the group -----------------------------------------------------------------------
    @staticmethod
    def group(create: bool = True) -> Optional[QgsLayerTreeGroup]:
        """The plugin's group (found by its mark, so a renamed group is still found)."""
        root = QgsProject.instance().layerTreeRoot()
        for node in root.findGroups(True):
            if node.customProperty(GROUP_PROPERTY):
                return node
        if not create:
            return None
        node = root.insertGroup(DockLayers._below_points(root), tr("Small but Strong"))
        node.setCustomProperty(GROUP_PROPERTY, 1)
        return node

    @staticmethod
    def _below_points(root) -> int:
        """The group goes under the point and line layers at the top (facilities stay visible)."""
        from qgis.core import QgsLayerTreeLayer

        from ..compat import POLYGON_GEOMETRY

        for position, child in enumerate(root.children()):
            layer = child.layer() if isinstance(child, QgsLayerTreeLayer) else None
            if not isinstance(layer, QgsVectorLayer) or layer.geometryType() == POLYGON_GEOMETRY:
                return position
        return len(root.children())

    def put(self, role: str, layer: QgsMapLayer, visible: bool = True) -> QgsMapLayer:
        """Add ``layer`` for ``role`` (replacing the role's previous layer) at its place in the group."""
        self.drop(role)
        project = QgsProject.instance()
        project.addMapLayer(layer, False)
        group = self.group()
        position = 0
        order = ROLES.index(role) if role in ROLES else len(ROLES)
        for child in group.children():
            child_role = self.role_of(getattr(child, "layerId", lambda: "")())
            if child_role in ROLES and ROLES.index(child_role) < order:
                position = group.children().index(child) + 1
        node = group.insertLayer(position, layer)
        node.setItemVisibilityChecked(visible)
        self.ids[role] = layer.id()
        return layer

    def drop(self, role: str) -> None:
        """Remove the role's layer from the project (if it is still there)."""
        layer_id = self.ids.pop(role, None)
        if layer_id and QgsProject.instance().mapLayer(layer_id) is not None:
            self._own_removal = True
            try:
                QgsProject.instance().removeMapLayer(layer_id)
            finally:
                self._own_removal = False

    def set_visible(self, role: str, visible: bool) -> bool:
        layer_id = self.ids.get(role)
        node = QgsProject.instance().layerTreeRoot().findLayer(layer_id) if layer_id else None
        if node is None:
            return False
        node.setItemVisibilityChecked(visible)
        return True

    def _will_be_removed(self, layer_ids) -> None:
        if self._own_removal or self.ignore_removals:
            return
        roles = [r for r, i in list(self.ids.items()) if i in set(layer_ids)]
        for role in roles:
            del self.ids[role]
        if roles and self.on_removed is not None:
            self.on_removed(roles)

    # -- report groups ---------------------------------------------------------------------
    @staticmethod
    def report_groups() -> List[QgsLayerTreeGroup]:
        """Groups that exportreport added (every 'Report: …' group)."""
        root = QgsProject.instance().layerTreeRoot()
        prefix = tr("Report: {0}").split("{0}")[0]
        return [g for g in root.findGroups(True) if g.customProperty(REPORT_PROPERTY)
                or (prefix and g.name().startswith(prefix))]

    @staticmethod
    def remove_group(group: QgsLayerTreeGroup) -> None:
        project = QgsProject.instance()
        ids = [node.layerId() for node in group.findLayers()]
        parent = group.parent()
        if ids:
            project.removeMapLayers(ids)
        if parent is not None:
            parent.removeChildNode(group)
