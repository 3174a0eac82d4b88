"""smallbutstrong:exportreport with the results of issues 18 and 19: durable alliances (projected
populations against the floor) and the chosen sites of sitefacilities (SITES).

The pipelines are real: on the Korean sample projectpopulation -> proposealliances -> servicegaps
-> sitefacilities (delivery care: births, the units with 3 or more ob-gyn doctors as the
existing facilities, 30 km); on the US sample (the five Plains states) projectpopulation ->
proposealliances -> sitefacilities. Every figure asserted on a page is the figure of the
algorithm that made it (the outputs of sitefacilities, the alliances' below_floor_year), read
from the PDF as text (pdftotext); the markers and the path panel are counted as pixels of the
PDF rasterised by pdftoppm. SBS_REPORT_PNG=<folder> keeps the rasterised pages for a look.
"""

import os
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import processing
import pytest
from qgis.core import QgsFeatureRequest, QgsProcessingException, QgsProcessingFeedback, QgsVectorLayer
from qgis.PyQt.QtGui import QImage
from test_export_report import A4, METRO, NON_METRO, assert_page, pdf_pages, pdf_text

from small_but_strong.core.report import (
    AllianceRow,
    MemberRow,
    ReportData,
    SitingFigures,
    alliance_chart_svg,
    first_below,
    full_path,
    nice_threshold,
    overview_chart_svg,
    path_counts,
    siting_chart_svg,
    siting_lines,
    summary_lines,
)
from small_but_strong.processing.report.texts import report_text
from sbs_helpers import Feedback as Warnings

assert METRO  # the sample's metropolitan areas stay out of the alliances (NON_METRO)

ALG = "smallbutstrong:exportreport"
ROOT = Path(__file__).resolve().parents[2]
KOREA = ROOT / "resources" / "sample" / "korea_sigungu.gpkg"
US = ROOT / "resources" / "sample" / "us_counties.gpkg"
PLAINS = "\"STATE_NAME\" IN ('Kansas','Nebraska','South Dakota','North Dakota','Iowa')"
DPI = 60
#: the sites' marker (processing/report/siting.py SITE_COLOUR) and the path panel's colours
PURPLE = (0x6a, 0x1b, 0x9a)
TINT = (0xfd, 0xeb, 0xdf)
HANGUL = re.compile("[\u1100-\u11ff\u3130-\u318f\uac00-\ud7a3]")


# ------------------------------------------------------------------------- pipelines

def features(path: str):
    return list(QgsVectorLayer(path, "layer", "ogr").getFeatures())


def null(value) -> bool:
    return value is None or (hasattr(value, "isNull") and value.isNull())


