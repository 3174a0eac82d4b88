"""The dock's lifecycle in one QGIS: created, used, shut down, deleted, created again, and nothing it
connected fires afterwards (the plugin's own load/unload/reload runs in the real desktop:
tests/gui/desktop_script.py)."""

import os
import sys

import pytest
from qgis.core import QgsProject
from qgis.PyQt.QtCore import QCoreApplication, QEvent
from sbs_helpers import wait_for

from small_but_strong.core.alliances import isolated
from small_but_strong.ui.dock import SmallButStrongDock

SIGNALS = ("readProject", "cleared", "writeProject", "removeAll", "layersWillBeRemoved")


def receivers():
    project = QgsProject.instance()
    return {name: project.receivers(getattr(project, name)) for name in SIGNALS}


def test_shutdown_disconnects_everything_and_removes_the_work_folder(tmp_path):
    QgsProject.instance().clear()
    before = receivers()
    errors = []
    hook, sys.excepthook = sys.excepthook, lambda *exc: errors.append(exc)
    try:
        for _round in range(2):  # load, unload, load again
            dock = SmallButStrongDock(None)
            assert all(receivers()[n] > before[n] for n in ("readProject", "cleared", "writeProject"))
            dock.load_sample()
            dock.run_pipeline()
            assert wait_for(lambda: not dock.runner.is_running())
            assert dock.editor is not None, dock.status.text()
            folder = dock._work_folder()
            assert os.path.isdir(folder)
            assert isolated.workers()  # the solver process, kept warm for the session
            pids = [w.proc.pid for w in isolated.workers()]
            dock.shutdown()
            assert not isolated.workers()  # stopped with the dock (plugin unload), and reaped
            for pid in pids:
                with pytest.raises(ChildProcessError):
                    os.waitpid(pid, os.WNOHANG)
            dock.deleteLater()
            QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
            QCoreApplication.processEvents()
            assert not os.path.exists(folder)
            assert receivers() == before
            # everything the dock listened to fires now, on a deleted dock
            path = str(tmp_path / f"after_{_round}.qgz")
            assert QgsProject.instance().write(path)
            QgsProject.instance().clear()
            assert QgsProject.instance().read(path)
            QgsProject.instance().removeAllMapLayers()
            QgsProject.instance().clear()
            QCoreApplication.processEvents()
    finally:
        sys.excepthook = hook
    assert not errors, errors


def test_a_run_cut_short_by_shutdown_calls_back_nothing():
    QgsProject.instance().clear()
    errors = []
    hook, sys.excepthook = sys.excepthook, lambda *exc: errors.append(exc)
    try:
        dock = SmallButStrongDock(None)
        dock.load_sample()
        dock.run_pipeline()
        assert dock.runner.is_running()
        dock.shutdown()
        dock.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        from qgis.core import QgsApplication

        assert wait_for(lambda: QgsApplication.taskManager().countActiveTasks() == 0, 120)
        QCoreApplication.processEvents()
    finally:
        sys.excepthook = hook
        QgsProject.instance().clear()
    assert not errors, errors
