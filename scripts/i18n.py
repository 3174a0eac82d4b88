#!/usr/bin/env python3
"""Keep the Korean translation complete: extract, merge into the .ts, compile the .qm, check.

The plugin translates with ONE context, ``SmallButStrong`` (``processing.base.tr``). The
strings are found statically, with Python's ``ast`` (no import of the plugin, no QGIS):

* every ``tr("...")`` / ``self.tr("...")`` / ``QCoreApplication.translate(TR_CONTEXT, "...")``
  whose argument is a string literal (implicit concatenation and ``+`` of literals included), a
  name bound to one, or a value taken from a literal list/tuple (``tr(label)`` in
  ``for role, label, optional in FIELD_ROLES``, ``[tr(h) for h in headers]``,
  ``tr(COLUMNS[section][0])``);
* the class attributes ``DISPLAY_NAME`` and ``GROUP`` of the algorithm classes
  (``SbsAlgorithm`` and its subclasses: ``displayName()`` and ``group()`` pass them through ``tr``);
* the blocks (paragraphs, headings, list items) of the help pages ``resources/help/<name>.html``
  (``processing/help.py`` translates them one by one, see ``core/helptext.py``); ``make i18n`` also
  writes ``resources/help/<name>.<lang>.html`` from the translations, for the dialog's Help button;
* the legend labels (categories, ranges, rules) of ``resources/styles/*.qml``, which
  ``processing/styles.py`` translates when it applies a style;
* in ``resources/models/*.model3`` the model's name, group, description, its parameters'
  descriptions and its outputs' descriptions (``processing/models.py`` passes them through ``tr``).

A ``tr()`` of a value that cannot be known statically is reported as a warning, unless its line
carries a ``# i18n: <where the strings come from>`` comment.

Files: every ``*.py`` of the plugin except ``tests/``, ``scripts/``, ``benchmarks/`` and the build
folders.

Usage (Debian's ``/usr/bin/python3``; ``lrelease`` from ``qttools5-dev-tools``)::

    scripts/i18n.py                      # update small_but_strong_ko.ts and compile the .qm
    scripts/i18n.py --check              # exit 1 listing strings without a Korean translation,
                                         # broken placeholders/tags, or a .qm not built from the .ts
    scripts/i18n.py --export-untranslated todo.json   # {"source": ""} for a translator
    scripts/i18n.py --import done.json   # merge {"source": "번역"} into the .ts, then compile
    scripts/i18n.py --lint               # user-visible literals in the code that skip tr()

Existing translations are kept; strings that vanished from the code are kept as
``type="obsolete"`` (lrelease leaves them out); new strings are ``type="unfinished"``. Files are
rewritten only when their content changes, so ``make i18n`` is idempotent.
"""

from __future__ import annotations

import argparse
import ast
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path
from typing import Dict, Iterable, List, Optional, Sequence, Tuple

ROOT = Path(__file__).resolve().parents[1]
I18N = ROOT / "resources" / "i18n"
MODELS = ROOT / "resources" / "models"
HELP = ROOT / "resources" / "help"
STYLES = ROOT / "resources" / "styles"
CONTEXT = "SmallButStrong"
LANGUAGES = {"ko": "ko_KR"}
EXCLUDED_DIRS = {"tests", "scripts", "benchmarks", "build", "dist", "output", "resources", "docs",
                 "__pycache__", ".venv", ".git", ".qgis-profile", ".hypothesis"}
#: class attributes that SbsAlgorithm passes through tr()
ALGORITHM_ATTRIBUTES = ("DISPLAY_NAME", "GROUP")
ALGORITHM_BASE = "SbsAlgorithm"
#: Python format fields ({0}, {name}, {0:.1f}) and HTML tags, which a translation must keep
PLACEHOLDER = re.compile(r"(?<!\{)\{[A-Za-z0-9_]*(?:![rsa])?(?::[^{}]*)?\}(?!\})")
TAG = re.compile(r"</?([A-Za-z][A-Za-z0-9]*)\b[^>]*>")


# --------------------------------------------------------------------------- extraction

@dataclass
class Message:
    source: str
    locations: List[Tuple[str, int]] = field(default_factory=list)


