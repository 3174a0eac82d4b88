"""One rule for the values read from user layers: what is NULL, a number, an id, true.

Every algorithm and the dock read attributes and expression results through these functions,
so a NULL population, a text 'false' or an id stored as 47940.0 mean the same thing everywhere.
"""

from __future__ import annotations

import math
from typing import Any, List, Optional

from qgis.PyQt.QtCore import QVariant

#: the largest plausible head count or supply of one unit; above it a value is a data error
#: (1e308 populations would overflow the solver's sums to infinity)
PLAUSIBLE_MAX = 1e13
#: texts that an expression or a boolean field means as false (case-insensitive, trimmed)
FALSE_TEXTS = ("", "0", "false", "f", "no", "n", "off")


def is_null(value: Any) -> bool:
    """True for Python None, QGIS NULL (a null QVariant) and NaN."""
    if value is None:
        return True
    if isinstance(value, QVariant):
        return value.isNull()
    if isinstance(value, float) and math.isnan(value):
        return True
    return False


def plain(value: Any) -> Any:
    """A QGIS NULL as None, anything else unchanged (group, lock and alliance keys)."""
    return None if is_null(value) else value


def to_float(value: Any) -> Optional[float]:
    """A finite number or None; text that is not a number, NaN and infinity also give None."""
    if is_null(value) or isinstance(value, bool):
        return None if is_null(value) else float(value)
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    return number if math.isfinite(number) else None


def truth(value: Any) -> bool:
    """An expression result or a field value read as a filter: NULL, 0, false and the texts
    '', '0', 'false', 'f', 'no', 'n', 'off' are false; everything else is true."""
    if is_null(value):
        return False
    if isinstance(value, bool):
        return value
    if isinstance(value, (int, float)):
        return value != 0
    text = str(value).strip().lower()
    number = to_float(text)
    if number is not None:
        return number != 0
    return text not in FALSE_TEXTS


def unit_id(value: Any) -> Optional[str]:
    """A unit id as text, the same whether the field is text, integer or real (47940.0 -> "47940")."""
    if is_null(value):
        return None
    if isinstance(value, float):
        if not math.isfinite(value):
            return None
        if value.is_integer():
            return str(int(value))
    text = str(value).strip()
    return text or None


def id_list(ids: List[Any], limit: int = 20) -> str:
    """Unit ids for a message: the first ``limit``, then "…"."""
    return ", ".join(str(i) for i in ids[:limit]) + (" …" if len(ids) > limit else "")
