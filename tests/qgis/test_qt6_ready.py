"""Qt 6 readiness, checked against the real classes of the running QGIS (3.22, 3.40 or 3.44).

PyQt6 and QGIS 4 accept an enum member only through its enum class: ``Qt.AlignmentFlag.AlignLeft``,
not ``Qt.AlignLeft``. The test reads every Python file of the repository, follows each dotted name
that starts at something imported from ``qgis`` (``Qgs…``, ``Qt``, ``QFont`` …), resolves it on the
real objects, and fails where an enum member is reached through anything but its own enum class,
or where a name does not exist in this QGIS (only ``compat.py`` may name version-specific things,
and it does so in strings that it resolves itself).
"""

from __future__ import annotations

import ast
import enum
import importlib
import os
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SKIP_DIRS = {".venv", "build", "dist", ".git", ".matrix", "output", "__pycache__", ".qgis-profile"}


def python_files():
    """Every .py file of the repository (walked with the skipped folders pruned, .matrix is GBs)."""
    found = []
    for folder, dirs, files in os.walk(ROOT):
        dirs[:] = [d for d in dirs if d not in SKIP_DIRS and not d.startswith(".")]
        found += [Path(folder) / f for f in files if f.endswith(".py")]
    return sorted(found)


def is_enum_member(value) -> bool:
    """A Python enum member (QGIS 3.36+ ``Qgis.*``, PyQt6) or a sip enum member (PyQt5, QGIS's own)."""
    if isinstance(value, enum.Enum):
        return True
    meta = type(type(value))
    return meta.__name__ == "enumtype" and meta.__module__ in ("sip", "PyQt5.sip", "PyQt6.sip")


def imported_qgis_names(tree: ast.AST) -> dict:
    """local name -> object, for every name a module imports from qgis.* (any scope)."""
    names = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.split(".")[0] == "qgis":
            module = importlib.import_module(node.module)
            for alias in node.names:
                if alias.name != "*" and hasattr(module, alias.name):
                    names[alias.asname or alias.name] = getattr(module, alias.name)
    return names


def dotted(node: ast.Attribute):
    parts = []
    while isinstance(node, ast.Attribute):
        parts.append(node.attr)
        node = node.value
    if isinstance(node, ast.Name):
        return [node.id] + parts[::-1]
    return None


def problems_in(path: Path) -> list:
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    known = imported_qgis_names(tree)
    found = []
    outer = set()
    for node in ast.walk(tree):  # only the longest chain of each a.b.c counts
        if isinstance(node, ast.Attribute):
            if id(node) in outer:
                continue
            inner = node.value
            while isinstance(inner, ast.Attribute):
                outer.add(id(inner))
                inner = inner.value
            chain = dotted(node)
            if not chain or chain[0] not in known:
                continue
            obj = known[chain[0]]
            for i, attr in enumerate(chain[1:], start=1):
                if not isinstance(obj, type):
                    break  # an instance or a function: its attributes are not ours to check
                try:
                    value = getattr(obj, attr)
                except AttributeError:
                    found.append(f"{path.relative_to(ROOT)}:{node.lineno}: {'.'.join(chain[:i + 1])} does not "
                                 "exist in this QGIS (put version differences in compat.py)")
                    break
                if is_enum_member(value) and type(value) is not obj:
                    enum_name = type(value).__qualname__
                    found.append(f"{path.relative_to(ROOT)}:{node.lineno}: {'.'.join(chain[:i + 1])} is an "
                                 f"unscoped member of {enum_name}")
                    break
                obj = value
    return found


def test_no_unscoped_enum_anywhere():
    problems = []
    files = list(python_files())
    assert len(files) > 40  # the whole repository is read: plugin, tests, scripts, benchmarks
    for path in files:
        problems += problems_in(path)
    assert not problems, "\n".join(problems)


def test_the_checker_finds_an_unscoped_enum(tmp_path):
    """The check above can fail: it flags the 3.22 spellings that broke the report on 3.40."""
    bad = tmp_path / "bad.py"
    bad.write_text("from qgis.PyQt.QtCore import Qt\nfrom qgis.core import QgsPalLayerSettings, QgsFeatureSink\n"
                   "a = Qt.AlignLeft\nb = QgsPalLayerSettings.OverPoint\nc = QgsFeatureSink.FastInsert\n"
                   "d = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop\n", encoding="utf-8")
    global ROOT
    saved, ROOT = ROOT, tmp_path
    try:
        found = problems_in(bad)
    finally:
        ROOT = saved
    assert [line.split(":")[1] for line in found] == ["3", "4", "5"], found


def test_compat_resolved_every_name_in_scoped_form():
    from small_but_strong import compat

    assert len(compat.RESOLVED) >= 40
    for name, spelling in compat.RESOLVED.items():
        owner_path, member = spelling.rsplit(".", 1)
        owner = compat._resolve(owner_path)
        value = getattr(owner, member)
        assert is_enum_member(value), (name, spelling)
        assert type(value) is owner, f"{name}: {spelling} is not reached through its enum class"


@pytest.mark.parametrize("pattern, allowed", [
    (r"\bexec_\(", set()),
    (r"from qgis\.PyQt\.Qt(Widgets|Gui) import[^\n]*\bQUndo", {"compat.py"}),
    (r"QGIS_VERSION_INT", {"compat.py", "tests/qgis/test_qt6_ready.py"}),
    (r"from PyQt[56]", set()),
])
def test_qt6_patterns(pattern, allowed):
    """Qt 6 spellings: exec() (no trailing underscore); QUndo* and version tests only through compat; Qt only
    through qgis.PyQt."""
    hits = []
    for path in python_files():
        rel = str(path.relative_to(ROOT))
        if rel in allowed:
            continue
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if re.search(pattern, line):
                hits.append(f"{rel}:{n}: {line.strip()}")
    assert not hits, "\n".join(hits)


def test_metadata_offers_the_plugin_to_qgis_4():
    from configparser import ConfigParser

    meta = ConfigParser()
    meta.read(ROOT / "metadata.txt", encoding="utf-8")
    general = meta["general"]
    assert general["qgisMinimumVersion"] == "3.22"
    assert float(general["qgisMaximumVersion"]) >= 4.0
    assert general.getboolean("supportsQt6")


def test_a_deprecated_call_in_plugin_code_fails_the_suite():
    """pytest.ini turns a DeprecationWarning raised from a small_but_strong module into an error."""
    code = compile("import warnings\nwarnings.warn('QgsRectangle.setMinimal() is deprecated', DeprecationWarning)",
                   "small_but_strong/fake.py", "exec")
    with pytest.raises(DeprecationWarning):
        exec(code, {"__name__": "small_but_strong.processing.fake"})
