"""smallbutstrong:exportreport: the PDF/PNG report of the real pipeline on the Korean sample.

The pipeline (indicators -> alliances -> service gaps) runs once for the module and writes
GeoPackages, so that qgis_process can read them too. Every PDF is checked as a reader would
see it: page count and size (pdfinfo), pixels (pdftoppm -r 50, then QImage), and the text on it
(pdftotext: the report keeps its Korean text as text).
"""

import json
import os
import subprocess
import unicodedata
import xml.etree.ElementTree as ET
from pathlib import Path

import processing
import pytest
from qgis.core import (
    QgsFeatureRequest,
    QgsLayoutItemLabel,
    QgsLayoutItemMap,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsPrintLayout,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProject,
    QgsReadWriteContext,
    QgsVectorLayer,
)
from qgis.PyQt.QtGui import QImage
from sbs_helpers import Feedback as Warnings, polygon_layer, square

from small_but_strong.processing.report.texts import report_text
from small_but_strong.core.report import (
    MANY_ALLIANCES,
    AllianceRow,
    MemberRow,
    ReportData,
    alliance_chart_svg,
    derive_floor,
    gap_by_alliance,
    gap_totals,
    nice_ticks,
    overview_chart_svg,
    pick_sum_field,
    risk_class_counts,
    summary_lines,
)

ALG = "smallbutstrong:exportreport"
ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "resources" / "sample" / "korea_sigungu.gpkg"
METRO = ("서울특별시", "부산광역시", "대구광역시", "인천광역시", "광주광역시", "대전광역시", "울산광역시",
         "세종특별자치시", "경기도")
NON_METRO = "\"sido\" NOT IN ({})".format(", ".join(f"'{s}'" for s in METRO))
A4 = (297.0, 210.0)
A3 = (420.0, 297.0)
TITLE = "작지만 강한 연합 / Small but strong alliances"


# ------------------------------------------------------------------------- the pipeline

@pytest.fixture(scope="module")
def pipeline(tmp_path_factory):
    """indicators -> proposealliances -> servicegaps on the sample, written to GeoPackages."""
    folder = tmp_path_factory.mktemp("pipeline")
    indicators = processing.run("smallbutstrong:declineindicators", dict(
        INPUT=f"{SAMPLE}|layername=sigungu", ID_FIELD="code", NAME_FIELD="sigungu",
        POPULATION_FIELD="pop_reg_2025", POPULATION_BASE_FIELD="pop_reg_2015", YEAR=2025, BASE_YEAR=2015,
        ELDERLY_FIELD="pop65_reg_2025", YOUNG_WOMEN_FIELD="f20_39_reg_2025", OUTPUT="memory:"))["OUTPUT"]
    alliances = processing.run("smallbutstrong:proposealliances", dict(
        INPUT=indicators, ID_FIELD="code", NAME_FIELD="sigungu", POPULATION_FIELD="pop_reg_2025",
        ELIGIBLE=NON_METRO, HUBS="\"innovation_city\" = 1 OR \"pop_reg_2025\" >= 150000",
        MIN_MEMBERS=2, MAX_MEMBERS=5, MIN_POPULATION=300000, ISLAND_LINK_DISTANCE=1000, OBJECTIVE=0,
        OUTPUT=str(folder / "alliances.gpkg"), OUTPUT_MEMBERS=str(folder / "alliance_members.gpkg")))
    gaps = processing.run("smallbutstrong:servicegaps", dict(
        INPUT=str(folder / "alliance_members.gpkg"), ID_FIELD="code", POPULATION_FIELD="pop_reg_2025",
        DEMAND_FIELD="births_est_2020", COUNT_FIELD="doctors_obgyn_2020", MIN_COUNT=3, CATCHMENT=50,
        DECAY=1, ALLIANCE_FIELD="alliance_id", OUTPUT=str(folder / "service_gaps.gpkg")))
    paths = dict(alliances=str(folder / "alliances.gpkg"), members=str(folder / "alliance_members.gpkg"),
                 gaps=str(folder / "service_gaps.gpkg"))
    layer = QgsVectorLayer(paths["alliances"], "alliances", "ogr")
    paths["count"] = layer.featureCount()
    largest = max(layer.getFeatures(), key=lambda f: f["population"])
    paths["largest"], paths["largest_population"] = largest["name"], largest["population"]
    paths["gap_before"], paths["gap_after"] = gaps["UNITS_IN_GAP"], gaps["UNITS_IN_GAP_AFTER_ALLIANCES"]
    assert paths["count"] >= 20 and alliances["ALLIANCES"] == paths["count"]
    return paths