@dataclass
class Extraction:
    messages: Dict[str, Message] = field(default_factory=dict)
    #: tr() calls whose text could not be determined statically: (file, line, code)
    dynamic: List[Tuple[str, int, str]] = field(default_factory=list)

    def add(self, text: str, path: str, line: int) -> None:
        if not text:
            return
        message = self.messages.setdefault(text, Message(text))
        if (path, line) not in message.locations:
            message.locations.append((path, line))


def _parents(tree: ast.AST) -> Dict[ast.AST, ast.AST]:
    parents = {}
    for node in ast.walk(tree):
        for child in ast.iter_child_nodes(node):
            parents[child] = node
    return parents


class _Resolver:
    """Turns the argument of a tr() call into the literal strings it can take."""

    def __init__(self, tree: ast.Module):
        self.parents = _parents(tree)

    # scopes ---------------------------------------------------------------------------
    def _scopes(self, node: ast.AST) -> List[ast.AST]:
        """Enclosing function, class and module bodies, innermost first."""
        scopes = []
        while node in self.parents:
            node = self.parents[node]
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef, ast.Module)):
                scopes.append(node)
        return scopes

    @staticmethod
    def _own_nodes(scope: ast.AST) -> Iterable[ast.AST]:
        """The nodes of a scope's body, not those of the functions and classes defined in it."""
        stack = list(ast.iter_child_nodes(scope))
        while stack:
            node = stack.pop()
            yield node
            if not isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef, ast.Lambda)):
                stack.extend(ast.iter_child_nodes(node))

    def _assigned(self, name: str, at: ast.AST) -> Optional[ast.AST]:
        """The value last assigned to ``name`` by a plain assignment in an enclosing scope."""
        for scope in self._scopes(at):
            found = None
            for node in sorted(self._own_nodes(scope), key=lambda n: getattr(n, "lineno", 0)):
                if isinstance(node, ast.Assign):
                    for target in node.targets:
                        if isinstance(target, ast.Name) and target.id == name:
                            found = node.value
                elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) \
                        and node.target.id == name and node.value is not None:
                    found = node.value
            if found is not None:
                return found
        return None

    def _loop_binding(self, name: str, at: ast.AST) -> Optional[Tuple[ast.AST, ast.AST]]:
        """(loop target, iterable) of the comprehension or for loop that binds ``name`` around ``at``."""
        node = at
        while node in self.parents:
            node = self.parents[node]
            generators = []
            if isinstance(node, (ast.ListComp, ast.SetComp, ast.GeneratorExp, ast.DictComp)):
                generators = [(g.target, g.iter) for g in node.generators]
            elif isinstance(node, (ast.For, ast.AsyncFor)):
                generators = [(node.target, node.iter)]
            for target, iterable in generators:
                if any(isinstance(n, ast.Name) and n.id == name for n in ast.walk(target)):
                    return target, iterable
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda, ast.ClassDef)):
                return None
        return None

    # values ---------------------------------------------------------------------------
    def candidates(self, node: ast.AST, depth: int = 0) -> Optional[List[ast.AST]]:
        """The literal expressions ``node`` can stand for, or None when that is not known statically."""
        if depth > 10:
            return None
        if isinstance(node, ast.Name):
            binding = self._loop_binding(node.id, node)
            if binding is not None:
                target, iterable = binding
                items = self.items(iterable, depth + 1)
                return None if items is None else self._unpack(target, node.id, items, depth + 1)
            value = self._assigned(node.id, node)
            return None if value is None else self.candidates(value, depth + 1)
        if isinstance(node, ast.Subscript):
            index = node.slice.value if isinstance(node.slice, ast.Index) else node.slice  # py < 3.9
            containers = self.candidates(node.value, depth + 1)
            if containers is None:
                return None
            out: List[ast.AST] = []
            for container in containers:
                elements = self.items(container, depth + 1)
                if elements is None:
                    return None
                if isinstance(index, ast.Constant) and isinstance(index.value, int):
                    if not -len(elements) <= index.value < len(elements):
                        return None
                    out.append(elements[index.value])
                else:  # a computed index: any element
                    out.extend(elements)
            return out
        return [node]

    def strings(self, node: ast.AST, depth: int = 0) -> Optional[List[str]]:
        """Every string the expression can be, or None when that cannot be known statically."""
        if depth > 10:
            return None
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            return [node.value]
        if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
            left, right = self.strings(node.left, depth + 1), self.strings(node.right, depth + 1)
            if left is not None and right is not None and len(left) == len(right) == 1:
                return [left[0] + right[0]]
            return None
        if isinstance(node, (ast.Name, ast.Subscript)):
            found = self.candidates(node, depth + 1)
            if found is None or found == [node]:
                return None
            out: List[str] = []
            for candidate in found:
                values = self.strings(candidate, depth + 1)
                if values is None:
                    return None
                out.extend(values)
            return out
        return None

    def items(self, node: ast.AST, depth: int = 0) -> Optional[List[ast.AST]]:
        """The elements of a literal list/tuple (or of a name bound to one)."""
        if depth > 10:
            return None
        if isinstance(node, (ast.List, ast.Tuple, ast.Set)):
            return list(node.elts)
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in (
                "enumerate", "sorted", "reversed", "list", "tuple") and node.args:
            items = self.items(node.args[0], depth + 1)
            if items is None or node.func.id != "enumerate":
                return items
            return [ast.Tuple(elts=[ast.Constant(value=i), item], ctx=ast.Load()) for i, item in enumerate(items)]
        if isinstance(node, (ast.Name, ast.Subscript)):
            found = self.candidates(node, depth + 1)
            if found is None or found == [node] or len(found) != 1:
                return None
            return self.items(found[0], depth + 1)
        return None

    def _unpack(self, target: ast.AST, name: str, items: List[ast.AST], depth: int) -> Optional[List[ast.AST]]:
        if isinstance(target, ast.Name):
            return items
        if isinstance(target, (ast.Tuple, ast.List)):
            for position, element in enumerate(target.elts):
                if any(isinstance(n, ast.Name) and n.id == name for n in ast.walk(element)):
                    picked = []
                    for item in items:
                        elements = self.items(item, depth + 1)
                        if elements is None or position >= len(elements):
                            return None
                        picked.append(elements[position])
                    return self._unpack(element, name, picked, depth + 1)
        return None

    def is_pass_through(self, call: ast.Call, arg: ast.AST) -> bool:
        """``tr(text)`` inside a function named tr, and ``tr(self.DISPLAY_NAME)`` of SbsAlgorithm."""
        if isinstance(arg, ast.Attribute) and isinstance(arg.value, ast.Name) and arg.value.id == "self" \
                and arg.attr in ALGORITHM_ATTRIBUTES:
            return True
        if isinstance(arg, ast.Name):
            for scope in self._scopes(call):
                if isinstance(scope, (ast.FunctionDef, ast.AsyncFunctionDef)):
                    return scope.name == "tr" and arg.id in [a.arg for a in scope.args.args]
        return False


