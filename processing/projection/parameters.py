"""Reading and checking the parameters: years, periods, series of fields, age tables, targets."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import Dict, List, Optional, Sequence, Tuple

from qgis.core import QgsProcessingException

from ...compat import parameter_as_strings
from ...core.fields import year_of
from ...core.profiles import profile
from ...core.projection import METHODS
from ..base import tr


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


@dataclass
class _Settings:
    """The parameters of one run, read and checked against each other before any unit is read."""

    method: str
    hp: bool
    population: Optional[Series]
    parts: Dict[str, Series]
    ages: Optional[AgeTables]
    base_period: Optional[Tuple[int, int]]
    damping: float
    targets: List[int]
    policy: object
    threshold: float
    fit_period: Optional[Tuple[int, int]]


class Parameters:
    """The parameter steps of :class:`.algorithm.ProjectPopulationAlgorithm` (its parameter names come from it)."""

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

    def _settings(self, parameters, context, source, feedback) -> _Settings:
        """Every parameter of the run, each checked and then checked against the others."""
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
        return _Settings(method, hp, population, parts, ages, base_period, damping, targets, policy, threshold,
                         fit_period)