def run_report(pipeline, out: Path, units: str = "gaps", feedback=None, **params):
    values = dict(ALLIANCES=pipeline["alliances"], UNITS=pipeline[units], TITLE=TITLE,
                  PARAMETERS_TEXT="하한 300,000; 2–5 시군 / floor 300,000; 2–5 members; objective coverage",
                  OUTPUT_PDF=str(out.with_suffix(".pdf")), OUTPUT_IMAGE=str(out.with_suffix(".png")), DPI=60)
    values.update(params)
    return processing.run(ALG, values, feedback=feedback or QgsProcessingFeedback())


# ------------------------------------------------------------------------- reading the PDF

def pdf_pages(pdf: Path):
    """[(width_mm, height_mm)] of every page, from pdfinfo."""
    info = subprocess.run(["pdfinfo", "-f", "1", "-l", "9999", str(pdf)], capture_output=True, text=True,
                          check=True).stdout
    pages = []
    for line in info.splitlines():
        if line.startswith("Page") and "size:" in line:
            parts = line.split("size:")[1].split()
            pages.append((float(parts[0]) / 72 * 25.4, float(parts[2]) / 72 * 25.4))
    return pages


def pdf_text(pdf: Path, page: int = 0) -> str:
    """The text of the PDF (one page or all), ligatures (ﬂ) undone."""
    args = ["pdftotext"] + (["-f", str(page), "-l", str(page)] if page else []) + [str(pdf), "-"]
    return unicodedata.normalize("NFKC", subprocess.run(args, capture_output=True, text=True, check=True).stdout)


def rasterise(pdf: Path, tmp_path: Path, first: int, last: int):
    """pdftoppm -r 50 -png: the pages as files, in order."""
    stem = tmp_path / f"{pdf.stem}-page"
    subprocess.run(["pdftoppm", "-r", "50", "-png", "-f", str(first), "-l", str(last), str(pdf), str(stem)],
                   check=True)
    return sorted(tmp_path.glob(f"{pdf.stem}-page*.png"))


def ink(png: Path):
    """(share of pixels that are not near-white, variance of grey levels) over a grid of pixels."""
    image = QImage(str(png))
    assert not image.isNull(), png
    grey, step = [], 2
    for y in range(0, image.height(), step):
        for x in range(0, image.width(), step):
            c = image.pixelColor(x, y)
            grey.append(0.299 * c.red() + 0.587 * c.green() + 0.114 * c.blue())
    mean = sum(grey) / len(grey)
    return sum(1 for g in grey if g < 235) / len(grey), sum((g - mean) ** 2 for g in grey) / len(grey)


def bar_pixels(png: Path, box_mm, dpi: int = 50) -> int:
    """Pixels of the chart's bar colour (#2b6c9e) inside a box (x0, y0, x1, y1 in mm)."""
    image = QImage(str(png))
    x0, y0, x1, y1 = (round(v / 25.4 * dpi) for v in box_mm)
    count = 0
    for y in range(y0, min(y1, image.height())):
        for x in range(x0, min(x1, image.width())):
            c = image.pixelColor(x, y)
            if abs(c.red() - 0x2b) < 14 and abs(c.green() - 0x6c) < 14 and abs(c.blue() - 0x9e) < 14:
                count += 1
    return count