@pytest.fixture(scope="module")
def korea(tmp_path_factory):
    """projectpopulation -> proposealliances -> servicegaps -> sitefacilities on the Korean sample."""
    folder = tmp_path_factory.mktemp("korea")
    out = {name: str(folder / f"{name}.gpkg") for name in (
        "projection", "alliances", "members", "gaps", "existing", "sites", "site_units")}
    processing.run("smallbutstrong:projectpopulation", dict(
        INPUT=f"{KOREA}|layername=sigungu", ID_FIELD="code", NAME_FIELD="sigungu",
        POPULATION_FIELDS=[f"pop_reg_{y}" for y in range(2015, 2026)], TARGET_YEARS="2030,2035,2040,2050",
        OUTPUT=out["projection"]))
    alliances = processing.run("smallbutstrong:proposealliances", dict(
        INPUT=out["projection"], ID_FIELD="code", NAME_FIELD="sigungu", POPULATION_FIELD="pop_reg_2025",
        ELIGIBLE=NON_METRO, HUBS="\"innovation_city\" = 1 OR \"pop_reg_2025\" >= 150000",
        MIN_MEMBERS=2, MAX_MEMBERS=5, MIN_POPULATION=300000, ISLAND_LINK_DISTANCE=1000, OBJECTIVE=0,
        OUTPUT=out["alliances"], OUTPUT_MEMBERS=out["members"]))
    processing.run("smallbutstrong:servicegaps", dict(
        INPUT=out["members"], ID_FIELD="code", POPULATION_FIELD="pop_reg_2025", DEMAND_FIELD="births_est_2020",
        COUNT_FIELD="doctors_obgyn_2020", MIN_COUNT=3, CATCHMENT=50, DECAY=1, ALLIANCE_FIELD="alliance_id",
        OUTPUT=out["gaps"]))
    # delivery care today: the units with 3 or more ob-gyn doctors, as points
    processing.run("native:pointonsurface", dict(INPUT=f"{KOREA}|layername=sigungu", OUTPUT=out["existing"]))
    siting = processing.run("smallbutstrong:sitefacilities", dict(
        INPUT=out["gaps"], ID_FIELD="code", NAME_FIELD="sigungu", POPULATION_FIELD="pop_reg_2025",
        ALLIANCE_FIELD="alliance_id", DEMAND_FIELD="births_est_2020", STANDARD_DISTANCE=30,
        EXISTING=out["existing"], EXISTING_FILTER="\"doctors_obgyn_2020\" >= 3", EXISTING_NAME_FIELD="sigungu",
        OUTPUT_SITES=out["sites"], OUTPUT=out["site_units"]))
    rows = features(out["alliances"])
    assert alliances["ALLIANCES"] == len(rows) == siting["SITES"] == 29
    out["count"] = len(rows)
    out["durable"] = sum(1 for f in rows if null(f["below_floor_year"]))
    out["falling"] = sorted(((f["population"], f["name"], f["below_floor_year"]) for f in rows
                             if not null(f["below_floor_year"])), reverse=True)
    out["by_population"] = [f["name"] for f in sorted(rows, key=lambda f: -f["population"])]
    out["siting"] = siting
    out["site_names"] = sorted({f["site_name"] for f in features(out["sites"])})
    return out


@pytest.fixture(scope="module")
def plains(tmp_path_factory):
    """The US sample's five Plains states: projectpopulation -> proposealliances -> sitefacilities
    (one site per alliance, the 1990 population as the demand, no facility today, 50 miles)."""
    folder = tmp_path_factory.mktemp("plains")
    out = {name: str(folder / f"{name}.gpkg") for name in (
        "counties", "projection", "alliances", "members", "sites", "site_units")}
    processing.run("native:extractbyexpression", dict(INPUT=f"{US}|layername=counties", EXPRESSION=PLAINS,
                                                       OUTPUT=out["counties"]))
    processing.run("smallbutstrong:projectpopulation", dict(
        INPUT=out["counties"], ID_FIELD="FIPS", NAME_FIELD="NAME", POPULATION_FIELDS=["PO60", "PO70", "PO80", "PO90"],
        YEARS="1960,1970,1980,1990", TARGET_YEARS="2000,2010,2020", OUTPUT=out["projection"]))
    processing.run("smallbutstrong:proposealliances", dict(
        INPUT=out["projection"], ID_FIELD="FIPS", NAME_FIELD="NAME", POPULATION_FIELD="PO90", ELIGIBLE=PLAINS,
        MIN_POPULATION=50000, MAX_MEMBERS=5, TIME_LIMIT=60, OUTPUT=out["alliances"], OUTPUT_MEMBERS=out["members"]))
    out["siting"] = processing.run("smallbutstrong:sitefacilities", dict(
        INPUT=out["members"], ID_FIELD="FIPS", NAME_FIELD="NAME", POPULATION_FIELD="PO90", DEMAND_FIELD="PO90",
        ALLIANCE_FIELD="alliance_id", STANDARD_DISTANCE=50 * 1.609344, OUTPUT_SITES=out["sites"],
        OUTPUT=out["site_units"]))
    rows = features(out["alliances"])
    out["count"] = len(rows)
    out["durable"] = sum(1 for f in rows if null(f["below_floor_year"]))
    assert out["count"] > 40 and out["siting"]["SITES"] == out["count"]
    return out