def _is_tr_call(node: ast.Call) -> Optional[ast.AST]:
    """The text argument of a translation call, or None when ``node`` is not one."""
    func = node.func
    if isinstance(func, ast.Name) and func.id == "tr" and node.args:
        return node.args[0]
    if isinstance(func, ast.Attribute) and func.attr == "tr" and node.args:
        return node.args[0]
    if isinstance(func, ast.Attribute) and func.attr == "translate" and len(node.args) >= 2:
        context = node.args[0]
        if (isinstance(context, ast.Constant) and context.value == CONTEXT) or (
                isinstance(context, ast.Name) and context.id == "TR_CONTEXT"):
            return node.args[1]
    return None


def python_files(root: Path = ROOT) -> List[Path]:
    files = []
    for dirpath, dirnames, filenames in os.walk(root):
        rel = Path(dirpath).relative_to(root)
        dirnames[:] = sorted(d for d in dirnames if not (d in EXCLUDED_DIRS and rel == Path("."))
                             and d not in ("__pycache__",) and not d.startswith("."))
        files += [Path(dirpath) / f for f in sorted(filenames) if f.endswith(".py")]
    return sorted(files)


def _algorithm_classes(trees: Dict[str, ast.Module]) -> Dict[str, ast.ClassDef]:
    """SbsAlgorithm and every class derived from it (by base name, across the files)."""
    classes = [(path, node) for path, tree in trees.items() for node in ast.walk(tree)
               if isinstance(node, ast.ClassDef)]
    known = {ALGORITHM_BASE}
    changed = True
    while changed:
        changed = False
        for _path, node in classes:
            bases = {b.id if isinstance(b, ast.Name) else getattr(b, "attr", None) for b in node.bases}
            if node.name not in known and bases & known:
                known.add(node.name)
                changed = True
    return {f"{path}:{node.name}": node for path, node in classes if node.name in known}


