"""Shipped styles (resources/styles/*.qml) applied to outputs when QGIS loads them.

Processing keeps only a raw pointer to a layer post-processor, so the Python objects must stay
alive until QGIS has called them: they live in a bounded deque (the newest few hundred; a
post-processor is used once, within the run that registered it).
"""

from __future__ import annotations

from collections import deque
from pathlib import Path
from typing import Optional

from qgis.core import (
    QgsCategorizedSymbolRenderer,
    QgsGraduatedSymbolRenderer,
    QgsMessageLog,
    QgsProcessingContext,
    QgsProcessingLayerPostProcessorInterface,
    QgsRuleBasedRenderer,
    QgsVectorLayer,
)

from ..__about__ import RESOURCES
from ..compat import MESSAGE_WARNING, save_style_to_database
from .translate import tr

STYLES = RESOURCES / "styles"
#: post-processors kept alive for QGIS (each is called once, at the end of its run)
_KEEP: deque = deque(maxlen=256)


def style_path(style_name: str) -> Path:
    """The shipped QML of ``style_name``; a missing one is a packaging error, raised at once."""
    path = STYLES / f"{style_name}.qml"
    if not path.is_file():
        raise FileNotFoundError(f"the shipped style {path} is missing: reinstall the plugin")
    return path


def translate_legend(layer: QgsVectorLayer) -> None:
    """The legend labels of the layer's renderer in the interface language (the shipped QMLs are
    English; scripts/i18n.py puts their labels into the translation)."""
    renderer = layer.renderer()
    if isinstance(renderer, QgsCategorizedSymbolRenderer):
        for i, category in enumerate(renderer.categories()):
            renderer.updateCategoryLabel(i, tr(category.label()))  # i18n: resources/styles/*.qml
    elif isinstance(renderer, QgsGraduatedSymbolRenderer):
        for i, item in enumerate(renderer.ranges()):
            renderer.updateRangeLabel(i, tr(item.label()))  # i18n: resources/styles/*.qml
    elif isinstance(renderer, QgsRuleBasedRenderer):
        stack = list(renderer.rootRule().children())
        while stack:
            rule = stack.pop()
            rule.setLabel(tr(rule.label()))  # i18n: resources/styles/*.qml
            stack.extend(rule.children())


def apply_style(layer: QgsVectorLayer, style_name: str, store: bool = True) -> bool:
    """Load a shipped QML into ``layer`` (and, for a GeoPackage, store it there as the layer's
    default style). False, with a message in the log, when QGIS could not load it."""
    message, ok = layer.loadNamedStyle(str(style_path(style_name)))
    if not ok:
        QgsMessageLog.logMessage(f"Style {style_name} could not be applied to {layer.name()}: {message}",
                                 "Small but Strong", MESSAGE_WARNING)
        return False
    translate_legend(layer)
    layer.triggerRepaint()
    if store and layer.providerType() == "ogr" and ".gpkg" in layer.source().lower():
        save_style_to_database(layer, layer.name(), "Small but Strong", True)
    return True


class StylePostProcessor(QgsProcessingLayerPostProcessorInterface):
    """Applies a shipped QML to an output layer when it is loaded into the project."""

    def __init__(self, style_name: str, name: Optional[str] = None):
        super().__init__()
        self.style_name = style_name
        self.name = name

    def postProcessLayer(self, layer, context, feedback):  # noqa: N802
        if isinstance(layer, QgsVectorLayer) and layer.isValid():
            apply_style(layer, self.style_name)
            if self.name:
                layer.setName(self.name)


def style_output(context: QgsProcessingContext, dest_id: Optional[str], style_name: str,
                 layer_name: Optional[str] = None) -> None:
    """Register the post-processor that styles an output when QGIS loads it."""
    style_path(style_name)  # fails now, in the run, rather than silently at load time
    if not dest_id or not context.willLoadLayerOnCompletion(dest_id):
        return
    processor = StylePostProcessor(style_name, layer_name)
    _KEEP.append(processor)
    context.layerToLoadOnCompletionDetails(dest_id).setPostProcessor(processor)
