"""Running the analysis and keeping it: the pipeline, the session it leaves, the project round trip.

A mixin of :class:`~.dock.SmallButStrongDock` (it uses the dock's widgets and parts). The
pipeline is the algorithms in the background (:class:`~.runner.PipelineRunner`): an optional
population projection, the decline indicators, the alliances (captured: the solver's problem and
verdict) and the service gaps (captured: the gap records). What they return becomes a
:class:`~.session.Session`, the dock's layers, and an editor on the solver's plan.
"""

from __future__ import annotations

import json
import os
import time
import traceback
from typing import Dict, Optional

from qgis.core import QgsGeometry, QgsMessageLog, QgsProject
from qgis.PyQt.QtCore import QTimer
from qgis.PyQt.QtWidgets import QFileDialog

from ..compat import MESSAGE_WARNING
from ..core import schema
from ..core.services import GapStandard
from ..processing.styles import apply_style
from ..processing.translate import tr
from ..processing.values import unit_id
from . import capture, parameters as P, settings_store as store, solver_process
from . import defaults as d
from .editor import AllianceEditor, Band, GapModel
from .runner import Step
from .sample import load_sample_layers
from .scenarios import ScenarioBook
from .commands import history_to_json, restore_history
from .session import Session, Verdict, numbered

NON_METRO = ("\"sido\" NOT IN ('서울특별시','부산광역시','대구광역시','인천광역시','광주광역시',"
             "'대전광역시','울산광역시','세종특별자치시','경기도')")
KOREA_HUBS = "\"innovation_city\" = 1 OR \"pop_reg_2025\" >= 150000"
KOREA_FACILITIES = "\"cls\" IN ('권역응급의료센터','지역응급의료센터')"
#: settings that change the problem's structure: a change needs a new run, not a re-solve
STRUCTURE = ("layer", "fields", "eligible", "hubs", "group", "tolerance", "island_distance", "profile",
             "durable_year", "future_min_population", "hub_distance")


