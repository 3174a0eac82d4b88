"""The dock without the desktop, on the Korean sample: one truth with the algorithms, edits, re-solves,
scenarios, removed layers, the project round trip and the exports.

The tests of this module share one dock and one run (the pipeline takes ~6 s) and run in order.
"""

import csv
import os
import time

import processing
import pytest
from osgeo import ogr
from qgis.core import QgsApplication, QgsProcessingContext, QgsProject, QgsVectorLayer
from qgis.PyQt.QtCore import QCoreApplication, Qt
from sbs_helpers import wait_for

from small_but_strong.core import schema
from small_but_strong.ui import defaults as d
from small_but_strong.ui import parameters as P
from small_but_strong.ui.dock import SmallButStrongDock
from small_but_strong.ui.plan_layer import StyleError, styled
from small_but_strong.ui.table_model import ID_ROLE, NAME


def run(widget):
    widget.run_pipeline()
    assert wait_for(lambda: not widget.runner.is_running()), "pipeline did not finish"
    assert widget.editor is not None, widget.status.text()
    assert wait_for(lambda: not widget.plan_map.busy(), 60)


def algorithm(alg_id, params):
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    return processing.run(alg_id, params, context=context), context


@pytest.fixture(scope="module")
def dock():
    QgsProject.instance().clear()
    widget = SmallButStrongDock(None)
    widget.load_sample()
    run(widget)
    yield widget
    widget.shutdown()
    QgsProject.instance().clear()


def test_defaults_are_the_algorithms(dock):
    s = dock.current_settings()
    alliances = QgsApplication.processingRegistry().algorithmById(d.ALLIANCES)
    gaps = QgsApplication.processingRegistry().algorithmById(d.GAPS)
    assert s["time_limit"] == alliances.parameterDefinition("TIME_LIMIT").defaultValue() == 60
    assert s["island_distance"] == alliances.parameterDefinition("ISLAND_LINK_DISTANCE").defaultValue()
    assert s["tolerance"] == alliances.parameterDefinition("ADJACENCY_TOLERANCE").defaultValue()
    assert s["min_count"] == gaps.parameterDefinition("MIN_COUNT").defaultValue()
    assert s["max_distance"] == gaps.parameterDefinition("MAX_DISTANCE").defaultValue()
    assert s["min_population"] == 300000 and s["profile"] == "korea"


def test_profile_fills_the_settings(dock):
    panel = dock.settings_panel
    panel.profile.setCurrentIndex(panel.profile.findData("japan"))
    assert panel.spins["min_population"].value() == 200000 and panel.max_members.value() == 12
    panel.profile.setCurrentIndex(panel.profile.findData("korea"))
    assert panel.spins["min_population"].value() == 300000 and panel.max_members.value() == 5
    assert panel.durable_box.isHidden() != d.has_parameter(d.ALLIANCES, "FUTURE_POPULATION_FIELD")


def test_verdict_and_figures_are_the_algorithms(dock):
    """Alliances, coverage, proof and the gap after alliances: the algorithms' own outputs."""
    s = dock.current_settings()
    facilities = dock.facility_combo.currentLayer()
    ind, _ = algorithm(d.INDICATORS, P.indicator_params(dock.layer_combo.currentLayer(), s))
    res, _ = algorithm(d.ALLIANCES, P.alliance_params(ind["OUTPUT"], s))
    figures = dock.editor.figures()
    assert res["ALLIANCES"] == figures.alliances == figures.valid == dock.table_model.rowCount()
    assert res["COVERED"] == figures.covered
    assert res["OPTIMAL"] == dock.session.verdict.optimal
    assert "Proven optimal" in dock.alliances.verdict_label.text()
    gaps, _ = algorithm(d.GAPS, P.gap_params(res["OUTPUT_MEMBERS"], s, facilities))
    assert gaps["UNITS_IN_GAP"] == figures.units_in_gap
    assert gaps["UNITS_IN_GAP_AFTER_ALLIANCES"] == figures.units_in_gap_after
    assert f"{figures.units_in_gap_after} after alliances" in dock.alliances.summary_label.text()
    left = dock.alliances.left_out_model
    assert left.rowCount() == figures.eligible - figures.covered
    assert all(left.index(r, 1).data() for r in range(left.rowCount()))  # every unit left out says why