def report(pipeline, out: Path, feedback=None, **params):
    values = dict(ALLIANCES=pipeline["alliances"], UNITS=pipeline["site_units"], SITES=pipeline["sites"],
                  TITLE="작지만 강한 연합 / Small but strong alliances", OUTPUT_PDF=str(out.with_suffix(".pdf")),
                  OUTPUT_IMAGE="", DPI=DPI)
    values.update(params)
    return processing.run(ALG, values, feedback=feedback or QgsProcessingFeedback())


# ------------------------------------------------------------------------- reading the pages

def rasterise(pdf: Path, tmp_path: Path, first: int, last: int):
    """pdftoppm -r 60: the pages as PNG files, in order (kept in $SBS_REPORT_PNG when set)."""
    stem = tmp_path / f"{pdf.stem}-{first}-p"
    subprocess.run(["pdftoppm", "-r", str(DPI), "-png", "-f", str(first), "-l", str(last), str(pdf), str(stem)],
                   check=True)
    pages = sorted(tmp_path.glob(f"{stem.name}*.png"))
    keep = os.environ.get("SBS_REPORT_PNG")
    if keep:
        Path(keep).mkdir(parents=True, exist_ok=True)
        for page in pages:
            shutil.copy(page, Path(keep) / page.name)
    return pages


def pixels(png: Path, box_mm, colour, tolerance: int = 14) -> int:
    """Pixels of ``colour`` inside a box (x0, y0, x1, y1 in mm of the page)."""
    image = QImage(str(png))
    x0, y0, x1, y1 = (round(v / 25.4 * DPI) for v in box_mm)
    count = 0
    for y in range(y0, min(y1, image.height())):
        for x in range(x0, min(x1, image.width())):
            c = image.pixelColor(x, y)
            if abs(c.red() - colour[0]) <= tolerance and abs(c.green() - colour[1]) <= tolerance and \
                    abs(c.blue() - colour[2]) <= tolerance:
                count += 1
    return count


def orange_pixels(png: Path, box_mm) -> int:
    """Pixels of the warning orange, also where a thin line blends it with white (the floor's red
    #c62828 has green = blue, the orange #e6550d green well above blue)."""
    image = QImage(str(png))
    x0, y0, x1, y1 = (round(v / 25.4 * DPI) for v in box_mm)
    count = 0
    for y in range(y0, min(y1, image.height())):
        for x in range(x0, min(x1, image.width())):
            c = image.pixelColor(x, y)
            if c.red() > 180 and c.red() - c.blue() > 60 and c.green() - c.blue() > 25:
                count += 1
    return count


def one_line(text: str) -> str:
    return re.sub(r"\s+", " ", text)


#: the A4 templates' boxes (mm): overview map, chart column, atlas map and chart
OVERVIEW_MAP = (10, 26, 138, 154)
OVERVIEW_CHART = (143, 26, 211, 195)
RIGHT_COLUMN = (143, 26, 287, 195)
ATLAS_MAP = (10, 26, 168, 195)
ATLAS_CHART = (174, 105, 287, 157)


# ------------------------------------------------------------------------- the Korean sample

