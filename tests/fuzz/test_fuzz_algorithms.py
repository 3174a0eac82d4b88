"""Every algorithm against generated layers and parameters: the house rule holds for each example.

The rule (``execute.py``): a QgsProcessingException naming a parameter, field, unit or value, with
the output folder as it was; or a result holding every input unit exactly once in every per-unit
output; never another exception, a crash, a hang, or a QGIS that fails on the next run. A failure
prints the case (JSON, shrunk by Hypothesis) and the verdict: paste the case into
``SBS_FUZZ_INPROCESS=1`` and :func:`execute.judged` to replay it.
"""

from __future__ import annotations

import contextlib
import json
from collections import Counter

import pytest
from hypothesis import event, given, note
from strategies import CASES, describe
from worker import CASE_TIMEOUT

#: outcomes per algorithm over the session, printed at the end (how much of the space was reached)
TALLY = {alg: Counter() for alg in CASES}


def check(runner, case: dict) -> None:
    verdict = runner.run(case, timeout=CASE_TIMEOUT)
    TALLY[case["alg"]][verdict.get("outcome", "?")] += 1
    event(f"outcome: {verdict.get('outcome')}")
    note("case: " + json.dumps(case, default=str))
    note("in brief: " + describe(case))
    note("verdict: " + json.dumps({k: v for k, v in verdict.items() if k != "stderr"}, default=str)[:3000])
    if verdict.get("stderr"):
        note("worker stderr (tail): " + verdict["stderr"][-1500:])
    assert verdict.get("ok"), "; ".join(verdict.get("problems") or ["no verdict"])


@given(case=CASES["D"])
def test_declineindicators(fuzz_runner, case):
    check(fuzz_runner, case)


@given(case=CASES["A"])
def test_proposealliances(fuzz_runner, case):
    check(fuzz_runner, case)


@given(case=CASES["S"])
def test_servicegaps(fuzz_runner, case):
    check(fuzz_runner, case)


@given(case=CASES["R"])
def test_exportreport(fuzz_runner, case):
    check(fuzz_runner, case)


@given(case=CASES["P"])
def test_projectpopulation(fuzz_runner, case):
    check(fuzz_runner, case)


@given(case=CASES["F"])
def test_sitefacilities(fuzz_runner, case):
    check(fuzz_runner, case)


@pytest.fixture(scope="module", autouse=True)
def _print_tally(request):
    yield
    reporter = request.config.pluginmanager.get_plugin("terminalreporter")
    capture = request.config.pluginmanager.get_plugin("capturemanager")
    if reporter is not None:
        with capture.global_and_fixture_disabled() if capture is not None else contextlib.nullcontext():
            reporter.write_line("")
            for alg, counts in TALLY.items():  # printed without -s too (a teardown's output is captured)
                if counts:
                    reporter.write_line(f"fuzz {alg}: {sum(counts.values())} cases, {dict(counts)}")