def test_edit_shows_names_separators_and_validity_fast(dock):
    editor = dock.editor
    smallest = min(editor.rows(), key=lambda r: r.population)
    biggest = max(smallest.members, key=lambda m: editor.units[m].population)
    dock.set_target(None)
    before = dict(editor.assignment)
    result = dock.preview(biggest)
    assert editor.assignment == before and result.ms < 100
    assert editor.name(biggest) in dock.alliances.preview_label.text()
    ms = dock.move_unit(biggest, None)
    assert ms < 100, dock.last_edit_timing
    row = editor.row(smallest.alliance_id)
    assert not row.valid
    status = dock.table_model.data(dock.table_model.index(dock.table_model.row_of(row.alliance_id), 2))
    assert "," in status and "below the floor" in status  # "population 215,293, below the floor of 300,000"
    assert dock.undo_stack.undoText() == f"Take {editor.name(biggest)} out of its alliance"
    plan = dock.plan_map.plan_layer()
    invalid = [f["alliance_id"] for f in plan.getFeatures() if f["valid"] == 0]
    assert invalid == [smallest.alliance_id]
    assert "Edited plan" in dock.alliances.verdict_label.text()
    dock.undo_stack.undo()
    assert editor.row(smallest.alliance_id).valid


def test_one_truth_on_an_edited_plan(dock):
    """An edited plan judged by the dock = the algorithms on that plan (locked alliances, gaps)."""
    editor = dock.editor
    rows = editor.rows()
    moved = rows[0].members[-1]
    dock.move_unit(moved, rows[1].alliance_id)
    units = dock.plan_map.units_layer()
    s = dock.current_settings()
    gaps, _ = algorithm(d.GAPS, P.gap_params(units, s, dock.facility_combo.currentLayer()))
    assert gaps["UNITS_IN_GAP_AFTER_ALLIANCES"] == editor.figures().units_in_gap_after
    params = P.alliance_params(units, s, locked_field=schema.ALLIANCE_ID)
    res, context = algorithm(d.ALLIANCES, params)
    out = res["OUTPUT"]
    judged = {frozenset(f["members"].split(",")): f["valid"] for f in out.getFeatures()}
    for row in editor.rows():
        assert judged[frozenset(row.members)] == int(row.valid), row.name
    dock.undo_stack.undo()


def test_table_keeps_sort_and_selection(dock):
    dock.table.sortByColumn(NAME, Qt.SortOrder.AscendingOrder)
    order = [dock.proxy.index(r, NAME).data(ID_ROLE) for r in range(dock.proxy.rowCount())]
    assert order == sorted(order, key=lambda a: dock.editor.row(a).name)
    target = dock.editor.rows()[3]
    dock.select_alliance(target.alliance_id)
    member = [m for m in dock.editor.rows()[4].members][-1]
    dock.move_unit(member, target.alliance_id)
    assert dock.selected_alliance() == target.alliance_id
    assert [dock.proxy.index(r, NAME).data(ID_ROLE) for r in range(dock.proxy.rowCount())] == order  # no jump
    dock.undo_stack.undo()


def test_assign_selection_to_a_new_alliance(dock):
    editor = dock.editor
    units = dock.plan_map.units_layer()
    left = editor.left_out()
    pick = left[:1] + editor.rows()[0].members[:1]
    units.selectByIds([dock.plan_map.fid(u) for u in pick])
    dock.set_target(-1)
    steps = dock.undo_stack.index()
    dock.assign_selection()
    new = editor.assignment[pick[0]]
    assert new is not None and editor.assignment[pick[1]] == new and new not in [r.alliance_id for r in editor.rows()[:-1]]
    assert dock.undo_stack.index() == steps + 1 and "new alliance" in dock.undo_stack.undoText()
    assert dock.target() == new  # the new alliance stays the target
    dock.undo_stack.undo()
    units.removeSelection()


def test_reoptimise_keeps_locks_and_history(dock):
    editor = dock.editor
    rows = editor.rows()
    keep = {r.alliance_id: r.members for r in rows[1:]}
    for aid in keep:
        editor.set_locked(aid, True)
    dock.move_unit(rows[0].members[-1], None)
    history = dock.undo_stack.index()
    started = time.perf_counter()
    dock.reoptimise()
    assert wait_for(lambda: dock._solve_task is None, 60)
    assert time.perf_counter() - started < 1.0, dock.timings
    assert editor.locked == set(keep)
    assert all(editor.members(aid) == members for aid, members in keep.items())
    assert all(r.valid for r in editor.rows())
    assert dock.undo_stack.index() == history + 1 and dock.undo_stack.undoText() == "Re-optimise the rest"
    log = dock.alliances.history  # the edit log lists the steps by name, the first row being the run's plan
    assert log.stack() is dock.undo_stack
    assert log.model().index(history + 1, 0).data() == "Re-optimise the rest"
    assert log.model().index(history, 0).data() == f"Take {editor.name(rows[0].members[-1])} out of its alliance"
    dock.undo_stack.undo()
    assert editor.assignment[rows[0].members[-1]] is None
    dock.undo_stack.redo()
    assert "Proven optimal" in dock.alliances.verdict_label.text()


