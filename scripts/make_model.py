#!/usr/bin/env python3
"""Write resources/models/small_but_strong.model3 with PyQGIS (run with /usr/bin/python3).

The model chains the plugin's algorithms as an analyst would in the graphical modeler:

    declineindicators -> proposealliances -> servicegaps -> sitefacilities -> exportreport

Its inputs are the units layer, the field names (defaults: the bundled Korean sample), the
alliance rules (eligible units, hubs, 2–5 members, population floor), the service (facilities
and/or a count field, the standard) and the report title; its outputs are every layer and the
PDF/PNG report (model parameters ``indicators:INDICATORS``, ``alliances:ALLIANCES``,
``alliances:MEMBERS``, ``gaps:SERVICE_GAPS``, ``gaps:SERVICE_GAPS_ALLIANCES``, ``report:PDF`` and
``report:PNG``, as QGIS names a model's outputs "<child id>:<output name>"). The parameter names of the children are read from the registry, so the file is
valid for the QGIS that writes it (3.22 for the plugin). Build it again after changing a child
algorithm's parameters; tests/qgis/test_model.py runs it on the sample.
"""

from __future__ import annotations

import argparse
import os
import runpy
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "resources" / "models" / "small_but_strong.model3"

# the checkout importable as the package small_but_strong: the same set-up the tests use
runpy.run_path(str(ROOT / "tests" / "conftest.py"))

from qgis.core import (  # noqa: E402
    QgsApplication,
    QgsProcessingModelAlgorithm,
    QgsProcessingModelChildAlgorithm,
    QgsProcessingModelChildParameterSource as Source,
    QgsProcessingModelOutput,
    QgsProcessingModelParameter,
    QgsProcessingParameterExpression,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsProcessingParameterEnum,
    QgsProcessingParameterString,
)
from qgis.PyQt.QtCore import QPointF, QSizeF  # noqa: E402
from small_but_strong.compat import (  # noqa: E402
    FIELD_ANY,
    FIELD_NUMERIC,
    NUMBER_DOUBLE,
    NUMBER_INTEGER,
    PARAMETER_OPTIONAL,
    SOURCE_POINT,
    SOURCE_POLYGON,
)

MODEL_NAME = "Full analysis"
MODEL_GROUP = "Models"
HELP = (
    "<p>The whole Small but Strong analysis in one run, as a model you can open and change in the "
    "graphical modeler: <b>Decline indicators</b> of every unit, <b>Propose alliances</b> of the "
    "eligible units on those indicators, <b>Service gaps</b> of the alliance members before and after "
    "pooling their services, <b>Site shared facilities</b> (one new site per alliance, nearest for the most "
    "residents, beside the existing facilities), and the <b>Export map report</b> of the alliances over the "
    "service gaps (PDF and PNG).</p>"
    "<h3>Inputs</h3><ul>"
    "<li><b>Units</b>: one polygon per city, county, district or municipality, in any CRS, and its fields: "
    "the id, the name, the current population and, optionally, an earlier population, residents 65+, women "
    "20–39 and births. Nothing is pre-filled: choose the fields of your layer.</li>"
    "<li><b>Policy profile</b> and its thresholds: the member counts and the population floor left empty take "
    "the profile's values (Korea: 2–5 members, 300,000; Japan: 2–12 around a core city of 200,000; Europe: "
    "2–8, 50,000). <b>Eligible units</b> and <b>Hubs</b> are empty (all units; no hub required) until you "
    "set them; the island link distance (0 = off) and the solver's time limit: see <i>Propose alliances</i>.</li>"
    "<li><b>Durable to year N</b>: a projected population field (e.g. <i>pop_2040</i>, written by <i>Project "
    "population</i>) that every alliance must also bring to the floor (or to its own floor); and a <b>maximum "
    "distance of a member to its hub</b>.</li>"
    "<li>The service: <b>Facilities</b> (points) with a <b>Facility filter</b>, and/or a <b>Supply already "
    "counted per unit</b> field, its <b>Demand</b> field, the <b>Minimum supply per unit</b> and the "
    "<b>Standard distance</b>: see <i>Service gaps</i>. At least one of the two supplies is needed.</li>"
    "<li><b>Report title</b> (default: Small but strong alliances, in your language). The report credits the "
    "sources recorded in your layer's metadata.</li></ul>"
    "<h3>Outputs</h3><p>Decline indicators, Alliances, Alliance members, Service gaps (per unit and "
    "per alliance), the PDF report and its PNG image. When no alliance reaches the floor, the report is "
    "written all the same, showing the units.</p>"
    "<p>Inputs left out of a script's call (processing.run, qgis_process) take the defaults shown in the "
    "dialog, and outputs left out are temporary.</p>"
)