def assert_page(png: Path, size_mm, dpi: int = 50):
    image = QImage(str(png))
    expected = (size_mm[0] / 25.4 * dpi, size_mm[1] / 25.4 * dpi)
    assert abs(image.width() - expected[0]) <= 1.5 and abs(image.height() - expected[1]) <= 1.5, \
        (image.width(), image.height(), expected)
    share, variance = ink(png)
    # a report page: map, chart and table cover a fifth or more; an empty layout is ~0
    assert share > 0.12, share
    assert variance > 1500, variance


# ------------------------------------------------------------------------- tests

def test_overview_report(pipeline, tmp_path):
    out = tmp_path / "report"
    result = run_report(pipeline, out)
    pdf, png = out.with_suffix(".pdf"), out.with_suffix(".png")
    assert result["OUTPUT_PDF"] == str(pdf) and result["PAGES"] == 1
    pages = pdf_pages(pdf)
    assert len(pages) == 1
    assert pages[0] == pytest.approx(A4, abs=0.5)
    [page] = rasterise(pdf, tmp_path, 1, 1)
    assert_page(page, A4)
    # the chart (an SVG picture: its text is not text in the PDF): its blue bars, middle column
    assert bar_pixels(page, (143, 26, 211, 195)) > 300
    assert bar_pixels(page, (10, 26, 138, 154)) < bar_pixels(page, (143, 26, 211, 195))  # not on the map
    # the PNG at DPI=60: 297 x 210 mm -> 701 x 496 px (QGIS truncates)
    image = QImage(str(png))
    assert (image.width(), image.height()) == (int(297 / 25.4 * 60), int(210 / 25.4 * 60))
    assert ink(png)[0] > 0.12
    # what a reader finds on the page, as text: title, parameters, table, summary, sources. The
    # words are the interface's (English here), the names the data's; every figure is text (one
    # font, Noto Sans, sets the digits: copied from the PDF they are digits)
    text = pdf_text(pdf)
    assert "작지만 강한 연합" in text and "하한 300,000" in text and "objective coverage" in text
    assert pipeline["largest"] in text and "× floor" in text and "Risk index" in text
    assert f"{pipeline['largest_population']:,.0f}" in text  # the table's first row
    assert f"{pipeline['count']} alliances · 121 units" in text  # the summary box
    assert f"in service gap: {pipeline['gap_before']} → {pipeline['gap_after']} units" in text
    assert "below the floor of 300,000: 0 alliance(s)" in text
    # the sources are the sample's own, carried through indicators (a memory layer), alliances
    # and service gaps (GeoPackages)
    assert "National Geographic Information Institute" in text and "KOSTAT" in text
    assert "km" in text  # scale bar
    # no temporary file is left beside the outputs
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix in (".pdf", ".png") and "page" not in p.name) \
        == ["report.pdf", "report.png"]


def test_atlas_one_page_per_alliance(pipeline, tmp_path):
    out = tmp_path / "atlas"
    result = run_report(pipeline, out, ATLAS=True)
    pdf = out.with_suffix(".pdf")
    count = pipeline["count"]
    assert result["PAGES"] == count
    pages = pdf_pages(pdf)
    assert len(pages) == count and all(p == pytest.approx(A4, abs=0.5) for p in pages)
    # size: 1.2 MB a page on the sample (vector maps, hatched fills as 200 dpi images); 1.8 MB at
    # 300 dpi without the print simplification
    assert pdf.stat().st_size < 1.6e6 * count
    for page in rasterise(pdf, tmp_path, 1, 2) + rasterise(pdf, tmp_path, count, count):
        assert_page(page, A4)
    # most populous first; the page names its alliance, its members and the page number
    first = pdf_text(pdf, 1)
    assert f"{pipeline['largest']} alliance" in first and f"1 / {count}" in first
    members = QgsVectorLayer(pipeline["alliances"], "a", "ogr")
    largest = next(f for f in members.getFeatures() if f["name"] == pipeline["largest"])
    for name in largest["member_names"].split(","):
        assert name.strip() in first
    # the PNG is the first atlas page
    image = QImage(result["OUTPUT_IMAGE"])
    assert (image.width(), image.height()) == (int(297 / 25.4 * 60), int(210 / 25.4 * 60))


