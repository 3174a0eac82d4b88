"""Write resources/styles/decline_indicators.qml with PyQGIS (run: make styles).

Styles are generated rather than hand-written so they stay valid QGIS 3.22 QML.
"""

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from qgis.core import (  # noqa: E402
    QgsApplication,
    QgsCategorizedSymbolRenderer,
    QgsFillSymbol,
    QgsRendererCategory,
    QgsVectorLayer,
)

ROOT = Path(__file__).resolve().parents[1]
STYLES = ROOT / "resources" / "styles"

RISK = [  # class, colour, Korean, English, range
    (1, "#1a9850", "소멸위험 매우 낮음", "very low risk", "≥ 1.5"),
    (2, "#a6d96a", "소멸위험 보통", "normal", "1.0–1.5"),
    (3, "#fee08b", "소멸 주의단계", "caution", "0.5–1.0"),
    (4, "#fc8d59", "소멸위험 진입단계", "entering extinction risk", "0.2–0.5"),
    (5, "#d73027", "소멸 고위험지역", "high extinction risk", "< 0.2"),
]


def fill(colour: str, outline: str = "#ffffff", width: str = "0.15") -> QgsFillSymbol:
    return QgsFillSymbol.createSimple(
        {"color": colour, "outline_color": outline, "outline_width": width, "outline_width_unit": "MM"})


def decline_indicators() -> None:
    layer = QgsVectorLayer("MultiPolygon?crs=EPSG:5179&field=risk_class:integer", "style", "memory")
    categories = [QgsRendererCategory(cls, fill(colour), f"{ko} / {en} ({rng})")
                  for cls, colour, ko, en, rng in RISK]
    categories.append(QgsRendererCategory(None, fill("#bdbdbd"), "자료 없음 / no data"))
    layer.setRenderer(QgsCategorizedSymbolRenderer("risk_class", categories))
    layer.saveNamedStyle(str(STYLES / "decline_indicators.qml"))


if __name__ == "__main__":
    app = QgsApplication([], False)
    app.initQgis()
    STYLES.mkdir(parents=True, exist_ok=True)
    for name in sys.argv[1:] or ["decline_indicators"]:
        globals()[name]()
    app.exitQgis()
