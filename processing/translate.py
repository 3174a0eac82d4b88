"""The plugin's one translation context and the interface language."""

from __future__ import annotations

from qgis.core import QgsSettings
from qgis.PyQt.QtCore import QCoreApplication, QLocale

TR_CONTEXT = "SmallButStrong"


def tr(text: str) -> str:
    """Translate with the plugin's single context (see resources/i18n)."""
    return QCoreApplication.translate(TR_CONTEXT, text)


def language() -> str:
    """The interface language code, e.g. "ko" (QGIS's locale setting, else the system's)."""
    locale = QgsSettings().value("locale/userLocale", "") or QLocale.system().name()
    return str(locale)[:2]
