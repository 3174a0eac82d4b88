"""What every Small but Strong algorithm shares: naming, help, icons, parameter factories and readers.

Algorithms declare parameters with the ``add_*`` factories (one description, tooltip, default
and flag rule for every algorithm: whole numbers without decimals, advanced flags, help in the
dialog's tooltip) and read them back with the readers (:meth:`SbsAlgorithm.source`,
:meth:`~SbsAlgorithm.field`, :meth:`~SbsAlgorithm.number`, :meth:`~SbsAlgorithm.expression`),
which refuse bad values with a :class:`QgsProcessingException` that names the parameter, the
field or the value and says what to do.
"""

from __future__ import annotations

import math
import re
from typing import List, Optional, Sequence

from qgis.core import (
    QgsExpression,
    QgsFeatureRequest,
    QgsFeatureSource,
    QgsProcessingAlgorithm,
    QgsProcessingException,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterEnum,
    QgsProcessingParameterExpression,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsWkbTypes,
)
from qgis.PyQt.QtGui import QIcon

from ..__about__ import RESOURCES, __icon__
from ..compat import (
    FIELD_ANY,
    FIELD_NUMERIC,
    LINE_GEOMETRY,
    NUMBER_DOUBLE,
    NUMBER_INTEGER,
    PARAMETER_ADVANCED,
    POINT_GEOMETRY,
    POLYGON_GEOMETRY,
    SOURCE_POLYGON,
    WKB_NO_GEOMETRY,
    parameter_as_strings,
)
from .help import help_html, help_url
from .translate import TR_CONTEXT, tr  # noqa: F401  (TR_CONTEXT: scripts/i18n.py reads it here)
from .units_io import read_features, unchecked_request  # noqa: F401  (the one reader, re-exported)
from .values import id_list, is_null, to_float  # noqa: F401

ICONS = RESOURCES / "icons"
#: field names that are a layer's row id, never a head count
ROW_ID_NAMES = ("fid", "ogc_fid", "objectid", "gid", "rowid", "ogr_fid")


def _geometry_name(geometry_type) -> str:
    return QgsWkbTypes.geometryDisplayString(geometry_type)