def extract(root: Path = ROOT) -> Extraction:
    result = Extraction()
    trees: Dict[str, ast.Module] = {}
    lines: Dict[str, List[str]] = {}
    for path in python_files(root):
        rel = path.relative_to(root).as_posix()
        text = path.read_text(encoding="utf-8")
        trees[rel] = ast.parse(text, filename=rel)
        lines[rel] = text.splitlines()
    for rel, tree in trees.items():
        resolver = _Resolver(tree)
        for node in ast.walk(tree):
            if isinstance(node, ast.Call):
                arg = _is_tr_call(node)
                if arg is None:
                    continue
                if resolver.is_pass_through(node, arg) or "# i18n:" in lines[rel][node.lineno - 1]:
                    continue  # a pass-through, or marked as extracted elsewhere
                values = resolver.strings(arg)
                if values is None:
                    result.dynamic.append((rel, node.lineno, ast.get_source_segment(
                        (root / rel).read_text(encoding="utf-8"), node) or ""))
                    continue
                for value in values:
                    result.add(value, rel, node.lineno)
    for key, cls in _algorithm_classes(trees).items():
        rel = key.rsplit(":", 1)[0]
        resolver = _Resolver(trees[rel])
        for statement in cls.body:
            if isinstance(statement, ast.Assign):
                for target in statement.targets:
                    if isinstance(target, ast.Name) and target.id in ALGORITHM_ATTRIBUTES:
                        for value in resolver.strings(statement.value) or []:
                            result.add(value, rel, statement.lineno)
    profiles = root / "core" / "profiles.py"
    if profiles.is_file():  # the policy profiles' names (processing passes them through tr)
        tree = ast.parse(profiles.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "Profile":
                for keyword in node.keywords:
                    if keyword.arg == "name" and isinstance(keyword.value, ast.Constant):
                        result.add(keyword.value.value, "core/profiles.py", keyword.value.lineno)
    resources = root / "resources"
    for model in sorted((resources / "models").glob("*.model3")):
        for text, line in model_strings(model):
            result.add(text, model.relative_to(root).as_posix(), line)
    for page in help_pages(resources / "help"):
        for text, line in help_strings(page):
            result.add(text, page.relative_to(root).as_posix(), line)
    for style in sorted((resources / "styles").glob("*.qml")):
        for text, line in style_strings(style):
            result.add(text, style.relative_to(root).as_posix(), line)
    return result


def help_pages(folder: Path) -> List[Path]:
    """The English help pages (``<name>.html``; ``<name>.<lang>.html`` are written from them)."""
    return sorted(p for p in folder.glob("*.html") if p.stem.count(".") == 0)


def _helptext():
    """core/helptext.py, loaded by path (no plugin import, no QGIS)."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("sbs_helptext", ROOT / "core" / "helptext.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def help_strings(path: Path) -> List[Tuple[str, int]]:
    """The translation units of a help page with the line each starts on."""
    text = path.read_text(encoding="utf-8")
    helptext = _helptext()
    return [(helptext.normalise(m.group(3)), text.count("\n", 0, m.start()) + 1) for m in helptext.BLOCK.finditer(text)]


def style_strings(path: Path) -> List[Tuple[str, int]]:
    """The legend labels of a QML style (categories, ranges and rules)."""
    text = path.read_text(encoding="utf-8")
    out = []
    # attribute values may hold a raw ">" (a rule's filter "pop" > 1000): match quoted values whole
    attrs = r'(?:\s+[\w:-]+="[^"]*")*?'
    for match in re.finditer(r'<(category|range|rule)' + attrs + r'\s+label="([^"]*)"', text):
        label = html_unescape(match.group(2))
        if label.strip():
            out.append((label, text.count("\n", 0, match.start()) + 1))
    return out


def html_unescape(text: str) -> str:
    import html

    return html.unescape(text)


def write_localised_help(lang: str, entries) -> bool:
    """``resources/help/<name>.<lang>.html``: the English page with every translated block."""
    helptext = _helptext()
    table = {e.source: e.translation for e in entries.values() if not e.kind and e.translation.strip()}
    changed = False
    for page in help_pages(HELP):
        html = page.read_text(encoding="utf-8")
        out = helptext.translate(html, lambda s: table.get(s, s))
        changed |= write_if_changed(HELP / f"{page.stem}.{lang}.html", out.encode("utf-8"))
    return changed


def model_strings(path: Path) -> List[Tuple[str, int]]:
    """Name, group, description and parameter descriptions of a .model3 (QGIS 3.22 XML)."""
    text = path.read_text(encoding="utf-8")
    root = ET.fromstring(text)
    lines = text.splitlines()

    def line_of(value: str) -> int:
        escaped = _xml_escape(value, attribute=True).replace("\n", "&#10;")
        for needle in (f'"{escaped[:60]}', f'"{escaped.replace("&gt;", ">")[:60]}'):
            for number, line in enumerate(lines, 1):
                if needle in line:
                    return number
        return 0

    out: List[Tuple[str, int]] = []

    def option(parent: ET.Element, name: str) -> Optional[ET.Element]:
        for child in parent:
            if child.get("name") == name:
                return child
        return None

    top = root if root.get("type") == "Map" else root.find("Option")
    if top is None:
        return out
    for key in ("model_name", "model_group"):
        node = option(top, key)
        if node is not None and node.get("value"):
            out.append((node.get("value"), line_of(node.get("value"))))
    help_node = option(top, "help")
    if help_node is not None:
        desc = option(help_node, "ALG_DESC")
        if desc is not None and desc.get("value"):
            out.append((desc.get("value"), line_of(desc.get("value"))))
    definitions = option(top, "parameterDefinitions")
    if definitions is not None:
        for definition in definitions:
            desc = option(definition, "description")
            if desc is not None and desc.get("value"):
                out.append((desc.get("value"), line_of(desc.get("value"))))
    children = option(top, "children")
    if children is not None:
        for child in children:
            outputs = option(child, "outputs")
            for output in outputs if outputs is not None else []:
                label = option(output, "component_description")
                if label is not None and label.get("value"):
                    out.append((label.get("value"), line_of(label.get("value"))))
    return out


# --------------------------------------------------------------------------- the .ts file

@dataclass
class Entry:
    source: str
    translation: str = ""
    kind: str = "unfinished"  # "" (finished), "unfinished", "obsolete"
    locations: List[Tuple[str, int]] = field(default_factory=list)


def ts_path(lang: str) -> Path:
    return I18N / f"small_but_strong_{lang}.ts"


def qm_path(lang: str) -> Path:
    return I18N / f"small_but_strong_{lang}.qm"


def read_ts(path: Path) -> Dict[str, Entry]:
    entries: Dict[str, Entry] = {}
    if not path.exists():
        return entries
    tree = ET.parse(path)
    for context in tree.getroot().iter("context"):
        if (context.findtext("name") or "") != CONTEXT:
            continue
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            node = message.find("translation")
            translation = (node.text or "") if node is not None else ""
            kind = node.get("type", "") if node is not None else "unfinished"
            if kind == "vanished":
                kind = "obsolete"
            entries[source] = Entry(source, translation, kind)
    return entries


def merge(entries: Dict[str, Entry], extraction: Extraction) -> Dict[str, Entry]:
    merged: Dict[str, Entry] = {}
    for text, message in extraction.messages.items():
        old = entries.get(text)
        entry = Entry(text, old.translation if old else "", "", list(message.locations))
        if not entry.translation.strip():
            entry.kind = "unfinished"
        elif old is not None and old.kind == "unfinished":
            entry.kind = "unfinished"
        merged[text] = entry
    for text, old in entries.items():
        if text not in merged and old.translation.strip():
            merged[text] = Entry(text, old.translation, "obsolete", [])
    return merged


def _xml_escape(text: str, attribute: bool = False) -> str:
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    if attribute:
        text = text.replace('"', "&quot;")
    return text


def _location_key(entry: Entry):
    if entry.kind == "obsolete" or not entry.locations:
        return (1, "", 0, entry.source)
    path, line = entry.locations[0]
    return (0, path, line, entry.source)


def render_ts(entries: Dict[str, Entry], language: str) -> str:
    """Qt Linguist's TS 2.1, written the way lupdate writes it (locations relative to the .ts)."""
    out = ['<?xml version="1.0" encoding="utf-8"?>', "<!DOCTYPE TS>",
           f'<TS version="2.1" language="{language}" sourcelanguage="en_US">', "<context>",
           f"    <name>{CONTEXT}</name>"]
    for entry in sorted(entries.values(), key=_location_key):
        out.append("    <message>")
        for path, line in sorted(set(entry.locations)):
            rel = os.path.relpath(ROOT / path, I18N)
            out.append(f'        <location filename="{_xml_escape(rel, True)}" line="{line}"/>')
        out.append(f"        <source>{_xml_escape(entry.source)}</source>")
        kind = f' type="{entry.kind}"' if entry.kind else ""
        out.append(f"        <translation{kind}>{_xml_escape(entry.translation)}</translation>")
        out.append("    </message>")
    out += ["</context>", "</TS>", ""]
    return "\n".join(out)


def write_if_changed(path: Path, data: bytes) -> bool:
    if path.exists() and path.read_bytes() == data:
        return False
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_bytes(data)
    tmp.replace(path)
    return True


# --------------------------------------------------------------------------- lrelease

def lrelease_binary() -> str:
    for candidate in (shutil.which("lrelease"), "/usr/lib/qt5/bin/lrelease", "/usr/lib/x86_64-linux-gnu/qt5/bin/lrelease"):
        if candidate and os.path.exists(candidate):
            return candidate
    raise SystemExit("lrelease not found: install Debian's qttools5-dev-tools (make deps)")


def compile_qm(ts: Path) -> bytes:
    """The .qm lrelease makes of ``ts`` (compiled in a temporary folder)."""
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "out.qm"
        run = subprocess.run([lrelease_binary(), "-silent", "-removeidentical", str(ts), "-qm", str(out)],
                             capture_output=True, text=True)
        if run.returncode != 0 or not out.exists():
            raise SystemExit(f"lrelease failed on {ts}:\n{run.stdout}{run.stderr}")
        return out.read_bytes()


# --------------------------------------------------------------------------- checks

def placeholder_problems(source: str, translation: str) -> List[str]:
    problems = []
    if sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(translation)):
        problems.append(f"placeholders {sorted(set(PLACEHOLDER.findall(source)))} vs "
                        f"{sorted(set(PLACEHOLDER.findall(translation)))}")
    tags_source = sorted(t.lower() for t in TAG.findall(source))
    tags_translation = sorted(t.lower() for t in TAG.findall(translation))
    if tags_source != tags_translation:
        problems.append("HTML tags differ")
    if ("&" in source.replace("&amp;", "").replace("&lt;", "").replace("&gt;", "")) and source.startswith("&") \
            and "&" not in translation:
        problems.append("menu accelerator (&) dropped")
    return problems