def test_overview_and_siting_page(korea, tmp_path):
    out = tmp_path / "siting"
    result = report(korea, out)
    pdf = out.with_suffix(".pdf")
    siting = korea["siting"]
    assert result["PAGES"] == 2
    assert pdf_pages(pdf) == [pytest.approx(A4, abs=0.5)] * 2
    overview, page = rasterise(pdf, tmp_path, 1, 2)
    assert_page(overview, A4, DPI)
    assert_page(page, A4, DPI)
    first, second = one_line(pdf_text(pdf, 1)), one_line(pdf_text(pdf, 2))
    # the summary of the overview: durable alliances (below_floor_year NULL) and the siting's key figure
    before, after = siting["POPULATION_IN_GAP_BEFORE"], siting["POPULATION_IN_GAP_AFTER"]
    assert f"{korea['durable']} of {korea['count']} alliances stay above the floor through 2050" in first
    assert f"Residents beyond 30 km: {before:,.0f} → {after:,.0f}" in first
    assert (before, after) == (259338, 174910)  # the sample's figures (tests/qgis/test_site_facilities.py)
    # the siting page: its heading, the key figures equal to sitefacilities' outputs, every site by name
    assert "Sites of the new shared facilities" in second
    assert f"Residents beyond 30 km: {before:,.0f} → {after:,.0f}" in second
    assert f"Demand (births_est_2020) beyond 30 km: {siting['DEMAND_IN_GAP_BEFORE']:,.0f} → " \
           f"{siting['DEMAND_IN_GAP_AFTER']:,.0f}" in second
    assert f"weighted by demand: {siting['MEAN_DISTANCE_KM_BEFORE']:.1f} km → " \
           f"{siting['MEAN_DISTANCE_KM_AFTER']:.1f} km" in second
    assert "29 new sites in 29 alliances · p-median" in second
    for heading in ("Alliance", "Site", "Demand served", "Newly within 30 km", "Mean km", "Max km"):
        assert heading in second
    for name in korea["site_names"]:
        assert name in second
    assert "National Geographic Information Institute" in second  # the overview's footer, copied
    # the sites on both maps, in their own colour, nowhere in the chart column of the overview
    assert pixels(overview, OVERVIEW_MAP, PURPLE) > 29 * 2  # ~3.5 px of a 2.8 mm marker at 60 dpi
    assert pixels(overview, OVERVIEW_CHART, PURPLE) == 0
    assert pixels(page, OVERVIEW_MAP, PURPLE) > 29 * 2
    # the path panel (29 alliances: small multiples): a tinted cell and an orange line per alliance
    # that falls below the floor, none for the others
    tinted = pixels(overview, OVERVIEW_CHART, TINT, tolerance=4)
    falling = len(korea["falling"])
    assert falling == korea["count"] - korea["durable"] > 0
    cell = tinted / falling
    assert cell > 100, tinted  # a 20 x 13 mm cell is ~700 px at 60 dpi, less its line and text
    assert orange_pixels(overview, OVERVIEW_CHART) > falling * 10
    # the legend names the sites
    assert "New facility sites" in first and "New facility sites" in second


def test_atlas_with_sites_and_paths(korea, tmp_path):
    out = tmp_path / "atlas"
    result = report(korea, out, ATLAS=True)
    pdf = out.with_suffix(".pdf")
    assert result["PAGES"] == korea["count"]
    order = korea["by_population"]
    sites = {f["alliance_id"]: f for f in features(korea["sites"])}
    alliances = {f["name"]: f for f in features(korea["alliances"])}
    # the most populous alliance: its site in the facts, its path above the floor
    largest = alliances[order[0]]
    site = sites[largest["alliance_id"]]
    text = one_line(pdf_text(pdf, 1))
    assert f"New site: {site['site_name']} (demand served {site['demand_served']:,.0f}" in text
    assert f"Projected population 2050: {largest['pop_2050']:,.0f} (above the floor through 2050)" in text
    assert "Residents beyond 30 km:" in text
    # the first alliance that falls below the floor: its page says when, its path is orange
    _pop, name, year = korea["falling"][0]
    number = order.index(name) + 1
    falling_text = one_line(pdf_text(pdf, number))
    assert f"{name} alliance" in falling_text and f"(below the floor from {year})" in falling_text
    first, falling_page = rasterise(pdf, tmp_path, 1, 1)[0], rasterise(pdf, tmp_path, number, number)[0]
    for page in (first, falling_page):
        assert_page(page, A4, DPI)
        assert pixels(page, ATLAS_MAP, PURPLE) > 8  # the page's own site, in the sites' colour
    assert orange_pixels(first, ATLAS_CHART) == 0
    assert orange_pixels(falling_page, ATLAS_CHART) > 15


def test_durable_alliances_without_sites_keep_one_page(korea, tmp_path):
    """No SITES: the one-page overview, now with the path panel and the count of durable alliances."""
    out = tmp_path / "durable"
    result = report(korea, out, SITES=None, UNITS=korea["gaps"], FLOOR=0)
    pdf = out.with_suffix(".pdf")
    assert result["PAGES"] == 1
    text = one_line(pdf_text(pdf))
    assert f"{korea['durable']} of {korea['count']} alliances stay above the floor through 2050" in text
    assert "New facility sites" not in text and "Residents beyond" not in text
    [page] = rasterise(pdf, tmp_path, 1, 1)
    assert pixels(page, OVERVIEW_MAP, PURPLE) == 0
    assert pixels(page, OVERVIEW_CHART, TINT, tolerance=4) > 100 * len(korea["falling"])


