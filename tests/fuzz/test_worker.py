"""The worker itself: it answers, survives a crash and a hang of a case, and judges a known-good and
a known-bad case as the house rule says (a fuzz suite whose judge cannot fail proves nothing)."""

from __future__ import annotations

import os

import pytest


def test_a_crash_is_a_verdict_and_the_next_case_gets_a_new_worker(fuzz_runner):
    if os.environ.get("SBS_FUZZ_INPROCESS") == "1":
        pytest.skip("in-process: a crash would end the session")
    first = fuzz_runner.run({"alg": "_ping"})
    crashed = fuzz_runner.run({"alg": "_crash"})
    assert crashed["outcome"] == "crashed" and crashed["returncode"] == -11 and not crashed["ok"]
    again = fuzz_runner.run({"alg": "_ping"})
    assert again["outcome"] == "pong" and again["pid"] != first["pid"]


def test_a_hang_is_a_verdict(fuzz_runner):
    if os.environ.get("SBS_FUZZ_INPROCESS") == "1":
        pytest.skip("in-process: no timeout")
    hung = fuzz_runner.run({"alg": "_sleep", "seconds": 30}, timeout=1)
    assert hung["outcome"] == "timeout" and not hung["ok"]
    assert fuzz_runner.run({"alg": "_ping"})["outcome"] == "pong"


def _units(features, fields=(("id", "string"), ("pop", "double"))):
    return {"geometry": "MultiPolygon", "crs": "EPSG:5179", "provider": "memory", "fields": [list(f) for f in fields],
            "features": features}


def _square(n):
    x = 1_000_000 + 1000 * n
    return f"POLYGON(({x} 2000000,{x + 1000} 2000000,{x + 1000} 2001000,{x} 2001000,{x} 2000000))"


GOOD = {"alg": "D", "layers": {"units": _units([[_square(n), [f"u{n}", 100.0]] for n in range(3)])},
        "params": {"INPUT": {"$layer": "units"}, "ID_FIELD": "id", "POPULATION_FIELD": "pop", "OUTPUT": "memory:"}}


def test_a_good_case_passes(fuzz_runner):
    verdict = fuzz_runner.run(GOOD)
    assert verdict["ok"] and verdict["outcome"] == "result", verdict


def test_a_refusal_naming_the_parameter_passes_and_files_are_checked(fuzz_runner):
    case = dict(GOOD, params=dict(GOOD["params"], POPULATION_FIELD="nosuch", OUTPUT={"$path": "x.shp"}))
    verdict = fuzz_runner.run(case)
    assert verdict["ok"] and verdict["outcome"] == "refused" and "POPULATION_FIELD" in verdict["message"], verdict


def test_the_judge_sees_a_message_that_names_nothing():
    """The judge of refusals flags a message that names no parameter, field, unit or value, and a
    traceback shown as a message; it accepts one that names the parameter (the /proc export failure
    of the report, once unnamed, now names OUTPUT_PDF: see test_regressions)."""
    from execute import _refusal_problems

    names = ["OUTPUT_PDF", "OUTPUT_IMAGE", "u0"]
    assert any("names no parameter" in p for p in _refusal_problems("The PDF could not be written.", names))
    assert any("Python error" in p for p in _refusal_problems(
        "Traceback (most recent call last):\n  File x\nAttributeError: no attribute 'errorMessage'", names))
    assert _refusal_problems("Parameter OUTPUT_PDF: the PDF could not be written to /proc/r.pdf.", names) == []
    # a name inside a longer word does not count
    assert _refusal_problems("OUTPUT_PDFX failed", names) != []
    # the sink's own failure is no refusal, though it names OUTPUT and the unit
    assert any("could not be written" in p for p in _refusal_problems("Could not write feature into OUTPUT (u0)",
                                                                      ["OUTPUT", "u0"]))


SERIES = (("id", "string"), ("pop_2010", "double"), ("pop_2015", "double"), ("pop_2020", "double"))
PROJECTION = {"alg": "P", "layers": {"units": _units([[_square(n), [f"u{n}", 100.0, 90.0 + n, 80.0]]
                                                      for n in range(3)], SERIES)},
              "params": {"INPUT": {"$layer": "units"}, "ID_FIELD": "id",
                         "POPULATION_FIELDS": ["pop_2010", "pop_2015", "pop_2020"], "TARGET_YEARS": "2030,2040",
                         "OUTPUT": {"$path": "p.shp"}}}
SITING = {"alg": "F", "layers": {"units": _units([[_square(n), [f"u{n}", 100.0]] for n in range(4)])},
          "params": {"INPUT": {"$layer": "units"}, "ID_FIELD": "id", "DEMAND_FIELD": "pop", "SITES_PER_ALLIANCE": 2,
                     "OUTPUT_SITES": "memory:", "OUTPUT": {"$path": "units.shp"}, "OUTPUT_LINES": "memory:"}}


@pytest.mark.parametrize("case", [PROJECTION, SITING], ids=["projectpopulation", "sitefacilities"])
def test_good_cases_of_the_newer_algorithms_pass(fuzz_runner, case):
    """Their per-unit OUTPUT is judged (and its fields found in a shapefile, whose names are cut at
    ten characters: facility_type is facility_t there)."""
    verdict = fuzz_runner.run(case)
    assert verdict["ok"] and verdict["outcome"] == "result", verdict


def test_the_judge_of_the_newer_algorithms_sees_a_lost_unit_and_a_missing_year():
    """A projection output without one of the units and without the target years' fields fails."""
    from execute import _check_result, build_layer
    from qgis.core import QgsFeatureRequest

    units = build_layer(PROJECTION["layers"]["units"], "units", None)
    output = units.materialize(QgsFeatureRequest().setFilterFids([f.id() for f in units.getFeatures()][:2]))
    problems = _check_result("P", {"OUTPUT": output}, {"units": units}, PROJECTION["params"])
    assert any("2 units for 3 input units (missing keys [2]" in p for p in problems), problems
    assert any("no field pop_2030" in p for p in problems), problems
