"""smallbutstrong:declineindicators: population decline, ageing, extinction risk, births."""

from __future__ import annotations

from typing import Dict, List, Optional

import pandas as pd
from qgis.core import QgsProcessingException, QgsProcessingParameterString, QgsProcessingUtils

from ..core import schema
from ..core.fields import year_of
from ..compat import PARAMETER_ADVANCED
from ..core.indicators import IndicatorSpec, compute_indicators
from ..core.profiles import PROFILE_KEYS, PROFILES, profile
from .geometry import warn_converted
from .base import SbsAlgorithm, list_of_numbers, tr, warn_if_empty
from .distance import Geodesy
from .outputs import Outputs, fields_of
from .provenance import ATTRIBUTION, attribution
from .styles import style_output
from .units_io import UnitSpec, read_units
from .values import id_list

#: the optional count/share inputs: role -> parameter
OPTIONAL_INPUTS = {
    "pop_base": "POPULATION_BASE_FIELD", "elderly": "ELDERLY_FIELD", "elderly_share": "ELDERLY_SHARE_FIELD",
    "median_age": "MEDIAN_AGE_FIELD", "young_women": "YOUNG_WOMEN_FIELD", "births": "BIRTHS_FIELD",
    "area": "AREA_FIELD",
}
#: roles that are head counts or areas, where a negative value is a data error
COUNTS = ("pop", "pop_base", "elderly", "young_women", "births", "area")
#: the style of the output, by what could be computed (first match)
STYLE_BY_INDICATOR = ((schema.RISK_CLASS, "decline_risk"), (schema.AGING_CLASS, "decline_aging"),
                      (schema.POP_CHANGE, "decline_change"), (schema.DECLINE_CLASS, "decline_class"),
                      (schema.DENSITY, "decline_density"))


def risk_labels() -> Dict[str, str]:
    """The risk classes' labels (core.indicators.RISK_CLASSES) in the interface language."""
    return {"very low risk": tr("very low risk"), "normal": tr("normal"), "caution": tr("caution"),
            "entering extinction risk": tr("entering extinction risk"),
            "high extinction risk": tr("high extinction risk")}


