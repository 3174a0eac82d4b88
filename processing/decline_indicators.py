"""smallbutstrong:declineindicators: population decline, ageing, extinction risk, births."""

from __future__ import annotations

import pandas as pd
from qgis.core import (
    QgsFeature,
    QgsProcessingException,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsProcessingUtils,
)
from ..compat import (
    FAST_INSERT,
    FIELD_DOUBLE,
    FIELD_INT,
    FIELD_NUMERIC,
    FIELD_STRING,
    NUMBER_DOUBLE,
    NUMBER_INTEGER,
    SOURCE_POLYGON,
    parameter_as_strings,
)

from ..core.indicators import IndicatorSpec, compute_indicators
from .base import (
    SbsAlgorithm,
    discard_output,
    distance_area,
    field_index,
    id_list,
    is_invalid,
    list_of_numbers,
    make_fields,
    require_polygons,
    style_output,
    to_float,
    tr,
    unchecked_features,
    warn_ids,
    warn_if_empty,
    warn_invalid,
)

#: output fields in order, with their types; only those the inputs allow are written
OUTPUT_FIELDS = (
    ("pop_change", FIELD_DOUBLE),
    ("pop_cagr", FIELD_DOUBLE),
    ("aging_ratio", FIELD_DOUBLE),
    ("risk_index", FIELD_DOUBLE),
    ("risk_class", FIELD_INT),
    ("risk_label", FIELD_STRING),
    ("births", FIELD_DOUBLE),
    ("birth_rate", FIELD_DOUBLE),
    ("low_births", FIELD_INT),
    ("density", FIELD_DOUBLE),
    ("small_unit", FIELD_INT),
    ("decline_score", FIELD_DOUBLE),
    ("decline_class", FIELD_INT),
)