def test_a3_with_members_layer(pipeline, tmp_path):
    out = tmp_path / "a3"
    result = run_report(pipeline, out, units="members", PAGE_SIZE=1, OUTPUT_IMAGE="")
    pdf = out.with_suffix(".pdf")
    assert result["PAGES"] == 1 and not out.with_suffix(".png").exists()
    assert pdf_pages(pdf) == [pytest.approx(A3, abs=0.5)]
    [page] = rasterise(pdf, tmp_path, 1, 1)
    assert_page(page, A3)
    text = pdf_text(pdf)
    assert "Alliance membership" in text and "member of an alliance" in text  # the members' legend
    assert "high extinction risk:" in text  # no gap field: extinction risk instead, in the summary
    # the chart (drawn as SVG, so not text in the PDF): its blue bars are in the middle column
    assert bar_pixels(page, (202, 36, 298, 276)) > 500


def test_atlas_members_table_follows_the_page(tmp_path):
    """Hand-made layers: no alliance_id in the units (joined by location), no name or ratio field
    guesses to fail on. Each page lists its own members and only those."""
    units = polygon_layer("code:string&field=unit_name:string&field=pop:double&field=gap:integer", [
        (square(0, 0, 10000), "u1", "가군", 200000, 1), (square(10000, 0, 10000), "u2", "나군", 150000, 0),
        (square(0, 30000, 10000), "u3", "다시", 250000, 1), (square(10000, 30000, 10000), "u4", "라시", 80000, 1),
        (square(30000, 30000, 10000), "u5", "마군", 10000, 1)])
    alliances = polygon_layer("name:string&field=population:double", [
        ("POLYGON((0 0,20000 0,20000 10000,0 10000,0 0))", "가군", 350000),
        ("POLYGON((0 30000,20000 30000,20000 40000,0 40000,0 30000))", "다시", 330000)])
    out = tmp_path / "hand"
    result = processing.run(ALG, dict(ALLIANCES=alliances, UNITS=units, TITLE="Test", ATLAS=True, FLOOR=300000,
                                      OUTPUT_PDF=str(out.with_suffix(".pdf")), OUTPUT_IMAGE=""))
    assert result["PAGES"] == 2
    first, second = pdf_text(out.with_suffix(".pdf"), 1), pdf_text(out.with_suffix(".pdf"), 2)
    assert "가군 alliance" in first and "나군" in first and "라시" not in first
    assert "다시 alliance" in second and "라시" in second and "나군" not in second
    assert "200,000" in first and "80,000" in second  # members' population, from the sum-matching field


def test_own_template_and_variables(pipeline, tmp_path):
    """An analyst's template: only a map and a label using @sbs_title; nothing else is required."""
    project = QgsProject()
    layout = QgsPrintLayout(project)
    layout.initializeDefaults()
    label = QgsLayoutItemLabel(layout)
    label.setText("[% upper(@sbs_title) %] — [% @sbs_parameters %]")
    layout.addLayoutItem(label)
    label.attemptMove(QgsLayoutPoint(10, 5))
    label.attemptResize(QgsLayoutSize(270, 10))
    item = QgsLayoutItemMap(layout)
    item.setId("map")
    layout.addLayoutItem(item)
    item.attemptMove(QgsLayoutPoint(10, 20))
    item.attemptResize(QgsLayoutSize(180, 180))
    template = tmp_path / "mine.qpt"
    assert layout.saveAsTemplate(str(template), QgsReadWriteContext())
    out = tmp_path / "mine"
    result = run_report(pipeline, out, TEMPLATE=str(template), TITLE="my title", PARAMETERS_TEXT="p=1")
    assert result["PAGES"] == 1
    text = pdf_text(out.with_suffix(".pdf"))
    assert "MY TITLE" in text and "p=1" in text
    share, _variance = ink(rasterise(out.with_suffix(".pdf"), tmp_path, 1, 1)[0])
    assert share > 0.05  # the map alone