#: (name, kind, description, default, optional, extra); kind: source/field/numfield/expr/int/double/string/enum
INPUTS = [
    ("UNITS", "source", "Units (polygon layer)", None, False, {}),
    ("ID_FIELD", "field", "Unit id field", None, False, {}),
    ("NAME_FIELD", "field", "Unit name field", None, True, {}),
    ("POPULATION_FIELD", "numfield", "Population (current)", None, False, {}),
    ("POPULATION_BASE_FIELD", "numfield", "Population (base year)", None, True, {}),
    ("YEAR", "int", "Year of the current population (empty: from the field name)", None, True, {}),
    ("BASE_YEAR", "int", "Base year (empty: from the field name)", None, True, {}),
    ("ELDERLY_FIELD", "numfield", "Residents aged 65+", None, True, {}),
    ("YOUNG_WOMEN_FIELD", "numfield", "Women aged 20–39", None, True, {}),
    ("BIRTHS_FIELD", "numfield", "Annual births", None, True, {}),
    ("PROFILE", "enum", "Policy profile (defaults of the thresholds)", 0, False, {}),
    ("ELIGIBLE", "expr", "Eligible units (expression; empty = all)", None, True, {}),
    ("HUBS", "expr", "Hubs (expression; when set, every alliance has a hub)", None, True, {}),
    ("MIN_MEMBERS", "int", "Minimum members (empty: the profile's)", None, True, {"minValue": 1}),
    ("MAX_MEMBERS", "int", "Maximum members (empty: the profile's)", None, True, {"minValue": 1}),
    ("MIN_POPULATION", "double", "Population floor (empty: the profile's)", None, True, {"minValue": 0}),
    ("ISLAND_LINK_DISTANCE", "double", "Link units without neighbours to the nearest unit within (metres, "
     "0 = off)", 0, False, {"minValue": 0}),
    ("TIME_LIMIT", "double", "Solver time limit (seconds, 0 = none)", 60, False, {"minValue": 0}),
    ("FUTURE_POPULATION_FIELD", "numfield", "Durable to year N: projected population field (e.g. pop_2040 of "
     "Project population)", None, True, {}),
    ("FUTURE_MIN_POPULATION", "double", "Floor of the projected population (empty: the same floor)", None, True,
     {"minValue": 0}),
    ("MAX_HUB_DISTANCE", "double", "Maximum distance of a member to its hub (km, 0 = no limit)", 0, False,
     {"minValue": 0}),
    ("FACILITIES", "points", "Facilities (point layer)", None, True, {}),
    ("FACILITY_FILTER", "expr", "Facility filter (expression)", None, True, {"parent": "FACILITIES"}),
    ("COUNT_FIELD", "numfield", "Supply already counted per unit (e.g. doctors)", None, True, {}),
    ("DEMAND_FIELD", "numfield", "Demand (e.g. births or women 20–39; default the population)", None, True, {}),
    ("MIN_COUNT", "double", "Minimum supply per unit (0 = no count standard)", 1, False, {"minValue": 0}),
    ("MAX_DISTANCE", "double", "Standard distance to the nearest facility, km (0 = none)", 30, False,
     {"minValue": 0}),
    ("TITLE", "string", "Report title", None, True, {}),
]


