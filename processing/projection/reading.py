"""Reading the units into the core's arrays, with a warning per field of bad values."""

from __future__ import annotations

from typing import Dict, Optional, Sequence

import numpy as np

from ...core.projection import UnitData
from ..base import tr, warn_if_empty
from ..units_io import Units, UnitSpec, read_units
from ..values import id_list
from .parameters import AgeTables, Series, _Settings


class Reading:
    """The unit-reading steps of :class:`.algorithm.ProjectPopulationAlgorithm`."""

    def _read_units(self, parameters, context, feedback, source, run: _Settings) -> Optional[Units]:
        """The units with the fields of every series and age table; their bad values warned about."""
        population, parts, ages = run.population, run.parts, run.ages
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
            return None
        warn_if_empty(feedback, len(units), self.INPUT)
        units.warn(feedback, tr("the projection does not use the geometry"))
        self._warn_values(feedback, units, numbers, zero_roles=[r for s in ([population] if population else [])
                                                                + list(parts.values()) for r in s.roles])
        return units

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
