"""Make the checkout importable as the package ``small_but_strong``.

The repository root is the plugin folder. Putting the root itself on sys.path would make
our ``processing/`` shadow QGIS's ``processing`` module, so a per-checkout folder holding a
symlink named ``small_but_strong`` goes on sys.path instead.
"""

import hashlib
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
_digest = hashlib.sha1(str(ROOT).encode()).hexdigest()[:10]
PKG_PARENT = Path(tempfile.gettempdir()) / f"sbs-import-{_digest}"
PKG_PARENT.mkdir(exist_ok=True)
_link = PKG_PARENT / "small_but_strong"
if not _link.is_symlink() or Path(os.readlink(_link)) != ROOT:
    if _link.is_symlink() or _link.exists():
        _link.unlink()
    _link.symlink_to(ROOT, target_is_directory=True)
# `python -m pytest` puts the working directory (the repository root) on sys.path: take it off
sys.path[:] = [p for p in sys.path if p not in ("", ".") and Path(p).resolve() != ROOT]
if str(PKG_PARENT) not in sys.path:
    sys.path.insert(0, str(PKG_PARENT))
