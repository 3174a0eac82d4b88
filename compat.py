"""The one place where QGIS 3.22, 3.40, 3.44 and QGIS 4 (Qt 6) differ for this plugin.

Every enum member is reached here through its enum class (the only form Qt 6 accepts). Where
QGIS moved an enum into ``Qgis`` (3.30-3.36: ``Qgis.ProcessingSourceType.VectorPolygon`` for
3.22's ``QgsProcessing.SourceType.TypeVectorPolygon``), the newer spelling is tried first and the
3.22 one second, once, at import. Calls that QGIS deprecated with a replacement that 3.22 does not
have (``QgsField`` with a ``QVariant`` type, ``QgsRectangle.setMinimal()``,
``parameterAsFields()``, ``saveStyleToDatabase()``) are wrapped in functions that pick the call
the running QGIS wants. Nothing else in the plugin tests the QGIS version.
"""

from __future__ import annotations

from typing import Any, List

from qgis.analysis import QgsVectorLayerDirector
from qgis.core import (
    Qgis,
    QgsFeatureRequest,
    QgsFeatureSink,
    QgsField,
    QgsLayoutItemPicture,
    QgsLayoutMultiFrame,
    QgsLayoutTable,
    QgsMapLayerProxyModel,
    QgsPalLayerSettings,
    QgsProcessing,
    QgsProcessingAlgorithm,
    QgsProcessingFeatureSource,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
    QgsProcessingParameterNumber,
    QgsRectangle,
    QgsScaleBarSettings,
    QgsSymbolLayer,
    QgsUnitTypes,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QVariant
from qgis.PyQt.QtGui import QFont

QGIS_VERSION_INT: int = Qgis.QGIS_VERSION_INT

_NAMESPACE = {
    "Qgis": Qgis, "QgsFeatureRequest": QgsFeatureRequest, "QgsFeatureSink": QgsFeatureSink,
    "QgsLayoutItemPicture": QgsLayoutItemPicture, "QgsMapLayerProxyModel": QgsMapLayerProxyModel,
    "QgsLayoutMultiFrame": QgsLayoutMultiFrame, "QgsLayoutTable": QgsLayoutTable,
    "QgsPalLayerSettings": QgsPalLayerSettings, "QgsProcessing": QgsProcessing,
    "QgsProcessingAlgorithm": QgsProcessingAlgorithm, "QgsProcessingFeatureSource": QgsProcessingFeatureSource,
    "QgsProcessingParameterDefinition": QgsProcessingParameterDefinition,
    "QgsProcessingParameterField": QgsProcessingParameterField,
    "QgsProcessingParameterFile": QgsProcessingParameterFile,
    "QgsProcessingParameterNumber": QgsProcessingParameterNumber, "QgsScaleBarSettings": QgsScaleBarSettings,
    "QgsSymbolLayer": QgsSymbolLayer, "QgsUnitTypes": QgsUnitTypes, "QgsWkbTypes": QgsWkbTypes,
    "QgsVectorLayerDirector": QgsVectorLayerDirector, "QVariant": QVariant,
}

#: name -> the dotted spelling that the running QGIS resolved (tests check each is scoped)
RESOLVED: dict = {}


def _resolve(path: str) -> Any:
    head, *rest = path.split(".")
    obj = _NAMESPACE[head]
    for part in rest:
        obj = getattr(obj, part)
    return obj


def _enum(name: str, *spellings: str) -> Any:
    """The first of ``spellings`` (``Owner.Enum.Member``) that exists in this QGIS."""
    for spelling in spellings:
        try:
            value = _resolve(spelling)
        except AttributeError:
            continue
        RESOLVED[name] = spelling
        return value
    raise ImportError(f"none of {spellings} exists in QGIS {Qgis.QGIS_VERSION}")


# ---- Processing
SOURCE_POLYGON = _enum("SOURCE_POLYGON", "Qgis.ProcessingSourceType.VectorPolygon",
                       "QgsProcessing.SourceType.TypeVectorPolygon")
SOURCE_POINT = _enum("SOURCE_POINT", "Qgis.ProcessingSourceType.VectorPoint",
                     "QgsProcessing.SourceType.TypeVectorPoint")
SOURCE_LINE = _enum("SOURCE_LINE", "Qgis.ProcessingSourceType.VectorLine",
                    "QgsProcessing.SourceType.TypeVectorLine")
SOURCE_VECTOR = _enum("SOURCE_VECTOR", "Qgis.ProcessingSourceType.Vector", "QgsProcessing.SourceType.TypeVector")
FIELD_NUMERIC = _enum("FIELD_NUMERIC", "Qgis.ProcessingFieldParameterDataType.Numeric",
                      "QgsProcessingParameterField.DataType.Numeric")
FIELD_ANY = _enum("FIELD_ANY", "Qgis.ProcessingFieldParameterDataType.Any",
                  "QgsProcessingParameterField.DataType.Any")
NUMBER_DOUBLE = _enum("NUMBER_DOUBLE", "Qgis.ProcessingNumberParameterType.Double",
                      "QgsProcessingParameterNumber.Type.Double")
NUMBER_INTEGER = _enum("NUMBER_INTEGER", "Qgis.ProcessingNumberParameterType.Integer",
                       "QgsProcessingParameterNumber.Type.Integer")
MULTIFRAME_REPEAT = _enum("MULTIFRAME_REPEAT", "QgsLayoutMultiFrame.ResizeMode.RepeatUntilFinished")
TABLE_HEADERS_ALL_FRAMES = _enum("TABLE_HEADERS_ALL_FRAMES", "Qgis.LayoutTableHeaderMode.AllFrames",
                                 "QgsLayoutTable.HeaderMode.AllFrames")
FILE_BEHAVIOR_FILE = _enum("FILE_BEHAVIOR_FILE", "Qgis.ProcessingFileParameterBehavior.File",
                           "QgsProcessingParameterFile.Behavior.File")
PARAMETER_ADVANCED = _enum("PARAMETER_ADVANCED", "Qgis.ProcessingParameterFlag.Advanced",
                           "QgsProcessingParameterDefinition.Flag.FlagAdvanced")
PARAMETER_OPTIONAL = _enum("PARAMETER_OPTIONAL", "Qgis.ProcessingParameterFlag.Optional",
                           "QgsProcessingParameterDefinition.Flag.FlagOptional")
ALGORITHM_NO_THREADING = _enum("ALGORITHM_NO_THREADING", "Qgis.ProcessingAlgorithmFlag.NoThreading",
                               "QgsProcessingAlgorithm.Flag.FlagNoThreading")
SOURCE_SKIP_GEOMETRY_CHECKS = _enum(
    "SOURCE_SKIP_GEOMETRY_CHECKS", "Qgis.ProcessingFeatureSourceFlag.SkipGeometryValidityChecks",
    "QgsProcessingFeatureSource.Flag.FlagSkipGeometryValidityChecks")
FAST_INSERT = _enum("FAST_INSERT", "QgsFeatureSink.Flag.FastInsert")

# ---- features and geometry
GEOMETRY_NO_CHECK = _enum("GEOMETRY_NO_CHECK", "Qgis.InvalidGeometryCheck.NoCheck",
                          "QgsFeatureRequest.InvalidGeometryCheck.GeometryNoCheck")
GEOMETRY_SKIP_INVALID = _enum("GEOMETRY_SKIP_INVALID", "Qgis.InvalidGeometryCheck.SkipInvalid",
                              "QgsFeatureRequest.InvalidGeometryCheck.GeometrySkipInvalid")
GEOMETRY_ABORT_ON_INVALID = _enum("GEOMETRY_ABORT_ON_INVALID", "Qgis.InvalidGeometryCheck.AbortOnInvalid",
                                  "QgsFeatureRequest.InvalidGeometryCheck.GeometryAbortOnInvalid")
POLYGON_GEOMETRY = _enum("POLYGON_GEOMETRY", "Qgis.GeometryType.Polygon",
                         "QgsWkbTypes.GeometryType.PolygonGeometry")
POINT_GEOMETRY = _enum("POINT_GEOMETRY", "Qgis.GeometryType.Point", "QgsWkbTypes.GeometryType.PointGeometry")
LINE_GEOMETRY = _enum("LINE_GEOMETRY", "Qgis.GeometryType.Line", "QgsWkbTypes.GeometryType.LineGeometry")
WKB_MULTIPOLYGON = _enum("WKB_MULTIPOLYGON", "Qgis.WkbType.MultiPolygon", "QgsWkbTypes.Type.MultiPolygon")
WKB_POINT = _enum("WKB_POINT", "Qgis.WkbType.Point", "QgsWkbTypes.Type.Point")
WKB_NO_GEOMETRY = _enum("WKB_NO_GEOMETRY", "Qgis.WkbType.NoGeometry", "QgsWkbTypes.Type.NoGeometry")
WKB_LINESTRING = _enum("WKB_LINESTRING", "Qgis.WkbType.LineString", "QgsWkbTypes.Type.LineString")
WKB_GEOMETRYCOLLECTION = _enum("WKB_GEOMETRYCOLLECTION", "Qgis.WkbType.GeometryCollection",
                               "QgsWkbTypes.Type.GeometryCollection")
DIRECTION_BOTH = _enum("DIRECTION_BOTH", "QgsVectorLayerDirector.Direction.DirectionBoth")

# ---- units
DISTANCE_METERS = _enum("DISTANCE_METERS", "Qgis.DistanceUnit.Meters", "QgsUnitTypes.DistanceUnit.DistanceMeters")
DISTANCE_KILOMETERS = _enum("DISTANCE_KILOMETERS", "Qgis.DistanceUnit.Kilometers",
                            "QgsUnitTypes.DistanceUnit.DistanceKilometers")
DISTANCE_MILES = _enum("DISTANCE_MILES", "Qgis.DistanceUnit.Miles", "QgsUnitTypes.DistanceUnit.DistanceMiles")
LAYOUT_MM = _enum("LAYOUT_MM", "Qgis.LayoutUnit.Millimeters", "QgsUnitTypes.LayoutUnit.LayoutMillimeters")
RENDER_MM = _enum("RENDER_MM", "Qgis.RenderUnit.Millimeters", "QgsUnitTypes.RenderUnit.RenderMillimeters")
RENDER_POINTS = _enum("RENDER_POINTS", "Qgis.RenderUnit.Points", "QgsUnitTypes.RenderUnit.RenderPoints")

# ---- labels, symbols and layouts
LABEL_OVER_POINT = _enum("LABEL_OVER_POINT", "Qgis.LabelPlacement.OverPoint",
                         "QgsPalLayerSettings.Placement.OverPoint")
LABEL_AROUND_POINT = _enum("LABEL_AROUND_POINT", "Qgis.LabelPlacement.AroundPoint",
                           "QgsPalLayerSettings.Placement.AroundPoint")
LABEL_MULTILINE_CENTER = _enum("LABEL_MULTILINE_CENTER", "Qgis.LabelMultiLineAlignment.Center",
                               "QgsPalLayerSettings.MultiLineAlign.MultiCenter")
LABEL_PROPERTY_SHOW = _enum("LABEL_PROPERTY_SHOW", "QgsPalLayerSettings.Property.Show")
LABEL_PROPERTY_PRIORITY = _enum("LABEL_PROPERTY_PRIORITY", "QgsPalLayerSettings.Property.Priority")
TEXT_ALWAYS_TEXT = _enum("TEXT_ALWAYS_TEXT", "Qgis.TextRenderFormat.AlwaysText",
                         "Qgis.TextRenderFormat.TextFormatAlwaysText")
SYMBOL_FILL = _enum("SYMBOL_FILL", "Qgis.SymbolType.Fill")
PROPERTY_FILL_COLOR = _enum("PROPERTY_FILL_COLOR", "QgsSymbolLayer.Property.FillColor",
                            "QgsSymbolLayer.Property.PropertyFillColor")
PROPERTY_STROKE_COLOR = _enum("PROPERTY_STROKE_COLOR", "QgsSymbolLayer.Property.StrokeColor",
                              "QgsSymbolLayer.Property.PropertyStrokeColor")
PROPERTY_STROKE_WIDTH = _enum("PROPERTY_STROKE_WIDTH", "QgsSymbolLayer.Property.StrokeWidth",
                              "QgsSymbolLayer.Property.PropertyStrokeWidth")
PICTURE_SVG = _enum("PICTURE_SVG", "Qgis.PictureFormat.SVG", "QgsLayoutItemPicture.Format.FormatSVG")
SCALEBAR_SEGMENT_FIXED = _enum("SCALEBAR_SEGMENT_FIXED", "Qgis.ScaleBarSegmentSizeMode.Fixed",
                               "QgsScaleBarSettings.SegmentSizeMode.SegmentSizeFixed")
LAYER_FILTER_POLYGON = _enum("LAYER_FILTER_POLYGON", "Qgis.LayerFilter.PolygonLayer",
                             "QgsMapLayerProxyModel.Filter.PolygonLayer")
LAYER_FILTER_POINT = _enum("LAYER_FILTER_POINT", "Qgis.LayerFilter.PointLayer",
                           "QgsMapLayerProxyModel.Filter.PointLayer")
LAYER_FILTER_LINE = _enum("LAYER_FILTER_LINE", "Qgis.LayerFilter.LineLayer",
                          "QgsMapLayerProxyModel.Filter.LineLayer")
MESSAGE_WARNING = _enum("MESSAGE_WARNING", "Qgis.MessageLevel.Warning")
MESSAGE_INFO = _enum("MESSAGE_INFO", "Qgis.MessageLevel.Info")
MESSAGE_CRITICAL = _enum("MESSAGE_CRITICAL", "Qgis.MessageLevel.Critical")
MESSAGE_SUCCESS = _enum("MESSAGE_SUCCESS", "Qgis.MessageLevel.Success")

# ---- field types: QMetaType from QGIS 3.38 on (and the only choice on Qt 6), QVariant before
if QGIS_VERSION_INT >= 33800:
    from qgis.PyQt.QtCore import QMetaType

    FIELD_DOUBLE = QMetaType.Type.Double
    FIELD_INT = QMetaType.Type.Int
    FIELD_INT64 = QMetaType.Type.LongLong
    FIELD_STRING = QMetaType.Type.QString
else:
    FIELD_DOUBLE = _enum("FIELD_DOUBLE", "QVariant.Type.Double")
    FIELD_INT = _enum("FIELD_INT", "QVariant.Type.Int")
    FIELD_INT64 = _enum("FIELD_INT64", "QVariant.Type.LongLong")
    FIELD_STRING = _enum("FIELD_STRING", "QVariant.Type.String")


def new_field(name: str, kind: Any, length: int = 0, precision: int = 0) -> QgsField:
    """A QgsField of type ``kind`` (one of the FIELD_* values above), without the deprecated call."""
    if kind == FIELD_DOUBLE:
        return QgsField(name, kind, "double", length or 20, precision or 6)
    return QgsField(name, kind)


def null_rectangle() -> QgsRectangle:
    """An empty rectangle to grow with combineExtentWith (setNull on 3.34+, setMinimal before)."""
    rect = QgsRectangle()
    if hasattr(rect, "setNull"):
        rect.setNull()
    else:  # QGIS < 3.34
        rect.setMinimal()
    return rect


def parameter_as_strings(algorithm: QgsProcessingAlgorithm, parameters: dict, name: str, context) -> List[str]:
    """The field names of a multiple field parameter (parameterAsStrings from 3.32 on)."""
    reader = getattr(algorithm, "parameterAsStrings", None) or algorithm.parameterAsFields
    return list(reader(parameters, name, context))


def save_style_to_database(layer: QgsVectorLayer, name: str, description: str, default: bool) -> None:
    """Store the layer's style in its GeoPackage (saveStyleToDatabaseV2 from 3.40 on)."""
    if hasattr(layer, "saveStyleToDatabaseV2"):
        layer.saveStyleToDatabaseV2(name, description, default, "")
    else:  # QGIS < 3.40
        layer.saveStyleToDatabase(name, description, default, "")


def label_text_size(label) -> float:
    """The text size of a layout label (textFormat() from 3.24 on, font() before)."""
    if hasattr(label, "textFormat"):
        return float(label.textFormat().size())
    return float(label.font().pointSizeF())


def set_label_text_size(label, size: float) -> None:
    """Set the text size of a layout label (setTextFormat() from 3.24 on, setFont() before)."""
    if hasattr(label, "textFormat"):
        fmt = label.textFormat()
        fmt.setSize(size)
        label.setTextFormat(fmt)
    else:  # QGIS < 3.24
        font = label.font()
        font.setPointSizeF(size)
        label.setFont(font)


def label_font(label) -> QFont:
    """The font of a layout label, its size in points (textFormat() from 3.24 on, font() before)."""
    if hasattr(label, "textFormat"):
        fmt = label.textFormat()
        font = QFont(fmt.font())
        font.setPointSizeF(fmt.size())
        return font
    return QFont(label.font())


def set_label_family(label, family: str) -> None:
    """Set the font family of a layout label, keeping its size and weight."""
    if hasattr(label, "textFormat"):
        fmt = label.textFormat()
        font = fmt.font()
        font.setFamily(family)
        fmt.setFont(font)
        label.setTextFormat(fmt)
    else:  # QGIS < 3.24
        font = label.font()
        font.setFamily(family)
        label.setFont(font)


def set_label_format(label, fmt, font, colour) -> None:
    """Give a new layout label its text format (3.24 on) or its font and colour (before)."""
    if hasattr(label, "setTextFormat"):
        label.setTextFormat(fmt)
    else:  # QGIS < 3.24
        label.setFont(font)
        label.setFontColor(colour)


def legend_font(legend, style) -> QFont:
    """The font (its size in points) of a legend style: the style's text format where QGIS has one
    (styleFont() is deprecated from 3.30 on), else styleFont()."""
    current = legend.style(style)
    if hasattr(current, "textFormat"):
        fmt = current.textFormat()
        font = QFont(fmt.font())
        font.setPointSizeF(fmt.size())
        return font
    return QFont(legend.styleFont(style))


def set_legend_font(legend, style, font) -> None:
    """Set the font of a legend style (through its text format where QGIS has one)."""
    current = legend.style(style)
    if hasattr(current, "textFormat"):
        fmt = current.textFormat()
        fmt.setFont(font)
        fmt.setSize(font.pointSizeF())
        current.setTextFormat(fmt)
        legend.setStyle(style, current)
    else:
        legend.setStyleFont(style, font)


try:  # Qt 6 moved the undo framework into QtGui
    from qgis.PyQt.QtGui import QUndoCommand, QUndoStack  # noqa: F401
except ImportError:  # Qt 5
    from qgis.PyQt.QtWidgets import QUndoCommand, QUndoStack  # noqa: F401
