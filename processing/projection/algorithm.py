"""smallbutstrong:projectpopulation: trend and cohort-change projections with a built-in back-test.

The layer is read once into arrays (one row per unit), :mod:`core.projection` projects them
and back-tests the same method on an earlier period, and every input unit is written once with
its figures per target year. Everything that can be wrong with the input as a whole (years that
do not increase, a single year, a text field, targets before the data) is refused here, before
the core runs, with a message that names the parameter and the field; what is wrong with one
unit (a NULL, a zero, a negative count, a single observation) is a warning naming the units and
a note on the unit, never a lost feature.
"""

from __future__ import annotations

from typing import Optional

from qgis.core import (
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterString,
)

from ...core.profiles import PROFILE_KEYS, PROFILES
from ...core.projection import (
    DEFAULT_TARGET_YEARS,
    ProjectionError,
    ProjectionSpec,
    backtest,
    project,
)
from ..base import SbsAlgorithm, tr
from .parameters import Parameters
from .reading import Reading
from .reasons import method_labels
from .writing import Writing


class ProjectPopulationAlgorithm(Parameters, Reading, Writing, SbsAlgorithm):
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

    # ------------------------------------------------------------------ main
    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        source = self.source(parameters, self.INPUT, context)
        run = self._settings(parameters, context, source, feedback)
        units = self._read_units(parameters, context, feedback, source, run)
        if units is None:
            return {}

        # -- project and back-test
        data = self._data(units, run.population, run.parts, run.ages)
        spec = ProjectionSpec(method=run.method, target_years=tuple(run.targets), base_period=run.base_period,
                              damping=run.damping, threshold=run.threshold)
        result = bt = None
        if len(units):
            try:
                result = project(data, spec)
                bt = backtest(data, spec, fit_period=run.fit_period)
            except ProjectionError as err:
                raise QgsProcessingException(self._core_error(str(err))) from err
        if feedback.isCanceled():
            return {}
        feedback.setProgress(50.0)
        has_elderly = run.hp or "elderly" in run.parts
        has_women = run.hp or "young_women" in run.parts
        summary = self._report(feedback, units, result, bt, run.method, run.targets, run.threshold, has_women,
                               run.base_period, run.population, run.ages, run.policy)
        dest = self._write(parameters, context, feedback, source, units, result, bt, data, run.targets, has_elderly,
                           has_women, run.method, spec, run.ages)
        if dest is None:
            return {}
        summary[self.OUTPUT] = dest
        return summary