class DeclineIndicatorsAlgorithm(SbsAlgorithm):
    POPULATION_BASE_FIELD = "POPULATION_BASE_FIELD"
    YEAR = "YEAR"
    BASE_YEAR = "BASE_YEAR"
    ELDERLY_FIELD = "ELDERLY_FIELD"
    ELDERLY_SHARE_FIELD = "ELDERLY_SHARE_FIELD"
    MEDIAN_AGE_FIELD = "MEDIAN_AGE_FIELD"
    YOUNG_WOMEN_FIELD = "YOUNG_WOMEN_FIELD"
    BIRTHS_FIELD = "BIRTHS_FIELD"
    AREA_FIELD = "AREA_FIELD"
    PROFILE = "PROFILE"
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
    ICON = "decline.svg"

    def initAlgorithm(self, config=None):  # noqa: N802
        self.add_unit_inputs(population=tr("Population (current)"))
        self.add_field(self.POPULATION_BASE_FIELD, tr("Population (base year)"), numeric=True, optional=True,
                       tooltip=tr("The same population at an earlier date, for the change and the annual rate."))
        self.add_number(self.YEAR, tr("Year of the current population (empty: from the field name)"), None,
                        integer=True, optional=True, minimum=1000, maximum=3000)
        self.add_number(self.BASE_YEAR, tr("Base year (empty: from the field name)"), None, integer=True,
                        optional=True, minimum=1000, maximum=3000)
        self.add_field(self.ELDERLY_FIELD, tr("Residents aged 65+"), numeric=True, optional=True)
        self.add_field(self.ELDERLY_SHARE_FIELD, tr("Share of residents aged 65+ (when there is no count)"),
                       numeric=True, optional=True, advanced=True,
                       tooltip=tr("A fraction (0.18) or a percentage (18); used only without a 65+ count."))
        self.add_field(self.MEDIAN_AGE_FIELD, tr("Median age"), numeric=True, optional=True, advanced=True)
        self.add_field(self.YOUNG_WOMEN_FIELD, tr("Women aged 20–39"), numeric=True, optional=True)
        self.add_field(self.BIRTHS_FIELD, tr("Annual births"), numeric=True, optional=True)
        self.add_field(self.AREA_FIELD, tr("Area in km² (default: ellipsoidal polygon area)"), numeric=True,
                       optional=True, advanced=True)
        self.add_enum(self.PROFILE, tr("Policy profile (defaults of the thresholds)"),
                      [tr(PROFILES[k].name) for k in PROFILE_KEYS], 0,  # i18n: core/profiles.py
                      tooltip=tr("The thresholds left empty below take this profile's values (see the help)."))
        self.add_number(self.SMALL_POPULATION, tr("Small population: a unit below it is small (empty: the profile's)"),
                        None, minimum=0, decimals=0, optional=True)
        self.add_number(self.LOW_BIRTHS, tr("Low births: annual births below it (empty: the profile's)"), None,
                        minimum=0, decimals=0, optional=True)
        self.add_field(self.COMPOSITE_FIELDS, tr("Composite decline score: fields"), numeric=True, optional=True,
                       multiple=True, advanced=True)
        for name, description in ((self.COMPOSITE_WEIGHTS, tr("Composite weights (comma-separated, one per field)")),
                                  (self.COMPOSITE_INVERT, tr("Composite: higher is worse (comma-separated 0/1, "
                                                             "one per field)"))):
            param = QgsProcessingParameterString(name, description, optional=True)
            param.setFlags(param.flags() | PARAMETER_ADVANCED)
            self.addParameter(param)
        self.add_sink(self.OUTPUT, tr("Decline indicators"))

    # ------------------------------------------------------------------ reading
    def _years(self, parameters, context, pop_field: str, base_field: Optional[str]) -> tuple:
        """(year, base year): given, or read from the field names (pop_reg_2025, PO90)."""
        year = None if parameters.get(self.YEAR) in (None, "") else self.integer(parameters, self.YEAR, context)
        base = None if parameters.get(self.BASE_YEAR) in (None, "") else self.integer(
            parameters, self.BASE_YEAR, context)
        if base_field is not None:
            year = year if year is not None else year_of(pop_field)
            base = base if base is not None else year_of(base_field)
            if year is None or base is None:
                raise QgsProcessingException(tr(
                    "Parameters YEAR and BASE_YEAR: the years of {0} and {1} cannot be read from the field names; "
                    "give both years.").format(pop_field, base_field))
        if year is not None and base is not None and year <= base:
            raise QgsProcessingException(tr(
                "Parameters YEAR ({0}) and BASE_YEAR ({1}): the current year must come after the base year "
                "(POPULATION_FIELD is the later population, POPULATION_BASE_FIELD the earlier one).").format(year, base))
        return year, base

    def _spec(self, parameters, context, source) -> tuple:
        fields = {"pop": self.field(parameters, self.POPULATION_FIELD, context, source, numeric=True,
                                    head_count=True)}
        for role, param in OPTIONAL_INPUTS.items():
            name = self.field(parameters, param, context, source, numeric=True, required=False,
                              head_count=role in COUNTS)
            if name:
                fields[role] = name
        composite = self.fields(parameters, self.COMPOSITE_FIELDS, context, source, numeric=True)
        for i, name in enumerate(composite):
            fields[f"c{i}"] = name
        weights = list_of_numbers(self.parameterAsString(parameters, self.COMPOSITE_WEIGHTS, context),
                                  self.COMPOSITE_WEIGHTS, len(composite), 1.0)
        worse = list_of_numbers(self.parameterAsString(parameters, self.COMPOSITE_INVERT, context),
                                self.COMPOSITE_INVERT, len(composite), 0.0)
        year, base_year = self._years(parameters, context, fields["pop"], fields.get("pop_base"))
        policy = profile(self.parameterAsEnum(parameters, self.PROFILE, context))
        small = policy.small_population if parameters.get(self.SMALL_POPULATION) in (None, "") else self.number(
            parameters, self.SMALL_POPULATION, context, minimum=0)
        low = policy.low_births if parameters.get(self.LOW_BIRTHS) in (None, "") else self.number(
            parameters, self.LOW_BIRTHS, context, minimum=0)
        spec = IndicatorSpec(
            year=year or 0, base_year=base_year or 0, small_population=small, low_births=low,
            composite_columns=[f"c{i}" for i in range(len(composite))], composite_weights=weights,
            composite_higher_is_worse=[w != 0 for w in worse],
            has_base="pop_base" in fields, has_elderly="elderly" in fields,
            has_elderly_share="elderly_share" in fields and "elderly" not in fields,
            has_median_age="median_age" in fields, has_young_women="young_women" in fields,
            has_births="births" in fields)
        params = dict(OPTIONAL_INPUTS, pop=self.POPULATION_FIELD,
                      **{f"c{i}": self.COMPOSITE_FIELDS for i in range(len(composite))})
        unit_spec = UnitSpec(id_field=self.field(parameters, self.ID_FIELD, context, source),
                             name_field=self.field(parameters, self.NAME_FIELD, context, source, required=False),
                             numbers=fields, parameters=params)
        return spec, unit_spec, policy

    # ------------------------------------------------------------------ main
    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        source = self.source(parameters, self.INPUT, context)
        spec, unit_spec, policy = self._spec(parameters, context, source)
        geodesy = Geodesy.for_source(source, context)
        units = read_units(source, unit_spec, feedback=feedback, progress=(0.0, 40.0))
        if units is None:
            return {}
        warn_if_empty(feedback, len(units), self.INPUT)
        geodesy.warn_if_no_crs(feedback, source.sourceName())
        units.warn(feedback, tr("their area (density) is measured on the repaired polygon"))
        for role, labels in units.negative.items():
            if role in COUNTS:
                feedback.pushWarning(tr("Parameter {0}: {1} unit(s) have a negative value, taken as NULL: "
                                        "{2}").format(units.parameter(role), len(labels), id_list(labels)))
        rows = []
        for record in units:
            row = {"id": record.label()}
            for role, value in record.numbers.items():
                row[role] = None if value is not None and value < 0 and role in COUNTS else value
            if "area" in unit_spec.numbers:
                row["area_km2"] = row.pop("area")
            else:
                row["area_km2"] = geodesy.area_km2(record.geometry)
            rows.append(row)
        columns = ["id", "area_km2"] + [r for r in unit_spec.numbers if r != "area"]
        result = compute_indicators(pd.DataFrame(rows, columns=columns), spec)
        if result.share_in_percent:
            feedback.pushInfo(tr("{0}: values above 1.5 found, read as percent.").format(self.ELDERLY_SHARE_FIELD))
        for indicator, ids in result.null_units.items():
            feedback.pushWarning(tr("{0} is NULL for {1} unit(s) with a zero or missing denominator: {2}").format(
                indicator, len(ids), id_list(ids)))
        if spec.low_births:
            feedback.pushInfo(tr("Thresholds: small below {0:,.0f} residents, low births below {1:,.0f} a year "
                                 "(profile: {2}).").format(spec.small_population, spec.low_births,
                                                           tr(policy.name)))  # i18n: core/profiles.py
        else:
            feedback.pushInfo(tr("Thresholds: small below {0:,.0f} residents, no low-births flag (profile: {1}).").format(
                spec.small_population, tr(policy.name)))  # i18n: core/profiles.py
        return self._write(parameters, context, feedback, source, units, result)

    def _write(self, parameters, context, feedback, source, units, result) -> Dict[str, object]:
        wanted = [(name, kind) for name, kind in schema.INDICATOR_FIELDS if name in result.table.columns]
        out_fields = QgsProcessingUtils.combineFields(source.fields(), fields_of(wanted))
        casts = {"int": int, "double": float}
        columns: List[list] = []
        for name, kind in wanted:
            cast = casts.get(kind, str)
            values = result.table[name].tolist()
            if name == schema.RISK_LABEL:  # the label in the user's language
                labels = risk_labels()
                values = [labels.get(v, v) for v in values]
            columns.append([None if v is None or (isinstance(v, float) and v != v) else cast(v) for v in values])
        rows_out = list(zip(*columns)) if columns else [()] * len(units)
        with Outputs(self, parameters, context, feedback) as outputs:
            outputs.metadata[ATTRIBUTION] = attribution(parameters, [self.INPUT], context)
            outputs.sink(self.OUTPUT, out_fields, source.wkbType(), source.sourceCrs())
            total = max(1, len(units))
            converted: List[str] = []
            for n, record in enumerate(units):
                if feedback.isCanceled():
                    return {}
                outputs.add_unit(self.OUTPUT, record, record.feature.attributes() + list(rows_out[n]),
                                 source.wkbType(), converted)
                feedback.setProgress(50.0 + 50.0 * n / total)
            warn_converted(feedback, converted)
            dest = outputs.commit()[self.OUTPUT]
        style = next(style for field, style in STYLE_BY_INDICATOR if field in result.table.columns)
        style_output(context, dest, style, tr("Decline indicators"))
        feedback.pushInfo(tr("Indicators computed for {0} units.").format(len(units)))
        return {self.OUTPUT: dest}