def definition(name, kind, description, default, optional, extra):
    if kind == "source":
        param = QgsProcessingParameterFeatureSource(name, description, [SOURCE_POLYGON],
                                                    optional=optional)
    elif kind == "points":
        param = QgsProcessingParameterFeatureSource(name, description, [SOURCE_POINT],
                                                    optional=optional)
    elif kind in ("field", "numfield"):
        param = QgsProcessingParameterField(
            name, description, defaultValue=default, parentLayerParameterName=extra.get("parent", "UNITS"),
            type=FIELD_NUMERIC if kind == "numfield" else FIELD_ANY,
            optional=optional)
    elif kind == "expr":
        param = QgsProcessingParameterExpression(name, description, defaultValue=default,
                                                 parentLayerParameterName=extra.get("parent", "UNITS"),
                                                 optional=optional)
    elif kind in ("int", "double"):
        param = QgsProcessingParameterNumber(
            name, description,
            NUMBER_INTEGER if kind == "int" else NUMBER_DOUBLE,
            default, optional, extra.get("minValue", -1.7976931348623157e308))
    elif kind == "string":
        param = QgsProcessingParameterString(name, description, default, optional=optional)
    elif kind == "enum":
        from small_but_strong.core.profiles import PROFILE_KEYS, PROFILES

        param = QgsProcessingParameterEnum(name, description, [PROFILES[k].name for k in PROFILE_KEYS],
                                           defaultValue=default, optional=optional)
    else:
        raise ValueError(kind)
    return param