class DeclineIndicatorsAlgorithm(SbsAlgorithm):
    INPUT = "INPUT"
    ID_FIELD = "ID_FIELD"
    NAME_FIELD = "NAME_FIELD"
    POPULATION_FIELD = "POPULATION_FIELD"
    POPULATION_BASE_FIELD = "POPULATION_BASE_FIELD"
    YEAR = "YEAR"
    BASE_YEAR = "BASE_YEAR"
    ELDERLY_FIELD = "ELDERLY_FIELD"
    YOUNG_WOMEN_FIELD = "YOUNG_WOMEN_FIELD"
    BIRTHS_FIELD = "BIRTHS_FIELD"
    AREA_FIELD = "AREA_FIELD"
    SMALL_POPULATION = "SMALL_POPULATION"
    LOW_BIRTHS = "LOW_BIRTHS"
    COMPOSITE_FIELDS = "COMPOSITE_FIELDS"
    COMPOSITE_WEIGHTS = "COMPOSITE_WEIGHTS"
    COMPOSITE_INVERT = "COMPOSITE_INVERT"
    OUTPUT = "OUTPUT"

    NAME = "declineindicators"
    DISPLAY_NAME = "Decline indicators"
    GROUP = "Decline"
    GROUP_ID = "decline"
    HELP = (
        "<p>Computes population-decline indicators for every unit (city, county, district) of a "
        "polygon layer and keeps every input feature and field.</p>"
        "<h3>Indicators</h3><ul>"
        "<li><b>pop_change</b>: (P<sub>year</sub> − P<sub>base year</sub>) / P<sub>base year</sub>, a fraction; "
        "<b>pop_cagr</b>: the compound annual rate (P<sub>year</sub>/P<sub>base</sub>)<sup>1/(year−base year)</sup> − 1.</li>"
        "<li><b>aging_ratio</b>: residents 65+ / all residents (aged ≥ 0.14, super-aged ≥ 0.20, UN convention).</li>"
        "<li><b>risk_index</b>: the local extinction risk index (지방소멸위험지수; Lee Sang-ho, Korea Employment "
        "Information Service, 2016, after Masuda 2014) = women aged 20–39 / residents 65+. "
        "<b>risk_class</b> 1–5 and <b>risk_label</b>: ≥ 1.5 very low risk (1); 1.0–1.5 normal (2); 0.5–1.0 "
        "caution (3); 0.2–0.5 entering extinction risk (4); &lt; 0.2 high extinction risk (5).</li>"
        "<li><b>births</b>, <b>birth_rate</b> (per 1,000 residents) and <b>low_births</b> (1 when births are "
        "below <i>Low births</i>, default 300 a year: the line below which an ob-gyn clinic is not viable in "
        "Korean policy work; not an official standard).</li>"
        "<li><b>density</b>: residents per km², from the area field or else the ellipsoidal area of the polygon.</li>"
        "<li><b>small_unit</b>: 1 when the population is below <i>Small population</i> (default 100,000).</li>"
        "<li><b>decline_score</b>: a composite of the chosen numeric fields, each standardised (z-score), "
        "weighted (<i>Composite weights</i>, comma-separated, default 1 each) and signed so that a higher score "
        "means more decline (<i>Composite: higher is worse</i>, comma-separated 0/1 per field; 0 = a higher value "
        "is better, e.g. population change; 1 = a higher value is worse, e.g. an ageing ratio). Without composite "
        "fields the score combines pop_change, aging_ratio (higher is worse), risk_index and birth_rate. This "
        "composite is not an official index: Korea's 89 population-decline areas (2021) used eight indicators "
        "whose weights are not published. <b>decline_class</b>: quintile 1–5 of the score (5 = most declining).</li>"
        "</ul><p>Optional inputs that are not given produce no indicator. A zero or missing denominator gives "
        "NULL and one warning naming the units; no feature is ever dropped.</p>"
    )

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.INPUT, tr("Units (polygon layer)"), [SOURCE_POLYGON]))
        self.addParameter(QgsProcessingParameterField(
            self.ID_FIELD, tr("Unit id field"), parentLayerParameterName=self.INPUT))
        self.addParameter(QgsProcessingParameterField(
            self.NAME_FIELD, tr("Unit name field"), parentLayerParameterName=self.INPUT, optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.POPULATION_FIELD, tr("Population (current)"), parentLayerParameterName=self.INPUT,
            type=FIELD_NUMERIC))
        self.addParameter(QgsProcessingParameterField(
            self.POPULATION_BASE_FIELD, tr("Population (base year)"), parentLayerParameterName=self.INPUT,
            type=FIELD_NUMERIC, optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            self.YEAR, tr("Year of the current population"), NUMBER_INTEGER, 2025))
        self.addParameter(QgsProcessingParameterNumber(
            self.BASE_YEAR, tr("Base year"), NUMBER_INTEGER, 2015))
        self.addParameter(QgsProcessingParameterField(
            self.ELDERLY_FIELD, tr("Residents aged 65+"), parentLayerParameterName=self.INPUT,
            type=FIELD_NUMERIC, optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.YOUNG_WOMEN_FIELD, tr("Women aged 20–39"), parentLayerParameterName=self.INPUT,
            type=FIELD_NUMERIC, optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.BIRTHS_FIELD, tr("Annual births"), parentLayerParameterName=self.INPUT,
            type=FIELD_NUMERIC, optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.AREA_FIELD, tr("Area in km² (default: ellipsoidal polygon area)"),
            parentLayerParameterName=self.INPUT, type=FIELD_NUMERIC, optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            self.SMALL_POPULATION, tr("Small population (below it a unit is small)"),
            NUMBER_DOUBLE, 100000, minValue=0))
        self.addParameter(QgsProcessingParameterNumber(
            self.LOW_BIRTHS, tr("Low births (annual births below it)"),
            NUMBER_DOUBLE, 300, minValue=0))
        self.addParameter(QgsProcessingParameterField(
            self.COMPOSITE_FIELDS, tr("Composite decline score: fields"), parentLayerParameterName=self.INPUT,
            type=FIELD_NUMERIC, allowMultiple=True, optional=True))
        self.addParameter(QgsProcessingParameterString(
            self.COMPOSITE_WEIGHTS, tr("Composite weights (comma-separated, one per field)"), optional=True))
        self.addParameter(QgsProcessingParameterString(
            self.COMPOSITE_INVERT, tr("Composite: higher is worse (comma-separated 0/1, one per field)"),
            optional=True))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, tr("Decline indicators"), SOURCE_POLYGON))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        source = self.parameterAsSource(parameters, self.INPUT, context)
        require_polygons(source, self.INPUT)
        id_idx = field_index(source, self.parameterAsString(parameters, self.ID_FIELD, context), self.ID_FIELD)
        name_idx = field_index(source, self.parameterAsString(parameters, self.NAME_FIELD, context),
                               self.NAME_FIELD, required=False)
        columns = {"pop": field_index(source, self.parameterAsString(parameters, self.POPULATION_FIELD, context),
                                      self.POPULATION_FIELD, numeric=True)}
        optional = {
            "pop_base": self.POPULATION_BASE_FIELD, "elderly": self.ELDERLY_FIELD,
            "young_women": self.YOUNG_WOMEN_FIELD, "births": self.BIRTHS_FIELD, "area": self.AREA_FIELD,
        }
        for column, param in optional.items():
            idx = field_index(source, self.parameterAsString(parameters, param, context), param,
                              numeric=True, required=False)
            if idx >= 0:
                columns[column] = idx
        composite = parameter_as_strings(self, parameters, self.COMPOSITE_FIELDS, context)
        composite_idx = [field_index(source, name, self.COMPOSITE_FIELDS, numeric=True) for name in composite]
        weights = list_of_numbers(self.parameterAsString(parameters, self.COMPOSITE_WEIGHTS, context),
                                  self.COMPOSITE_WEIGHTS, len(composite), 1.0)
        worse = list_of_numbers(self.parameterAsString(parameters, self.COMPOSITE_INVERT, context),
                                self.COMPOSITE_INVERT, len(composite), 0.0)
        year = self.parameterAsInt(parameters, self.YEAR, context)
        base_year = self.parameterAsInt(parameters, self.BASE_YEAR, context)
        if "pop_base" in columns and year == base_year:
            raise QgsProcessingException(tr(
                "Parameters YEAR and BASE_YEAR are both {0}: the annual rate needs two different years.").format(year))

        spec = IndicatorSpec(
            year=year, base_year=base_year,
            small_population=self.parameterAsDouble(parameters, self.SMALL_POPULATION, context),
            low_births=self.parameterAsDouble(parameters, self.LOW_BIRTHS, context),
            composite_columns=[f"c{i}" for i in range(len(composite))],
            composite_weights=weights, composite_higher_is_worse=[w != 0 for w in worse],
            has_base="pop_base" in columns, has_elderly="elderly" in columns,
            has_young_women="young_women" in columns, has_births="births" in columns,
        )

        # Pass 1: read attributes (and areas) into a table.
        da = distance_area(source, context)
        total = source.featureCount() or 1
        rows, features, invalid = [], [], []
        negative = {}  # column -> ids of units with a negative count or area
        for n, feature in enumerate(unchecked_features(source)):
            if feedback.isCanceled():
                return {}
            attrs = feature.attributes()
            row = {"id": attrs[id_idx]}
            for column, idx in columns.items():
                value = to_float(attrs[idx])
                if value is not None and value < 0:  # a negative head count or area is a data error
                    negative.setdefault(column, []).append(attrs[id_idx])
                    value = None
                row[column] = value
            for i, idx in enumerate(composite_idx):
                row[f"c{i}"] = to_float(attrs[idx])
            if "area" in columns:
                row["area_km2"] = row.pop("area")
            else:
                geom = feature.geometry()
                if is_invalid(geom):  # a bow-tie's rings cancel out: measure the repaired polygon
                    invalid.append(attrs[id_idx])
                    geom = geom.makeValid()
                row["area_km2"] = da.measureArea(geom) / 1e6 if not geom.isEmpty() else None
            rows.append(row)
            features.append(feature)
            feedback.setProgress(50.0 * n / total)
        warn_if_empty(feedback, len(features), self.INPUT)
        warn_ids(feedback, self.ID_FIELD, [(f.id(), row["id"]) for f, row in zip(features, rows)])
        warn_invalid(feedback, invalid, tr("their area (density) is measured on the repaired polygon"))
        params = dict(optional, pop=self.POPULATION_FIELD)
        for column, ids in negative.items():
            feedback.pushWarning(tr("Parameter {0}: {1} unit(s) have a negative value, taken as NULL: {2}").format(
                params[column], len(ids), id_list(ids)))
        data = pd.DataFrame(rows, columns=["id", "area_km2", *columns.keys(),
                                           *[f"c{i}" for i in range(len(composite))]])
        result = compute_indicators(data, spec)
        for indicator, ids in result.null_units.items():
            names = ", ".join(str(i) for i in ids[:20]) + (" …" if len(ids) > 20 else "")
            feedback.pushWarning(tr("{0} is NULL for {1} unit(s) with a zero or missing denominator: {2}").format(
                indicator, len(ids), names))

        # Pass 2: write every input feature with the indicators that could be computed.
        wanted = [(name, vtype) for name, vtype in OUTPUT_FIELDS if name in result.table.columns]
        out_fields = QgsProcessingUtils.combineFields(source.fields(), make_fields(wanted))
        sink, dest_id = self.parameterAsSink(parameters, self.OUTPUT, context, out_fields,
                                             source.wkbType(), source.sourceCrs())
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        # Convert the table to plain Python values once (cell access in pandas is slow).
        casts = {FIELD_INT: int, FIELD_DOUBLE: float}
        columns = []
        for name, vtype in wanted:
            cast = casts.get(vtype, str)
            columns.append([None if v is None or (isinstance(v, float) and v != v) else cast(v)
                            for v in result.table[name].tolist()])
        rows_out = list(zip(*columns)) if columns else [()] * len(features)
        for n, feature in enumerate(features):
            if feedback.isCanceled():
                del sink
                discard_output(dest_id)  # no half-written file
                return {}
            values = list(rows_out[n])
            out = QgsFeature(out_fields)
            out.setGeometry(feature.geometry())
            out.setAttributes(feature.attributes() + values)
            if not sink.addFeature(out, FAST_INSERT):
                raise QgsProcessingException(self.writeFeatureError(sink, parameters, self.OUTPUT))
            feedback.setProgress(50.0 + 50.0 * n / total)
        feedback.pushInfo(tr("Indicators computed for {0} units.").format(len(features)))
        style_output(context, dest_id, "decline_indicators", tr("Decline indicators"))
        return {self.OUTPUT: dest_id}