def test_bad_inputs_are_named(pipeline, tmp_path):
    with pytest.raises(QgsProcessingException, match="TEMPLATE"):
        run_report(pipeline, tmp_path / "x", TEMPLATE=str(tmp_path / "missing.qpt"))
    not_a_template = tmp_path / "latin1.qpt"
    not_a_template.write_bytes("<Layout name='Größe'>".encode("iso-8859-1"))
    with pytest.raises(QgsProcessingException, match="TEMPLATE"):
        run_report(pipeline, tmp_path / "x", TEMPLATE=str(not_a_template))
    not_a_template.unlink()
    empty = polygon_layer("name:string", [])
    with pytest.raises(QgsProcessingException, match="UNITS"):
        processing.run(ALG, dict(ALLIANCES=pipeline["alliances"], UNITS=empty, OUTPUT_PDF=str(tmp_path / "e.pdf")))
    with pytest.raises(QgsProcessingException, match="ALLIANCE_FIELD"):
        run_report(pipeline, tmp_path / "x", ALLIANCE_FIELD="no_such_field")
    (tmp_path / "a_file").write_text("not a folder")
    with pytest.raises(QgsProcessingException, match="OUTPUT_PDF"):
        run_report(pipeline, tmp_path / "x", OUTPUT_PDF=str(tmp_path / "a_file" / "r.pdf"))
    with pytest.raises(QgsProcessingException, match="OUTPUT_IMAGE"):
        run_report(pipeline, tmp_path / "x", OUTPUT_IMAGE=str(tmp_path))
    assert [p.name for p in tmp_path.iterdir()] == ["a_file"]


def test_alliances_and_units_of_two_runs_are_refused(pipeline, tmp_path):
    """Alliances of another area (here: moved 500 km east) do not hold the units joined to them."""
    moved = QgsVectorLayer(pipeline["alliances"], "a", "ogr").materialize(QgsFeatureRequest())
    moved.startEditing()
    for feature in moved.getFeatures():
        geom = feature.geometry()
        geom.translate(500000, 0)
        moved.changeGeometry(feature.id(), geom)
    moved.commitChanges()
    with pytest.raises(QgsProcessingException, match="ALLIANCES and UNITS do not belong together"):
        processing.run(ALG, dict(ALLIANCES=moved, UNITS=pipeline["gaps"], OUTPUT_PDF=str(tmp_path / "m.pdf")))
    assert not list(tmp_path.iterdir())


def test_no_alliance_still_maps_the_units(pipeline, tmp_path):
    """Settings under which no alliance reaches the floor: the report maps the units and says so."""
    empty = polygon_layer("alliance_id:integer&field=name:string&field=population:double", [])
    feedback = Warnings()
    result = processing.run(ALG, dict(ALLIANCES=empty, UNITS=pipeline["gaps"], TITLE="None reached",
                                      OUTPUT_PDF=str(tmp_path / "e.pdf"), OUTPUT_IMAGE=""), feedback=feedback)
    assert result["PAGES"] == 1 and pdf_pages(tmp_path / "e.pdf") == [pytest.approx(A4, abs=0.5)]
    assert any("No alliance to report" in w for w in feedback.warnings)
    text = pdf_text(tmp_path / "e.pdf")
    assert "0 alliances · 0 units" in text and "None reached" in text
    [page] = rasterise(tmp_path / "e.pdf", tmp_path, 1, 1)
    assert ink(page)[0] > 0.08  # the map of the units


