"""Plugin entry point: registers the provider, the menu/toolbar and the translation."""

from __future__ import annotations

from qgis.core import QgsApplication, QgsSettings
from qgis.PyQt.QtCore import QCoreApplication, QLocale, Qt, QTranslator
from qgis.PyQt.QtGui import QIcon
from qgis.PyQt.QtWidgets import QAction

from .__about__ import RESOURCES, __icon__
from .processing.base import tr
from .processing.provider import SmallButStrongProvider

MENU = "&Small but Strong"


def install_translator() -> QTranslator | None:
    """Load resources/i18n/small_but_strong_<lang>.qm for QGIS's locale, if we ship one."""
    locale = QgsSettings().value("locale/userLocale", "") or QLocale.system().name()
    lang = str(locale)[:2]
    qm = RESOURCES / "i18n" / f"small_but_strong_{lang}.qm"
    if not qm.exists():
        return None
    translator = QTranslator()
    if translator.load(str(qm)):
        QCoreApplication.installTranslator(translator)
        return translator
    return None


class SmallButStrongPlugin:
    """Works with ``iface=None`` (qgis_process): only the provider is registered then."""

    def __init__(self, iface):
        self.iface = iface
        self.provider: SmallButStrongProvider | None = None
        self.actions: list[QAction] = []
        self.toolbar = None
        self.dock = None
        self.translator = install_translator()

    def initProcessing(self):  # noqa: N802
        if self.provider is None:
            self.provider = SmallButStrongProvider()
            QgsApplication.processingRegistry().addProvider(self.provider)

    def initGui(self):  # noqa: N802
        self.initProcessing()
        if self.iface is None:
            return
        self.toolbar = self.iface.addToolBar(tr("Small but Strong"))
        self.toolbar.setObjectName("SmallButStrongToolbar")
        from .ui.dock import SmallButStrongDock

        self.dock = SmallButStrongDock(self.iface, self.iface.mainWindow())
        self.iface.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
        self.dock.hide()
        self.dock_action = self._add_action(tr("Small but Strong panel"), self._show_dock)
        for alg_id, label in (("smallbutstrong:declineindicators", tr("Decline indicators…")),
                              ("smallbutstrong:proposealliances", tr("Propose alliances…")),
                              ("smallbutstrong:servicegaps", tr("Service gaps…")),
                              ("smallbutstrong:exportreport", tr("Export map report…"))):
            self._add_action(label, lambda _checked=False, a=alg_id: self._open_algorithm(a))
        self._add_action(tr("Load the Korean sample"), self._load_sample, toolbar=False)
        self._add_action(tr("Load the US counties sample"), lambda: self._load_sample("us"), toolbar=False)

    def _add_action(self, label: str, slot, toolbar: bool = True) -> QAction:
        action = QAction(QIcon(__icon__), label, self.iface.mainWindow())
        action.triggered.connect(slot)
        self.iface.addPluginToMenu(tr(MENU), action)
        if toolbar and self.toolbar is not None:
            self.toolbar.addAction(action)
        self.actions.append(action)
        return action

    def _show_dock(self) -> None:
        if self.dock is None:  # an action of an unloaded instance (it is deleted with it)
            return
        self.dock.show()
        self.dock.raise_()

    @staticmethod
    def _open_algorithm(alg_id: str) -> None:
        import processing  # QGIS's module, imported absolutely

        processing.execAlgorithmDialog(alg_id)

    def _load_sample(self, kind: str = "korea") -> None:
        """The sample into the project, styled, with the dock's fields set for it."""
        self.dock.load_sample(kind)
        self._show_dock()

    def unload(self):
        for action in self.actions:
            if self.iface is not None:
                self.iface.removePluginMenu(tr(MENU), action)
            action.deleteLater()  # children of the main window: gone with the plugin, not left behind
        self.actions.clear()
        if self.dock is not None:
            self.dock.shutdown()  # project signals, tasks, map tool, work folder: nothing fires afterwards
            self.iface.removeDockWidget(self.dock)
            self.dock.deleteLater()
            self.dock = None
        if self.toolbar is not None:
            self.toolbar.deleteLater()
            self.toolbar = None
        if self.provider is not None:
            QgsApplication.processingRegistry().removeProvider(self.provider)
            self.provider = None
        if self.translator is not None:
            QCoreApplication.removeTranslator(self.translator)
            self.translator = None