def check(lang: str, extraction: Extraction) -> List[str]:
    """Everything that keeps the translation from being complete and shipped, one line each."""
    problems: List[str] = []
    ts = ts_path(lang)
    entries = read_ts(ts)
    if not ts.exists():
        return [f"{ts.relative_to(ROOT)} does not exist: run `make i18n`"]
    for text, message in sorted(extraction.messages.items(), key=lambda kv: kv[1].locations[0]):
        where = ", ".join(f"{p}:{n}" for p, n in message.locations[:3])
        entry = entries.get(text)
        short = text if len(text) < 90 else text[:87] + "..."
        if entry is None:
            problems.append(f"{where}: not in {ts.name} (run `make i18n`, then translate): {short!r}")
        elif not entry.translation.strip() or entry.kind in ("unfinished", "obsolete"):
            problems.append(f"{where}: no finished {lang} translation: {short!r}")
        else:
            for problem in placeholder_problems(text, entry.translation):
                problems.append(f"{where}: {problem}: {short!r}")
    qm = qm_path(lang)
    if not qm.exists():
        problems.append(f"{qm.relative_to(ROOT)} does not exist: run `make i18n`")
    elif compile_qm(ts) != qm.read_bytes():
        problems.append(f"{qm.relative_to(ROOT)} is not the compiled {ts.name}: run `make i18n`")
    return problems