def test_scenarios(dock, tmp_path):
    first = dock.save_scenario("optimum")
    smallest = min(dock.editor.rows(), key=lambda r: r.population)
    dock.move_unit(smallest.members[0], None)
    second = dock.save_scenario("edited")
    assert dock.scenario_table.rowCount() == 2
    assert dock.book.items[second].figures["invalid"] == 1 and dock.book.items[first].figures["invalid"] == 0
    changes = dock.compare_scenarios(first, second, on_map=True)
    assert [c.unit for c in changes] == [smallest.members[0]] and changes[0].kind == "left"
    assert dock.layers.get("diff").featureCount() == 1
    started = time.perf_counter()
    dock.restore_scenario(first)
    assert (time.perf_counter() - started) < 1.0
    assert dock.editor.figures().invalid == 0
    assert dock.rename_scenario(second, "by hand") == "by hand"
    dock.export_scenarios(str(tmp_path / "scenarios.csv"))
    assert "by hand" in (tmp_path / "scenarios.csv").read_text(encoding="utf-8").splitlines()[0]
    dock.delete_scenario("by hand")
    assert dock.book.names() == [first]


def test_scenarios_branch_from_their_base(dock):
    book, editor = dock.book, dock.editor
    assert book.names() == ["optimum"]
    first, second, third = (r.members[-1] for r in editor.rows()[:3])
    dock.restore_scenario("optimum")
    dock.move_unit(first, None)
    a = dock.save_scenario("branch a")
    dock.restore_scenario("optimum")
    dock.move_unit(second, None)
    b = dock.save_scenario("branch b")
    dock.move_unit(third, None)
    c = dock.save_scenario("b, deeper")
    assert (book.items[a].parent, book.items[b].parent, book.items[c].parent) == ("optimum", "optimum", b)
    assert [x.name for x in book.tree()] == ["optimum", a, b, c]
    table = dock.scenario_table
    assert [table.item(r, 0).text() for r in range(4)] == ["optimum", "↳ branch a", "↳ branch b", "    ↳ b, deeper"]
    assert [table.item(r, 1).text() for r in range(4)] == ["the run's plan", "optimum", "optimum", b]
    assert [ch.unit for ch in dock.compare_with_base(c)] == [third]  # what the branch changed, nothing else
    assert [ch.unit for ch in dock.compare_with_base(a)] == [first]
    # a scenario without a base is compared with the run's plan, its alliances named by their hubs
    run_plan = dock.session.verdict.assignment
    out = next(u for u, aid in run_plan.items() if aid is not None)
    dock.current_scenario = ""
    dock.restore_optimum()
    home = editor.alliance_name(editor.assignment[out])  # its alliance's name in the run's plan, as the table shows it
    dock.move_unit(out, None)
    root = dock.save_scenario("root")
    assert book.items[root].parent == ""
    to_run = dock.compare_with_base(root)
    assert [(ch.unit, ch.before_name, ch.after) for ch in to_run] == [(out, home, None)] and home
    dock.delete_scenario(root)
    dock.rename_scenario(b, "b2")
    assert book.items[c].parent == "b2"
    dock.delete_scenario("b2")  # its branch goes to its own base
    assert book.items[c].parent == "optimum" and book.depth(c) == 1
    for name in (a, c):
        dock.delete_scenario(name)
    dock.restore_scenario("optimum")
    assert book.names() == ["optimum"]


def test_quota_band_flags_without_invalidating(dock):
    editor, panel = dock.editor, dock.alliances
    floor = editor.problem.min_population
    panel.band_tolerance.setValue(20)
    far = {r.alliance_id for r in editor.rows() if abs(r.population / floor - 1) > 0.2}
    assert far and len(far) < len(editor.rows())
    figures = editor.figures()
    assert figures.outside_band == len(far) and figures.invalid == 0
    model = dock.table_model
    for row in range(model.rowCount()):
        aid = model.alliance_id(row)
        status = model.index(row, 2).data()
        assert ("outside the band" in status) == (aid in far), status
        r = editor.row(aid)
        assert model.index(row, 4).data() == f"+{100 * (r.population / floor - 1):,.0f} %" or \
            abs(r.population / floor - 1) < 0.005
    assert "Band ±20 % around 300,000" in panel.summary_label.text()
    panel.band_target.setValue(10_000_000)  # a target above every alliance: deviations turn negative
    assert all(r.deviation < 0 for r in editor.rows()) and editor.figures().outside_band == len(editor.rows())
    panel.band_target.setValue(0)
    panel.band_tolerance.setValue(0)
    assert editor.figures().outside_band == 0 and "Band" not in panel.summary_label.text()


