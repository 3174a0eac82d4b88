"""Korean: every string translated, the .qm built from the .ts, QGIS in Korean shows Korean.

The locale tests run QGIS in a child process (a throw-away settings folder, the Korean locale in
QgsSettings as QGIS desktop writes it) and load the plugin the way QGIS does: classFactory ->
SmallButStrongPlugin -> install_translator; or enable it in qgis_process.bin.
"""

import importlib.util
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QTranslator

ROOT = Path(__file__).resolve().parents[2]
I18N = ROOT / "resources" / "i18n"
SCRIPT = ROOT / "scripts" / "i18n.py"
PYTHON = "/usr/bin/python3"

#: algorithm id -> (English, Korean) display name
NAMES = {
    "smallbutstrong:declineindicators": ("Decline indicators", "쇠퇴 지표"),
    "smallbutstrong:proposealliances": ("Propose alliances", "연합 제안"),
    "smallbutstrong:servicegaps": ("Service gaps", "서비스 공백"),
    "smallbutstrong:exportreport": ("Export map report", "지도 보고서 내보내기"),
    "smallbutstrong:fullanalysis": ("Full analysis", "전체 분석"),
    "smallbutstrong:projectpopulation": ("Project population", "인구 추계"),
    "smallbutstrong:sitefacilities": ("Site shared facilities", "공동 시설 입지 선정"),
}