class RunActions:
    # ------------------------------------------------------------------ data
    def load_sample(self, kind: str = "korea"):
        """A bundled sample into the project, styled, with the dock's fields and settings set for it."""
        units, facilities = load_sample_layers(kind)
        self.data.layer_combo.setLayer(units)
        self.data.layer_changed(units)
        if kind == "korea":
            self.data.facility_combo.setLayer(facilities)
            self.data.facility_filter.setText(KOREA_FACILITIES)
            self.data.field_combos["supply"].setField("")  # the facility points count instead
            self.data.guesses.pop("supply", None)
            self.data.show_guesses()
            self.settings_panel.eligible.setExpression(NON_METRO)
            self.settings_panel.hubs.setExpression(KOREA_HUBS)
        else:
            self.data.facility_combo.setLayer(None)
            self.data.facility_filter.setText("")
            self.settings_panel.eligible.setExpression("")
            self.settings_panel.hubs.setExpression("")
        self.settings_panel.group_combo.setField("")
        if self.iface is not None:
            self.iface.mapCanvas().setExtent(units.extent())
            self.iface.mapCanvas().refresh()
        self.say(tr("Sample loaded: {0} units. Check the fields on the Data tab, then Run.").format(
            units.featureCount()))
        return units

    def current_settings(self) -> dict:
        values = store.default_settings()
        values.update(self.data.values())
        values.update(self.settings_panel.values())
        return values

    # ------------------------------------------------------------------ the pipeline
    def run_pipeline(self) -> None:
        """Projection (optional) -> indicators -> alliances -> service gaps, in the background."""
        layer = self.data.layer_combo.currentLayer()
        if layer is None:
            self.say(tr("Choose a boundary layer first."))
            return
        s = self.current_settings()
        missing = [r for r, _p, optional in P.FIELD_ROLES if not optional and not s["fields"].get(r)]
        if missing:
            self.say(tr("Choose the fields first: {0}.").format(", ".join(missing)))
            return
        facilities = self.data.facility_combo.currentLayer()
        plan = P.plan_steps(s, layer, facilities)
        solver_process.warm()  # its imports run while the first steps do
        self._captures = {"alliances": {}, "gaps": {}}
        self._run_settings, self._run_notes, self._run_plan = s, plan.notes, plan
        steps = []
        if plan.projection:
            steps.append(Step("projection", d.PROJECTION, lambda r: P.projection_params(layer, s)))

        def source(results):
            return results["projection"]["OUTPUT"] if plan.projection else layer

        steps.append(Step("indicators", d.INDICATORS, lambda r: P.indicator_params(source(r), s)))
        steps.append(Step("alliances", capture.CapturingAlliances(self._captures["alliances"]),
                          lambda r: P.alliance_params(r["indicators"]["OUTPUT"], s, plan.projection)))
        if plan.gaps:
            steps.append(Step("gaps", capture.CapturingGaps(self._captures["gaps"]),
                              lambda r: P.gap_params(r["alliances"]["OUTPUT_MEMBERS"], s, facilities)))
        self._set_running(True)
        self._run_started = time.perf_counter()
        self.runner.start(steps)

    def cancel(self) -> None:
        self.runner.cancel()
        if self._solve_task is not None:
            self._solve_task.cancel()

    def _set_running(self, running: bool) -> None:
        self.run_button.setEnabled(not running)
        self.alliances.reoptimise_button.setEnabled(not running)
        self.cancel_button.setEnabled(running)
        if running:
            self.progress.setValue(0)

    def _pipeline_failed(self, message: str) -> None:
        self._set_running(False)
        self.warn(tr("Stopped: {0}").format(message))

    def _pipeline_finished(self, results: dict) -> None:
        """The run's layers into the project and its captures into a session (never a traceback)."""
        self._set_running(False)
        try:
            self._adopt_run(results)
        except Exception as err:  # noqa: BLE001  (reported, never fatal: a slot must not raise)
            QgsMessageLog.logMessage(traceback.format_exc(), "Small but Strong", MESSAGE_WARNING)
            self.warn(tr("The run finished but its results could not be shown: {0}").format(err))
            return
        self.timings = dict(self.runner.timings, total=time.perf_counter() - self._run_started,
                            max_stall_ms=self.runner.max_stall_ms, stall_ms=dict(self.runner.stall_ms))
        steps = ", ".join(f"{k} {v:.1f} s" for k, v in self.runner.timings.items())
        notes = " ".join(self._run_notes)
        self.say(tr("Done in {0:.1f} s ({1}).").format(self.timings["total"], steps) + (" " + notes if notes else ""))
        self.tabs.setCurrentIndex(2)

    def _adopt_run(self, results: dict) -> None:
        s = self._run_settings
        captured = self._captures["alliances"]
        capture.check(captured, ("units", "problem", "solution"))
        records = list(captured["units"])
        solution = captured["solution"]
        session = Session(problem=captured["problem"], names={r.uid: r.name for r in records if r.uid},
                          geometries={r.uid: r.geometry for r in records if r.uid},
                          verdict=Verdict.of(solution, numbered(solution)), fields=self._session_fields(s),
                          crs=results["alliances"]["OUTPUT_MEMBERS"].crs())
        if "gaps" in results:
            capture.check(self._captures["gaps"], ("records",))
            standard = GapStandard(min_count=s["min_count"], max_nearest=s["max_distance"], by_time=False)
            session.gaps = GapModel(self._captures["gaps"]["records"], standard)
            self._check_gaps(session, results["gaps"])
        else:
            session.gap_note = " ".join(self._run_notes)
        self._seed_outlines(session, results["alliances"]["OUTPUT"])
        if self.editor is not None and self.editor.locked:
            self._run_notes.append(tr("A new run starts a new plan: {0} lock(s) were cleared (Re-optimise the "
                                      "rest keeps locked alliances).").format(len(self.editor.locked)))
        for role in ("diff", "sites", "site_lines", "projection"):
            self.layers.drop(role)
        editor = AllianceEditor(session.problem, session.verdict.assignment, names=session.names, gaps=session.gaps)
        self.adopt(session, editor)
        QgsProject.instance().setDirty(True)
        # the map in the next turn of the event loop: the plan's views and its layers are two halves of
        # the main thread's work, each well under 100 ms, so the interface never freezes longer
        self.plan_map.waiting = True
        timer = getattr(self, "_draw_timer", None)
        if timer is None:
            timer = self._draw_timer = QTimer(self)
            timer.setSingleShot(True)
            timer.timeout.connect(lambda: self._draw_run())
        self._draw_results = (session, results)
        timer.start(0)

    def _draw_run(self) -> None:
        """The second half of adopting a run: its layers into the project, the plan drawn."""
        self.plan_map.waiting = False
        session, results = getattr(self, "_draw_results", (None, None))
        self._draw_results = None
        if session is None or session is not self.session:
            return
        try:
            self._add_run_layers(results)
            self.plan_map.set_units_layer(results["alliances"]["OUTPUT_MEMBERS"])
            self.redraw_plan()
        except Exception as err:  # noqa: BLE001  (reported, never fatal: a slot must not raise)
            QgsMessageLog.logMessage(traceback.format_exc(), "Small but Strong", MESSAGE_WARNING)
            self.warn(tr("The run finished but its layers could not be drawn: {0}").format(err))

    @staticmethod
    def _session_fields(s: dict) -> Dict[str, str]:
        f = s["fields"]
        return {"id": f["id"], "name": f.get("name") or "", "population": f["population"],
                "tolerance": str(s["tolerance"]), "settings": json.dumps({k: s.get(k) for k in STRUCTURE})}

    def _check_gaps(self, session: Session, gap_results: dict) -> None:
        """The dock's gap rule on the solver's plan must give the algorithm's figure (one truth)."""
        figures = session.gaps.assess(session.verdict.assignment)[2]
        expected = gap_results.get("UNITS_IN_GAP_AFTER_ALLIANCES")
        if expected is not None and int(expected) != figures.units_in_gap_after:
            self.warn(tr("Service gaps: the dock counts {0} units in gap after alliances, the algorithm {1}. "
                         "Please report this bug.").format(figures.units_in_gap_after, int(expected)))

    @staticmethod
    def _seed_outlines(session: Session, alliances_layer) -> None:
        """The algorithm's dissolved outlines (slivers filled) for the member sets of its plan."""
        idx = alliances_layer.fields().lookupField(schema.MEMBERS)
        for feature in alliances_layer.getFeatures():
            members = str(feature.attributes()[idx] or "")
            if members:
                session.outlines[frozenset(members.split(schema.MEMBER_SEPARATOR))] = QgsGeometry(feature.geometry())

    def _add_run_layers(self, results: dict) -> None:
        """Indicators and gaps hidden (they are there to look at, not the default picture)."""
        indicators = results["indicators"]["OUTPUT"]
        indicators.setName(tr("Decline indicators"))
        apply_style(indicators, "decline_risk", store=False)
        self.layers.put("indicators", indicators, visible=False)
        if "gaps" in results:
            gaps = results["gaps"]["OUTPUT"]
            gaps.setName(tr("Service gaps"))
            apply_style(gaps, "service_gaps", store=False)
            self.layers.put("gaps", gaps, visible=self.alliances.gaps_check.isChecked())
        else:
            self.layers.drop("gaps")
        if "projection" in results:
            projection = results["projection"]["OUTPUT"]
            projection.setName(tr("Population projection"))
            apply_style(projection, "projection", store=False)
            self.layers.put("projection", projection, visible=False)

    def adopt(self, session: Session, editor: AllianceEditor) -> None:
        """Make a session and its editor the dock's current plan."""
        self._unset_map_tool()
        self.plan_map.detach()
        self.session, self.editor = session, editor
        editor.set_band(self.band)
        self.current_scenario = ""
        self._locator = None
        self._optimum = None
        self.plan_map.attach(session, editor)
        self.undo_stack.clear()
        self.table_model.set_editor(editor)
        self.alliances.fit_columns()
        self.fill_units()
        self.refresh_views()

    # ------------------------------------------------------------------ the project
    def _write_project(self, _doc=None) -> None:
        """Before QGIS writes the layers: memory layers into the GeoPackage, the dock's state as entries."""
        try:
            self.store.save_layers()
        except Exception as err:  # noqa: BLE001
            self.warn(tr("The dock's layers could not be stored next to the project: {0}").format(err))
        try:
            store.write("settings", self.current_settings())
            store.write("layers", self.layers.ids)
            store.write("scenarios", self.book.to_json())
            store.write("band", self.band.to_json())
            store.write("current_scenario", self.current_scenario)
            if self.session is not None and self.editor is not None:
                store.write("session", self.session.to_json())
                store.write("plan", store.plan_entry(self.editor.assignment, self.editor.locked))
                store.write("history", history_to_json(self.undo_stack))
            else:
                for key in ("session", "plan", "history"):
                    store.remove(key)
        except Exception as err:  # noqa: BLE001
            QgsMessageLog.logMessage(traceback.format_exc(), "Small but Strong", MESSAGE_WARNING)
            self.warn(tr("The plan could not be written into the project: {0}").format(err))

    def _ask_store(self, default: str) -> Optional[str]:
        """The first save of a project with results: where their GeoPackage goes (next to it by default)."""
        dialog = QFileDialog(self, tr("Where to keep the Small but Strong results of this project"),
                             os.path.dirname(default), tr("GeoPackage (*.gpkg)"))
        dialog.setObjectName("storeDialog")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)  # the same dialog on every desktop
        dialog.setDefaultSuffix("gpkg")
        dialog.selectFile(os.path.basename(default))
        dialog.setLabelText(QFileDialog.DialogLabel.Accept, tr("Keep them here"))
        if not dialog.exec():
            return None
        files = dialog.selectedFiles()
        return files[0] if files else None

    def _project_clearing(self) -> None:
        """Every layer is about to go (a project cleared or read): that is no removal by the analyst."""
        self.layers.ignore_removals = True
        QTimer.singleShot(0, self._removals_seen_again)

    def _removals_seen_again(self) -> None:
        self.layers.ignore_removals = False

    def _project_cleared(self) -> None:
        """A new or closed project: its layers, plan and scenarios are gone with it."""
        self.layers.ignore_removals = False
        self._unset_map_tool()
        self.plan_map.detach()
        self.layers.forget()
        self.session = self.editor = None
        self.table_model.set_editor(None)
        self.undo_stack.clear()
        self.book = ScenarioBook()
        self.scenario_panel.fill(self.book)
        self.alliances.band_target.setValue(0)
        self.alliances.band_tolerance.setValue(0)
        self.store.path = ""
        self.refresh_views()
        self.fill_units()

    def _read_project(self, _doc=None) -> None:
        """Settings, scenarios and the plan saved in the project come back (a broken entry is skipped)."""
        try:
            self._restore()
        except Exception as err:  # noqa: BLE001  (reported, never fatal)
            QgsMessageLog.logMessage(traceback.format_exc(), "Small but Strong", MESSAGE_WARNING)
            self.warn(tr("Could not restore the saved plan: {0}").format(err))

    def _restore(self) -> None:
        project = QgsProject.instance()
        settings = store.read("settings")
        if settings:
            self.data.apply(settings, project)
            self.settings_panel.set_layer(self.data.layer_combo.currentLayer())
            self.settings_panel.apply(settings)
        self.book = ScenarioBook.from_json(store.read_text("scenarios"))
        self.scenario_panel.fill(self.book)
        band = Band.from_json(store.read("band", {}))
        self.alliances.band_target.setValue(band.target)
        self.alliances.band_tolerance.setValue(int(round(100.0 * band.tolerance)))
        self.store.restore()
        ids = store.read("layers", {}) or {}
        self.layers.ids = {r: i for r, i in ids.items() if project.mapLayer(i) is not None}
        data, plan = store.read("session"), store.read("plan")
        if not data or not plan:
            return
        units = self.layers.get("units")
        geometries = self._geometries(units, data["fields"]["id"]) if units is not None else {}
        session = Session.from_json(data, geometries)
        editor = AllianceEditor(session.problem, plan["assignment"], names=session.names, gaps=session.gaps,
                                locked=plan.get("locked", ()))
        plan_layer = self.layers.get("plan")
        if plan_layer is not None:
            self._seed_outlines(session, plan_layer)
        self.adopt(session, editor)
        try:
            restore_history(self.undo_stack, store.read("history", {}), editor, self._plan_changed,
                            self.set_solver_state)
        except (KeyError, TypeError, ValueError, IndexError) as err:  # a damaged entry: the plan stays, undo starts anew
            self.undo_stack.clear()
            self.say(tr("The edit history of the saved plan could not be read ({0}); it starts anew.").format(err))
        self.current_scenario = store.read_text("current_scenario")
        if units is None:
            self.say(tr("The units layer of the saved plan is missing: the plan is shown without its units."))
        self.redraw_plan()

    @staticmethod
    def _geometries(layer, id_field: str) -> Dict[str, QgsGeometry]:
        idx = layer.fields().lookupField(id_field)
        if idx < 0:
            return {}
        return {unit_id(f.attributes()[idx]): f.geometry() for f in layer.getFeatures()}