# --------------------------------------------------------------------------- lint

#: callables whose string arguments are shown to the user: name -> positions of those arguments
USER_TEXT_CALLS = {
    "QAction": (0, 1), "QLabel": (0,), "QPushButton": (0,), "QCheckBox": (0,), "QRadioButton": (0,),
    "QGroupBox": (0,), "QToolButton": (0,), "QTableWidgetItem": (0,), "setText": (0,), "setToolTip": (0,),
    "setWindowTitle": (0,), "setPlaceholderText": (0,), "setStatusTip": (0,), "setTitle": (0,),
    "setWhatsThis": (0,), "addItem": (0,), "addItems": (0,), "addRow": (0,), "setTabText": (1,), "addTab": (1,),
    "setHorizontalHeaderLabels": (0,), "setHeaderLabels": (0,), "setSuffix": (0,), "setPrefix": (0,),
    "setSpecialValueText": (0,), "addToolBar": (0,), "addPluginToMenu": (0,), "warning": (1, 2),
    "information": (1, 2), "critical": (1, 2), "question": (1, 2), "pushMessage": (0, 1), "pushWarning": (0,),
    "pushInfo": (0,), "reportError": (0,), "pushDebugInfo": (), "setProgressText": (0,), "pushCommandInfo": (),
    "QgsProcessingException": (0,), "setDescription": (0,), "showMessage": (0,), "setLabelText": (0,),
    "setName": (0,), "setHeading": (0,), "QgsRendererCategory": (2,), "setLabel": (0,), "setWindowIconText": (0,),
}
#: methods whose returned string the user sees (toolbox, menus)
USER_TEXT_RETURNS = {"displayName", "group", "shortHelpString", "shortDescription", "longName", "name"}
HANGUL = re.compile(r"[\uac00-\ud7a3]")
WORDS = re.compile(r"[A-Za-z]{2,}")