class Builder:
    def __init__(self, registry):
        self.registry = registry
        self.model = QgsProcessingModelAlgorithm(MODEL_NAME, MODEL_GROUP)
        self.y = 0

    def add_inputs(self) -> None:
        for row, spec in enumerate(INPUTS):
            param = definition(*spec)
            component = QgsProcessingModelParameter(param.name())
            component.setPosition(QPointF(150, 60 + 70 * row))
            component.setSize(QSizeF(200, 30))
            self.model.addModelParameter(param, component)

    def child(self, alg_id: str, child_id: str, description: str, sources: dict, outputs: dict, row: int,
              after=()):
        alg = self.registry.algorithmById(alg_id)
        if alg is None:
            raise SystemExit(f"{alg_id} is not registered: is processing/provider.py complete?")
        names = {p.name() for p in alg.parameterDefinitions()} | {o.name() for o in alg.outputDefinitions()}
        unknown = [n for n in list(sources) + list(outputs) if n not in names]
        if unknown:
            raise SystemExit(f"{alg_id} has no parameter(s) {unknown}; it has {sorted(names)}")
        child = QgsProcessingModelChildAlgorithm(alg_id)
        child.setChildId(child_id)
        child.setDescription(description)
        child.setPosition(QPointF(600, 150 + 330 * row))
        child.setSize(QSizeF(220, 30))
        for name, source in sources.items():
            child.addParameterSources(name, [source])
        for param in alg.parameterDefinitions():  # the modeler stores every mandatory value
            if param.name() not in sources and not param.isDestination() \
                    and not param.flags() & PARAMETER_OPTIONAL:
                child.addParameterSources(param.name(), [Source.fromStaticValue(param.defaultValue())])
        model_outputs = {}
        for n, (child_output, (name, label)) in enumerate(outputs.items()):
            output = QgsProcessingModelOutput(name)  # the model's parameter is "<child id>:<name>"
            output.setChildId(child_id)
            output.setChildOutputName(child_output)
            output.setDescription(label)
            output.setMandatory(False)
            output.setPosition(QPointF(900, 120 + 330 * row + 60 * n))
            output.setSize(QSizeF(200, 30))
            model_outputs[name] = output
        child.setModelOutputs(model_outputs)
        if after:  # run after these children even where no output links them
            from qgis.core import QgsProcessingModelChildDependency

            child.setDependencies([QgsProcessingModelChildDependency(c) for c in after])
        self.model.addChildAlgorithm(child)
        return alg

    def build(self, with_report: bool) -> QgsProcessingModelAlgorithm:
        param = Source.fromModelParameter
        self.add_inputs()
        self.child("smallbutstrong:declineindicators", "indicators", "Decline indicators", {
            "INPUT": param("UNITS"), "ID_FIELD": param("ID_FIELD"), "NAME_FIELD": param("NAME_FIELD"),
            "POPULATION_FIELD": param("POPULATION_FIELD"), "POPULATION_BASE_FIELD": param("POPULATION_BASE_FIELD"),
            "YEAR": param("YEAR"), "BASE_YEAR": param("BASE_YEAR"), "ELDERLY_FIELD": param("ELDERLY_FIELD"),
            "YOUNG_WOMEN_FIELD": param("YOUNG_WOMEN_FIELD"), "BIRTHS_FIELD": param("BIRTHS_FIELD"),
            "PROFILE": param("PROFILE"),
        }, {"OUTPUT": ("INDICATORS", "Decline indicators")}, 0)
        self.child("smallbutstrong:proposealliances", "alliances", "Propose alliances", {
            "INPUT": Source.fromChildOutput("indicators", "OUTPUT"), "ID_FIELD": param("ID_FIELD"),
            "NAME_FIELD": param("NAME_FIELD"), "POPULATION_FIELD": param("POPULATION_FIELD"),
            "ELIGIBLE": param("ELIGIBLE"), "HUBS": param("HUBS"), "MIN_MEMBERS": param("MIN_MEMBERS"),
            "MAX_MEMBERS": param("MAX_MEMBERS"), "MIN_POPULATION": param("MIN_POPULATION"),
            "ISLAND_LINK_DISTANCE": param("ISLAND_LINK_DISTANCE"), "TIME_LIMIT": param("TIME_LIMIT"),
            "PROFILE": param("PROFILE"), "FUTURE_POPULATION_FIELD": param("FUTURE_POPULATION_FIELD"),
            "FUTURE_MIN_POPULATION": param("FUTURE_MIN_POPULATION"), "MAX_HUB_DISTANCE": param("MAX_HUB_DISTANCE"),
        }, {"OUTPUT": ("ALLIANCES", "Alliances"),
                                                "OUTPUT_MEMBERS": ("MEMBERS", "Alliance members")}, 1)
        self.child("smallbutstrong:servicegaps", "gaps", "Service gaps", {
            "INPUT": Source.fromChildOutput("alliances", "OUTPUT_MEMBERS"), "ID_FIELD": param("ID_FIELD"),
            "POPULATION_FIELD": param("POPULATION_FIELD"), "DEMAND_FIELD": param("DEMAND_FIELD"),
            "FACILITIES": param("FACILITIES"), "FACILITY_FILTER": param("FACILITY_FILTER"),
            "COUNT_FIELD": param("COUNT_FIELD"), "MIN_COUNT": param("MIN_COUNT"),
            "MAX_DISTANCE": param("MAX_DISTANCE"), "ALLIANCE_FIELD": Source.fromStaticValue("alliance_id"),
        }, {"OUTPUT": ("SERVICE_GAPS", "Service gaps"),
                                          "OUTPUT_ALLIANCES": ("SERVICE_GAPS_ALLIANCES", "Service gaps per alliance")}, 2)
        # where the alliance's shared facility goes: one new site per alliance, nearest for most residents
        self.child("smallbutstrong:sitefacilities", "siting", "Site shared facilities", {
            "INPUT": Source.fromChildOutput("gaps", "OUTPUT"), "ID_FIELD": param("ID_FIELD"),
            "NAME_FIELD": param("NAME_FIELD"), "DEMAND_FIELD": param("POPULATION_FIELD"),
            "POPULATION_FIELD": param("POPULATION_FIELD"), "ALLIANCE_FIELD": Source.fromStaticValue("alliance_id"),
            "EXISTING": param("FACILITIES"), "EXISTING_FILTER": param("FACILITY_FILTER"),
            "STANDARD_DISTANCE": param("MAX_DISTANCE"), "OBJECTIVE": Source.fromStaticValue(0),
            "SITES_PER_ALLIANCE": Source.fromStaticValue(1),
        }, {"OUTPUT_SITES": ("SITES", "Shared facility sites"), "OUTPUT": ("SITED_UNITS", "Units with their facility")},
            3)
        if with_report:
            sources = {
                "ALLIANCES": Source.fromChildOutput("alliances", "OUTPUT"),
                "UNITS": Source.fromChildOutput("gaps", "OUTPUT"), "TITLE": param("TITLE"),
            }
            sources.update({"FLOOR": param("MIN_POPULATION"), "ALLIANCE_FIELD": Source.fromStaticValue("alliance_id"),
                            "UNIT_NAME_FIELD": param("NAME_FIELD"), "UNIT_POPULATION_FIELD": param("POPULATION_FIELD")})
            if "SITES" in {p.name() for p in self.registry.algorithmById("smallbutstrong:exportreport")
                           .parameterDefinitions()}:
                sources["SITES"] = Source.fromChildOutput("siting", "OUTPUT_SITES")
            self.child("smallbutstrong:exportreport", "report", "Export map report", sources,
                       {"OUTPUT_PDF": ("PDF", "PDF report"), "OUTPUT_IMAGE": ("PNG", "PNG image")}, 4,
                       after=["siting"])
        # the dialog lists the inputs in this order (the units and their fields first), not alphabetically
        self.model.setParameterOrder([spec[0] for spec in INPUTS])
        self.model.setHelpContent({"ALG_DESC": HELP, "ALG_CREATOR": "Small but Strong",
                                   "ALG_VERSION": "1"})
        errors = []
        for child_id in self.model.childAlgorithms():
            ok, issues = self.model.validateChildAlgorithm(child_id)
            errors += [f"{child_id}: {i}" for i in issues]
        if errors:
            raise SystemExit("The model is not valid:\n" + "\n".join(errors))
        return self.model