class CancelAt(QgsProcessingFeedback):
    """Cancels at ``at`` per cent of the set-up (the layout is built by 30 %), or with ``at=None``
    as soon as the PDF export reports progress (the exporter restarts the count from 0)."""

    def __init__(self, at):
        super().__init__()
        self.at, self.last = at, 0.0
        self.progressChanged.connect(self._check)

    def _check(self, progress):
        exporting = progress < self.last
        self.last = progress
        if not self.isCanceled() and ((self.at is not None and progress >= self.at)
                                      or (self.at is None and exporting)):
            self.cancel()


@pytest.mark.parametrize("at", [10, None])
def test_cancel_leaves_no_file(pipeline, tmp_path, at):
    out = tmp_path / "cancelled"
    feedback = CancelAt(at)
    try:
        result = run_report(pipeline, out, feedback=feedback, ATLAS=True)
    except QgsProcessingException:
        result = {}
    assert feedback.isCanceled() and not result.get("PAGES")
    assert list(tmp_path.iterdir()) == []  # neither the PDF/PNG nor a partial file


def test_desktop_adds_the_layout_to_the_project(pipeline, tmp_path, monkeypatch):
    """With iface and QgsProject.instance() (the desktop), the layout goes to the layout manager."""
    import qgis.utils

    monkeypatch.setattr(qgis.utils, "iface", object())
    project = QgsProject.instance()
    context = QgsProcessingContext()
    context.setProject(project)
    before = {layout.name() for layout in project.layoutManager().layouts()}
    names = []
    try:
        for i in range(2):
            result = processing.run(ALG, dict(
                ALLIANCES=pipeline["alliances"], UNITS=pipeline["gaps"], TITLE="Desktop report",
                OUTPUT_PDF=str(tmp_path / f"d{i}.pdf"), OUTPUT_IMAGE=""), context=context)
            names.append(result["LAYOUT_NAME"])
        # a second run with the same title replaces the first run's layout and layer group
        assert names == ["Desktop report", "Desktop report"]
        assert [lay.name() for lay in project.layoutManager().layouts()].count("Desktop report") == 1
        assert len([g for g in project.layerTreeRoot().findGroups() if g.name() == "Report: Desktop report"]) == 1
        layout = project.layoutManager().layoutByName(names[0])
        assert layout is not None and layout.itemById("map") is not None
        group = project.layerTreeRoot().findGroup("Report: Desktop report")
        # the layers stay with the layout, shown on the canvas as on paper
        assert group is not None and all(node.layer() is not None for node in group.findLayers())
        shown = {node.layer().name() for node in group.findLayers() if node.itemVisibilityChecked()}
        assert shown == {"Alliances", "Service gaps"}
    finally:
        for layout in list(project.layoutManager().layouts()):
            if layout.name() not in before:
                project.layoutManager().removeLayout(layout)
        root = project.layerTreeRoot()
        for group in [g for g in root.children() if g.name().startswith("Report: ")]:
            project.removeMapLayers([n.layerId() for n in group.findLayers()])
            root.removeChildNode(group)