def _user_literals(node: ast.AST, resolver: _Resolver) -> Iterable[ast.Constant]:
    """String constants of ``node`` that are not inside a tr() call."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        yield node
    elif isinstance(node, (ast.List, ast.Tuple)):
        for element in node.elts:
            yield from _user_literals(element, resolver)
    elif isinstance(node, ast.JoinedStr):
        yield node  # an f-string: never translatable as it is
    elif isinstance(node, ast.BinOp):
        yield from _user_literals(node.left, resolver)
        yield from _user_literals(node.right, resolver)


def _looks_like_text(value: str) -> bool:
    if not WORDS.search(value):
        return False
    if re.fullmatch(r"[A-Za-z0-9_.:/\-]+", value) and " " not in value:  # identifiers, ids, paths
        return False
    return True


def lint() -> List[str]:
    findings = []
    for path in python_files():
        rel = path.relative_to(ROOT).as_posix()
        source = path.read_text(encoding="utf-8")
        tree = ast.parse(source, filename=rel)
        resolver = _Resolver(tree)
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""
            positions: Sequence[int] = ()
            if name in USER_TEXT_CALLS:
                positions = USER_TEXT_CALLS[name]
            elif name.startswith("QgsProcessingParameter") or name.startswith("QgsProcessingOutput"):
                positions = (1,)
            args = [a for i, a in enumerate(node.args) if i in positions]
            args += [k.value for k in node.keywords if k.arg in ("description", "text", "title", "label")]
            for arg in args:
                for literal in _user_literals(arg, resolver):
                    if isinstance(literal, ast.JoinedStr):
                        text = ast.get_source_segment(source, literal) or ""
                        if WORDS.search(re.sub(r"\{[^}]*\}", "", text[2:])):
                            findings.append(f"{rel}:{literal.lineno}: f-string shown to the user: {text[:80]}")
                    elif _looks_like_text(literal.value):
                        kind = "bilingual literal, not through tr()" if HANGUL.search(literal.value) \
                            else "not through tr()"
                        findings.append(f"{rel}:{literal.lineno}: {kind}: {literal.value[:80]!r}")
        for node in ast.walk(tree):  # def displayName(self): return "..." in a QGIS class
            if isinstance(node, ast.FunctionDef) and node.name in USER_TEXT_RETURNS:
                for statement in ast.walk(node):
                    if isinstance(statement, ast.Return) and statement.value is not None:
                        for literal in _user_literals(statement.value, resolver):
                            value = literal.value if isinstance(literal, ast.Constant) else \
                                ast.get_source_segment(source, literal) or ""
                            if " " in value and _looks_like_text(value):
                                findings.append(f"{rel}:{literal.lineno}: {node.name}() returns text not through "
                                                f"tr(): {value[:80]!r}")
    return findings


# --------------------------------------------------------------------------- main

def update(lang: str, extraction: Extraction, imported: Optional[Dict[str, str]] = None) -> Tuple[Dict[str, Entry], bool]:
    ts = ts_path(lang)
    entries = read_ts(ts)
    if imported:
        unknown = [s for s in imported if s not in entries and s not in extraction.messages]
        for source, translation in imported.items():
            if not translation.strip():
                continue
            entry = entries.setdefault(source, Entry(source))
            entry.translation = translation
            entry.kind = "" if source in extraction.messages else "obsolete"
        if unknown:
            print(f"{len(unknown)} imported source(s) are not in the code (kept as obsolete):", file=sys.stderr)
            for source in unknown[:10]:
                print(f"   {source[:90]!r}", file=sys.stderr)
    merged = merge(entries, extraction)
    I18N.mkdir(parents=True, exist_ok=True)
    changed = write_if_changed(ts, render_ts(merged, LANGUAGES[lang]).encode("utf-8"))
    changed |= write_if_changed(qm_path(lang), compile_qm(ts))
    changed |= write_localised_help(lang, merged)
    return merged, changed


def main(argv: Optional[Sequence[str]] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--lang", default="ko", choices=sorted(LANGUAGES))
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--check", action="store_true", help="exit 1 when a string lacks a translation")
    mode.add_argument("--export-untranslated", metavar="JSON")
    mode.add_argument("--import", dest="import_", metavar="JSON")
    mode.add_argument("--lint", action="store_true", help="user-visible literals that skip tr()")
    mode.add_argument("--list", action="store_true", help="print the extracted strings")
    args = parser.parse_args(argv)

    if args.lint:
        findings = lint()
        print("\n".join(findings) if findings else "No user-visible literal outside tr().")
        return 0
    extraction = extract()
    for rel, line, code in extraction.dynamic:
        print(f"warning: {rel}:{line}: tr() of a value not known statically, not extracted: "
              f"{' '.join(code.split())[:100]}", file=sys.stderr)
    if args.list:
        for text, message in extraction.messages.items():
            print(f"{message.locations[0][0]}:{message.locations[0][1]}: {text[:100]!r}")
        return 0
    if args.check:
        problems = check(args.lang, extraction)
        if problems:
            print(f"{len(problems)} problem(s) with the {args.lang} translation:")
            print("\n".join(problems))
            return 1
        print(f"{len(extraction.messages)} strings, all translated ({args.lang}); "
              f"{qm_path(args.lang).name} matches {ts_path(args.lang).name}.")
        return 0
    if args.export_untranslated:
        entries = read_ts(ts_path(args.lang))
        todo = {text: "" for text in extraction.messages
                if text not in entries or not entries[text].translation.strip() or entries[text].kind}
        Path(args.export_untranslated).write_text(json.dumps(todo, ensure_ascii=False, indent=1) + "\n",
                                                  encoding="utf-8")
        print(f"{len(todo)} untranslated string(s) written to {args.export_untranslated}")
        return 0
    imported = None
    if args.import_:
        imported = json.loads(Path(args.import_).read_text(encoding="utf-8"))
    merged, changed = update(args.lang, extraction, imported)
    live = [e for e in merged.values() if e.kind != "obsolete"]
    done = sum(1 for e in live if not e.kind)
    obsolete = len(merged) - len(live)
    print(f"{ts_path(args.lang).relative_to(ROOT)}: {len(live)} strings, {done} translated, "
          f"{len(live) - done} to translate, {obsolete} obsolete; "
          f"{'updated' if changed else 'unchanged'} (with {qm_path(args.lang).name})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
