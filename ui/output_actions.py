"""Scenarios, the shared facility's site, the report and the plan's export.

A mixin of :class:`~.dock.SmallButStrongDock` (through :class:`~.plan_actions.PlanActions`).
Siting runs ``sitefacilities`` on the selected alliance's units in the background; the report
runs ``exportreport`` on the plan's own layers (in the main thread: it builds a print layout) and
replaces the report group of the previous run.
"""

from __future__ import annotations

import os
from typing import Optional

from qgis.core import QgsFeature, QgsFeatureRequest, QgsFields, QgsGeometry, QgsProcessingContext, QgsProject
from qgis.PyQt.QtWidgets import QFileDialog, QInputDialog

from ..compat import FIELD_STRING, new_field
from ..processing.styles import apply_style
from ..processing.translate import tr
from . import defaults as d
from . import parameters as P
from .commands import ApplyPlanCommand
from .layers import REPORT_PROPERTY
from .plan_layer import memory_layer, styled
from .runner import PipelineRunner, Step
from .scenario_panel import CURRENT
from .scenarios import Scenario, diff


class OutputActions:
    _site_runner = None

    # ------------------------------------------------------------------ scenarios
    def _scenario_now(self, name: str) -> Scenario:
        return Scenario(name=name, assignment=dict(self.editor.assignment), locked=sorted(self.editor.locked),
                        figures=self.editor.figures().as_dict(),
                        names={r.alliance_id: r.name for r in self.editor.rows()})

    def save_scenario(self, name: str = "") -> Optional[str]:
        if self.editor is None:
            self.say(tr("Run the analysis first."))
            return None
        name = name.strip() or tr("Scenario {0}").format(len(self.book.items) + 1)
        scenario = self._scenario_now(name)
        scenario.parent = self.current_scenario if self.current_scenario in self.book.items else ""
        scenario = self.book.add(scenario)
        self.current_scenario = scenario.name  # what is edited next branches from it
        self.scenario_panel.fill(self.book)
        QgsProject.instance().setDirty(True)
        self.say(tr("Scenario {0} saved.").format(scenario.name))
        return scenario.name

    def restore_scenario(self, name: str) -> None:
        scenario = self.book.items.get(name)
        if scenario is None or self.editor is None:
            return
        plan = {u: scenario.assignment.get(u) for u in self.editor.assignment}
        self.undo_stack.push(ApplyPlanCommand(self.editor, plan, scenario.locked,
                                              tr("Restore scenario {0}").format(name), self._plan_changed))
        self.current_scenario = name
        self.say(tr("Scenario {0} restored.").format(name))

    def rename_scenario(self, old: str, new: str) -> str:
        try:
            name = self.book.rename(old, new)
        except ValueError:
            self.say(tr("A scenario named {0} exists already.").format(new))
            return old
        if self.current_scenario == old:
            self.current_scenario = name
        self.scenario_panel.fill(self.book)
        QgsProject.instance().setDirty(True)
        return name

    def _rename_asked(self, old: str) -> None:
        new, ok = QInputDialog.getText(self, tr("Rename the scenario"), tr("New name"), text=old)
        if ok:
            self.rename_scenario(old, new)

    def delete_scenario(self, name: str) -> None:
        if self.current_scenario == name:
            gone = self.book.items.get(name)
            self.current_scenario = gone.parent if gone is not None else ""
        self.book.delete(name)
        self.scenario_panel.fill(self.book)
        QgsProject.instance().setDirty(True)

    def export_scenarios(self, path: Optional[str] = None) -> Optional[str]:
        if path is None:
            path, _ = QFileDialog.getSaveFileName(self, tr("Export the scenarios"), "",
                                                  tr("CSV (*.csv);;JSON (*.json)"))
        if not path:
            return None
        self.book.export(path, self.session.names if self.session else {})
        self.say(tr("Scenarios exported to {0}.").format(path))
        return path

    def compare_with_base(self, name: str, on_map: bool = False):
        """The units a scenario moved from the scenario it was based on (the run's plan for none)."""
        scenario = self.book.items.get(name)
        if scenario is None or self.editor is None:
            return []
        if scenario.parent in self.book.items:
            return self.compare_scenarios(scenario.parent, name, on_map=on_map)
        plan = self.session.verdict.assignment
        run = Scenario(name=tr("the run's plan"), assignment=dict(plan), locked=[], figures={},
                       names={row.alliance_id: row.name for row in self.editor.rows_of(plan)})
        changes = diff(run, scenario, self.session.names)
        self.scenario_panel.show_diff(changes, run.name, scenario.name)
        if on_map:
            self._diff_layer(changes, run.name, scenario.name)
        return changes

    def compare_scenarios(self, a: Optional[str] = None, b: Optional[str] = None, on_map: bool = False):
        """Units in another alliance in B than in A: a table, and on request a map layer."""
        if self.editor is None:
            return []
        panel = self.scenario_panel
        a = a or panel.compare_a.currentData() or CURRENT
        b = b or panel.compare_b.currentData() or CURRENT
        for combo, name in ((panel.compare_a, a), (panel.compare_b, b)):  # the lists say what is compared
            index = combo.findData(name)
            if index >= 0:
                combo.setCurrentIndex(index)
        first, second = (self._scenario_now(tr("the current plan")) if x == CURRENT else self.book.items[x]
                         for x in (a, b))
        changes = diff(first, second, self.session.names)
        panel.show_diff(changes, first.name, second.name)
        if on_map:
            self._diff_layer(changes, first.name, second.name)
        return changes

    def _diff_layer(self, changes, name_a: str, name_b: str) -> None:
        fields = QgsFields()
        for name in (self.session.fields["id"], "name", "change", "from_name", "to_name"):
            fields.append(new_field(name, FIELD_STRING))
        layer = memory_layer("MultiPolygon", self.session.crs or QgsProject.instance().crs(), fields,
                             tr("Scenario difference: {0} → {1}").format(name_a, name_b))
        features = []
        for change in changes:
            feature = QgsFeature(layer.fields())
            geometry = QgsGeometry(self.session.geometries.get(change.unit) or QgsGeometry())
            if not geometry.isEmpty():
                geometry.convertToMultiType()
            feature.setGeometry(geometry)
            feature.setAttributes([change.unit, change.name, change.kind, change.before_name or "–",
                                   change.after_name or "–"])
            features.append(feature)
        layer.dataProvider().addFeatures(features)
        self.layers.put("diff", styled(layer, "scenario_diff"))

    # ------------------------------------------------------------------ siting
    def site_facility(self, alliance_id: Optional[int] = None) -> bool:
        """Run sitefacilities for one alliance (the selected one) and show its sites on the map."""
        aid = alliance_id if alliance_id is not None else self.selected_alliance()
        if aid is None or self.editor is None or self.editor.row(aid) is None:
            self.say(tr("Select an alliance in the table first."))
            return False
        if self._site_runner is not None and self._site_runner.is_running():
            self.say(tr("A siting run is in progress."))
            return False
        units = self.plan_map.units_layer()
        fids = [self.plan_map.fid(u) for u in self.editor.members(aid)]
        subset = units.materialize(QgsFeatureRequest().setFilterFids([f for f in fids if f is not None]))
        s = self.current_settings()
        facilities = self.data.facility_combo.currentLayer()
        if self._site_runner is None:
            self._site_runner = PipelineRunner(self)
            self._site_runner.finished.connect(self._sited)
            self._site_runner.failed.connect(lambda message: self.warn(tr("Siting stopped: {0}").format(message)))
        self._site_alliance = aid
        self.say(tr("Siting the shared facility of {0}…").format(self.editor.alliance_name(aid)))
        self._site_runner.start([Step("siting", d.SITING, lambda r: P.siting_params(subset, s, facilities))])
        return True

    def _sited(self, results: dict) -> None:
        out = results["siting"]
        sites = out["OUTPUT_SITES"]
        name = self.editor.alliance_name(self._site_alliance) if self.editor else ""
        sites.setName(tr("Shared facility site: {0}").format(name))
        apply_style(sites, "sites", store=False)
        self.layers.put("sites", sites)
        lines = out.get("OUTPUT_LINES")
        if lines is not None and not isinstance(lines, str):
            lines.setName(tr("Lines to the site: {0}").format(name))
            apply_style(lines, "site_lines", store=False)
            self.layers.put("site_lines", lines)
        self.site_results = {k: v for k, v in out.items() if not k.startswith("OUTPUT")}
        before, after = out.get("MEAN_DISTANCE_KM_BEFORE"), out.get("MEAN_DISTANCE_KM_AFTER")
        self.say(tr("{0}: {1} site(s) chosen; mean distance {2} km before, {3} km after.").format(
            name, sites.featureCount(), "–" if before is None else f"{before:,.1f}",
            "–" if after is None else f"{after:,.1f}"))

    # ------------------------------------------------------------------ report and export
    def export_report(self, pdf: Optional[str] = None, title: Optional[str] = None) -> Optional[dict]:
        """exportreport on the plan's layers; the previous report group is replaced."""
        if self.editor is None:
            self.say(tr("Run the analysis first."))
            return None
        if pdf is None:
            pdf, _ = QFileDialog.getSaveFileName(self, tr("Export the report"), "", tr("PDF (*.pdf)"))
        if not pdf:
            return None
        import processing  # QGIS's module, imported absolutely

        plan, units = self.plan_map.plan_layer(), self.plan_map.units_layer()
        for group in self.layers.report_groups():
            self.layers.remove_group(group)
        params = {k: v for k, v in P.report_params(plan, units, self.current_settings(), pdf,
                                                   title or tr("Small but strong alliances")).items()
                  if v is not None}
        context = QgsProcessingContext()
        context.setProject(QgsProject.instance())
        try:
            results = processing.run(d.REPORT, params, context=context)
        except Exception as err:  # noqa: BLE001  (reported)
            self.warn(tr("The report could not be made: {0}").format(err))
            return None
        for group in self.layers.report_groups():
            group.setCustomProperty(REPORT_PROPERTY, 1)
            group.setItemVisibilityChecked(False)  # the report's pages are the PDF; the plan stays in sight
            group.setExpanded(False)
        self.say(tr("Report written to {0} (its map layers are in the hidden group \"{1}\").").format(
            pdf, ", ".join(g.name() for g in self.layers.report_groups())))
        return results

    def export_plan(self, gpkg: Optional[str] = None, csv_path: Optional[str] = None) -> bool:
        """The plan as a GeoPackage (alliances and units) and a CSV of unit id -> alliance id."""
        if self.editor is None:
            self.say(tr("Run the analysis first."))
            return False
        if gpkg is None and csv_path is None:
            gpkg, _ = QFileDialog.getSaveFileName(self, tr("Export the plan"), "", tr("GeoPackage (*.gpkg)"))
            if not gpkg:
                return False
            csv_path = os.path.splitext(gpkg)[0] + ".csv"
        rows = []
        status_of = self.session.status_of
        for uid in self.session.unit_ids():
            aid = self.editor.assignment.get(uid)
            row = self.editor.row(aid)
            role = "" if row is None else ("hub" if row.hub == uid else "member")
            rows.append([uid, self.editor.name(uid), "" if aid is None else aid, row.name if row else "", role,
                         status_of(self.editor, uid)])
        self.store.export_plan(gpkg or "", csv_path or "", self.plan_map.plan_layer(), self.plan_map.units_layer(),
                               rows)
        self.say(tr("Plan exported: {0}").format(", ".join(p for p in (gpkg, csv_path) if p)))
        return True