def test_qgis_process(pipeline, tmp_path):
    env = dict(os.environ, SBS_PROFILE_DIR=str(tmp_path / "profile"), QT_QPA_PLATFORM="offscreen")
    out = tmp_path / "qp.pdf"
    run = subprocess.run(["bash", str(ROOT / "scripts" / "qgis_process.sh"), "--json", "run", ALG, "--",
                          f"ALLIANCES={pipeline['alliances']}", f"UNITS={pipeline['gaps']}", f"TITLE={TITLE}",
                          f"OUTPUT_PDF={out}", f"OUTPUT_IMAGE={tmp_path / 'qp.png'}", "DPI=40"],
                         env=env, capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr
    results = json.loads(run.stdout)["results"]  # nothing else on stdout
    assert results["PAGES"] == 1 and results["OUTPUT_PDF"] == str(out)
    assert pdf_pages(out) == [pytest.approx(A4, abs=0.5)]
    image = QImage(str(tmp_path / "qp.png"))
    assert (image.width(), image.height()) == (int(297 / 25.4 * 40), int(210 / 25.4 * 40))
    assert "작지만 강한 연합" in pdf_text(out)


# ------------------------------------------------------------------------- core.report

def test_core_helpers():
    assert nice_ticks(1167182, 4) == [0, 500000, 1000000, 1500000]
    assert nice_ticks(0.62, 3) == pytest.approx([0, 0.25, 0.5, 0.75])
    assert derive_floor([(1167182, 3.890607), (303970, 1.013233), (None, 1.0)]) == 300000
    assert pick_sum_field({"a": 300.0, "b": 500.0},
                          {"pop_2020": {"a": 290.0, "b": 500.0}, "pop_2025": {"a": 300.0, "b": 500.0}}) == "pop_2025"
    assert pick_sum_field({"a": 300.0}, {"pop": {"a": 200.0}}) is None
    members = [MemberRow("a", 1, 100, gap=1, covered=1), MemberRow("b", 1, 50, gap=1, covered=0),
               MemberRow("c", 2, 10, gap=0), MemberRow("d", None, 7, gap=1)]
    assert gap_by_alliance(members) == {1: (2, 1), 2: (0, 0)}
    totals = gap_totals(members)
    assert (totals.units_before, totals.units_after) == (3, 2)
    assert (totals.population_before, totals.population_after) == (157, 57)
    assert risk_class_counts([2.0, 1.2, 0.7, 0.3, 0.1, None]) == {1: 1, 2: 1, 3: 1, 4: 1, 5: 1}


def test_charts_are_valid_svg_with_the_data():
    rows = [AllianceRow("1", "청주시", 979314, 4, 3.26, 0.61), AllianceRow("2", "경산시", 303970, 2, 1.01, 0.44),
            AllianceRow("3", "<&>", 250000, 2, 0.83, 0.1)]
    members = [MemberRow("청주시", "1", 850000, "hub", 0.7, 0, 0), MemberRow("증평군", "1", 129314, "member", 0.4, 1, 1)]
    data = ReportData(rows, members, 300000, has_gap=True, has_risk=True)
    t = report_text()
    for svg in (overview_chart_svg(data, 68, 169.5, t), overview_chart_svg(data, 200, 60, t),
                alliance_chart_svg(rows[0], members, 300000, 113, 52, True, True, t),
                alliance_chart_svg(rows[0], members, 300000, 113, 52, False, True, t)):
        root = ET.fromstring(svg)  # well-formed, names escaped
        texts = [t.text for t in root.iter("{http://www.w3.org/2000/svg}text")]
        assert "청주시" in texts or any("청주시" in (t or "") for t in texts)
    overview = overview_chart_svg(data, 68, 169.5, t, font="Noto Sans")
    assert "979,314" in overview and "&lt;&amp;&gt;" in overview and "1 alliances" not in overview
    assert "#e6550d" in overview  # the alliance below the floor is drawn in the warning colour
    assert "Noto Sans" in overview and "Population of each alliance against the floor" in overview
    lines = summary_lines(data, t)
    assert lines[0] == "3 alliances · 2 units · 1,533,284 residents"
    assert lines[1] == "below the floor of 300,000: 1 alliance(s)"
    assert lines[2].startswith("in service gap: 1 → 0 units")


def test_many_alliances_get_a_distribution_instead_of_bars():
    """Above MANY_ALLIANCES bars, one bar per alliance is unreadable: a histogram by population."""
    rows = [AllianceRow(str(i), f"a{i}", 300000 + 5000 * i, 2, 1 + i / 60, 0.5) for i in range(MANY_ALLIANCES + 1)]
    t = report_text()
    svg = overview_chart_svg(ReportData(rows, [], 300000, has_gap=False, has_risk=False), 68, 169.5, t)
    assert "Alliances by population" in svg and "a3" not in svg
    fewer = overview_chart_svg(ReportData(rows[:MANY_ALLIANCES], [], 300000, False, False), 68, 169.5, t)
    assert "Population of each alliance against the floor" in fewer and ">a3<" in fewer
