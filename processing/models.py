"""The modeler models shipped in ``resources/models/*.model3``, as algorithms of our provider.

A model loaded with ``QgsProcessingModelAlgorithm.fromFile`` and added to our provider gets the id
``smallbutstrong:<name>``. This subclass gives it an id without spaces (the model name, lower case,
letters and digits only: "Full analysis" -> ``smallbutstrong:fullanalysis``), our icon, and
Korean through ``tr`` (name, group, help and the parameters' descriptions; ``scripts/i18n.py``
extracts them from the .model3). The file stays an ordinary model that the modeler can open.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import List

from qgis.core import (
    QgsApplication,
    QgsMessageLog,
    QgsProcessing,
    QgsProcessingModelAlgorithm,
)
from qgis.PyQt.QtGui import QIcon
from ..compat import (
    ALGORITHM_NO_THREADING,
    PARAMETER_OPTIONAL,
)

from ..__about__ import RESOURCES, __icon__
from .base import tr

MODELS = RESOURCES / "models"


class SbsModelAlgorithm(QgsProcessingModelAlgorithm):
    """One shipped .model3, shown under Small but Strong in the toolbox."""

    def __init__(self, path: Path):
        super().__init__()
        self._path = str(path)
        self.loaded = False
        self.reload()
        self._child_ids = sorted({child.algorithmId() for child in self.childAlgorithms().values()})

    def reload(self) -> None:
        """Read the file again: a model read while our provider was loading (and so not yet in the
        registry) could not find its child algorithms, and has no outputs until it is read again."""
        self.loaded = self.fromFile(self._path)
        self._needed_outputs = []
        for param in self.parameterDefinitions():
            param.setDescription(tr(param.description()))  # i18n: from the .model3
            if param.isDestination():
                # Every output may be left out (a script may want the report only). QGIS 3.22 would
                # refuse to run without them; processAlgorithm gives the ones that a step must write
                # a temporary destination.
                if not param.flags() & PARAMETER_OPTIONAL:
                    self._needed_outputs.append(param.name())
                param.setFlags(param.flags() | PARAMETER_OPTIONAL)

    def has_children(self) -> bool:
        registry = QgsApplication.processingRegistry()
        return all(registry.algorithmById(alg_id) is not None for alg_id in self._child_ids)

    def name(self) -> str:
        return re.sub(r"[^a-z0-9]", "", super().name().lower())

    def displayName(self) -> str:  # noqa: N802
        return tr(super().displayName())  # i18n: from the .model3

    def group(self) -> str:
        return tr(super().group())  # i18n: from the .model3

    def groupId(self) -> str:  # noqa: N802
        return re.sub(r"[^a-z0-9]", "", super().group().lower())

    def shortHelpString(self) -> str:  # noqa: N802
        description = self.helpContent().get("ALG_DESC", "")
        return tr(description) if description else super().shortHelpString()  # i18n: from the .model3

    def icon(self) -> QIcon:
        return QIcon(__icon__)

    def svgIconPath(self) -> str:  # noqa: N802
        return __icon__

    def flags(self):
        # a child that must run in the main thread (the map report) keeps the whole model there
        flags = super().flags()
        registry = QgsApplication.processingRegistry()
        for alg_id in self._child_ids:
            child = registry.algorithmById(alg_id)
            if child is not None and child.flags() & ALGORITHM_NO_THREADING:
                flags |= ALGORITHM_NO_THREADING
        return flags

    def with_defaults(self, parameters: dict) -> dict:
        """The parameters with the model's defaults for those left out.

        QGIS 3.22 applies a model's defaults in the dialog only: from processing.run or qgis_process
        a child would get nothing (and fall back to its own default, or fail for a field). A
        parameter given as None or "" stays empty. Outputs left out that a later step needs get a
        temporary destination.
        """
        filled = dict(parameters)
        for param in self.parameterDefinitions():
            name = param.name()
            if param.isDestination():
                if name in self._needed_outputs and filled.get(name) in (None, ""):
                    filled[name] = QgsProcessing.TEMPORARY_OUTPUT
            elif name not in filled and param.defaultValue() is not None:
                filled[name] = param.defaultValue()
        return filled

    def checkParameterValues(self, parameters, context):  # noqa: N802
        return super().checkParameterValues(self.with_defaults(parameters), context)

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        return super().processAlgorithm(self.with_defaults(parameters), context, feedback)

    def createInstance(self):  # noqa: N802
        return SbsModelAlgorithm(Path(self._path))


class _ReloadWhenRegistered:
    """Reads the models again once the provider that holds them is in the registry (once)."""

    def __init__(self, provider_id: str, models: List[SbsModelAlgorithm]):
        self.provider_id = provider_id
        self.models = models
        QgsApplication.processingRegistry().providerAdded.connect(self)

    def __call__(self, provider_id: str) -> None:
        if provider_id != self.provider_id:
            return
        try:
            QgsApplication.processingRegistry().providerAdded.disconnect(self)
        except TypeError:
            pass
        _PENDING.discard(self)
        for model in self.models:
            try:
                model.reload()
            except RuntimeError:  # the provider was removed meanwhile: the C++ model is gone
                pass


_PENDING = set()


def model_algorithms(provider_id: str = "") -> List[SbsModelAlgorithm]:
    """Every readable model in resources/models, in file name order.

    With ``provider_id``, models whose child algorithms are not in the registry yet (those of the
    provider being loaded) are read again when that provider is added to the registry.
    """
    models = []
    for path in sorted(MODELS.glob("*.model3")):
        model = SbsModelAlgorithm(path)
        if model.loaded and model.name():
            models.append(model)
        else:
            QgsMessageLog.logMessage(tr("The model {0} could not be read.").format(path.name), "Small but Strong")
    waiting = [m for m in models if not m.has_children()]
    if provider_id and waiting:
        _PENDING.add(_ReloadWhenRegistered(provider_id, waiting))
    return models
