"""`make zip`: the archive the QGIS plugin repository would accept, and the checker that says so."""

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CHECK = ROOT / "scripts" / "check_package.py"


def check(path: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(CHECK), str(path)], capture_output=True, text=True, timeout=60)


@pytest.fixture(scope="module")
def archive(tmp_path_factory) -> Path:
    """The archive of HEAD exactly as `make zip` builds it."""
    out = tmp_path_factory.mktemp("zip") / "small_but_strong.zip"
    subprocess.run(["git", "archive", "--format=zip", "--prefix=small_but_strong/", "-o", str(out), "HEAD"],
                   cwd=ROOT, check=True)
    return out


def test_the_archive_is_accepted(archive):
    run = check(archive)
    assert run.returncode == 0, run.stderr
    assert "accepted" in run.stdout and "QGIS 3.22-4.99" in run.stdout
    assert "placeholder" in run.stdout  # homepage/tracker/repository: said, not hidden
    names = zipfile.ZipFile(archive).namelist()
    for required in ("metadata.txt", "__init__.py", "LICENSE", "compat.py", "resources/sample/korea_sigungu.gpkg"):
        assert f"small_but_strong/{required}" in names
    assert not [n for n in names if n.split("/")[1] in ("tests", "benchmarks", "scripts", "docs", ".ci")]
    assert "GNU GENERAL PUBLIC LICENSE" in zipfile.ZipFile(archive).read("small_but_strong/LICENSE").decode()


def rebuilt(archive: Path, out: Path, drop=(), add=(), replace=None) -> Path:
    with zipfile.ZipFile(archive) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            if info.filename in drop:
                continue
            data = src.read(info.filename)
            if replace and info.filename in replace:
                data = replace[info.filename](data)
            dst.writestr(info, data)
        for name, data in add:
            dst.writestr(name, data)
    return out


@pytest.mark.parametrize("case, change, reason", [
    ("no licence", dict(drop=["small_but_strong/LICENSE"]), "small_but_strong/LICENSE is missing"),
    ("compiled", dict(add=[("small_but_strong/core/graph.cpython-311.pyc", b"x")]), "compiled Python"),
    ("pycache", dict(add=[("small_but_strong/__pycache__/x.py", b"x")]), "forbidden folder"),
    ("hidden", dict(add=[("small_but_strong/.env", b"x")]), "hidden file"),
    ("tests", dict(add=[("small_but_strong/tests/test_x.py", b"x")]), "developer file"),
    ("two folders", dict(add=[("other/__init__.py", b"x")]), "one plugin folder"),
    ("no email", dict(replace={"small_but_strong/metadata.txt": lambda d: d.replace(b"\nemail=", b"\nmail=")}),
     "metadata.txt lacks email"),
    ("bad url", dict(replace={"small_but_strong/metadata.txt":
                              lambda d: d.replace(b"tracker=https://", b"tracker=")}), "is not a URL"),
])
def test_what_the_repository_would_reject_is_rejected(archive, tmp_path, case, change, reason):
    run = check(rebuilt(archive, tmp_path / f"{case}.zip", **change))
    assert run.returncode == 1, run.stdout
    assert reason in run.stderr, run.stderr
