"""The Processing provider ``smallbutstrong``: every tool of the plugin is registered here."""

from __future__ import annotations

from qgis.core import QgsProcessingProvider
from qgis.PyQt.QtGui import QIcon

from ..__about__ import __icon__, __version__
from .decline_indicators import DeclineIndicatorsAlgorithm
from .projection import ProjectPopulationAlgorithm
from .propose_alliances import ProposeAlliancesAlgorithm
from .service_gaps import ServiceGapsAlgorithm
from .siting import SiteFacilitiesAlgorithm
from .report import ExportReportAlgorithm


def algorithm_classes():
    """The algorithm classes, in toolbox order."""
    return [DeclineIndicatorsAlgorithm, ProjectPopulationAlgorithm, ProposeAlliancesAlgorithm, ServiceGapsAlgorithm,
            SiteFacilitiesAlgorithm, ExportReportAlgorithm]


class SmallButStrongProvider(QgsProcessingProvider):
    def id(self) -> str:
        return "smallbutstrong"

    def name(self) -> str:
        return "Small but Strong"

    def longName(self) -> str:  # noqa: N802
        return f"Small but Strong {__version__}"

    def icon(self) -> QIcon:
        return QIcon(__icon__)

    def svgIconPath(self) -> str:  # noqa: N802
        return __icon__

    def versionInfo(self) -> str:  # noqa: N802
        return __version__

    def loadAlgorithms(self):  # noqa: N802
        for cls in algorithm_classes():
            self.addAlgorithm(cls())
        from .models import model_algorithms  # the modeler models of resources/models/*.model3

        for model in model_algorithms(self.id()):
            self.addAlgorithm(model)
