"""smallbutstrong:projectpopulation: trend and cohort-change projections with a built-in back-test.

The layer is read once into arrays (one row per unit), :mod:`..core.projection` projects them
and back-tests the same method on an earlier period, and every input unit is written once with
its figures per target year. Everything that can be wrong with the input as a whole (years that
do not increase, a single year, a text field, targets before the data) is refused here, before
the core runs, with a message that names the parameter and the field; what is wrong with one
unit (a NULL, a zero, a negative count, a single observation) is a warning naming the units and
a note on the unit, never a lost feature.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from typing import Dict, List, Optional, Sequence, Tuple

import numpy as np
from qgis.core import (
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterString,
    QgsProcessingUtils,
)

from ..compat import parameter_as_strings
from ..core import schema
from ..core.fields import year_of
from ..core.profiles import PROFILE_KEYS, PROFILES, profile
from ..core.projection import (
    DEFAULT_TARGET_YEARS,
    METHODS,
    BacktestResult,
    ProjectionError,
    ProjectionResult,
    ProjectionSpec,
    UnitData,
    backtest,
    project,
)
from .base import SbsAlgorithm, tr, warn_if_empty
from .outputs import Outputs, fields_of
from .provenance import ATTRIBUTION, attribution
from .styles import style_output
from .units_io import Units, UnitSpec, read_units
from .values import id_list

#: metadata item recording how the figures were made (method, base period, targets)
PROJECTION_METADATA = "SBS_PROJECTION"
STYLE = "projection"
#: the example years of the messages
YEARS_EXAMPLE = "2015,2020,2025"


@dataclass
class Series:
    """One observed series of a layer: its parameter, fields (oldest first), years and read roles."""

    parameter: str
    fields: List[str]
    years: List[int]
    roles: List[str]


@dataclass
class AgeTables:
    """The four age-group field lists of Hamilton–Perry and their two dates."""

    years: Tuple[int, int]
    lists: Dict[str, List[str]]
    roles: Dict[str, List[str]]


def method_labels() -> List[str]:
    """The METHOD options, in the order of core.projection.METHODS."""
    return [tr("Geometric trend (constant annual rate)"), tr("Linear trend (constant annual change)"),
            tr("Cohort change (Hamilton–Perry)")]


def _series_label(label: str) -> str:
    return {"population": tr("population"), "65+": tr("65+"), "women 20–39": tr("women 20–39")}.get(label, label)


def _sex(word: str) -> str:
    return {"female": tr("female"), "male": tr("male")}.get(word, word)


_SERIES = r"(population|65\+|women 20–39)"
_SPAN = r"(\d{4})–(\d{4})"
#: core.projection's reasons (English, the core has no Qt) -> the interface language
_REASONS = (
    (re.compile(_SERIES + r": no positive value in the base period " + _SPAN),
     lambda m: tr("{0}: no positive value in the base period {1}–{2}").format(_series_label(m[1]), m[2], m[3])),
    (re.compile(_SERIES + r": a single observation \((\d{4})\) in the base period " + _SPAN + "; a trend needs two"),
     lambda m: tr("{0}: a single observation ({1}) in the base period {2}–{3}; a trend needs two").format(
         _series_label(m[1]), m[2], m[3], m[4])),
    (re.compile(_SERIES + r": zero \(treated as missing\) in (\d{4}), the start of the base period " + _SPAN
                + "; fill it or choose a base period that avoids it"),
     lambda m: tr("{0}: zero (treated as missing) in {1}, the start of the base period {2}–{3}; fill it or "
                  "choose a base period that avoids it").format(_series_label(m[1]), m[2], m[3], m[4])),
    (re.compile(_SERIES + r": zero \(treated as missing\) in (\d{4}), the end of the base period " + _SPAN
                + "; fill it or choose a base period that avoids it"),
     lambda m: tr("{0}: zero (treated as missing) in {1}, the end of the base period {2}–{3}; fill it or "
                  "choose a base period that avoids it").format(_series_label(m[1]), m[2], m[3], m[4])),
    (re.compile(_SERIES + r": missing in (\d{4}), the start of the base period " + _SPAN
                + "; fill it or choose a base period that avoids it"),
     lambda m: tr("{0}: missing in {1}, the start of the base period {2}–{3}; fill it or choose a base period "
                  "that avoids it").format(_series_label(m[1]), m[2], m[3], m[4])),
    (re.compile(_SERIES + r": missing in (\d{4}), the end of the base period " + _SPAN
                + "; fill it or choose a base period that avoids it"),
     lambda m: tr("{0}: missing in {1}, the end of the base period {2}–{3}; fill it or choose a base period "
                  "that avoids it").format(_series_label(m[1]), m[2], m[3], m[4])),
    (re.compile(r"Hamilton–Perry: an age-group count is missing in (\d{4}) or (\d{4})"),
     lambda m: tr("Hamilton–Perry: an age-group count is missing in {0} or {1}").format(m[1], m[2])),
    (re.compile(r"Hamilton–Perry: more women than people aged (\S+) in (\d{4})"),
     lambda m: tr("Hamilton–Perry: more women than people aged {0} in {1}").format(m[1], m[2])),
    (re.compile(r"Hamilton–Perry: zero women (\d+–\d+) in (\d{4}), so the ratio for (female|male) (\S+) is undefined"),
     lambda m: tr("Hamilton–Perry: zero women {0} in {1}, so the child–woman ratio for {2} {3} is undefined").format(
         m[1], m[2], _sex(m[3]), m[4])),
    (re.compile(r"Hamilton–Perry: zero (female|male) (\S+) in (\d{4}), so the ratio for (female|male) (\S+) "
                r"is undefined"),
     lambda m: tr("Hamilton–Perry: zero {0} {1} in {2}, so the cohort-change ratio for {3} {4} is undefined").format(
         _sex(m[1]), m[2], m[3], _sex(m[4]), m[5])),
    (re.compile(r"no positive observed population in (\d{4}) to compare with"),
     lambda m: tr("no positive observed population in {0} to compare with").format(m[1])),
    (re.compile(r"(geometric|linear): (\d+) observation years; a back-test needs three — two to fit and a later "
                r"one to compare with"),
     lambda m: tr("the population has {0} observation year(s); a back-test needs three: two to fit and a later one "
                  "to compare with").format(m[2])),
    (re.compile(r"hamilton_perry: (\d+) age-table dates; a back-test needs three — two to fit and a later one to "
                r"compare with"),
     lambda m: tr("the age groups are given for {0} dates; a back-test of Hamilton–Perry needs three: two to fit "
                  "and a later one to compare with").format(m[1])),
    (re.compile(r"hamilton_perry: the fit dates (\d{4}) and (\d{4}) are not a multiple of 5 years apart"),
     lambda m: tr("the fit dates {0} and {1} are not a multiple of 5 years apart").format(m[1], m[2])),
)


def reason_text(reason: Optional[str]) -> Optional[str]:
    """A reason of core.projection in the interface language (an unknown one stays as it is)."""
    if not reason:
        return None
    for pattern, text in _REASONS:
        reason = pattern.sub(text, reason)
    return reason


def _nan_to_none(values: np.ndarray, kind: type = float) -> list:
    return [None if v != v else kind(v) for v in values.tolist()]


class ProjectPopulationAlgorithm(SbsAlgorithm):
    POPULATION_FIELDS = "POPULATION_FIELDS"
    YEARS = "YEARS"
    ELDERLY_FIELDS = "ELDERLY_FIELDS"
    YOUNG_WOMEN_FIELDS = "YOUNG_WOMEN_FIELDS"
    AGE_GROUP_FIELDS_BASE = "AGE_GROUP_FIELDS_BASE"
    AGE_GROUP_FIELDS_LATEST = "AGE_GROUP_FIELDS_LATEST"
    FEMALE_AGE_GROUP_FIELDS_BASE = "FEMALE_AGE_GROUP_FIELDS_BASE"
    FEMALE_AGE_GROUP_FIELDS_LATEST = "FEMALE_AGE_GROUP_FIELDS_LATEST"
    AGE_GROUP_YEARS = "AGE_GROUP_YEARS"
    METHOD = "METHOD"
    BASE_PERIOD = "BASE_PERIOD"
    DAMPING = "DAMPING"
    TARGET_YEARS = "TARGET_YEARS"
    PROFILE = "PROFILE"
    THRESHOLD = "THRESHOLD"
    BACKTEST_PERIOD = "BACKTEST_PERIOD"
    OUTPUT = "OUTPUT"
    BACKTEST_MAPE = "BACKTEST_MAPE"
    BACKTEST_MAPE_BY_SIZE = "BACKTEST_MAPE_BY_SIZE"
    UNITS_HALVING = "UNITS_HALVING"
    UNITS_BELOW_THRESHOLD = "UNITS_BELOW_THRESHOLD"

    NAME = "projectpopulation"
    DISPLAY_NAME = "Project population"
    GROUP = "Decline"
    GROUP_ID = "decline"
    ICON = "projection.svg"

    #: the age-group parameters: (both sexes, women) at the base date, then at the latest date
    AGE_PARAMETERS = (AGE_GROUP_FIELDS_BASE, FEMALE_AGE_GROUP_FIELDS_BASE, AGE_GROUP_FIELDS_LATEST,
                      FEMALE_AGE_GROUP_FIELDS_LATEST)

    def _string(self, name: str, description: str, default: Optional[str] = None, optional: bool = True,
                tooltip: Optional[str] = None, advanced: bool = False) -> None:
        param = QgsProcessingParameterString(name, description, defaultValue=default, optional=optional)
        self._add(param, tooltip, advanced)

    def initAlgorithm(self, config=None):  # noqa: N802
        self.add_unit_inputs()
        self.add_field(self.POPULATION_FIELDS, tr("Population series (one field per year)"), numeric=True,
                       multiple=True, optional=True,
                       tooltip=tr("The total population at several dates, e.g. pop_reg_2015 … pop_reg_2025 or PO60 … "
                                  "PO90; the years are read from the field names unless given below. Required by "
                                  "the trend methods."))
        self._string(self.YEARS, tr("Years of the population fields (comma-separated, in their order; empty: from "
                                    "the field names)"),
                     tooltip=tr("For fields whose names carry no year: e.g. 2015,2020,2025, one per field, oldest "
                                "first."))
        self.add_field(self.ELDERLY_FIELDS, tr("Residents aged 65+ (one field per year)"), numeric=True,
                       multiple=True, optional=True,
                       tooltip=tr("Projected by the same method; years from the field names (pop65_reg_2020), else "
                                  "the years of the population fields."))
        self.add_field(self.YOUNG_WOMEN_FIELDS, tr("Women aged 20–39 (one field per year)"), numeric=True,
                       multiple=True, optional=True,
                       tooltip=tr("Projected by the same method; gives the extinction-risk index and the halving "
                                  "flag."))
        self.add_enum(self.METHOD, tr("Method"), method_labels(), 0)
        self._string(self.BASE_PERIOD, tr("Base period (start,end; empty: every year observed)"),
                     tooltip=tr("The trend is fitted between the first and the last observation inside it, e.g. "
                                "2015,2025."))
        self.add_number(self.DAMPING, tr("Damping of the trend φ (1 = none)"), 1.0, minimum=0.0, maximum=1.0,
                        decimals=3,
                        tooltip=tr("In (0, 1]: each further year adds φ times the trend of the year before "
                                   "(0.8–0.98 are usual); not used by Hamilton–Perry."))
        self._string(self.TARGET_YEARS, tr("Target years (comma-separated)"),
                     ",".join(str(y) for y in DEFAULT_TARGET_YEARS), optional=False)
        self.add_enum(self.PROFILE, tr("Policy profile (default of the threshold)"),
                      [tr(PROFILES[k].name) for k in PROFILE_KEYS], 0)  # i18n: core/profiles.py
        self.add_number(self.THRESHOLD, tr("Threshold population: the year a unit falls below it (empty: the "
                                           "profile's small population)"), None, minimum=0, decimals=0,
                        optional=True)
        for name, description in (
                (self.AGE_GROUP_FIELDS_BASE, tr("Hamilton–Perry: five-year age groups, both sexes, base date")),
                (self.FEMALE_AGE_GROUP_FIELDS_BASE, tr("Hamilton–Perry: five-year age groups, women, base date")),
                (self.AGE_GROUP_FIELDS_LATEST, tr("Hamilton–Perry: five-year age groups, both sexes, latest date")),
                (self.FEMALE_AGE_GROUP_FIELDS_LATEST, tr("Hamilton–Perry: five-year age groups, women, latest "
                                                         "date"))):
            self.add_field(name, description, numeric=True, multiple=True, optional=True, advanced=True,
                           tooltip=tr("In age order: 0–4, 5–9, …, the open-ended oldest group (e.g. 85+) last; "
                                      "the same groups in all four lists."))
        self._string(self.AGE_GROUP_YEARS, tr("Hamilton–Perry: the two dates of the age groups (base,latest; empty: "
                                              "from the field names)"), advanced=True)
        self._string(self.BACKTEST_PERIOD, tr("Back-test: fit period (start,end; empty: the first half of the "
                                              "record)"), advanced=True,
                     tooltip=tr("The method is refitted on this period and projected to the last observed year, "
                                "e.g. 2015,2020 to compare with 2025."))
        self.add_sink(self.OUTPUT, tr("Population projection"))
        self.addOutput(QgsProcessingOutputNumber(self.BACKTEST_MAPE, tr("Back-test: mean absolute percentage "
                                                                        "error (%)")))
        self.addOutput(QgsProcessingOutputString(self.BACKTEST_MAPE_BY_SIZE, tr("Back-test: MAPE by size class "
                                                                                "(JSON)")))
        self.addOutput(QgsProcessingOutputNumber(self.UNITS_HALVING, tr("Units whose women 20–39 halve by the last "
                                                                        "target year")))
        self.addOutput(QgsProcessingOutputNumber(self.UNITS_BELOW_THRESHOLD, tr("Units below the threshold by the "
                                                                                "last target year")))

    # ------------------------------------------------------------------ reading the parameters
    def _years_text(self, parameters, name: str, context) -> Optional[List[int]]:
        """Whole years from a comma-separated text ("2015,2020,2025"), None when empty."""
        text = self.parameterAsString(parameters, name, context)
        if not text or not text.strip():
            return None
        years = []
        for part in [p for p in re.split(r"[,;\s]+", text.strip()) if p]:
            try:
                value = float(part)
            except ValueError:
                value = float("nan")
            if not (math.isfinite(value) and value == int(value) and 1000 <= value <= 3000):
                raise QgsProcessingException(tr(
                    "Parameter {0}: \"{1}\" is not a year; give calendar years separated by commas, e.g. {2}.").format(
                    name, part, YEARS_EXAMPLE))
            years.append(int(value))
        return years

    @staticmethod
    def _increasing(name: str, years: Sequence[int]) -> None:
        for i in range(1, len(years)):
            if years[i] <= years[i - 1]:
                raise QgsProcessingException(tr(
                    "Parameter {0}: the years must increase, but {1} follows {2} (position {3}); give them oldest "
                    "first, in the order of the fields.").format(name, years[i], years[i - 1], i + 1))

    def _period(self, parameters, name: str, context) -> Optional[Tuple[int, int]]:
        text = self.parameterAsString(parameters, name, context)
        if not text or not text.strip():
            return None
        years = self._years_text({name: re.sub(r"(?<=\d)\s*[-–]\s*(?=\d)", ",", text)}, name, context)
        if len(years) != 2:
            raise QgsProcessingException(tr(
                "Parameter {0}: \"{1}\" is not a period; give its first and last year, e.g. 2015,2020.").format(
                name, text))
        if years[0] >= years[1]:
            raise QgsProcessingException(tr(
                "Parameter {0}: the period starts in {1} and ends in {2}; the start must come first.").format(
                name, years[0], years[1]))
        return years[0], years[1]

    def _field_list(self, parameters, name: str, context, source) -> List[str]:
        """The fields of a multiple field parameter, each numeric and not the row id, none twice."""
        out: List[str] = []
        for chosen in parameter_as_strings(self, parameters, name, context):
            field = self.field({name: chosen}, name, context, source, numeric=True, head_count=True)
            if field in out:
                raise QgsProcessingException(tr("Parameter {0}: the field \"{1}\" is chosen twice.").format(
                    name, field))
            out.append(field)
        return out

    def _series(self, parameters, name: str, context, source, explicit: Optional[List[int]] = None,
                fallback: Optional[List[int]] = None, what: str = "") -> Optional[Series]:
        """A series of fields with their years, oldest first; None when no field is chosen.

        Years come from ``explicit`` (YEARS, in the order of the fields), else from the field
        names (the fields are then sorted by year), else, for a part whose names carry no year
        and that has one field per population year, from the population (``fallback``).
        """
        fields = self._field_list(parameters, name, context, source)
        if not fields:
            return None
        if explicit is not None:
            if len(explicit) != len(fields):
                raise QgsProcessingException(tr(
                    "Parameter {0}: {1} year(s) for the {2} field(s) of {3}; give one year per field, in the same "
                    "order.").format(self.YEARS, len(explicit), len(fields), name))
            self._increasing(self.YEARS, explicit)
            years = list(explicit)
        else:
            named = [year_of(f) for f in fields]
            if all(y is None for y in named) and fallback is not None and len(fallback) == len(fields):
                years = list(fallback)
            else:
                for field, year in zip(fields, named):
                    if year is None:
                        if name == self.POPULATION_FIELDS:
                            hint = tr("give the years in {0} (e.g. {1}).").format(self.YEARS, YEARS_EXAMPLE)
                        else:
                            hint = tr("use fields named with their year (pop65_2020), or one field per year of "
                                      "{0}, in the same order.").format(self.POPULATION_FIELDS)
                        raise QgsProcessingException(tr(
                            "Parameter {0}: the year of the field \"{1}\" cannot be read from its name; {2}").format(
                            name, field, hint))
                seen: Dict[int, str] = {}
                for field, year in zip(fields, named):
                    if year in seen:
                        raise QgsProcessingException(tr(
                            "Parameter {0}: the fields \"{1}\" and \"{2}\" are both of {3}; choose one field per "
                            "year.").format(name, seen[year], field, year))
                    seen[year] = field
                order = sorted(range(len(fields)), key=lambda i: named[i])
                fields, years = [fields[i] for i in order], [named[i] for i in order]
        if len(fields) < 2:
            raise QgsProcessingException(tr(
                "Parameter {0}: a single field ({1}, year {2}); a trend of {3} needs at least two years. Choose "
                "the field of an earlier year too.").format(name, fields[0], years[0], what))
        return Series(name, fields, years, [f"{name}:{i}" for i in range(len(fields))])

    def _age_tables(self, parameters, context, source, hamilton_perry: bool, feedback) -> Optional[AgeTables]:
        lists = {p: self._field_list(parameters, p, context, source) for p in self.AGE_PARAMETERS}
        if not hamilton_perry:
            given = [p for p, fields in lists.items() if fields]
            if given:
                feedback.pushWarning(tr("Parameters {0}: the age groups are used by Hamilton–Perry only; the trend "
                                        "method ignores them.").format(", ".join(given)))
            return None
        missing = [p for p, fields in lists.items() if not fields]
        if missing:
            raise QgsProcessingException(tr(
                "Parameter {0}: Hamilton–Perry needs the five-year age groups (0–4, 5–9, …, the open-ended oldest "
                "group last) of both sexes and of women at two dates, in {1}.").format(
                missing[0], ", ".join(self.AGE_PARAMETERS)))
        count = len(lists[self.AGE_GROUP_FIELDS_BASE])
        for p, fields in lists.items():
            if len(fields) != count:
                raise QgsProcessingException(tr(
                    "Parameter {0}: {1} age groups, but {2} has {3}; give the same groups in all four lists.").format(
                    p, len(fields), self.AGE_GROUP_FIELDS_BASE, count))
        years = self._years_text(parameters, self.AGE_GROUP_YEARS, context)
        if years is not None:
            if len(years) != 2:
                raise QgsProcessingException(tr(
                    "Parameter {0}: {1} year(s) given; give the two dates of the age groups, e.g. 2015,2020.").format(
                    self.AGE_GROUP_YEARS, len(years)))
        else:
            years = []
            for pair in ((self.AGE_GROUP_FIELDS_BASE, self.FEMALE_AGE_GROUP_FIELDS_BASE),
                         (self.AGE_GROUP_FIELDS_LATEST, self.FEMALE_AGE_GROUP_FIELDS_LATEST)):
                found = {}
                for p in pair:
                    for field in lists[p]:
                        found.setdefault(year_of(field), (p, field))
                if None in found or len(found) != 1:
                    p, field = found.get(None) or sorted(found.values())[-1]
                    raise QgsProcessingException(tr(
                        "Parameter {0}: the date of the age groups cannot be read from the field names (\"{1}\"; all "
                        "fields of a date must name the same year); give both dates in {2}, e.g. 2015,2020.").format(
                        p, field, self.AGE_GROUP_YEARS))
                years.append(next(iter(found)))
        self._increasing(self.AGE_GROUP_YEARS, years)
        roles = {p: [f"{p}:{i}" for i in range(count)] for p in self.AGE_PARAMETERS}
        return AgeTables((years[0], years[1]), lists, roles)

    def _check_base_period(self, period: Optional[Tuple[int, int]], series: Sequence[Series]) -> None:
        if period is None:
            return
        for s in series:
            inside = [y for y in s.years if period[0] <= y <= period[1]]
            if len(inside) < 2:
                raise QgsProcessingException(tr(
                    "Parameter {0}: the period {1}–{2} holds {3} of the years of {4} ({5}); a trend needs two. Widen "
                    "the period.").format(self.BASE_PERIOD, period[0], period[1], len(inside) or tr("none"),
                                          s.parameter, ", ".join(str(y) for y in s.years)))

    def _targets(self, parameters, context, last_observed: int) -> List[int]:
        targets = self._years_text(parameters, self.TARGET_YEARS, context)
        if not targets:
            raise QgsProcessingException(tr(
                "Parameter {0}: give at least one target year, e.g. 2030,2040,2050.").format(self.TARGET_YEARS))
        self._increasing(self.TARGET_YEARS, targets)
        if targets[0] <= last_observed:
            raise QgsProcessingException(tr(
                "Parameter {0}: {1} is not after the last observed year {2}; project to later years only.").format(
                self.TARGET_YEARS, targets[0], last_observed))
        return targets

    # ------------------------------------------------------------------ main
    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        source = self.source(parameters, self.INPUT, context)
        method = METHODS[self.parameterAsEnum(parameters, self.METHOD, context)]
        hp = method == "hamilton_perry"
        explicit = self._years_text(parameters, self.YEARS, context)
        population = self._series(parameters, self.POPULATION_FIELDS, context, source, explicit=explicit,
                                  what=tr("the population"))
        if population is None and not hp:
            raise QgsProcessingException(tr(
                "Parameter {0}: the trend methods need the population of at least two years; choose two or more "
                "fields (e.g. pop_reg_2015 … pop_reg_2025).").format(self.POPULATION_FIELDS))
        fallback = population.years if population else None
        parts = {}
        for role, param, what in (("elderly", self.ELDERLY_FIELDS, tr("residents 65+")),
                                  ("young_women", self.YOUNG_WOMEN_FIELDS, tr("women 20–39"))):
            series = self._series(parameters, param, context, source, fallback=fallback, what=what)
            if series is not None and hp:
                feedback.pushWarning(tr("Parameter {0}: Hamilton–Perry derives 65+ and women 20–39 from the age "
                                        "groups; these fields are not used.").format(param))
            elif series is not None:
                parts[role] = series
        ages = self._age_tables(parameters, context, source, hp, feedback)
        if hp and population is not None:
            feedback.pushInfo(tr("Parameter {0}: Hamilton–Perry projects the sum of the age groups; the population "
                                 "series is not used.").format(self.POPULATION_FIELDS))
            population = None
        base_period = self._period(parameters, self.BASE_PERIOD, context)
        if hp:
            if base_period is not None and not (base_period[0] <= ages.years[0] and ages.years[1] <= base_period[1]):
                raise QgsProcessingException(tr(
                    "Parameter {0}: the period {1}–{2} must hold both dates of the age groups ({3} and {4}).").format(
                    self.BASE_PERIOD, base_period[0], base_period[1], ages.years[0], ages.years[1]))
        else:
            self._check_base_period(base_period, [population] + list(parts.values()))
        damping = self.number(parameters, self.DAMPING, context)
        if not 0 < damping <= 1:
            raise QgsProcessingException(tr(
                "Parameter {0}: {1:g} is outside (0, 1]; 1 means no damping, 0.8–0.98 are usual damped values.").format(
                self.DAMPING, damping))
        observed = [ages.years[1]] if hp else [population.years[-1]] + [s.years[-1] for s in parts.values()]
        targets = self._targets(parameters, context, max(observed))
        policy = profile(self.parameterAsEnum(parameters, self.PROFILE, context))
        threshold = policy.small_population if parameters.get(self.THRESHOLD) in (None, "") else self.number(
            parameters, self.THRESHOLD, context, minimum=0)
        fit_period = self._period(parameters, self.BACKTEST_PERIOD, context)
        test_years = list(ages.years) if hp else population.years
        if fit_period is not None:
            if fit_period[1] >= test_years[-1]:
                raise QgsProcessingException(tr(
                    "Parameter {0}: the fit period ends in {1}, not before the last observed year {2} that the "
                    "back-test compares with; end it earlier.").format(self.BACKTEST_PERIOD, fit_period[1],
                                                                       test_years[-1]))
            inside = [y for y in test_years if fit_period[0] <= y <= fit_period[1]]
            if len(inside) < 2:
                raise QgsProcessingException(tr(
                    "Parameter {0}: the period {1}–{2} holds {3} observation year(s); fitting needs two. Widen "
                    "it.").format(self.BACKTEST_PERIOD, fit_period[0], fit_period[1], len(inside)))

        # -- read the units
        numbers: Dict[str, str] = {}
        names: Dict[str, str] = {}
        for series in ([population] if population else []) + list(parts.values()):
            for role, field in zip(series.roles, series.fields):
                numbers[role], names[role] = field, series.parameter
        if ages is not None:
            for p in self.AGE_PARAMETERS:
                for role, field in zip(ages.roles[p], ages.lists[p]):
                    numbers[role], names[role] = field, p
        unit_spec = UnitSpec(id_field=self.field(parameters, self.ID_FIELD, context, source),
                             name_field=self.field(parameters, self.NAME_FIELD, context, source, required=False),
                             numbers=numbers, parameters=names)
        units = read_units(source, unit_spec, feedback=feedback, progress=(0.0, 40.0))
        if units is None:
            return {}
        warn_if_empty(feedback, len(units), self.INPUT)
        units.warn(feedback, tr("the projection does not use the geometry"))
        self._warn_values(feedback, units, numbers, zero_roles=[r for s in ([population] if population else [])
                                                                + list(parts.values()) for r in s.roles])

        # -- project and back-test
        data = self._data(units, population, parts, ages)
        spec = ProjectionSpec(method=method, target_years=tuple(targets), base_period=base_period, damping=damping,
                              threshold=threshold)
        result = bt = None
        if len(units):
            try:
                result = project(data, spec)
                bt = backtest(data, spec, fit_period=fit_period)
            except ProjectionError as err:
                raise QgsProcessingException(self._core_error(str(err))) from err
        if feedback.isCanceled():
            return {}
        feedback.setProgress(50.0)
        has_elderly = hp or "elderly" in parts
        has_women = hp or "young_women" in parts
        summary = self._report(feedback, units, result, bt, method, targets, threshold, has_women,
                               base_period, population, ages, policy)
        dest = self._write(parameters, context, feedback, source, units, result, bt, data, targets, has_elderly,
                           has_women, method, spec, ages)
        if dest is None:
            return {}
        summary[self.OUTPUT] = dest
        return summary

    # ------------------------------------------------------------------ helpers of the run
    @staticmethod
    def _matrix(units: Units, roles: Sequence[str]) -> np.ndarray:
        """(units, roles) floats, NaN for a NULL and for a negative count (already reported)."""
        rows = [[record.numbers[r] for r in roles] for record in units]
        arr = np.array(rows, dtype=float).reshape(len(rows), len(roles))
        arr[arr < 0] = np.nan
        return arr

    def _data(self, units: Units, population: Optional[Series], parts: Dict[str, Series],
              ages: Optional[AgeTables]) -> UnitData:
        data = UnitData()
        if population is not None:
            data.years, data.population = population.years, self._matrix(units, population.roles)
        for role, series in parts.items():
            setattr(data, role, self._matrix(units, series.roles))
            setattr(data, f"{role}_years", series.years)
        if ages is not None:
            tables = {p: self._matrix(units, ages.roles[p]) for p in self.AGE_PARAMETERS}
            data.age_years = list(ages.years)
            data.age_groups = np.stack([tables[self.AGE_GROUP_FIELDS_BASE], tables[self.AGE_GROUP_FIELDS_LATEST]], 1)
            data.female_age_groups = np.stack([tables[self.FEMALE_AGE_GROUP_FIELDS_BASE],
                                               tables[self.FEMALE_AGE_GROUP_FIELDS_LATEST]], 1)
        return data

    def _warn_values(self, feedback, units: Units, numbers: Dict[str, str], zero_roles: Sequence[str]) -> None:
        """One warning per field with NULL, negative or (head counts of a series) zero values."""
        for role, field in numbers.items():
            parameter = units.parameter(role)
            labels = units.missing.get(role)
            if labels:
                feedback.pushWarning(tr("Parameter {0}: the field {1} is NULL or not a number for {2} unit(s), "
                                        "taken as missing: {3}").format(parameter, field, len(labels), id_list(labels)))
            labels = units.negative.get(role)
            if labels:
                feedback.pushWarning(tr("Parameter {0}: the field {1} is negative for {2} unit(s), taken as missing: "
                                        "{3}").format(parameter, field, len(labels), id_list(labels)))
        for role in zero_roles:
            labels = [record.label() for record in units if record.numbers[role] == 0]
            if labels:
                feedback.pushWarning(tr("Parameter {0}: the field {1} is 0 for {2} unit(s); a count of 0 is taken as "
                                        "missing: {3}").format(units.parameter(role), numbers[role], len(labels),
                                                               id_list(labels)))

    def _core_error(self, message: str) -> str:
        """A ProjectionError the checks above did not foresee, under the parameter it concerns."""
        where, _, rest = message.partition(": ")
        parameter = {
            "years": self.POPULATION_FIELDS, "population": self.POPULATION_FIELDS, "elderly": self.ELDERLY_FIELDS,
            "elderly_years": self.ELDERLY_FIELDS, "young_women": self.YOUNG_WOMEN_FIELDS,
            "young_women_years": self.YOUNG_WOMEN_FIELDS, "target_years": self.TARGET_YEARS,
            "base_period": self.BASE_PERIOD, "damping": self.DAMPING, "threshold": self.THRESHOLD,
            "age_years": self.AGE_GROUP_YEARS, "age_groups": self.AGE_GROUP_FIELDS_BASE,
            "female_age_groups": self.FEMALE_AGE_GROUP_FIELDS_BASE, "fit_period": self.BACKTEST_PERIOD,
            "test_year": self.BACKTEST_PERIOD}.get(where)
        if parameter is None:
            return tr("The projection failed: {0}").format(message)
        return tr("Parameter {0}: {1}").format(parameter, rest)

    def _report(self, feedback, units: Units, result: Optional[ProjectionResult], bt: Optional[BacktestResult],
                method: str, targets: List[int], threshold: float, has_women: bool,
                base_period: Optional[Tuple[int, int]], population: Optional[Series], ages: Optional[AgeTables],
                policy) -> Dict[str, object]:
        """The log of the run and its output values."""
        label = method_labels()[METHODS.index(method)]
        if ages is not None:
            feedback.pushInfo(tr("Method: {0}, age groups of {1} and {2}; targets {3}.").format(
                label, ages.years[0], ages.years[1], ", ".join(str(y) for y in targets)))
        else:
            period = base_period or (population.years[0], population.years[-1])
            feedback.pushInfo(tr("Method: {0}, base period {1}–{2} (population years {3}); targets {4}.").format(
                label, period[0], period[1], ", ".join(str(y) for y in population.years),
                ", ".join(str(y) for y in targets)))
        out: Dict[str, object] = {self.BACKTEST_MAPE: None, self.BACKTEST_MAPE_BY_SIZE: None,
                                  self.UNITS_HALVING: None, self.UNITS_BELOW_THRESHOLD: 0}
        if result is None:
            return out
        notes: Dict[str, List[str]] = {}
        for record, reason in zip(units, result.reason.tolist()):
            if reason:
                notes.setdefault(reason_text(reason), []).append(record.label())
        for reason, labels in notes.items():
            feedback.pushWarning(tr("{0} unit(s): {1}. Units: {2}").format(len(labels), reason, id_list(labels)))
        if bt.available:
            scored = int(np.isfinite(bt.ape).sum())
            feedback.pushInfo(tr("Back-test: {0} refitted on {1}–{2}, projected to {3} and compared with the observed "
                                 "{3}: MAPE {4:.2f} % over {5} units (median APE {6:.2f} %).").format(
                label, bt.fit_period[0], bt.fit_period[1], bt.test_year, bt.mape, scored,
                float(np.nanmedian(bt.ape)) if scored else float("nan")))
            for c in bt.classes:
                if c["units"]:
                    feedback.pushInfo(tr("  size {0} (population in {1}): {2} unit(s), MAPE {3:.2f} %").format(
                        c["label"], bt.fit_period[1], c["units"], c["mape"]))
                else:
                    feedback.pushInfo(tr("  size {0} (population in {1}): no unit").format(
                        c["label"], bt.fit_period[1]))
            if scored:
                worst = np.argsort(-np.nan_to_num(bt.ape, nan=-1.0))[:3]
                feedback.pushInfo(tr("  largest errors: {0}").format(", ".join(
                    f"{units.records[i].name} {bt.ape[i]:.1f} %" for i in worst if np.isfinite(bt.ape[i]))))
            unscored: Dict[str, List[str]] = {}
            for record, reason in zip(units, bt.unit_reason.tolist()):
                if reason:
                    unscored.setdefault(reason_text(reason), []).append(record.label())
            for reason, labels in unscored.items():
                feedback.pushInfo(tr("  not scored, {0} unit(s): {1}. Units: {2}").format(
                    len(labels), reason, id_list(labels)))
            out[self.BACKTEST_MAPE] = None if math.isnan(bt.mape) else round(bt.mape, 6)
            out[self.BACKTEST_MAPE_BY_SIZE] = json.dumps(
                [{"size": c["label"], "units": c["units"], "mape": None if c["mape"] is None else round(c["mape"], 6)}
                 for c in bt.classes], ensure_ascii=False)
        else:
            feedback.pushWarning(tr("Back-test: this method cannot be back-tested on these data: {0}.").format(
                reason_text(bt.reason)))
        if has_women:
            counts = np.nansum(result.young_women_halved, axis=0).astype(int).tolist()
            feedback.pushInfo(tr("Women 20–39 halved from {0} (change ≤ −50 %, the Masuda criterion): {1}.").format(
                result.base_year, ", ".join(tr("{0} unit(s) by {1}").format(n, y) for n, y in zip(counts, targets))))
            out[self.UNITS_HALVING] = counts[-1]
            classes = result.risk_class[:, -1]
            if np.isfinite(classes).any():
                feedback.pushInfo(tr("Extinction-risk classes in {0}: {1}.").format(targets[-1], ", ".join(
                    f"{c}: {int((classes == c).sum())}" for c in range(1, 6))))
        below = result.below_year
        first = population.years[-1] if population is not None else ages.years[1]
        n_below = int(np.isfinite(below).sum())
        feedback.pushInfo(tr("Below {0:,.0f} residents (profile: {1}) by {2}: {3} unit(s), of which {4} already in "
                             "{5}.").format(threshold, tr(policy.name), targets[-1], n_below,  # i18n: core/profiles.py
                                            int((below == first).sum()), first))
        out[self.UNITS_BELOW_THRESHOLD] = n_below
        return out

    def _write(self, parameters, context, feedback, source, units: Units, result: Optional[ProjectionResult],
               bt: Optional[BacktestResult], data: UnitData, targets: List[int], has_elderly: bool, has_women: bool,
               method: str, spec: ProjectionSpec, ages: Optional[AgeTables]) -> Optional[str]:
        specs = schema.projection_fields(targets, has_elderly, has_women)
        out_fields = QgsProcessingUtils.combineFields(source.fields(), fields_of(specs))
        columns = self._columns(units, result, bt, data, targets, has_elderly, has_women, ages)
        rows = list(zip(*columns)) if len(units) else []
        with Outputs(self, parameters, context, feedback) as outputs:
            outputs.metadata[ATTRIBUTION] = attribution(parameters, [self.INPUT], context)
            outputs.metadata[PROJECTION_METADATA] = json.dumps({
                "method": method, "base_period": spec.base_period, "damping": spec.damping,
                "target_years": targets, "threshold": spec.threshold,
                "base_year": None if result is None else result.base_year})
            outputs.sink(self.OUTPUT, out_fields, source.wkbType(), source.sourceCrs())
            total = max(1, len(units))
            first = source.fields().count()
            step = max(1, total // 200)  # progress (and the cancel it may bring) 200 times per run at most
            for n, record in enumerate(units):
                if feedback.isCanceled():
                    return None
                # the feature as read, grown by the new fields: a second attributes() of a wide layer
                # (90 age-group fields) would cost more than the projection itself
                feature = record.feature
                feature.padAttributes(len(specs))
                for i, value in enumerate(rows[n], start=first):
                    feature.setAttribute(i, value)
                outputs.add(self.OUTPUT, feature, record.label())
                if n % step == 0:
                    feedback.setProgress(50.0 + 50.0 * n / total)
            if feedback.isCanceled():
                return None
            dest = outputs.commit()[self.OUTPUT]
        style_output(context, dest, STYLE, tr("Population projection"))
        feedback.pushInfo(tr("Projections written for {0} units.").format(len(units)))
        return dest

    def _columns(self, units: Units, result: Optional[ProjectionResult], bt: Optional[BacktestResult],
                 data: UnitData, targets: List[int], has_elderly: bool, has_women: bool,
                 ages: Optional[AgeTables]) -> List[list]:
        """The new attributes, one list per field of schema.projection_fields, in its order."""
        if result is None:
            return []
        n = len(units)
        columns: List[list] = []
        for k in range(len(targets)):
            columns.append(_nan_to_none(result.population[:, k]))
            if has_elderly:
                columns.append(_nan_to_none(result.elderly[:, k]))
            if has_women:
                columns.append(_nan_to_none(result.young_women[:, k]))
            if has_elderly and has_women:
                columns += [_nan_to_none(result.risk_index[:, k]), _nan_to_none(result.risk_class[:, k], int)]
            if has_women:
                columns += [_nan_to_none(result.young_women_change[:, k]),
                            _nan_to_none(result.young_women_halved[:, k], int)]
        if ages is not None:
            base_total = np.asarray(data.age_groups, dtype=float)[:, 1].sum(axis=1)
        else:
            base_total = np.asarray(data.population)[:, list(data.years).index(result.base_year)]
        with np.errstate(divide="ignore", invalid="ignore"):
            change = np.where(base_total > 0, result.population[:, -1] / base_total - 1.0, np.nan)
        ape = bt.ape if bt is not None and bt.available else np.full(n, np.nan)
        columns += [_nan_to_none(result.below_year, int), [result.base_year] * n, _nan_to_none(change),
                    _nan_to_none(ape), [reason_text(r) for r in result.reason.tolist()]]
        return columns