def test_alliance_id_typed_in_the_attribute_table_is_an_undoable_move(dock):
    editor, plan_map, stack = dock.editor, dock.plan_map, dock.undo_stack
    layer = plan_map.units_layer()
    idx = layer.fields().lookupField(schema.ALLIANCE_ID)
    rows = editor.rows()
    moved, typo = rows[0].members[-1], rows[2].members[-1]
    home, target, typo_home = rows[0].alliance_id, rows[1].alliance_id, rows[2].alliance_id
    count = stack.count()
    assert layer.startEditing()
    assert layer.changeAttributeValue(plan_map.fid(moved), idx, target)
    assert layer.changeAttributeValue(plan_map.fid(typo), idx, 0)  # no alliance id: refused, written back
    assert layer.commitChanges()
    assert editor.assignment[moved] == target and editor.assignment[typo] == typo_home
    assert stack.count() == count + 1 and stack.undoText() == f"Move {editor.name(moved)} to {editor.alliance_name(target)}"
    value = lambda uid: layer.getFeature(plan_map.fid(uid))[schema.ALLIANCE_ID]  # noqa: E731
    assert value(moved) == target and value(typo) == typo_home
    assert "Not an alliance id" in dock.status.text() and editor.name(typo) in dock.status.text()
    stack.undo()
    assert editor.assignment[moved] == home and value(moved) == home
    assert layer.startEditing() and layer.changeAttributeValue(plan_map.fid(moved), idx, None)
    assert layer.commitChanges() and editor.assignment[moved] is None  # NULL: out of its alliance
    stack.undo()
    assert editor.assignment[moved] == home


def test_removed_layers_come_back_and_every_action_works(dock, tmp_path):
    project = QgsProject.instance()
    for role in list(dock.layers.ids):
        project.removeMapLayer(dock.layers.ids[role])
    QCoreApplication.processEvents()
    assert "Removed from the project" in dock.status.text() or dock.layers.get("plan") is not None
    member = dock.editor.rows()[0].members[-1]
    dock.move_unit(member, None)
    assert dock.layers.get("plan") is not None and dock.layers.get("units") is not None
    assert dock.layers.get("plan").featureCount() == len(dock.editor.rows())
    dock.undo_stack.undo()
    dock.reoptimise()
    assert wait_for(lambda: dock._solve_task is None, 60)
    dock.restore_scenario("optimum")
    assert dock.export_plan(str(tmp_path / "plan.gpkg"), str(tmp_path / "plan.csv"))
    dock.layers.drop("units")
    dock.select_units(dock.editor.rows()[0].members)
    assert dock.layers.get("units").selectedFeatureCount() == len(dock.editor.rows()[0].members)


def test_export_plan(dock, tmp_path):
    gpkg, path = str(tmp_path / "plan.gpkg"), str(tmp_path / "plan.csv")
    assert dock.export_plan(gpkg, path)
    dataset = ogr.Open(gpkg)
    assert sorted(dataset.GetLayerByIndex(i).GetName() for i in range(dataset.GetLayerCount())) == ["alliances",
                                                                                                    "units"]
    assert dataset.GetLayerByName("alliances").GetFeatureCount() == len(dock.editor.rows())
    dataset = None
    rows = list(csv.DictReader(open(path, encoding="utf-8")))
    assert len(rows) == len(dock.editor.assignment)
    by_id = {r["unit_id"]: r["alliance_id"] for r in rows}
    assert all(by_id[u] == ("" if a is None else str(a)) for u, a in dock.editor.assignment.items())