class SbsAlgorithm(QgsProcessingAlgorithm):
    """Base class: subclasses set NAME, DISPLAY_NAME, GROUP, GROUP_ID and ICON (a file of
    resources/icons) and write their help in resources/help/<NAME>.html."""

    NAME = ""
    DISPLAY_NAME = ""
    GROUP = "Analysis"
    GROUP_ID = "analysis"
    ICON = ""
    INPUT = "INPUT"
    ID_FIELD = "ID_FIELD"
    NAME_FIELD = "NAME_FIELD"
    POPULATION_FIELD = "POPULATION_FIELD"

    def name(self) -> str:
        return self.NAME

    def displayName(self) -> str:  # noqa: N802
        return tr(self.DISPLAY_NAME)

    def group(self) -> str:
        return tr(self.GROUP)

    def groupId(self) -> str:  # noqa: N802
        return self.GROUP_ID

    def shortHelpString(self) -> str:  # noqa: N802
        return help_html(self.NAME)

    def helpUrl(self) -> str:  # noqa: N802
        return help_url(self.NAME)

    def icon(self) -> QIcon:
        path = ICONS / self.ICON if self.ICON else None
        return QIcon(str(path)) if path is not None and path.is_file() else QIcon(__icon__)

    def svgIconPath(self) -> str:  # noqa: N802
        path = ICONS / self.ICON if self.ICON else None
        return str(path) if path is not None and path.is_file() else __icon__

    def createInstance(self):  # noqa: N802
        return type(self)()

    def tr(self, text: str) -> str:
        return tr(text)

    # ------------------------------------------------------------------ parameter factories
    def _add(self, param: QgsProcessingParameterDefinition, tooltip: Optional[str], advanced: bool):
        if tooltip:
            param.setHelp(tooltip)
        if advanced:
            param.setFlags(param.flags() | PARAMETER_ADVANCED)
        self.addParameter(param)
        return param

    def add_source(self, name: str, description: str, types: Sequence = (SOURCE_POLYGON,), optional: bool = False,
                   tooltip: Optional[str] = None, advanced: bool = False):
        return self._add(QgsProcessingParameterFeatureSource(name, description, list(types), optional=optional),
                         tooltip, advanced)

    def add_field(self, name: str, description: str, parent: str = "INPUT", numeric: bool = False,
                  optional: bool = False, default: Optional[str] = None, multiple: bool = False,
                  tooltip: Optional[str] = None, advanced: bool = False):
        return self._add(QgsProcessingParameterField(
            name, description, defaultValue=default, parentLayerParameterName=parent,
            type=FIELD_NUMERIC if numeric else FIELD_ANY, allowMultiple=multiple, optional=optional),
            tooltip, advanced)

    def add_number(self, name: str, description: str, default: float, minimum: Optional[float] = None,
                   maximum: Optional[float] = None, integer: bool = False, decimals: Optional[int] = None,
                   optional: bool = False, tooltip: Optional[str] = None, advanced: bool = False):
        """A number; ``integer`` for counts (an integer spin box), ``decimals`` for the dialog's
        precision of a real value (0 for whole numbers such as a population floor)."""
        kwargs = {}
        if minimum is not None:
            kwargs["minValue"] = minimum
        if maximum is not None:
            kwargs["maxValue"] = maximum
        param = QgsProcessingParameterNumber(name, description, NUMBER_INTEGER if integer else NUMBER_DOUBLE,
                                             default, optional, **kwargs)
        if decimals is not None and not integer:
            param.setMetadata({"widget_wrapper": {"decimals": decimals}})
        return self._add(param, tooltip, advanced)

    def add_expression(self, name: str, description: str, parent: str = "INPUT", default: Optional[str] = None,
                       tooltip: Optional[str] = None, advanced: bool = False):
        return self._add(QgsProcessingParameterExpression(name, description, defaultValue=default,
                                                          parentLayerParameterName=parent, optional=True),
                         tooltip, advanced)

    def add_enum(self, name: str, description: str, options: List[str], default: int = 0,
                 tooltip: Optional[str] = None, advanced: bool = False):
        return self._add(QgsProcessingParameterEnum(name, description, options, defaultValue=default), tooltip,
                         advanced)

    def add_sink(self, name: str, description: str, types=SOURCE_POLYGON, optional: bool = False):
        param = QgsProcessingParameterFeatureSink(name, description, types, optional=optional,
                                                  createByDefault=True)
        self.addParameter(param)
        return param

    def add_unit_inputs(self, name_field: bool = True, population: Optional[str] = None) -> None:
        """INPUT, ID_FIELD, NAME_FIELD and POPULATION_FIELD, as every analysis algorithm has them."""
        self.add_source(self.INPUT, tr("Units (polygon layer)"),
                        tooltip=tr("One polygon per city, county or district, in any CRS."))
        self.add_field(self.ID_FIELD, tr("Unit id field"),
                       tooltip=tr("A unique id per unit (code, id, FIPS…); it names the units in messages."))
        if name_field:
            self.add_field(self.NAME_FIELD, tr("Unit name field"), optional=True,
                           tooltip=tr("Names for tables, labels and messages (default: the id)."))
        if population is not None:
            self.add_field(self.POPULATION_FIELD, population, numeric=True,
                           tooltip=tr("Residents of each unit: a numeric field, never the row id."))

    # ------------------------------------------------------------------ readers
    def source(self, parameters, name: str, context, geometry=POLYGON_GEOMETRY, optional: bool = False):
        """The feature source of ``name``, of the expected geometry type (None when optional and absent)."""
        source = self.parameterAsSource(parameters, name, context)
        given = parameters.get(name) not in (None, "")
        if source is None:
            if optional and not given:
                return None
            if given:
                raise QgsProcessingException(self.invalidSourceError(parameters, name))
            raise QgsProcessingException(tr("Parameter {0}: the layer could not be read.").format(name))
        if geometry is not None and QgsWkbTypes.geometryType(source.wkbType()) != geometry:
            actual = _geometry_name(QgsWkbTypes.geometryType(source.wkbType()))
            if source.wkbType() == WKB_NO_GEOMETRY:
                raise QgsProcessingException(tr(
                    "Parameter {0}: a {1} layer is needed, but the layer is a table without geometry.").format(
                    name, tr("polygon") if geometry == POLYGON_GEOMETRY else
                    tr("point") if geometry == POINT_GEOMETRY else tr("line")))
            if geometry == POLYGON_GEOMETRY:
                raise QgsProcessingException(tr(
                    "Parameter {0}: a polygon layer is needed (one feature per city/county), but the layer has {1} "
                    "geometry.").format(name, actual))
            if geometry == POINT_GEOMETRY:
                raise QgsProcessingException(tr(
                    "Parameter {0}: a point layer is needed, but the layer has {1} geometry. Use its centroids "
                    "(native:centroids) or points on surface (native:pointonsurface).").format(name, actual))
            if geometry == LINE_GEOMETRY:
                raise QgsProcessingException(tr(
                    "Parameter {0}: a line layer (roads) is needed, but the layer has {1} geometry.").format(name, actual))
        return source

    def field(self, parameters, name: str, context, source: QgsFeatureSource, numeric: bool = False,
              required: bool = True, head_count: bool = False, default: Optional[str] = None) -> Optional[str]:
        """The field chosen for ``name``, checked: it exists, it is numeric when it must be, and a
        head count (``head_count``) is not the layer's row id. None when optional and not given."""
        chosen = self.parameterAsString(parameters, name, context) or default
        if not chosen:
            if required:
                raise QgsProcessingException(tr("Parameter {0}: choose a field of the input layer.").format(name))
            return None
        fields = source.fields()
        idx = fields.lookupField(chosen)
        if idx < 0:
            raise QgsProcessingException(
                tr("Parameter {0}: the field \"{1}\" does not exist in the input layer. "
                   "Available fields: {2}.").format(name, chosen, ", ".join(fields.names())))
        if numeric and not fields.at(idx).isNumeric():
            raise QgsProcessingException(
                tr("Parameter {0}: the field \"{1}\" is of type {2}, not numeric. Choose a numeric "
                   "field or convert it with the Field calculator (to_real(\"{1}\")).").format(
                    name, chosen, fields.at(idx).typeName()))
        if head_count and fields.at(idx).name().lower() in ROW_ID_NAMES:
            raise QgsProcessingException(tr(
                "Parameter {0}: \"{1}\" is the layer's row id, not a count of people. Choose the population "
                "field.").format(name, fields.at(idx).name()))
        return fields.at(idx).name()

    def fields(self, parameters, name: str, context, source: QgsFeatureSource, numeric: bool = False) -> List[str]:
        """The fields of a multiple field parameter, each checked like :meth:`field`."""
        out = []
        for chosen in parameter_as_strings(self, parameters, name, context):
            out.append(self.field({name: chosen}, name, context, source, numeric=numeric))
        return out

    def number(self, parameters, name: str, context, minimum: Optional[float] = None) -> float:
        """A finite number (NaN and infinity are refused, naming the parameter)."""
        raw = parameters.get(name)
        value = self.parameterAsDouble(parameters, name, context)
        if isinstance(raw, float) and not math.isfinite(raw):
            value = raw
        if isinstance(raw, str) and raw.strip():
            try:  # QGIS reads text that is not a number ('abc') as 0 and '1e400' as infinity
                value = float(raw.strip())
            except ValueError:
                value = float("nan")
        if not math.isfinite(value):
            raise QgsProcessingException(tr("Parameter {0}: {1} is not a number; give a finite value.").format(
                name, raw))
        if minimum is not None and value < minimum:
            raise QgsProcessingException(tr("Parameter {0}: {1:g} is below the minimum {2:g}.").format(
                name, value, minimum))
        return value

    def integer(self, parameters, name: str, context, minimum: Optional[int] = None) -> int:
        value = self.number(parameters, name, context, minimum)
        return int(round(value))

    def expression(self, parameters, name: str, context, source: QgsFeatureSource) -> Optional[QgsExpression]:
        """The parsed expression of ``name`` (None when empty); a parse error or a missing field is
        refused, naming both. (``parameterAsExpression`` gives "" for one that does not parse.)"""
        text = self.parameterAsString(parameters, name, context)
        if not text or not text.strip():
            return None
        expression = QgsExpression(text)
        if expression.hasParserError():
            raise QgsProcessingException(tr("Parameter {0}: the expression {1} cannot be parsed: {2}").format(
                name, text, expression.parserErrorString()))
        names = set(source.fields().names())
        missing = sorted(c for c in expression.referencedColumns()
                         if c not in names and c != QgsFeatureRequest.ALL_ATTRIBUTES)
        if missing:
            raise QgsProcessingException(
                tr("Parameter {0}: the expression {1} uses field(s) {2} that the layer does not have. "
                   "Available fields: {3}.").format(name, text, ", ".join(missing), ", ".join(source.fields().names())))
        return expression


def list_of_numbers(text: str, parameter: str, count: int, default: float) -> List[float]:
    """Parse "1, 2.5, 1" into finite floats, one per field, or explain what is wrong."""
    if not text or not str(text).strip():
        return [default] * count
    parts = [p.strip() for p in re.split(r"[,;]", str(text)) if p.strip()]
    try:
        values = [float(p) for p in parts]
    except ValueError as err:
        raise QgsProcessingException(
            tr("Parameter {0}: \"{1}\" is not a comma-separated list of numbers.").format(parameter, text)) from err
    if not all(math.isfinite(v) for v in values):
        raise QgsProcessingException(
            tr("Parameter {0}: \"{1}\" holds a value that is not a finite number.").format(parameter, text))
    if len(values) != count:
        raise QgsProcessingException(
            tr("Parameter {0}: {1} values given for {2} fields; give one per field.").format(parameter, len(values), count))
    return values


def warn_if_empty(feedback, count: int, parameter: str) -> None:
    """Say so when a run has no unit to work on (an empty layer, or an empty selection)."""
    if count == 0:
        feedback.pushWarning(tr("Parameter {0}: there is no unit to work on (the layer is empty, or \"selected "
                                "features only\" is on and nothing is selected): the output is empty.").format(
            parameter))