def i18n_module():
    spec = importlib.util.spec_from_file_location("sbs_i18n_script", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


def registered_ids():
    provider = QgsApplication.processingRegistry().providerById("smallbutstrong")
    return {a.id() for a in provider.algorithms()}


# -- the translation is complete and compiled ----------------------------------------------

def test_every_string_has_a_korean_translation():
    run = subprocess.run([PYTHON, str(SCRIPT), "--check"], capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, (
        "Strings without a Korean translation (run `make i18n`, translate them in "
        f"resources/i18n/small_but_strong_ko.ts, run `make i18n` again):\n{run.stdout}{run.stderr}")
    assert "all translated" in run.stdout


def test_every_tr_call_can_be_extracted():
    """tr(variable) hides its strings from scripts/i18n.py, and so from the translation."""
    dynamic = i18n_module().extract().dynamic
    assert not dynamic, (
        "tr() of values scripts/i18n.py cannot see (use literals, literal lists/tuples, or mark the line "
        "'# i18n: <where the strings come from>' once they are extracted otherwise):\n" + "\n".join(
            f"{path}:{line}: {code}" for path, line, code in dynamic))


def test_check_finds_what_is_missing(tmp_path):
    """The check itself: a new string, a lost placeholder and a stale .qm are all reported."""
    i18n = i18n_module()
    extraction = i18n.extract()
    count = len(extraction.messages)
    assert count > 250
    # what the extraction must find: plain calls, algorithm attributes, values of literal lists
    # (ui/table_model.py: tr(COLUMNS[section][0])), module constants (plugin.py: tr(MENU)), the model
    for text in ("Decline indicators", "Alliances", "Locked", "&Small but Strong", "Full analysis",
                 "Report title", "Parameter {0}: the layer could not be read."):
        assert text in extraction.messages, text
    assert i18n.check("ko", extraction) == []

    extraction.add("A string nobody translated yet", "ui/new.py", 7)
    problems = i18n.check("ko", extraction)
    assert len(problems) == 1 and "ui/new.py:7" in problems[0] and "nobody translated" in problems[0]

    assert i18n.placeholder_problems("Parameter {0}: {1}", "파라미터 {0}") != []
    assert i18n.placeholder_problems("<b>{0}</b> units", "시군구 {0}곳") != []
    assert i18n.placeholder_problems("{0:.1f} s", "{0:.1f}초") == []

    # a .qm that is not the compiled .ts
    entries = i18n.read_ts(i18n.ts_path("ko"))
    entries["Decline indicators"].translation = "쇠퇴"
    stale = tmp_path / "stale.ts"
    stale.write_text(i18n.render_ts(entries, "ko_KR"), encoding="utf-8")
    assert i18n.compile_qm(stale) != i18n.qm_path("ko").read_bytes()


def test_qm_translates_the_algorithm_names():
    translator = QTranslator()
    assert translator.load(str(I18N / "small_but_strong_ko.qm"))
    for english, korean in NAMES.values():
        assert translator.translate("SmallButStrong", english) == korean
    assert translator.translate("SmallButStrong", "Parameter {0}: the layer could not be read.") == \
        "파라미터 {0}: 레이어를 읽을 수 없습니다."


def test_update_is_idempotent(tmp_path):
    """What `make i18n` writes, read back and updated again, is the same .ts and the same .qm."""
    i18n = i18n_module()
    extraction = i18n.extract()
    once = i18n.render_ts(i18n.merge(i18n.read_ts(i18n.ts_path("ko")), extraction), "ko_KR")
    first = tmp_path / "once.ts"
    first.write_text(once, encoding="utf-8")
    twice = i18n.render_ts(i18n.merge(i18n.read_ts(first), extraction), "ko_KR")
    assert twice == once
    second = tmp_path / "twice.ts"
    second.write_text(twice, encoding="utf-8")
    assert i18n.compile_qm(first) == i18n.compile_qm(second)
    # no message is lost or changes: only the locations follow the code
    shipped = i18n.read_ts(i18n.ts_path("ko"))
    updated = i18n.read_ts(first)
    for source, entry in shipped.items():
        assert updated[source].translation == entry.translation


# -- QGIS in Korean ------------------------------------------------------------------------

CHILD = r"""
import json, os, sys
sys.path.insert(0, sys.argv[2])
from qgis.core import QgsApplication, QgsSettings
QgsApplication.setPrefixPath("/usr", True)
app = QgsApplication([], False)
app.initQgis()
settings = QgsSettings()
settings.setValue("locale/overrideFlag", True)
settings.setValue("locale/userLocale", sys.argv[1])
import small_but_strong
plugin = small_but_strong.classFactory(None)
plugin.initProcessing()
provider = QgsApplication.processingRegistry().providerById("smallbutstrong")
out = {"translator": plugin.translator is not None, "algorithms": {}}
for alg in provider.algorithms():
    out["algorithms"][alg.id()] = {
        "name": alg.displayName(), "group": alg.group(), "help": alg.shortHelpString(),
        "params": {p.name(): p.description() for p in alg.parameterDefinitions()}}
plugin.unload()
print("JSON:" + json.dumps(out, ensure_ascii=False))
"""


def plugin_in_locale(tmp_path, locale: str) -> dict:
    import small_but_strong

    package_parent = str(Path(small_but_strong.__file__).parent.parent)  # holds the symlink (conftest.py)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", QGIS_CUSTOM_CONFIG_PATH=str(tmp_path / "qgis"),
               XDG_CONFIG_HOME=str(tmp_path / "config"), LANG="C.UTF-8", LC_ALL="C.UTF-8")
    env.pop("LANGUAGE", None)
    run = subprocess.run([PYTHON, "-c", CHILD, locale, package_parent], capture_output=True, text=True,
                         env=env, timeout=300)
    lines = [line for line in run.stdout.splitlines() if line.startswith("JSON:")]
    assert run.returncode == 0 and lines, run.stdout + run.stderr
    return json.loads(lines[-1][5:])


@pytest.fixture(scope="module")
def korean(tmp_path_factory):
    return plugin_in_locale(tmp_path_factory.mktemp("ko"), "ko_KR")


def test_algorithm_names_in_korean(korean):
    assert korean["translator"] is True
    algorithms = korean["algorithms"]
    for alg_id in registered_ids():
        assert alg_id in algorithms, alg_id
        assert algorithms[alg_id]["name"] == NAMES[alg_id][1], alg_id
    assert {a["group"] for a in algorithms.values()} >= {"쇠퇴", "연합", "서비스", "모델"}


def test_parameters_and_help_in_korean(korean):
    indicators = korean["algorithms"]["smallbutstrong:declineindicators"]
    assert indicators["params"]["INPUT"] == "시군구 (폴리곤 레이어)"
    assert indicators["params"]["ELDERLY_FIELD"] == "65세 이상 인구"
    assert "지방소멸위험지수" in indicators["help"] and "<h3>지표</h3>" in indicators["help"]
    alliances = korean["algorithms"]["smallbutstrong:proposealliances"]
    assert alliances["params"]["MIN_POPULATION"] == "연합의 최소 인구 (비우면 프로필 값)"
    gaps = korean["algorithms"]["smallbutstrong:servicegaps"]
    assert "분만취약지" in gaps["help"] and "국가최저기준" in gaps["help"]
    model = korean["algorithms"]["smallbutstrong:fullanalysis"]
    assert model["params"]["UNITS"] == "시군구 (폴리곤 레이어)"
    assert model["params"]["TITLE"] == "보고서 제목"
    assert model["params"]["indicators:INDICATORS"] == "쇠퇴 지표"  # an output of the model
    assert model["help"].startswith("<p>작지만 강한 분석 전체를")
    # every translated help keeps the English one's markup
    for alg_id, alg in korean["algorithms"].items():
        assert alg["help"].count("<li>") > 2, alg_id


def test_english_locale_stays_english(tmp_path):
    english = plugin_in_locale(tmp_path, "en_US")
    assert english["translator"] is False  # no small_but_strong_en.qm: the source strings are English
    for alg_id, alg in english["algorithms"].items():
        assert alg["name"] == NAMES[alg_id][0]


def test_qgis_process_lists_korean_names(tmp_path):
    """qgis_process.bin with the plugin enabled in a profile whose QGIS locale is Korean."""
    profile = tmp_path / "profile"
    ini = profile / "profiles" / "default" / "QGIS" / "QGIS3.ini"
    ini.parent.mkdir(parents=True)
    ini.write_text("[locale]\noverrideFlag=true\nuserLocale=ko_KR\n", encoding="utf-8")
    env = dict(os.environ, SBS_PROFILE_DIR=str(profile), QT_QPA_PLATFORM="offscreen")
    run = subprocess.run(["bash", str(ROOT / "scripts" / "qgis_process.sh"), "list"], env=env,
                         capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr
    listed = dict(line.strip().split("\t", 1) for line in run.stdout.splitlines()
                  if line.strip().startswith("smallbutstrong:"))
    for alg_id in registered_ids():
        assert listed.get(alg_id) == NAMES[alg_id][1], (alg_id, listed)