def _attr(value: str) -> str:
    return (value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")
            .replace("\n", "&#10;").replace("\r", "&#13;").replace("\t", "&#9;"))


def canonical(xml: bytes) -> bytes:
    """The model file with attributes in a fixed order (QDom writes them in hash order, which changes
    from run to run), so that building the model twice gives the same bytes."""
    import xml.etree.ElementTree as ET

    root = ET.fromstring(xml)
    order = {"name": 0, "type": 1, "value": 2}
    lines = ["<!DOCTYPE model>"]

    def emit(element, depth):
        attrs = " ".join(f'{k}="{_attr(v)}"' for k, v in sorted(
            element.attrib.items(), key=lambda kv: (order.get(kv[0], 9), kv[0])))
        head = f"{'  ' * depth}<{element.tag}{' ' + attrs if attrs else ''}"
        if len(element):
            lines.append(head + ">")
            for child in element:
                emit(child, depth + 1)
            lines.append(f"{'  ' * depth}</{element.tag}>")
        else:
            lines.append(head + "/>")

    emit(root, 0)
    return ("\n".join(lines) + "\n").encode("utf-8")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--output", type=Path, default=OUT)
    parser.add_argument("--without-report", action="store_true",
                        help="three steps only (while smallbutstrong:exportreport is not registered)")
    args = parser.parse_args()

    QgsApplication.setPrefixPath("/usr", True)
    app = QgsApplication([], False)
    app.initQgis()
    sys.path.append("/usr/share/qgis/python/plugins")
    from processing.core.Processing import Processing

    Processing.initialize()
    from small_but_strong.processing.provider import SmallButStrongProvider

    provider = SmallButStrongProvider()
    registry = QgsApplication.processingRegistry()
    registry.addProvider(provider)
    with_report = not args.without_report
    if with_report and registry.algorithmById("smallbutstrong:exportreport") is None:
        raise SystemExit("smallbutstrong:exportreport is not registered by processing/provider.py yet; "
                         "use --without-report for the three first steps")
    model = Builder(registry).build(with_report)
    args.output.parent.mkdir(parents=True, exist_ok=True)
    tmp = args.output.with_name(args.output.name + ".tmp")
    if not model.toFile(str(tmp)):
        raise SystemExit(f"QGIS could not write {tmp}")
    as_written, as_canonical = QgsProcessingModelAlgorithm(), QgsProcessingModelAlgorithm()
    as_written.fromFile(str(tmp))
    tmp.write_bytes(canonical(tmp.read_bytes()))
    if not as_canonical.fromFile(str(tmp)) or as_canonical.toVariant() != as_written.toVariant():
        raise SystemExit(f"{tmp} does not read back as the model QGIS wrote")
    old = args.output.read_bytes() if args.output.exists() else None
    if old == tmp.read_bytes():
        tmp.unlink()
        state = "unchanged"
    else:
        tmp.replace(args.output)
        state = "written"
    steps = " -> ".join(c.algorithmId().split(":")[1] for c in sorted(
        model.childAlgorithms().values(), key=lambda c: c.position().y()))
    print(f"{args.output.relative_to(ROOT) if args.output.is_relative_to(ROOT) else args.output}: {state} "
          f"({steps}; {len(model.parameterComponents())} inputs)")
    registry.removeProvider(provider)
    return 0


if __name__ == "__main__":
    sys.exit(main())
