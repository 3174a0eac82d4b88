"""Check a plugin archive the way the QGIS plugin repository (plugins.qgis.org) checks an upload.

Usage: check_package.py dist/small_but_strong-<version>.zip. Exit status 1 and one line per reason
when the repository would reject the archive; 0 and the archive's figures otherwise. The rules
follow the repository's upload validator: at most 25 MB; an intact zip; one top-level folder named
with ASCII letters, digits, '-' and '_'; ``__init__.py`` and ``metadata.txt`` in it; the required
metadata (name, description, version, qgisMinimumVersion, author, email, about, tracker, repository)
in a ``[general]`` section; an author without '/'; URLs with a scheme and a host; a LICENSE file; no
path tricks, no compiled Python, no ``__pycache__``/``.git``/``__MACOSX`` folders. Beyond the
validator, hidden files and developer folders (tests, benchmarks, scripts) are refused, the icon
and the licence text named in the metadata must be there, and placeholder URLs are reported.
"""

from __future__ import annotations

import configparser
import re
import sys
import zipfile
from pathlib import Path
from urllib.parse import urlparse

MAX_BYTES = 25_000_000
REQUIRED = ("name", "description", "version", "qgisMinimumVersion", "author", "email", "about", "tracker",
            "repository")
FORBIDDEN_DIRS = {"__MACOSX", ".git", "__pycache__"}
DEVELOPER_DIRS = {"tests", "benchmarks", "scripts", ".ci", "build", "dist"}
PLACEHOLDER_HOSTS = {"example.org", "example.com", "localhost"}


def check(path: Path) -> tuple[list[str], list[str], dict]:
    """(errors, notes, figures) of an archive; no error means the repository accepts it."""
    errors, notes = [], []
    size = path.stat().st_size
    if size > MAX_BYTES:
        errors.append(f"the archive is {size / 1e6:.1f} MB; the repository accepts at most {MAX_BYTES / 1e6:.0f} MB")
    try:
        archive = zipfile.ZipFile(path)
    except zipfile.BadZipFile:
        return [f"{path} is not a zip file"], notes, {}
    with archive:
        names = archive.namelist()
        bad = archive.testzip()
        if bad:
            errors.append(f"a damaged entry (CRC error): {bad}")
        for name in names:
            parts = name.split("/")
            if ".." in parts or name.startswith("/"):
                errors.append(f"a path outside the plugin folder: {name}")
            if name.endswith((".pyc", ".pyo")) or ".pyc" in name:
                errors.append(f"compiled Python: {name}")
            if FORBIDDEN_DIRS & set(parts[:-1]):
                errors.append(f"a forbidden folder ({', '.join(sorted(FORBIDDEN_DIRS & set(parts)))}): {name}")
            if any(p.startswith(".") for p in parts if p):
                errors.append(f"a hidden file or folder: {name}")
            if len(parts) > 2 and parts[1] in DEVELOPER_DIRS:
                errors.append(f"a developer file: {name}")
        tops = sorted({n.split("/")[0] for n in names})
        if len(tops) != 1:
            errors.append(f"the archive must hold one plugin folder, it holds {len(tops)}: {', '.join(tops)}")
            return errors, notes, {}
        package = tops[0]
        if not re.match(r"^[A-Za-z][A-Za-z0-9_-]+$", package):
            errors.append(f"the folder name {package!r} must start with an ASCII letter and hold only ASCII letters, "
                          "digits, '-' and '_'")
        for required in ("__init__.py", "metadata.txt", "LICENSE"):
            if f"{package}/{required}" not in names:
                errors.append(f"{package}/{required} is missing")
        if f"{package}/metadata.txt" not in names:
            return errors, notes, {}
        parser = configparser.ConfigParser(interpolation=None)
        parser.optionxform = str
        try:
            parser.read_string(archive.read(f"{package}/metadata.txt").decode("utf-8"))
        except (UnicodeDecodeError, configparser.Error) as err:
            return errors + [f"metadata.txt cannot be read: {err}"], notes, {}
        if not parser.has_section("general"):
            return errors + ["metadata.txt has no [general] section"], notes, {}
        meta = dict(parser.items("general"))
        missing = [key for key in REQUIRED if not meta.get(key, "").strip()]
        if missing:
            errors.append(f"metadata.txt lacks {', '.join(missing)}")
        if "/" in meta.get("author", ""):
            errors.append("the author name cannot contain '/'")
        for key in ("tracker", "repository", "homepage"):
            url = meta.get(key)
            if not url:
                continue
            parsed = urlparse(url)
            if not (parsed.scheme and parsed.netloc):
                errors.append(f"metadata {key} is not a URL: {url}")
            elif parsed.hostname in PLACEHOLDER_HOSTS:
                notes.append(f"metadata {key} is a placeholder ({url}): the repository checks that it can be reached; "
                             "set it when the public repository exists")
        icon = meta.get("icon", "").lstrip("./")
        if icon and f"{package}/{icon}" not in names:
            errors.append(f"the icon {icon} named in metadata.txt is not in the archive")
        if meta.get("license") and f"{package}/LICENSE" in names:
            text = archive.read(f"{package}/LICENSE").decode("utf-8", "replace")
            if "GPL" in meta["license"] and "GNU GENERAL PUBLIC LICENSE" not in text:
                errors.append(f"LICENSE is not the text of {meta['license']}")
        figures = {"package": package, "version": meta.get("version"), "files": len(names), "bytes": size,
                   "qgisMinimumVersion": meta.get("qgisMinimumVersion"),
                   "qgisMaximumVersion": meta.get("qgisMaximumVersion", "(3.99)")}
    return errors, notes, figures


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__.split("\n\n")[1], file=sys.stderr)
        return 2
    errors, notes, figures = check(Path(argv[1]))
    for note in notes:
        print(f"note: {note}")
    if errors:
        for error in errors:
            print(f"REJECTED: {error}", file=sys.stderr)
        return 1
    print(f"{argv[1]}: accepted ({figures['files']} files, {figures['bytes'] / 1e6:.1f} MB, QGIS "
          f"{figures['qgisMinimumVersion']}-{figures['qgisMaximumVersion']})")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