def test_a_higher_floor_is_the_floor_everywhere(korea, tmp_path):
    """FLOOR above the run's: the table's × floor, the facts and the count use it, not pop_ratio."""
    out = tmp_path / "floor"
    report(korea, out, SITES=None, UNITS=korea["gaps"], FLOOR=400000)
    text = one_line(pdf_text(out.with_suffix(".pdf")))
    rows = features(korea["alliances"])
    largest = max(rows, key=lambda f: f["population"])
    assert f"{largest['population'] / 400000:.2f}" in text and f"{largest['pop_ratio']:.2f}" not in text
    above = sum(1 for f in rows if all(f[f"pop_{y}"] >= 400000 for y in (2030, 2035, 2040, 2050)))
    assert f"{above} of {len(rows)} alliances stay above the floor through 2050" in text
    assert "below the floor of 400,000:" in text


def test_member_lists_of_another_run_are_refused(korea, tmp_path):
    """Alliances whose member lists name ids that no unit has (another data set) are refused."""
    layer = QgsVectorLayer(korea["alliances"], "a", "ogr").materialize(QgsFeatureRequest())
    idx = layer.fields().lookupField("members")
    layer.dataProvider().changeAttributeValues(
        {f.id(): {idx: ",".join("X" + m for m in f["members"].split(","))} for f in layer.getFeatures()})
    with pytest.raises(QgsProcessingException, match=r"ALLIANCES and UNITS do not belong together: \d+ of the "
                                                     r"\d+ member ids .* \(e\.g\. X\d+"):
        processing.run(ALG, dict(ALLIANCES=layer, UNITS=korea["gaps"], OUTPUT_PDF=str(tmp_path / "m.pdf")))
    # one alliance's list wrong: a warning, and the report
    first = next(layer.getFeatures())
    layer.dataProvider().changeAttributeValues(
        {f.id(): {idx: f["members"].replace("X", "")} for f in layer.getFeatures() if f.id() != first.id()})
    feedback = Warnings()
    result = processing.run(ALG, dict(ALLIANCES=layer, UNITS=korea["gaps"], OUTPUT_PDF=str(tmp_path / "w.pdf"),
                                      OUTPUT_IMAGE=""), feedback=feedback)
    assert result["PAGES"] == 1
    assert any("member ids that the alliances list are ids of no unit" in w for w in feedback.warnings)


def test_shipped_atlas_templates_use_the_facts_field():
    for name in ("report_a4_atlas.qpt", "report_a3_atlas.qpt"):
        text = (ROOT / "resources" / "layouts" / name).read_text(encoding="utf-8")
        assert "@sbs_facts" not in text and 'labelText="[% &quot;sbs_facts&quot; %]"' in text


# ------------------------------------------------------------------------- the US sample

def test_us_report_in_miles_without_korean(plains, tmp_path):
    out = tmp_path / "plains"
    from small_but_strong.processing.provenance import attribution_of

    sources = attribution_of(QgsVectorLayer(f"{US}|layername=counties", "c", "ogr"))
    result = report(plains, out, TITLE="", SCALE_UNITS=1, SOURCES=sources, PARAMETERS_TEXT="")
    pdf = out.with_suffix(".pdf")
    pages = result["PAGES"]
    assert pages >= 2 and len(pdf_pages(pdf)) == pages
    text = one_line(pdf_text(pdf))
    assert not HANGUL.search(text), HANGUL.findall(text)[:5]
    first = one_line(pdf_text(pdf, 1))
    siting = plains["siting"]
    assert "Small but strong alliances" in first and "mi" in first
    assert f"{plains['durable']} of {plains['count']} alliances stay above the floor through 2020" in first
    # no facility today: everyone is beyond the standard before; 50 miles read back from the units
    assert f"Residents beyond 50 mi: {siting['POPULATION_IN_GAP_BEFORE']:,.0f} → " \
           f"{siting['POPULATION_IN_GAP_AFTER']:,.0f}" in text
    assert "Mean mi" in text and "Newly within 50 mi" in text and "NCOVR" in text
    images = rasterise(pdf, tmp_path, 1, pages)
    assert_page(images[0], A4, DPI)
    assert pixels(images[0], OVERVIEW_MAP, PURPLE) > plains["count"] * 2
    siting_page = next(n for n in range(1, pages + 1) if "Sites of the new shared facilities" in pdf_text(pdf, n))
    assert_page(images[siting_page - 1], A4, DPI)