def test_project_round_trip_keeps_everything_next_to_the_project(dock, tmp_path):
    project = QgsProject.instance()
    editor = dock.editor
    aid = editor.rows()[0].alliance_id
    for other in editor.alliance_ids():
        editor.set_locked(other, other == aid)
    stack = dock.undo_stack
    dock.move_unit(editor.rows()[1].members[-1], None)
    stack.undo()  # a step to redo at the top of the history
    texts, index = [stack.text(i) for i in range(stack.count())], stack.index()
    dock.alliances.band_tolerance.setValue(30)
    assert "Re-optimise the rest" in texts and index == len(texts) - 1
    rows, assignment = len(editor.rows()), dict(editor.assignment)
    path = str(tmp_path / "analysis.qgz")
    assert project.write(path)
    store = str(tmp_path / "analysis_small_but_strong.gpkg")
    assert os.path.exists(store)
    for role, layer_id in dock.layers.ids.items():
        source = project.mapLayer(layer_id).source()
        assert source.startswith(store), (role, source)  # never memory, never a temporary folder
    project.clear()
    assert dock.table_model.rowCount() == 0 and dock.editor is None
    assert project.read(path)
    assert dock.table_model.rowCount() == rows and dock.editor.assignment == assignment
    assert dock.editor.locked == {aid}
    assert dock.book.names() == ["optimum"] and dock.current_scenario == "optimum"
    assert dock.alliances.band_tolerance.value() == 30 and dock.editor.band.tolerance == pytest.approx(0.3)
    assert dock.layers.get("plan").featureCount() == rows
    # the edit history came back with the project, at the same step: undo and redo go on from there
    stack = dock.undo_stack
    assert [stack.text(i) for i in range(stack.count())] == texts and stack.index() == index
    assert stack.canRedo() and stack.redoText() == texts[-1]
    stack.redo()
    assert dock.editor.assignment != assignment
    stack.undo()
    assert dock.editor.assignment == assignment
    while stack.canUndo():
        stack.undo()
    members = lambda plan: {u: a for u, a in plan.items() if a is not None}  # noqa: E731
    assert members(dock.editor.assignment) == members(dock.session.verdict.assignment)  # the run's optimum
    assert "Proven optimal" in dock.alliances.verdict_label.text()
    stack.setIndex(index)
    assert dock.editor.assignment == assignment and dock.editor.figures().alliances == rows
    for other in dock.editor.alliance_ids():  # locks are set outside the history: the steps replaced them
        dock.editor.set_locked(other, other == aid)
    assert dock.move_unit(dock.editor.rows()[1].members[-1], None) < 100
    dock.reoptimise()
    assert wait_for(lambda: dock._solve_task is None, 60)
    assert dock.editor.members(aid) and dock.editor.locked == {aid}


def test_site_the_shared_facility(dock):
    dock.select_alliance(dock.editor.rows()[0].alliance_id)
    assert dock.site_facility()
    assert wait_for(lambda: not dock._site_runner.is_running(), 120)
    sites = dock.layers.get("sites")
    assert sites is not None and sites.featureCount() >= 1, dock.status.text()


def test_missing_style_is_an_error():
    layer = QgsVectorLayer("Polygon?crs=EPSG:4326", "x", "memory")
    with pytest.raises((StyleError, FileNotFoundError)):
        styled(layer, "no_such_style")


def test_any_layer_field_guesses_and_no_zeros():
    """English names with a year, and a layer without supply: guesses said, gaps 'not computed'."""
    QgsProject.instance().clear()
    layer = QgsVectorLayer("MultiPolygon?crs=EPSG:5179&field=id:string&field=name:string"
                           "&field=population_2025:double&field=population_2015:double", "generic", "memory")
    source = QgsVectorLayer(f"{os.path.dirname(d.__file__)}/../resources/sample/korea_sigungu.gpkg|layername=sigungu",
                            "s", "ogr")
    features = []
    from qgis.core import QgsFeature

    for f in source.getFeatures():
        if str(f["code"]).startswith(("51", "52")):  # Gangwon and Jeonbuk
            out = QgsFeature(layer.fields())
            out.setGeometry(f.geometry())
            out.setAttributes([f["code"], f["sigungu"], f["pop_reg_2025"], f["pop_reg_2015"]])
            features.append(out)
    layer.dataProvider().addFeatures(features)
    QgsProject.instance().addMapLayer(layer)
    widget = SmallButStrongDock(None)
    try:
        widget.data.layer_combo.setLayer(layer)
        fields = widget.current_settings()["fields"]
        assert (fields["id"], fields["name"], fields["population"], fields["population_base"]) == (
            "id", "name", "population_2025", "population_2015")
        assert "population_2025" in widget.data.guess_label.text()
        run(widget)
        assert widget.editor.figures().units_in_gap is None
        summary = widget.alliances.summary_label.text()
        assert "not computed" in summary and " 0 " not in summary
    finally:
        widget.shutdown()
        QgsProject.instance().clear()
