"""The help of an algorithm, read from ``resources/help/<name>.html`` and translated block by block."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from qgis.PyQt.QtCore import QUrl

from ..__about__ import RESOURCES
from ..core.helptext import translate
from .translate import language, tr

HELP = RESOURCES / "help"


@lru_cache(maxsize=None)
def _page(name: str) -> str:
    path = HELP / f"{name}.html"
    if not path.is_file():
        raise FileNotFoundError(f"the help page {path} is missing: reinstall the plugin")
    return path.read_text(encoding="utf-8")


def help_html(name: str) -> str:
    """The help of ``name`` in the interface language (the shipped translation, else English)."""
    return translate(_page(name), tr)


def help_url(name: str) -> str:
    """A file URL of the help page in the interface language (``<name>.<lang>.html`` when shipped;
    ``make i18n`` writes it from the translations)."""
    localised = HELP / f"{name}.{language()}.html"
    path: Path = localised if localised.is_file() else HELP / f"{name}.html"
    return QUrl.fromLocalFile(str(path)).toString()
