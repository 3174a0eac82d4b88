"""What the dock says, in words an analyst reads: names not ids, thousands separators, translated.

The rules' own wording (``core.alliances.validate_alliance``: "population 272239 below floor
300000", "unit 47940 not eligible") is exact but terse and English. Each of its forms is matched
here and said again through :func:`tr` with unit names and grouped digits; a form this module does
not know is shown as the rule wrote it (tests/qgis/test_dock_logic.py produces every form from
the real rules, so a new wording fails there first).
"""

from __future__ import annotations

import re
from typing import Callable, Dict, Optional

from ..core import schema
from ..processing.translate import tr

NameOf = Callable[[str], str]

_NUMBER = r"(\d+(?:\.\d+)?)"


def number(value: Optional[float], decimals: int = 0) -> str:
    """1234567 -> "1,234,567"; None -> "–"."""
    if value is None:
        return "–"
    return f"{value:,.{decimals}f}"


def _num(text: str) -> str:
    value = float(text)
    return number(value, 0 if value.is_integer() else 1)


def _ids(text: str, name_of: NameOf) -> str:
    return ", ".join(name_of(part.strip()) for part in text.split(",") if part.strip())


def _rules():
    """(pattern, function(match, name_of) -> text), most specific first."""
    return [
        (rf"^population {_NUMBER} below floor {_NUMBER}$",
         lambda m, n: tr("population {0}, below the floor of {1}").format(_num(m[1]), _num(m[2]))),
        (rf"^population {_NUMBER} above ceiling {_NUMBER}$",
         lambda m, n: tr("population {0}, above the ceiling of {1}").format(_num(m[1]), _num(m[2]))),
        (r"^(\d+) members? below minimum (\d+)$",
         lambda m, n: tr("{0} member(s), fewer than the minimum of {1}").format(m[1], m[2])),
        (r"^(\d+) members above maximum (\d+)$",
         lambda m, n: tr("{0} members, more than the maximum of {1}").format(m[1], m[2])),
        (r"^unit (.+) not eligible$", lambda m, n: tr("{0} is not eligible").format(n(m[1]))),
        (r"^unit (.+) listed twice$", lambda m, n: tr("{0} is listed twice").format(n(m[1]))),
        (r"^unknown unit (.+)$", lambda m, n: tr("unknown unit {0}").format(m[1])),
        (r"^no hub member$", lambda m, n: tr("no member can be its hub")),
        (r"^not contiguous$", lambda m, n: tr("the members do not touch (not contiguous)")),
        (r"^mixed groups: (.+)$", lambda m, n: tr("members from different groups: {0}").format(m[1])),
        (r"^beyond the hub distance from (.+?): (.+)$",
         lambda m, n: tr("too far from the hub {0}: {1}").format(n(m[1]), _ids(m[2], n))),
        (rf"^(\S+) {_NUMBER} below floor {_NUMBER}$",
         lambda m, n: tr("{0} {1}, below its floor of {2}").format(m[1], _num(m[2]), _num(m[3]))),
    ]


_COMPILED = [(re.compile(p), f) for p, f in _rules()]


def violation(text: str, name_of: Optional[NameOf] = None) -> str:
    """One rule's message, readable (see the module help)."""
    name_of = name_of or (lambda uid: uid)
    for pattern, say in _COMPILED:
        match = pattern.match(text.strip())
        if match:
            return say(match, name_of)
    return text


def violations(texts, name_of: Optional[NameOf] = None) -> str:
    return "; ".join(violation(t, name_of) for t in texts)


#: hand edits that the solver's statuses cannot describe
TAKEN_OUT = "taken out by hand"
NEVER_SOLVED = "not in the plan"


def statuses() -> Dict[str, str]:
    """Every unit status the solver writes (core.schema), translated."""
    return {
        schema.STATUS_IN_ALLIANCE: tr("in an alliance"),
        schema.STATUS_NOT_ELIGIBLE: tr("not eligible"),
        schema.STATUS_NULL_POPULATION: tr("not eligible: its population is NULL"),
        schema.STATUS_ISOLATED: tr("no feasible alliance: no eligible neighbour"),
        schema.STATUS_FLOOR: tr("no feasible alliance: no neighbours reach the population floor with it"),
        schema.STATUS_NO_HUB: tr("no feasible alliance: no hub within reach"),
        schema.STATUS_GROUP: tr("no feasible alliance: its group has no partner"),
        schema.STATUS_HUB_DISTANCE: tr("no feasible alliance: every hub is too far"),
        schema.STATUS_EXTRA_FLOOR: tr("no feasible alliance: the projected population stays below its floor"),
        schema.STATUS_LEFT_OUT: tr("left out by the optimum (its neighbours serve more units elsewhere)"),
        schema.STATUS_LEFT_OUT_UNPROVEN: tr("left out by the best plan found (not proven optimal)"),
        schema.STATUS_LOCKED: tr("in a locked alliance"),
        TAKEN_OUT: tr("taken out by hand"),
        NEVER_SOLVED: tr("not in the plan"),
    }


def status(text: Optional[str]) -> str:
    if not text:
        return ""
    return statuses().get(text, text)


def move_label(unit_names, target_name: Optional[str], new: bool = False) -> str:
    """An undo label: 'Move Jeongseon to Gangneung', 'Move 3 units to a new alliance'."""
    units = unit_names[0] if len(unit_names) == 1 else tr("{0} units").format(len(unit_names))
    if new:
        return tr("Move {0} to a new alliance").format(units)
    if target_name is None:
        return tr("Take {0} out of its alliance").format(units)
    return tr("Move {0} to {1}").format(units, target_name)


def signed(value: float, decimals: int = 0) -> str:
    """+3 / −2 / ±0, for differences to the optimum."""
    if abs(value) < 0.5 * 10 ** -decimals:
        return "±0"
    return ("+" if value > 0 else "−") + f"{abs(value):,.{decimals}f}"


def percent_signed(share: float) -> str:
    """0.123 -> "+12 %", -0.04 -> "−4 %", 0 -> "±0 %"."""
    return signed(100.0 * share) + " %"


def deviation(row) -> str:
    """An alliance against the quota band: "12 % above the target of 300,000 (band ±50 %)"."""
    if not row.target:
        return ""
    share = abs(row.deviation) * 100.0
    where = tr("{0:.0f} % above the target of {1}") if row.deviation >= 0 else tr("{0:.0f} % below the target of {1}")
    text = where.format(share, number(row.target))
    return text + (" " + tr("(band ±{0:.0f} %)").format(100.0 * row.tolerance) if row.tolerance > 0 else "")


def band(row) -> str:
    """The Status of a valid alliance outside the quota band."""
    return tr("valid, outside the band: {0}").format(deviation(row))