# ------------------------------------------------------------------------- core.report

def test_nice_threshold_reads_the_standard_back():
    assert nice_threshold([12.0, 28.4], [31.2, 80.0]) == 30
    assert nice_threshold([29.96], [30.01]) == 30
    assert nice_threshold([28.4], [28.9]) is None  # no whole number in between
    assert nice_threshold([12.3], [50.1]) is None  # 15, 20 … 50 all fit: not pinned down
    assert nice_threshold([31.0], [29.0]) is None  # not a threshold at all
    assert nice_threshold([], [5.0]) is None


def test_paths_and_their_charts():
    t = report_text()
    rows = [AllianceRow(str(i), f"a{i}", 400000 - 10000 * i,
                        path=[(2030, 390000 - 20000 * i), (2040, 380000 - 30000 * i)]) for i in range(20)]
    assert first_below(rows[0], 300000) is None and first_below(rows[4], 300000) == 2040
    assert first_below(rows[5], 300000) == 2030
    above, total, last = path_counts(rows, 300000)
    assert (above, total, last) == (sum(1 for r in rows if first_below(r, 300000) is None), 20, 2040)
    assert full_path(rows[0], 2025) == [(2025, 400000.0), (2030, 390000.0), (2040, 380000.0)]
    data = ReportData(rows, [], 300000, path_years=[2030, 2040], base_year=2025)
    assert summary_lines(data, t)[-1] == f"{above} of 20 alliances stay above the floor through 2040"
    for n in (5, 20, 60):  # lines, small multiples, faint lines over the distribution
        subset = (rows * 3)[:n]
        svg = overview_chart_svg(ReportData(subset, [], 300000, path_years=[2030, 2040], base_year=2025),
                                 68, 169.5, t)
        ET.fromstring(svg)
        assert "Population through the target years" in svg and "#e6550d" in svg
        assert ("#fdebdf" in svg) == (n == 20)  # tinted cells only in the small multiples
    atlas = alliance_chart_svg(rows[6], [MemberRow("m", "6", 340000, "hub", gap=0)], 300000, 113, 52, True, False, t,
                               base_year=2025)
    ET.fromstring(atlas)
    assert "Projected population" in atlas and "below the floor from 2030" in atlas


def test_siting_texts():
    t = report_text()
    fig = SitingFigures(sites=29, alliances=29, objective="pmedian", standard=30, residents_before=259338,
                        residents_after=174910, demand_field="births", demand_before=1076, demand_after=686,
                        mean_before=2.24, mean_after=1.54)
    headline, lines = siting_lines(fig, t)
    assert headline == "Residents beyond 30 km: 259,338 → 174,910"
    assert lines == ["Demand (births) beyond 30 km: 1,076 → 686",
                     "Mean distance to the nearest facility, weighted by demand: 2.2 km → 1.5 km",
                     "29 new sites in 29 alliances · p-median"]
    svg = siting_chart_svg(fig, 60, 27, t)
    ET.fromstring(svg)
    assert "259,338" in svg and "Beyond 30 km, before and after the new sites" in svg
    # from the sites alone: what they serve and bring within the standard
    fig = SitingFigures(sites=3, alliances=2, demand_served=900, newly_covered=120)
    headline, lines = siting_lines(fig, t)
    assert headline == "Demand brought within the standard by the new sites: 120"
    assert lines == ["Demand served by the new sites: 900", "3 new sites in 2 alliances"]
